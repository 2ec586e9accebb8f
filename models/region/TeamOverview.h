#pragma once

#include "region/TeamFigures.h"

#include <QByteArray>

#include <optional>

namespace vk {

/// The live queue review of a team lead at one moment: open contacts per unit and channel, staff load, and
/// today's vårdgaranti figures. Kept in the desk's encrypted cache as JSON so the page still shows the last
/// figures offline, saying when they were taken.
struct TeamOverview {
    QDateTime takenAt; ///< when the region store computed it (UTC)
    QList<QueueOverviewRow> queues;
    QList<StaffLoadRow> staff;
    QList<DailyFiguresRow> today;

    /// Compact JSON for the cache.
    [[nodiscard]] QByteArray toJson() const;
    /// The overview stored by toJson(); nothing when the text is not one.
    [[nodiscard]] static std::optional<TeamOverview> fromJson(const QByteArray& json);
};

} // namespace vk
