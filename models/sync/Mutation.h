#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace vk {

/// One user action on its way to the region store: what `region.apply_mutation(id, kind, payload)` receives.
/// The id makes a replay harmless; `entityId` (the contact, plan or care contact it changes) lets the sync
/// engine find the local changes still pending for a row the server just sent.
struct Mutation {
    qint64 seq = 0; ///< outbox order; 0 until stored
    QString id;     ///< UUID
    QString kind;   ///< claim, release, log_attempt, … (see HELPERS' data contract / region.apply_mutation)
    QJsonObject payload;
    QString entityId;
    QDateTime createdAt;
    int attempts = 0;
};

} // namespace vk
