#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;

namespace vk {

class SqlCipherDriver;

/// One statement of a SqlCipherDriver connection. Forward-only results read straight from the statement;
/// scrollable results keep the rows fetched so far, stepping the statement only as far as asked.
class SqlCipherResult final : public QSqlResult {
    Q_DECLARE_TR_FUNCTIONS(vk::SqlCipherResult)

public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;
    SqlCipherResult(const SqlCipherResult&) = delete;
    SqlCipherResult& operator=(const SqlCipherResult&) = delete;

    /// Releases the statement; called by the driver when the connection closes under a live query.
    void finalize();
    [[nodiscard]] QVariant handle() const override;

protected:
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    int size() override;
    int numRowsAffected() override;
    [[nodiscard]] QVariant lastInsertId() const override;
    [[nodiscard]] QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    [[nodiscard]] const SqlCipherDriver* cipherDriver() const;
    bool execute(bool bind);
    bool bindAll();
    bool step();
    bool fetchForwardOnly(int index);
    bool fetchScrollable(int index);
    [[nodiscard]] QVariant columnValue(int column) const;
    [[nodiscard]] QVariantList currentRow() const;
    void buildRecord();
    void releaseReadLock();
    void fail(const QString& text, int resultCode);

    sqlite3_stmt* m_stmt = nullptr;
    QSqlRecord m_record;
    QList<QVariantList> m_rows; ///< scrollable results only
    bool m_rowPending = false;  ///< the statement stands on a row that fetch() has not handed out yet
    bool m_done = true;         ///< the statement has no more rows
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

} // namespace vk
