#pragma once

#include "domain/Result.h"
#include "region/RegionMigration.h"

#include <QList>

namespace vk {

class PgConnection;

/// Applies the region store's numbered migrations in order, each in its own transaction, recorded with a
/// checksum in region.schema_migrations. Re-running is a no-op; a failed migration leaves the previous
/// version intact; a migration whose file changed after it was applied stops everything
/// (region.migration_changed).
class RegionMigrator {
public:
    explicit RegionMigrator(PgConnection& connection);

    /// The migrations embedded in the binary, ordered by version.
    [[nodiscard]] static Result<QList<RegionMigration>> embedded();

    /// Applies what is missing; returns how many migrations ran.
    [[nodiscard]] Result<int> migrate();
    /// Applies what is missing from `migrations` (tests pass their own list).
    [[nodiscard]] Result<int> migrate(const QList<RegionMigration>& migrations);
    /// The highest applied version (0 for an empty database).
    [[nodiscard]] Result<int> currentVersion();

private:
    Status ensureTrackingTable();
    PgConnection& m_connection;
};

} // namespace vk
