#include "region/PgResult.h"

#include <libpq-fe.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace vk {

void PgResult::Deleter::operator()(pg_result* result) const {
    PQclear(result);
}

PgResult::PgResult() = default;
PgResult::PgResult(pg_result* result)
    : m_result(result) {}
PgResult::PgResult(PgResult&&) noexcept = default;
PgResult& PgResult::operator=(PgResult&&) noexcept = default;
PgResult::~PgResult() = default;

int PgResult::rows() const {
    return m_result ? PQntuples(m_result.get()) : 0;
}

int PgResult::columns() const {
    return m_result ? PQnfields(m_result.get()) : 0;
}

int PgResult::column(const char* name) const {
    return m_result ? PQfnumber(m_result.get(), name) : -1;
}

qint64 PgResult::affectedRows() const {
    if (!m_result) {
        return 0;
    }
    const char* tuples = PQcmdTuples(m_result.get());
    return tuples && *tuples ? QByteArray(tuples).toLongLong() : 0;
}

bool PgResult::isNull(int row, int col) const {
    if (!m_result || row < 0 || row >= rows() || col < 0 || col >= columns()) {
        return true;
    }
    return PQgetisnull(m_result.get(), row, col) != 0;
}

QByteArray PgResult::raw(int row, int col) const {
    if (isNull(row, col)) {
        return {};
    }
    return {PQgetvalue(m_result.get(), row, col), PQgetlength(m_result.get(), row, col)};
}

QString PgResult::text(int row, int col) const {
    return isNull(row, col) ? QString() : QString::fromUtf8(raw(row, col));
}

qint64 PgResult::integer(int row, int col) const {
    return raw(row, col).toLongLong();
}

bool PgResult::boolean(int row, int col) const {
    return raw(row, col) == "t";
}

QUuid PgResult::uuid(int row, int col) const {
    return QUuid::fromString(QLatin1String(raw(row, col)));
}

QDateTime PgResult::timestamp(int row, int col) const {
    if (isNull(row, col)) {
        return {};
    }
    // The server sends "2026-11-23 09:30:00.123456+00" (DateStyle ISO, session time zone UTC); microseconds
    // are cut to the milliseconds QDateTime keeps.
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})[ "
        "T](\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,3})\\d*)?(?:([+-]\\d{2})(?::?(\\d{2}))?(?::\\d{2})?)?$"));
    const QRegularExpressionMatch match = pattern.match(text(row, col));
    if (!match.hasMatch()) {
        return {};
    }
    const QString millis = match.captured(3).leftJustified(3, QLatin1Char('0'));
    const QString offset = match.captured(4).isEmpty()
                               ? QStringLiteral("Z")
                               : match.captured(4) + QLatin1Char(':') +
                                     (match.captured(5).isEmpty() ? QStringLiteral("00") : match.captured(5));
    const QString iso =
        match.captured(1) + QLatin1Char('T') + match.captured(2) + QLatin1Char('.') + millis + offset;
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

QByteArray PgResult::bytea(int row, int col) const {
    if (isNull(row, col)) {
        return {};
    }
    size_t length = 0;
    unsigned char* decoded = PQunescapeBytea(
        reinterpret_cast<const unsigned char*>(PQgetvalue(m_result.get(), row, col)), &length);
    if (!decoded) {
        return {};
    }
    QByteArray bytes(reinterpret_cast<const char*>(decoded), static_cast<qsizetype>(length));
    PQfreemem(decoded);
    return bytes;
}

QJsonValue PgResult::json(int row, int col) const {
    if (isNull(row, col)) {
        return QJsonValue::Null;
    }
    // Wrap so scalars parse too (QJsonDocument only accepts objects and arrays at the top level).
    const QJsonDocument document = QJsonDocument::fromJson("[" + raw(row, col) + "]");
    if (!document.isArray()) {
        return QJsonValue::Undefined;
    }
    return document.array().at(0);
}

} // namespace vk
