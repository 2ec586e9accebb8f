#pragma once

#include "security/SecureBuffer.h"

#include <QList>
#include <QSqlDriver>
#include <QSqlError>
#include <QString>

struct sqlite3;

namespace vk {

class SqlCipherResult;

/// A Qt SQL driver over the SQLCipher C API, registered in-process as "QSQLCIPHER".
///
/// Keys never travel through QString: hand the 32-byte raw key to setRawKey() before QSqlDatabase::open();
/// the password argument of open() must stay empty. open() consumes (wipes) the key. Storage forms: QDateTime
/// is written as UTC ISO-8601 text "yyyy-MM-ddTHH:mm:ss.zzzZ" (reads back as QString; QVariant::toDateTime()
/// parses it), QDate as "yyyy-MM-dd", QTime as "HH:mm:ss.zzz", QUuid as lowercase canonical text, bool as
/// 0/1, QByteArray as BLOB. Integers come back as qint64, reals as double. Write transactions are BEGIN
/// IMMEDIATE. QSqlError::nativeErrorCode() is SQLite's primary result code as a decimal string ("5" =
/// SQLITE_BUSY).
class SqlCipherDriver final : public QSqlDriver {
    Q_OBJECT
public:
    /// The name the driver is registered under.
    static QString driverName() { return QStringLiteral("QSQLCIPHER"); }
    /// Registers the driver with QSqlDatabase once per process (later calls do nothing).
    static void registerDriver();
    /// Default busy timeout of new connections, in milliseconds.
    static constexpr int DefaultBusyTimeoutMs = 5000;

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;
    SqlCipherDriver(const SqlCipherDriver&) = delete;
    SqlCipherDriver& operator=(const SqlCipherDriver&) = delete;

    /// Copies the raw 32-byte key that the next open() keys the database with; open() wipes it afterwards.
    void setRawKey(const SecureBuffer& key);
    /// How long a statement waits for another connection's lock before failing with SQLITE_BUSY.
    void setBusyTimeout(int milliseconds);
    [[nodiscard]] int busyTimeout() const { return m_busyTimeoutMs; }
    /// The SQLCipher version string reported by `PRAGMA cipher_version` on the open connection.
    [[nodiscard]] QString cipherVersion() const { return m_cipherVersion; }
    /// Re-encrypts the whole database under a new raw 32-byte key (sqlite3_rekey); sets lastError() on
    /// failure.
    bool rekey(const SecureBuffer& newKey);
    /// Runs every statement of `script` in order (migrations); stops at the first error and sets lastError().
    bool executeScript(const QString& script);
    /// The underlying connection, for code that must reach SQLCipher directly (null when closed).
    [[nodiscard]] sqlite3* connection() const { return m_db; }

    [[nodiscard]] bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& database, const QString& user, const QString& password, const QString& host,
              int port, const QString& connectOptions) override;
    void close() override;
    [[nodiscard]] QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    [[nodiscard]] QStringList tables(QSql::TableType type) const override;
    [[nodiscard]] QSqlRecord record(const QString& tableName) const override;
    [[nodiscard]] QSqlIndex primaryIndex(const QString& tableName) const override;
    [[nodiscard]] QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    [[nodiscard]] QString formatValue(const QSqlField& field, bool trimStrings) const override;
    [[nodiscard]] QVariant handle() const override;

    /// Builds a QSqlError from the connection's current SQLite error.
    [[nodiscard]] QSqlError sqliteError(const QString& driverText, int resultCode,
                                        QSqlError::ErrorType type = QSqlError::StatementError) const;

private:
    friend class SqlCipherResult; // the result registers itself so close() can finalize live statements
    void attach(SqlCipherResult* result) const;
    void detach(SqlCipherResult* result) const;
    bool execSimple(const char* sql, QSqlError::ErrorType type);
    bool applyConnectOptions(const QString& options);
    bool failOpen(const QSqlError& error);
    bool keyAndVerify();

    sqlite3* m_db = nullptr;
    SecureBuffer m_rawKey;
    QString m_cipherVersion;
    int m_busyTimeoutMs = DefaultBusyTimeoutMs;
    bool m_readOnly = false;
    mutable QList<SqlCipherResult*> m_results;
};

} // namespace vk
