// Rows held back at the pull horizon: a transaction that started earlier is still open, so a contact that has
// committed since cannot be handed out yet (that is what keeps the feed gap-free). The desk must learn that
// rows wait, and a running engine must fetch them soon after the blocker ends, although nothing notifies it
// again then (the NOTIFY for the contact came, and was used, while the contact was still held back).
#include "RegionTestDatabase.h"
#include "SyncDesk.h"

#include "domain/SystemClock.h"
#include "sync/SyncController.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

using namespace vk;
using namespace vk::test;

namespace {

class SyncHeldBackTest : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_db->createUnit(QStringLiteral("A"));
        m_anna = m_db->addStaff(QStringLiteral("Anna Lind"), QStringLiteral("A"), QStringLiteral("nurse"));
        Result<PgConnection> blocker = PgConnection::open(m_db->adminSettings());
        ASSERT_TRUE(blocker.ok());
        m_blocker = std::make_unique<PgConnection>(std::move(blocker.value()));
    }

    /// An open transaction with a transaction id: it holds the horizon of the whole cluster.
    void block() {
        ASSERT_TRUE(m_blocker->execScript(QStringLiteral("BEGIN; SELECT pg_current_xact_id();")).ok());
    }
    void unblock() { ASSERT_TRUE(m_blocker->execScript(QStringLiteral("COMMIT")).ok()); }

    std::unique_ptr<RegionTestDatabase> m_db;
    std::unique_ptr<PgConnection> m_blocker;
    QString m_anna;
};

} // namespace

TEST_F(SyncHeldBackTest, APullSaysWhenCommittedRowsWaitBehindAnOpenTransaction) {
    SyncDesk desk(m_db->settingsFor(m_anna), m_anna);
    ASSERT_TRUE(desk.sync().ok());
    EXPECT_FALSE(desk.engine().rowsHeldBack());

    block();
    const QString contact = uuidText(m_db->ingestCallback(QStringLiteral("A")));
    ASSERT_TRUE(desk.engine().syncNow().ok());
    EXPECT_EQ(desk.contactValue(contact, QStringLiteral("status")), QStringLiteral("<missing>"));
    EXPECT_TRUE(desk.engine().rowsHeldBack());

    unblock();
    // The horizon is the cluster's: a transaction of a test running beside this one may hold it a moment
    // longer, so pull again until nothing waits (bounded) rather than trusting a single pull.
    const QDeadlineTimer patience(60000);
    do {
        ASSERT_TRUE(desk.engine().pullNow().ok());
        if (!desk.engine().rowsHeldBack()) {
            break;
        }
        QThread::msleep(50);
    } while (!patience.hasExpired());
    EXPECT_EQ(desk.contactValue(contact, QStringLiteral("status")), QStringLiteral("new"));
    EXPECT_FALSE(desk.engine().rowsHeldBack());
}

TEST_F(SyncHeldBackTest, ARunningEngineFetchesHeldBackRowsSoonWithoutAnotherNotification) {
    TestCache cache(m_anna);
    SystemClock clock;
    SyncController controller;
    QEventLoop loop;
    QStringList seen;
    QString awaited;
    QDateTime roundAfter; // quit when a round has completed after this time
    QObject::connect(&controller, &SyncController::contactsChanged, &loop,
                     [&](const QStringList& changed, const QStringList&) {
                         seen << changed;
                         if (!awaited.isEmpty() && seen.contains(awaited)) {
                             loop.quit();
                         }
                     });
    QObject::connect(&controller, &SyncController::statusChanged, &loop, [&](const SyncStatus& status) {
        if (status.lastSync.isValid() && (!roundAfter.isValid() || status.lastSync > roundAfter)) {
            loop.quit();
        }
    });
    QTimer bound;
    bound.setSingleShot(true);
    QObject::connect(&bound, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });

    SyncEngine::Options options;
    options.periodicPullMs =
        10 * 60 * 1000; // far beyond this test: only NOTIFY and the held-back retry count
    controller.start(cache.cache(), m_db->settingsFor(m_anna), m_anna, clock, options);
    bound.start(30000);
    ASSERT_EQ(loop.exec(), 0) << "the first sync did not finish";

    // The contact's NOTIFY wakes the engine while the blocker holds the horizon: that round gets nothing.
    block();
    roundAfter = QDateTime::currentDateTimeUtc();
    const QString contact = uuidText(m_db->ingestCallback(QStringLiteral("A")));
    bound.start(20000);
    ASSERT_EQ(loop.exec(), 0) << "no round after the notification";
    EXPECT_FALSE(seen.contains(contact)) << "held back while the blocker is open";

    // The blocker ends without any notification; the engine must look again by itself.
    roundAfter = QDateTime::currentDateTimeUtc().addYears(1); // rounds no longer end the wait
    awaited = contact;
    unblock();
    bound.start(20000);
    EXPECT_EQ(loop.exec(), 0) << "the held-back contact did not arrive";
    EXPECT_TRUE(seen.contains(contact));
    controller.stop();
}
