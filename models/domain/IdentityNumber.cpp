#include "IdentityNumber.h"

#include "domain/ReservnummerPattern.h"

#include <QRegularExpression>

namespace vk {

namespace {

// The written form split into its parts; `century` is empty for the 10-digit forms.
struct WrittenForm {
    QString century;
    QString yymmdd;
    QChar sign;
    QString nnnc;
};

std::optional<WrittenForm> splitWrittenForm(const QString& text) {
    // ASCII digits only: \d would also accept Arabic-Indic and other Unicode digits.
    static const QRegularExpression form(
        QStringLiteral("^(?:([0-9]{2})([0-9]{6})(-?)|([0-9]{6})([-+]?))([0-9]{4})$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    WrittenForm w;
    if (m.capturedLength(2) > 0) {
        w.century = m.captured(1);
        w.yymmdd = m.captured(2);
        w.sign = u'-';
    } else {
        w.yymmdd = m.captured(4);
        w.sign = m.capturedLength(5) > 0 ? m.captured(5).at(0) : QChar(u'-');
    }
    w.nnnc = m.captured(6);
    return w;
}

// The most recent year <= `ceiling` whose last two digits are `yy`.
int latestYearEndingIn(int yy, int ceiling) {
    return ceiling - (((ceiling - yy) % 100) + 100) % 100;
}

Error error(const char* code, const QString& message) {
    return Error{QString::fromLatin1(code), message};
}

} // namespace

IdentityNumber::IdentityNumber(Type type, QString value, QDate birthDate)
    : m_type(type)
    , m_value(std::move(value))
    , m_birthDate(birthDate) {}

int IdentityNumber::luhnCheckDigit(QStringView nineDigits) {
    if (nineDigits.size() != 9) {
        return -1;
    }
    int sum = 0;
    for (qsizetype i = 0; i < nineDigits.size(); ++i) {
        const char16_t c = nineDigits.at(i).unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        int product = (c - u'0') * (i % 2 == 0 ? 2 : 1);
        sum += product / 10 + product % 10;
    }
    return (10 - sum % 10) % 10;
}

Result<IdentityNumber> IdentityNumber::parse(const QString& input, const QDate& today) {
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return error("identity.empty", tr("No identity number was given."));
    }
    const std::optional<WrittenForm> w = splitWrittenForm(text);
    if (!w) {
        return error("identity.bad_format",
                     tr("An identity number is written YYMMDD-NNNC, YYMMDD+NNNC or YYYYMMDD-NNNC."));
    }
    const QString nine = w->yymmdd + w->nnnc.left(3);
    if (luhnCheckDigit(nine) != w->nnnc.at(3).digitValue()) {
        return error("identity.bad_checksum", tr("The check digit of the identity number is wrong."));
    }
    if (w->nnnc.startsWith(QLatin1String("000"))) {
        // Birth number 000 is never assigned.
        return error("identity.bad_format", tr("The birth number 000 does not exist."));
    }
    const int yy = w->yymmdd.left(2).toInt();
    const int month = w->yymmdd.mid(2, 2).toInt();
    const int writtenDay = w->yymmdd.mid(4, 2).toInt();
    Type type = Type::Personnummer;
    int day = writtenDay;
    if (writtenDay > 60) {
        type = Type::Samordningsnummer;
        day = writtenDay - 60;
    }
    const Error badDate =
        error("identity.bad_date", tr("The identity number does not contain a valid date of birth."));
    if (month < 1 || month > 12 || day < 1 || day > 31) {
        return badDate;
    }

    int year = 0;
    if (!w->century.isEmpty()) {
        year = w->century.toInt() * 100 + yy;
    } else if (w->sign == u'+') {
        year = latestYearEndingIn(yy, today.year() - 100);
    } else {
        year = latestYearEndingIn(yy, today.year());
        const QDate candidate(year, month, day);
        if (candidate.isValid() && candidate > today) {
            // Later this year has not happened yet: born in the century before.
            year -= 100;
        }
    }
    const QDate birth(year, month, day);
    if (!birth.isValid() || birth > today) {
        return badDate;
    }
    const QString value = QStringLiteral("%1").arg(year / 100, 2, 10, QLatin1Char('0')) + w->yymmdd + w->nnnc;
    return IdentityNumber(type, value, birth);
}

Result<IdentityNumber> IdentityNumber::parseReservnummer(const QString& input,
                                                         const ReservnummerPattern& pattern) {
    const QString value = ReservnummerPattern::normalise(input);
    if (value.isEmpty()) {
        return error("identity.empty", tr("No identity number was given."));
    }
    // Refuse anything that reads as a personnummer or samordningsnummer in any century.
    if (const std::optional<WrittenForm> w = splitWrittenForm(value)) {
        const int month = w->yymmdd.mid(2, 2).toInt();
        const int day = w->yymmdd.mid(4, 2).toInt();
        const bool plausibleDate =
            month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
        if (plausibleDate &&
            luhnCheckDigit(QString(w->yymmdd + w->nnnc.left(3))) == w->nnnc.at(3).digitValue()) {
            return error("identity.reserve_is_personnummer",
                         tr("This is a personnummer or samordningsnummer, not a reservnummer."));
        }
    }
    if (!pattern.matches(value)) {
        return error("identity.bad_reserve", tr("The reservnummer does not match the region's format."));
    }
    return IdentityNumber(Type::Reservnummer, value, QDate());
}

Result<IdentityNumber> IdentityNumber::parseTyped(Type type, const QString& input, const QDate& today,
                                                  const ReservnummerPattern& pattern) {
    if (type == Type::Reservnummer) {
        return parseReservnummer(input, pattern);
    }
    Result<IdentityNumber> parsed = parse(input, today);
    if (!parsed) {
        return parsed;
    }
    if (parsed->type() != type) {
        return error("identity.bad_type", type == Type::Personnummer
                                              ? tr("The number is a samordningsnummer, not a personnummer.")
                                              : tr("The number is a personnummer, not a samordningsnummer."));
    }
    return parsed;
}

QStringList IdentityNumber::searchForms(const QString& query, const QDate& today,
                                        const ReservnummerPattern& pattern) {
    const QString text = query.trimmed();
    QStringList forms;
    if (const Result<IdentityNumber> parsed = parse(text, today)) {
        forms.append(parsed->value());
        const std::optional<WrittenForm> w = splitWrittenForm(text);
        if (w && w->century.isEmpty()) {
            // The sign is often typed wrong: also look up the other century.
            const QChar other = w->sign == u'+' ? QChar(u'-') : QChar(u'+');
            if (const Result<IdentityNumber> alt = parse(w->yymmdd + other + w->nnnc, today)) {
                if (alt->value() != parsed->value()) {
                    forms.append(alt->value());
                }
            }
        }
        return forms;
    }
    if (const Result<IdentityNumber> reserve = parseReservnummer(text, pattern)) {
        forms.append(reserve->value());
    }
    return forms;
}

QString IdentityNumber::typeName(Type type) {
    switch (type) {
    case Type::Personnummer:
        return QStringLiteral("personnummer");
    case Type::Samordningsnummer:
        return QStringLiteral("samordningsnummer");
    case Type::Reservnummer:
        return QStringLiteral("reservnummer");
    }
    return {};
}

std::optional<IdentityNumber::Type> IdentityNumber::typeFromName(QStringView name) {
    for (const Type t : {Type::Personnummer, Type::Samordningsnummer, Type::Reservnummer}) {
        if (name == typeName(t)) {
            return t;
        }
    }
    return std::nullopt;
}

QString IdentityNumber::displayFull() const {
    if (m_type == Type::Reservnummer || m_value.size() != 12) {
        return m_value;
    }
    return m_value.left(8) + u'-' + m_value.mid(8);
}

QString IdentityNumber::displayMasked() const {
    if (m_type == Type::Reservnummer || m_value.size() != 12) {
        return m_value.size() > 4 ? m_value.left(m_value.size() - 4) + QStringLiteral("****")
                                  : QString(m_value.size(), u'*');
    }
    return m_value.left(8) + QStringLiteral("-****");
}

} // namespace vk
