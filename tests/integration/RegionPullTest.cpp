// Issue 4, acceptance (4): the change feed is gap-free. A transaction that stays open delays the rows
// committed after it, but nothing is ever skipped, nothing comes twice, and the order is (txid, seq).
#include "RegionTestDatabase.h"

#include <QDeadlineTimer>

#include <gtest/gtest.h>

using namespace vk;
using namespace vk::test;

namespace {

struct Change {
    QString txid;
    qint64 seq = 0;
    QString entity;
    QString entityId;
};

// A desk's pull loop, reduced to the cursor rule documented on region.pull_changes.
class Puller {
public:
    Puller(PgConnection& connection, QString epoch)
        : m_connection(connection)
        , m_epoch(std::move(epoch)) {}

    // One pull; returns false on error or epoch change.
    bool pull(QList<Change>& into, int maxRows = 1000) {
        Result<PgResult> result =
            m_connection.exec(QStringLiteral("SELECT server_epoch, horizon, txid, seq, entity, entity_id "
                                             "FROM region.pull_changes($1::uuid, $2::xid8, $3, $4)"),
                              {m_epoch, m_txid, m_seq, maxRows});
        if (!result || result->rows() == 0) {
            return false;
        }
        if (result->text(0, 0) != m_epoch) {
            m_epochChanged = true;
            return false;
        }
        int rows = 0;
        for (int row = 0; row < result->rows(); ++row) {
            if (result->isNull(row, 4)) {
                continue; // the "nothing new" marker
            }
            ++rows;
            into.append(
                {result->text(row, 2), result->integer(row, 3), result->text(row, 4), result->text(row, 5)});
            m_txid = result->text(row, 2);
            m_seq = result->integer(row, 3);
        }
        if (rows < maxRows) {
            // Everything below the horizon has been seen.
            const QString horizon = result->text(0, 1);
            if (horizon.toULongLong() > m_txid.toULongLong()) {
                m_txid = horizon;
                m_seq = 0;
            }
        }
        return true;
    }
    [[nodiscard]] bool epochChanged() const { return m_epochChanged; }

private:
    PgConnection& m_connection;
    QString m_epoch;
    QString m_txid = QStringLiteral("0");
    qint64 m_seq = 0;
    bool m_epochChanged = false;
};

class RegionPull : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_unit = m_db->createUnit(QStringLiteral("A"));
        m_db->createUnit(QStringLiteral("B"));
        m_login = m_db->addStaff(QStringLiteral("Anna Lind"), QStringLiteral("A"), QStringLiteral("nurse"));
        Result<PgResult> epoch = m_db->admin().exec(QStringLiteral("SELECT region.current_epoch()"));
        ASSERT_TRUE(epoch.ok());
        m_epoch = epoch->text(0, 0);
    }

    PgConnection connect() {
        Result<PgConnection> connection = m_db->connectAs(m_login);
        EXPECT_TRUE(connection.ok());
        return std::move(connection.value());
    }

    std::unique_ptr<RegionTestDatabase> m_db;
    QUuid m_unit;
    QString m_login;
    QString m_epoch;
};

QStringList idsOf(const QList<Change>& changes, const char* entity) {
    QStringList ids;
    for (const Change& change : changes) {
        if (change.entity == QLatin1String(entity)) {
            ids.append(change.entityId);
        }
    }
    return ids;
}

bool ordered(const QList<Change>& changes) {
    for (qsizetype i = 1; i < changes.size(); ++i) {
        const quint64 a = changes.at(i - 1).txid.toULongLong();
        const quint64 b = changes.at(i).txid.toULongLong();
        if (a > b || (a == b && changes.at(i - 1).seq >= changes.at(i).seq)) {
            return false;
        }
    }
    return true;
}

} // namespace

TEST_F(RegionPull, OpenTransactionDelaysButNeverLoses) {
    const QUuid first = m_db->ingestCallback(QStringLiteral("A"));
    const QUuid second = m_db->ingestCallback(QStringLiteral("A"));
    PgConnection t1 = connect();
    PgConnection t2 = connect();
    PgConnection reader = connect();
    Puller puller(reader, m_epoch);
    QList<Change> seen;

    // Catch up with the setup rows first, so the rest of the test watches only T1 and T2.
    const QDeadlineTimer caughtUp(20000);
    while (idsOf(seen, "contacts").size() < 2 && !caughtUp.hasExpired()) {
        ASSERT_TRUE(puller.pull(seen));
    }
    ASSERT_EQ(idsOf(seen, "contacts"), (QStringList{uuidText(first), uuidText(second)}));
    seen.clear();

    // T1 writes first (it takes the older xid) and stays open; T2 writes later and commits.
    ASSERT_TRUE(t1.execScript(QStringLiteral("BEGIN")).ok());
    ASSERT_EQ(applyMutation(t1, QStringLiteral("claim"), {{QStringLiteral("contact_id"), uuidText(first)}})
                  .value(QLatin1String("status")),
              QStringLiteral("applied"));
    ASSERT_EQ(applyMutation(t2, QStringLiteral("claim"), {{QStringLiteral("contact_id"), uuidText(second)}})
                  .value(QLatin1String("status")),
              QStringLiteral("applied"));

    // T2's row is committed but lies above T1's xid: the feed must hold it back while T1 is open.
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(puller.pull(seen));
    }
    EXPECT_TRUE(idsOf(seen, "contacts").isEmpty()) << "a row past an open transaction was handed out";

    ASSERT_TRUE(t1.execScript(QStringLiteral("COMMIT")).ok());
    // Other test processes share the cluster and may hold the horizon back for a moment: wait, bounded.
    const QDeadlineTimer deadline(20000);
    while (idsOf(seen, "contacts").size() < 2 && !deadline.hasExpired()) {
        ASSERT_TRUE(puller.pull(seen, 1));
    }
    EXPECT_EQ(idsOf(seen, "contacts"), (QStringList{uuidText(first), uuidText(second)}))
        << "each change exactly once, T1's (older txid) first";
    EXPECT_TRUE(ordered(seen));
    // Nothing more arrives later.
    QList<Change> later;
    ASSERT_TRUE(puller.pull(later));
    EXPECT_TRUE(idsOf(later, "contacts").isEmpty());
}

TEST_F(RegionPull, ManyWritersNothingLostNothingTwice) {
    constexpr int kContacts = 60;
    QStringList expected;
    for (int i = 0; i < kContacts; ++i) {
        expected.append(uuidText(m_db->ingestCallback(QStringLiteral("A"))));
    }
    // Unit B's rows are not for this nurse.
    const QUuid foreign = m_db->ingestCallback(QStringLiteral("B"));
    PgConnection reader = connect();
    Puller puller(reader, m_epoch);
    QList<Change> seen;
    const QDeadlineTimer deadline(20000);
    while (idsOf(seen, "contacts").size() < kContacts && !deadline.hasExpired()) {
        ASSERT_TRUE(puller.pull(seen, 7)); // small pages exercise the cursor
    }
    EXPECT_EQ(idsOf(seen, "contacts"), expected);
    EXPECT_FALSE(idsOf(seen, "contacts").contains(uuidText(foreign)));
    EXPECT_TRUE(ordered(seen));
    EXPECT_EQ(idsOf(seen, "callback_requests").size(), kContacts);
    EXPECT_FALSE(idsOf(seen, "units").isEmpty()) << "the unit directory travels to every desk";
}

TEST_F(RegionPull, NewEpochIsReportedAndTheLogIsRebuilt) {
    const QUuid contact = m_db->ingestCallback(QStringLiteral("A"), QStringLiteral("196408233234"));
    PgConnection reader = connect();
    Puller puller(reader, m_epoch);
    QList<Change> seen;
    ASSERT_TRUE(puller.pull(seen));

    Result<PgResult> bumped = m_db->admin().exec(QStringLiteral("SELECT region.bump_epoch()"));
    ASSERT_TRUE(bumped.ok());
    const QString newEpoch = bumped->text(0, 0);
    EXPECT_NE(newEpoch, m_epoch);
    QList<Change> none;
    EXPECT_FALSE(puller.pull(none));
    EXPECT_TRUE(puller.epochChanged());
    EXPECT_TRUE(none.isEmpty());

    // Under the new epoch a full pull from zero brings the current rows, once each.
    Puller fresh(reader, newEpoch);
    QList<Change> all;
    const QDeadlineTimer deadline(20000);
    while (idsOf(all, "contacts").isEmpty() && !deadline.hasExpired()) {
        ASSERT_TRUE(fresh.pull(all));
    }
    EXPECT_EQ(idsOf(all, "contacts"), QStringList{uuidText(contact)});
    EXPECT_EQ(idsOf(all, "patients").size(), 1);
    EXPECT_EQ(idsOf(all, "codes").size(), 21);
}

TEST_F(RegionPull, PullTakesNoTransactionId) {
    PgConnection reader = connect();
    ASSERT_TRUE(reader.execScript(QStringLiteral("BEGIN")).ok());
    Result<PgResult> pulled = reader.exec(
        QStringLiteral("SELECT count(*) FROM region.pull_changes($1::uuid, '0', 0, 100)"), {m_epoch});
    ASSERT_TRUE(pulled.ok());
    Result<PgResult> xid = reader.exec(QStringLiteral("SELECT pg_current_xact_id_if_assigned() IS NULL"));
    ASSERT_TRUE(xid.ok());
    EXPECT_TRUE(xid->boolean(0, 0)) << "pulling assigned a transaction id";
    ASSERT_TRUE(reader.execScript(QStringLiteral("COMMIT")).ok());
}
