// Issue 4, acceptance (6): scripts/region creates a private cluster from scratch, applies the migrations, and
// a second start (or migrate) changes nothing. Runs on its own throw-away cluster and port.
#include "RegionTestDatabase.h"

#include "region/RegionMigrator.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>

#include <gtest/gtest.h>

using namespace vk;
using namespace vk::test;

namespace {

struct ScriptRun {
    int exitCode = -1;
    QString output;
};

class RegionCluster : public ::testing::Test {
protected:
    void SetUp() override {
        m_name = QStringLiteral("it") + QString::number(QRandomGenerator::system()->generate(), 36);
        QTcpServer probe; // a port nobody uses right now
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        m_port = probe.serverPort();
        probe.close();
    }
    void TearDown() override { (void)region({QStringLiteral("destroy")}); }

    ScriptRun region(const QStringList& arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("VK_REGION_CLUSTER"), m_name);
        environment.insert(QStringLiteral("VK_REGION_PORT"), QString::number(m_port));
        environment.insert(QStringLiteral("VK_ADMIN"), QStringLiteral(VK_ADMIN_TOOL));
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(VK_REGION_SCRIPT),
                      QStringList{QStringLiteral("--cluster"), m_name} + arguments);
        if (!process.waitForFinished(180000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAll())};
    }

    QString m_name;
    quint16 m_port = 0;
};

QHash<QString, QString> readEnvFile(const QString& path) {
    QHash<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return values;
    }
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("export ")) {
            const QList<QByteArray> pair = line.mid(7).split('=');
            if (pair.size() == 2) {
                values.insert(QString::fromUtf8(pair.at(0)), QString::fromUtf8(pair.at(1)));
            }
        }
    }
    return values;
}

} // namespace

TEST_F(RegionCluster, StartsFromScratchMigratesAndRestartsAsNoOp) {
    const ScriptRun first = region({QStringLiteral("start")});
    ASSERT_EQ(first.exitCode, 0) << first.output.toStdString();
    EXPECT_TRUE(first.output.contains(QLatin1String("applied"))) << first.output.toStdString();

    const QString envPath = QFileInfo(QStringLiteral(VK_REGION_SCRIPT)).absolutePath() +
                            QStringLiteral("/../.region/") + m_name + QStringLiteral("/env");
    ASSERT_TRUE(QFileInfo::exists(envPath));
    EXPECT_EQ(QFile::permissions(envPath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0)
        << "the env file holds the admin password and must be private";
    const QHash<QString, QString> env = readEnvFile(envPath);
    EXPECT_EQ(env.value(QStringLiteral("VK_REGION_PORT")), QString::number(m_port));
    EXPECT_EQ(env.value(QStringLiteral("VK_REGION_HOST")), QStringLiteral("127.0.0.1"));

    PgConnectionSettings settings;
    settings.host = env.value(QStringLiteral("VK_REGION_HOST"));
    settings.port = env.value(QStringLiteral("VK_REGION_PORT"));
    settings.database = env.value(QStringLiteral("VK_REGION_DB"));
    settings.user = env.value(QStringLiteral("VK_REGION_ADMIN_USER"));
    settings.password = env.value(QStringLiteral("VK_REGION_ADMIN_PASSWORD"));
    {
        Result<PgConnection> connection = PgConnection::open(settings);
        ASSERT_TRUE(connection.ok()) << connection.error().message.toStdString();
        Result<int> version = RegionMigrator(connection.value()).currentVersion();
        ASSERT_TRUE(version.ok());
        Result<QList<vk::RegionMigration>> embedded = RegionMigrator::embedded();
        ASSERT_TRUE(embedded.ok());
        EXPECT_EQ(version.value(), embedded->last().version);
        // SCRAM is enforced: a wrong password is refused.
        PgConnectionSettings wrong = settings;
        wrong.password = QStringLiteral("not-the-password");
        Result<PgConnection> refused = PgConnection::open(wrong);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, QStringLiteral("region.auth_failed"));
    }

    const ScriptRun second = region({QStringLiteral("start")});
    ASSERT_EQ(second.exitCode, 0) << second.output.toStdString();
    EXPECT_TRUE(second.output.contains(QLatin1String("already runs"))) << second.output.toStdString();
    EXPECT_TRUE(second.output.contains(QLatin1String("up to date"))) << second.output.toStdString();

    EXPECT_EQ(region({QStringLiteral("status")}).exitCode, 0);
    EXPECT_EQ(region({QStringLiteral("stop")}).exitCode, 0);
    EXPECT_EQ(region({QStringLiteral("status")}).exitCode, 3);
    EXPECT_FALSE(PgConnection::open(settings).ok());
}
