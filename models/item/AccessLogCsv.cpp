#include "AccessLogCsv.h"

#include "AccessLogModel.h"

namespace vk {

namespace {

QString field(const QString& value) {
    QString text = value;
    // A cell starting with = + - @ would be run as a formula by a spreadsheet: keep it text.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front())) {
        text.prepend(QLatin1Char('\''));
    }
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QByteArray AccessLogCsv::format(const std::vector<AccessLogEntry>& entries, const QTimeZone& zone) {
    QStringList lines;
    lines << QStringList{field(tr("Time")), field(tr("User")),        field(tr("User HSA-id")),
                         field(tr("Unit")), field(tr("Unit HSA-id")), field(tr("Action"))}
                 .join(QLatin1Char(','));
    for (const AccessLogEntry& entry : entries) {
        lines << QStringList{field(entry.at.toTimeZone(zone).toString(Qt::ISODate)),
                             field(entry.staffName),
                             field(entry.staffHsaId),
                             field(entry.unitName),
                             field(entry.unitHsaId),
                             field(AccessLogModel::actionText(entry.action))}
                     .join(QLatin1Char(','));
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QLatin1String("\r\n")).toUtf8() + "\r\n";
}

} // namespace vk
