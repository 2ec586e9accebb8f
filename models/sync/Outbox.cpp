#include "Outbox.h"

#include "domain/UtcTimestamp.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace vk {

namespace {

Error outboxError(const QSqlQuery& query) {
    return Error{
        QStringLiteral("cache.outbox_failed"),
        QCoreApplication::translate("vk::Outbox", "The queue of pending changes could not be updated (%1).")
            .arg(query.lastError().nativeErrorCode())};
}

Status run(QSqlQuery& query) {
    if (!query.exec()) {
        return outboxError(query);
    }
    return Done{};
}

} // namespace

Outbox::Outbox(QSqlDatabase database)
    : m_database(std::move(database)) {}

Status Outbox::enqueue(Mutation& mutation) {
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT INTO outbox (mutation_id, kind, payload, created_at, attempts, entity_id) "
                       "VALUES (?, ?, ?, ?, 0, ?)"));
    query.addBindValue(mutation.id);
    query.addBindValue(mutation.kind);
    query.addBindValue(QString::fromUtf8(QJsonDocument(mutation.payload).toJson(QJsonDocument::Compact)));
    query.addBindValue(UtcTimestamp::fromMs(mutation.createdAt.toMSecsSinceEpoch()));
    query.addBindValue(mutation.entityId.isEmpty() ? QVariant() : QVariant(mutation.entityId));
    if (!query.exec()) {
        return outboxError(query);
    }
    mutation.seq = query.lastInsertId().toLongLong();
    return Done{};
}

Result<std::vector<Mutation>> Outbox::select(const QString& where, const QVariantList& values) const {
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, mutation_id, kind, payload, entity_id, created_at, attempts "
                                 "FROM outbox WHERE ") +
                  where);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return outboxError(query);
    }
    std::vector<Mutation> mutations;
    while (query.next()) {
        Mutation mutation;
        mutation.seq = query.value(0).toLongLong();
        mutation.id = query.value(1).toString();
        mutation.kind = query.value(2).toString();
        mutation.payload = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        mutation.entityId = query.value(4).toString();
        mutation.createdAt = QDateTime::fromMSecsSinceEpoch(
            UtcTimestamp::toMs(query.value(5).toString()).value_or(0), Qt::UTC);
        mutation.attempts = query.value(6).toInt();
        mutations.push_back(std::move(mutation));
    }
    return mutations;
}

Result<std::vector<Mutation>> Outbox::pending(int limit) const {
    return select(QStringLiteral("acked_epoch IS NULL ORDER BY seq LIMIT ?"), {limit});
}

Result<int> Outbox::pendingCount() const {
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE acked_epoch IS NULL")) ||
        !query.next()) {
        return outboxError(query);
    }
    return query.value(0).toInt();
}

Result<std::vector<Mutation>> Outbox::pendingFor(const QString& entityId) const {
    return select(QStringLiteral("acked_epoch IS NULL AND entity_id = ? ORDER BY seq"), {entityId});
}

Result<QSet<QString>> Outbox::pendingEntities() const {
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT DISTINCT entity_id FROM outbox WHERE acked_epoch IS NULL AND entity_id IS NOT NULL"))) {
        return outboxError(query);
    }
    QSet<QString> entities;
    while (query.next()) {
        entities.insert(query.value(0).toString());
    }
    return entities;
}

Status Outbox::acknowledge(const QString& mutationId, const QString& epoch, const QByteArray& resultJson,
                           const QDateTime& at) {
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("UPDATE outbox SET acked_epoch = ?, acked_at = ?, result = ?, last_error = NULL "
                       "WHERE mutation_id = ?"));
    query.addBindValue(epoch);
    query.addBindValue(UtcTimestamp::fromMs(at.toMSecsSinceEpoch()));
    query.addBindValue(QString::fromUtf8(resultJson));
    query.addBindValue(mutationId);
    return run(query);
}

Status Outbox::recordFailure(const QString& mutationId, const QString& reason) {
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE mutation_id = ?"));
    query.addBindValue(reason);
    query.addBindValue(mutationId);
    return run(query);
}

Status Outbox::reopenNotAcknowledgedUnder(const QString& epoch) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE outbox SET acked_epoch = NULL, acked_at = NULL, result = NULL "
                                 "WHERE acked_epoch IS NOT NULL AND acked_epoch <> ?"));
    query.addBindValue(epoch);
    return run(query);
}

Status Outbox::pruneAcknowledged(const QDateTime& before) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE acked_epoch IS NOT NULL AND acked_at < ?"));
    query.addBindValue(UtcTimestamp::fromMs(before.toMSecsSinceEpoch()));
    return run(query);
}

} // namespace vk
