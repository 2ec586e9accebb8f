#pragma once

#include "domain/WorkingDayCalendar.h"

#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace vk {

class Clock;

/// The one implementation of the deadline rules (README "Deadline rules"). All instants in and out are
/// absolute (returned in UTC); days, telefontid and holidays are judged in the unit's local time
/// (Europe/Stockholm).
///
/// - Callback and voicemail: due the same day at the end of telefontid. A contact that arrives after closing,
/// on
///   a weekend, a holiday or a closed day is due at the end of the next working day's telefontid (product
///   choice: the same-day measure counts calls within opening hours, so the promise starts when the unit
///   opens).
/// - Tidsbokad callback: the window is [booked slot, booked slot + slot length]; calling before the slot is
/// as much
///   a miss as calling after it. due = the end of the window.
/// - E-service, target in hours (default 24): due = arrival + hours; arrival on a day off, or a due time that
///   falls on a day off, moves the deadline to the end of the next working day's telefontid.
/// - E-service, target in working days (when the unit sets it, it wins): due at the end of telefontid on the
///   N-th working day after arrival; arrival after closing or on a day off counts from the next working day.
class DeadlinePolicy {
public:
    /// A unit's deadline settings (the units row plus its calendar).
    struct Settings {
        QTime phoneOpen{8, 0};
        QTime phoneClose{16, 30};
        int eserviceTargetHours = 24;
        std::optional<int> eserviceTargetWorkingDays;
        int atRiskMinutes = 30;
        int bookedSlotMinutes = 15;
        WorkingDayCalendar calendar;
    };

    /// When a contact may be and must be handled. `notBefore` is null unless calling early is a miss.
    struct Window {
        QDateTime notBefore;
        QDateTime due;
    };

    /// Where a contact stands against its deadline at an instant.
    enum class State { NotYetOpen, OnTime, AtRisk, Overdue };
    /// How an attempt (call, reply) at an instant counts against the window.
    enum class Timing { TooEarly, InTime, TooLate };

    /// A policy with the default settings (08:00-16:30, 24 hours for e-service) in Europe/Stockholm.
    DeadlinePolicy();
    /// A policy for one unit's settings, judged in `zone`.
    explicit DeadlinePolicy(Settings settings, QTimeZone zone = stockholm());

    /// Europe/Stockholm.
    [[nodiscard]] static QTimeZone stockholm();

    /// The unit's settings.
    [[nodiscard]] const Settings& settings() const { return m_settings; }

    /// The window of a callback or voicemail that arrived at `receivedAt`; a valid `bookedSlot` makes it a
    /// tidsbokad callback.
    [[nodiscard]] Window phoneWindow(const QDateTime& receivedAt, const QDateTime& bookedSlot = {}) const;
    /// The window of a 1177 e-service ärende that arrived at `receivedAt`.
    [[nodiscard]] Window eserviceWindow(const QDateTime& receivedAt) const;
    /// Due time of a callback or voicemail (same day within telefontid, else the next working day's end).
    [[nodiscard]] QDateTime phoneDue(const QDateTime& receivedAt) const;
    /// The window of a tidsbokad callback.
    [[nodiscard]] Window bookedCallbackWindow(const QDateTime& bookedSlot) const;
    /// Due time of a 1177 e-service ärende.
    [[nodiscard]] QDateTime eserviceDue(const QDateTime& receivedAt) const;

    /// True when `at` falls inside telefontid on a working day.
    [[nodiscard]] bool isWithinPhoneHours(const QDateTime& at) const;
    /// The end of telefontid on `date` (a local date), as an absolute instant.
    [[nodiscard]] QDateTime closingTime(const QDate& date) const;

    /// The state of a contact with `window` at `now`: at risk from `atRiskMinutes` before the deadline.
    [[nodiscard]] State classify(const Window& window, const QDateTime& now) const;
    /// The state of a contact with `window` at the clock's current time.
    [[nodiscard]] State classify(const Window& window, const Clock& clock) const;
    /// Whether an attempt at `at` meets the window (statistics: met/missed).
    [[nodiscard]] static Timing timingOf(const Window& window, const QDateTime& at);

private:
    QDateTime endOfNextWorkingDay(const QDate& after) const;

    Settings m_settings;
    QTimeZone m_zone;
};

} // namespace vk
