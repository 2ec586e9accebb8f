// The push side of SyncEngine: sending the outbox, settling answers, rolling back refused changes and
// re-applying pending ones, and renewing claim leases. The rest of the engine is in SyncEngine.cpp.
#include "SyncEngine.h"

#include "ChangeApplier.h"
#include "LocalEffects.h"
#include "Outbox.h"
#include "WriteTransaction.h"
#include "domain/Clock.h"
#include "domain/UtcTimestamp.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace vk {

namespace {

Error cacheError(const QSqlQuery& query) {
    return Error{QStringLiteral("sync.cache_failed"),
                 QCoreApplication::translate("vk::SyncEngine", "The local cache could not be updated (%1).")
                     .arg(query.lastError().nativeErrorCode())};
}

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// Rows a mutation created locally under its own ids: gone again when the store refuses the mutation.
struct CreatedRow {
    const char* payloadKey;
    const char* table;
};
constexpr CreatedRow CreatedRows[] = {
    {"attempt_id", "callback_attempts"},
    {"message_id", "eservice_messages"},
};

} // namespace

QString SyncEngine::conflictMessage(const QString& kind, const QJsonObject& result) {
    const QString reason = result.value(QLatin1String("reason_code")).toString();
    if (reason == QLatin1String("version_conflict") && kind.startsWith(QLatin1String("sip_"))) {
        return tr("Someone else changed the SIP at the same time — your change was not saved. The plan now "
                  "shows the current version; make your change again if it is still needed.");
    }
    if (reason == QLatin1String("claimed_by_other")) {
        const QString holder = result.value(QLatin1String("holder_name")).toString();
        const QDateTime at =
            QDateTime::fromString(result.value(QLatin1String("holder_at")).toString(), Qt::ISODateWithMs);
        return tr("%1 took this contact at %2 — your claim did not count.")
            .arg(holder.isEmpty() ? tr("Someone else") : holder,
                 at.isValid() ? QLocale().toString(at.toLocalTime().time(), QStringLiteral("HH:mm"))
                              : QString());
    }
    if (reason == QLatin1String("offered_to_other")) {
        const QString name = result.value(QLatin1String("offered_to_name")).toString();
        const QDateTime until =
            QDateTime::fromString(result.value(QLatin1String("offered_until")).toString(), Qt::ISODateWithMs);
        return tr("The contact was offered to %1, the patient's named contact, until %2 — your claim did not "
                  "count.")
            .arg(name.isEmpty() ? tr("the named contact") : name,
                 until.isValid() ? QLocale().toString(until.toLocalTime().time(), QStringLiteral("HH:mm"))
                                 : QString());
    }
    if (reason == QLatin1String("already_closed")) {
        return tr("The contact had already been closed — your change was not saved.");
    }
    if (reason == QLatin1String("not_allowed")) {
        return tr("You are not allowed to do this — your change was not saved.");
    }
    if (reason == QLatin1String("version_conflict")) {
        return tr("Someone changed this at the same time — your change was not saved. The current version is "
                  "shown.");
    }
    if (reason == QLatin1String("invalid")) {
        return tr("The region store found the change invalid — it was not saved.");
    }
    return tr("The region store refused the change (%1).").arg(reason);
}

Status SyncEngine::push() {
    while (true) {
        Result<std::vector<Mutation>> pending = Outbox(m_db).pending(m_options.pushBatch);
        if (!pending) {
            return pending.error();
        }
        m_pendingDropped = false;
        for (const Mutation& mutation : pending.value()) {
            if (Status sent = pushOne(mutation); !sent) {
                return sent;
            }
            if (m_pendingDropped) {
                break; // mutations of this batch were settled without sending: read the queue again
            }
        }
        if (!m_pendingDropped && static_cast<int>(pending->size()) < m_options.pushBatch) {
            return Done{};
        }
    }
}

Status SyncEngine::pushOne(const Mutation& mutation) {
    Q_EMIT stepReached(Step::Sending);
    if (Status fault = faultAt("region.apply_mutation"); !fault) {
        return fault;
    }
    Result<PgResult> answer =
        m_region->exec(QStringLiteral("SELECT region.apply_mutation($1::uuid, $2::text, $3::jsonb)"),
                       {mutation.id, mutation.kind, compact(mutation.payload)});
    QJsonObject result;
    if (answer) {
        result = answer->json(0, 0).toObject();
        Q_EMIT stepReached(Step::Answered);
    } else if (isTransient(*m_region)) {
        if (faultAt("cache.record_failure").ok()) {
            (void)Outbox(m_db).recordFailure(mutation.id, answer.error().code);
        }
        return answer.error();
    } else {
        // The store refused the call itself (bad input, permissions): retrying would stall the queue forever,
        // so it is settled as a rejection the nurse can see. The server's own text may quote values; keep the
        // state.
        result = {{QStringLiteral("status"), QStringLiteral("rejected")},
                  {QStringLiteral("reason_code"),
                   QString(QStringLiteral("server_error_") + m_region->lastSqlState())}};
    }

    const bool rejected = result.value(QLatin1String("status")).toString() != QLatin1String("applied");
    const QString contactId = mutation.payload.value(QLatin1String("contact_id")).toString();
    const QString message = rejected ? conflictMessage(mutation.kind, result) : QString();
    {
        WriteTransaction transaction(m_db);
        if (Status acked =
                Outbox(m_db).acknowledge(mutation.id, m_epoch, compact(result).toUtf8(), m_clock.now());
            !acked) {
            return acked;
        }
        if (rejected) {
            if (Status dropped = dropEditsBuiltOn(mutation); !dropped) {
                return dropped;
            }
            if (Status undone = rollBack(mutation, result); !undone) {
                return undone;
            }
            QSqlQuery conflict(m_db);
            conflict.prepare(
                QStringLiteral("INSERT INTO conflicts (mutation_id, contact_id, reason_code, message, "
                               "holder_name, occurred_at, seen) VALUES (?, ?, ?, ?, ?, ?, 0)"));
            conflict.addBindValue(mutation.id);
            conflict.addBindValue(contactId);
            conflict.addBindValue(result.value(QLatin1String("reason_code")).toString());
            conflict.addBindValue(message);
            conflict.addBindValue(result.value(QLatin1String("holder_name")).toString());
            conflict.addBindValue(UtcTimestamp::fromMs(m_clock.now().toMSecsSinceEpoch()));
            if (!conflict.exec()) {
                return cacheError(conflict);
            }
        }
        if (Status fault = faultAt("cache.acknowledge"); !fault) {
            return fault;
        }
        if (!transaction.commit()) {
            return Error{QStringLiteral("sync.cache_failed"), tr("The local cache could not be updated.")};
        }
    }
    if (rejected) {
        Q_EMIT conflictRecorded(contactId, message);
        if (!contactId.isEmpty()) {
            Q_EMIT contactsChanged({contactId}, {});
        }
    }
    return Done{};
}

Status SyncEngine::rollBack(const Mutation& mutation, const QJsonObject& /*result*/) {
    ChangeApplier applier(m_db);
    AppliedChanges applied;
    for (const CreatedRow& created : CreatedRows) {
        const QString id = mutation.payload.value(QLatin1String(created.payloadKey)).toString();
        if (!id.isEmpty()) {
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(created.table)));
            query.addBindValue(id);
            if (!query.exec()) {
                return cacheError(query);
            }
        }
    }
    // Put the store's current version of what the mutation touched back into the cache.
    struct Refetch {
        const char* table;
        const char* keyColumn;
        QString id;
    };
    std::vector<Refetch> refetch;
    const QString contactId = mutation.payload.value(QLatin1String("contact_id")).toString();
    if (!contactId.isEmpty()) {
        refetch.push_back({"contacts", "id", contactId});
        refetch.push_back({"callback_requests", "contact_id", contactId});
    }
    if (mutation.kind.contains(QLatin1String("care_contact"))) {
        refetch.push_back({"care_contacts", "id", mutation.payload.value(QLatin1String("id")).toString()});
    }
    if (mutation.kind.startsWith(QLatin1String("sip_"))) {
        const QString plan = mutation.payload
                                 .value(QLatin1String(mutation.kind == QLatin1String("sip_create") ||
                                                              mutation.kind == QLatin1String("sip_update")
                                                          ? "id"
                                                          : "plan_id"))
                                 .toString();
        refetch.push_back({"sip_plans", "id", plan});
        if (mutation.kind == QLatin1String("sip_add_note")) {
            refetch.push_back({"sip_notes", "id", mutation.payload.value(QLatin1String("id")).toString()});
        } else if (mutation.kind == QLatin1String("sip_add_meeting")) {
            refetch.push_back({"sip_meetings", "id", mutation.payload.value(QLatin1String("id")).toString()});
        }
    }
    if (mutation.kind == QLatin1String("sip_create") || mutation.kind == QLatin1String("sip_update")) {
        if (Status lists =
                refetchPlanLists(mutation.payload.value(QLatin1String("id")).toString(), applier, applied);
            !lists) {
            return lists;
        }
    }
    for (const Refetch& item : refetch) {
        const QString table = QString::fromLatin1(item.table);
        const QString key = QString::fromLatin1(item.keyColumn);
        if (Status fault = faultAt("region.refetch"); !fault) {
            return fault;
        }
        Result<PgResult> row = m_region->exec(
            QStringLiteral("SELECT to_jsonb(t) FROM region.%1 t WHERE t.%2::text = $1").arg(table, key),
            {item.id});
        if (!row) {
            return row.error();
        }
        ChangeRow change{table, row->rows() == 0, {}};
        change.row = row->rows() > 0 ? row->json(0, 0).toObject() : QJsonObject{{key, item.id}};
        if (Status done = applier.apply(change, applied); !done) {
            return done;
        }
    }
    // The refused mutation is acknowledged already, so the replay below leaves it out.
    applied.entities.insert(mutation.entityId);
    return rebase(applied);
}

Status SyncEngine::dropEditsBuiltOn(const Mutation& refused) {
    if (refused.kind != QLatin1String("sip_update")) {
        return Done{};
    }
    // A later edit of the same plan from this desk started from the refused one (the dialog showed it) and
    // sends every field: its expected version may well match the store's now, and it would then overwrite the
    // other desk's change unseen. It goes with the refused edit; the one conflict notice covers both.
    Outbox outbox(m_db);
    Result<std::vector<Mutation>> later = outbox.pendingFor(refused.entityId);
    if (!later) {
        return later.error();
    }
    const QByteArray dropped = compact({{QStringLiteral("status"), QStringLiteral("rejected")},
                                        {QStringLiteral("reason_code"), QStringLiteral("version_conflict")},
                                        {QStringLiteral("built_on"), refused.id}})
                                   .toUtf8();
    for (const Mutation& mutation : later.value()) {
        if (mutation.kind == QLatin1String("sip_update") && mutation.id != refused.id) {
            if (Status acked = outbox.acknowledge(mutation.id, m_epoch, dropped, m_clock.now()); !acked) {
                return acked;
            }
            m_pendingDropped = true;
        }
    }
    return Done{};
}

Status SyncEngine::refetchPlanLists(const QString& planId, ChangeApplier& applier, AppliedChanges& applied) {
    // The refused edit replaced whole lists locally: put back exactly the rows the store holds.
    for (const char* table : {"sip_participants", "sip_insatser", "sip_other_actions"}) {
        if (Status fault = faultAt("region.refetch"); !fault) {
            return fault;
        }
        Result<PgResult> rows =
            m_region->exec(QStringLiteral("SELECT to_jsonb(t) FROM region.%1 t WHERE t.plan_id::text = $1")
                               .arg(QLatin1String(table)),
                           {planId});
        if (!rows) {
            return rows.error();
        }
        QSqlQuery clear(m_db);
        clear.prepare(QStringLiteral("DELETE FROM %1 WHERE plan_id = ?").arg(QLatin1String(table)));
        clear.addBindValue(planId);
        if (!clear.exec()) {
            return cacheError(clear);
        }
        for (int i = 0; i < rows->rows(); ++i) {
            if (Status done =
                    applier.apply({QString::fromLatin1(table), false, rows->json(i, 0).toObject()}, applied);
                !done) {
                return done;
            }
        }
    }
    return Done{};
}

Status SyncEngine::rebase(const AppliedChanges& applied) {
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    Outbox outbox(m_db);
    // One look at the outbox instead of one per pulled entity: a first pull of a whole unit has nothing
    // pending.
    Result<QSet<QString>> pendingEntities = outbox.pendingEntities();
    if (!pendingEntities) {
        return pendingEntities.error();
    }
    for (const QString& entity : applied.entities) {
        if (entity.isEmpty() || !pendingEntities->contains(entity)) {
            continue;
        }
        Result<std::vector<Mutation>> pending = outbox.pendingFor(entity);
        if (!pending) {
            return pending.error();
        }
        for (const Mutation& mutation : pending.value()) {
            if (Status replayed = LocalEffects::apply(
                    m_db, mutation, me(),
                    mutation.createdAt.isValid() ? mutation.createdAt.toMSecsSinceEpoch() : now);
                !replayed) {
                return replayed;
            }
        }
    }
    return Done{};
}

Status SyncEngine::renewLeases() {
    if (!m_region || me().isEmpty()) {
        return Done{};
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM contacts WHERE claimed_by = ? AND tentative = 0 AND "
                                 "status IN ('claimed', 'not_reached') AND lease_until < ?"));
    query.addBindValue(me());
    query.addBindValue(
        UtcTimestamp::fromMs(m_clock.now().toMSecsSinceEpoch() + 2LL * m_options.leaseRenewMs));
    if (!query.exec()) {
        return cacheError(query);
    }
    while (query.next()) {
        if (Status fault = faultAt("region.renew"); !fault) {
            return fault;
        }
        // Renewal only matters while online, so it goes straight to the store instead of through the outbox.
        Result<PgResult> renewed =
            m_region->exec(QStringLiteral("SELECT region.apply_mutation($1::uuid, 'renew', $2::jsonb)"),
                           {QUuid::createUuid().toString(QUuid::WithoutBraces),
                            compact({{QStringLiteral("contact_id"), query.value(0).toString()}})});
        if (!renewed) {
            return renewed.error();
        }
    }
    return Done{};
}

} // namespace vk
