#include "TeamCsvExport.h"

namespace vk {

namespace {

QString timeText(const QDateTime& at) {
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QString TeamCsvExport::field(const QString& value) {
    QString text = value;
    // A cell starting with = + - @ is a formula to a spreadsheet program; a leading apostrophe keeps it text.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front())) {
        text.prepend(QLatin1Char('\''));
    }
    if (text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

bool TeamCsvExport::write(QIODevice& device, const QList<ExportRow>& rows, bool withIdentity) {
    // Column names are a data contract for regional follow-up, so they stay the same in every language.
    QStringList header{QStringLiteral("contact_id"),
                       QStringLiteral("unit_hsa_id"),
                       QStringLiteral("unit_name"),
                       QStringLiteral("channel"),
                       QStringLiteral("reason"),
                       QStringLiteral("received_at"),
                       QStringLiteral("due_at"),
                       QStringLiteral("first_contact_at"),
                       QStringLiteral("closed_at"),
                       QStringLiteral("status"),
                       QStringLiteral("code"),
                       QStringLiteral("handled_by"),
                       QStringLiteral("medical_assessment")};
    if (withIdentity) {
        header << QStringLiteral("id_type") << QStringLiteral("id_value") << QStringLiteral("patient_name");
    }
    QByteArray out("\xEF\xBB\xBF");
    out += header.join(QLatin1Char(';')).toUtf8() + "\r\n";
    for (const ExportRow& row : rows) {
        QStringList fields{row.contactId.toString(QUuid::WithoutBraces),
                           row.unitHsaId,
                           row.unitName,
                           row.channel,
                           row.reason,
                           timeText(row.receivedAt),
                           timeText(row.dueAt),
                           timeText(row.firstContactAt),
                           timeText(row.completedAt),
                           row.status,
                           row.code,
                           row.handledBy,
                           row.medicalAssessment ? QStringLiteral("1") : QStringLiteral("0")};
        if (withIdentity) {
            fields << row.idType << row.idValue << row.patientName;
        }
        for (QString& value : fields) {
            value = field(value);
        }
        out += fields.join(QLatin1Char(';')).toUtf8() + "\r\n";
    }
    return device.write(out) == out.size();
}

} // namespace vk
