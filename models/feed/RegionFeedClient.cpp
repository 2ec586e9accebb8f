#include "RegionFeedClient.h"

#include "region/PgConnection.h"
#include "region/PgConnectionSettings.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vk {

namespace {
// region.ingest raises SQLSTATE 22023 (invalid_parameter_value) for an event it refuses; the message names
// the field.
const QString kInvalidEvent = QStringLiteral("22023");
} // namespace

RegionFeedClient::RegionFeedClient(PgConnection& connection)
    : m_connection(connection) {}

PgConnectionSettings RegionFeedClient::settingsFromEnvironment(QString* note) {
    PgConnectionSettings settings = PgConnectionSettings::adminFromEnvironment();
    settings.applicationName = QStringLiteral("vardinkorg-feed");
    const QString user = qEnvironmentVariable("VK_REGION_FEED_USER");
    if (!user.isEmpty()) {
        settings.user = user;
        settings.password = qEnvironmentVariable("VK_REGION_FEED_PASSWORD");
    } else if (note) {
        *note =
            QStringLiteral("VK_REGION_FEED_USER is not set: using the admin login (fine for development, not "
                           "for production)");
    }
    return settings;
}

Result<QList<RegionFeedClient::Unit>> RegionFeedClient::loadUnits() {
    Result<PgResult> rows = m_connection.exec(QStringLiteral(
        "SELECT hsa_id, kind, phone_open::text, phone_close::text, eservice_target_hours, "
        "eservice_target_working_days, closed_days::text FROM region.feed_units() ORDER BY hsa_id"));
    if (!rows) {
        return rows.error();
    }
    QList<Unit> units;
    for (int r = 0; r < rows->rows(); ++r) {
        Unit u;
        u.hsaId = rows->text(r, 0);
        u.specialist = rows->text(r, 1) == u"specialist";
        DeadlinePolicy::Settings s;
        if (!rows->isNull(r, 2) && !rows->isNull(r, 3)) {
            s.phoneOpen = QTime::fromString(rows->text(r, 2), Qt::ISODate);
            s.phoneClose = QTime::fromString(rows->text(r, 3), Qt::ISODate);
        }
        s.eserviceTargetHours = int(rows->integer(r, 4));
        if (!rows->isNull(r, 5)) {
            s.eserviceTargetWorkingDays = int(rows->integer(r, 5));
        }
        // A text[] arrives as {2026-12-23,2026-12-27}.
        const QString days = rows->text(r, 6);
        for (const QString& day : days.mid(1, days.size() - 2).split(u',', Qt::SkipEmptyParts)) {
            s.calendar.addClosedDay(QDate::fromString(day, Qt::ISODate));
        }
        u.policy = DeadlinePolicy(s);
        units.append(u);
    }
    return units;
}

Status RegionFeedClient::step(const char* sql) {
    return m_connection.execScript(QString::fromLatin1(sql));
}

Result<IngestSink::Outcome> RegionFeedClient::ingest(const QJsonObject& event) {
    if (!m_inTransaction) {
        if (const Status begun = step("BEGIN"); !begun) {
            return begun.error();
        }
        m_inTransaction = true;
    }
    Result<PgResult> result =
        m_connection.exec(QStringLiteral("SELECT region.feed_ingest($1::jsonb)"), {PgParam(event)});
    if (!result) {
        (void)step("ROLLBACK");
        m_inTransaction = false;
        m_pending = 0;
        return result.error();
    }
    const QJsonObject answer = result->json(0, 0).toObject();
    const QString status = answer.value(QStringLiteral("status")).toString();
    if (status == u"rejected") {
        // The store's reasons name the field, never its value.
        return Error{QStringLiteral("feed.server_rejected"),
                     QStringLiteral("refused by the region store: ") +
                         answer.value(QStringLiteral("reason")).toString()};
    }
    if (++m_pending >= kBatchSize) {
        if (const Status committed = flush(); !committed) {
            return committed.error();
        }
    }
    if (status == u"inserted") {
        return Outcome::Inserted;
    }
    if (status == u"duplicate") {
        return Outcome::Duplicate;
    }
    return Error{QStringLiteral("feed.unexpected_answer"),
                 QStringLiteral("region.feed_ingest answered an unknown status")};
}

Status RegionFeedClient::flush() {
    if (!m_inTransaction) {
        return Done{};
    }
    m_inTransaction = false;
    m_pending = 0;
    return step("COMMIT");
}

} // namespace vk
