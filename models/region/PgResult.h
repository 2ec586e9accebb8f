#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QUuid>

#include <memory>

struct pg_result;

namespace vk {

/// The rows of one successful PostgreSQL query (text format). Owns the libpq result; move-only.
class PgResult {
public:
    PgResult();
    explicit PgResult(pg_result* result);
    PgResult(PgResult&&) noexcept;
    PgResult& operator=(PgResult&&) noexcept;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;
    ~PgResult();

    [[nodiscard]] int rows() const;
    [[nodiscard]] int columns() const;
    /// The index of the column called `name`, or -1.
    [[nodiscard]] int column(const char* name) const;
    /// Rows touched by an INSERT/UPDATE/DELETE (0 for other statements).
    [[nodiscard]] qint64 affectedRows() const;

    [[nodiscard]] bool isNull(int row, int col) const;
    /// The value as sent by the server (UTF-8 text form); empty for NULL.
    [[nodiscard]] QByteArray raw(int row, int col) const;
    [[nodiscard]] QString text(int row, int col) const;
    [[nodiscard]] qint64 integer(int row, int col) const;
    [[nodiscard]] bool boolean(int row, int col) const;
    [[nodiscard]] QUuid uuid(int row, int col) const;
    /// A timestamptz value as a UTC QDateTime (invalid for NULL).
    [[nodiscard]] QDateTime timestamp(int row, int col) const;
    /// A bytea value decoded from its hex text form.
    [[nodiscard]] QByteArray bytea(int row, int col) const;
    /// A json/jsonb value parsed (Null for SQL NULL, Undefined when it is not JSON).
    [[nodiscard]] QJsonValue json(int row, int col) const;

    /// Name-based convenience accessors for row 0 (the common "one row back" case).
    [[nodiscard]] QString text(const char* name) const { return text(0, column(name)); }
    [[nodiscard]] QJsonValue json(const char* name) const { return json(0, column(name)); }

private:
    struct Deleter {
        void operator()(pg_result* result) const;
    };
    std::unique_ptr<pg_result, Deleter> m_result;
};

} // namespace vk
