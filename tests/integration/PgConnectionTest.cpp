// The libpq wrapper the migrator, the admin tool and the sync engine share: values only ever travel as bound
// parameters, results decode faithfully, failures map to stable codes, a dropped connection is noticed.
#include "RegionTestDatabase.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace vk;
using namespace vk::test;

namespace {

class PgConnectionTest : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
    }
    std::unique_ptr<RegionTestDatabase> m_db;
};

} // namespace

TEST_F(PgConnectionTest, ParametersAreDataNeverSql) {
    const QString hostile = QStringLiteral("x'); DROP TABLE region.codes; -- \"åäö\" \u2603");
    Result<PgResult> echoed = m_db->admin().exec(
        QStringLiteral("SELECT $1::text, $2::text IS NULL, length($1)"), {hostile, PgParam::null()});
    ASSERT_TRUE(echoed.ok());
    EXPECT_EQ(echoed->text(0, 0), hostile);
    EXPECT_TRUE(echoed->boolean(0, 1));
    EXPECT_EQ(echoed->integer(0, 2), hostile.size());
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.codes")), 21);
}

TEST_F(PgConnectionTest, BinaryByteaAndTypedValuesRoundTrip) {
    QByteArray bytes;
    for (int i = 0; i < 256; ++i) {
        bytes.append(static_cast<char>(i));
    }
    const QUuid id = QUuid::createUuid();
    const QDateTime at(QDate(2026, 11, 23), QTime(9, 30, 15, 123), Qt::UTC);
    Result<PgResult> result = m_db->admin().exec(
        QStringLiteral(
            "SELECT $1::bytea, octet_length($1::bytea), $2::uuid, $3::timestamptz, $4::bigint, $5::boolean, "
            "'2026-11-23 10:30:15.123456+01'::timestamptz, '\"scalar\"'::jsonb"),
        {PgParam::bytes(bytes), id, at, qint64(1) << 40, false});
    ASSERT_TRUE(result.ok()) << m_db->admin().lastServerMessage().toStdString();
    EXPECT_EQ(result->bytea(0, 0), bytes);
    EXPECT_EQ(result->integer(0, 1), 256);
    EXPECT_EQ(result->uuid(0, 2), id);
    EXPECT_EQ(result->timestamp(0, 3), at);
    EXPECT_EQ(result->integer(0, 4), qint64(1) << 40);
    EXPECT_FALSE(result->boolean(0, 5));
    EXPECT_EQ(result->timestamp(0, 6), at); // microseconds cut to milliseconds, offset applied
    EXPECT_EQ(result->json(0, 7).toString(), QStringLiteral("scalar"));
    EXPECT_EQ(result->column("uuid"), 2);
}

TEST_F(PgConnectionTest, FailuresMapToStableCodes) {
    PgConnection& admin = m_db->admin();
    Result<PgResult> badUuid =
        admin.exec(QStringLiteral("SELECT $1::uuid"), {QStringLiteral("196408233234")});
    ASSERT_FALSE(badUuid.ok());
    EXPECT_EQ(badUuid.error().code, QStringLiteral("region.invalid_input"));
    EXPECT_FALSE(badUuid.error().message.contains(QLatin1String("196408233234")))
        << "a user message must not quote values";
    EXPECT_EQ(admin.lastSqlState(), QStringLiteral("22P02"));

    Result<PgResult> duplicate = admin.exec(
        QStringLiteral("INSERT INTO region.codes (code, label_sv, label_en) VALUES ('RAD', 'a', 'b')"));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, QStringLiteral("region.constraint_violation"));

    Result<PgConnection> feed = m_db->connectAs(m_db->addFeedLogin());
    ASSERT_TRUE(feed.ok());
    Result<PgResult> denied = feed->exec(QStringLiteral("SELECT count(*) FROM region.contacts"));
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, QStringLiteral("region.permission_denied"));
    Result<PgResult> ok = admin.exec(QStringLiteral("SELECT 1"));
    ASSERT_TRUE(ok.ok());
    EXPECT_TRUE(admin.lastSqlState().isEmpty());
}

TEST_F(PgConnectionTest, DroppedConnectionIsReportedAndReconnectWorks) {
    Result<PgConnection> connection = PgConnection::open(m_db->adminSettings());
    ASSERT_TRUE(connection.ok());
    ASSERT_TRUE(connection->prepare("one", QStringLiteral("SELECT $1::int + 1")).ok());
    const int pid = connection->backendPid();
    ASSERT_GT(pid, 0);
    ASSERT_TRUE(m_db->admin().exec(QStringLiteral("SELECT pg_terminate_backend($1)"), {pid}).ok());
    Result<PgResult> lost = connection->execPrepared("one", {1});
    ASSERT_FALSE(lost.ok());
    EXPECT_EQ(lost.error().code, QStringLiteral("region.connection_lost"));
    EXPECT_FALSE(connection->isOpen());
    ASSERT_TRUE(connection->reconnect().ok());
    EXPECT_TRUE(connection->isOpen());
    EXPECT_NE(connection->backendPid(), pid);
    ASSERT_TRUE(connection->prepare("one", QStringLiteral("SELECT $1::int + 1")).ok());
    Result<PgResult> again = connection->execPrepared("one", {41});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->integer(0, 0), 42);
}

TEST_F(PgConnectionTest, WrongPasswordAndMissingDatabaseAreTold) {
    PgConnectionSettings wrong = m_db->adminSettings();
    wrong.password = QStringLiteral("definitely-wrong");
    Result<PgConnection> refused = PgConnection::open(wrong);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("region.auth_failed"));
    PgConnectionSettings missing = m_db->adminSettings();
    missing.database = QStringLiteral("vk_it_no_such_database");
    Result<PgConnection> absent = PgConnection::open(missing);
    ASSERT_FALSE(absent.ok());
    EXPECT_EQ(absent.error().code, QStringLiteral("region.database_missing"));
    PgConnectionSettings nowhere = m_db->adminSettings();
    nowhere.host = QStringLiteral("127.0.0.1");
    nowhere.port = QStringLiteral("1");
    nowhere.connectTimeoutSeconds = 2;
    Result<PgConnection> down = PgConnection::open(nowhere);
    ASSERT_FALSE(down.ok());
    EXPECT_EQ(down.error().code, QStringLiteral("region.connect_failed"));
}
