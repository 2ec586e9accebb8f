#pragma once

#include <QByteArray>
#include <QString>

class QDateTime;
class QJsonArray;
class QJsonObject;
class QUuid;

namespace vk {

/// One bound parameter of a PostgreSQL query: text, binary bytes (bytea) or SQL NULL. Values travel next to
/// the SQL text (PQexecParams / PQexecPrepared), never inside it.
class PgParam {
public:
    /// SQL NULL.
    PgParam();
    PgParam(
        const QString& text); // NOLINT(google-explicit-constructor): `{id, name}` parameter lists read best
    PgParam(qint64 value);    // NOLINT(google-explicit-constructor)
    PgParam(int value);       // NOLINT(google-explicit-constructor)
    PgParam(bool value);      // NOLINT(google-explicit-constructor)
    PgParam(
        const QUuid& id); // NOLINT(google-explicit-constructor): lower-case text; a null QUuid is SQL NULL
    PgParam(const QDateTime& at); // NOLINT(google-explicit-constructor): ISO-8601 in UTC with milliseconds
    PgParam(const QJsonObject& object); // NOLINT(google-explicit-constructor): compact JSON text
    PgParam(const QJsonArray& array);   // NOLINT(google-explicit-constructor): compact JSON text
    /// A C string would silently become `true` through the bool constructor: spell out QStringLiteral
    /// instead.
    PgParam(const char*) = delete;
    PgParam(const void*) = delete;

    /// SQL NULL, spelled out.
    [[nodiscard]] static PgParam null() { return {}; }
    /// Raw bytes for a bytea parameter, sent in binary format (no escaping, no size blow-up).
    [[nodiscard]] static PgParam bytes(const QByteArray& data);

    [[nodiscard]] bool isNull() const { return m_null; }
    [[nodiscard]] bool isBinary() const { return m_binary; }
    /// The wire value: UTF-8 text, or the raw bytes of a binary parameter.
    [[nodiscard]] const QByteArray& data() const { return m_data; }
    /// The parameter's type oid; 0 lets the server infer it from the query.
    [[nodiscard]] unsigned int typeOid() const { return m_type; }

private:
    QByteArray m_data;
    unsigned int m_type = 0;
    bool m_null = true;
    bool m_binary = false;
};

} // namespace vk
