#pragma once

#include "domain/ContactKinds.h"

#include <QCoreApplication>
#include <QString>

namespace vk {

/// The words the detail pane and its dialogs use for stored values (outcomes, statuses, channels, cancel
/// reasons) and for times, so every pane says the same thing the same way.
class ContactTexts {
    Q_DECLARE_TR_FUNCTIONS(vk::ContactTexts)

public:
    /// The attempt outcomes in the order the log dialog offers them (storage names).
    [[nodiscard]] static QStringList attemptOutcomes();
    [[nodiscard]] static QString outcomeText(const QString& outcome);
    /// The cancel reasons in the order the cancel dialog offers them (storage names).
    [[nodiscard]] static QStringList cancelReasons();
    [[nodiscard]] static QString cancelReasonText(const QString& reason);
    [[nodiscard]] static QString channelText(Channel channel);
    [[nodiscard]] static QString statusText(ContactStatus status);
    /// An identity type ("personnummer", …) in words.
    [[nodiscard]] static QString identityTypeText(const QString& idType);
    /// A stored identity value for a header: masked ("19640823-****") unless `full`.
    [[nodiscard]] static QString identityText(const QString& idValue, bool full);
    /// A UTC instant in milliseconds as local date and time ("23 nov. 2026 10:42"); empty for 0.
    [[nodiscard]] static QString dateTimeText(qint64 utcMs);
    /// A time of day in local time ("10:42").
    [[nodiscard]] static QString timeText(qint64 utcMs);
    /// A duration as minutes and seconds ("1:05").
    [[nodiscard]] static QString durationText(qint64 ms);
    /// How long until (or since) a deadline: "2 h 5 min left", "12 min overdue".
    [[nodiscard]] static QString countdownText(qint64 dueMs, qint64 nowMs);
};

} // namespace vk
