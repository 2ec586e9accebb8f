// Issue 5, acceptance 3: a desk process killed (SIGKILL) in the middle of a sync loses nothing and doubles
// nothing. The desk is a child process (vardinkorg_sync_desk_child) that prints each step; the test kills it
// at chosen points — before a mutation goes out, after the store committed one but before the cache recorded
// the answer, inside a pulled batch's open cache transaction, and once at whatever point it happens to be —
// then starts it again on the same cache file, which finishes the work.
#include "RegionTestDatabase.h"
#include "SyncDesk.h"

#include "security/KdfParameters.h"
#include "security/SecureBuffer.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <chrono>
#include <map>

using namespace vk;
using namespace vk::test;

namespace {

const QString Unit = QStringLiteral("A");
constexpr int LineTimeoutMs = 60000;

/// One run of the child desk.
class ChildDesk {
public:
    ChildDesk(const RegionTestDatabase& db, const QString& login, const QString& cacheDir,
              QStringList extra) {
        const PgConnectionSettings settings = db.settingsFor(login);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("VK_CHILD_PASSWORD"), db.loginPassword());
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(VK_SYNC_DESK_CHILD),
                        QStringList{QStringLiteral("--cache-dir"), cacheDir, QStringLiteral("--login"), login,
                                    QStringLiteral("--host"), settings.host, QStringLiteral("--port"),
                                    settings.port, QStringLiteral("--database"), settings.database} +
                            extra);
    }
    ~ChildDesk() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    ChildDesk(const ChildDesk&) = delete;
    ChildDesk& operator=(const ChildDesk&) = delete;

    /// Reads lines until one equals `line` (true) or the child ends or the time runs out (false).
    bool waitFor(const QString& line) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(LineTimeoutMs);
        while (true) {
            while (m_process.canReadLine()) {
                const QString read = QString::fromUtf8(m_process.readLine()).trimmed();
                m_log << read;
                if (read == line) {
                    return true;
                }
            }
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0 || m_process.state() == QProcess::NotRunning) {
                return false;
            }
            if (!m_process.waitForReadyRead(static_cast<int>(left.count())) &&
                m_process.state() == QProcess::NotRunning) {
                m_log << QString::fromUtf8(m_process.readAll()).trimmed();
                return false;
            }
        }
    }
    /// SIGKILL: no destructor, no rollback, no flush runs in the child.
    void kill() {
        m_process.kill();
        m_process.waitForFinished(LineTimeoutMs);
    }
    /// Waits for the end of a run that was not killed; true when it printed "done pending=0" and exited 0.
    bool finishes() {
        const bool done = waitFor(QStringLiteral("done pending=0"));
        m_process.closeWriteChannel();
        return done && m_process.waitForFinished(LineTimeoutMs) &&
               m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    [[nodiscard]] std::string log() const { return m_log.join(QLatin1Char('\n')).toStdString(); }

private:
    QProcess m_process;
    QStringList m_log;
};

class SyncCrashTest : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_db->createUnit(Unit);
        m_anna = m_db->addStaff(QStringLiteral("Anna Lind"), Unit, QStringLiteral("nurse"));
        m_bo = m_db->addStaff(QStringLiteral("Bo Ek"), Unit, QStringLiteral("nurse"));
        ASSERT_TRUE(m_cacheDir.isValid());
        m_initial = ingest(0, 18);
    }

    QStringList ingest(int from, int count) {
        QStringList ids;
        for (int i = from; i < from + count; ++i) {
            const QUuid id = i % 3 == 2 ? m_db->ingestEservice(Unit, testPersonnummer(i))
                                        : m_db->ingestCallback(Unit, testPersonnummer(i));
            EXPECT_FALSE(id.isNull());
            ids << uuidText(id);
        }
        return ids;
    }

    std::unique_ptr<ChildDesk> child(const QStringList& extra) {
        return std::make_unique<ChildDesk>(*m_db, m_anna, m_cacheDir.path(), extra);
    }

    /// The child's cache, the store as Anna sees it, and the outbox against the store's effects.
    void expectConvergedAndEachMutationOnce() {
        const KdfParameters kdf = KdfParameters::fastForTests();
        Result<std::unique_ptr<CacheDatabase>> cache = CacheDatabase::open(
            m_cacheDir.path(), m_anna, SecureBuffer::fromUtf8(m_db->loginPassword()), &kdf);
        ASSERT_TRUE(cache.ok()) << cache.error().code.toStdString();
        const QSqlDatabase db = cache.value()->connection();

        // Every queued mutation has exactly one stored result, and nothing else of Anna's reached the store.
        std::map<QString, int> attemptsQueued, repliesQueued;
        QStringList queued;
        QSqlQuery outbox(db);
        ASSERT_TRUE(
            outbox.exec(QStringLiteral("SELECT mutation_id, kind, entity_id, acked_epoch FROM outbox")));
        while (outbox.next()) {
            queued << outbox.value(0).toString();
            EXPECT_FALSE(outbox.value(3).isNull())
                << "still pending: " << outbox.value(1).toString().toStdString();
            if (outbox.value(1).toString() == QLatin1String("log_attempt")) {
                ++attemptsQueued[outbox.value(2).toString()];
            } else if (outbox.value(1).toString() == QLatin1String("reply")) {
                ++repliesQueued[outbox.value(2).toString()];
            }
        }
        ASSERT_FALSE(queued.isEmpty());
        Result<PgResult> applied = m_db->admin().exec(
            QStringLiteral("SELECT mutation_id::text FROM region.applied_mutations m JOIN region.staff s ON "
                           "s.id = m.staff_id WHERE s.login = $1"),
            {m_anna});
        ASSERT_TRUE(applied.ok());
        QStringList stored;
        for (int row = 0; row < applied->rows(); ++row) {
            stored << applied->text(row, 0);
        }
        queued.sort();
        stored.sort();
        EXPECT_EQ(stored, queued);

        // One effect per applied mutation: attempts and replies counted per contact (a refused claim and what
        // followed it on the same contact have none).
        Result<PgResult> effects = m_db->admin().exec(QStringLiteral(
            "SELECT c.id::text, (SELECT count(*) FROM region.callback_attempts a WHERE a.contact_id = c.id), "
            "(SELECT count(*) FROM region.eservice_messages m WHERE m.contact_id = c.id AND m.direction = "
            "'out') "
            "FROM region.contacts c"));
        ASSERT_TRUE(effects.ok());
        for (int row = 0; row < effects->rows(); ++row) {
            const QString contact = effects->text(row, 0);
            const bool refused = m_refused.contains(contact);
            EXPECT_EQ(effects->integer(row, 1), refused ? 0 : attemptsQueued[contact])
                << contact.toStdString();
            EXPECT_EQ(effects->integer(row, 2), refused ? 0 : repliesQueued[contact])
                << contact.toStdString();
        }

        Result<PgConnection> anna = m_db->connectAs(m_anna);
        ASSERT_TRUE(anna.ok());
        const QStringList server = contactSnapshot(anna.value());
        EXPECT_EQ(contactSnapshot(db), server);
        QSqlQuery tentative(db);
        ASSERT_TRUE(tentative.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE tentative <> 0")) &&
                    tentative.next());
        EXPECT_EQ(tentative.value(0).toInt(), 0);
    }

    std::unique_ptr<RegionTestDatabase> m_db;
    QString m_anna, m_bo;
    QTemporaryDir m_cacheDir;
    QStringList m_initial; ///< the contacts there before the desk's first sync
    QStringList m_refused; ///< contacts where Anna's queued claim was bound to be refused
};

} // namespace

TEST_F(SyncCrashTest, KilledWhilePushingThenRestartedAppliesEachMutationOnce) {
    {
        // 30 actions (10 contacts: claim, attempt or reply, complete); killed once the store has committed
        // the 7th mutation and before the cache recorded it.
        auto first = child({QStringLiteral("--actions"), QStringLiteral("30"), QStringLiteral("--stall-at"),
                            QStringLiteral("answered:7")});
        ASSERT_TRUE(first->waitFor(QStringLiteral("stalled"))) << first->log();
        first->kill();
    }
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.applied_mutations")), 7);
    {
        // Restarted: the 7th goes again (the store answers from applied_mutations); killed before the 3rd
        // send.
        auto second = child({QStringLiteral("--actions"), QStringLiteral("0"), QStringLiteral("--stall-at"),
                             QStringLiteral("sending:3")});
        ASSERT_TRUE(second->waitFor(QStringLiteral("stalled"))) << second->log();
        second->kill();
    }
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.applied_mutations")), 8);
    {
        // Killed wherever it is once it started sending (without stopping it first).
        auto third = child({QStringLiteral("--actions"), QStringLiteral("0")});
        ASSERT_TRUE(third->waitFor(QStringLiteral("step sending 4"))) << third->log();
        third->kill();
    }
    {
        auto last = child({QStringLiteral("--actions"), QStringLiteral("0")});
        ASSERT_TRUE(last->finishes()) << last->log();
    }
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.applied_mutations")), 30);
    expectConvergedAndEachMutationOnce();
}

TEST_F(SyncCrashTest, KilledWhileApplyingAPullBatchThenRestartedConverges) {
    {
        auto first = child({QStringLiteral("--actions"), QStringLiteral("0")});
        ASSERT_TRUE(first->finishes()) << first->log();
    }
    // While the desk is away: more contacts arrive, and Bo claims the contact the desk will act on first.
    ingest(100, 15);
    QStringList known = m_initial;
    known.sort(); // the child acts on open contacts in id order
    const QString taken = known.first();
    Result<PgConnection> bo = m_db->connectAs(m_bo);
    ASSERT_TRUE(bo.ok());
    ASSERT_EQ(applyMutation(bo.value(), QStringLiteral("claim"), {{QStringLiteral("contact_id"), taken}})
                  .value(QLatin1String("status")),
              QStringLiteral("applied"));
    m_refused << taken;

    {
        // Nine actions queued offline (the first three on Bo's contact), then a pull in batches of five
        // before pushing: killed inside the third batch's cache transaction, with the actions pending and
        // re-applied over the pulled rows.
        auto second =
            child({QStringLiteral("--no-initial-sync"), QStringLiteral("--actions"), QStringLiteral("9"),
                   QStringLiteral("--pull-first"), QStringLiteral("--pull-batch"), QStringLiteral("5"),
                   QStringLiteral("--stall-at"), QStringLiteral("applying:3")});
        ASSERT_TRUE(second->waitFor(QStringLiteral("stalled"))) << second->log();
        second->kill();
    }
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral("SELECT count(*) FROM region.applied_mutations m JOIN "
                                    "region.staff s ON s.id = m.staff_id WHERE s.login = $1"),
                     {m_anna}),
              0);
    {
        // Killed wherever it is in the next pull.
        auto third =
            child({QStringLiteral("--actions"), QStringLiteral("0"), QStringLiteral("--pull-first"),
                   QStringLiteral("--no-initial-sync"), QStringLiteral("--pull-batch"), QStringLiteral("5")});
        ASSERT_TRUE(third->waitFor(QStringLiteral("step applying 2"))) << third->log();
        third->kill();
    }
    {
        auto last = child({QStringLiteral("--actions"), QStringLiteral("0"), QStringLiteral("--pull-batch"),
                           QStringLiteral("5")});
        ASSERT_TRUE(last->finishes()) << last->log();
    }
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral("SELECT count(*) FROM region.applied_mutations m JOIN "
                                    "region.staff s ON s.id = m.staff_id WHERE s.login = $1 AND "
                                    "m.result ->> 'status' = 'rejected'"),
                     {m_anna}),
              3)
        << "the claim of Bo's contact, and the attempt or reply and the completion after it";
    expectConvergedAndEachMutationOnce();
}
