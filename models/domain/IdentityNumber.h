#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace vk {

class ReservnummerPattern;

/// A patient's identity number (personnummer, samordningsnummer or reservnummer), validated and normalised.
/// Personnummer and samordningsnummer are stored as 12 digits YYYYMMDDNNNC; a reservnummer as its normalised
/// text. Error codes: identity.empty, identity.bad_format, identity.bad_checksum, identity.bad_date,
/// identity.bad_type, identity.bad_reserve, identity.reserve_is_personnummer. Messages never repeat the
/// number.
class IdentityNumber {
    Q_DECLARE_TR_FUNCTIONS(vk::IdentityNumber)

public:
    enum class Type { Personnummer, Samordningsnummer, Reservnummer };

    /// An empty, invalid number (isValid() is false).
    IdentityNumber() = default;

    /// Parses a personnummer or samordningsnummer written as YYMMDD-NNNC, YYMMDD+NNNC (100 years or older),
    /// YYMMDDNNNC, YYYYMMDDNNNC or YYYYMMDD-NNNC. `today` (Swedish local date) resolves the century of the
    /// 10-digit forms: the most recent year ending in YY whose date is not after today; with '+', the most
    /// recent such year at least 100 years back.
    [[nodiscard]] static Result<IdentityNumber> parse(const QString& input, const QDate& today);

    /// Parses a reservnummer: it must match the region's pattern and must not read as a valid personnummer or
    /// samordningsnummer (so the two can never be confused).
    [[nodiscard]] static Result<IdentityNumber> parseReservnummer(const QString& input,
                                                                  const ReservnummerPattern& pattern);

    /// Parses a number whose type is given (a feed line, a stored row, a verification dialog). A personnummer
    /// given as a samordningsnummer or the other way round is refused with identity.bad_type.
    [[nodiscard]] static Result<IdentityNumber>
    parseTyped(Type type, const QString& input, const QDate& today, const ReservnummerPattern& pattern);

    /// The normalised forms a search for `query` should look up, best first: the resolved 12-digit form, then
    /// the other century for a 10-digit form (so 640823-3234 and 640823+3234 find the same patient), or the
    /// normalised reservnummer. Empty when the query is no valid identity number.
    [[nodiscard]] static QStringList searchForms(const QString& query, const QDate& today,
                                                 const ReservnummerPattern& pattern);

    /// The Luhn check digit (weights 2,1,2,…) over nine ASCII digits YYMMDDNNN; -1 when the input is not
    /// that.
    [[nodiscard]] static int luhnCheckDigit(QStringView nineDigits);

    /// The contract's name of a type: "personnummer", "samordningsnummer", "reservnummer".
    [[nodiscard]] static QString typeName(Type type);
    /// The type named by the contract's name, if any.
    [[nodiscard]] static std::optional<Type> typeFromName(QStringView name);

    /// True for a parsed number, false for a default-constructed one.
    [[nodiscard]] bool isValid() const { return !m_value.isEmpty(); }
    /// The type of number.
    [[nodiscard]] Type type() const { return m_type; }
    /// The contract's name of this number's type.
    [[nodiscard]] QString typeName() const { return typeName(m_type); }
    /// The normalised value: 12 digits for personnummer/samordningsnummer, the normalised text for a
    /// reservnummer.
    [[nodiscard]] QString value() const { return m_value; }
    /// The (real) date of birth for personnummer and samordningsnummer (day minus 60); null for a
    /// reservnummer.
    [[nodiscard]] QDate birthDate() const { return m_birthDate; }
    /// The full display form: "19640823-3234" (a reservnummer as stored).
    [[nodiscard]] QString displayFull() const;
    /// The masked display form for lists and headers: "19640823-****".
    [[nodiscard]] QString displayMasked() const;

    friend bool operator==(const IdentityNumber& a, const IdentityNumber& b) {
        return a.m_type == b.m_type && a.m_value == b.m_value;
    }

private:
    IdentityNumber(Type type, QString value, QDate birthDate);

    Type m_type = Type::Personnummer;
    QString m_value;
    QDate m_birthDate;
};

} // namespace vk
