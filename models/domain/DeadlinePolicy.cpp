#include "DeadlinePolicy.h"

#include "domain/Clock.h"

namespace vk {

DeadlinePolicy::DeadlinePolicy()
    : DeadlinePolicy(Settings{}) {}

DeadlinePolicy::DeadlinePolicy(Settings settings, QTimeZone zone)
    : m_settings(std::move(settings))
    , m_zone(std::move(zone)) {}

QTimeZone DeadlinePolicy::stockholm() {
    return QTimeZone(QByteArrayLiteral("Europe/Stockholm"));
}

QDateTime DeadlinePolicy::closingTime(const QDate& date) const {
    if (!date.isValid()) {
        return {};
    }
    return QDateTime(date, m_settings.phoneClose, m_zone).toUTC();
}

QDateTime DeadlinePolicy::endOfNextWorkingDay(const QDate& after) const {
    return closingTime(m_settings.calendar.nextWorkingDay(after));
}

bool DeadlinePolicy::isWithinPhoneHours(const QDateTime& at) const {
    const QDateTime local = at.toTimeZone(m_zone);
    return m_settings.calendar.isWorkingDay(local.date()) && local.time() >= m_settings.phoneOpen &&
           local.time() < m_settings.phoneClose;
}

QDateTime DeadlinePolicy::phoneDue(const QDateTime& receivedAt) const {
    const QDateTime local = receivedAt.toTimeZone(m_zone);
    const QDate day = local.date();
    // Before opening on a working day still counts as that day: the unit calls back once it opens.
    if (m_settings.calendar.isWorkingDay(day) && local.time() < m_settings.phoneClose) {
        return closingTime(day);
    }
    return endOfNextWorkingDay(day);
}

DeadlinePolicy::Window DeadlinePolicy::bookedCallbackWindow(const QDateTime& bookedSlot) const {
    const QDateTime start = bookedSlot.toUTC();
    return Window{start, start.addSecs(qint64{m_settings.bookedSlotMinutes} * 60)};
}

QDateTime DeadlinePolicy::eserviceDue(const QDateTime& receivedAt) const {
    const QDateTime local = receivedAt.toTimeZone(m_zone);
    const QDate day = local.date();
    const WorkingDayCalendar& calendar = m_settings.calendar;
    if (m_settings.eserviceTargetWorkingDays) {
        const bool countsToday = calendar.isWorkingDay(day) && local.time() < m_settings.phoneClose;
        const QDate start = countsToday ? day : calendar.nextWorkingDay(day);
        return closingTime(calendar.addWorkingDays(start, *m_settings.eserviceTargetWorkingDays));
    }
    if (!calendar.isWorkingDay(day)) {
        return endOfNextWorkingDay(day);
    }
    // Hours are elapsed time, so a DST change inside the span is handled by adding seconds to an absolute
    // time.
    const QDateTime due = receivedAt.toUTC().addSecs(qint64{m_settings.eserviceTargetHours} * 3600);
    const QDate dueDay = due.toTimeZone(m_zone).date();
    if (!calendar.isWorkingDay(dueDay)) {
        return endOfNextWorkingDay(dueDay);
    }
    return due;
}

DeadlinePolicy::Window DeadlinePolicy::phoneWindow(const QDateTime& receivedAt,
                                                   const QDateTime& bookedSlot) const {
    if (bookedSlot.isValid()) {
        return bookedCallbackWindow(bookedSlot);
    }
    return Window{{}, phoneDue(receivedAt)};
}

DeadlinePolicy::Window DeadlinePolicy::eserviceWindow(const QDateTime& receivedAt) const {
    return Window{{}, eserviceDue(receivedAt)};
}

DeadlinePolicy::State DeadlinePolicy::classify(const Window& window, const QDateTime& now) const {
    if (window.notBefore.isValid() && now < window.notBefore) {
        return State::NotYetOpen;
    }
    if (now > window.due) {
        return State::Overdue;
    }
    if (now.secsTo(window.due) <= qint64{m_settings.atRiskMinutes} * 60) {
        return State::AtRisk;
    }
    return State::OnTime;
}

DeadlinePolicy::State DeadlinePolicy::classify(const Window& window, const Clock& clock) const {
    return classify(window, clock.now());
}

DeadlinePolicy::Timing DeadlinePolicy::timingOf(const Window& window, const QDateTime& at) {
    if (window.notBefore.isValid() && at < window.notBefore) {
        return Timing::TooEarly;
    }
    return at > window.due ? Timing::TooLate : Timing::InTime;
}

} // namespace vk
