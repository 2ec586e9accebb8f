#include "SipTexts.h"

namespace vk {

QString SipTexts::huvudmanText(const QString& huvudman) {
    if (huvudman == QLatin1String("region")) {
        return tr("Region");
    }
    if (huvudman == QLatin1String("kommun")) {
        return tr("Kommun");
    }
    if (huvudman == QLatin1String("other")) {
        return tr("Others (närstående, school, Försäkringskassan…)");
    }
    return huvudman;
}

QStringList SipTexts::huvudmanWords(bool withOther) {
    QStringList words{QStringLiteral("region"), QStringLiteral("kommun")};
    if (withOther) {
        words << QStringLiteral("other");
    }
    return words;
}

QString SipTexts::dateText(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString SipTexts::orDash(const QString& text) {
    return text.trimmed().isEmpty() ? QStringLiteral("–") : text;
}

} // namespace vk
