#include "TeamOverview.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vk {

namespace {

QString timeText(const QDateTime& at) {
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue& value) {
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

qint64 count(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toInteger();
}

QJsonObject queueJson(const QueueOverviewRow& row) {
    return {{QStringLiteral("unit_id"), row.unitId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("unit_name"), row.unitName},
            {QStringLiteral("channel"), row.channel},
            {QStringLiteral("waiting"), row.waiting},
            {QStringLiteral("unassigned"), row.unassigned},
            {QStringLiteral("at_risk"), row.atRisk},
            {QStringLiteral("overdue"), row.overdue},
            {QStringLiteral("stale_claims"), row.staleClaims},
            {QStringLiteral("oldest_received"), timeText(row.oldestReceived)}};
}

QueueOverviewRow queueFrom(const QJsonObject& o) {
    return {QUuid::fromString(o.value(QLatin1String("unit_id")).toString()),
            o.value(QLatin1String("unit_name")).toString(),
            o.value(QLatin1String("channel")).toString(),
            count(o, "waiting"),
            count(o, "unassigned"),
            count(o, "at_risk"),
            count(o, "overdue"),
            count(o, "stale_claims"),
            timeFrom(o.value(QLatin1String("oldest_received")))};
}

QJsonObject staffJson(const StaffLoadRow& row) {
    QJsonObject o{{QStringLiteral("staff_id"), row.staffId.toString(QUuid::WithoutBraces)},
                  {QStringLiteral("name"), row.name},
                  {QStringLiteral("holding"), row.holding},
                  {QStringLiteral("completed_today"), row.completedToday}};
    if (row.medianHandlingSeconds) {
        o.insert(QStringLiteral("median_handling_seconds"), *row.medianHandlingSeconds);
    }
    return o;
}

StaffLoadRow staffFrom(const QJsonObject& o) {
    StaffLoadRow row{QUuid::fromString(o.value(QLatin1String("staff_id")).toString()),
                     o.value(QLatin1String("name")).toString(), count(o, "holding"),
                     count(o, "completed_today"), std::nullopt};
    if (o.contains(QLatin1String("median_handling_seconds"))) {
        row.medianHandlingSeconds = o.value(QLatin1String("median_handling_seconds")).toDouble();
    }
    return row;
}

QJsonObject dailyJson(const DailyFiguresRow& row) {
    return {{QStringLiteral("unit_id"), row.unitId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("unit_name"), row.unitName},
            {QStringLiteral("day"), row.day.toString(Qt::ISODate)},
            {QStringLiteral("phone"),
             QJsonArray{row.phoneTotal, row.phoneMet, row.phoneEarly, row.phoneMissed, row.phonePending}},
            {QStringLiteral("eservice"),
             QJsonArray{row.eserviceTotal, row.eserviceMet, row.eserviceMissed, row.eservicePending}},
            {QStringLiteral("assessment"), QJsonArray{row.assessmentTotal, row.assessmentMet}},
            {QStringLiteral("turned_away"), row.turnedAway}};
}

DailyFiguresRow dailyFrom(const QJsonObject& o) {
    const QJsonArray phone = o.value(QLatin1String("phone")).toArray();
    const QJsonArray eservice = o.value(QLatin1String("eservice")).toArray();
    const QJsonArray assessment = o.value(QLatin1String("assessment")).toArray();
    DailyFiguresRow row;
    row.unitId = QUuid::fromString(o.value(QLatin1String("unit_id")).toString());
    row.unitName = o.value(QLatin1String("unit_name")).toString();
    row.day = QDate::fromString(o.value(QLatin1String("day")).toString(), Qt::ISODate);
    row.phoneTotal = phone.at(0).toInteger();
    row.phoneMet = phone.at(1).toInteger();
    row.phoneEarly = phone.at(2).toInteger();
    row.phoneMissed = phone.at(3).toInteger();
    row.phonePending = phone.at(4).toInteger();
    row.eserviceTotal = eservice.at(0).toInteger();
    row.eserviceMet = eservice.at(1).toInteger();
    row.eserviceMissed = eservice.at(2).toInteger();
    row.eservicePending = eservice.at(3).toInteger();
    row.assessmentTotal = assessment.at(0).toInteger();
    row.assessmentMet = assessment.at(1).toInteger();
    row.turnedAway = count(o, "turned_away");
    return row;
}

template <typename Row, typename ToJson>
QJsonArray arrayOf(const QList<Row>& rows, ToJson toJson) {
    QJsonArray array;
    for (const Row& row : rows) {
        array.append(toJson(row));
    }
    return array;
}

template <typename Row, typename FromJson>
QList<Row> listOf(const QJsonValue& value, FromJson fromJson) {
    QList<Row> rows;
    for (const QJsonValue& item : value.toArray()) {
        rows.append(fromJson(item.toObject()));
    }
    return rows;
}

} // namespace

QByteArray TeamOverview::toJson() const {
    const QJsonObject root{{QStringLiteral("taken_at"), timeText(takenAt)},
                           {QStringLiteral("queues"), arrayOf(queues, queueJson)},
                           {QStringLiteral("staff"), arrayOf(staff, staffJson)},
                           {QStringLiteral("today"), arrayOf(today, dailyJson)}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<TeamOverview> TeamOverview::fromJson(const QByteArray& json) {
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    TeamOverview overview;
    overview.takenAt = timeFrom(root.value(QLatin1String("taken_at")));
    if (!overview.takenAt.isValid()) {
        return std::nullopt;
    }
    overview.queues = listOf<QueueOverviewRow>(root.value(QLatin1String("queues")), queueFrom);
    overview.staff = listOf<StaffLoadRow>(root.value(QLatin1String("staff")), staffFrom);
    overview.today = listOf<DailyFiguresRow>(root.value(QLatin1String("today")), dailyFrom);
    return overview;
}

} // namespace vk
