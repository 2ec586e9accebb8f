#include "SqlCipherDriver.h"

#include "SqlCipherResult.h"
#include "StorageFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

// sqlite3_key/sqlite3_rekey are declared only for codec builds (SQLCipher 3.x and 4.x alike).
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlcipher/sqlite3.h>

#include <sodium.h>

namespace vk {

namespace {

constexpr std::size_t HexKeyLength = 2 + 64 + 1; // x'<64 hex digits>'

/// SQLCipher's raw-key form x'<hex>' spelled out in locked memory: SQLCipher then uses the bytes as the key
/// and skips its own PBKDF2 (the HMAC subkey still gets its cheap fixed derivation).
SecureBuffer rawKeyLiteral(const SecureBuffer& key) {
    SecureBuffer literal(HexKeyLength + 1);
    if (key.size() != 32 || !literal.isValid()) {
        return {};
    }
    unsigned char* out = literal.data();
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(reinterpret_cast<char*>(out + 2), 65, key.data(), key.size());
    out[66] = '\'';
    out[67] = '\0';
    return literal;
}

int majorVersion(const QString& version) {
    return version.section(QLatin1Char('.'), 0, 0).toInt();
}

QMetaType metaTypeForDeclaredType(const QString& declared) {
    // SQLite's own affinity rules, in its order of precedence.
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT"))) {
        return QMetaType::fromType<qlonglong>();
    }
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB")) ||
        type.contains(QLatin1String("TEXT"))) {
        return QMetaType::fromType<QString>();
    }
    if (type.contains(QLatin1String("BLOB"))) {
        return QMetaType::fromType<QByteArray>();
    }
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) ||
        type.contains(QLatin1String("DOUB"))) {
        return QMetaType::fromType<double>();
    }
    return QMetaType::fromType<QString>();
}

} // namespace

void SqlCipherDriver::registerDriver() {
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(driverName(), new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    (void)registered;
}

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver() {
    close();
}

void SqlCipherDriver::setRawKey(const SecureBuffer& key) {
    m_rawKey = key.clone();
}

void SqlCipherDriver::setBusyTimeout(int milliseconds) {
    m_busyTimeoutMs = milliseconds;
    if (m_db != nullptr) {
        sqlite3_busy_timeout(m_db, milliseconds);
    }
}

QSqlError SqlCipherDriver::sqliteError(const QString& driverText, int resultCode,
                                       QSqlError::ErrorType type) const {
    const int primary = resultCode & 0xff;
    // sqlite3_errmsg names tables and columns at most, never bound values, so it is safe to carry along.
    const QString databaseText = m_db != nullptr ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                                 : QString::fromUtf8(sqlite3_errstr(resultCode));
    return QSqlError(driverText, databaseText, type, QString::number(primary));
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const {
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking: // a writer locks the whole database file
    case FinishQuery:   // detachFromResultSet() resets the statement and releases its read lock
        return true;
    case NamedPlaceholders: // Qt rewrites :name to ? for us, so binding by name works through emulation
    case QuerySize:         // SQLite cannot tell the row count without stepping through every row
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case LowPrecisionNumbers:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::failOpen(const QSqlError& error) {
    setLastError(error);
    if (m_db != nullptr) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
    m_rawKey.clear();
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::applyConnectOptions(const QString& options) {
    const QStringList parts = options.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QString option = raw.trimmed();
        if (option.startsWith(QLatin1String("QSQLCIPHER_BUSY_TIMEOUT="))) {
            bool ok = false;
            const int value = option.section(QLatin1Char('='), 1).toInt(&ok);
            if (!ok || value < 0) {
                return false;
            }
            m_busyTimeoutMs = value;
        } else if (option == QLatin1String("QSQLCIPHER_OPEN_READONLY")) {
            m_readOnly = true;
        } else {
            return false;
        }
    }
    return true;
}

bool SqlCipherDriver::keyAndVerify() {
    const SecureBuffer literal = rawKeyLiteral(m_rawKey);
    m_rawKey.clear();
    if (literal.isEmpty()) {
        return failOpen(QSqlError(tr("A 32-byte key must be set before the database is opened."), {},
                                  QSqlError::ConnectionError));
    }
    int rc = sqlite3_key(m_db, literal.data(), static_cast<int>(HexKeyLength));
    if (rc != SQLITE_OK) {
        return failOpen(sqliteError(tr("The database could not be keyed."), rc, QSqlError::ConnectionError));
    }
    // Cipher settings are spelled out rather than left to the library's defaults, which differ between
    // SQLCipher 3 and 4: page size 4096 with per-page HMAC; on 4.x the SHA1 HMAC and HMAC-key derivation of
    // the 3.x format (the only one 3.4.1 writes) so a file made by either build opens in the other.
    QList<const char*> settings = {"PRAGMA cipher_page_size = 4096", "PRAGMA cipher_use_hmac = ON"};
    if (majorVersion(m_cipherVersion) >= 4) {
        settings << "PRAGMA cipher_hmac_algorithm = HMAC_SHA1"
                 << "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1";
    }
    for (const char* setting : std::as_const(settings)) {
        if (!execSimple(setting, QSqlError::ConnectionError)) {
            return failOpen(lastError());
        }
    }
    // The key is only checked when a page is read: read one now so a wrong key fails here, not later.
    sqlite3_stmt* probe = nullptr;
    rc = sqlite3_prepare_v2(m_db, "SELECT count(*) FROM sqlite_master", -1, &probe, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(probe);
        rc = rc == SQLITE_ROW ? SQLITE_OK : rc;
    }
    sqlite3_finalize(probe);
    if (rc != SQLITE_OK) {
        return failOpen(
            sqliteError(tr("The database cannot be read with this key."), rc, QSqlError::ConnectionError));
    }
    return true;
}

bool SqlCipherDriver::open(const QString& database, const QString& /*user*/, const QString& password,
                           const QString& /*host*/, int /*port*/, const QString& connectOptions) {
    if (isOpen()) {
        SecureBuffer key = std::move(m_rawKey); // close() wipes the key; a reopen still needs it
        close();
        m_rawKey = std::move(key);
    }
    setOpenError(false);
    if (!password.isEmpty()) {
        // Refuse rather than ignore: a key in a QString would linger in freed heap memory.
        m_rawKey.clear();
        return failOpen(QSqlError(tr("Pass the key with setRawKey(), never as a password."), {},
                                  QSqlError::ConnectionError));
    }
    if (!applyConnectOptions(connectOptions)) {
        m_rawKey.clear();
        return failOpen(QSqlError(tr("Unknown connection option."), {}, QSqlError::ConnectionError));
    }
    if (m_rawKey.size() != 32) {
        // Checked before sqlite3_open_v2 creates anything: this driver never makes a plaintext file.
        return failOpen(QSqlError(tr("A 32-byte key must be set before the database is opened."), {},
                                  QSqlError::ConnectionError));
    }
    // NOMUTEX: a Qt SQL connection belongs to one thread, so SQLite's per-call connection mutex (taken by
    // every sqlite3_column_* call in its default serialized mode) is pure cost on the inbox's hot path.
    const int flags = (m_readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) |
                      SQLITE_OPEN_NOMUTEX;
    int rc = sqlite3_open_v2(database.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        return failOpen(
            sqliteError(tr("The database file could not be opened."), rc, QSqlError::ConnectionError));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, m_busyTimeoutMs);

    // Prove that the library answering is SQLCipher: plain SQLite ignores the pragma and returns no row.
    sqlite3_stmt* statement = nullptr;
    rc = sqlite3_prepare_v2(m_db, "PRAGMA cipher_version", -1, &statement, nullptr);
    if (rc == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW) {
        m_cipherVersion = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    if (m_cipherVersion.isEmpty()) {
        m_rawKey.clear();
        return failOpen(QSqlError(tr("The SQLite library in this process is not SQLCipher."), {},
                                  QSqlError::ConnectionError));
    }
    if (!keyAndVerify()) {
        return false;
    }
    // Per-connection settings that keep plaintext off the disk: temporary tables and sort spills stay in
    // memory, and deleted content is overwritten rather than left in free pages.
    if (!execSimple("PRAGMA temp_store = MEMORY", QSqlError::ConnectionError) ||
        !execSimple("PRAGMA secure_delete = ON", QSqlError::ConnectionError)) {
        return failOpen(lastError());
    }
    setOpen(true);
    return true;
}

void SqlCipherDriver::close() {
    for (SqlCipherResult* result : std::as_const(m_results)) {
        result->finalize();
    }
    m_results.clear();
    if (m_db != nullptr) {
        if (sqlite3_close(m_db) != SQLITE_OK) {
            // A statement outside our bookkeeping still holds the handle: let SQLite close it when it is
            // done.
            sqlite3_close_v2(m_db);
        }
        m_db = nullptr;
    }
    m_rawKey.clear();
    m_cipherVersion.clear();
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult* SqlCipherDriver::createResult() const {
    return new SqlCipherResult(this);
}

void SqlCipherDriver::attach(SqlCipherResult* result) const {
    m_results.append(result);
}

void SqlCipherDriver::detach(SqlCipherResult* result) const {
    m_results.removeOne(result);
}

bool SqlCipherDriver::execSimple(const char* sql, QSqlError::ErrorType type) {
    if (m_db == nullptr) {
        setLastError(QSqlError(tr("The database is not open."), {}, type));
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(sqliteError(tr("The statement failed."), rc, type));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction() {
    // IMMEDIATE takes the write lock up front: a deferred transaction that later upgrades can fail with
    // SQLITE_BUSY without waiting, while this one waits out the busy timeout like any other statement.
    return isOpen() && execSimple("BEGIN IMMEDIATE", QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction() {
    return isOpen() && execSimple("COMMIT", QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction() {
    return isOpen() && execSimple("ROLLBACK", QSqlError::TransactionError);
}

bool SqlCipherDriver::rekey(const SecureBuffer& newKey) {
    if (!isOpen()) {
        setLastError(QSqlError(tr("The database is not open."), {}, QSqlError::ConnectionError));
        return false;
    }
    const SecureBuffer literal = rawKeyLiteral(newKey);
    if (literal.isEmpty()) {
        setLastError(QSqlError(tr("The new key must be 32 bytes."), {}, QSqlError::ConnectionError));
        return false;
    }
    const int rc = sqlite3_rekey(m_db, literal.data(), static_cast<int>(HexKeyLength));
    if (rc != SQLITE_OK) {
        setLastError(
            sqliteError(tr("The database could not be re-encrypted."), rc, QSqlError::ConnectionError));
        return false;
    }
    return true;
}

bool SqlCipherDriver::executeScript(const QString& script) {
    if (!isOpen()) {
        setLastError(QSqlError(tr("The database is not open."), {}, QSqlError::StatementError));
        return false;
    }
    const QByteArray utf8 = script.toUtf8();
    const char* cursor = utf8.constData();
    const char* const end = cursor + utf8.size();
    while (cursor < end) {
        sqlite3_stmt* statement = nullptr;
        const char* tail = nullptr;
        int rc = sqlite3_prepare_v2(m_db, cursor, static_cast<int>(end - cursor), &statement, &tail);
        if (rc != SQLITE_OK) {
            setLastError(sqliteError(tr("The statement could not be prepared."), rc));
            return false;
        }
        if (statement != nullptr) { // null for trailing whitespace and comments
            do {
                rc = sqlite3_step(statement);
            } while (rc == SQLITE_ROW);
            sqlite3_finalize(statement);
            if (rc != SQLITE_DONE) {
                setLastError(sqliteError(tr("The statement failed."), rc));
                return false;
            }
        }
        cursor = tail;
    }
    return true;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const {
    QStringList names;
    if (!isOpen()) {
        return names;
    }
    QStringList kinds;
    if (type & QSql::Tables) {
        kinds << QStringLiteral("'table'");
    }
    if (type & QSql::Views) {
        kinds << QStringLiteral("'view'");
    }
    if (!kinds.isEmpty()) {
        QSqlQuery query(createResult());
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN (%1) AND name NOT LIKE "
                                      "'sqlite\\_%' ESCAPE '\\' ORDER BY name")
                           .arg(kinds.join(QLatin1Char(','))))) {
            while (query.next()) {
                names << query.value(0).toString();
            }
        }
    }
    if (type & QSql::SystemTables) {
        names << QStringLiteral("sqlite_master");
    }
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const {
    QSqlRecord result;
    if (!isOpen() || tableName.isEmpty()) {
        return result;
    }
    const QString table = stripDelimiters(tableName, TableName);
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(table, TableName)))) {
        return result;
    }
    // table_info columns: cid, name, type, notnull, dflt_value, pk
    while (query.next()) {
        QSqlField field(query.value(1).toString(), metaTypeForDeclaredType(query.value(2).toString()), table);
        field.setRequired(query.value(3).toInt() != 0);
        field.setDefaultValue(query.value(4));
        if (query.value(5).toInt() != 0 &&
            query.value(2).toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0) {
            field.setAutoValue(true); // an INTEGER PRIMARY KEY is the rowid and fills itself in
        }
        result.append(field);
    }
    return result;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const {
    QSqlIndex index(tableName);
    if (!isOpen() || tableName.isEmpty()) {
        return index;
    }
    const QString table = stripDelimiters(tableName, TableName);
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(table, TableName)))) {
        return index;
    }
    QList<std::pair<int, QSqlField>> keyFields;
    while (query.next()) {
        const int position = query.value(5).toInt();
        if (position > 0) {
            keyFields.append(
                {position, QSqlField(query.value(1).toString(),
                                     metaTypeForDeclaredType(query.value(2).toString()), table)});
        }
    }
    std::sort(keyFields.begin(), keyFields.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& entry : std::as_const(keyFields)) {
        index.append(entry.second);
    }
    index.setName(table);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const {
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type)) {
        return identifier;
    }
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString SqlCipherDriver::formatValue(const QSqlField& field, bool trimStrings) const {
    if (field.isNull()) {
        return QStringLiteral("NULL");
    }
    const QVariant value = field.value();
    switch (value.metaType().id()) {
    case QMetaType::QDateTime:
        return QLatin1Char('\'') + StorageFormat::dateTime(value.toDateTime()) + QLatin1Char('\'');
    case QMetaType::QDate:
        return QLatin1Char('\'') + StorageFormat::date(value.toDate()) + QLatin1Char('\'');
    case QMetaType::QTime:
        return QLatin1Char('\'') + StorageFormat::time(value.toTime()) + QLatin1Char('\'');
    case QMetaType::QUuid:
        return QLatin1Char('\'') + StorageFormat::uuid(value.toUuid()) + QLatin1Char('\'');
    case QMetaType::QByteArray:
        return QStringLiteral("X'") + QString::fromLatin1(value.toByteArray().toHex()) + QLatin1Char('\'');
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default:
        return QSqlDriver::formatValue(field, trimStrings);
    }
}

QVariant SqlCipherDriver::handle() const {
    return QVariant::fromValue(static_cast<void*>(m_db));
}

} // namespace vk
