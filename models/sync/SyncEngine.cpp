#include "SyncEngine.h"

#include "ChangeApplier.h"
#include "Outbox.h"
#include "ReplicatedTables.h"
#include "WaitingWriters.h"
#include "WriteTransaction.h"
#include "cache/CacheDatabase.h"
#include "domain/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace vk {

namespace {

const QLatin1String ChangesChannel("vardinkorg_changes");

Error cacheError(const QSqlQuery& query) {
    return Error{QStringLiteral("sync.cache_failed"),
                 QCoreApplication::translate("vk::SyncEngine", "The local cache could not be updated (%1).")
                     .arg(query.lastError().nativeErrorCode())};
}

/// A bigger page cache for the engine's connection while a pull catches up; the previous size (and the
/// memory) comes back when the pull ends.
class CatchUpCache {
public:
    explicit CatchUpCache(QSqlDatabase database)
        : m_database(std::move(database)) {}
    ~CatchUpCache() {
        if (!m_previous.isEmpty()) {
            QSqlQuery query(m_database);
            (void)query.exec(QStringLiteral("PRAGMA cache_size = ") + m_previous);
            (void)query.exec(QStringLiteral("PRAGMA shrink_memory"));
        }
    }
    CatchUpCache(const CatchUpCache&) = delete;
    CatchUpCache& operator=(const CatchUpCache&) = delete;

    void widen(int kibibytes) {
        if (!m_previous.isEmpty() || kibibytes <= 0) {
            return;
        }
        QSqlQuery query(m_database);
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next()) {
            m_previous = QString::number(query.value(0).toLongLong());
            query.finish();
            (void)query.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kibibytes));
        }
    }

private:
    QSqlDatabase m_database;
    QString m_previous;
};

} // namespace

SyncEngine::SyncEngine(const CacheDatabase& cache, PgConnectionSettings region, QString login,
                       const Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_settings(std::move(region))
    , m_login(std::move(login))
    , m_clock(clock)
    , m_options(options)
    , m_connectionName(QStringLiteral("vk-sync-%1").arg(reinterpret_cast<quintptr>(this), 0, 16))
    , m_roundTimer(this)
    , m_periodicTimer(this)
    , m_leaseTimer(this) {
    qRegisterMetaType<vk::SyncStatus>();
    m_roundTimer.setSingleShot(true);
    connect(&m_roundTimer, &QTimer::timeout, this, &SyncEngine::runRound);
    m_periodicTimer.setInterval(m_options.periodicPullMs);
    connect(&m_periodicTimer, &QTimer::timeout, this, [this] { scheduleRound(0); });
    m_leaseTimer.setInterval(m_options.leaseRenewMs);
    connect(&m_leaseTimer, &QTimer::timeout, this, [this] {
        if (m_status.online) {
            (void)renewLeases();
        }
    });
}

SyncEngine::~SyncEngine() {
    stop();
}

void SyncEngine::start() {
    if (m_running) {
        return;
    }
    if (Status opened = openCache(); !opened) {
        fail(opened.error());
        return;
    }
    m_running = true;
    m_periodicTimer.start();
    m_leaseTimer.start();
    publishStatus();
    scheduleRound(0);
}

Status SyncEngine::openCache() {
    if (m_db.isValid()) {
        return Done{};
    }
    Result<QString> name = m_cache.openConnection(m_connectionName);
    if (!name) {
        return name.error();
    }
    m_db = QSqlDatabase::database(name.value(), false);
    m_epoch = state(QStringLiteral("epoch"));
    m_status.lastSync = QDateTime::fromString(state(QStringLiteral("last_sync_at")), Qt::ISODateWithMs);
    return Outbox(m_db).pruneAcknowledged(m_clock.now().addDays(-m_options.acknowledgedRetentionDays));
}

void SyncEngine::stop() {
    m_running = false;
    m_roundTimer.stop();
    m_periodicTimer.stop();
    m_leaseTimer.stop();
    // Sign-out and auto-lock stop the engine: the user is no longer at the desk to take offered contacts.
    // Only on a connection that worked a moment ago, so a lock never waits for an unreachable store (the mark
    // expires there by itself).
    if (m_region && m_region->isOpen() && m_status.online) {
        m_presence.signOff(*m_region);
    }
    disconnectRegion();
    if (m_db.isValid()) {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void SyncEngine::requestSync() {
    publishStatus();
    scheduleRound(0);
}

void SyncEngine::scheduleRound(int delayMs) {
    if (!m_running) {
        return;
    }
    // A round already waiting sooner stays; backoff never postpones an earlier wake-up.
    if (!m_roundTimer.isActive() || m_roundTimer.remainingTime() > delayMs) {
        m_roundTimer.start(delayMs);
    }
}

void SyncEngine::runRound() {
    if (!m_running || m_inRound) {
        return;
    }
    m_inRound = true;
    const Status status = syncNow();
    m_inRound = false;
    if (!status) {
        fail(status.error());
        return;
    }
    m_backoffMs = 0;
    m_status.lastError.clear();
    m_status.lastSync = m_clock.now();
    (void)setState(QStringLiteral("last_sync_at"), m_status.lastSync.toString(Qt::ISODateWithMs));
    publishStatus();
    // Committed rows wait behind an older open transaction (the NOTIFY that woke us may be about them): look
    // again soon, a little later each time, instead of waiting for the periodic pull.
    if (m_heldBack) {
        m_heldBackRetryMs = m_heldBackRetryMs == 0
                                ? m_options.notifyDebounceMs
                                : qMin(m_heldBackRetryMs * 2, m_options.maxHeldBackRetryMs);
        scheduleRound(m_heldBackRetryMs);
    } else {
        m_heldBackRetryMs = 0;
    }
    Q_EMIT roundCompleted();
}

Status SyncEngine::syncNow() {
    return round(true);
}

Status SyncEngine::pullNow() {
    return round(false);
}

Status SyncEngine::round(bool pushFirst) {
    if (!m_db.isValid()) {
        return Error{QStringLiteral("sync.not_started"), tr("Synchronisation has not started.")};
    }
    const auto once = [this, pushFirst]() -> Status {
        if (Status connected = connectRegion(); !connected) {
            return connected;
        }
        // Being on duty is not worth a failed round: a refusal leaves the inbox syncing, only a lost
        // connection ends the round (and is retried like any other).
        if (Status present = m_presence.refreshIfDue(*m_region); !present && !m_region->isOpen()) {
            return present;
        }
        if (pushFirst) {
            if (Status pushed = push(); !pushed) {
                return pushed;
            }
        }
        return pull();
    };
    // An idle connection may have died unnoticed (the server restarted, a firewall dropped it): libpq finds
    // out only on the next call. Then the round is tried once more on a fresh connection instead of waiting
    // for the backoff; every call in a round may be repeated (mutations are idempotent, pulls only read).
    const bool reused = m_region && m_region->isOpen();
    Status status = once();
    if (!status && reused && m_region && !m_region->isOpen()) {
        disconnectRegion();
        status = once();
    }
    return endRound(status);
}

Status SyncEngine::endRound(Status status) {
    if (!status) {
        m_status.lastError = status.error().message;
        if (m_region && !m_region->isOpen()) {
            disconnectRegion(); // publishes the offline state
        } else {
            publishStatus();
        }
    }
    return status;
}

Status SyncEngine::faultAt(const char* where) {
    if (!m_options.injectFault || !m_options.injectFault(where)) {
        return Done{};
    }
    if (qstrncmp(where, "region.", 7) == 0) {
        disconnectRegion(); // as a network failure would
    }
    return Error{QStringLiteral("sync.injected_fault"),
                 tr("A synchronisation step was made to fail on purpose (fault injection).")};
}

Status SyncEngine::connectRegion() {
    if (m_region && m_region->isOpen()) {
        return m_storeChecked ? Status(Done{}) : checkStoreContinuity();
    }
    disconnectRegion();
    if (Status fault = faultAt("region.connect"); !fault) {
        return fault;
    }
    Result<PgConnection> opened = PgConnection::open(m_settings);
    if (!opened) {
        return opened.error();
    }
    m_region.emplace(std::move(opened).value());
    // Timestamps in the change feed then arrive as UTC, which the applier converts without a date parser.
    if (Status zone = m_region->execScript(QStringLiteral("SET TimeZone = 'UTC'")); !zone) {
        return zone;
    }
    if (Status listening = m_region->listen(ChangesChannel); !listening) {
        return listening;
    }
    m_notifier = new QSocketNotifier(static_cast<qintptr>(m_region->socket()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SyncEngine::onSocketActivity);
    m_status.online = true;
    publishStatus();
    return checkStoreContinuity();
}

Status SyncEngine::checkStoreContinuity() {
    // Once per connection: a restore always breaks every connection to the store (a new cluster, a dropped
    // and re-created database, a recovered server), so the check runs before this connection pushes anything,
    // and pushes cannot move the xid counter past the cursor before the horizon has been compared with it.
    if (Status fault = faultAt("region.adopt_restore"); !fault) {
        return fault;
    }
    Result<PgResult> answer = m_region->exec(
        QStringLiteral("SELECT region.adopt_restore()::text, pg_snapshot_xmin(pg_current_snapshot())::text"));
    if (!answer) {
        return answer.error();
    }
    if (answer->rows() != 1) {
        return Error{QStringLiteral("sync.protocol"), tr("The region store answered the pull incompletely.")};
    }
    const QString epoch = answer->text(0, 0);
    const QString horizon = answer->text(0, 1);
    const QString cursor = state(QStringLiteral("cursor_txid"));
    // adopt_restore() started a new epoch when the store was restored without one; the horizon catches what
    // it cannot see (transaction ids that went back below what this desk has already pulled).
    if (!m_epoch.isEmpty() && (epoch != m_epoch || horizon.toULongLong() < cursor.toULongLong())) {
        if (Status reset = resetForNewEpoch(epoch); !reset) {
            return reset;
        }
    }
    m_storeChecked = true;
    return Done{};
}

void SyncEngine::disconnectRegion() {
    delete m_notifier; // before the connection: the notifier watches its socket
    m_notifier = nullptr;
    m_region.reset();
    m_presence.forget();
    m_storeChecked = false;
    if (m_status.online) {
        m_status.online = false;
        publishStatus();
    }
}

void SyncEngine::onSocketActivity() {
    if (!m_region) {
        return;
    }
    Result<QList<PgNotification>> notifications = m_region->notifications();
    if (!notifications) {
        fail(notifications.error());
        return;
    }
    if (!notifications->isEmpty()) {
        scheduleRound(m_options.notifyDebounceMs);
    }
}

void SyncEngine::fail(const Error& error) {
    m_status.lastError = error.message;
    if (!m_region || !m_region->isOpen() || isTransient(*m_region)) {
        disconnectRegion();
    }
    m_backoffMs = m_backoffMs == 0 ? m_options.minBackoffMs : qMin(m_backoffMs * 2, m_options.maxBackoffMs);
    publishStatus();
    scheduleRound(m_backoffMs);
}

bool SyncEngine::isTransient(const PgConnection& connection) {
    const QString state = connection.lastSqlState();
    // Connection, shutdown, resources, system (I/O), serialisation and deadlock, lock and statement timeouts:
    // all pass. Anything else is the store refusing the call itself.
    return !connection.isOpen() || state.isEmpty() || state.startsWith(QLatin1String("08")) ||
           state.startsWith(QLatin1String("57P")) || state.startsWith(QLatin1String("53")) ||
           state.startsWith(QLatin1String("58")) || state == QLatin1String("57014") ||
           state == QLatin1String("55P03") || state == QLatin1String("40001") ||
           state == QLatin1String("40P01");
}

void SyncEngine::publishStatus() {
    if (m_db.isValid()) {
        if (Result<int> pending = Outbox(m_db).pendingCount(); pending) {
            m_status.pendingChanges = pending.value();
        }
    }
    Q_EMIT statusChanged(m_status);
}

QString SyncEngine::state(const QString& key) const {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

Status SyncEngine::setState(const QString& key, const QString& value) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        return cacheError(query);
    }
    return Done{};
}

QString SyncEngine::me() {
    if (m_me.isEmpty()) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT id FROM staff WHERE lower(login) = lower(?)"));
        query.addBindValue(m_login);
        if (query.exec() && query.next()) {
            m_me = query.value(0).toString();
        }
    }
    return m_me;
}

Status SyncEngine::resetForNewEpoch(const QString& epoch) {
    WriteTransaction transaction(m_db);
    // Everything the store acknowledged before it went back in time is sent again; the store's idempotency
    // turns what it still has into no-ops and re-applies what the restore lost.
    QSqlQuery reopen(m_db);
    if (!reopen.exec(QStringLiteral("UPDATE outbox SET acked_epoch = NULL, acked_at = NULL, result = NULL "
                                    "WHERE acked_epoch IS NOT NULL"))) {
        return cacheError(reopen);
    }
    for (const ReplicatedTable& table : ReplicatedTables::all()) {
        QSqlQuery wipe(m_db);
        if (!wipe.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table.name)))) {
            return cacheError(wipe);
        }
    }
    for (const auto& [key, value] : {std::pair{"epoch", epoch}, std::pair{"cursor_txid", QStringLiteral("0")},
                                     std::pair{"cursor_seq", QStringLiteral("0")}}) {
        if (Status saved = setState(QString::fromLatin1(key), value); !saved) {
            return saved;
        }
    }
    if (Status fault = faultAt("cache.reset_epoch"); !fault) {
        return fault;
    }
    if (!transaction.commit()) {
        return Error{QStringLiteral("sync.cache_failed"), tr("The local cache could not be updated.")};
    }
    m_epoch = epoch;
    Q_EMIT cacheReset();
    return push();
}

Status SyncEngine::pull() {
    ChangeApplier applier(m_db);
    CatchUpCache catchUp(m_db);
    int limit = m_options.pullBatch;
    // Bounded: each pass either applies rows or settles the epoch; a store that keeps changing its epoch
    // under us is not something to chase forever.
    for (int pass = 0; pass < 100000; ++pass) {
        const QString afterTxid = state(QStringLiteral("cursor_txid"));
        const QString afterSeq = state(QStringLiteral("cursor_seq"));
        if (Status fault = faultAt("region.pull_changes"); !fault) {
            return fault;
        }
        Result<PgResult> batch = m_region->exec(
            QStringLiteral(
                "SELECT server_epoch::text, horizon::text, txid::text, seq, entity, op, \"row\", "
                "held_back, entity_id FROM region.pull_changes($1::uuid, $2::xid8, $3::bigint, $4::int)"),
            {m_epoch.isEmpty() ? PgParam::null() : PgParam(m_epoch),
             afterTxid.isEmpty() ? QStringLiteral("0") : afterTxid,
             afterSeq.isEmpty() ? QStringLiteral("0") : afterSeq, limit});
        if (!batch) {
            return batch.error();
        }
        if (batch->rows() == 0) {
            return Error{QStringLiteral("sync.protocol"),
                         tr("The region store answered the pull incompletely.")};
        }
        const QString serverEpoch = batch->text(0, 0);
        const QString horizon = batch->text(0, 1);
        if (m_epoch.isEmpty()) {
            if (Status fault = faultAt("cache.epoch"); !fault) {
                return fault;
            }
            if (Status saved = setState(QStringLiteral("epoch"), serverEpoch); !saved) {
                return saved;
            }
            m_epoch = serverEpoch;
            continue;
        }
        // A restored store: a new epoch (the documented restore step), or transaction ids that went backwards
        // (xids only grow, so the store is older than what this desk has already seen).
        if (serverEpoch != m_epoch || horizon.toULongLong() < afterTxid.toULongLong()) {
            if (Status reset = resetForNewEpoch(serverEpoch); !reset) {
                return reset;
            }
            continue;
        }

        int changes = 0;
        for (int row = 0; row < batch->rows(); ++row) {
            changes += batch->isNull(row, 4) ? 0 : 1; // the marker row: nothing (more) below the horizon
        }
        // A short batch saw everything below the horizon: continue from there. A full one continues after
        // its last row.
        const bool complete = changes < limit;
        for (int next = 0; next < batch->rows();) {
            if (Status sliced = applySlice(batch.value(), next, complete, horizon, applier); !sliced) {
                return sliced;
            }
        }
        if (changes < limit) {
            m_heldBack = batch->text(0, 7) == QLatin1String("t");
            return Done{};
        }
        // Far behind (a first pull, a long absence): fewer, bigger transactions write each page of the
        // cache's random-keyed indexes fewer times, and a bigger page cache keeps them decrypted in memory.
        limit = std::max(limit, std::min(limit * 2, m_options.catchUpBatch));
        catchUp.widen(m_options.catchUpCacheKiB);
    }
    return Done{};
}

Status SyncEngine::applySlice(const PgResult& batch, int& next, bool complete, const QString& horizon,
                              ChangeApplier& applier) {
    AppliedChanges applied;
    QStringList rowKeys;
    int last = -1; // the last change-log row of the slice
    const QString file = m_db.databaseName();
    // A nurse's action waiting for the cache goes first: SQLite's lock has no queue, and a writer that
    // commits and begins again at once keeps it however long the other waits. Immediate when nobody waits;
    // the waiting writer polls every 100 ms at most, and the bound only matters when another process holds
    // the file.
    WaitingWriters::letThrough(file, 1000);
    {
        QElapsedTimer slice;
        slice.start();
        WriteTransaction transaction(m_db);
        for (; next < batch.rows(); ++next) {
            // Only cut when someone waits: a catch-up pull's big transactions are what make it fast (each
            // page of the random-keyed indexes written once per batch, not once per slice).
            if (last >= 0 && slice.elapsed() >= m_options.applySliceMs && WaitingWriters::count(file) > 0) {
                break; // the rest goes in the next slice, after the waiting writer
            }
            if (batch.isNull(next, 4)) {
                continue; // the marker row: nothing (more) below the horizon
            }
            last = next;
            if (m_options.observeBatch) {
                rowKeys << batch.text(next, 2) + QLatin1Char(':') + batch.text(next, 3);
            }
            ChangeRow change{batch.text(next, 4), batch.text(next, 5) == QLatin1String("delete"),
                             batch.json(next, 6).toObject()};
            // The store logs some deletes without the row (a SIP's replaced participants, insatser and
            // åtgärder): the entity id is then the key.
            if (change.deleted && change.row.isEmpty()) {
                const ReplicatedTable* table = ReplicatedTables::find(change.entity);
                if (table != nullptr && table->keyColumns.size() == 1) {
                    change.row.insert(table->keyColumns.constFirst(), batch.text(next, 8));
                }
            }
            if (Status done = applier.apply(change, applied); !done) {
                return done;
            }
        }
        // A slice before the batch's end continues after its own last row, exactly as a full batch does;
        // the batch's last slice moves the cursor as the whole batch would.
        const bool batchDone = next >= batch.rows();
        const int end = batch.rows() - 1;
        const QString nextTxid = !batchDone ? batch.text(last, 2) : complete ? horizon : batch.text(end, 2);
        const QString nextSeq = !batchDone ? batch.text(last, 3)
                                : complete ? QStringLiteral("0")
                                           : batch.text(end, 3);
        if (Status saved = setState(QStringLiteral("cursor_txid"), nextTxid); !saved) {
            return saved;
        }
        if (Status saved = setState(QStringLiteral("cursor_seq"), nextSeq); !saved) {
            return saved;
        }
        if (Status rebased = rebase(applied); !rebased) {
            return rebased;
        }
        if (m_options.observeBatch) {
            m_options.observeBatch(rowKeys);
        }
        Q_EMIT stepReached(Step::ApplyingBatch);
        if (Status fault = faultAt("cache.apply_batch"); !fault) {
            return fault;
        }
        if (!transaction.commit()) {
            return Error{QStringLiteral("sync.cache_failed"), tr("The local cache could not be updated.")};
        }
    }
    QStringList changed(applied.contacts.cbegin(), applied.contacts.cend());
    QStringList removed(applied.removedContacts.cbegin(), applied.removedContacts.cend());
    changed.removeIf([&removed](const QString& id) { return id.isEmpty() || removed.contains(id); });
    if (!changed.isEmpty() || !removed.isEmpty()) {
        Q_EMIT contactsChanged(changed, removed);
    }
    if (!applied.patients.isEmpty()) {
        Q_EMIT patientsChanged(QStringList(applied.patients.cbegin(), applied.patients.cend()));
    }
    if (applied.referenceData) {
        m_me.clear();
        Q_EMIT referenceDataChanged();
    }
    return Done{};
}

} // namespace vk
