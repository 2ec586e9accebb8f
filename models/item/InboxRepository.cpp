#include "InboxRepository.h"

#include "InboxSearch.h"
#include "cache/CacheReadError.h"
#include "domain/UtcTimestamp.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <iterator>

namespace vk {

namespace {

// One SELECT list for every inbox read, so a page and a single refreshed row always look the same.
// The voicemail audio stays out: the list never needs it, and it is the bulk of the cache.
const QLatin1String SelectColumns(
    "SELECT c.id, c.channel, c.status, c.unit_id, c.patient_id, p.name, p.id_value, "
    "COALESCE(v.caller_phone, cr.phone), c.reason, c.subject, c.received_at, c.due_at, c.claimed_by, s.name, "
    "c.code, c.tentative, c.identity_verified, "
    "EXISTS (SELECT 1 FROM care_contacts cc WHERE cc.patient_id = c.patient_id AND cc.staff_id = :me "
    "        AND cc.declined = 0 AND (cc.valid_to IS NULL OR cc.valid_to >= :today)), "
    "c.offered_to, c.offered_until, os.name "
    "FROM contacts c ");
const QLatin1String Joins("LEFT JOIN patients p ON p.id = c.patient_id "
                          "LEFT JOIN staff s ON s.id = c.claimed_by "
                          "LEFT JOIN staff os ON os.id = c.offered_to "
                          "LEFT JOIN voicemails v ON v.contact_id = c.id "
                          "LEFT JOIN callback_requests cr ON cr.contact_id = c.id ");

// One SELECT list for every inbox read, so a page and a single refreshed row always look the same. The
// voicemail audio stays out: the list never needs it, and it is the bulk of the cache. `index` names the
// index to walk: SQLite 3.15 otherwise sorts every matching contact for each page instead of walking (due_at,
// id) in order.
QString selectRows(const QString& index = {}) {
    return SelectColumns +
           (index.isEmpty() ? QString() : QStringLiteral("INDEXED BY ") + index + QLatin1Char(' ')) + Joins;
}

// Phase 0 pages the open contacts; the phases after it page each closed status within the history window.
// The open term repeats the partial index's WHERE clause exactly, so SQLite can use that index.
const QLatin1String OpenTerm("c.status IN ('new', 'claimed', 'not_reached')");
constexpr const char* ClosedStatuses[] = {"completed", "cancelled", "forwarded"};
static_assert(1 + std::size(ClosedStatuses) == InboxRepository::Key::Done, "one phase per closed status");

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
    row.offer.staffId = query.value(18).toString();
    row.offer.untilMs = UtcTimestamp::toMs(query.value(19).toString()).value_or(0);
    row.offer.staffName = query.value(20).toString();
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
    const QString since = UtcTimestamp::fromMs(nowMs - qint64(m_closedHistoryDays) * 86400000);
    while (!page.atEnd() && static_cast<int>(page.rows.size()) < limit) {
        const bool open = page.next.phase == 0;
        const bool first = page.next.id.isEmpty();
        // One lower bound on due_at per query: SQLite 3.15 seeks the index with a single range term, and with
        // two (or an OR) it walks from the start on every page, which turns loading 100k contacts quadratic.
        // A closed contact is due after it arrived, so the history window starts the walk at due_at >= since.
        QString where = open ? QStringLiteral("WHERE ") + OpenTerm
                             : QStringLiteral("WHERE c.status = :status AND c.received_at >= :since");
        if (!first) {
            where += QStringLiteral(" AND c.due_at >= :due AND (c.due_at > :due2 OR c.id > :id)");
        } else if (!open) {
            where += QStringLiteral(" AND c.due_at >= :due");
        }
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        query.prepare(selectRows(open ? QStringLiteral("contacts_open_by_due")
                                      : QStringLiteral("contacts_by_status_due")) +
                      where + QStringLiteral(" ORDER BY c.due_at, c.id LIMIT :limit"));
        query.bindValue(QStringLiteral(":me"), m_me);
        query.bindValue(QStringLiteral(":today"), UtcTimestamp::fromMs(nowMs).left(10));
        if (!open) {
            query.bindValue(QStringLiteral(":status"), QLatin1String(ClosedStatuses[page.next.phase - 1]));
            query.bindValue(QStringLiteral(":since"), since);
        }
        if (!first) {
            query.bindValue(QStringLiteral(":due"), page.next.dueAt);
            query.bindValue(QStringLiteral(":due2"), page.next.dueAt);
            query.bindValue(QStringLiteral(":id"), page.next.id);
        } else if (!open) {
            query.bindValue(QStringLiteral(":due"), since);
        }
        const int wanted = limit - static_cast<int>(page.rows.size());
        query.bindValue(QStringLiteral(":limit"), wanted);
        if (!query.exec()) {
            return CacheReadError::of(query);
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
    query.prepare(selectRows() + QStringLiteral("WHERE c.id = :id"));
    for (const QString& id : ids) {
        query.bindValue(QStringLiteral(":me"), m_me);
        query.bindValue(QStringLiteral(":today"), UtcTimestamp::fromMs(nowMs).left(10));
        query.bindValue(QStringLiteral(":id"), id);
        if (!query.exec()) {
            return CacheReadError::of(query);
        }
        if (query.next()) {
            rows.push_back(readRow(query));
        }
    }
    return rows;
}

} // namespace vk
