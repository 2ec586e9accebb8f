#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace vk {

/// Applies the numbered SQL migrations (NNNN_name.sql) of the cache in order, each in its own write
/// transaction together with its row in schema_migrations, so a failed migration leaves the previous version
/// intact.
class CacheMigrator {
public:
    struct Migration {
        int version = 0;
        QString name;
        QString path;
    };

    /// The migrations found in `directory`, ordered by version; empty when the numbering has gaps or
    /// duplicates.
    [[nodiscard]] static QList<Migration> available(const QString& directory);
    /// The version a database is at: the highest row of schema_migrations, 0 for an empty database, -1 on
    /// error.
    [[nodiscard]] static int currentVersion(const QSqlDatabase& database);

    struct Outcome {
        bool ok = false;
        int version = 0;       ///< the version the database is at afterwards
        QString failedName;    ///< the migration that failed, if any (for the log; never shown to users)
        QString technicalText; ///< SQLite's message (schema names only, no row data)
    };
    /// Migrates `database` up to `upTo` (-1: all available).
    [[nodiscard]] static Outcome migrate(const QSqlDatabase& database, const QString& directory, int upTo);
};

} // namespace vk
