// Issue 5: two desks against one real region store, through the sync engine and the encrypted caches.
#include "RegionTestDatabase.h"
#include "SyncDesk.h"

#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

using namespace vk;
using namespace vk::test;

namespace {

class SyncEngineTest : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_db->createUnit(QStringLiteral("A"));
        m_anna = m_db->addStaff(QStringLiteral("Anna Lind"), QStringLiteral("A"), QStringLiteral("nurse"));
        m_bo = m_db->addStaff(QStringLiteral("Bo Ek"), QStringLiteral("A"), QStringLiteral("nurse"));
        m_deskA = std::make_unique<SyncDesk>(m_db->settingsFor(m_anna), m_anna);
        m_deskB = std::make_unique<SyncDesk>(m_db->settingsFor(m_bo), m_bo);
    }

    QString serverValue(const QUuid& contact, const char* column) {
        Result<PgResult> result = m_db->admin().exec(
            QStringLiteral("SELECT %1::text FROM region.contacts WHERE id = $1").arg(QLatin1String(column)),
            {contact});
        return result.ok() && result->rows() == 1 ? result->text(0, 0) : QStringLiteral("<missing>");
    }

    /// Rounds until `done` holds (bounded). Other tests share the cluster, and a transaction open anywhere in
    /// it holds the pull horizon back (by design: rows are delivered only once nothing older can still
    /// commit), so a change can take a moment to become pullable. The bound is generous because the parallel
    /// suites include long transactions (the 20-desk claim race, feed batches) that the horizon waits for on
    /// a loaded 2-core machine; a real failure still fails, only later.
    template <typename Done>
    static bool syncUntil(SyncDesk& desk, Done done, bool pullOnly = false) {
        return QTest::qWaitFor(
            [&] {
                const Status round = pullOnly ? desk.engine().pullNow() : desk.sync();
                return round.ok() && done();
            },
            60000);
    }

    std::unique_ptr<RegionTestDatabase> m_db;
    QString m_anna, m_bo;
    std::unique_ptr<SyncDesk> m_deskA, m_deskB;
};

} // namespace

TEST_F(SyncEngineTest, SecondClaimIsRejectedVisiblyAndCompletionReachesTheOtherDesk) {
    const QString contact =
        uuidText(m_db->ingestCallback(QStringLiteral("A"), QStringLiteral("196408233234")));
    for (SyncDesk* desk : {m_deskA.get(), m_deskB.get()}) {
        ASSERT_TRUE(syncUntil(*desk, [&] {
            return desk->contactValue(contact, QStringLiteral("status")) == QLatin1String("new");
        }));
    }
    ASSERT_EQ(m_deskB->inbox().rowCount(), 1) << "B's inbox model shows the contact";

    // Both claim before either hears of the other's claim; A's reaches the store first.
    ASSERT_TRUE(m_deskA->actions().claim(contact).ok());
    ASSERT_TRUE(m_deskB->actions().claim(contact).ok());
    EXPECT_EQ(m_deskB->contactValue(contact, QStringLiteral("tentative")), QStringLiteral("1"));
    EXPECT_TRUE(syncUntil(*m_deskA, [&] {
        return m_deskA->contactValue(contact, QStringLiteral("tentative")) == QLatin1String("0");
    })) << "A's claim is settled by the pull";
    EXPECT_EQ(serverValue(QUuid::fromString(contact), "claimed_by"), uuidText(m_db->staffId(m_anna)));

    ASSERT_TRUE(syncUntil(*m_deskB, [&] {
        return m_deskB->contactValue(contact, QStringLiteral("tentative")) == QLatin1String("0");
    }));
    EXPECT_EQ(m_deskB->pendingMutations(), 0);
    const QStringList conflicts = m_deskB->conflictMessages();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_TRUE(conflicts.first().startsWith(QStringLiteral("Anna Lind ")))
        << conflicts.first().toStdString();
    EXPECT_EQ(m_deskB->contactValue(contact, QStringLiteral("claimed_by")), uuidText(m_db->staffId(m_anna)))
        << "B's optimistic claim is rolled back to the store's truth";
    EXPECT_EQ(m_deskB->contactValue(contact, QStringLiteral("tentative")), QStringLiteral("0"));
    const int row = m_deskB->inbox().rowOf(contact);
    ASSERT_GE(row, 0);
    EXPECT_EQ(m_deskB->inbox().rowAt(row).holderName, QStringLiteral("Anna Lind"));
    EXPECT_FALSE(m_deskB->inbox().rowAt(row).claimTentative);

    ASSERT_TRUE(
        m_deskA->actions().complete(contact, QStringLiteral("RAD"), QStringLiteral("Råd givet"), true).ok());
    ASSERT_TRUE(m_deskA->sync().ok());
    EXPECT_EQ(serverValue(QUuid::fromString(contact), "status"), QStringLiteral("completed"));
    ASSERT_TRUE(syncUntil(*m_deskB, [&] {
        return m_deskB->contactValue(contact, QStringLiteral("status")) == QLatin1String("completed");
    }));
    EXPECT_EQ(m_deskB->contactValue(contact, QStringLiteral("status")), QStringLiteral("completed"));
    EXPECT_EQ(m_deskB->contactValue(contact, QStringLiteral("code")), QStringLiteral("RAD"));
    EXPECT_EQ(m_deskB->inbox().rowAt(m_deskB->inbox().rowOf(contact)).status, ContactStatus::Completed);
}

TEST_F(SyncEngineTest, PendingLocalChangeSurvivesAnOlderServerRow) {
    const QString contact = uuidText(m_db->ingestCallback(QStringLiteral("A")));
    ASSERT_TRUE(syncUntil(*m_deskA, [&] {
        return m_deskA->contactValue(contact, QStringLiteral("status")) == QLatin1String("new");
    }));
    ASSERT_TRUE(m_deskA->actions().claim(contact).ok());
    // The server's row changes (an administrator corrects the subject) and reaches the change log while A's
    // claim is still only in A's outbox.
    ASSERT_TRUE(
        m_db->admin()
            .execScript(QStringLiteral("UPDATE region.contacts SET subject = 'Rättad' WHERE id = '%1'; "
                                       "SELECT region.log_change('contacts', c.id::text, c.unit_id, "
                                       "c.patient_id, 'upsert', to_jsonb(c)) FROM region.contacts c "
                                       "WHERE c.id = '%1';")
                            .arg(contact))
            .ok());
    // Pull before pushing: the server's newer subject arrives while A's claim is still pending.
    ASSERT_TRUE(syncUntil(
        *m_deskA,
        [&] { return m_deskA->contactValue(contact, QStringLiteral("subject")) == QStringLiteral("Rättad"); },
        true));
    EXPECT_EQ(m_deskA->contactValue(contact, QStringLiteral("claimed_by")), m_deskA->staffId())
        << "the pending claim is re-applied over the pulled row";
    EXPECT_EQ(m_deskA->contactValue(contact, QStringLiteral("tentative")), QStringLiteral("1"));
    EXPECT_EQ(m_deskA->pendingMutations(), 1);
    ASSERT_TRUE(syncUntil(*m_deskA, [&] {
        return m_deskA->contactValue(contact, QStringLiteral("tentative")) == QLatin1String("0");
    }));
    EXPECT_EQ(m_deskA->contactValue(contact, QStringLiteral("subject")), QStringLiteral("Rättad"));
    EXPECT_EQ(m_deskA->contactValue(contact, QStringLiteral("claimed_by")), m_deskA->staffId());
    EXPECT_EQ(m_deskA->pendingMutations(), 0);
}
