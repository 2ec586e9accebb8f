#pragma once

#include "Mutation.h"
#include "domain/Result.h"

#include <QSet>
#include <QSqlDatabase>

#include <vector>

namespace vk {

/// The cache's queue of user actions not yet (or not under the current epoch) acknowledged by the region
/// store. enqueue() runs inside the caller's transaction, next to the local change it describes.
class Outbox {
public:
    explicit Outbox(QSqlDatabase database);

    /// Stores a mutation at the end of the queue and sets its seq.
    [[nodiscard]] Status enqueue(Mutation& mutation);
    /// The oldest pending mutations, in order.
    [[nodiscard]] Result<std::vector<Mutation>> pending(int limit) const;
    [[nodiscard]] Result<int> pendingCount() const;
    /// Pending mutations that change one entity (contact, plan, care contact), in order.
    [[nodiscard]] Result<std::vector<Mutation>> pendingFor(const QString& entityId) const;
    /// The entities (contact, plan, care contact) that pending mutations change.
    [[nodiscard]] Result<QSet<QString>> pendingEntities() const;
    /// The store answered (applied or rejected): the mutation leaves the queue but is kept under `epoch`.
    [[nodiscard]] Status acknowledge(const QString& mutationId, const QString& epoch,
                                     const QByteArray& resultJson, const QDateTime& at);
    /// A send failed for a passing reason; counts the attempt and keeps the reason (no patient data in it).
    [[nodiscard]] Status recordFailure(const QString& mutationId, const QString& reason);
    /// The store was restored (its epoch changed): every mutation not acknowledged under `epoch` is pending
    /// again.
    [[nodiscard]] Status reopenNotAcknowledgedUnder(const QString& epoch);
    /// Forgets acknowledged mutations older than `before`.
    [[nodiscard]] Status pruneAcknowledged(const QDateTime& before);

private:
    [[nodiscard]] Result<std::vector<Mutation>> select(const QString& where,
                                                       const QVariantList& values) const;

    QSqlDatabase m_database;
};

} // namespace vk
