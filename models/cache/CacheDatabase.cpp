#include "CacheDatabase.h"

#include "CacheHeader.h"
#include "CacheMigrator.h"
#include "security/KeyDerivation.h"
#include "security/Sodium.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sodium.h>

#include <cstdio>

namespace vk {

namespace {

Q_LOGGING_CATEGORY(lcCache, "vk.cache")

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString pendingHeaderPath(const QString& headerPath) {
    return headerPath + QStringLiteral(".new");
}

bool looksLikePlainSqlite(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool replaceFile(const QString& from, const QString& to) {
    // rename(2) replaces the target atomically; QFile::rename refuses an existing target.
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

/// Connection settings every connection of the cache gets (the driver adds temp_store and secure_delete).
///
/// Journal: WAL. SQLCipher encrypts WAL frames with the database key exactly as it encrypts pages, and the
/// -shm index holds page numbers and checksums only, so nothing readable reaches the disk either way. WAL
/// wins on behaviour: the sync engine writes on its own connection while the UI keeps reading; with a
/// rollback journal a large pull would take the EXCLUSIVE lock and stall every inbox query until it commits.
/// synchronous = FULL fsyncs each commit so an acknowledged user action (outbox row) survives power loss, not
/// only a crash. The one WAL drawback, sqlite3_rekey, is handled by changePassword() switching to DELETE for
/// the rekey.
const char* const ConnectionPragmas[] = {
    "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
    "PRAGMA cache_size = -16384", // 16 MiB of decrypted pages per connection
};

} // namespace

Error CacheDatabase::error(const char* code) {
    const QLatin1String id(code);
    QString message;
    if (id == QLatin1String("cache.wrong_password")) {
        message = tr("The password is not correct.");
    } else if (id == QLatin1String("cache.not_a_cache")) {
        message = tr("The file is not a Vårdinkorg cache.");
    } else if (id == QLatin1String("cache.damaged")) {
        message = tr("The local cache is damaged. It can be removed and downloaded again from the region.");
    } else if (id == QLatin1String("cache.migration_failed")) {
        message = tr("The local cache could not be upgraded to this version of Vårdinkorg.");
    } else if (id == QLatin1String("cache.busy")) {
        message = tr("The local cache is in use. Close other connections and try again.");
    } else if (id == QLatin1String("cache.closed")) {
        message = tr("The local cache is locked.");
    } else if (id == QLatin1String("cache.invalid_argument")) {
        message = tr("The local cache cannot be opened with these settings.");
    } else {
        message = tr("The local cache could not be read or written. Check the disk and its permissions.");
    }
    return Error{QString(id), message};
}

Error CacheDatabase::connectionError(const QSqlError& sqlError) {
    const int code = sqlError.nativeErrorCode().toInt();
    constexpr int SqliteCorrupt = 11;
    constexpr int SqliteNotADatabase = 26;
    qCWarning(lcCache) << "cache connection failed:" << sqlError.driverText() << sqlError.databaseText();
    return error(code == SqliteCorrupt || code == SqliteNotADatabase ? "cache.damaged" : "cache.io");
}

QString CacheDatabase::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString CacheDatabase::filePathFor(const QString& directory, const QString& userName) {
    // Logins differ in case and Unicode form between keyboards and directories; all of them must find one
    // file.
    const QByteArray normalized =
        userName.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded().toUtf8();
    unsigned char digest[16];
    if (!ensureSodium()) {
        return {};
    }
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(normalized.constData()),
                       static_cast<unsigned long long>(normalized.size()), nullptr, 0);
    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex();
    return QDir(directory).filePath(QStringLiteral("cache-%1.db").arg(QString::fromLatin1(hex)));
}

QString CacheDatabase::headerPathFor(const QString& databasePath) {
    return databasePath + QStringLiteral(".header");
}

bool CacheDatabase::exists(const QString& directory, const QString& userName) {
    const QString path = filePathFor(directory, userName);
    return QFileInfo::exists(path) || QFileInfo::exists(headerPathFor(path));
}

int CacheDatabase::latestSchemaVersion(const QString& migrationsDirectory) {
    return static_cast<int>(CacheMigrator::available(migrationsDirectory).size());
}

CacheDatabase::CacheDatabase(QString filePath, SecureBuffer key)
    : m_filePath(std::move(filePath))
    , m_key(std::move(key)) {}

CacheDatabase::~CacheDatabase() {
    close();
}

Result<std::unique_ptr<CacheDatabase>> CacheDatabase::open(const QString& directory, const QString& userName,
                                                           const SecureBuffer& password,
                                                           const KdfParameters* newCacheParameters) {
    Options options;
    options.newCacheParameters = newCacheParameters;
    return open(directory, userName, password, options);
}

Result<QSqlDatabase> CacheDatabase::addConnection(const QString& path, const QString& name,
                                                  const SecureBuffer& key) {
    SqlCipherDriver::registerDriver();
    auto* driver = new SqlCipherDriver; // QSqlDatabase owns it from the next line on
    driver->setRawKey(key);
    QSqlDatabase database = QSqlDatabase::addDatabase(driver, name);
    database.setDatabaseName(path);
    const auto discard = [&database, &name] {
        database.close();
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    };
    if (!database.open()) {
        const QSqlError sqlError = database.lastError();
        discard();
        return connectionError(sqlError);
    }
    QSqlQuery query(database);
    query.setForwardOnly(true);
    for (const char* pragma : ConnectionPragmas) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            const QSqlError sqlError = query.lastError();
            query = QSqlQuery();
            discard();
            return connectionError(sqlError);
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode")) || !query.next() ||
        query.value(0).toString() != QLatin1String("wal")) {
        query = QSqlQuery();
        discard();
        return error("cache.io");
    }
    return database;
}

Result<std::unique_ptr<CacheDatabase>> CacheDatabase::open(const QString& directory, const QString& userName,
                                                           const SecureBuffer& password,
                                                           const Options& options) {
    if (!ensureSodium()) {
        return error("cache.io");
    }
    if (directory.isEmpty() || userName.trimmed().isEmpty() || !password.isValid()) {
        return error("cache.invalid_argument");
    }
    if (!QFileInfo::exists(directory)) {
        if (!QDir().mkpath(directory)) {
            return error("cache.io");
        }
        QFile::setPermissions(directory, OwnerOnly | QFileDevice::ExeOwner);
    }
    const QString databasePath = filePathFor(directory, userName);
    const QString headerPath = headerPathFor(databasePath);
    const QString pendingPath = pendingHeaderPath(headerPath);
    const QFileInfo databaseInfo(databasePath);
    const bool databaseExists = databaseInfo.exists() && databaseInfo.size() > 0;
    if (databaseExists && looksLikePlainSqlite(databasePath)) {
        return error("cache.not_a_cache");
    }

    CacheHeader::ReadStatus status = CacheHeader::ReadStatus::Missing;
    CacheHeader header = CacheHeader::read(headerPath, &status);
    switch (status) {
    case CacheHeader::ReadStatus::Ok:
        break;
    case CacheHeader::ReadStatus::Missing:
        if (databaseExists) {
            return error("cache.not_a_cache"); // a database without our header is not one we made
        }
        break;
    case CacheHeader::ReadStatus::Foreign:
        return error("cache.not_a_cache");
    case CacheHeader::ReadStatus::Malformed:
        return error("cache.damaged");
    case CacheHeader::ReadStatus::Unreadable:
        return error("cache.io");
    }

    SecureBuffer key;
    bool promotePending = false; // changePassword() wrote the new header but died before renaming it
    bool stalePending = false;   // ... or before the rekey committed
    if (status == CacheHeader::ReadStatus::Missing) {
        KdfParameters parameters = options.newCacheParameters != nullptr ? *options.newCacheParameters
                                                                         : KdfParameters::withRandomSalt();
        if (parameters.salt.isEmpty()) {
            parameters.salt = KdfParameters::withRandomSalt().salt;
        }
        if (!parameters.isValid()) {
            return error("cache.invalid_argument");
        }
        Result<SecureBuffer> derived = KeyDerivation::derive(password, parameters);
        if (!derived) {
            return derived.error();
        }
        key = std::move(derived).value();
        header = CacheHeader{};
        header.kdf = parameters;
        header.keyCheck = CacheHeader::keyCheckFor(key);
        // The header goes first: a database without a header would read as "not ours" forever.
        if (!header.write(headerPath)) {
            return error("cache.io");
        }
        QFile::remove(pendingPath);
    } else {
        Result<SecureBuffer> derived = KeyDerivation::derive(password, header.kdf);
        if (!derived) {
            return derived.error();
        }
        key = std::move(derived).value();
        if (header.matches(key)) {
            stalePending = QFileInfo::exists(pendingPath);
        } else {
            CacheHeader::ReadStatus pendingStatus = CacheHeader::ReadStatus::Missing;
            const CacheHeader pending = CacheHeader::read(pendingPath, &pendingStatus);
            if (pendingStatus != CacheHeader::ReadStatus::Ok) {
                return error("cache.wrong_password");
            }
            Result<SecureBuffer> pendingKey = KeyDerivation::derive(password, pending.kdf);
            if (!pendingKey || !pending.matches(pendingKey.value())) {
                return error("cache.wrong_password");
            }
            key = std::move(pendingKey).value();
            promotePending = true;
        }
    }

    const QString name =
        QStringLiteral("vardinkorg-cache-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    Result<QSqlDatabase> connection = addConnection(databasePath, name, key);
    if (!connection) {
        if (connection.error().is("cache.damaged") && (promotePending || stalePending)) {
            // An interrupted password change: the database answers to the other password.
            return error("cache.wrong_password");
        }
        return connection.error();
    }
    if (promotePending && !replaceFile(pendingPath, headerPath)) {
        qCWarning(lcCache) << "could not promote the pending cache header";
    } else if (stalePending) {
        QFile::remove(pendingPath);
    }
    QFile::setPermissions(databasePath, OwnerOnly);

    std::unique_ptr<CacheDatabase> cache(new CacheDatabase(databasePath, std::move(key)));
    cache->m_connectionName = name;
    cache->m_connections.append({name, qobject_cast<SqlCipherDriver*>(connection.value().driver())});
    const Status finished = cache->finishOpen(options);
    if (!finished) {
        return finished.error(); // the cache closes itself and wipes the key as it goes
    }
    return cache;
}

Status CacheDatabase::finishOpen(const Options& options) {
    QSqlDatabase database = connection();
    const CacheMigrator::Outcome outcome =
        CacheMigrator::migrate(database, options.migrationsDirectory, options.migrateUpTo);
    m_schemaVersion = std::max(outcome.version, 0);
    if (!outcome.ok) {
        qCWarning(lcCache) << "cache migration" << outcome.failedName << "failed:" << outcome.technicalText;
        return error("cache.migration_failed");
    }
    if (m_schemaVersion < 1) {
        return Done{};
    }
    // Settings recorded inside the encrypted file, so a later build can see how it was written. The header
    // holds the same cipher settings in the clear because they are needed before the key can be checked.
    auto* driver = qobject_cast<SqlCipherDriver*>(database.driver());
    const QMap<QString, QString> wanted{
        {QStringLiteral("schema_version"), QString::number(m_schemaVersion)},
        {QStringLiteral("cipher_page_size"), QStringLiteral("4096")},
        {QStringLiteral("cipher_use_hmac"), QStringLiteral("1")},
        {QStringLiteral("cipher_hmac_algorithm"), QStringLiteral("HMAC_SHA1")},
        {QStringLiteral("cipher_kdf_algorithm"), QStringLiteral("PBKDF2_HMAC_SHA1")},
        {QStringLiteral("cipher_key_form"), QStringLiteral("raw")},
        {QStringLiteral("cipher_version"), driver != nullptr ? driver->cipherVersion() : QString()},
        {QStringLiteral("journal_mode"), QStringLiteral("wal")},
        {QStringLiteral("kdf_algorithm"), QStringLiteral("argon2id13")},
    };
    QMap<QString, QString> stored;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM cache_meta"))) {
        return connectionError(query.lastError());
    }
    while (query.next()) {
        stored.insert(query.value(0).toString(), query.value(1).toString());
    }
    QList<QString> changed;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (stored.value(it.key()) != it.value() || !stored.contains(it.key())) {
            changed.append(it.key());
        }
    }
    if (changed.isEmpty()) {
        return Done{};
    }
    if (!database.transaction()) {
        return connectionError(database.lastError());
    }
    for (const QString& key : std::as_const(changed)) {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO cache_meta (key, value) VALUES (?, ?)"));
        query.addBindValue(key);
        query.addBindValue(wanted.value(key));
        if (!query.exec()) {
            const QSqlError sqlError = query.lastError();
            database.rollback();
            return connectionError(sqlError);
        }
    }
    if (!database.commit()) {
        const QSqlError sqlError = database.lastError();
        database.rollback();
        return connectionError(sqlError);
    }
    return Done{};
}

QSqlDatabase CacheDatabase::connection() const {
    if (m_connectionName.isEmpty()) {
        return {};
    }
    return QSqlDatabase::database(m_connectionName, false);
}

bool CacheDatabase::isOpen() const {
    const std::lock_guard lock(m_mutex);
    return !m_key.isEmpty();
}

Result<QString> CacheDatabase::openConnection(const QString& connectionName) const {
    const std::lock_guard lock(m_mutex);
    if (m_key.isEmpty()) {
        return error("cache.closed");
    }
    if (connectionName.isEmpty() || QSqlDatabase::contains(connectionName)) {
        return error("cache.invalid_argument");
    }
    Result<QSqlDatabase> database = addConnection(m_filePath, connectionName, m_key);
    if (!database) {
        return database.error();
    }
    m_connections.append({connectionName, qobject_cast<SqlCipherDriver*>(database.value().driver())});
    return connectionName;
}

Status CacheDatabase::rekey(const SecureBuffer& newKey) {
    QSqlDatabase database = connection();
    auto* driver = qobject_cast<SqlCipherDriver*>(database.driver());
    if (driver == nullptr || !database.isOpen()) {
        return error("cache.closed");
    }
    QSqlQuery query(database);
    query.setForwardOnly(true);
    // sqlite3_rekey rewrites every page in one transaction; it must not run in WAL mode, where other readers
    // could still see frames under the old key. Leaving WAL needs the only connection and no open statement.
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next() ||
        query.value(0).toInt() != 0) {
        return error("cache.busy");
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !query.next() ||
        query.value(0).toString() != QLatin1String("delete")) {
        return error("cache.busy");
    }
    query.finish();
    const bool rekeyed = driver->rekey(newKey);
    const QSqlError rekeyError = driver->lastError();
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next() ||
        query.value(0).toString() != QLatin1String("wal")) {
        qCWarning(lcCache) << "could not return the cache to WAL mode";
    }
    query.finish();
    if (!rekeyed) {
        return connectionError(rekeyError);
    }
    return Done{};
}

Status CacheDatabase::changePassword(const SecureBuffer& oldPassword, const SecureBuffer& newPassword) {
    {
        const std::lock_guard lock(m_mutex);
        if (m_key.isEmpty()) {
            return error("cache.closed");
        }
        for (const OwnedConnection& owned : std::as_const(m_connections)) {
            if (owned.name != m_connectionName && owned.driver && owned.driver->isOpen()) {
                return error("cache.busy");
            }
        }
    }
    const QString headerPath = headerPathFor(m_filePath);
    CacheHeader::ReadStatus status = CacheHeader::ReadStatus::Missing;
    const CacheHeader header = CacheHeader::read(headerPath, &status);
    if (status != CacheHeader::ReadStatus::Ok) {
        return error(status == CacheHeader::ReadStatus::Unreadable ? "cache.io" : "cache.damaged");
    }
    Result<SecureBuffer> oldKey = KeyDerivation::derive(oldPassword, header.kdf);
    if (!oldKey) {
        return oldKey.error();
    }
    if (!header.matches(oldKey.value()) || !oldKey.value().equals(m_key)) {
        return error("cache.wrong_password");
    }
    CacheHeader next = header;
    next.kdf.salt =
        KdfParameters::withRandomSalt().salt; // a fresh salt: the new key shares nothing with the old
    Result<SecureBuffer> newKey = KeyDerivation::derive(newPassword, next.kdf);
    if (!newKey) {
        return newKey.error();
    }
    next.keyCheck = CacheHeader::keyCheckFor(newKey.value());
    // Crash safety: the new header is written beside the old one first; open() sorts out which one the
    // database answers to if we die between the rekey and the rename below.
    const QString pendingPath = pendingHeaderPath(headerPath);
    if (!next.write(pendingPath)) {
        return error("cache.io");
    }
    const Status rekeyed = rekey(newKey.value());
    if (!rekeyed) {
        QFile::remove(pendingPath);
        return rekeyed;
    }
    if (!replaceFile(pendingPath, headerPath)) {
        qCWarning(lcCache) << "could not promote the pending cache header"; // open() will promote it
    }
    const std::lock_guard lock(m_mutex);
    m_key = std::move(newKey).value();
    return Done{};
}

void CacheDatabase::close() {
    const std::lock_guard lock(m_mutex);
    for (const OwnedConnection& owned : std::as_const(m_connections)) {
        // Closing the driver finalizes its statements and closes the SQLCipher handle, which wipes the key
        // SQLCipher holds. Connections of other threads must be idle by now (the sync engine stops first);
        // their owners still remove the registration with QSqlDatabase::removeDatabase.
        if (owned.driver) {
            owned.driver->close();
        }
    }
    m_connections.clear();
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    m_key.clear();
    m_schemaVersion = 0;
}

} // namespace vk
