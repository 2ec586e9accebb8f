#include "StorageFormat.h"

#include <QTimeZone>

namespace vk {

QString StorageFormat::dateTime(const QDateTime& value) {
    return value.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QDateTime StorageFormat::parseDateTime(const QString& text) {
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid() || !text.endsWith(QLatin1Char('Z'))) {
        return {};
    }
    return parsed.toUTC();
}

QString StorageFormat::date(QDate value) {
    return value.toString(Qt::ISODate);
}

QString StorageFormat::time(QTime value) {
    return value.toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString StorageFormat::uuid(const QUuid& value) {
    return value.toString(QUuid::WithoutBraces).toLower();
}

} // namespace vk
