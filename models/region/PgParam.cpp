#include "region/PgParam.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace vk {

namespace {
constexpr unsigned int kByteaOid = 17;
}

PgParam::PgParam() = default;

PgParam::PgParam(const QString& text)
    : m_data(text.toUtf8())
    , m_null(text.isNull()) {}

PgParam::PgParam(qint64 value)
    : m_data(QByteArray::number(value))
    , m_null(false) {}

PgParam::PgParam(int value)
    : m_data(QByteArray::number(value))
    , m_null(false) {}

PgParam::PgParam(bool value)
    : m_data(value ? QByteArrayLiteral("true") : QByteArrayLiteral("false"))
    , m_null(false) {}

PgParam::PgParam(const QUuid& id)
    : m_data(id.toByteArray(QUuid::WithoutBraces))
    , m_null(id.isNull()) {}

PgParam::PgParam(const QDateTime& at)
    : m_data(at.toUTC().toString(Qt::ISODateWithMs).toLatin1())
    , m_null(!at.isValid()) {}

PgParam::PgParam(const QJsonObject& object)
    : m_data(QJsonDocument(object).toJson(QJsonDocument::Compact))
    , m_null(false) {}

PgParam::PgParam(const QJsonArray& array)
    : m_data(QJsonDocument(array).toJson(QJsonDocument::Compact))
    , m_null(false) {}

PgParam PgParam::bytes(const QByteArray& data) {
    PgParam param;
    param.m_data = data;
    param.m_null = false;
    param.m_binary = true;
    param.m_type = kByteaOid;
    return param;
}

} // namespace vk
