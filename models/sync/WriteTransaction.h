#pragma once

#include "WaitingWriters.h"

#include <QSqlDatabase>

namespace vk {

/// One cache write transaction (the driver opens it as BEGIN IMMEDIATE, so the write lock is taken up front
/// and a busy database waits at BEGIN rather than failing half-way). Rolls back unless commit() succeeded.
/// While it waits at BEGIN it counts as a waiting writer of the file (WaitingWriters), so the sync engine
/// lets it through between two slices of a long pull.
class WriteTransaction {
public:
    explicit WriteTransaction(QSqlDatabase database)
        : m_database(std::move(database))
        , m_active(begin(m_database)) {}
    ~WriteTransaction() {
        if (m_active) {
            m_database.rollback();
        }
    }
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool commit() {
        if (!m_active) {
            return false;
        }
        m_active = false;
        return m_database.commit();
    }

private:
    static bool begin(QSqlDatabase& database) {
        const WaitingWriters::Waiting waiting(database.databaseName());
        return database.transaction();
    }

    QSqlDatabase m_database;
    bool m_active;
};

} // namespace vk
