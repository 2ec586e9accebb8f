#pragma once

#include "FixedClock.h"
#include "TestCache.h"
#include "item/InboxLoader.h"
#include "item/InboxModel.h"
#include "region/PgConnectionSettings.h"
#include "sync/DeskActions.h"
#include "sync/SyncEngine.h"

#include <memory>

namespace vk::test {

/// One desk for sync tests: its own encrypted cache, sync engine (driven synchronously with syncNow()), desk
/// actions, and the inbox model a nurse would look at, all for one login against one region database.
class SyncDesk {
public:
    SyncDesk(const PgConnectionSettings& region, const QString& login);

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

private:
    FixedClock m_clock;
    TestCache m_cache;
    QString m_login;
    std::unique_ptr<SyncEngine> m_engine;
    InboxModel m_inbox;
    InboxLoader m_loader;
    std::unique_ptr<DeskActions> m_actions;
};

} // namespace vk::test
