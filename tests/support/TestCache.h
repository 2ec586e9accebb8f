#pragma once

#include "cache/CacheDatabase.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>

namespace vk::test {

/// A real encrypted cache in a throw-away folder, opened with the cheapest key derivation (tests only), plus
/// helpers to put rows in it the way a pull would.
class TestCache {
public:
    explicit TestCache(const QString& user = QStringLiteral("anna.lind"));

    /// The password the cache is created with.
    static constexpr QStringView Password = u"test-lösenord";

    [[nodiscard]] QSqlDatabase db() const { return m_cache->connection(); }
    [[nodiscard]] CacheDatabase& cache() { return *m_cache; }
    [[nodiscard]] QString directory() const { return m_dir.path(); }

    /// Runs one statement with positional values; fails the current test on error.
    void exec(const QString& sql, const QVariantList& values = {}) const;
    /// One value of the first row of a query.
    [[nodiscard]] QVariant scalar(const QString& sql, const QVariantList& values = {}) const;

    /// A unit, a member of staff and the 21 default codes, enough for actions to run.
    void seedReferenceData(const QString& unitId = QStringLiteral("u1"),
                           const QString& staffId = QStringLiteral("s1"),
                           const QString& staffName = QStringLiteral("Anna Lind"));
    /// One open contact of `channel` due at `dueAt` (storage form).
    void addContact(const QString& id, const QString& channel, const QString& dueAt,
                    const QString& unitId = QStringLiteral("u1"), const QString& patientId = QString());

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
};

} // namespace vk::test
