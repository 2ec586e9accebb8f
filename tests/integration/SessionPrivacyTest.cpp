// Issue 10 (security checks): after a whole session nothing with patient data is readable outside the
// encrypted cache — not in the cache file, its WAL or shared-memory index, its header, any temporary file,
// nor in the application's log output at the most verbose level (QT_LOGGING_RULES="*.debug=true").
#include "CacheFileScan.h"
#include "RegionTestDatabase.h"
#include "SyncDesk.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace vk;
using namespace vk::test;

namespace {

class SessionPrivacyTest : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_db->createUnit(QStringLiteral("A"));
        m_nurse = m_db->addStaff(QStringLiteral("Anna Lind"), QStringLiteral("A"), QStringLiteral("nurse"));
        // Patient data a leak would show: names, every written form of the numbers, texts, a phone number.
        m_callback = m_db->ingest(
            QStringLiteral(
                R"({"kind":"callback","external_id":"cb-priv","unit":"%1","received_at":"2026-11-23T08:00:00Z",)"
                R"("due_at":"2026-11-23T16:00:00Z","phone":"070-174 06 42","queue":"Rådgivning",)"
                R"("patient":{"id_type":"personnummer","id_value":"%2","name":"Ylva Qvarnström"}})")
                .arg(m_db->unitHsaId(QStringLiteral("A")), testPersonnummer(7)));
        m_errand = m_db->ingest(
            QStringLiteral(
                R"({"kind":"eservice","external_id":"es-priv","unit":"%1","received_at":"2026-11-23T08:00:00Z",)"
                R"("due_at":"2026-11-24T08:00:00Z","errand_type":"Rådgivning","subject":"Utslag Zebrafink",)"
                R"("body":"Jag har fått utslag av Xylomaxin-krämen.","ombud":false,)"
                R"("patient":{"id_type":"personnummer","id_value":"%2","name":"Bertil Quist"}})")
                .arg(m_db->unitHsaId(QStringLiteral("A")), testPersonnummer(8)));
        ASSERT_FALSE(m_callback.isNull());
        ASSERT_FALSE(m_errand.isNull());
        for (int n : {7, 8}) {
            const QString twelve = testPersonnummer(n);
            m_secrets << twelve << twelve.mid(2) << twelve.mid(2, 6) + QLatin1Char('-') + twelve.mid(8)
                      << twelve.left(8) + QLatin1Char('-') + twelve.mid(8);
        }
        m_secrets << QStringLiteral("Ylva Qvarnström") << QStringLiteral("Qvarnström")
                  << QStringLiteral("Bertil Quist") << QStringLiteral("Xylomaxin")
                  << QStringLiteral("Zebrafink") << QStringLiteral("070-174 06 42") << m_db->loginPassword();
    }

    /// Every secret found in `bytes`, for a readable failure.
    QStringList leaked(const QByteArray& bytes) const {
        QStringList found;
        for (const QString& secret : m_secrets) {
            if (containsText(bytes, secret)) {
                found << secret;
            }
        }
        return found;
    }

    QStringList leakedInFiles(const QString& directory) const {
        QStringList found;
        for (const QString& secret : m_secrets) {
            for (const QString& file : filesContaining(directory, secret, true)) {
                found << file + QStringLiteral(": ") + secret;
            }
        }
        return found;
    }

    std::unique_ptr<RegionTestDatabase> m_db;
    QString m_nurse;
    QUuid m_callback, m_errand;
    QStringList m_secrets;
};

} // namespace

TEST_F(SessionPrivacyTest, AppSessionAtTheMostVerboseLevelLeavesNoPatientDataInLogsOrFiles) {
    // The real application in its own home, temp and data folders: log in, first sync, open the ärende (its
    // patient, texts and an access-log entry), render the window, quit.
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    for (const char* sub : {"/data", "/config", "/cache", "/tmp", "/runtime"}) {
        ASSERT_TRUE(QDir().mkpath(home.path() + QLatin1String(sub)));
    }
    QFile::setPermissions(home.path() + QStringLiteral("/runtime"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const PgConnectionSettings region = m_db->settingsFor(m_nurse);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path() + QStringLiteral("/runtime"));
    environment.insert(QStringLiteral("TMPDIR"), home.path() + QStringLiteral("/tmp"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("VK_REGION_HOST"), region.host);
    environment.insert(QStringLiteral("VK_REGION_PORT"), region.port);
    environment.insert(QStringLiteral("VK_REGION_DB"), region.database);
    environment.insert(QStringLiteral("VARDINKORG_PASSWORD"), m_db->loginPassword());
    QProcess app;
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::MergedChannels);
    const QString shot = home.path() + QStringLiteral("/shot.png");
    app.start(QStringLiteral(VK_APP),
              {QStringLiteral("--login"), m_nurse, QStringLiteral("--lang"), QStringLiteral("sv"),
               QStringLiteral("--screenshot"), shot, QStringLiteral("--screenshot-wait"),
               QStringLiteral("6000"), QStringLiteral("--screenshot-open"), QStringLiteral("eservice")});
    ASSERT_TRUE(app.waitForFinished(120000));
    const QByteArray output = app.readAll();
    ASSERT_EQ(app.exitCode(), 0) << output.toStdString();
    ASSERT_TRUE(QFile::exists(shot));

    // The session did see the patient: the cache holds the ärende (encrypted) and the opening was queued.
    EXPECT_FALSE(fileNames(home.path() + QStringLiteral("/data/Vardinkorg/vardinkorg")).isEmpty());
    QStringList lines; // the offending log lines, with the patient data itself masked
    for (const QByteArray& line : output.split('\n')) {
        if (!leaked(line).isEmpty()) {
            QString masked = QString::fromUtf8(line);
            for (const QString& secret : m_secrets) {
                masked.replace(secret, QStringLiteral("<patient data>"));
            }
            lines << masked.left(300);
        }
    }
    EXPECT_EQ(leaked(output), QStringList()) << "the log names patient data:\n"
                                             << lines.join(QLatin1Char('\n')).toStdString();
    QFile::remove(shot); // pixels of the pane, not a file the application keeps
    EXPECT_EQ(leakedInFiles(home.path()), QStringList());
}

TEST_F(SessionPrivacyTest, SyncedSessionWithActionsLeavesNoPlaintextOnDisk) {
    QTemporaryDir folder;
    const QString directory = [&] {
        SyncDesk desk(m_db->settingsFor(m_nurse), m_nurse);
        const QString contact = uuidText(m_errand);
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                return desk.sync().ok() && desk.contactValue(contact, QStringLiteral("status")) == u"new";
            },
            20000));
        EXPECT_TRUE(desk.actions().claim(contact).ok());
        EXPECT_TRUE(
            desk.actions().reply(contact, QStringLiteral("Sluta med Xylomaxin-krämen, Bertil Quist.")).ok());
        EXPECT_TRUE(desk.actions().claim(uuidText(m_callback)).ok());
        EXPECT_TRUE(desk.actions()
                        .logAttempt(uuidText(m_callback), QStringLiteral("answered"),
                                    QStringLiteral("Ylva Qvarnström mår bättre"))
                        .ok());
        EXPECT_TRUE(desk.sync().ok());
        EXPECT_EQ(desk.pendingMutations(), 0);
        // The decrypted cache does hold the texts (so the scan below looks for something that is there).
        EXPECT_EQ(desk.cache()
                      .scalar(QStringLiteral("SELECT count(*) FROM patients WHERE name = 'Ylva Qvarnström'"))
                      .toInt(),
                  1);
        // While the desk is open (WAL and -shm present) and after it closed.
        EXPECT_EQ(leakedInFiles(desk.cache().directory()), QStringList());
        // Keep the files past the desk's end (its folder goes with it): what closing leaves is scanned too.
        QDir().rmdir(folder.path());
        EXPECT_TRUE(QDir().rename(desk.cache().directory(), folder.path()));
        return folder.path();
    }();
    EXPECT_FALSE(fileNames(directory).isEmpty());
    EXPECT_EQ(leakedInFiles(directory), QStringList());
}
