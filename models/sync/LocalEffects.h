#pragma once

#include "Mutation.h"
#include "domain/Result.h"

#include <QSqlDatabase>

namespace vk {

/// What a mutation does to the cache before the region store has settled it (the optimistic change the nurse
/// sees at once). The same function runs when the action is taken and again when a pulled row for the same
/// entity arrives while the mutation is still pending, so the server's older view never hides her work.
/// The region store remains the authority: its functions decide, this only mirrors the expected outcome.
class LocalEffects {
public:
    /// `me` is the acting user's staff id. Call inside a write transaction.
    [[nodiscard]] static Status apply(QSqlDatabase database, const Mutation& mutation, const QString& me,
                                      qint64 nowMs);

private:
    /// sip_create and sip_update: the plan's fields and the lists the payload carries (LocalEffectsSip.cpp).
    [[nodiscard]] static Status applySipPlan(QSqlDatabase& database, const Mutation& mutation);
};

} // namespace vk
