#include "WorkingDayCalendar.h"

#include "domain/SwedishHolidays.h"

namespace vk {

namespace {
// Bound for the day-by-day walks: a unit closed for ten years is a configuration error, not a loop forever.
constexpr int kMaxDaysToSearch = 3660;
} // namespace

WorkingDayCalendar::WorkingDayCalendar(QSet<QDate> extraClosedDays)
    : m_closed(std::move(extraClosedDays)) {}

bool WorkingDayCalendar::isWorkingDay(const QDate& date) const {
    if (!date.isValid() || date.dayOfWeek() >= Qt::Saturday) {
        return false;
    }
    return !m_closed.contains(date) && !SwedishHolidays::holidayOn(date).has_value();
}

QDate WorkingDayCalendar::nextWorkingDay(const QDate& date) const {
    return workingDayOnOrAfter(date.addDays(1));
}

QDate WorkingDayCalendar::workingDayOnOrAfter(const QDate& date) const {
    QDate day = date;
    for (int i = 0; i < kMaxDaysToSearch && day.isValid(); ++i, day = day.addDays(1)) {
        if (isWorkingDay(day)) {
            return day;
        }
    }
    return {};
}

QDate WorkingDayCalendar::addWorkingDays(const QDate& date, int count) const {
    QDate day = workingDayOnOrAfter(date);
    for (int i = 0; i < count && day.isValid(); ++i) {
        day = nextWorkingDay(day);
    }
    return day;
}

} // namespace vk
