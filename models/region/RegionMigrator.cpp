#include "region/RegionMigrator.h"

#include "region/PgConnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace vk {

namespace {

// One lock per database: two `migrate` runs against the same database take turns.
constexpr qint64 kMigrationLock = 0x766b6d6967726174; // "vkmigrat"

} // namespace

RegionMigrator::RegionMigrator(PgConnection& connection)
    : m_connection(connection) {}

Result<QList<RegionMigration>> RegionMigrator::embedded() {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const QStringList files =
        QDir(QStringLiteral(":/region")).entryList({QStringLiteral("*.sql")}, QDir::Files);
    QList<RegionMigration> migrations;
    for (const QString& file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        QFile source(QStringLiteral(":/region/") + file);
        if (!match.hasMatch() || !source.open(QIODevice::ReadOnly)) {
            return Error{QStringLiteral("region.migration_unreadable"),
                         QCoreApplication::translate("RegionMigrator",
                                                     "The built-in migration %1 is misnamed or unreadable.")
                             .arg(file)};
        }
        RegionMigration migration;
        migration.version = match.captured(1).toInt();
        migration.name = match.captured(2);
        migration.sql = source.readAll();
        migration.checksum = QCryptographicHash::hash(migration.sql, QCryptographicHash::Sha256).toHex();
        if (!migrations.isEmpty() && migrations.last().version == migration.version) {
            return Error{
                QStringLiteral("region.migration_unreadable"),
                QCoreApplication::translate("RegionMigrator", "Two built-in migrations share the number %1.")
                    .arg(migration.version)};
        }
        migrations.append(migration);
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const RegionMigration& a, const RegionMigration& b) { return a.version < b.version; });
    return migrations;
}

Status RegionMigrator::ensureTrackingTable() {
    return m_connection.execScript(
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS region;"
                       "CREATE TABLE IF NOT EXISTS region.schema_migrations ("
                       "  version int PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,"
                       "  applied_at timestamptz NOT NULL DEFAULT now());"
                       "REVOKE ALL ON region.schema_migrations FROM PUBLIC;"));
}

Result<int> RegionMigrator::currentVersion() {
    Result<PgResult> exists =
        m_connection.exec(QStringLiteral("SELECT to_regclass('region.schema_migrations')"));
    if (!exists) {
        return exists.error();
    }
    if (exists->isNull(0, 0)) {
        return 0;
    }
    Result<PgResult> version =
        m_connection.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM region.schema_migrations"));
    if (!version) {
        return version.error();
    }
    return static_cast<int>(version->integer(0, 0));
}

Result<int> RegionMigrator::migrate() {
    Result<QList<RegionMigration>> migrations = embedded();
    if (!migrations) {
        return migrations.error();
    }
    return migrate(migrations.value());
}

Result<int> RegionMigrator::migrate(const QList<RegionMigration>& migrations) {
    // A session lock around the whole run: the tracking table's creation is not safe against a concurrent
    // twin.
    if (Result<PgResult> locked =
            m_connection.exec(QStringLiteral("SELECT pg_advisory_lock($1)"), {kMigrationLock});
        !locked) {
        return locked.error();
    }
    const auto unlock = [this] {
        (void)m_connection.exec(QStringLiteral("SELECT pg_advisory_unlock($1)"), {kMigrationLock});
    };
    if (Status tracked = ensureTrackingTable(); !tracked) {
        unlock();
        return tracked.error();
    }
    Result<PgResult> applied =
        m_connection.exec(QStringLiteral("SELECT version, name, checksum FROM region.schema_migrations"));
    if (!applied) {
        unlock();
        return applied.error();
    }
    QHash<int, QByteArray> appliedChecksums;
    int newestApplied = 0;
    for (int row = 0; row < applied->rows(); ++row) {
        const int version = static_cast<int>(applied->integer(row, 0));
        appliedChecksums.insert(version, applied->raw(row, 2));
        newestApplied = qMax(newestApplied, version);
    }
    const int newestKnown = migrations.isEmpty() ? 0 : migrations.last().version;
    if (newestApplied > newestKnown) {
        unlock();
        return Error{QStringLiteral("region.schema_newer"),
                     QCoreApplication::translate(
                         "RegionMigrator",
                         "The region store has schema version %1, newer than this program knows (%2). "
                         "Use a newer version of the program.")
                         .arg(newestApplied)
                         .arg(newestKnown)};
    }
    for (const RegionMigration& migration : migrations) {
        const auto found = appliedChecksums.constFind(migration.version);
        if (found != appliedChecksums.constEnd() && found.value() != migration.checksum) {
            unlock();
            return Error{
                QStringLiteral("region.migration_changed"),
                QCoreApplication::translate(
                    "RegionMigrator", "Migration %1 (%2) differs from the one applied to this database.")
                    .arg(migration.version)
                    .arg(migration.name)};
        }
    }

    int count = 0;
    for (const RegionMigration& migration : migrations) {
        if (appliedChecksums.contains(migration.version)) {
            continue;
        }
        Status step = m_connection.execScript(QStringLiteral("BEGIN"));
        if (step) {
            step = m_connection.execScript(QString::fromUtf8(migration.sql));
        }
        if (step) {
            Result<PgResult> recorded = m_connection.exec(
                QStringLiteral(
                    "INSERT INTO region.schema_migrations (version, name, checksum) VALUES ($1, $2, $3)"),
                {migration.version, migration.name, QString::fromLatin1(migration.checksum)});
            step = recorded ? Status(Done{}) : Status(recorded.error());
        }
        if (step) {
            step = m_connection.execScript(QStringLiteral("COMMIT"));
        }
        if (!step) {
            // The server message of a schema statement names objects, never patient data: an admin needs it.
            const QString detail = m_connection.lastServerMessage().trimmed();
            (void)m_connection.execScript(QStringLiteral("ROLLBACK"));
            unlock();
            return Error{QStringLiteral("region.migration_failed"),
                         QCoreApplication::translate("RegionMigrator",
                                                     "Migration %1 (%2) failed and was rolled back: %3")
                             .arg(migration.version)
                             .arg(migration.name, detail)};
        }
        ++count;
    }
    unlock();
    return count;
}

} // namespace vk
