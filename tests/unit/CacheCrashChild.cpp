// Helper process of CacheCrash.*: opens an existing cache, commits rows, then leaves a large write
// transaction open, prints "ready" and waits to be killed. Password on the first line of stdin, never on the
// command line. Usage: vardinkorg_cache_crash_child <directory> <user>
#include "cache/CacheDatabase.h"
#include "security/SecureBuffer.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: vardinkorg_cache_crash_child <directory> <user>\n");
        return 2;
    }
    std::string line;
    std::getline(std::cin, line);
    const vk::SecureBuffer password = vk::SecureBuffer::fromBytes(line.data(), line.size());
    std::fill(line.begin(), line.end(), '\0');
    auto cache = vk::CacheDatabase::open(arguments.at(1), arguments.at(2), password);
    if (!cache.ok()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(cache.error().code));
        return 3;
    }
    QSqlDatabase db = cache.value()->connection();
    QSqlQuery query(db);
    // Committed: 50 outbox rows, one transaction each, and a contact moved to 'claimed'.
    for (int i = 0; i < 50; ++i) {
        if (!db.transaction()) {
            return 4;
        }
        query.prepare(
            QStringLiteral("INSERT INTO outbox (mutation_id, kind, payload, created_at) "
                           "VALUES (?, 'claim', '{\"contact_id\": \"c1\"}', '2026-11-23T09:00:00.000Z')"));
        query.addBindValue(QStringLiteral("committed-%1").arg(i));
        if (!query.exec() || !db.commit()) {
            return 5;
        }
    }
    if (!query.exec(QStringLiteral("UPDATE contacts SET status = 'claimed', version = 2 WHERE id = 'c1'"))) {
        return 6;
    }
    // Uncommitted: a small page cache makes SQLite spill these pages into the WAL before any commit, so the
    // crash leaves real uncommitted frames behind for recovery to ignore.
    query.exec(QStringLiteral("PRAGMA cache_size = 16"));
    if (!db.transaction()) {
        return 7;
    }
    for (int i = 0; i < 2000; ++i) {
        query.prepare(QStringLiteral("INSERT INTO outbox (mutation_id, kind, payload, created_at) "
                                     "VALUES (?, 'log_attempt', ?, '2026-11-23T09:00:00.000Z')"));
        query.addBindValue(QStringLiteral("uncommitted-%1").arg(i));
        query.addBindValue(QStringLiteral("{\"note\": \"Patient 191212121212 uncommitted note %1\"}").arg(i));
        if (!query.exec()) {
            return 8;
        }
    }
    if (!query.exec(
            QStringLiteral("UPDATE contacts SET status = 'completed', version = 3 WHERE id = 'c1'"))) {
        return 9;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    // Wait for the kill; reading stdin blocks without a timer and ends if the parent goes away.
    while (std::getchar() != EOF) {
    }
    return 0;
}
