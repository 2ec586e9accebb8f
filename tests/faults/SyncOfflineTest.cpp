// Issue 5, acceptance 2: a desk keeps working while the region store is down. Two hundred actions queue up
// while every sync fails cleanly; when the store is back, each reaches it exactly once and in order, and both
// desks end with the store's state. The store is a private cluster of this test: stopping the shared test
// cluster would break the tests running next to it.
#include "PrivateCluster.h"
#include "RegionTestDatabase.h"
#include "SyncDesk.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <map>

using namespace vk;
using namespace vk::test;

namespace {

const QString Unit = QStringLiteral("A");
constexpr int ActionCount = 200;

/// What the store should hold for one contact once desk A's queue went through.
struct Expected {
    QString status = QStringLiteral("new");
    QString holder;
    QString code;
    QString cancelReason;
    int attempts = 0;
    int messages = 1; // an errand arrives with the patient's first message; callbacks override this with 0
};

class SyncOfflineTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_cluster = std::make_unique<PrivateCluster>(QStringLiteral("sync-offline"));
        const Status started = m_cluster->start();
        ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
        Result<std::unique_ptr<RegionTestDatabase>> created =
            RegionTestDatabase::create(m_cluster->adminSettings());
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_db->createUnit(Unit);
        m_anna = m_db->addStaff(QStringLiteral("Anna Lind"), Unit, QStringLiteral("nurse"));
        m_bo = m_db->addStaff(QStringLiteral("Bo Ek"), Unit, QStringLiteral("nurse"));
        m_deskA = std::make_unique<SyncDesk>(m_db->settingsFor(m_anna), m_anna);
        m_deskB = std::make_unique<SyncDesk>(m_db->settingsFor(m_bo), m_bo);
    }

    void TearDown() override {
        m_deskA.reset();
        m_deskB.reset();
        m_db.reset(); // drops its database while the cluster still runs
        m_cluster.reset();
    }

    std::unique_ptr<PrivateCluster> m_cluster;
    std::unique_ptr<RegionTestDatabase> m_db;
    QString m_anna, m_bo;
    std::unique_ptr<SyncDesk> m_deskA, m_deskB;
};

} // namespace

TEST_F(SyncOfflineTest, TwoHundredOfflineActionsReachTheStoreOnceInOrderAndBothDesksConverge) {
    // 40 callbacks and 20 errands, every one with a patient (access-log entries name the patient).
    std::vector<QString> callbacks, errands;
    std::map<QString, QString> patientOf;
    std::map<QString, Expected> expected;
    for (int i = 0; i < 60; ++i) {
        const QString pnr = testPersonnummer(i);
        const QString id =
            uuidText(i < 40 ? m_db->ingestCallback(Unit, pnr) : m_db->ingestEservice(Unit, pnr));
        ASSERT_FALSE(id.isEmpty());
        (i < 40 ? callbacks : errands).push_back(id);
        expected[id].messages = i < 40 ? 0 : 1;
    }
    ASSERT_TRUE(m_deskA->sync().ok());
    ASSERT_TRUE(m_deskB->sync().ok());
    {
        QSqlQuery query(m_deskA->cache().db());
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT id, patient_id FROM contacts")));
        while (query.next()) {
            patientOf[query.value(0).toString()] = query.value(1).toString();
        }
    }
    ASSERT_EQ(patientOf.size(), 60U);
    const QString unitId = m_deskA->cache().scalar(QStringLiteral("SELECT id FROM units")).toString();
    const QString annaId = m_deskA->staffId();
    const QString boId = m_deskB->staffId();

    // Bo takes one callback while the store is up; Anna's desk has not heard of it when the store goes down.
    const QString taken = callbacks.front();
    ASSERT_TRUE(m_deskB->actions().claim(taken).ok());
    ASSERT_TRUE(m_deskB->sync().ok());
    expected[taken].status = QStringLiteral("claimed");
    expected[taken].holder = boId;

    const Status stopped = m_cluster->stop();
    ASSERT_TRUE(stopped.ok()) << stopped.error().message.toStdString();
    const Status down = m_deskA->sync();
    ASSERT_FALSE(down.ok());
    EXPECT_FALSE(m_deskA->status().online) << "a lost connection shows as offline at once";
    EXPECT_FALSE(m_deskA->status().lastError.isEmpty());

    // The actions: each contact gets a little story; Anna's claim of Bo's callback and her attempt on it will
    // be refused. Every 25 actions she tries to sync: it fails, and nothing queued is lost.
    int performed = 0;
    int accessLogs = 0;
    DeskActions& actions = m_deskA->actions();
    auto act = [&](const Status& status) {
        ASSERT_TRUE(status.ok()) << status.error().code.toStdString();
        ++performed;
        if (performed % 25 == 0) {
            const Status offline = m_deskA->sync();
            ASSERT_FALSE(offline.ok());
            EXPECT_TRUE(offline.error().code.startsWith(QLatin1String("region.")))
                << offline.error().code.toStdString();
            EXPECT_FALSE(m_deskA->status().online);
            EXPECT_EQ(m_deskA->pendingMutations(), performed);
            EXPECT_EQ(m_deskA->status().pendingChanges, performed);
        }
    };
    auto logAccess = [&](const QString& contact) {
        act(actions.logAccess(patientOf[contact], contact, unitId, QStringLiteral("read_offline")));
        ++accessLogs;
    };
    act(actions.claim(taken));
    act(actions.logAttempt(taken, QStringLiteral("no_answer")));

    for (std::size_t i = 1; i < callbacks.size() && performed < ActionCount; ++i) {
        const QString& id = callbacks[i];
        Expected& e = expected[id];
        switch (i % 4) {
        case 0:
            act(actions.claim(id));
            act(actions.logAttempt(id, QStringLiteral("no_answer")));
            act(actions.logAttempt(id, QStringLiteral("answered"), QStringLiteral("Ringde upp")));
            act(actions.complete(id, QStringLiteral("RAD"), QStringLiteral("Råd givet"), true));
            e = {QStringLiteral("completed"), QString(), QStringLiteral("RAD"), QString(), 2, 0};
            break;
        case 1:
            act(actions.claim(id));
            act(actions.logAttempt(id, QStringLiteral("busy")));
            logAccess(id);
            act(actions.release(id));
            e = {QStringLiteral("new"), QString(), QString(), QString(), 1, 0};
            break;
        case 2:
            act(actions.claim(id));
            act(actions.cancel(id, QStringLiteral("duplicate")));
            e = {QStringLiteral("cancelled"), QString(), QString(), QStringLiteral("duplicate"), 0, 0};
            break;
        default:
            logAccess(id);
            act(actions.claim(id));
            act(actions.logAttempt(id, QStringLiteral("answered")));
            e = {QStringLiteral("claimed"), annaId, QString(), QString(), 1, 0};
            break;
        }
    }
    for (std::size_t i = 0; i < errands.size() && performed + 4 <= ActionCount; ++i) {
        const QString& id = errands[i];
        Expected& e = expected[id];
        act(actions.claim(id));
        act(actions.reply(id, QStringLiteral("Välkommen in i morgon kl 9.")));
        logAccess(id);
        act(actions.complete(id, QStringLiteral("RAD"), QString(), false));
        e = {QStringLiteral("completed"), QString(), QStringLiteral("RAD"), QString(), 0, 2};
    }
    // Top up to exactly 200 with reads of the errands' patients.
    for (std::size_t i = 0; performed < ActionCount; ++i) {
        logAccess(errands[i % errands.size()]);
    }
    ASSERT_FALSE(HasFatalFailure());
    ASSERT_EQ(performed, ActionCount);
    ASSERT_EQ(m_deskA->pendingMutations(), ActionCount);
    const QStringList queued = m_deskA->mutationIds();
    ASSERT_EQ(queued.size(), ActionCount);

    const Status restarted = m_cluster->start();
    ASSERT_TRUE(restarted.ok()) << restarted.error().message.toStdString();
    ASSERT_TRUE(m_db->reopenAdmin().ok()) << "the kept admin connection died with the server";
    const Status syncedA = m_deskA->sync();
    ASSERT_TRUE(syncedA.ok()) << syncedA.error().message.toStdString();
    EXPECT_TRUE(m_deskA->status().online);
    const Status syncedB = m_deskB->sync();
    ASSERT_TRUE(syncedB.ok()) << syncedB.error().message.toStdString();
    EXPECT_EQ(m_deskA->pendingMutations(), 0);

    // Exactly once and in order: one stored result per queued mutation, in the order of their transactions.
    PgConnection& admin = m_db->admin();
    Result<PgResult> applied =
        admin.exec(QStringLiteral("SELECT mutation_id::text, result ->> 'status', "
                                  "result ->> 'reason_code' FROM region.applied_mutations "
                                  "WHERE staff_id = $1 ORDER BY xmin::text::bigint"),
                   {annaId});
    ASSERT_TRUE(applied.ok());
    ASSERT_EQ(applied->rows(), ActionCount);
    QStringList order;
    int rejected = 0;
    for (int row = 0; row < applied->rows(); ++row) {
        order << applied->text(row, 0);
        if (applied->text(row, 1) != QLatin1String("applied")) {
            ++rejected;
            EXPECT_EQ(applied->text(row, 2), QStringLiteral("claimed_by_other"));
        }
    }
    EXPECT_EQ(order, queued);
    EXPECT_EQ(rejected, 2) << "the claim of Bo's callback and the attempt on it";
    EXPECT_EQ(m_deskA->conflictMessages().size(), 2);

    // Each effect once, per contact.
    Result<PgConnection> annaConnection = m_db->connectAs(m_anna);
    ASSERT_TRUE(annaConnection.ok());
    const QStringList server = contactSnapshot(annaConnection.value());
    ASSERT_EQ(server.size(), 60);
    for (const QString& line : server) {
        const QStringList f = line.split(QLatin1Char('|'));
        const Expected& e = expected.at(f[0]);
        EXPECT_EQ(f[1], e.status) << line.toStdString();
        EXPECT_EQ(f[2], e.holder) << line.toStdString();
        EXPECT_EQ(f[3], e.code) << line.toStdString();
        EXPECT_EQ(f[4], e.cancelReason) << line.toStdString();
        EXPECT_EQ(f[7].toInt(), e.attempts) << line.toStdString();
        EXPECT_EQ(f[8].toInt(), e.messages) << line.toStdString();
    }
    EXPECT_EQ(
        scalar(admin, QStringLiteral("SELECT count(*) FROM region.access_log WHERE action = 'read_offline'")),
        accessLogs);

    // Both caches hold what the store holds, settled.
    EXPECT_EQ(m_deskA->contactSnapshot(), server);
    Result<PgConnection> boConnection = m_db->connectAs(m_bo);
    ASSERT_TRUE(boConnection.ok());
    EXPECT_EQ(m_deskB->contactSnapshot(), contactSnapshot(boConnection.value()));
    EXPECT_EQ(m_deskB->contactSnapshot(), server);
    EXPECT_EQ(
        m_deskA->cache().scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE tentative <> 0")).toInt(),
        0);
}
