#include "TeamReviewClient.h"

#include "domain/DeadlinePolicy.h"
#include "region/PgConnection.h"

namespace vk {

namespace {

PgParam dateParam(const QDate& day) {
    return PgParam(day.toString(Qt::ISODate));
}

PgParam nowParam(const QDateTime& now) {
    return now.isValid() ? PgParam(now) : PgParam::null();
}

QDateTime optionalTime(const PgResult& rows, int row, int col) {
    return rows.isNull(row, col) ? QDateTime() : rows.timestamp(row, col);
}

} // namespace

TeamReviewClient::TeamReviewClient(PgConnection& connection)
    : m_connection(connection) {}

Result<TeamOverview> TeamReviewClient::overview(const QDateTime& now) {
    // One snapshot for all three reads, so the figures agree with each other.
    if (Status begun =
            m_connection.execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        !begun) {
        return begun.error();
    }
    TeamOverview overview;
    Result<TeamOverview> result = [&]() -> Result<TeamOverview> {
        Result<PgResult> taken =
            m_connection.exec(QStringLiteral("SELECT coalesce($1::timestamptz, now())"), {nowParam(now)});
        if (!taken) {
            return taken.error();
        }
        overview.takenAt = taken->timestamp(0, 0);
        Result<PgResult> queues = m_connection.exec(
            QStringLiteral("SELECT unit_id, unit_name, channel, waiting, unassigned, at_risk, overdue, "
                           "oldest_received, stale_claims FROM region.lead_queue_overview($1::timestamptz)"),
            {PgParam(overview.takenAt)});
        if (!queues) {
            return queues.error();
        }
        for (int r = 0; r < queues->rows(); ++r) {
            overview.queues.append({queues->uuid(r, 0), queues->text(r, 1), queues->text(r, 2),
                                    queues->integer(r, 3), queues->integer(r, 4), queues->integer(r, 5),
                                    queues->integer(r, 6), queues->integer(r, 8),
                                    optionalTime(queues.value(), r, 7)});
        }
        Result<PgResult> staff = m_connection.exec(
            QStringLiteral("SELECT staff_id, staff_name, holding, completed_today, median_handling_seconds "
                           "FROM region.lead_staff_load($1::timestamptz)"),
            {PgParam(overview.takenAt)});
        if (!staff) {
            return staff.error();
        }
        for (int r = 0; r < staff->rows(); ++r) {
            StaffLoadRow row{staff->uuid(r, 0), staff->text(r, 1), staff->integer(r, 2), staff->integer(r, 3),
                             std::nullopt};
            if (!staff->isNull(r, 4)) {
                row.medianHandlingSeconds = staff->text(r, 4).toDouble();
            }
            overview.staff.append(row);
        }
        // "Today" is the unit's local day, as the store counts days (Europe/Stockholm).
        const QDate day = overview.takenAt.toTimeZone(DeadlinePolicy::stockholm()).date();
        Result<QList<DailyFiguresRow>> figures = dailyFigures(day, day, overview.takenAt);
        if (!figures) {
            return figures.error();
        }
        overview.today = figures.value();
        return overview;
    }();
    // A read-only transaction: ending it cannot lose anything, and a failed one must not stay open.
    (void)m_connection.execScript(result ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    return result;
}

Result<QList<DailyFiguresRow>> TeamReviewClient::dailyFigures(const QDate& from, const QDate& to,
                                                              const QDateTime& now) {
    Result<PgResult> rows = m_connection.exec(
        QStringLiteral(
            "SELECT unit_id, unit_name, day::text, phone_total, phone_met, phone_early, phone_missed, "
            "phone_pending, eservice_total, eservice_met, eservice_missed, eservice_pending, "
            "assessment_total, assessment_met, turned_away "
            "FROM region.lead_daily_figures($1::date, $2::date, coalesce($3::timestamptz, now()))"),
        {dateParam(from), dateParam(to), nowParam(now)});
    if (!rows) {
        return rows.error();
    }
    QList<DailyFiguresRow> figures;
    for (int r = 0; r < rows->rows(); ++r) {
        DailyFiguresRow row;
        row.unitId = rows->uuid(r, 0);
        row.unitName = rows->text(r, 1);
        row.day = QDate::fromString(rows->text(r, 2), Qt::ISODate);
        row.phoneTotal = rows->integer(r, 3);
        row.phoneMet = rows->integer(r, 4);
        row.phoneEarly = rows->integer(r, 5);
        row.phoneMissed = rows->integer(r, 6);
        row.phonePending = rows->integer(r, 7);
        row.eserviceTotal = rows->integer(r, 8);
        row.eserviceMet = rows->integer(r, 9);
        row.eserviceMissed = rows->integer(r, 10);
        row.eservicePending = rows->integer(r, 11);
        row.assessmentTotal = rows->integer(r, 12);
        row.assessmentMet = rows->integer(r, 13);
        row.turnedAway = rows->integer(r, 14);
        figures.append(row);
    }
    return figures;
}

Result<TeamStatistics> TeamReviewClient::statistics(const QDate& from, const QDate& to,
                                                    const QDateTime& now) {
    TeamStatistics statistics{from, to, {}, {}, {}};
    Result<PgResult> codes = m_connection.exec(
        QStringLiteral("SELECT unit_id, unit_name, channel, code, label_sv, label_en, contacts "
                       "FROM region.lead_code_distribution($1::date, $2::date)"),
        {dateParam(from), dateParam(to)});
    if (!codes) {
        return codes.error();
    }
    for (int r = 0; r < codes->rows(); ++r) {
        statistics.codes.append({codes->uuid(r, 0), codes->text(r, 1), codes->text(r, 2), codes->text(r, 3),
                                 codes->text(r, 4), codes->text(r, 5), codes->integer(r, 6)});
    }
    Result<QList<DailyFiguresRow>> daily = dailyFigures(from, to, now);
    if (!daily) {
        return daily.error();
    }
    statistics.daily = daily.value();
    Result<PgResult> handled =
        m_connection.exec(QStringLiteral("SELECT staff_id, staff_name, completed, closed_other "
                                         "FROM region.lead_handled_by_staff($1::date, $2::date)"),
                          {dateParam(from), dateParam(to)});
    if (!handled) {
        return handled.error();
    }
    for (int r = 0; r < handled->rows(); ++r) {
        statistics.handled.append(
            {handled->uuid(r, 0), handled->text(r, 1), handled->integer(r, 2), handled->integer(r, 3)});
    }
    return statistics;
}

Result<QList<ExportRow>> TeamReviewClient::exportContacts(const QDate& from, const QDate& to,
                                                          bool withIdentity) {
    Result<PgResult> rows = m_connection.exec(
        QStringLiteral(
            "SELECT contact_id, unit_hsa_id, unit_name, channel, reason, received_at, due_at, "
            "first_contact_at, completed_at, status, code, handled_by, medical_assessment, id_type, "
            "id_value, patient_name FROM region.lead_export_contacts($1::date, $2::date, $3)"),
        {dateParam(from), dateParam(to), PgParam(withIdentity)});
    if (!rows) {
        return rows.error();
    }
    QList<ExportRow> exported;
    exported.reserve(rows->rows());
    for (int r = 0; r < rows->rows(); ++r) {
        exported.append({rows->uuid(r, 0), rows->text(r, 1), rows->text(r, 2), rows->text(r, 3),
                         rows->text(r, 4), optionalTime(rows.value(), r, 5), optionalTime(rows.value(), r, 6),
                         optionalTime(rows.value(), r, 7), optionalTime(rows.value(), r, 8), rows->text(r, 9),
                         rows->text(r, 10), rows->text(r, 11), rows->boolean(r, 12), rows->text(r, 13),
                         rows->text(r, 14), rows->text(r, 15)});
    }
    return exported;
}

Status TeamReviewClient::setPreOffer(const QString& unitId, bool on) {
    Result<PgResult> set = m_connection.exec(QStringLiteral("SELECT region.lead_set_preoffer($1::uuid, $2)"),
                                             {unitId, PgParam(on)});
    if (!set) {
        return set.error();
    }
    return Done{};
}

} // namespace vk
