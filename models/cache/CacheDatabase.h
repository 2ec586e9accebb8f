#pragma once

#include "domain/Result.h"
#include "security/KdfParameters.h"
#include "security/SecureBuffer.h"
#include "sqlcipher/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>

namespace vk {

/// The encrypted local cache of one user on this machine: one SQLCipher file per user (plus a small
/// non-secret header file next to it), keyed with an Argon2id key derived from the user's password, migrated
/// to the current schema on open.
///
/// Error codes: cache.wrong_password, cache.not_a_cache, cache.damaged, cache.io, cache.migration_failed,
/// cache.busy (changePassword() while other connections are open), cache.closed, cache.invalid_argument.
class CacheDatabase {
    Q_DECLARE_TR_FUNCTIONS(vk::CacheDatabase)

public:
    /// How open() behaves; the defaults are what the application uses.
    struct Options {
        /// KDF cost and salt for a cache created by this call (ignored when the cache exists). Null: defaults
        /// with a fresh random salt.
        const KdfParameters* newCacheParameters = nullptr;
        /// Stop migrating at this schema version (-1: the newest). For tests and tools that need an old
        /// cache.
        int migrateUpTo = -1;
        /// Where the NNNN_name.sql migrations are read from; tests point it elsewhere to inject a failing
        /// one.
        QString migrationsDirectory = QStringLiteral(":/cache");
    };

    /// Opens (and on first use creates) the cache of `userName` in `directory`.
    [[nodiscard]] static Result<std::unique_ptr<CacheDatabase>>
    open(const QString& directory, const QString& userName, const SecureBuffer& password,
         const KdfParameters* newCacheParameters = nullptr);
    /// open() with explicit options.
    [[nodiscard]] static Result<std::unique_ptr<CacheDatabase>> open(const QString& directory,
                                                                     const QString& userName,
                                                                     const SecureBuffer& password,
                                                                     const Options& options);
    /// Whether a cache (database or header) for `userName` exists in `directory`.
    [[nodiscard]] static bool exists(const QString& directory, const QString& userName);
    /// The default folder for caches: QStandardPaths::AppDataLocation.
    [[nodiscard]] static QString defaultDirectory();
    /// The database file of `userName` in `directory`: the user name is trimmed, NFC-normalised, case-folded
    /// and hashed, so any login maps to a fixed, safe file name that does not reveal it.
    [[nodiscard]] static QString filePathFor(const QString& directory, const QString& userName);
    /// The header file next to a database file.
    [[nodiscard]] static QString headerPathFor(const QString& databasePath);
    /// The newest schema version this build's migrations reach.
    [[nodiscard]] static int
    latestSchemaVersion(const QString& migrationsDirectory = QStringLiteral(":/cache"));

    ~CacheDatabase();
    CacheDatabase(const CacheDatabase&) = delete;
    CacheDatabase& operator=(const CacheDatabase&) = delete;

    /// The connection of the thread that opened the cache (invalid after close()).
    [[nodiscard]] QSqlDatabase connection() const;
    /// Opens another connection to the same file with the same key, owned by the calling thread (for the sync
    /// engine). Call it from the thread that will use the connection; close it with
    /// QSqlDatabase::removeDatabase.
    [[nodiscard]] Result<QString> openConnection(const QString& connectionName) const;
    /// Re-encrypts the cache under a key derived from `newPassword` with a fresh salt; the old password stops
    /// working. Every connection from openConnection() must be closed first (cache.busy otherwise).
    [[nodiscard]] Status changePassword(const SecureBuffer& oldPassword, const SecureBuffer& newPassword);
    /// Closes every connection this object opened and wipes the key. Safe to call twice.
    void close();
    [[nodiscard]] bool isOpen() const;
    /// The schema version the cache is at (0 when closed).
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    /// The database file.
    [[nodiscard]] QString filePath() const { return m_filePath; }

private:
    struct OwnedConnection {
        QString name;
        QPointer<SqlCipherDriver> driver;
    };

    CacheDatabase(QString filePath, SecureBuffer key);
    [[nodiscard]] static Error error(const char* code);
    [[nodiscard]] static Error connectionError(const QSqlError& sqlError);
    [[nodiscard]] static Result<QSqlDatabase> addConnection(const QString& path, const QString& name,
                                                            const SecureBuffer& key);
    [[nodiscard]] Status finishOpen(const Options& options);
    [[nodiscard]] Status rekey(const SecureBuffer& newKey);

    QString m_filePath;
    QString m_connectionName;
    int m_schemaVersion = 0;
    mutable std::mutex
        m_mutex; ///< guards the key and the connection list (openConnection() runs on other threads)
    SecureBuffer m_key;
    mutable QList<OwnedConnection> m_connections;
};

} // namespace vk
