#pragma once

#include "FixedClock.h"
#include "TestCache.h"
#include "item/InboxLoader.h"
#include "item/InboxModel.h"
#include "region/PgConnectionSettings.h"
#include "sync/DeskActions.h"
#include "sync/SyncEngine.h"

#include <memory>
#include <ostream>

/// QString as text in GoogleTest's failure messages (QStringList comparisons print every line readably).
inline void PrintTo(const QString& text, std::ostream* out) {
    *out << '"' << text.toStdString() << '"';
}

namespace vk::test {

/// One desk for sync tests: its own encrypted cache, sync engine (driven synchronously with syncNow()), desk
/// actions, and the inbox model a nurse would look at, all for one login against one region database.
class SyncDesk {
public:
    SyncDesk(const PgConnectionSettings& region, const QString& login, SyncEngine::Options options = {});

    /// Replaces the engine with one for other connection settings (the store moved to another cluster); the
    /// cache, its outbox and cursor stay.
    void reconnectTo(const PgConnectionSettings& region);
    /// The status the engine published last.
    [[nodiscard]] const SyncStatus& status() const { return m_status; }
    /// How often an engine of this desk rebuilt the cache for a new epoch (SyncEngine::cacheReset).
    [[nodiscard]] int cacheResets() const { return m_cacheResets; }

    Status sync();
    [[nodiscard]] DeskActions& actions();
    [[nodiscard]] InboxModel& inbox() { return m_inbox; }
    [[nodiscard]] TestCache& cache() { return m_cache; }
    [[nodiscard]] SyncEngine& engine() { return *m_engine; }
    [[nodiscard]] QString staffId() const;
    /// A contact's column as the desk's cache has it.
    [[nodiscard]] QString contactValue(const QString& contactId, const QString& column) const;
    [[nodiscard]] int pendingMutations() const;
    /// Messages of the conflicts the desk recorded, oldest first.
    [[nodiscard]] QStringList conflictMessages() const;
    /// Every contact the cache holds, one line each, sorted: id, status, holder, code, cancel reason,
    /// identity verified, patient, number of call attempts, number of messages. Compare with
    /// contactSnapshot(connection).
    [[nodiscard]] QStringList contactSnapshot() const;
    /// Mutation ids in the order the desk queued them.
    [[nodiscard]] QStringList mutationIds() const;

private:
    void createEngine(const PgConnectionSettings& region);

    SyncEngine::Options m_options;
    SyncStatus m_status;
    int m_cacheResets = 0;
    FixedClock m_clock;
    TestCache m_cache;
    QString m_login;
    std::unique_ptr<SyncEngine> m_engine;
    InboxModel m_inbox;
    InboxLoader m_loader;
    std::unique_ptr<DeskActions> m_actions;
};

/// The contacts a connection (a staff login: what its desk may see) reads in the store, in the form of
/// SyncDesk::contactSnapshot().
[[nodiscard]] QStringList contactSnapshot(PgConnection& connection);
/// SyncDesk::contactSnapshot() of any cache connection.
[[nodiscard]] QStringList contactSnapshot(const QSqlDatabase& cache);

} // namespace vk::test
