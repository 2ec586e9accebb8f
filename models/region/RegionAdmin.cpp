#include "region/RegionAdmin.h"

#include "region/PgConnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace vk {

namespace {

Error csvError(const QString& message) {
    return {QStringLiteral("codes.invalid_csv"), message};
}

// RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF ends a record.
bool splitCsv(const QString& text, QList<QStringList>& records) {
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        return false;
    }
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return true;
}

QString csvField(const QString& value) {
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r'))) {
        return value;
    }
    QString escaped = value;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool hasControlCharacters(const QString& text) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f)) {
            return true;
        }
    }
    return false;
}

} // namespace

RegionAdmin::RegionAdmin(PgConnection& connection)
    : m_connection(connection) {}

Result<QUuid> RegionAdmin::upsertUnit(const Unit& unit) {
    const auto time = [](const QTime& t) {
        return t.isValid() ? PgParam(t.toString(u"HH:mm")) : PgParam::null();
    };
    Result<PgResult> result = m_connection.exec(
        QStringLiteral(
            "SELECT region.admin_upsert_unit($1, $2, $3, $4::time, $5::time, $6::int, $7::int, $8::int, "
            "$9::boolean)"),
        {unit.hsaId, unit.name, unit.kind, time(unit.phoneOpen), time(unit.phoneClose),
         unit.eserviceTargetHours,
         unit.eserviceTargetWorkingDays ? PgParam(*unit.eserviceTargetWorkingDays) : PgParam::null(),
         unit.maxCallbackAttempts, unit.preofferNamedContact});
    if (!result) {
        return result.error();
    }
    return result->uuid(0, 0);
}

Result<QUuid> RegionAdmin::addStaff(const StaffMember& member, const QString& password) {
    PgParam verifier;
    if (!password.isEmpty()) {
        Result<QString> computed = m_connection.scramVerifier(password, member.login);
        if (!computed) {
            return computed.error();
        }
        verifier = PgParam(computed.value());
    }
    Result<PgResult> result = m_connection.exec(
        QStringLiteral("SELECT region.admin_add_staff($1, $2, $3, $4, $5, $6, $7)"),
        {member.hsaId, member.name, member.title, member.login, verifier, member.unitHsaId, member.role});
    if (!result) {
        return result.error();
    }
    return result->uuid(0, 0);
}

Status RegionAdmin::addFeedLogin(const QString& login, const QString& password) {
    PgParam verifier;
    if (!password.isEmpty()) {
        Result<QString> computed = m_connection.scramVerifier(password, login);
        if (!computed) {
            return computed.error();
        }
        verifier = PgParam(computed.value());
    }
    Result<PgResult> result =
        m_connection.exec(QStringLiteral("SELECT region.admin_add_feed_login($1, $2)"), {login, verifier});
    if (!result) {
        return result.error();
    }
    return Done{};
}

Result<RegionAdmin::CodeImport> RegionAdmin::importCodes(const QList<Code>& codes) {
    QJsonArray list;
    for (const Code& code : codes) {
        list.append(QJsonObject{{QStringLiteral("code"), code.code},
                                {QStringLiteral("label_sv"), code.labelSv},
                                {QStringLiteral("label_en"), code.labelEn},
                                {QStringLiteral("sort_order"), code.sortOrder},
                                {QStringLiteral("active"), code.active}});
    }
    Result<PgResult> result =
        m_connection.exec(QStringLiteral("SELECT region.admin_import_codes($1::jsonb)"), {PgParam(list)});
    if (!result) {
        return result.error();
    }
    const QJsonObject counts = result->json(0, 0).toObject();
    return CodeImport{counts.value(QLatin1String("inserted")).toInt(),
                      counts.value(QLatin1String("updated")).toInt(),
                      counts.value(QLatin1String("deactivated")).toInt()};
}

Result<QList<RegionAdmin::Code>> RegionAdmin::codes() {
    Result<PgResult> result = m_connection.exec(QStringLiteral(
        "SELECT code, label_sv, label_en, sort_order, active FROM region.codes ORDER BY sort_order, code"));
    if (!result) {
        return result.error();
    }
    QList<Code> list;
    for (int row = 0; row < result->rows(); ++row) {
        list.append({result->text(row, 0), result->text(row, 1), result->text(row, 2),
                     static_cast<int>(result->integer(row, 3)), result->boolean(row, 4)});
    }
    return list;
}

Result<QUuid> RegionAdmin::bumpEpoch() {
    Result<PgResult> result = m_connection.exec(QStringLiteral("SELECT region.bump_epoch()"));
    if (!result) {
        return result.error();
    }
    return result->uuid(0, 0);
}

Result<QList<RegionAdmin::Code>> RegionAdmin::parseCodesCsv(const QByteArray& csv) {
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xfeff))) {
        text.remove(0, 1); // a byte-order mark from a spreadsheet export
    }
    QList<QStringList> records;
    if (!splitCsv(text, records)) {
        return csvError(
            QCoreApplication::translate("RegionAdmin", "The CSV file ends inside a quoted field."));
    }
    if (records.isEmpty()) {
        return csvError(QCoreApplication::translate("RegionAdmin", "The CSV file is empty."));
    }
    QStringList header = records.takeFirst();
    for (QString& name : header) {
        name = name.trimmed().toLower();
    }
    const qsizetype codeColumn = header.indexOf(QStringLiteral("code"));
    const qsizetype svColumn = header.indexOf(QStringLiteral("label_sv"));
    const qsizetype enColumn = header.indexOf(QStringLiteral("label_en"));
    const qsizetype sortColumn = header.indexOf(QStringLiteral("sort_order"));
    const qsizetype activeColumn = header.indexOf(QStringLiteral("active"));
    if (codeColumn < 0 || svColumn < 0 || enColumn < 0) {
        return csvError(QCoreApplication::translate(
            "RegionAdmin", "The first line must name the columns code, label_sv and label_en."));
    }
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9_]{1,16}$"));
    QList<Code> codes;
    QSet<QString> seen;
    int line = 1;
    for (const QStringList& record : std::as_const(records)) {
        ++line;
        if (record.size() == 1 && record.first().trimmed().isEmpty()) {
            continue; // blank line
        }
        if (record.size() != header.size()) {
            return csvError(
                QCoreApplication::translate("RegionAdmin", "Line %1 has %2 fields; the header has %3.")
                    .arg(line)
                    .arg(record.size())
                    .arg(header.size()));
        }
        Code code;
        code.code = record.at(codeColumn).trimmed();
        code.labelSv = record.at(svColumn).trimmed();
        code.labelEn = record.at(enColumn).trimmed();
        code.sortOrder = (line - 1) * 10;
        if (!codePattern.match(code.code).hasMatch()) {
            return csvError(
                QCoreApplication::translate(
                    "RegionAdmin", "Line %1: a code is 1 to 16 capital letters, digits or underscores.")
                    .arg(line));
        }
        if (seen.contains(code.code)) {
            return csvError(QCoreApplication::translate("RegionAdmin", "Line %1: the code %2 appears twice.")
                                .arg(line)
                                .arg(code.code));
        }
        seen.insert(code.code);
        if (code.labelSv.isEmpty() || code.labelEn.isEmpty() || code.labelSv.size() > 200 ||
            code.labelEn.size() > 200 || hasControlCharacters(code.labelSv) ||
            hasControlCharacters(code.labelEn)) {
            return csvError(
                QCoreApplication::translate(
                    "RegionAdmin",
                    "Line %1: both labels are required, at most 200 characters, without control characters.")
                    .arg(line));
        }
        if (sortColumn >= 0 && !record.at(sortColumn).trimmed().isEmpty()) {
            bool ok = false;
            code.sortOrder = record.at(sortColumn).trimmed().toInt(&ok);
            if (!ok) {
                return csvError(
                    QCoreApplication::translate("RegionAdmin", "Line %1: sort_order must be a whole number.")
                        .arg(line));
            }
        }
        if (activeColumn >= 0 && !record.at(activeColumn).trimmed().isEmpty()) {
            const QString active = record.at(activeColumn).trimmed().toLower();
            static const QStringList yes = {QStringLiteral("true"), QStringLiteral("1"),
                                            QStringLiteral("yes"), QStringLiteral("ja")};
            static const QStringList no = {QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("no"),
                                           QStringLiteral("nej")};
            if (!yes.contains(active) && !no.contains(active)) {
                return csvError(
                    QCoreApplication::translate("RegionAdmin", "Line %1: active must be true or false.")
                        .arg(line));
            }
            code.active = yes.contains(active);
        }
        codes.append(code);
    }
    if (codes.isEmpty()) {
        return csvError(QCoreApplication::translate("RegionAdmin", "The CSV file holds no codes."));
    }
    return codes;
}

QByteArray RegionAdmin::codesToCsv(const QList<Code>& codes) {
    QString text = QStringLiteral("code,label_sv,label_en,sort_order,active\n");
    for (const Code& code : codes) {
        text += csvField(code.code) + QLatin1Char(',') + csvField(code.labelSv) + QLatin1Char(',') +
                csvField(code.labelEn) + QLatin1Char(',') + QString::number(code.sortOrder) +
                QLatin1Char(',') + (code.active ? QStringLiteral("true") : QStringLiteral("false")) +
                QLatin1Char('\n');
    }
    return text.toUtf8();
}

} // namespace vk
