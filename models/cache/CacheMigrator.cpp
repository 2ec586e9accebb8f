#include "CacheMigrator.h"

#include "sqlcipher/SqlCipherDriver.h"
#include "sqlcipher/StorageFormat.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace vk {

QList<CacheMigrator::Migration> CacheMigrator::available(const QString& directory) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QStringList files = QDir(directory).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch()) {
            continue;
        }
        migrations.append({match.captured(1).toInt(), match.captured(2), QDir(directory).filePath(file)});
    }
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version != i + 1) {
            return {}; // 0001, 0002, ... without gaps: anything else is a packaging mistake, not a schema
        }
    }
    return migrations;
}

int CacheMigrator::currentVersion(const QSqlDatabase& database) {
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                                   "'schema_migrations'")) ||
        !query.next()) {
        return -1;
    }
    if (query.value(0).toInt() == 0) {
        return 0;
    }
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")) ||
        !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

CacheMigrator::Outcome CacheMigrator::migrate(const QSqlDatabase& constDatabase, const QString& directory,
                                              int upTo) {
    QSqlDatabase database = constDatabase;
    Outcome outcome;
    outcome.version = currentVersion(database);
    auto* driver = qobject_cast<SqlCipherDriver*>(database.driver());
    const QList<Migration> migrations = available(directory);
    if (outcome.version < 0 || driver == nullptr || migrations.isEmpty()) {
        outcome.technicalText = outcome.version < 0
                                    ? database.lastError().databaseText()
                                    : QStringLiteral("no usable migrations in %1").arg(directory);
        return outcome;
    }
    if (outcome.version > migrations.size()) {
        outcome.technicalText = QStringLiteral("schema %1 is newer than this build (%2)")
                                    .arg(outcome.version)
                                    .arg(migrations.size());
        return outcome;
    }
    const int target =
        upTo < 0 ? static_cast<int>(migrations.size()) : std::min(upTo, int(migrations.size()));
    for (const Migration& migration : migrations) {
        if (migration.version <= outcome.version || migration.version > target) {
            continue;
        }
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly)) {
            outcome.failedName = migration.name;
            outcome.technicalText = file.errorString();
            return outcome;
        }
        const QString script = QString::fromUtf8(file.readAll());
        if (!database.transaction()) {
            outcome.failedName = migration.name;
            outcome.technicalText = database.lastError().databaseText();
            return outcome;
        }
        bool ok =
            driver->executeScript(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version "
                                                 "INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL, "
                                                 "applied_at TEXT NOT NULL)"));
        ok = ok && driver->executeScript(script);
        QString failure = ok ? QString() : driver->lastError().databaseText();
        if (ok) {
            QSqlQuery insert(database);
            ok = insert.prepare(
                QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
            insert.addBindValue(migration.version);
            insert.addBindValue(migration.name);
            insert.addBindValue(StorageFormat::dateTime(QDateTime::currentDateTimeUtc()));
            ok = ok && insert.exec();
            if (!ok) {
                failure = insert.lastError().databaseText();
            }
        }
        if (!ok || !database.commit()) {
            if (ok) {
                failure = database.lastError().databaseText();
            }
            database.rollback();
            outcome.failedName = migration.name;
            outcome.technicalText = failure;
            return outcome;
        }
        outcome.version = migration.version;
    }
    outcome.ok = true;
    return outcome;
}

} // namespace vk
