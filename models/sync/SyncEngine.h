#pragma once

#include "DeskPresence.h"
#include "SyncStatus.h"
#include "domain/Result.h"
#include "region/PgConnection.h"
#include "region/PgConnectionSettings.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QSocketNotifier;

namespace vk {

class CacheDatabase;
class Clock;
struct AppliedChanges;
class ChangeApplier;
struct Mutation;

/// Keeps one desk's cache and the region store in step, on its own thread with its own cache and PostgreSQL
/// connections: pushes the outbox in order through region.apply_mutation, pulls the gap-free change feed,
/// wakes on LISTEN/NOTIFY, retries with capped backoff, and re-sends everything after a restore (new epoch).
/// Create it, move it to a thread, then invoke start() there (SyncController does all three).
class SyncEngine : public QObject {
    Q_OBJECT
public:
    struct Options {
        int pullBatch = 2000;        ///< rows of a pull's first batch
        int catchUpBatch = 20000;    ///< while batches come back full, each is twice the last, up to this
        int catchUpCacheKiB = 65536; ///< page cache of the engine's connection while catching up
        /// While a nurse's action waits for the cache, a pulled batch is cut after this many milliseconds
        /// of writing and the action goes before the rest: it never waits for a whole batch.
        int applySliceMs = 200;
        int pushBatch = 200;
        int periodicPullMs = 30000;
        int notifyDebounceMs = 30;
        int maxHeldBackRetryMs =
            2000; ///< longest wait before looking again for rows held back by the horizon
        int minBackoffMs = 500;
        int maxBackoffMs = 30000;
        int leaseRenewMs = 5 * 60 * 1000;
        int acknowledgedRetentionDays = 30;
        /// Fault injection (as Nextcloud's client tests do it): asked before every cache write and every
        /// region call with the name of that step ("region.apply_mutation", "cache.apply_batch", …); true
        /// makes the step fail as a passing error would (a region step also drops the connection). Unset in
        /// the application.
        std::function<bool(const char* where)> injectFault;
        /// Called inside a pulled batch's open cache transaction, just before it commits, with "txid:seq" of
        /// each change-log row in it, so a tool can audit that every row arrives once (vardinkorg-storm).
        /// Unset in the application.
        std::function<void(const QStringList& rowKeys)> observeBatch;
    };

    /// Points inside a round that tools may watch (the crash tests print them and kill the process there).
    enum class Step {
        Sending,       ///< a mutation is about to go to the store
        Answered,      ///< the store answered it; the answer is not yet recorded in the cache
        ApplyingBatch, ///< a pulled batch is written in the cache's open transaction, not yet committed
    };
    Q_ENUM(Step)

    SyncEngine(const CacheDatabase& cache, PgConnectionSettings region, QString login, const Clock& clock,
               Options options, QObject* parent = nullptr);
    ~SyncEngine() override;

    /// Opens this thread's connections and starts syncing. Runs on the engine's thread.
    Q_INVOKABLE void start();
    /// Closes every connection; the engine does nothing more until start(). Runs on the engine's thread.
    Q_INVOKABLE void stop();
    /// The outbox changed: push soon.
    Q_INVOKABLE void requestSync();

    /// Opens the engine's own cache connection on the calling thread (start() does this first).
    Status openCache();
    /// One full round (push everything, then pull until caught up) done synchronously, after openCache();
    /// start() runs rounds from timers and notifications instead. For tests and tools.
    Status syncNow();
    /// Pulls without pushing first (a refresh that leaves the outbox alone).
    Status pullNow();
    /// The last pull ended while committed rows waited at the horizon behind an older transaction still open
    /// in the cluster: they come with a later pull (start() schedules one soon).
    [[nodiscard]] bool rowsHeldBack() const { return m_heldBack; }

Q_SIGNALS:
    void statusChanged(const vk::SyncStatus& status);
    /// Contacts whose inbox rows changed or disappeared in the cache.
    void contactsChanged(const QStringList& changed, const QStringList& removed);
    void referenceDataChanged();
    /// Patients whose rows, contacts, named contacts or SIP plans changed in the cache.
    void patientsChanged(const QStringList& patientIds);
    /// A mutation was refused by the region store; the local change was rolled back.
    void conflictRecorded(const QString& contactId, const QString& message);
    /// The whole cache was rebuilt (the region store was restored from a backup).
    void cacheReset();
    /// A round (push, then pull to the horizon) completed without error.
    void roundCompleted();
    /// A round reached `step` (direct connections only: the engine is in the middle of its work).
    void stepReached(vk::SyncEngine::Step step);

private:
    Status connectRegion();
    /// After a reconnect: was the store restored (new epoch, or transaction ids behind this desk's cursor)?
    Status checkStoreContinuity();
    void disconnectRegion();
    /// syncNow() or pullNow(): connect, push (when asked), pull.
    Status round(bool pushFirst);
    /// A round ended with `status`: a lost connection shows as offline at once.
    Status endRound(Status status);
    /// The injected fault for `where`, if the options' injector asks for one.
    Status faultAt(const char* where);
    Status push();
    Status pull();
    /// Writes rows of a pulled batch from `next` on in one transaction (to the end of the batch, or until
    /// applySliceMs passed while another writer waits), moves the cursor past them and leaves `next` at the
    /// first row not written.
    Status applySlice(const PgResult& batch, int& next, bool complete, const QString& horizon,
                      ChangeApplier& applier);
    Status pushOne(const Mutation& mutation);
    Status rollBack(const Mutation& mutation, const QJsonObject& result);
    Status rebase(const AppliedChanges& applied);
    /// After a refused plan edit: the later pending edits of the same plan, which were built on it, are
    /// refused with it instead of being sent.
    Status dropEditsBuiltOn(const Mutation& refused);
    /// A plan's participants, insatser and åtgärder as the store holds them, replacing the cache's.
    Status refetchPlanLists(const QString& planId, ChangeApplier& applier, AppliedChanges& applied);
    Status resetForNewEpoch(const QString& epoch);
    Status renewLeases();
    void runRound();
    void scheduleRound(int delayMs);
    void onSocketActivity();
    void fail(const Error& error);
    void publishStatus();
    [[nodiscard]] QString me();
    [[nodiscard]] QString state(const QString& key) const;
    Status setState(const QString& key, const QString& value);
    [[nodiscard]] static bool isTransient(const PgConnection& connection);
    /// The words a nurse reads when the region store refused one of her actions.
    [[nodiscard]] static QString conflictMessage(const QString& kind, const QJsonObject& result);

    const CacheDatabase& m_cache;
    PgConnectionSettings m_settings;
    QString m_login;
    const Clock& m_clock;
    Options m_options;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::optional<PgConnection> m_region;
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_roundTimer;
    QTimer m_periodicTimer;
    QTimer m_leaseTimer;
    DeskPresence m_presence;
    QString m_epoch;
    QString m_me;
    SyncStatus m_status;
    int m_backoffMs = 0;
    bool m_running = false;
    bool m_inRound = false;
    bool m_heldBack = false;
    bool m_pendingDropped = false; ///< push(): pending mutations were settled locally, the batch is stale
    int m_heldBackRetryMs = 0;
    bool m_storeChecked = false; ///< this connection has compared the store's epoch and horizon with ours
};

} // namespace vk
