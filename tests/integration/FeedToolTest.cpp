// vardinkorg-feed against a real region store (issue 4, acceptance 5): good lines go in, every bad line lands
// in the reject file with its line number and reason, nothing else changes, and feeding the same file again
// adds nothing. Runs the built tool as a process, as the feed login, like a telephony integration would.
#include "RegionTestDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vk;
using namespace vk::test;

namespace {

constexpr int kToolTimeoutMs = 120000;

struct ToolRun {
    int exitCode = -1;
    QString output;
};

class FeedTool : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_db->createUnit(QStringLiteral("A"));
        m_db->createUnit(QStringLiteral("B"));
        ASSERT_TRUE(m_dir.isValid());
        // A feed login of our own (ingest only), dropped again in TearDown.
        m_feedLogin = m_db->databaseName() + QStringLiteral("_feed");
        m_feedPassword = QUuid::createUuid().toString(QUuid::Id128);
        ASSERT_TRUE(
            m_db->admin()
                .execScript(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE vardinkorg_feed")
                                .arg(m_db->admin().quoteIdentifier(m_feedLogin), m_feedPassword))
                .ok())
            << m_db->admin().lastServerMessage().toStdString();
    }

    void TearDown() override {
        if (m_db && !m_feedLogin.isEmpty()) {
            (void)m_db->admin().execScript(QStringLiteral("DROP ROLE IF EXISTS ") +
                                           m_db->admin().quoteIdentifier(m_feedLogin));
        }
    }

    ToolRun runFeed(const QStringList& arguments, const QString& password = QString()) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VK_REGION_DB"), m_db->databaseName());
        env.insert(QStringLiteral("VK_REGION_FEED_USER"), m_feedLogin);
        env.insert(QStringLiteral("VK_REGION_FEED_PASSWORD"), password.isEmpty() ? m_feedPassword : password);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(VK_FEED_TOOL), arguments);
        if (!process.waitForFinished(kToolTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            ADD_FAILURE() << "vardinkorg-feed did not finish within " << kToolTimeoutMs << " ms";
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAll())};
    }

    QString writeFile(const QString& name, const QList<QByteArray>& lines) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        for (const QByteArray& line : lines) {
            file.write(line + '\n');
        }
        return path;
    }

    QList<QJsonObject> readRejects(const QString& path) {
        QList<QJsonObject> out;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            while (!file.atEnd()) {
                out.append(QJsonDocument::fromJson(file.readLine()).object());
            }
        }
        return out;
    }

    qint64 count(const char* table) {
        return scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.") + QLatin1String(table));
    }

    // Every table ingest may write, in one string: "nothing else changed" is a comparison of two of these.
    QString footprint() {
        QStringList parts;
        for (const char* table : {"contacts", "patients", "callback_requests", "voicemails",
                                  "eservice_errands", "eservice_messages", "queue_rejections", "change_log",
                                  "access_log", "units", "staff", "codes"}) {
            parts.append(QLatin1String(table) + u'=' + QString::number(count(table)));
        }
        return parts.join(u' ');
    }

    static QByteArray json(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

    QJsonObject callback(const QString& id, const QString& personnummer) const {
        return {{QStringLiteral("kind"), QStringLiteral("callback")},
                {QStringLiteral("external_id"), id},
                {QStringLiteral("unit"), m_db->unitHsaId(QStringLiteral("A"))},
                {QStringLiteral("received_at"), QStringLiteral("2026-11-23T10:15:00+01:00")},
                {QStringLiteral("phone"), QStringLiteral("070-174 06 05")},
                {QStringLiteral("queue"), QStringLiteral("Rådgivning")},
                {QStringLiteral("patient"),
                 QJsonObject{{QStringLiteral("id_type"), QStringLiteral("personnummer")},
                             {QStringLiteral("id_value"), personnummer}}}};
    }

    QJsonObject eservice(const QString& id, const QString& body) const {
        return {{QStringLiteral("kind"), QStringLiteral("eservice")},
                {QStringLiteral("external_id"), id},
                {QStringLiteral("unit"), m_db->unitHsaId(QStringLiteral("B"))},
                {QStringLiteral("received_at"), QStringLiteral("2026-11-23T21:05:00+01:00")},
                {QStringLiteral("patient"),
                 QJsonObject{{QStringLiteral("id_type"), QStringLiteral("samordningsnummer")},
                             {QStringLiteral("id_value"), QStringLiteral("701063-2391")},
                             {QStringLiteral("name"), QStringLiteral("Test Testsson")}}},
                {QStringLiteral("errand_type"), QStringLiteral("Förnya recept")},
                {QStringLiteral("subject"), QStringLiteral("Förnya recept")},
                {QStringLiteral("body"), body},
                {QStringLiteral("ombud"), false}};
    }

    std::unique_ptr<RegionTestDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_feedLogin;
    QString m_feedPassword;
};

} // namespace

TEST_F(FeedTool, GoodLinesGoInBadLinesGoToTheRejectFileAndRefeedingAddsNothing) {
    QJsonObject unknownUnit = callback(QStringLiteral("tq-5"), QStringLiteral("196408233234"));
    unknownUnit.insert(QStringLiteral("unit"), QStringLiteral("SE0000000000-NOPE"));
    QJsonObject controlCharacters = eservice(QStringLiteral("es-7"), QStringLiteral("Hej"));
    controlCharacters.insert(QStringLiteral("subject"), QStringLiteral("Förnya\u0007recept\u001b[2J"));
    const QJsonObject voicemail{{QStringLiteral("kind"), QStringLiteral("voicemail")},
                                {QStringLiteral("external_id"), QStringLiteral("vm-8")},
                                {QStringLiteral("unit"), m_db->unitHsaId(QStringLiteral("A"))},
                                {QStringLiteral("received_at"), QStringLiteral("2026-11-24T06:40:00+01:00")},
                                {QStringLiteral("mailbox"), QStringLiteral("Receptförnyelse")},
                                {QStringLiteral("duration_ms"), 1200},
                                {QStringLiteral("audio"), QStringLiteral("UklGRiQAAABXQVZFZm10IA==")},
                                {QStringLiteral("audio_mime"), QStringLiteral("audio/wav")}};
    const QJsonObject followUp{{QStringLiteral("kind"), QStringLiteral("eservice_message")},
                               {QStringLiteral("external_id"), QStringLiteral("es-3-m2")},
                               {QStringLiteral("errand_external_id"), QStringLiteral("es-3")},
                               {QStringLiteral("body"), QStringLiteral("Jag glömde: 50 mg.")},
                               {QStringLiteral("sent_at"), QStringLiteral("2026-11-23T22:00:00+01:00")}};
    QJsonObject orphan = followUp;
    orphan.insert(QStringLiteral("external_id"), QStringLiteral("es-x-m1"));
    orphan.insert(QStringLiteral("errand_external_id"), QStringLiteral("es-never-seen"));

    const QList<QByteArray> lines{
        json(callback(QStringLiteral("tq-1"), QStringLiteral("640823-3234"))),              // 1 good
        QByteArray(R"({"kind":"callback","external_id":"tq-2",)"),                          // 2 broken JSON
        json(eservice(QStringLiteral("es-3"), QStringLiteral("Hej!\nRecept på Levaxin."))), // 3 good
        json(callback(QStringLiteral("tq-4"), QStringLiteral("640823-3235"))), // 4 bad check digit
        json(unknownUnit),                                                     // 5 unknown unit
        json(eservice(QStringLiteral("es-6"), QString(1024 * 1024, u'x'))),    // 6 a 1 MB body
        json(controlCharacters),                                               // 7 control characters
        json(voicemail),                                                       // 8 good
        json(followUp),                                                        // 9 good
        json(orphan),                                                          // 10 refused by the store
    };
    const QString input = writeFile(QStringLiteral("batch.jsonl"), lines);
    const QString before = footprint();

    const ToolRun first = runFeed({input});
    EXPECT_EQ(first.exitCode, 3) << first.output.toStdString();
    EXPECT_TRUE(first.output.contains(QLatin1String("10 lines, 4 inserted, 0 duplicates, 6 rejected")))
        << first.output.toStdString();

    // The good lines are in, with the deadlines of the C++ rules.
    EXPECT_EQ(count("contacts"), 3);
    EXPECT_EQ(count("patients"), 2);
    EXPECT_EQ(count("eservice_messages"), 2);
    EXPECT_EQ(count("queue_rejections"), 0);
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral("SELECT count(*) FROM region.contacts WHERE external_id = 'tq-1' "
                                    "AND due_at = '2026-11-23T16:30:00+01:00' AND patient_id IS NOT NULL")),
              1);
    EXPECT_EQ(
        scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.patients "
                                             "WHERE id_value = '196408233234' AND id_type = 'personnummer'")),
        1)
        << "the 10-digit form is stored normalised";
    // Arrived 21:05 on a Monday: 24 hours later is Tuesday 21:05, a working day.
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral("SELECT count(*) FROM region.contacts WHERE external_id = 'es-3' "
                                    "AND due_at = '2026-11-24T21:05:00+01:00'")),
              1);

    // Each bad line is in the reject file, whole, with its line number and reason.
    const QList<QJsonObject> rejects = readRejects(input + QStringLiteral(".rejects.jsonl"));
    ASSERT_EQ(rejects.size(), 6);
    const QList<std::pair<int, QString>> expected{
        {2, QStringLiteral("feed.bad_json")},          {4, QStringLiteral("feed.bad_identity")},
        {5, QStringLiteral("feed.unknown_unit")},      {6, QStringLiteral("feed.too_long")},
        {7, QStringLiteral("feed.control_character")}, {10, QStringLiteral("feed.server_rejected")},
    };
    for (qsizetype i = 0; i < rejects.size(); ++i) {
        const QJsonObject& r = rejects.at(i);
        EXPECT_EQ(r.value(QLatin1String("line")).toInt(), expected.at(i).first);
        EXPECT_EQ(r.value(QLatin1String("code")).toString(), expected.at(i).second);
        EXPECT_FALSE(r.value(QLatin1String("reason")).toString().isEmpty());
        EXPECT_EQ(r.value(QLatin1String("original")).toString().toUtf8(), lines.at(expected.at(i).first - 1))
            << "line " << expected.at(i).first << " is kept whole";
    }
    EXPECT_EQ(rejects.at(1).value(QLatin1String("reason")).toString(),
              QStringLiteral("field 'patient.id_value' has a wrong check digit"));
    EXPECT_TRUE(rejects.at(5)
                    .value(QLatin1String("reason"))
                    .toString()
                    .contains(QLatin1String("errand_external_id")));

    // Feeding the same file again changes nothing at all.
    const QString afterFirst = footprint();
    EXPECT_NE(afterFirst, before);
    const ToolRun second = runFeed({input});
    EXPECT_EQ(second.exitCode, 3);
    EXPECT_TRUE(second.output.contains(QLatin1String("10 lines, 0 inserted, 4 duplicates, 6 rejected")))
        << second.output.toStdString();
    EXPECT_EQ(footprint(), afterFirst);
    EXPECT_EQ(readRejects(input + QStringLiteral(".rejects.jsonl")).size(), 6) << "rewritten, not appended";
}

TEST_F(FeedTool, ASimulatedBatchIngestsCleanlyAndOnlyOnce) {
    const QString emitted = m_dir.filePath(QStringLiteral("simulated.jsonl"));
    const ToolRun emit = runFeed(
        {QStringLiteral("--simulate"), QStringLiteral("--rate"), QStringLiteral("20/min"),
         QStringLiteral("--duration"), QStringLiteral("3600"), QStringLiteral("--seed"), QStringLiteral("42"),
         QStringLiteral("--start"), QStringLiteral("2026-11-23T07:30:00+01:00"), QStringLiteral("--tone"),
         QStringLiteral("--max-tone-seconds"), QStringLiteral("2"), QStringLiteral("--emit"), emitted});
    ASSERT_EQ(emit.exitCode, 0) << emit.output.toStdString();
    QFile file(emitted);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    int contactLines = 0;
    int lines = 0;
    while (!file.atEnd()) {
        const QString kind =
            QJsonDocument::fromJson(file.readLine()).object().value(QLatin1String("kind")).toString();
        ++lines;
        contactLines += kind == u"callback" || kind == u"voicemail" || kind == u"eservice" ? 1 : 0;
    }
    ASSERT_GT(lines, 100);

    const ToolRun fed = runFeed({emitted});
    EXPECT_EQ(fed.exitCode, 0) << fed.output.toStdString();
    EXPECT_FALSE(QFile::exists(emitted + QStringLiteral(".rejects.jsonl")));
    EXPECT_EQ(count("contacts"), contactLines);
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral("SELECT count(*) FROM region.contacts WHERE due_at < received_at")),
              0);
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral("SELECT count(*) FROM region.patients WHERE id_type = "
                                    "'personnummer' AND substr(id_value, 9, 2) NOT IN ('98', '99')")),
              0)
        << "simulated patients carry test personnummer only";

    const QString afterFirst = footprint();
    const ToolRun again = runFeed({emitted});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_EQ(footprint(), afterFirst);
}

TEST_F(FeedTool, SpoolFolderFilesAreFedAndMovedToDone) {
    QDir spool(m_dir.filePath(QStringLiteral("spool")));
    ASSERT_TRUE(spool.mkpath(QStringLiteral(".")));
    writeFile(QStringLiteral("spool/a.jsonl"),
              {json(callback(QStringLiteral("sp-1"), QStringLiteral("196408233234")))});
    writeFile(QStringLiteral("spool/b.jsonl"), {QByteArray("{not json")});
    writeFile(QStringLiteral("spool/notes.txt"), {QByteArray("left alone")});
    const ToolRun run = runFeed({spool.path()});
    EXPECT_EQ(run.exitCode, 3) << run.output.toStdString();
    EXPECT_EQ(count("contacts"), 1);
    EXPECT_TRUE(QFile::exists(spool.filePath(QStringLiteral("done/a.jsonl"))));
    EXPECT_TRUE(QFile::exists(spool.filePath(QStringLiteral("done/b.jsonl"))));
    EXPECT_FALSE(QFile::exists(spool.filePath(QStringLiteral("a.jsonl"))));
    EXPECT_TRUE(QFile::exists(spool.filePath(QStringLiteral("notes.txt"))));
    EXPECT_EQ(readRejects(spool.filePath(QStringLiteral("done/b.jsonl.rejects.jsonl"))).size(), 1);
    // A second pass finds nothing new to feed.
    EXPECT_EQ(runFeed({spool.path()}).exitCode, 0);
}

TEST_F(FeedTool, UnitClosedDaysMoveTheDeadlineAndTheFeedLoginStaysNarrow) {
    ASSERT_TRUE(m_db->admin()
                    .execScript(QStringLiteral("INSERT INTO region.unit_closed_days (unit_id, day, note) "
                                               "SELECT id, '2026-11-24', 'Planeringsdag' FROM region.units "
                                               "WHERE hsa_id = '%1'")
                                    .arg(m_db->unitHsaId(QStringLiteral("A"))))
                    .ok());
    QJsonObject late = callback(QStringLiteral("cd-1"), QStringLiteral("196408233234"));
    late.insert(QStringLiteral("received_at"), QStringLiteral("2026-11-23T17:00:00+01:00"));
    const ToolRun run = runFeed({writeFile(QStringLiteral("late.jsonl"), {json(late)})});
    ASSERT_EQ(run.exitCode, 0) << run.output.toStdString();
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral("SELECT count(*) FROM region.contacts WHERE external_id = 'cd-1' "
                                    "AND due_at = '2026-11-25T16:30:00+01:00'")),
              1)
        << "after closing on Monday, Tuesday closed: due at the end of Wednesday's telefontid";

    Result<PgConnection> feed = PgConnection::open([&] {
        PgConnectionSettings s = m_db->adminSettings();
        s.user = m_feedLogin;
        s.password = m_feedPassword;
        return s;
    }());
    ASSERT_TRUE(feed.ok());
    EXPECT_TRUE(feed->exec(QStringLiteral("SELECT * FROM region.feed_units()")).ok());
    EXPECT_FALSE(feed->exec(QStringLiteral("SELECT count(*) FROM region.contacts")).ok());
    EXPECT_FALSE(feed->exec(QStringLiteral("SELECT count(*) FROM region.units")).ok());
}

TEST_F(FeedTool, AWrongPasswordIsFatal) {
    const ToolRun run =
        runFeed({writeFile(QStringLiteral("x.jsonl"), {QByteArray("{}")})}, QStringLiteral("wrong"));
    EXPECT_EQ(run.exitCode, 1) << run.output.toStdString();
    EXPECT_EQ(count("contacts"), 0);
}
