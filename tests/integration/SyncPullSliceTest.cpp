// A nurse's action while the sync engine writes a long pulled batch: it goes between two slices of the batch
// instead of waiting for the whole of it (vardinkorg-storm with 50 desks on two cores: a pull held the
// cache's write lock for 5-30 s and actions failed as "the local cache is busy" after the 5 s busy timeout).
#include "RegionTestDatabase.h"
#include "SyncDesk.h"

#include "domain/SystemClock.h"
#include "sync/WaitingWriters.h"

#include <QTest>

#include <gtest/gtest.h>

#include <atomic>
#include <optional>
#include <thread>

using namespace vk;
using namespace vk::test;

TEST(SyncPullSliceTest, NursesActionGoesBetweenTwoSlicesOfAPulledBatch) {
    Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    RegionTestDatabase& db = *created.value();
    db.createUnit(QStringLiteral("A"));
    const QString anna =
        db.addStaff(QStringLiteral("Anna Lind"), QStringLiteral("A"), QStringLiteral("nurse"));

    // What the engine's hooks see: set on this thread (the engine's), read here after the pull.
    bool armed = false;
    int round = 0;
    int nurseRound = -1;       // the pull round whose first slice let the nurse start
    int slicesAfterAction = 0; // later slices of that round's batch, written after her action committed
    bool nurseWaited = false;  // she was waiting for the cache while the first slice held it
    std::atomic<bool> acted{false};
    Status action = Done{};
    std::thread nurse;
    std::optional<WaitingWriters::Waiting> opener; // see below
    QString cacheFile;
    QString contact;
    QString me;
    CacheDatabase* cache = nullptr;

    SyncEngine::Options options;
    options.applySliceMs = 0; // cut after every row while a writer waits
    options.observeBatch = [&](const QStringList& rowKeys) {
        if (!armed || rowKeys.isEmpty()) {
            return;
        }
        if (nurseRound < 0) {
            opener.reset();
            nurseRound = round;
            // The nurse claims on her own connection (the GUI thread's, in the app) while this slice holds
            // the write lock; it commits once she is waiting for it.
            nurse = std::thread([&] {
                Result<QString> name = cache->openConnection(QStringLiteral("nurse"));
                if (!name) {
                    action = name.error();
                    return;
                }
                {
                    const SystemClock clock;
                    DeskActions desk(QSqlDatabase::database(name.value()), clock, me);
                    action = desk.claim(contact);
                }
                acted = true;
                QSqlDatabase::removeDatabase(name.value());
            });
            nurseWaited = WaitingWriters::waitForWaiting(cacheFile, 60000);
        } else if (round == nurseRound && acted) {
            ++slicesAfterAction;
        }
    };
    SyncDesk desk(db.settingsFor(anna), anna, options);
    cache = &desk.cache().cache();
    cacheFile = desk.cache().db().databaseName();

    contact = uuidText(db.ingestCallback(QStringLiteral("A"), QStringLiteral("196408233234")));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return desk.sync().ok() &&
                   desk.contactValue(contact, QStringLiteral("status")) == QLatin1String("new");
        },
        60000));
    me = desk.staffId();
    ASSERT_FALSE(me.isEmpty());

    // A backlog of several dozen change-log rows for the next pull, in one transaction: the pull horizon
    // (shared with the tests running beside this one) lets all of them through together or none.
    QStringList backlog;
    ASSERT_TRUE(db.admin().execScript(QStringLiteral("BEGIN")).ok());
    for (int i = 0; i < 20; ++i) {
        backlog << uuidText(db.ingestCallback(QStringLiteral("A"), testPersonnummer(i + 1)));
    }
    ASSERT_TRUE(db.admin().execScript(QStringLiteral("COMMIT")).ok());
    // The batch (one, as the backlog is one transaction) must reach the hook while rows of it are still to
    // be written: the test counts itself as a waiting writer until the first slice, so that slice is cut
    // after its first row (the engine lets it through first for at most a second, as it would a nurse).
    armed = true;
    opener.emplace(cacheFile);
    const bool pulled = QTest::qWaitFor(
        [&] {
            ++round;
            return desk.engine().pullNow().ok() &&
                   std::all_of(backlog.cbegin(), backlog.cend(), [&](const QString& id) {
                       return desk.contactValue(id, QStringLiteral("status")) == QLatin1String("new");
                   });
        },
        60000);
    if (nurse.joinable()) {
        nurse.join();
    }
    ASSERT_TRUE(pulled);
    ASSERT_GE(nurseRound, 0) << "no slice of the backlog was written";
    EXPECT_TRUE(nurseWaited) << "the nurse never waited for the cache";
    EXPECT_TRUE(action.ok()) << action.error().code.toStdString();
    EXPECT_GT(slicesAfterAction, 0) << "the nurse's action waited for the whole pulled batch";
    EXPECT_EQ(desk.contactValue(contact, QStringLiteral("claimed_by")), me);
    EXPECT_EQ(desk.pendingMutations(), 1) << "her claim is queued once";
}
