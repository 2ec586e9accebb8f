#pragma once

#include <QDate>
#include <QSet>

namespace vk {

/// Which days a care unit works: not Saturdays or Sundays, not Swedish holidays (SwedishHolidays), not the
/// unit's own extra closed days (e.g. a planning day or klämdag).
class WorkingDayCalendar {
public:
    WorkingDayCalendar() = default;
    /// A calendar with the unit's extra closed days.
    explicit WorkingDayCalendar(QSet<QDate> extraClosedDays);

    /// Closes the unit on one more day.
    void addClosedDay(const QDate& date) { m_closed.insert(date); }
    /// The unit's extra closed days.
    [[nodiscard]] const QSet<QDate>& extraClosedDays() const { return m_closed; }

    /// True when the unit works on `date`.
    [[nodiscard]] bool isWorkingDay(const QDate& date) const;
    /// The first working day strictly after `date` (null when none within ten years: a misconfigured unit).
    [[nodiscard]] QDate nextWorkingDay(const QDate& date) const;
    /// `date` itself when it is a working day, else the next one.
    [[nodiscard]] QDate workingDayOnOrAfter(const QDate& date) const;
    /// The `count`-th working day after `date` (count 0 = workingDayOnOrAfter(date)).
    [[nodiscard]] QDate addWorkingDays(const QDate& date, int count) const;

private:
    QSet<QDate> m_closed;
};

} // namespace vk
