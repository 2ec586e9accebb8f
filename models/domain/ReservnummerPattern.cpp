#include "ReservnummerPattern.h"

namespace vk {

QString ReservnummerPattern::defaultPattern() {
    // Eight digits, then four characters that are not all digits: cannot be read as a 12-digit personnummer.
    return QStringLiteral("[0-9]{8}(?![0-9]{4}$)[0-9A-Z]{4}");
}

ReservnummerPattern::ReservnummerPattern()
    : ReservnummerPattern(defaultPattern()) {}

ReservnummerPattern::ReservnummerPattern(const QString& regex)
    : m_pattern(regex)
    , m_regex(QRegularExpression::anchoredPattern(regex)) {}

Result<ReservnummerPattern> ReservnummerPattern::fromString(const QString& regex) {
    ReservnummerPattern rule(regex);
    if (regex.trimmed().isEmpty() || !rule.m_regex.isValid()) {
        return Error{QStringLiteral("identity.bad_pattern"),
                     tr("The reservnummer pattern is not a valid regular expression.")};
    }
    return rule;
}

QString ReservnummerPattern::normalise(const QString& input) {
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        if (c.isSpace() || c == u'-') {
            continue;
        }
        out.append(c.toUpper());
    }
    return out;
}

bool ReservnummerPattern::matches(const QString& normalised) const {
    return !normalised.isEmpty() && m_regex.match(normalised).hasMatch();
}

} // namespace vk
