// CacheDatabase: creation, key check, wrong password vs foreign vs damaged files, migrations, password change
// and connections for other threads.
#include "cache/CacheDatabase.h"
#include "cache/CacheHeader.h"
#include "security/KdfParameters.h"
#include "security/SecureBuffer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <thread>

using vk::CacheDatabase;
using vk::KdfParameters;
using vk::SecureBuffer;

namespace {

SecureBuffer password(const char16_t* text) {
    return SecureBuffer::fromUtf8(QStringView(text));
}

QVariant scalar(const QSqlDatabase& database, const QString& sql) {
    QSqlQuery query(database);
    if (!query.exec(sql) || !query.next()) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return {};
    }
    return query.value(0);
}

class CacheDatabaseTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    vk::Result<std::unique_ptr<CacheDatabase>> open(const char16_t* text,
                                                    const QString& user = QStringLiteral("anna.lind")) {
        return CacheDatabase::open(directory(), user, password(text), &m_parameters);
    }
    vk::Result<std::unique_ptr<CacheDatabase>> openWith(const char16_t* text,
                                                        const CacheDatabase::Options& options) {
        return CacheDatabase::open(directory(), QStringLiteral("anna.lind"), password(text), options);
    }
    [[nodiscard]] QString directory() const { return m_dir.filePath(QStringLiteral("caches")); }
    [[nodiscard]] QString databasePath() const {
        return CacheDatabase::filePathFor(directory(), QStringLiteral("anna.lind"));
    }

    QTemporaryDir m_dir;
    KdfParameters m_parameters = KdfParameters::fastForTests();
};

} // namespace

TEST_F(CacheDatabaseTest, CreatesOnFirstUseAndReopensWithTheSamePassword) {
    EXPECT_FALSE(CacheDatabase::exists(directory(), QStringLiteral("anna.lind")));
    {
        auto cache = open(u"Sommar2026!");
        ASSERT_TRUE(cache.ok()) << cache.error().code.toStdString();
        EXPECT_TRUE(cache.value()->isOpen());
        EXPECT_EQ(cache.value()->schemaVersion(), CacheDatabase::latestSchemaVersion());
        EXPECT_GE(CacheDatabase::latestSchemaVersion(), 2);
        EXPECT_EQ(cache.value()->filePath(), databasePath());
        QSqlQuery insert(cache.value()->connection());
        ASSERT_TRUE(
            insert.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('epoch', 'e1')")));
    }
    EXPECT_TRUE(CacheDatabase::exists(directory(), QStringLiteral("anna.lind")));
    const QFileInfo info(databasePath());
    EXPECT_EQ(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions())
        << "the cache is readable by its owner only";
    auto again = open(u"Sommar2026!");
    ASSERT_TRUE(again.ok()) << again.error().code.toStdString();
    EXPECT_EQ(scalar(again.value()->connection(),
                     QStringLiteral("SELECT value FROM sync_state WHERE key = 'epoch'"))
                  .toString(),
              QStringLiteral("e1"));
}

TEST_F(CacheDatabaseTest, UserNamesAreNormalisedAndHiddenInTheFileName) {
    const QString plain = CacheDatabase::filePathFor(directory(), QStringLiteral("anna.lind"));
    EXPECT_EQ(CacheDatabase::filePathFor(directory(), QStringLiteral("  Anna.LIND ")), plain);
    // "ö" precomposed and as o + combining diaeresis name the same person.
    EXPECT_EQ(CacheDatabase::filePathFor(directory(), QStringLiteral(u"\u00f6berg")),
              CacheDatabase::filePathFor(directory(), QStringLiteral(u"o\u0308berg")));
    EXPECT_NE(CacheDatabase::filePathFor(directory(), QStringLiteral("anna.lindh")), plain);
    EXPECT_FALSE(QFileInfo(plain).fileName().contains(QLatin1String("anna")));
    EXPECT_EQ(QFileInfo(plain).dir().absolutePath(), QDir(directory()).absolutePath());
}

TEST_F(CacheDatabaseTest, WrongPasswordIsReportedAsSuch) {
    ASSERT_TRUE(open(u"Sommar2026!").ok());
    auto wrong = open(u"sommar2026!");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, QStringLiteral("cache.wrong_password"));
    EXPECT_FALSE(wrong.error().message.isEmpty());
}

TEST_F(CacheDatabaseTest, ForeignFilesAreNotACache) {
    QDir().mkpath(directory());
    {
        QFile file(databasePath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x42'));
    }
    auto noHeader = open(u"x");
    ASSERT_FALSE(noHeader.ok());
    EXPECT_EQ(noHeader.error().code, QStringLiteral("cache.not_a_cache"));

    {
        QFile header(CacheDatabase::headerPathFor(databasePath()));
        ASSERT_TRUE(header.open(QIODevice::WriteOnly));
        header.write("PK\x03\x04 something else entirely\n");
    }
    auto foreignHeader = open(u"x");
    ASSERT_FALSE(foreignHeader.ok());
    EXPECT_EQ(foreignHeader.error().code, QStringLiteral("cache.not_a_cache"));

    QFile::remove(CacheDatabase::headerPathFor(databasePath()));
    {
        QFile file(databasePath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
    }
    auto plainSqlite = open(u"x");
    ASSERT_FALSE(plainSqlite.ok());
    EXPECT_EQ(plainSqlite.error().code, QStringLiteral("cache.not_a_cache"));
}

TEST_F(CacheDatabaseTest, ADamagedFileWithTheRightPasswordIsDamaged) {
    ASSERT_TRUE(open(u"Sommar2026!").ok());
    {
        QFile file(databasePath());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        ASSERT_GT(size, 4096);
        file.seek(0);
        file.write(QByteArray(4096, '\x13')); // the first page (salt and schema) is gone
    }
    auto damaged = open(u"Sommar2026!");
    ASSERT_FALSE(damaged.ok());
    EXPECT_EQ(damaged.error().code, QStringLiteral("cache.damaged"));
    auto wrong = open(u"other");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, QStringLiteral("cache.wrong_password"));

    QFile header(CacheDatabase::headerPathFor(databasePath()));
    ASSERT_TRUE(header.open(QIODevice::WriteOnly | QIODevice::Truncate));
    header.write("VKCACHE1\n{\"kdf\": ");
    header.close();
    auto malformed = open(u"Sommar2026!");
    ASSERT_FALSE(malformed.ok());
    EXPECT_EQ(malformed.error().code, QStringLiteral("cache.damaged"));
}

TEST_F(CacheDatabaseTest, RecordsCipherSettingsAndKeepsPlaintextOffTheDisk) {
    auto cache = open(u"Sommar2026!");
    ASSERT_TRUE(cache.ok());
    const QSqlDatabase db = cache.value()->connection();
    const auto meta = [&db](const char* key) {
        return scalar(db,
                      QStringLiteral("SELECT value FROM cache_meta WHERE key = '%1'").arg(QLatin1String(key)))
            .toString();
    };
    EXPECT_EQ(meta("cipher_page_size"), QStringLiteral("4096"));
    EXPECT_EQ(meta("cipher_use_hmac"), QStringLiteral("1"));
    EXPECT_EQ(meta("cipher_hmac_algorithm"), QStringLiteral("HMAC_SHA1"));
    EXPECT_EQ(meta("schema_version"), QString::number(CacheDatabase::latestSchemaVersion()));
    EXPECT_FALSE(meta("cipher_version").isEmpty());
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA temp_store")).toInt(), 2);
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA secure_delete")).toInt(), 1);
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2) << "FULL";

    vk::CacheHeader::ReadStatus status = vk::CacheHeader::ReadStatus::Missing;
    const vk::CacheHeader header =
        vk::CacheHeader::read(CacheDatabase::headerPathFor(databasePath()), &status);
    ASSERT_EQ(status, vk::CacheHeader::ReadStatus::Ok);
    EXPECT_EQ(header.kdf, m_parameters);
    EXPECT_EQ(header.cipherPageSize, 4096);
}

TEST_F(CacheDatabaseTest, AnOldCacheIsMigratedToTheCurrentSchema) {
    CacheDatabase::Options atVersion1;
    atVersion1.newCacheParameters = &m_parameters;
    atVersion1.migrateUpTo = 1;
    {
        auto old = openWith(u"pw", atVersion1);
        ASSERT_TRUE(old.ok()) << old.error().code.toStdString();
        EXPECT_EQ(old.value()->schemaVersion(), 1);
        QSqlQuery query(old.value()->connection());
        ASSERT_TRUE(query.exec(QStringLiteral(
            "INSERT INTO contacts (id, channel, unit_id, received_at, due_at, status) VALUES "
            "('c1', 'callback', 'u1', '2026-11-23T08:00:00.000Z', '2026-11-23T16:00:00.000Z', 'new')")));
        EXPECT_FALSE(query.exec(QStringLiteral("SELECT tentative FROM contacts"))) << "column of migration 2";
    }
    auto current = open(u"pw");
    ASSERT_TRUE(current.ok()) << current.error().code.toStdString();
    EXPECT_EQ(current.value()->schemaVersion(), CacheDatabase::latestSchemaVersion());
    const QSqlDatabase db = current.value()->connection();
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT tentative FROM contacts WHERE id = 'c1'")).toInt(), 0);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(),
              CacheDatabase::latestSchemaVersion());
}

TEST_F(CacheDatabaseTest, AFailedMigrationLeavesThePreviousVersionIntact) {
    QTemporaryDir migrations;
    ASSERT_TRUE(migrations.isValid());
    ASSERT_TRUE(QFile::copy(QStringLiteral(":/cache/0001_initial.sql"),
                            migrations.filePath(QStringLiteral("0001_initial.sql"))));
    QFile broken(migrations.filePath(QStringLiteral("0002_broken.sql")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("CREATE TABLE half_done (x INTEGER);\n"
                 "ALTER TABLE contacts ADD COLUMN half_column TEXT;\n"
                 "INSERT INTO no_such_table VALUES (1);\n");
    broken.close();

    CacheDatabase::Options options;
    options.newCacheParameters = &m_parameters;
    options.migrationsDirectory = migrations.path();
    auto failed = openWith(u"pw", options);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, QStringLiteral("cache.migration_failed"));

    CacheDatabase::Options onlyFirst;
    onlyFirst.migrateUpTo = 1;
    auto reopened = openWith(u"pw", onlyFirst);
    ASSERT_TRUE(reopened.ok()) << reopened.error().code.toStdString();
    EXPECT_EQ(reopened.value()->schemaVersion(), 1);
    const QSqlDatabase db = reopened.value()->connection();
    EXPECT_EQ(
        scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")).toInt(), 0);
    QSqlQuery probe(db);
    EXPECT_FALSE(probe.exec(QStringLiteral("SELECT half_column FROM contacts")));
}

TEST_F(CacheDatabaseTest, ACacheFromANewerBuildIsRefused) {
    ASSERT_TRUE(open(u"pw").ok());
    QTemporaryDir migrations;
    ASSERT_TRUE(QFile::copy(QStringLiteral(":/cache/0001_initial.sql"),
                            migrations.filePath(QStringLiteral("0001_initial.sql"))));
    CacheDatabase::Options olderBuild;
    olderBuild.migrationsDirectory = migrations.path();
    auto refused = openWith(u"pw", olderBuild);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("cache.migration_failed"));
}

TEST_F(CacheDatabaseTest, ChangePasswordRekeysAndTheOldPasswordStopsWorking) {
    {
        auto cache = open(u"gammalt");
        ASSERT_TRUE(cache.ok());
        QSqlQuery query(cache.value()->connection());
        ASSERT_TRUE(
            query.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('cursor_seq', '7')")));
        const vk::Status wrongOld = cache.value()->changePassword(password(u"fel"), password(u"nytt"));
        ASSERT_FALSE(wrongOld.ok());
        EXPECT_EQ(wrongOld.error().code, QStringLiteral("cache.wrong_password"));
        const vk::Status changed = cache.value()->changePassword(password(u"gammalt"), password(u"nytt"));
        ASSERT_TRUE(changed.ok()) << changed.error().code.toStdString();
        EXPECT_EQ(scalar(cache.value()->connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
                  QStringLiteral("wal"));
        ASSERT_TRUE(
            query.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('cursor_txid', '9')")));
    }
    auto old = open(u"gammalt");
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.error().code, QStringLiteral("cache.wrong_password"));
    auto renewed = open(u"nytt");
    ASSERT_TRUE(renewed.ok()) << renewed.error().code.toStdString();
    EXPECT_EQ(
        scalar(renewed.value()->connection(), QStringLiteral("SELECT count(*) FROM sync_state")).toInt(), 2);
}

TEST_F(CacheDatabaseTest, AnInterruptedPasswordChangeIsSortedOutOnOpen) {
    const QString headerPath = CacheDatabase::headerPathFor(databasePath());
    const QString saved = m_dir.filePath(QStringLiteral("old-header"));
    {
        auto cache = open(u"gammalt");
        ASSERT_TRUE(cache.ok());
        ASSERT_TRUE(QFile::copy(headerPath, saved));
        ASSERT_TRUE(cache.value()->changePassword(password(u"gammalt"), password(u"nytt")).ok());
    }
    // As if the process died after the rekey but before the new header replaced the old one.
    ASSERT_TRUE(QFile::rename(headerPath, headerPath + QStringLiteral(".new")));
    ASSERT_TRUE(QFile::copy(saved, headerPath));
    auto old = open(u"gammalt");
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.error().code, QStringLiteral("cache.wrong_password"));
    auto renewed = open(u"nytt");
    ASSERT_TRUE(renewed.ok()) << renewed.error().code.toStdString();
    EXPECT_FALSE(QFile::exists(headerPath + QStringLiteral(".new"))) << "the new header was promoted";
}

TEST_F(CacheDatabaseTest, OpenConnectionServesAnotherThreadAndCloseEndsEverything) {
    auto cache = open(u"pw");
    ASSERT_TRUE(cache.ok());
    CacheDatabase* database = cache.value().get();
    bool written = false;
    QString threadError;
    std::thread sync([&] {
        const vk::Result<QString> name = database->openConnection(QStringLiteral("sync-engine"));
        if (!name.ok()) {
            threadError = name.error().code;
            return;
        }
        {
            QSqlDatabase db = QSqlDatabase::database(name.value(), false);
            QSqlQuery query(db);
            written = query.exec(
                QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('epoch', 'from-sync')"));
        }
        QSqlDatabase::removeDatabase(name.value());
    });
    sync.join();
    ASSERT_TRUE(threadError.isEmpty()) << threadError.toStdString();
    EXPECT_TRUE(written);
    EXPECT_EQ(
        scalar(database->connection(), QStringLiteral("SELECT value FROM sync_state WHERE key = 'epoch'"))
            .toString(),
        QStringLiteral("from-sync"));

    const vk::Result<QString> second = database->openConnection(QStringLiteral("second"));
    ASSERT_TRUE(second.ok());
    const vk::Status busy = database->changePassword(password(u"pw"), password(u"pw2"));
    ASSERT_FALSE(busy.ok());
    EXPECT_EQ(busy.error().code, QStringLiteral("cache.busy"))
        << "a rekey needs every other connection closed";

    database->close();
    EXPECT_FALSE(database->isOpen());
    EXPECT_FALSE(database->connection().isValid());
    EXPECT_FALSE(QSqlDatabase::database(QStringLiteral("second"), false).isOpen())
        << "close() also closes connections handed out to other threads";
    QSqlDatabase::removeDatabase(QStringLiteral("second"));
    const vk::Result<QString> afterClose = database->openConnection(QStringLiteral("third"));
    ASSERT_FALSE(afterClose.ok());
    EXPECT_EQ(afterClose.error().code, QStringLiteral("cache.closed"));
    database->close(); // twice is harmless
}
