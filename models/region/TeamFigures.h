#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace vk {

// Plain rows of the team lead functions of the region store (resources/region/0015_team_lead_review.sql); the
// column meanings are documented there. Grouped in one header because they are data only, read and written
// together by TeamReviewClient and TeamOverview.

/// Open contacts of one unit and channel.
struct QueueOverviewRow {
    QUuid unitId;
    QString unitName;
    QString channel;
    qint64 waiting = 0;
    qint64 unassigned = 0;
    qint64 atRisk = 0;
    qint64 overdue = 0;
    qint64 staleClaims = 0;
    QDateTime oldestReceived; ///< null when nothing waits
};

/// One staff member's load today.
struct StaffLoadRow {
    QUuid staffId;
    QString name;
    qint64 holding = 0;
    qint64 completedToday = 0;
    std::optional<double> medianHandlingSeconds;
};

/// The vårdgaranti figures of one unit on one local day.
struct DailyFiguresRow {
    QUuid unitId;
    QString unitName;
    QDate day;
    qint64 phoneTotal = 0;
    qint64 phoneMet = 0;
    qint64 phoneEarly = 0;
    qint64 phoneMissed = 0;
    qint64 phonePending = 0;
    qint64 eserviceTotal = 0;
    qint64 eserviceMet = 0;
    qint64 eserviceMissed = 0;
    qint64 eservicePending = 0;
    qint64 assessmentTotal = 0;
    qint64 assessmentMet = 0;
    qint64 turnedAway = 0;
};

/// Completed contacts of one unit, channel and eftermärkning code.
struct CodeCountRow {
    QUuid unitId;
    QString unitName;
    QString channel;
    QString code;
    QString labelSv;
    QString labelEn;
    qint64 contacts = 0;
};

/// What one staff member closed in a period.
struct HandledRow {
    QUuid staffId;
    QString name;
    qint64 completed = 0;
    qint64 closedOther = 0;
};

/// One contact for the regional follow-up export; the identity fields are empty unless asked for.
struct ExportRow {
    QUuid contactId;
    QString unitHsaId;
    QString unitName;
    QString channel;
    QString reason;
    QDateTime receivedAt;
    QDateTime dueAt;
    QDateTime firstContactAt;
    QDateTime completedAt;
    QString status;
    QString code;
    QString handledBy;
    bool medicalAssessment = false;
    QString idType;
    QString idValue;
    QString patientName;
};

/// The statistics of a period: distribution by code, daily figures, handled per staff member.
struct TeamStatistics {
    QDate from;
    QDate to;
    QList<CodeCountRow> codes;
    QList<DailyFiguresRow> daily;
    QList<HandledRow> handled;
};

} // namespace vk
