// Conformance of the QSQLCIPHER driver: keying, types, navigation, transactions, locking and errors.
#include "sqlcipher/SqlCipherDriver.h"
#include "security/SecureBuffer.h"
#include "sqlcipher/StorageFormat.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

#include <gtest/gtest.h>

#include <sodium.h>

#include <atomic>
#include <future>
#include <limits>
#include <thread>

using vk::SecureBuffer;
using vk::SqlCipherDriver;

namespace {

SecureBuffer randomKey() {
    SecureBuffer key(32);
    randombytes_buf(key.data(), key.size());
    return key;
}

/// One named connection through the driver; removed from QSqlDatabase's registry when it goes out of scope.
class Connection {
public:
    Connection(const QString& path, const SecureBuffer& key, int busyTimeoutMs = 5000, bool withKey = true)
        : m_name(QStringLiteral("driver-test-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces))) {
        auto* driver = new SqlCipherDriver;
        if (withKey) {
            driver->setRawKey(key);
        }
        driver->setBusyTimeout(busyTimeoutMs);
        QSqlDatabase database = QSqlDatabase::addDatabase(driver, m_name);
        database.setDatabaseName(path);
        m_opened = database.open();
        m_error = database.lastError();
    }
    ~Connection() {
        {
            QSqlDatabase database = QSqlDatabase::database(m_name, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    [[nodiscard]] bool opened() const { return m_opened; }
    [[nodiscard]] QSqlError openError() const { return m_error; }
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    [[nodiscard]] SqlCipherDriver* driver() const { return qobject_cast<SqlCipherDriver*>(db().driver()); }
    bool exec(const QString& sql) const {
        QSqlQuery query(db());
        const bool ok = query.exec(sql);
        m_lastError = query.lastError();
        return ok;
    }
    [[nodiscard]] QVariant scalar(const QString& sql) const {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next()) {
            m_lastError = query.lastError();
            return {};
        }
        return query.value(0);
    }
    [[nodiscard]] QSqlError lastError() const { return m_lastError; }

private:
    QString m_name;
    bool m_opened = false;
    QSqlError m_error;
    mutable QSqlError m_lastError;
};

class SqlCipherDriverTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_GE(sodium_init(), 0);
        ASSERT_TRUE(m_dir.isValid());
        SqlCipherDriver::registerDriver();
    }
    [[nodiscard]] QString path(const QString& name = QStringLiteral("test.db")) const {
        return m_dir.filePath(name);
    }

    QTemporaryDir m_dir;
    SecureBuffer m_key = randomKey();
};

} // namespace

TEST_F(SqlCipherDriverTest, IsRegisteredAsQSQLCIPHERAndRefusesToOpenWithoutKey) {
    EXPECT_TRUE(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLCIPHER")));
    const QString name = QStringLiteral("registered-driver");
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), name);
        ASSERT_NE(qobject_cast<SqlCipherDriver*>(database.driver()), nullptr);
        database.setDatabaseName(path());
        EXPECT_FALSE(database.open()) << "no key was set: a plaintext database must never be created";
        EXPECT_EQ(database.lastError().type(), QSqlError::ConnectionError);
        EXPECT_FALSE(QFile::exists(path()));
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(SqlCipherDriverTest, ProvesItTalksToSqlCipher) {
    const Connection connection(path(), m_key);
    ASSERT_TRUE(connection.opened()) << connection.openError().text().toStdString();
    const QString version = connection.driver()->cipherVersion();
    EXPECT_TRUE(version.startsWith(QLatin1String("3.")) || version.startsWith(QLatin1String("4.")))
        << version.toStdString();
    EXPECT_EQ(connection.scalar(QStringLiteral("PRAGMA cipher_page_size")).toInt(), 4096);
    EXPECT_EQ(connection.scalar(QStringLiteral("PRAGMA cipher_use_hmac")).toInt(), 1);
    EXPECT_EQ(connection.scalar(QStringLiteral("PRAGMA temp_store")).toInt(), 2) << "MEMORY";
    EXPECT_EQ(connection.scalar(QStringLiteral("PRAGMA secure_delete")).toInt(), 1);
}

TEST_F(SqlCipherDriverTest, RefusesAKeyPassedAsPassword) {
    const QString name = QStringLiteral("password-connection");
    {
        auto* driver = new SqlCipherDriver;
        driver->setRawKey(m_key);
        QSqlDatabase database = QSqlDatabase::addDatabase(driver, name);
        database.setDatabaseName(path());
        database.setPassword(QStringLiteral("secret"));
        EXPECT_FALSE(database.open());
    }
    QSqlDatabase::removeDatabase(name);
    EXPECT_FALSE(QFile::exists(path())) << "nothing may be created before the key is accepted";
}

TEST_F(SqlCipherDriverTest, WrongKeyFailsOnTheFirstRead) {
    {
        const Connection writer(path(), m_key);
        ASSERT_TRUE(writer.opened());
        ASSERT_TRUE(writer.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    }
    const Connection wrong(path(), randomKey());
    EXPECT_FALSE(wrong.opened());
    EXPECT_EQ(wrong.openError().nativeErrorCode(), QStringLiteral("26")) << "SQLITE_NOTADB";
    const Connection right(path(), m_key);
    EXPECT_TRUE(right.opened());
}

TEST_F(SqlCipherDriverTest, ValuesRoundTripExactly) {
    const Connection connection(path(), m_key);
    ASSERT_TRUE(connection.opened());
    ASSERT_TRUE(
        connection.exec(QStringLiteral("CREATE TABLE v (i INTEGER, r REAL, t TEXT, b BLOB, d TEXT)")));

    const QString text = QStringLiteral(u"Åsa Öström säger \"hej\" och 'hallå' 😀 \\ ; --");
    const QByteArray blob("\x00\x01\x00\xff\x7f\x00", 6);
    const QDateTime stockholm(QDate(2026, 11, 23), QTime(10, 30, 0, 123), QTimeZone("Europe/Stockholm"));
    const struct {
        QVariant integer;
        QVariant real;
        QVariant text;
        QVariant blob;
        QVariant dateTime;
    } rows[] = {
        {QVariant(std::numeric_limits<qint64>::max()), QVariant(0.1), QVariant(text), QVariant(blob),
         QVariant(stockholm)},
        {QVariant(std::numeric_limits<qint64>::min()), QVariant(-1.5e300), QVariant(QString()),
         QVariant(QByteArray("", 0)), QVariant(QDateTime())},
        {QVariant(QMetaType::fromType<qlonglong>()), QVariant(QMetaType::fromType<double>()),
         QVariant(QMetaType::fromType<QString>()), QVariant(QMetaType::fromType<QByteArray>()),
         QVariant(QMetaType::fromType<QDateTime>())},
    };
    QSqlQuery insert(connection.db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO v (i, r, t, b, d) VALUES (?, ?, ?, ?, ?)")));
    for (const auto& row : rows) {
        insert.addBindValue(row.integer);
        insert.addBindValue(row.real);
        insert.addBindValue(row.text);
        insert.addBindValue(row.blob);
        insert.addBindValue(row.dateTime);
        ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
    }

    QSqlQuery select(connection.db());
    ASSERT_TRUE(
        select.exec(QStringLiteral("SELECT i, r, t, b, d, typeof(t), typeof(b) FROM v ORDER BY rowid")));
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).metaType(), QMetaType::fromType<qlonglong>());
    EXPECT_EQ(select.value(0).toLongLong(), std::numeric_limits<qint64>::max());
    EXPECT_EQ(select.value(1).toDouble(), 0.1);
    EXPECT_EQ(select.value(2).toString(), text);
    EXPECT_EQ(select.value(3).metaType(), QMetaType::fromType<QByteArray>());
    EXPECT_EQ(select.value(3).toByteArray(), blob);
    EXPECT_EQ(select.value(4).toString(), QStringLiteral("2026-11-23T09:30:00.123Z"))
        << "documented form, UTC";
    EXPECT_EQ(select.value(4).toDateTime(), stockholm) << "the instant survives";
    EXPECT_EQ(vk::StorageFormat::parseDateTime(select.value(4).toString()), stockholm);

    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).toLongLong(), std::numeric_limits<qint64>::min());
    EXPECT_EQ(select.value(1).toDouble(), -1.5e300);
    EXPECT_TRUE(select.isNull(2)) << "a null QString is bound as NULL";
    EXPECT_FALSE(select.isNull(3)) << "an empty blob is not NULL";
    EXPECT_TRUE(select.value(3).toByteArray().isEmpty());
    EXPECT_EQ(select.value(6).toString(), QStringLiteral("blob"));
    EXPECT_TRUE(select.isNull(4)) << "an invalid QDateTime is stored as NULL";

    ASSERT_TRUE(select.next());
    for (int column = 0; column < 5; ++column) {
        EXPECT_TRUE(select.isNull(column)) << column;
        EXPECT_TRUE(select.value(column).isNull()) << column;
    }
    EXPECT_FALSE(select.next());
}

TEST_F(SqlCipherDriverTest, BindsByPositionAndByName) {
    const Connection connection(path(), m_key);
    ASSERT_TRUE(connection.opened());
    ASSERT_TRUE(connection.exec(QStringLiteral("CREATE TABLE p (a TEXT, b INTEGER, c TEXT)")));
    QSqlQuery query(connection.db());
    ASSERT_TRUE(
        query.prepare(QStringLiteral("INSERT INTO p (a, b, c) VALUES (:name, :number, :name || ':x')")));
    query.bindValue(QStringLiteral(":number"), 42);
    query.bindValue(QStringLiteral(":name"), QStringLiteral("Lind"));
    ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
    ASSERT_TRUE(query.prepare(QStringLiteral("INSERT INTO p (a, b, c) VALUES (?, ?, '?')")));
    query.bindValue(0, QStringLiteral("Berg"));
    query.bindValue(1, 7);
    ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();

    ASSERT_TRUE(query.prepare(QStringLiteral("SELECT a, b, c FROM p WHERE b = :b")));
    query.bindValue(QStringLiteral(":b"), 42);
    ASSERT_TRUE(query.exec());
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("Lind"));
    EXPECT_EQ(query.value(2).toString(), QStringLiteral("Lind:x")) << "a repeated name binds both places";
    ASSERT_TRUE(query.prepare(QStringLiteral("SELECT c FROM p WHERE a = ?")));
    query.addBindValue(QStringLiteral("Berg"));
    ASSERT_TRUE(query.exec());
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("?"))
        << "a ? inside quotes is text, not a placeholder";

    ASSERT_TRUE(query.prepare(QStringLiteral("SELECT ?, ?")));
    query.addBindValue(1);
    EXPECT_FALSE(query.exec()) << "a missing value is an error, not a silent NULL";
}

TEST_F(SqlCipherDriverTest, ForwardOnlyAndScrollableResults) {
    const Connection connection(path(), m_key);
    ASSERT_TRUE(connection.opened());
    ASSERT_TRUE(connection.exec(QStringLiteral("CREATE TABLE n (x INTEGER)")));
    ASSERT_TRUE(connection.exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM "
                                               "c WHERE x < 9) INSERT INTO n SELECT x FROM c")));

    QSqlQuery forward(connection.db());
    forward.setForwardOnly(true);
    ASSERT_TRUE(forward.exec(QStringLiteral("SELECT x FROM n ORDER BY x")));
    EXPECT_EQ(forward.size(), -1) << "QuerySize is not a feature";
    int expected = 0;
    while (forward.next()) {
        EXPECT_EQ(forward.at(), expected);
        EXPECT_EQ(forward.value(0).toInt(), expected);
        ++expected;
    }
    EXPECT_EQ(expected, 10);
    EXPECT_FALSE(forward.previous());

    QSqlQuery scroll(connection.db());
    ASSERT_TRUE(scroll.exec(QStringLiteral("SELECT x FROM n ORDER BY x")));
    ASSERT_TRUE(scroll.seek(4));
    EXPECT_EQ(scroll.value(0).toInt(), 4);
    ASSERT_TRUE(scroll.last());
    EXPECT_EQ(scroll.at(), 9);
    EXPECT_EQ(scroll.value(0).toInt(), 9);
    ASSERT_TRUE(scroll.previous());
    EXPECT_EQ(scroll.value(0).toInt(), 8);
    ASSERT_TRUE(scroll.first());
    EXPECT_EQ(scroll.value(0).toInt(), 0);
    EXPECT_FALSE(scroll.seek(10));
    EXPECT_FALSE(scroll.record().isEmpty());
    EXPECT_EQ(scroll.record().fieldName(0), QStringLiteral("x"));

    QSqlQuery lastOnly(connection.db());
    lastOnly.setForwardOnly(true);
    ASSERT_TRUE(lastOnly.exec(QStringLiteral("SELECT x FROM n ORDER BY x")));
    ASSERT_TRUE(lastOnly.last());
    EXPECT_EQ(lastOnly.at(), 9);
    EXPECT_EQ(lastOnly.value(0).toInt(), 9);
}

TEST_F(SqlCipherDriverTest, ReportsLastInsertIdAndRowsAffected) {
    const Connection connection(path(), m_key);
    ASSERT_TRUE(connection.opened());
    QSqlQuery query(connection.db());
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE r (id INTEGER PRIMARY KEY, v TEXT)")));
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO r (id, v) VALUES (41, 'a')")));
    EXPECT_EQ(query.lastInsertId().toLongLong(), 41);
    EXPECT_EQ(query.numRowsAffected(), 1);
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO r (v) VALUES ('b')")));
    EXPECT_EQ(query.lastInsertId().toLongLong(), 42);
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE r SET v = 'c'")));
    EXPECT_EQ(query.numRowsAffected(), 2);
    ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM r WHERE id = 999")));
    EXPECT_EQ(query.numRowsAffected(), 0);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT * FROM r")));
    EXPECT_FALSE(query.lastInsertId().isValid()) << "a SELECT inserts nothing";
}

TEST_F(SqlCipherDriverTest, RolledBackTransactionLeavesNoTrace) {
    {
        const Connection connection(path(), m_key);
        ASSERT_TRUE(connection.opened());
        ASSERT_TRUE(connection.exec(QStringLiteral("CREATE TABLE t (x TEXT)")));
        ASSERT_TRUE(connection.exec(QStringLiteral("INSERT INTO t VALUES ('kept')")));
        QSqlDatabase db = connection.db();
        ASSERT_TRUE(db.transaction());
        ASSERT_TRUE(connection.exec(QStringLiteral("INSERT INTO t VALUES ('rolled back')")));
        ASSERT_TRUE(connection.exec(QStringLiteral("CREATE TABLE u (y TEXT)")));
        EXPECT_EQ(connection.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt(), 2);
        ASSERT_TRUE(db.rollback());
        EXPECT_EQ(connection.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt(), 1);
    }
    const Connection reopened(path(), m_key);
    ASSERT_TRUE(reopened.opened());
    EXPECT_EQ(reopened.scalar(QStringLiteral("SELECT group_concat(x) FROM t")).toString(),
              QStringLiteral("kept"));
    EXPECT_EQ(reopened.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'u'")).toInt(),
              0);
}

TEST_F(SqlCipherDriverTest, WriteTransactionsAreImmediateAndTimeOutWithSqliteBusy) {
    const Connection holder(path(), m_key);
    ASSERT_TRUE(holder.opened());
    ASSERT_TRUE(holder.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    const Connection waiter(path(), m_key, 150);
    ASSERT_TRUE(waiter.opened());

    QSqlDatabase holderDb = holder.db();
    ASSERT_TRUE(holderDb.transaction());
    // Nothing written yet: only BEGIN IMMEDIATE has taken the write lock at this point.
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase waiterDb = waiter.db();
    EXPECT_FALSE(waiterDb.transaction());
    EXPECT_GE(timer.elapsed(), 120) << "the busy timeout was waited out";
    EXPECT_EQ(waiterDb.lastError().nativeErrorCode(), QStringLiteral("5")) << "SQLITE_BUSY";
    EXPECT_EQ(waiterDb.lastError().type(), QSqlError::TransactionError);
    EXPECT_EQ(waiter.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt(), 0) << "readers still read";
    ASSERT_TRUE(holderDb.commit());
    EXPECT_TRUE(waiterDb.transaction());
    EXPECT_TRUE(waiterDb.commit());
}

TEST_F(SqlCipherDriverTest, BusyTimeoutWaitsForTheOtherWriterThenSucceeds) {
    {
        const Connection setup(path(), m_key);
        ASSERT_TRUE(setup.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    }
    std::promise<void> locked;
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    constexpr int holdMs = 300;
    std::thread other([&] {
        const Connection holder(path(), m_key);
        QSqlDatabase db = holder.db();
        const bool began = db.transaction();
        holder.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
        locked.set_value();
        // The lock is held for a fixed stretch of "work"; the main thread's success must come after it.
        released.wait_for(std::chrono::milliseconds(holdMs));
        if (began) {
            db.commit();
        }
    });
    locked.get_future().wait();
    const Connection waiter(path(), m_key, 10000);
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = waiter.db();
    const bool began = db.transaction();
    const qint64 waited = timer.elapsed();
    release.set_value();
    other.join();
    ASSERT_TRUE(began) << db.lastError().text().toStdString();
    EXPECT_GE(waited, holdMs / 2) << "it waited for the other writer instead of failing at once";
    ASSERT_TRUE(waiter.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    ASSERT_TRUE(db.commit());
    EXPECT_EQ(waiter.scalar(QStringLiteral("SELECT sum(x) FROM t")).toInt(), 3);
}

TEST_F(SqlCipherDriverTest, FinishReleasesTheReadLock) {
    const Connection reader(path(), m_key);
    ASSERT_TRUE(reader.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
    ASSERT_TRUE(reader.exec(QStringLiteral("INSERT INTO t VALUES (1), (2), (3)")));
    const Connection writer(path(), m_key, 100);
    QSqlQuery open(reader.db());
    open.setForwardOnly(true);
    ASSERT_TRUE(open.exec(QStringLiteral("SELECT x FROM t")));
    ASSERT_TRUE(
        open.next()); // a half-read statement holds a shared lock (rollback journal: writers cannot commit)
    EXPECT_FALSE(writer.exec(QStringLiteral("INSERT INTO t VALUES (4)")));
    EXPECT_EQ(writer.lastError().nativeErrorCode(), QStringLiteral("5"));
    open.finish();
    EXPECT_TRUE(writer.exec(QStringLiteral("INSERT INTO t VALUES (4)")))
        << writer.lastError().text().toStdString();
}

TEST_F(SqlCipherDriverTest, ErrorsCarrySqliteCodeAndMessage) {
    const Connection connection(path(), m_key);
    ASSERT_TRUE(connection.exec(QStringLiteral("CREATE TABLE u (x TEXT UNIQUE)")));
    ASSERT_TRUE(connection.exec(QStringLiteral("INSERT INTO u VALUES ('a')")));
    EXPECT_FALSE(connection.exec(QStringLiteral("INSERT INTO u VALUES ('a')")));
    EXPECT_EQ(connection.lastError().nativeErrorCode(), QStringLiteral("19")) << "SQLITE_CONSTRAINT";
    EXPECT_TRUE(connection.lastError().databaseText().contains(QLatin1String("UNIQUE")));
    EXPECT_FALSE(connection.exec(QStringLiteral("SELEC 1")));
    EXPECT_EQ(connection.lastError().nativeErrorCode(), QStringLiteral("1")) << "SQLITE_ERROR";
    EXPECT_FALSE(connection.exec(QStringLiteral("SELECT 1; SELECT 2")))
        << "two statements in one exec would silently drop the second";
}

TEST_F(SqlCipherDriverTest, HasFeatureTellsTheTruth) {
    const Connection connection(path(), m_key);
    const SqlCipherDriver* driver = connection.driver();
    ASSERT_NE(driver, nullptr);
    EXPECT_TRUE(driver->hasFeature(QSqlDriver::Transactions));
    EXPECT_TRUE(driver->hasFeature(QSqlDriver::BLOB));
    EXPECT_TRUE(driver->hasFeature(QSqlDriver::Unicode));
    EXPECT_TRUE(driver->hasFeature(QSqlDriver::PreparedQueries));
    EXPECT_TRUE(driver->hasFeature(QSqlDriver::PositionalPlaceholders));
    EXPECT_TRUE(driver->hasFeature(QSqlDriver::LastInsertId));
    EXPECT_TRUE(driver->hasFeature(QSqlDriver::FinishQuery));
    EXPECT_FALSE(driver->hasFeature(QSqlDriver::QuerySize));
    EXPECT_FALSE(driver->hasFeature(QSqlDriver::BatchOperations));
    EXPECT_FALSE(driver->hasFeature(QSqlDriver::EventNotifications));
    EXPECT_FALSE(driver->hasFeature(QSqlDriver::MultipleResultSets));
    EXPECT_FALSE(driver->hasFeature(QSqlDriver::CancelQuery));
}

TEST_F(SqlCipherDriverTest, DescribesTablesRecordsAndPrimaryKeys) {
    const Connection connection(path(), m_key);
    ASSERT_TRUE(connection.exec(QStringLiteral(
        "CREATE TABLE \"we\"\"ird\" (id INTEGER PRIMARY KEY, name TEXT NOT NULL, data BLOB, score REAL)")));
    ASSERT_TRUE(connection.exec(QStringLiteral("CREATE VIEW names AS SELECT name FROM \"we\"\"ird\"")));
    const SqlCipherDriver* driver = connection.driver();
    EXPECT_EQ(driver->tables(QSql::Tables), QStringList{QStringLiteral("we\"ird")});
    EXPECT_EQ(driver->tables(QSql::Views), QStringList{QStringLiteral("names")});
    const QSqlRecord record = driver->record(QStringLiteral("we\"ird"));
    ASSERT_EQ(record.count(), 4);
    EXPECT_EQ(record.field(0).metaType(), QMetaType::fromType<qlonglong>());
    EXPECT_EQ(record.field(1).requiredStatus(), QSqlField::Required);
    EXPECT_EQ(record.field(2).metaType(), QMetaType::fromType<QByteArray>());
    EXPECT_EQ(record.field(3).metaType(), QMetaType::fromType<double>());
    const QSqlIndex key = driver->primaryIndex(QStringLiteral("we\"ird"));
    ASSERT_EQ(key.count(), 1);
    EXPECT_EQ(key.fieldName(0), QStringLiteral("id"));
    EXPECT_EQ(driver->escapeIdentifier(QStringLiteral("a\"b"), QSqlDriver::FieldName),
              QStringLiteral("\"a\"\"b\""));
}

TEST_F(SqlCipherDriverTest, RekeyReplacesTheKey) {
    const SecureBuffer newKey = randomKey();
    {
        const Connection connection(path(), m_key);
        ASSERT_TRUE(connection.exec(QStringLiteral("CREATE TABLE t (x TEXT)")));
        ASSERT_TRUE(connection.exec(QStringLiteral("INSERT INTO t VALUES ('still here')")));
        ASSERT_TRUE(connection.driver()->rekey(newKey))
            << connection.driver()->lastError().text().toStdString();
    }
    EXPECT_FALSE(Connection(path(), m_key).opened());
    const Connection reopened(path(), newKey);
    ASSERT_TRUE(reopened.opened());
    EXPECT_EQ(reopened.scalar(QStringLiteral("SELECT x FROM t")).toString(), QStringLiteral("still here"));
}

TEST_F(SqlCipherDriverTest, ClosingTheConnectionFinalizesLiveQueries) {
    const Connection connection(path(), m_key);
    QSqlQuery query(connection.db());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT 1 UNION ALL SELECT 2")));
    ASSERT_TRUE(query.next());
    QSqlDatabase db = connection.db();
    db.close(); // must not fail with "unable to close due to unfinalized statements"
    EXPECT_FALSE(db.isOpen());
    EXPECT_EQ(connection.driver()->connection(), nullptr);
    EXPECT_FALSE(query.exec(QStringLiteral("SELECT 1")));
}

TEST_F(SqlCipherDriverTest, OpenConsumesTheKeyAndAReopenNeedsItAgain) {
    const Connection connection(path(), m_key);
    ASSERT_TRUE(connection.opened());
    QSqlDatabase db = connection.db();
    db.close();
    EXPECT_FALSE(db.open()) << "the key was wiped when it was used";
    connection.driver()->setRawKey(m_key);
    EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
    connection.driver()->setRawKey(m_key);
    EXPECT_TRUE(db.open()) << "opening an open connection reopens it with the key just given";
}
