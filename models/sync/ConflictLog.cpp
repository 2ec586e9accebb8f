#include "ConflictLog.h"

#include "cache/CacheReadError.h"

#include <QSqlQuery>

namespace vk {

ConflictLog::ConflictLog(QSqlDatabase database)
    : m_database(std::move(database)) {}

Result<std::vector<ConflictLog::Entry>> ConflictLog::unseen(int limit) const {
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT coalesce(contact_id, ''), coalesce(message, '') FROM conflicts "
                       "INDEXED BY conflicts_unseen WHERE seen = 0 ORDER BY occurred_at DESC, id DESC "
                       "LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec()) {
        return CacheReadError::of(query);
    }
    std::vector<Entry> entries;
    while (query.next()) {
        entries.push_back({query.value(0).toString(), query.value(1).toString()});
    }
    return std::vector<Entry>(entries.rbegin(), entries.rend());
}

Status ConflictLog::markSeen(const QString& contactId) {
    QSqlQuery query(m_database);
    // A notice without a contact stands for the conflicts that have none.
    query.prepare(
        QStringLiteral("UPDATE conflicts SET seen = 1 WHERE seen = 0 AND coalesce(contact_id, '') = ?"));
    query.addBindValue(contactId);
    if (!query.exec()) {
        return CacheReadError::of(query);
    }
    return Done{};
}

} // namespace vk
