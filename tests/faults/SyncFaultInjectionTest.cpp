// Issue 5, acceptance 4: fault injection in the manner of Nextcloud's client tests. The sync engine asks its
// injector before every cache write and every region call; run n makes exactly the n-th of those fail (a
// region failure also drops the connection), then syncs round after round until one completes. Whatever step
// failed, the end state must be the same as without any fault: the same contacts, attempts, messages and
// codes in the store and in the cache, and each mutation applied once. The runs stop at the first n that no
// round reaches. Every run starts from an identical copy of one prepared database (CREATE DATABASE …
// TEMPLATE).
#include "RegionTestDatabase.h"
#include "SyncDesk.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <memory>

using namespace vk;
using namespace vk::test;

namespace {

const QString Unit = QStringLiteral("A");
constexpr int MaxRuns = 400; // far above the number of steps one scenario takes
constexpr int MaxRounds = 5; // one fault costs at most one failed round

struct Injection {
    bool armed = false;
    int failAt = 0; ///< 0: never
    int calls = 0;
    QString fired; ///< the step that failed
};

/// What a run ends with; equal across runs when the engine is robust.
struct Outcome {
    QStringList server;     ///< the store's contacts as Anna sees them (SyncDesk::contactSnapshot form)
    QStringList cache;      ///< Anna's cache
    qint64 applied = -1;    ///< mutations of Anna's with a stored result
    qint64 rejected = -1;   ///< … of which refused
    qint64 accessLogs = -1; ///< access-log rows of her log_access mutations
    int queued = -1;        ///< mutations in her outbox
    int pending = -1;       ///< … not acknowledged
    QStringList unmatched;  ///< outbox ids without a stored result, or stored results without an outbox row
};

class SyncFaultInjectionTest : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_db->createUnit(Unit);
        m_anna = m_db->addStaff(QStringLiteral("Anna Lind"), Unit, QStringLiteral("nurse"));
        m_bo = m_db->addStaff(QStringLiteral("Bo Ek"), Unit, QStringLiteral("nurse"));
        for (int i = 0; i < 6; ++i) {
            const QUuid id = i < 4 ? m_db->ingestCallback(Unit, testPersonnummer(i))
                                   : m_db->ingestEservice(Unit, testPersonnummer(i));
            ASSERT_FALSE(id.isNull());
            m_contacts << uuidText(id);
        }
        m_db->closeAdmin(); // a template must have no other sessions
        Result<PgConnection> server = PgConnection::open(m_db->serverSettings());
        ASSERT_TRUE(server.ok());
        m_server = std::make_unique<PgConnection>(std::move(server.value()));
    }

    void TearDown() override {
        m_server.reset();
        m_db.reset();
    }

    PgConnectionSettings onCopy(PgConnectionSettings settings) const {
        settings.database = m_copy;
        return settings;
    }

    /// One scenario on a fresh copy of the prepared database, with the injector armed for the syncs after the
    /// desk's offline actions.
    Outcome run(int failAt, QString& fired, bool& completed) {
        Outcome outcome;
        m_copy = m_db->databaseName() + QStringLiteral("_f") + QString::number(failAt);
        const QString quoted = m_server->quoteIdentifier(m_copy);
        const QString templ = m_server->quoteIdentifier(m_db->databaseName());
        EXPECT_TRUE(
            m_server->execScript(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(quoted, templ)).ok())
            << m_server->lastServerMessage().toStdString();

        auto injection = std::make_shared<Injection>();
        injection->failAt = failAt;
        SyncEngine::Options options;
        options.injectFault = [injection](const char* where) {
            if (!injection->armed) {
                return false;
            }
            if (++injection->calls == injection->failAt) {
                injection->fired = QString::fromLatin1(where);
                return true;
            }
            return false;
        };
        {
            SyncDesk desk(onCopy(m_db->settingsFor(m_anna)), m_anna, options);
            EXPECT_TRUE(desk.sync().ok());
            const QString unitId = desk.cache().scalar(QStringLiteral("SELECT id FROM units")).toString();
            auto patient = [&desk](const QString& contact) {
                return desk.cache()
                    .scalar(QStringLiteral("SELECT patient_id FROM contacts WHERE id = ?"), {contact})
                    .toString();
            };

            // Offline work: completed, not reached yet, answered by message, cancelled, read, and one claim
            // that Bo wins on the server in the meantime.
            DeskActions& a = desk.actions();
            const QString c0 = m_contacts[0], c1 = m_contacts[1], c2 = m_contacts[2], c3 = m_contacts[3];
            const QString e0 = m_contacts[4], e1 = m_contacts[5];
            for (const Status& done :
                 {a.claim(c0), a.logAttempt(c0, QStringLiteral("answered")),
                  a.complete(c0, QStringLiteral("RAD"), QStringLiteral("Klart"), true), a.claim(c1),
                  a.logAttempt(c1, QStringLiteral("no_answer")), a.claim(c2),
                  a.logAttempt(c2, QStringLiteral("busy")), a.claim(c3), a.cancel(c3, QStringLiteral("spam")),
                  a.claim(e0), a.reply(e0, QStringLiteral("Svar")),
                  a.logAccess(patient(e1), e1, unitId, QStringLiteral("fault_read"))}) {
                EXPECT_TRUE(done.ok()) << done.error().code.toStdString();
            }
            // Bo, on the server: takes c2 (Anna's claim and attempt will be refused) and completes e1.
            Result<PgConnection> bo = PgConnection::open(onCopy(m_db->settingsFor(m_bo)));
            EXPECT_TRUE(bo.ok());
            if (bo.ok()) {
                for (const auto& [kind, payload] :
                     {std::pair{QStringLiteral("claim"), QJsonObject{{QStringLiteral("contact_id"), c2}}},
                      std::pair{QStringLiteral("claim"), QJsonObject{{QStringLiteral("contact_id"), e1}}},
                      std::pair{QStringLiteral("complete"),
                                QJsonObject{{QStringLiteral("contact_id"), e1},
                                            {QStringLiteral("code"), QStringLiteral("RAD")}}}}) {
                    EXPECT_EQ(
                        applyMutation(bo.value(), kind, payload).value(QLatin1String("status")).toString(),
                        QStringLiteral("applied"));
                }
            }

            // A fresh engine, so connecting and the restore check are among the steps that may fail.
            desk.reconnectTo(onCopy(m_db->settingsFor(m_anna)));
            injection->armed = true;
            completed = false;
            for (int round = 0; round < MaxRounds && !completed; ++round) {
                completed = desk.sync().ok();
            }
            injection->armed = false;
            fired = injection->fired;

            outcome.cache = desk.contactSnapshot();
            outcome.queued = desk.mutationIds().size();
            outcome.pending = desk.pendingMutations();
            Result<PgConnection> anna = PgConnection::open(onCopy(m_db->settingsFor(m_anna)));
            EXPECT_TRUE(anna.ok());
            if (anna.ok()) {
                outcome.server = contactSnapshot(anna.value());
            }
            Result<PgConnection> admin = PgConnection::open(onCopy(m_db->adminSettings()));
            EXPECT_TRUE(admin.ok());
            if (admin.ok()) {
                const QString mine =
                    QStringLiteral(" FROM region.applied_mutations m JOIN region.staff s ON s.id = "
                                   "m.staff_id WHERE s.login = $1");
                outcome.applied = scalar(admin.value(), QStringLiteral("SELECT count(*)") + mine, {m_anna});
                outcome.rejected = scalar(admin.value(),
                                          QStringLiteral("SELECT count(*)") + mine +
                                              QStringLiteral(" AND m.result ->> 'status' = 'rejected'"),
                                          {m_anna});
                outcome.accessLogs = scalar(
                    admin.value(),
                    QStringLiteral("SELECT count(*) FROM region.access_log WHERE action = 'fault_read'"));
                Result<PgResult> ids =
                    admin.value().exec(QStringLiteral("SELECT m.mutation_id::text") + mine, {m_anna});
                QStringList stored;
                for (int row = 0; ids.ok() && row < ids->rows(); ++row) {
                    stored << ids->text(row, 0);
                }
                const QStringList queued = desk.mutationIds();
                for (const QString& id : queued) {
                    if (!stored.contains(id)) {
                        outcome.unmatched << QStringLiteral("not stored: ") + id;
                    }
                }
                for (const QString& id : std::as_const(stored)) {
                    if (!queued.contains(id)) {
                        outcome.unmatched << QStringLiteral("not queued: ") + id;
                    }
                }
            }
        }
        EXPECT_TRUE(
            m_server->execScript(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted)).ok());
        return outcome;
    }

    std::unique_ptr<RegionTestDatabase> m_db;
    std::unique_ptr<PgConnection> m_server;
    QString m_anna, m_bo;
    QStringList m_contacts;
    QString m_copy;
};

} // namespace

TEST_F(SyncFaultInjectionTest, FailingAnySingleStepChangesNothingInTheEnd) {
    QString fired;
    bool completed = false;
    const Outcome reference = run(0, fired, completed);
    ASSERT_TRUE(completed);
    ASSERT_EQ(reference.server.size(), 6);
    EXPECT_EQ(reference.cache, reference.server);
    EXPECT_EQ(reference.queued, 12);
    EXPECT_EQ(reference.pending, 0);
    EXPECT_EQ(reference.applied, 12);
    EXPECT_EQ(reference.rejected, 2) << "Anna's claim of c2 and her attempt on it";
    EXPECT_EQ(reference.accessLogs, 1);
    EXPECT_TRUE(reference.unmatched.isEmpty()) << reference.unmatched.join(QLatin1Char('\n')).toStdString();

    QStringList steps;
    int n = 1;
    for (; n <= MaxRuns; ++n) {
        SCOPED_TRACE(QStringLiteral("fault at step %1").arg(n).toStdString());
        fired.clear();
        const Outcome outcome = run(n, fired, completed);
        if (fired.isEmpty()) {
            EXPECT_TRUE(completed);
            break; // the scenario completed in fewer steps than n: every step has had its fault
        }
        SCOPED_TRACE(fired.toStdString());
        steps << fired;
        ASSERT_TRUE(completed) << "no round completed after the fault";
        EXPECT_EQ(outcome.server, reference.server);
        EXPECT_EQ(outcome.cache, reference.server);
        EXPECT_EQ(outcome.queued, reference.queued);
        EXPECT_EQ(outcome.pending, 0);
        EXPECT_EQ(outcome.applied, reference.applied);
        EXPECT_EQ(outcome.rejected, reference.rejected);
        EXPECT_EQ(outcome.accessLogs, reference.accessLogs);
        EXPECT_TRUE(outcome.unmatched.isEmpty()) << outcome.unmatched.join(QLatin1Char('\n')).toStdString();
    }
    ASSERT_LT(n, MaxRuns) << "the scenario never ran out of steps";
    // The faults covered every kind of step the scenario passes through.
    for (const char* kind :
         {"region.apply_mutation", "cache.acknowledge", "region.refetch", "region.pull_changes",
          "cache.apply_batch", "region.connect", "region.adopt_restore"}) {
        EXPECT_TRUE(steps.contains(QString::fromLatin1(kind)))
            << kind << " never failed; steps: " << steps.join(QLatin1Char(' ')).toStdString();
    }
}
