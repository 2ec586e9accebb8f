#include "SqlCipherResult.h"

#include "SqlCipherDriver.h"
#include "StorageFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QUuid>

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlcipher/sqlite3.h>

#include <limits>

namespace vk {

namespace {

QMetaType columnMetaType(sqlite3_stmt* statement, int column) {
    const char* declared = sqlite3_column_decltype(statement, column);
    if (declared == nullptr) {
        return QMetaType(); // an expression: the type is whatever each row's value is
    }
    const QByteArray type = QByteArray(declared).toUpper();
    if (type.contains("INT")) {
        return QMetaType::fromType<qlonglong>();
    }
    if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
        return QMetaType::fromType<QString>();
    }
    if (type.contains("BLOB")) {
        return QMetaType::fromType<QByteArray>();
    }
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
        return QMetaType::fromType<double>();
    }
    return QMetaType::fromType<QString>();
}

bool isInsert(sqlite3_stmt* statement) {
    const QByteArray sql = QByteArray(sqlite3_sql(statement)).trimmed().left(7).toUpper();
    return sql.startsWith("INSERT") || sql.startsWith("REPLACE");
}

/// Like Qt's own drivers: a null QString/QByteArray/date inside a valid QVariant still means SQL NULL.
bool isNullValue(const QVariant& value) {
    if (value.isNull()) {
        return true;
    }
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt* statement, int index, const QString& text) {
    return sqlite3_bind_text16(statement, index, text.utf16(), static_cast<int>(text.size() * 2),
                               SQLITE_TRANSIENT);
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver) {
    driver->attach(this);
}

SqlCipherResult::~SqlCipherResult() {
    if (const SqlCipherDriver* driver = cipherDriver()) {
        driver->detach(this);
    }
    finalize();
}

const SqlCipherDriver* SqlCipherResult::cipherDriver() const {
    return qobject_cast<const SqlCipherDriver*>(driver());
}

void SqlCipherResult::finalize() {
    if (m_stmt != nullptr) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_rows.clear();
    m_rowPending = false;
    m_done = true;
}

QVariant SqlCipherResult::handle() const {
    return QVariant::fromValue(static_cast<void*>(m_stmt));
}

void SqlCipherResult::fail(const QString& text, int resultCode) {
    const SqlCipherDriver* driver = cipherDriver();
    if (driver != nullptr && driver->connection() != nullptr) {
        setLastError(driver->sqliteError(text, resultCode));
    } else {
        setLastError(QSqlError(text, QString::fromUtf8(sqlite3_errstr(resultCode)), QSqlError::StatementError,
                               QString::number(resultCode & 0xff)));
    }
}

bool SqlCipherResult::reset(const QString& query) {
    if (!prepare(query)) {
        return false;
    }
    return execute(false);
}

bool SqlCipherResult::prepare(const QString& query) {
    finalize();
    setActive(false);
    setSelect(false);
    setAt(QSql::BeforeFirstRow);
    m_record = QSqlRecord();
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    const SqlCipherDriver* driver = cipherDriver();
    if (driver == nullptr || driver->connection() == nullptr) {
        setLastError(QSqlError(tr("The database is not open."), {}, QSqlError::ConnectionError));
        return false;
    }
    const void* tail = nullptr;
    const int rc = sqlite3_prepare16_v2(driver->connection(), query.utf16(),
                                        static_cast<int>(query.size() * 2), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        fail(tr("The statement could not be prepared."), rc);
        finalize();
        return false;
    }
    if (tail != nullptr) {
        const auto* rest = static_cast<const QChar*>(tail);
        const auto* const end = reinterpret_cast<const QChar*>(query.utf16()) + query.size();
        const QString remainder = QString(rest, end - rest).trimmed();
        if (!remainder.isEmpty() && remainder != QLatin1String(";")) {
            setLastError(QSqlError(tr("Only one statement can be executed at a time."), {},
                                   QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
            finalize();
            return false;
        }
    }
    if (m_stmt == nullptr) {
        setLastError(QSqlError(tr("The statement is empty."), {}, QSqlError::StatementError,
                               QString::number(SQLITE_MISUSE)));
        return false;
    }
    return true;
}

bool SqlCipherResult::exec() {
    return execute(true);
}

bool SqlCipherResult::bindAll() {
    const QList<QVariant>& values = boundValues();
    const int count = sqlite3_bind_parameter_count(m_stmt);
    if (count != values.size()) {
        setLastError(QSqlError(tr("The number of bound values does not match the statement."), {},
                               QSqlError::StatementError, QString::number(SQLITE_RANGE)));
        return false;
    }
    for (int i = 0; i < count; ++i) {
        const QVariant& value = values.at(i);
        const int index = i + 1;
        int rc = SQLITE_OK;
        if (isNullValue(value)) {
            rc = sqlite3_bind_null(m_stmt, index);
        } else {
            switch (value.metaType().id()) {
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob64(m_stmt, index, bytes.constData(),
                                         static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::Bool:
                rc = sqlite3_bind_int(m_stmt, index, value.toBool() ? 1 : 0);
                break;
            case QMetaType::Int:
            case QMetaType::Short:
            case QMetaType::Char:
            case QMetaType::SChar:
            case QMetaType::Long:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::UShort:
            case QMetaType::UChar:
                rc = sqlite3_bind_int64(m_stmt, index, value.toLongLong());
                break;
            case QMetaType::ULong:
            case QMetaType::ULongLong: {
                const qulonglong unsignedValue = value.toULongLong();
                if (unsignedValue > static_cast<qulonglong>(std::numeric_limits<qint64>::max())) {
                    setLastError(QSqlError(tr("An unsigned value is too large for a 64-bit integer."), {},
                                           QSqlError::StatementError, QString::number(SQLITE_RANGE)));
                    return false;
                }
                rc = sqlite3_bind_int64(m_stmt, index, static_cast<sqlite3_int64>(unsignedValue));
                break;
            }
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, index, value.toDouble());
                break;
            case QMetaType::QDateTime: {
                const QDateTime dateTime = value.toDateTime();
                rc = dateTime.isValid() ? bindText(m_stmt, index, StorageFormat::dateTime(dateTime))
                                        : sqlite3_bind_null(m_stmt, index);
                break;
            }
            case QMetaType::QDate:
                rc = bindText(m_stmt, index, StorageFormat::date(value.toDate()));
                break;
            case QMetaType::QTime:
                rc = bindText(m_stmt, index, StorageFormat::time(value.toTime()));
                break;
            case QMetaType::QUuid:
                rc = bindText(m_stmt, index, StorageFormat::uuid(value.toUuid()));
                break;
            case QMetaType::QString:
                rc = bindText(m_stmt, index, value.toString());
                break;
            default:
                if (!value.canConvert<QString>()) {
                    setLastError(QSqlError(tr("A bound value has a type the database cannot store."), {},
                                           QSqlError::StatementError, QString::number(SQLITE_MISMATCH)));
                    return false;
                }
                rc = bindText(m_stmt, index, value.toString());
                break;
            }
        }
        if (rc != SQLITE_OK) {
            fail(tr("A value could not be bound."), rc);
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::execute(bool bind) {
    const SqlCipherDriver* driver = cipherDriver();
    if (m_stmt == nullptr || driver == nullptr || driver->connection() == nullptr) {
        setLastError(QSqlError(tr("No statement has been prepared."), {}, QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_rows.clear();
    m_rowPending = false;
    m_done = false;
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    if (bind && !bindAll()) {
        return false;
    }
    sqlite3* db = driver->connection();
    const sqlite3_int64 changesBefore = sqlite3_total_changes(db);
    const sqlite3_int64 rowIdBefore = sqlite3_last_insert_rowid(db);
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        fail(tr("The statement failed."), rc);
        sqlite3_reset(m_stmt);
        m_done = true;
        return false;
    }
    const bool select = sqlite3_column_count(m_stmt) > 0;
    setSelect(select);
    if (select && m_record.isEmpty()) {
        buildRecord();
    }
    if (sqlite3_total_changes(db) != changesBefore) {
        m_rowsAffected = sqlite3_changes(db);
        const sqlite3_int64 rowId = sqlite3_last_insert_rowid(db);
        if (rowId != rowIdBefore || isInsert(m_stmt)) {
            m_lastInsertId = QVariant(static_cast<qlonglong>(rowId));
        }
    } else {
        m_rowsAffected = 0;
    }
    if (rc == SQLITE_ROW) {
        if (isForwardOnly()) {
            m_rowPending = true;
        } else {
            m_rows.append(currentRow());
        }
    } else {
        releaseReadLock();
    }
    setActive(true);
    return true;
}

void SqlCipherResult::buildRecord() {
    const int columns = sqlite3_column_count(m_stmt);
    for (int column = 0; column < columns; ++column) {
        const auto* name = static_cast<const QChar*>(sqlite3_column_name16(m_stmt, column));
        const auto* table = static_cast<const QChar*>(sqlite3_column_table_name16(m_stmt, column));
        QSqlField field(name != nullptr ? QString(name) : QString(), columnMetaType(m_stmt, column),
                        table != nullptr ? QString(table) : QString());
        m_record.append(field);
    }
}

void SqlCipherResult::releaseReadLock() {
    // Resetting ends the statement's implicit read transaction; otherwise an exhausted SELECT would keep
    // the WAL from being checkpointed until the QSqlQuery dies.
    m_done = true;
    m_rowPending = false;
    if (m_stmt != nullptr) {
        sqlite3_reset(m_stmt);
    }
}

bool SqlCipherResult::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        fail(tr("Reading the next row failed."), rc);
    }
    releaseReadLock();
    return false;
}

bool SqlCipherResult::fetch(int index) {
    if (!isActive() || !isSelect() || index < 0 || m_stmt == nullptr) {
        return false;
    }
    return isForwardOnly() ? fetchForwardOnly(index) : fetchScrollable(index);
}

bool SqlCipherResult::fetchForwardOnly(int index) {
    if (index != at() + 1) {
        return false; // a forward-only statement cannot go back or skip ahead
    }
    if (m_rowPending) {
        m_rowPending = false;
        setAt(index);
        return true;
    }
    if (m_done || !step()) {
        setAt(QSql::AfterLastRow);
        return false;
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchScrollable(int index) {
    while (m_rows.size() <= index && !m_done) {
        if (!step()) {
            break;
        }
        m_rows.append(currentRow());
    }
    if (index >= m_rows.size()) {
        setAt(QSql::AfterLastRow);
        return false;
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst() {
    if (isForwardOnly() && at() != QSql::BeforeFirstRow) {
        return false;
    }
    return fetch(0);
}

bool SqlCipherResult::fetchLast() {
    if (!isActive() || !isSelect()) {
        return false;
    }
    if (isForwardOnly()) {
        // Walk to the end keeping only the newest row: once stepped past it, the statement cannot show it.
        if (at() == QSql::AfterLastRow) {
            return false;
        }
        int index = at();
        QVariantList last;
        if (m_rowPending) {
            m_rowPending = false;
            ++index;
            last = currentRow();
        } else if (index >= 0 && !m_done) {
            last = currentRow();
        }
        while (!m_done && step()) {
            ++index;
            last = currentRow();
        }
        if (index < 0) {
            setAt(QSql::AfterLastRow);
            return false;
        }
        m_rows = {last};
        setAt(index);
        return true;
    }
    while (!m_done) {
        if (!step()) {
            break;
        }
        m_rows.append(currentRow());
    }
    if (m_rows.isEmpty()) {
        return false;
    }
    setAt(static_cast<int>(m_rows.size() - 1));
    return true;
}

QVariant SqlCipherResult::columnValue(int column) const {
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_TEXT: {
        // The database stores UTF-8: decoding it here once is cheaper than SQLite's own UTF-16 conversion
        // followed by a copy into the QString.
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        return QVariant(QString::fromUtf8(text, bytes));
    }
    case SQLITE_BLOB: {
        const auto* blob = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        return QVariant(blob != nullptr ? QByteArray(blob, bytes) : QByteArray("", 0));
    }
    default: {
        const QMetaType type = columnMetaType(m_stmt, column);
        return type.isValid() ? QVariant(type) : QVariant();
    }
    }
}

QVariantList SqlCipherResult::currentRow() const {
    const int columns = sqlite3_column_count(m_stmt);
    QVariantList row;
    row.reserve(columns);
    for (int column = 0; column < columns; ++column) {
        row.append(columnValue(column));
    }
    return row;
}

QVariant SqlCipherResult::data(int field) {
    if (at() < 0 || field < 0) {
        return {};
    }
    if (isForwardOnly()) {
        if (!m_rows.isEmpty()) { // fetchLast() kept the last row
            return m_rows.constFirst().value(field);
        }
        if (m_done || m_stmt == nullptr || field >= sqlite3_column_count(m_stmt)) {
            return {};
        }
        return columnValue(field);
    }
    if (at() >= m_rows.size() || field >= m_rows.at(at()).size()) {
        return {};
    }
    return m_rows.at(at()).at(field);
}

bool SqlCipherResult::isNull(int field) {
    if (isForwardOnly() && m_rows.isEmpty()) {
        return at() < 0 || m_done || m_stmt == nullptr || field < 0 ||
               field >= sqlite3_column_count(m_stmt) || sqlite3_column_type(m_stmt, field) == SQLITE_NULL;
    }
    return data(field).isNull();
}

int SqlCipherResult::size() {
    return -1; // see SqlCipherDriver::hasFeature(QuerySize)
}

int SqlCipherResult::numRowsAffected() {
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const {
    return m_lastInsertId;
}

QSqlRecord SqlCipherResult::record() const {
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

void SqlCipherResult::detachFromResultSet() {
    if (m_stmt != nullptr) {
        sqlite3_reset(m_stmt);
    }
    m_rowPending = false;
    m_done = true;
}

} // namespace vk
