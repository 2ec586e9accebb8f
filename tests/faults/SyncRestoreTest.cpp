// Issue 5, acceptance 5: the region store restored from a backup that lacks the desk's latest work. The desk
// re-sends what the restored store lacks and ends with the store's state: after the documented restore step
// (vardinkorg-admin bump-epoch), after a restore into a fresh cluster without that step, and when the store's
// transaction ids went back below the desk's cursor.
#include "PrivateCluster.h"
#include "RegionTestDatabase.h"
#include "SyncDesk.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vk;
using namespace vk::test;

namespace {

const QString Unit = QStringLiteral("A");

QString pgBin(const char* program) {
    return QStringLiteral(VK_PG_BIN "/") + QLatin1String(program);
}

/// libpq's view of an admin connection, for pg_dump / pg_restore.
QStringList pgArguments(const PgConnectionSettings& admin) {
    return {QStringLiteral("-h"), admin.host,           QStringLiteral("-p"),
            admin.port,           QStringLiteral("-U"), admin.user};
}

QHash<QString, QString> pgEnvironment(const PgConnectionSettings& admin) {
    return {{QStringLiteral("PGPASSWORD"), admin.password}};
}

class SyncRestoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_db->createUnit(Unit);
        m_anna = m_db->addStaff(QStringLiteral("Anna Lind"), Unit, QStringLiteral("nurse"));
        for (int i = 0; i < 10; ++i) {
            const QUuid id = i < 7 ? m_db->ingestCallback(Unit, testPersonnummer(i))
                                   : m_db->ingestEservice(Unit, testPersonnummer(i));
            ASSERT_FALSE(id.isNull());
            m_contacts << uuidText(id);
        }
        m_desk = std::make_unique<SyncDesk>(m_db->settingsFor(m_anna), m_anna);
        ASSERT_TRUE(m_desk->sync().ok());
        // Work that the backup will hold.
        DeskActions& a = m_desk->actions();
        for (const Status& done :
             {a.claim(m_contacts[0]), a.logAttempt(m_contacts[0], QStringLiteral("answered")),
              a.complete(m_contacts[0], QStringLiteral("RAD"), QString(), true), a.claim(m_contacts[1])}) {
            ASSERT_TRUE(done.ok()) << done.error().code.toStdString();
        }
        ASSERT_TRUE(m_desk->sync().ok());
    }

    /// pg_dump -Fc of the test database.
    void dump() {
        const Status dumped = runProgram(
            pgBin("pg_dump"),
            pgArguments(m_db->adminSettings()) +
                QStringList{QStringLiteral("-Fc"), QStringLiteral("-f"), dumpFile(), m_db->databaseName()},
            pgEnvironment(m_db->adminSettings()));
        ASSERT_TRUE(dumped.ok()) << dumped.error().message.toStdString();
    }

    /// Work after the backup: lost by the restore, still in the desk's outbox as acknowledged. A contact that
    /// arrives after the backup is lost too and must leave the desk's cache.
    void workAfterTheBackup() {
        m_lostContact = uuidText(m_db->ingestCallback(Unit, testPersonnummer(50)));
        DeskActions& a = m_desk->actions();
        for (const Status& done :
             {a.logAttempt(m_contacts[1], QStringLiteral("no_answer")), a.claim(m_contacts[2]),
              a.logAttempt(m_contacts[2], QStringLiteral("answered")),
              a.complete(m_contacts[2], QStringLiteral("RAD"), QStringLiteral("Klart"), false),
              a.claim(m_contacts[3]), a.cancel(m_contacts[3], QStringLiteral("duplicate")),
              a.claim(m_contacts[8]), a.reply(m_contacts[8], QStringLiteral("Svar efter backupen"))}) {
            ASSERT_TRUE(done.ok()) << done.error().code.toStdString();
        }
        ASSERT_TRUE(m_desk->sync().ok());
        ASSERT_EQ(m_desk->contactValue(m_lostContact, QStringLiteral("status")), QStringLiteral("new"));
        m_before = contactSnapshotAsAnna(m_db->settingsFor(m_anna));
        m_before.removeIf([this](const QString& line) { return line.startsWith(m_lostContact); });
        ASSERT_EQ(m_before.size(), 10);
    }

    /// Drops the database and restores the dump under the same name, in the cluster of `server`.
    void restoreInto(const PgConnectionSettings& server) {
        Result<PgConnection> maintenance = PgConnection::open(server);
        ASSERT_TRUE(maintenance.ok()) << maintenance.error().message.toStdString();
        const QString name = maintenance->quoteIdentifier(m_db->databaseName());
        ASSERT_TRUE(
            maintenance->execScript(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name))
                .ok());
        ASSERT_TRUE(maintenance->execScript(QStringLiteral("CREATE DATABASE %1").arg(name)).ok());
        const Status restored = runProgram(
            pgBin("pg_restore"),
            pgArguments(server) + QStringList{QStringLiteral("--exit-on-error"), QStringLiteral("-d"),
                                              m_db->databaseName(), dumpFile()},
            pgEnvironment(server));
        ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    }

    /// The desk ends where the store is, with every mutation once: the work after the backup is back.
    void expectConverged(const PgConnectionSettings& anna, PgConnection& admin) {
        EXPECT_EQ(m_desk->pendingMutations(), 0);
        const QStringList server = contactSnapshotAsAnna(anna);
        EXPECT_EQ(server, m_before) << "the store holds the work done after the backup again";
        EXPECT_EQ(m_desk->contactSnapshot(), server);
        EXPECT_EQ(m_desk->contactValue(m_lostContact, QStringLiteral("status")), QStringLiteral("<missing>"));
        EXPECT_EQ(scalar(admin, QStringLiteral("SELECT count(*) FROM region.applied_mutations")),
                  m_desk->mutationIds().size());
        EXPECT_EQ(m_desk->cache()
                      .scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE tentative <> 0"))
                      .toInt(),
                  0);
    }

    static QStringList contactSnapshotAsAnna(const PgConnectionSettings& settings) {
        Result<PgConnection> connection = PgConnection::open(settings);
        return connection.ok() ? contactSnapshot(connection.value())
                               : QStringList{QStringLiteral("<no connection>")};
    }

    QString dumpFile() const { return m_dir.filePath(QStringLiteral("region.dump")); }

    QTemporaryDir m_dir;
    std::unique_ptr<RegionTestDatabase> m_db;
    QString m_anna;
    QStringList m_contacts;
    QString m_lostContact;
    QStringList m_before;
    std::unique_ptr<SyncDesk> m_desk;
};

} // namespace

TEST_F(SyncRestoreTest, AfterRestoreAndBumpEpochTheDeskResendsWhatTheStoreLacks) {
    dump();
    workAfterTheBackup();
    const QString oldEpoch =
        m_desk->cache().scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'epoch'")).toString();

    // The desk is away (no connection) while the administrator restores and runs the documented last step.
    m_desk->reconnectTo(m_db->settingsFor(m_anna));
    m_db->closeAdmin();
    restoreInto(m_db->serverSettings());
    ASSERT_TRUE(m_db->reopenAdmin().ok());
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.applied_mutations")), 4)
        << "the backup holds the first four mutations only";
    const PgConnectionSettings admin = m_db->adminSettings();
    const Status bumped = runProgram(QStringLiteral(VK_ADMIN_TOOL), {QStringLiteral("bump-epoch")},
                                     {{QStringLiteral("VK_REGION_HOST"), admin.host},
                                      {QStringLiteral("VK_REGION_PORT"), admin.port},
                                      {QStringLiteral("VK_REGION_DB"), admin.database},
                                      {QStringLiteral("VK_REGION_ADMIN_USER"), admin.user},
                                      {QStringLiteral("VK_REGION_ADMIN_PASSWORD"), admin.password}});
    ASSERT_TRUE(bumped.ok()) << bumped.error().message.toStdString();

    const Status synced = m_desk->sync();
    ASSERT_TRUE(synced.ok()) << synced.error().message.toStdString();
    EXPECT_EQ(m_desk->cacheResets(), 1);
    EXPECT_NE(
        m_desk->cache().scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'epoch'")).toString(),
        oldEpoch);
    expectConverged(m_db->settingsFor(m_anna), m_db->admin());
}

// Restored into a new cluster and nobody ran bump-epoch. The change-log rows of the dump carry the old
// cluster's transaction ids, far ahead of the new cluster's counter: the desk's cursor is above the new
// horizon (so the engine's horizon rule notices), but a plain re-pull from zero could not converge, because
// pull_changes hides every row at or above the horizon and the restored rows are all there. What makes it
// converge is the store's own check, region.adopt_restore(), which the desk calls when it connects: the
// cluster identity and the future txids show the restore, and it starts a new epoch as bump-epoch would.
TEST_F(SyncRestoreTest, AfterRestoreIntoAFreshClusterWithoutBumpTheDeskStillConverges) {
    PrivateCluster cluster(QStringLiteral("sync-restore"));
    const Status started = cluster.start();
    ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
    const PgConnectionSettings server = cluster.adminSettings();

    // The new cluster's xid counter must lie below what the desk will have seen; the shared test cluster is
    // normally far ahead, and is pushed ahead here when it is not.
    Result<PgConnection> fresh = PgConnection::open(server);
    ASSERT_TRUE(fresh.ok());
    const qint64 freshXid =
        scalar(fresh.value(), QStringLiteral("SELECT pg_current_xact_id()::text::bigint"));
    const qint64 sourceXid =
        scalar(m_db->admin(), QStringLiteral("SELECT pg_current_xact_id()::text::bigint"));
    ASSERT_GT(freshXid, 0);
    if (sourceXid < freshXid + 20000) {
        ASSERT_TRUE(
            m_db->admin()
                .execScript(QStringLiteral("DO $$ BEGIN FOR i IN 1..%1 LOOP PERFORM pg_current_xact_id(); "
                                           "COMMIT; END LOOP; END $$")
                                .arg(freshXid + 20000 - sourceXid))
                .ok())
            << m_db->admin().lastServerMessage().toStdString();
    }

    dump();
    workAfterTheBackup();
    const qint64 deskCursor =
        m_desk->cache()
            .scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor_txid'"))
            .toLongLong();

    // Roles are cluster-wide: the new cluster got the group roles from its own migration; the staff login is
    // created again with the same password (what pg_dumpall --roles-only would carry over).
    const QString login = fresh->quoteIdentifier(m_anna);
    ASSERT_TRUE(fresh.value()
                    .execScript(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE vardinkorg_staff")
                                    .arg(login, m_db->loginPassword()))
                    .ok());
    restoreInto(server);
    PgConnectionSettings restoredAdmin = server;
    restoredAdmin.database = m_db->databaseName();
    Result<PgConnection> admin = PgConnection::open(restoredAdmin);
    ASSERT_TRUE(admin.ok());
    const qint64 horizon =
        scalar(admin.value(), QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"));
    EXPECT_LT(horizon, deskCursor) << "the restored store's transaction ids are behind the desk's cursor";
    EXPECT_GT(scalar(admin.value(), QStringLiteral("SELECT count(*) FROM region.change_log WHERE txid >= "
                                                   "pg_snapshot_xmax(pg_current_snapshot())")),
              0)
        << "the restored change log is ahead of the new cluster's counter";
    EXPECT_EQ(scalar(admin.value(), QStringLiteral("SELECT count(*) FROM region.applied_mutations")), 4);

    PgConnectionSettings anna = m_db->settingsFor(m_anna);
    anna.host = server.host;
    anna.port = server.port;
    m_desk->reconnectTo(anna);
    const Status synced = m_desk->sync();
    ASSERT_TRUE(synced.ok()) << synced.error().message.toStdString();
    EXPECT_EQ(m_desk->cacheResets(), 1);
    EXPECT_EQ(scalar(admin.value(), QStringLiteral("SELECT count(*) FROM region.change_log WHERE txid >= "
                                                   "pg_snapshot_xmax(pg_current_snapshot())")),
              0)
        << "the change log was rebuilt under the new cluster's transaction ids";
    expectConverged(anna, admin.value());

    // The database in the private cluster goes with the cluster; RegionTestDatabase drops its own.
}

// The engine's own rule, without the store's help: transaction ids behind the desk's cursor mean the store
// went back in time (a point-in-time recovery would look like this from the desk). Simulated by moving the
// desk's cursor ahead of the store; the desk must re-send (harmlessly) and re-pull everything.
TEST_F(SyncRestoreTest, TransactionIdsBehindTheCursorMakeTheDeskResendAndRepull) {
    const qint64 applied =
        scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.applied_mutations"));
    // The cursor moves past everything the store will ever hand out; a change logged now lies behind it, so
    // only a full re-pull brings it.
    m_desk->cache().exec(
        QStringLiteral("UPDATE sync_state SET value = '999999999999' WHERE key = 'cursor_txid'"));
    ASSERT_TRUE(
        m_db->admin()
            .execScript(QStringLiteral("UPDATE region.contacts SET subject = 'Rättad' WHERE id = '%1'; "
                                       "SELECT region.log_change('contacts', c.id::text, c.unit_id, "
                                       "c.patient_id, 'upsert', to_jsonb(c)) FROM region.contacts c "
                                       "WHERE c.id = '%1';")
                            .arg(m_contacts[5]))
            .ok())
        << m_db->admin().lastServerMessage().toStdString();
    m_desk->reconnectTo(m_db->settingsFor(m_anna));
    const Status synced = m_desk->sync();
    ASSERT_TRUE(synced.ok()) << synced.error().message.toStdString();
    EXPECT_EQ(m_desk->cacheResets(), 1);
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.applied_mutations")), applied)
        << "the re-sent mutations were answered from applied_mutations";
    EXPECT_EQ(m_desk->contactValue(m_contacts[5], QStringLiteral("subject")), QStringLiteral("Rättad"))
        << "the full re-pull brought rows the cursor had passed";
    EXPECT_EQ(m_desk->pendingMutations(), 0);
    Result<PgConnection> anna = m_db->connectAs(m_anna);
    ASSERT_TRUE(anna.ok());
    EXPECT_EQ(m_desk->contactSnapshot(), contactSnapshot(anna.value()));
    EXPECT_LT(m_desk->cache()
                  .scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor_txid'"))
                  .toLongLong(),
              999999999999LL);
}
