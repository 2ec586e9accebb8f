#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace vk {

/// The cache's one storage form for instants: "yyyy-MM-ddTHH:mm:ss.zzzZ" (UTC, fixed width, sorts in time
/// order). Parsing is hand-written because loading the inbox converts hundreds of thousands of them, where
/// QDateTime::fromString would dominate the load time.
namespace UtcTimestamp {

/// Milliseconds since the epoch, or nullopt when `text` is not exactly in the storage form.
[[nodiscard]] std::optional<qint64> toMs(QStringView text);
/// The storage form of an instant given in milliseconds since the epoch.
[[nodiscard]] QString fromMs(qint64 ms);

} // namespace UtcTimestamp

} // namespace vk
