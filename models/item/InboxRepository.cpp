#include "InboxRepository.h"

#include "InboxSearch.h"
#include "domain/UtcTimestamp.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace vk {

namespace {

// One SELECT list for every inbox read, so a page and a single refreshed row always look the same.
// The voicemail audio stays out: the list never needs it, and it is the bulk of the cache.
const QLatin1String SelectRows(
    "SELECT c.id, c.channel, c.status, c.unit_id, c.patient_id, p.name, p.id_value, "
    "COALESCE(v.caller_phone, cr.phone), c.reason, c.subject, c.received_at, c.due_at, c.claimed_by, s.name, "
    "c.code, c.tentative, c.identity_verified, "
    "EXISTS (SELECT 1 FROM care_contacts cc WHERE cc.patient_id = c.patient_id AND cc.staff_id = :me "
    "        AND cc.declined = 0 AND (cc.valid_to IS NULL OR cc.valid_to >= :today)) "
    "FROM contacts c "
    "LEFT JOIN patients p ON p.id = c.patient_id "
    "LEFT JOIN staff s ON s.id = c.claimed_by "
    "LEFT JOIN voicemails v ON v.contact_id = c.id "
    "LEFT JOIN callback_requests cr ON cr.contact_id = c.id ");

// The status lists repeat the partial index's WHERE term exactly, so SQLite can use it.
const QLatin1String OpenTerm("c.status IN ('new', 'claimed', 'not_reached')");
const QLatin1String ClosedTerm("c.status IN ('completed', 'cancelled', 'forwarded')");

Error queryError(const QSqlQuery& query) {
    // The driver's text names tables and SQLite's reason, never row values; safe to keep for the log.
    return Error{QStringLiteral("cache.query_failed"),
                 QCoreApplication::translate("vk::InboxRepository", "The local cache could not be read (%1).")
                     .arg(query.lastError().nativeErrorCode())};
}

InboxRow readRow(const QSqlQuery& query) {
    InboxRow row;
    row.id = query.value(0).toString();
    row.channel = channelFromStorage(query.value(1).toString()).value_or(Channel::Callback);
    row.status = statusFromStorage(query.value(2).toString()).value_or(ContactStatus::New);
    row.unitId = query.value(3).toString();
    row.patientId = query.value(4).toString();
    row.patientName = query.value(5).toString();
    row.identityNumber = query.value(6).toString();
    row.callerPhone = query.value(7).toString();
    row.reason = query.value(8).toString();
    row.subject = query.value(9).toString();
    row.receivedMs = UtcTimestamp::toMs(query.value(10).toString()).value_or(0);
    row.dueMs = UtcTimestamp::toMs(query.value(11).toString()).value_or(0);
    row.holderId = query.value(12).toString();
    row.holderName = query.value(13).toString();
    row.code = query.value(14).toString();
    row.claimTentative = query.value(15).toBool();
    row.identityVerified = query.value(16).toBool();
    row.fromMyPatient = query.value(17).toBool();
    row.searchText = InboxSearch::searchTextFor(row);
    return row;
}

} // namespace

InboxRepository::InboxRepository(QSqlDatabase database, QString me, int closedHistoryDays)
    : m_database(std::move(database))
    , m_me(std::move(me))
    , m_closedHistoryDays(closedHistoryDays) {}

Result<InboxRepository::Page> InboxRepository::nextPage(const Key& after, int limit, qint64 nowMs) const {
    Page page;
    page.next = after;
    while (page.next.phase < 2 && static_cast<int>(page.rows.size()) < limit) {
        const bool open = page.next.phase == 0;
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        const bool first = page.next.id.isEmpty();
        query.prepare(SelectRows + QStringLiteral("WHERE ") + (open ? OpenTerm : ClosedTerm) +
                      (open ? QString() : QStringLiteral(" AND c.received_at >= :since")) +
                      (first
                           ? QString()
                           : QStringLiteral(" AND (c.due_at > :due OR (c.due_at = :due2 AND c.id > :id))")) +
                      QStringLiteral(" ORDER BY c.due_at, c.id LIMIT :limit"));
        query.bindValue(QStringLiteral(":me"), m_me);
        query.bindValue(QStringLiteral(":today"), UtcTimestamp::fromMs(nowMs).left(10));
        if (!open) {
            query.bindValue(QStringLiteral(":since"),
                            UtcTimestamp::fromMs(nowMs - qint64(m_closedHistoryDays) * 86400000));
        }
        if (!first) {
            query.bindValue(QStringLiteral(":due"), page.next.dueAt);
            query.bindValue(QStringLiteral(":due2"), page.next.dueAt);
            query.bindValue(QStringLiteral(":id"), page.next.id);
        }
        const int wanted = limit - static_cast<int>(page.rows.size());
        query.bindValue(QStringLiteral(":limit"), wanted);
        if (!query.exec()) {
            return queryError(query);
        }
        int read = 0;
        while (query.next()) {
            page.rows.push_back(readRow(query));
            page.next.dueAt = query.value(11).toString();
            page.next.id = query.value(0).toString();
            ++read;
        }
        if (read < wanted) {
            page.next = Key{page.next.phase + 1, {}, {}};
        }
    }
    return page;
}

Result<std::vector<InboxRow>> InboxRepository::rowsByIds(const QStringList& ids, qint64 nowMs) const {
    std::vector<InboxRow> rows;
    rows.reserve(static_cast<std::size_t>(ids.size()));
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(SelectRows + QStringLiteral("WHERE c.id = :id"));
    for (const QString& id : ids) {
        query.bindValue(QStringLiteral(":me"), m_me);
        query.bindValue(QStringLiteral(":today"), UtcTimestamp::fromMs(nowMs).left(10));
        query.bindValue(QStringLiteral(":id"), id);
        if (!query.exec()) {
            return queryError(query);
        }
        if (query.next()) {
            rows.push_back(readRow(query));
        }
    }
    return rows;
}

} // namespace vk
