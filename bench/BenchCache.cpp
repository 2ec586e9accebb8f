// The inbox workload on the encrypted cache. Each inbox query is timed twice: through the SQLite C API
// exactly as the baseline does it (same code, InboxSqliteApi.h, so the ratio is the cost of SQLCipher), and
// through QSqlQuery on the QSQLCIPHER driver (figures "..._qsql": what the inbox really pays, driver
// included). Prints one JSON line per figure; scripts/bench joins them with vardinkorg-bench-sqlite.
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlcipher/sqlite3.h>

#include "InboxSqliteApi.h"
#include "cache/CacheDatabase.h"
#include "security/KdfParameters.h"
#include "security/KeyDerivation.h"
#include "sqlcipher/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariant>

namespace {

using namespace vk::bench;

[[noreturn]] void die(const QString& what) {
    std::fprintf(stderr, "vardinkorg-bench-cache: %s\n", qPrintable(what));
    std::exit(1);
}

/// Reads every column of every row through QVariant, as an item model would.
int readAll(QSqlQuery& query, PageCursor* last = nullptr) {
    if (!query.exec()) {
        die(query.lastError().text());
    }
    int rows = 0;
    std::size_t bytes = 0;
    const int columns = query.record().count();
    while (query.next()) {
        for (int column = 0; column < columns; ++column) {
            bytes += static_cast<std::size_t>(query.value(column).toString().size());
        }
        if (last != nullptr) {
            last->id = query.value(0).toString().toStdString();
            last->dueAt = query.value(3).toString().toStdString();
        }
        ++rows;
    }
    query.finish();
    sink = sink + bytes;
    return rows;
}

QSqlQuery prepared(const QSqlDatabase& db, const char* sqlText) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromUtf8(sqlText))) {
        die(query.lastError().text());
    }
    return query;
}

void timeQtQueries(const QSqlDatabase& db, const Arguments& arguments, const std::string& label) {
    QSqlQuery firstPage = prepared(db, sql::FirstPage);
    PageCursor cursor;
    readAll(firstPage, &cursor);
    printFigure("inbox_first_page_qsql", medianMs(arguments.runs, 3, [&] { readAll(firstPage); }), "ms",
                label, baselineOf("inbox_first_page_qsql"), arguments.size);
    QSqlQuery nextPage = prepared(db, sql::NextPage);
    const QString dueAt = QString::fromStdString(cursor.dueAt);
    const QString id = QString::fromStdString(cursor.id);
    printFigure("inbox_next_page_qsql",
                medianMs(arguments.runs, 3,
                         [&] {
                             nextPage.bindValue(0, dueAt);
                             nextPage.bindValue(1, dueAt);
                             nextPage.bindValue(2, id);
                             readAll(nextPage);
                         }),
                "ms", label, baselineOf("inbox_next_page_qsql"), arguments.size);
    QSqlQuery channelStatus = prepared(db, sql::ChannelStatus);
    printFigure("inbox_filter_channel_status_qsql",
                medianMs(arguments.runs, 3,
                         [&] {
                             channelStatus.bindValue(0, QStringLiteral("voicemail"));
                             channelStatus.bindValue(1, QStringLiteral("new"));
                             readAll(channelStatus);
                         }),
                "ms", label, baselineOf("inbox_filter_channel_status_qsql"), arguments.size);
    QSqlQuery countByStatus = prepared(db, sql::CountByStatus);
    printFigure("inbox_count_by_status_qsql", medianMs(arguments.runs, 3, [&] { readAll(countByStatus); }),
                "ms", label, baselineOf("inbox_count_by_status_qsql"), arguments.size);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const Arguments arguments = parseArguments(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        die(QStringLiteral("no temporary folder"));
    }
    const vk::SecureBuffer password = vk::SecureBuffer::fromUtf8(u"bench-lösenord");

    // The workload runs on a cache with the cheapest KDF: derivation is timed on its own below.
    const vk::KdfParameters fast = vk::KdfParameters::fastForTests();
    const QString user = QStringLiteral("bench.user");
    auto cache = vk::CacheDatabase::open(dir.path(), user, password, &fast);
    if (!cache.ok()) {
        die(cache.error().code);
    }
    std::string label = "sqlcipher";
    const Dataset data = generate(arguments.size);
    {
        const QSqlDatabase db = cache.value()->connection();
        auto* driver = qobject_cast<vk::SqlCipherDriver*>(db.driver());
        // Appended piece by piece: GCC 12 warns (-Wrestrict, a false positive) about " " + std::string.
        label.push_back(' ');
        label.append(driver->cipherVersion().toStdString());
        sqlite3* handle = driver->connection();
        const auto insertStart = std::chrono::steady_clock::now();
        insertDataset(handle, data);
        printFigure("generate_contacts", millisecondsSince(insertStart), "ms", label,
                    baselineOf("generate_contacts"), arguments.size);
        timeInboxQueries(handle, arguments, label, true);
        timeQtQueries(db, arguments, label + " via QSqlQuery");
    }
    const QString path = cache.value()->filePath();
    cache.value()->close();

    // Cold open with the raw key (KDF excluded): key, cipher check, first read, pragmas, first page.
    vk::Result<vk::SecureBuffer> rawKey = vk::KeyDerivation::derive(password, fast);
    if (!rawKey.ok()) {
        die(rawKey.error().code);
    }
    vk::SqlCipherDriver::registerDriver();
    int coldRun = 0;
    printFigure("open_first_page_cold",
                medianMs(std::max(3, arguments.runs / 3), 1,
                         [&] {
                             const QString name = QStringLiteral("cold-%1").arg(++coldRun);
                             {
                                 auto* driver = new vk::SqlCipherDriver;
                                 driver->setRawKey(rawKey.value());
                                 QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
                                 db.setDatabaseName(path);
                                 if (!db.open()) {
                                     die(db.lastError().text());
                                 }
                                 for (const char* pragma : sql::Pragmas) {
                                     execSql(driver->connection(), pragma);
                                 }
                                 readFirstPage(driver->connection());
                             }
                             QSqlDatabase::removeDatabase(name);
                         }),
                "ms", label, baselineOf("open_first_page_cold"), arguments.size);

    // What unlock costs after the KDF: CacheDatabase::open (header, key check, schema check, cache_meta) and
    // the first inbox page through QSqlQuery. The cache was made with the cheapest KDF, so this is the
    // cache's own cost.
    printFigure("unlock_first_page_kdf_excluded",
                medianMs(std::max(3, arguments.runs / 3), 1,
                         [&] {
                             auto reopened = vk::CacheDatabase::open(dir.path(), user, password);
                             if (!reopened.ok()) {
                                 die(reopened.error().code);
                             }
                             {
                                 QSqlQuery page = prepared(reopened.value()->connection(), sql::FirstPage);
                                 readAll(page);
                             }
                             reopened.value()->close();
                         }),
                "ms", label + " via CacheDatabase", std::string(), arguments.size);

    // Key derivation with the shipped defaults: what a user waits for at unlock before anything else.
    printFigure(
        "kdf_derive_default",
        medianMs(5, 1,
                 [&] {
                     if (!vk::KeyDerivation::derive(password, vk::KdfParameters::withRandomSalt()).ok()) {
                         die(QStringLiteral("key derivation failed"));
                     }
                 }),
        "ms", "argon2id (libsodium)", std::string(), arguments.size);
    return 0;
}
