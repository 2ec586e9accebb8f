#include "ContactTexts.h"

#include "item/InboxModel.h"

#include <QDateTime>
#include <QLocale>

namespace vk {

QStringList ContactTexts::attemptOutcomes() {
    return {QStringLiteral("answered"), QStringLiteral("no_answer"), QStringLiteral("busy"),
            QStringLiteral("voicemail"), QStringLiteral("wrong_number")};
}

QString ContactTexts::outcomeText(const QString& outcome) {
    if (outcome == QLatin1String("answered")) {
        return tr("Answered");
    }
    if (outcome == QLatin1String("no_answer")) {
        return tr("No answer");
    }
    if (outcome == QLatin1String("busy")) {
        return tr("Busy");
    }
    if (outcome == QLatin1String("voicemail")) {
        return tr("Reached voicemail");
    }
    if (outcome == QLatin1String("wrong_number")) {
        return tr("Wrong number");
    }
    return outcome;
}

QStringList ContactTexts::cancelReasons() {
    return {QStringLiteral("duplicate"), QStringLiteral("wrong_unit"), QStringLiteral("spam")};
}

QString ContactTexts::cancelReasonText(const QString& reason) {
    if (reason == QLatin1String("duplicate")) {
        return tr("Duplicate of another contact");
    }
    if (reason == QLatin1String("wrong_unit")) {
        return tr("Sent to the wrong unit");
    }
    if (reason == QLatin1String("spam")) {
        return tr("Spam or prank");
    }
    return reason;
}

QString ContactTexts::channelText(Channel channel) {
    return InboxModel::channelText(channel);
}

QString ContactTexts::statusText(ContactStatus status) {
    return InboxModel::statusText(status);
}

QString ContactTexts::identityTypeText(const QString& idType) {
    if (idType == QLatin1String("personnummer")) {
        return tr("Personnummer");
    }
    if (idType == QLatin1String("samordningsnummer")) {
        return tr("Samordningsnummer");
    }
    if (idType == QLatin1String("reservnummer")) {
        return tr("Reservnummer");
    }
    return idType;
}

QString ContactTexts::identityText(const QString& idValue, bool full) {
    if (idValue.size() != 12) {
        return idValue; // a reservnummer is shown as registered
    }
    return idValue.left(8) + (full ? QLatin1Char('-') + idValue.mid(8) : QStringLiteral("-****"));
}

QString ContactTexts::dateTimeText(qint64 utcMs) {
    if (utcMs == 0) {
        return {};
    }
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toLocalTime(),
                              QLocale::ShortFormat);
}

QString ContactTexts::timeText(qint64 utcMs) {
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toLocalTime().toString(QStringLiteral("HH:mm"));
}

QString ContactTexts::durationText(qint64 ms) {
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString ContactTexts::countdownText(qint64 dueMs, qint64 nowMs) {
    const qint64 left = dueMs - nowMs;
    const qint64 minutes = (left >= 0 ? left : -left) / 60000;
    const int hours = static_cast<int>(minutes / 60);
    const int rest = static_cast<int>(minutes % 60);
    if (hours >= 24) {
        return left >= 0 ? tr("due %1").arg(dateTimeText(dueMs))
                         : tr("overdue since %1").arg(dateTimeText(dueMs));
    }
    if (left >= 0) {
        return hours > 0 ? tr("%1 h %2 min left").arg(hours).arg(rest) : tr("%n min left", nullptr, rest);
    }
    return hours > 0 ? tr("%1 h %2 min overdue").arg(hours).arg(rest) : tr("%n min overdue", nullptr, rest);
}

} // namespace vk
