#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QUuid>

namespace vk {

/// The text forms the cache stores for values SQLite has no type for (see the shared data contract).
class StorageFormat {
public:
    /// UTC ISO-8601 with milliseconds, "2026-11-23T09:30:00.000Z": sorts lexicographically in time order.
    [[nodiscard]] static QString dateTime(const QDateTime& value);
    /// Parses dateTime() text back into a UTC QDateTime (invalid for anything else).
    [[nodiscard]] static QDateTime parseDateTime(const QString& text);
    /// "YYYY-MM-DD".
    [[nodiscard]] static QString date(QDate value);
    /// "HH:mm:ss.zzz".
    [[nodiscard]] static QString time(QTime value);
    /// Lowercase canonical form without braces.
    [[nodiscard]] static QString uuid(const QUuid& value);
};

} // namespace vk
