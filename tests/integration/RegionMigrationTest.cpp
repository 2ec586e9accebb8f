// Issue 4, acceptance (6): migrations from scratch, re-running is a no-op, a changed or failing migration
// leaves the schema as it was.
#include "RegionTestDatabase.h"

#include "region/RegionMigrator.h"

#include <gtest/gtest.h>

using namespace vk;
using namespace vk::test;

namespace {

class RegionMigrations : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        Result<QList<vk::RegionMigration>> embedded = RegionMigrator::embedded();
        ASSERT_TRUE(embedded.ok());
        m_migrations = embedded.value();
        ASSERT_FALSE(m_migrations.isEmpty());
    }

    std::unique_ptr<RegionTestDatabase> m_db;
    QList<vk::RegionMigration> m_migrations;
};

} // namespace

TEST_F(RegionMigrations, EmbeddedMigrationsAreNumberedWithoutGaps) {
    for (qsizetype i = 0; i < m_migrations.size(); ++i) {
        EXPECT_EQ(m_migrations.at(i).version, i + 1) << m_migrations.at(i).name.toStdString();
        EXPECT_EQ(m_migrations.at(i).checksum.size(), 64);
    }
}

TEST_F(RegionMigrations, FreshDatabaseIsAtTheNewestVersionAndReRunChangesNothing) {
    RegionMigrator migrator(m_db->admin());
    Result<int> version = migrator.currentVersion();
    ASSERT_TRUE(version.ok());
    EXPECT_EQ(version.value(), m_migrations.last().version);
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.schema_migrations")),
              m_migrations.size());
    Result<PgResult> before = m_db->admin().exec(
        QStringLiteral("SELECT string_agg(version || checksum || applied_at, ',' ORDER BY version) "
                       "FROM region.schema_migrations"));
    ASSERT_TRUE(before.ok());

    Result<int> again = migrator.migrate();
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again.value(), 0);
    Result<PgResult> after = m_db->admin().exec(
        QStringLiteral("SELECT string_agg(version || checksum || applied_at, ',' ORDER BY version) "
                       "FROM region.schema_migrations"));
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(before->text(0, 0), after->text(0, 0));
    // The seeded code list is there exactly once.
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.codes")), 21);
}

TEST_F(RegionMigrations, ChangedMigrationIsRefused) {
    QList<vk::RegionMigration> changed = m_migrations;
    changed.last().sql += "\n-- edited after it ran\n";
    changed.last().checksum = QByteArray(64, 'a');
    RegionMigrator migrator(m_db->admin());
    Result<int> result = migrator.migrate(changed);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("region.migration_changed"));
}

TEST_F(RegionMigrations, FailingMigrationIsRolledBackAndLeavesThePreviousVersion) {
    QList<vk::RegionMigration> extended = m_migrations;
    vk::RegionMigration broken;
    broken.version = m_migrations.last().version + 1;
    broken.name = QStringLiteral("broken");
    broken.sql =
        "CREATE TABLE region.half_done (a int); INSERT INTO region.half_done VALUES (1); SELECT 1 / 0;";
    broken.checksum = QByteArray(64, 'b');
    extended.append(broken);

    RegionMigrator migrator(m_db->admin());
    Result<int> result = migrator.migrate(extended);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("region.migration_failed"));
    Result<int> version = migrator.currentVersion();
    ASSERT_TRUE(version.ok());
    EXPECT_EQ(version.value(), m_migrations.last().version);
    Result<PgResult> table = m_db->admin().exec(QStringLiteral("SELECT to_regclass('region.half_done')"));
    ASSERT_TRUE(table.ok());
    EXPECT_TRUE(table->isNull(0, 0));
    // The connection is usable afterwards (no transaction left open).
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT 1")), 1);
}

TEST_F(RegionMigrations, NewerSchemaIsRefused) {
    ASSERT_TRUE(m_db->admin()
                    .exec(QStringLiteral("INSERT INTO region.schema_migrations (version, name, checksum) "
                                         "VALUES (9999, 'future', 'x')"))
                    .ok());
    Result<int> result = RegionMigrator(m_db->admin()).migrate();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("region.schema_newer"));
}
