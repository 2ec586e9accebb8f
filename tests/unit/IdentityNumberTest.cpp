#include "domain/IdentityNumber.h"
#include "domain/ReservnummerPattern.h"

#include <gtest/gtest.h>

using vk::IdentityNumber;
using vk::ReservnummerPattern;
using Type = vk::IdentityNumber::Type;

namespace {

const QDate kToday(2026, 11, 23);

// A 10-digit number for `yymmdd` and birth number `nnn` with the correct check digit. The Luhn function
// itself is checked against published examples in LuhnMatchesPublishedExamples.
QString withCheckDigit(const QString& yymmdd, const QString& nnn, QChar sign = u'-') {
    return yymmdd + sign + nnn + QString::number(IdentityNumber::luhnCheckDigit(QString(yymmdd + nnn)));
}

std::string codeOf(const vk::Result<IdentityNumber>& r) {
    return r.ok() ? std::string("ok") : r.error().code.toStdString();
}

} // namespace

TEST(IdentityNumber, LuhnMatchesPublishedExamples) {
    EXPECT_EQ(IdentityNumber::luhnCheckDigit(u"640823323"), 4); // 19640823-3234 (DOMAIN.md)
    EXPECT_EQ(IdentityNumber::luhnCheckDigit(u"701063239"), 1); // 701063-2391 samordningsnummer
    EXPECT_EQ(IdentityNumber::luhnCheckDigit(u"950629981"), 8); // Skatteverket test number 189506299818
    EXPECT_EQ(IdentityNumber::luhnCheckDigit(u"030124980"), 1); // Skatteverket test number 190301249801
    EXPECT_EQ(IdentityNumber::luhnCheckDigit(u"000000000"), 0);
    EXPECT_EQ(IdentityNumber::luhnCheckDigit(u"64082332"), -1);
    EXPECT_EQ(IdentityNumber::luhnCheckDigit(u"64082332x"), -1);
}

TEST(IdentityNumber, AcceptsEveryWrittenFormOfAPersonnummer) {
    for (const char* form :
         {"19640823-3234", "196408233234", "640823-3234", "6408233234", "  640823-3234\t"}) {
        const auto r = IdentityNumber::parse(QString::fromLatin1(form), kToday);
        ASSERT_TRUE(r.ok()) << form << ": " << codeOf(r);
        EXPECT_EQ(r->type(), Type::Personnummer);
        EXPECT_EQ(r->value(), QStringLiteral("196408233234"));
        EXPECT_EQ(r->birthDate(), QDate(1964, 8, 23));
        EXPECT_TRUE(r->isValid());
    }
}

TEST(IdentityNumber, PlusSignMeansAHundredYearsOrOlder) {
    const auto plus = IdentityNumber::parse(QStringLiteral("640823+3234"), kToday);
    ASSERT_TRUE(plus.ok());
    EXPECT_EQ(plus->value(), QStringLiteral("186408233234"));

    const auto old = IdentityNumber::parse(QStringLiteral("950629+9818"), kToday);
    ASSERT_TRUE(old.ok());
    EXPECT_EQ(old->value(), QStringLiteral("189506299818"));
    EXPECT_EQ(old->birthDate(), QDate(1895, 6, 29));

    // A 12-digit form carries its century: a plus sign there is a format error.
    EXPECT_EQ(codeOf(IdentityNumber::parse(QStringLiteral("19640823+3234"), kToday)), "identity.bad_format");
}

TEST(IdentityNumber, CenturyOfTenDigitFormsIsResolvedAgainstToday) {
    // Later this year than today: not born yet, so a century earlier.
    const auto december = IdentityNumber::parse(withCheckDigit(u"261201"_qs, u"982"_qs), kToday);
    ASSERT_TRUE(december.ok());
    EXPECT_EQ(december->birthDate(), QDate(1926, 12, 1));
    // Born today.
    const auto today = IdentityNumber::parse(withCheckDigit(u"261123"_qs, u"982"_qs), kToday);
    ASSERT_TRUE(today.ok());
    EXPECT_EQ(today->birthDate(), QDate(2026, 11, 23));
    // The year someone turns 100 they write '+', even before the birthday.
    const auto turning100 = IdentityNumber::parse(withCheckDigit(u"261201"_qs, u"982"_qs, u'+'), kToday);
    ASSERT_TRUE(turning100.ok());
    EXPECT_EQ(turning100->birthDate(), QDate(1926, 12, 1));
    // Depends on the injected today, not on the machine's date.
    const auto earlier = IdentityNumber::parse(QStringLiteral("640823-3234"), QDate(2063, 1, 1));
    ASSERT_TRUE(earlier.ok());
    EXPECT_EQ(earlier->value(), QStringLiteral("196408233234"));
    const auto later = IdentityNumber::parse(QStringLiteral("640823-3234"), QDate(2064, 8, 23));
    ASSERT_TRUE(later.ok());
    EXPECT_EQ(later->value(), QStringLiteral("206408233234"));
}

TEST(IdentityNumber, SamordningsnummerHasDayPlusSixty) {
    const auto r = IdentityNumber::parse(QStringLiteral("701063-2391"), kToday);
    ASSERT_TRUE(r.ok()) << codeOf(r);
    EXPECT_EQ(r->type(), Type::Samordningsnummer);
    EXPECT_EQ(r->value(), QStringLiteral("197010632391"));
    EXPECT_EQ(r->birthDate(), QDate(1970, 10, 3));
    EXPECT_EQ(r->typeName(), QStringLiteral("samordningsnummer"));
}

TEST(IdentityNumber, RefusesAWrongCheckDigit) {
    EXPECT_EQ(codeOf(IdentityNumber::parse(QStringLiteral("640823-3235"), kToday)), "identity.bad_checksum");
    EXPECT_EQ(codeOf(IdentityNumber::parse(QStringLiteral("196408233230"), kToday)), "identity.bad_checksum");
    // Two swapped digits are caught too.
    EXPECT_EQ(codeOf(IdentityNumber::parse(QStringLiteral("640832-3234"), kToday)), "identity.bad_checksum");
}

TEST(IdentityNumber, RefusesDatesThatDoNotExist) {
    EXPECT_EQ(codeOf(IdentityNumber::parse(withCheckDigit(u"641323"_qs, u"323"_qs), kToday)),
              "identity.bad_date");
    EXPECT_EQ(codeOf(IdentityNumber::parse(withCheckDigit(u"640231"_qs, u"323"_qs), kToday)),
              "identity.bad_date");
    EXPECT_EQ(codeOf(IdentityNumber::parse(withCheckDigit(u"640800"_qs, u"323"_qs), kToday)),
              "identity.bad_date");
    EXPECT_EQ(codeOf(IdentityNumber::parse(withCheckDigit(u"640860"_qs, u"323"_qs), kToday)),
              "identity.bad_date");
    EXPECT_EQ(codeOf(IdentityNumber::parse(withCheckDigit(u"640892"_qs, u"323"_qs), kToday)),
              "identity.bad_date");
    // 29 February: 2000 was a leap year, 1900 and 2001 were not.
    EXPECT_EQ(codeOf(IdentityNumber::parse(withCheckDigit(u"000229"_qs, u"982"_qs), kToday)), "ok");
    EXPECT_EQ(codeOf(IdentityNumber::parse(withCheckDigit(u"010229"_qs, u"982"_qs), kToday)),
              "identity.bad_date");
    EXPECT_EQ(codeOf(IdentityNumber::parse(u"19"_qs + withCheckDigit(u"000229"_qs, u"982"_qs), kToday)),
              "identity.bad_date");
    // A samordningsnummer on 29 February of a leap year (day 89).
    EXPECT_EQ(codeOf(IdentityNumber::parse(withCheckDigit(u"040289"_qs, u"982"_qs), kToday)), "ok");
    // A 12-digit form in the future.
    EXPECT_EQ(codeOf(IdentityNumber::parse(u"20"_qs + withCheckDigit(u"261201"_qs, u"982"_qs), kToday)),
              "identity.bad_date");
}

TEST(IdentityNumber, RefusesMalformedInput) {
    for (const QString& input : {u""_qs, u"   "_qs}) {
        EXPECT_EQ(codeOf(IdentityNumber::parse(input, kToday)), "identity.empty");
    }
    for (const QString& input :
         {u"abc"_qs, u"640823-323"_qs, u"640823-32345"_qs, u"6408233234x"_qs, u"640823--3234"_qs,
          u"64-08-23-3234"_qs, u"640823 3234"_qs, u"1964-08-23-3234"_qs, u"19640823_3234"_qs,
          // Arabic-Indic digits are digits to Unicode but not in a personnummer.
          QString::fromUtf8("\u0666\u0664\u0660\u0668\u0662\u0663-\u0663\u0662\u0663\u0664")}) {
        EXPECT_EQ(codeOf(IdentityNumber::parse(input, kToday)), "identity.bad_format") << input.toStdString();
    }
    // Birth number 000 is never assigned.
    EXPECT_EQ(codeOf(IdentityNumber::parse(withCheckDigit(u"640823"_qs, u"000"_qs), kToday)),
              "identity.bad_format");
}

TEST(IdentityNumber, ErrorMessagesNeverRepeatTheNumber) {
    for (const QString& input : {u"640823-3235"_qs, u"641323-3230"_qs, u"640823x3234"_qs}) {
        const auto r = IdentityNumber::parse(input, kToday);
        ASSERT_FALSE(r.ok());
        EXPECT_FALSE(r.error().message.isEmpty());
        EXPECT_FALSE(r.error().message.contains(u"6408"_qs)) << r.error().message.toStdString();
        EXPECT_FALSE(r.error().message.contains(u"3234"_qs));
    }
}

TEST(IdentityNumber, TypedParsingKeepsPersonnummerAndSamordningsnummerApart) {
    const ReservnummerPattern rule;
    EXPECT_EQ(codeOf(IdentityNumber::parseTyped(Type::Personnummer, u"640823-3234"_qs, kToday, rule)), "ok");
    EXPECT_EQ(codeOf(IdentityNumber::parseTyped(Type::Samordningsnummer, u"701063-2391"_qs, kToday, rule)),
              "ok");
    EXPECT_EQ(codeOf(IdentityNumber::parseTyped(Type::Personnummer, u"701063-2391"_qs, kToday, rule)),
              "identity.bad_type");
    EXPECT_EQ(codeOf(IdentityNumber::parseTyped(Type::Samordningsnummer, u"640823-3234"_qs, kToday, rule)),
              "identity.bad_type");
}

TEST(IdentityNumber, ReservnummerIsASeparateTypeCheckedByThePattern) {
    const ReservnummerPattern rule;
    const auto r = IdentityNumber::parseTyped(Type::Reservnummer, u" 19640823-k123 "_qs, kToday, rule);
    ASSERT_TRUE(r.ok()) << codeOf(r);
    EXPECT_EQ(r->type(), Type::Reservnummer);
    EXPECT_EQ(r->value(), QStringLiteral("19640823K123"));
    EXPECT_FALSE(r->birthDate().isValid());
    EXPECT_EQ(r->displayFull(), QStringLiteral("19640823K123"));
    EXPECT_EQ(r->displayMasked(), QStringLiteral("19640823****"));

    EXPECT_EQ(codeOf(IdentityNumber::parseReservnummer(u"ABC"_qs, rule)), "identity.bad_reserve");
    EXPECT_EQ(codeOf(IdentityNumber::parseReservnummer(u"199001011234"_qs, rule)), "identity.bad_reserve");
    EXPECT_EQ(codeOf(IdentityNumber::parseReservnummer(u""_qs, rule)), "identity.empty");
    // A personnummer is never taken for a reservnummer, whatever the pattern says.
    const auto digitsOnly = ReservnummerPattern::fromString(u"[0-9]{10,12}"_qs);
    ASSERT_TRUE(digitsOnly.ok());
    EXPECT_EQ(codeOf(IdentityNumber::parseReservnummer(u"196408233234"_qs, digitsOnly.value())),
              "identity.reserve_is_personnummer");
    EXPECT_EQ(codeOf(IdentityNumber::parseReservnummer(u"7010632391"_qs, digitsOnly.value())),
              "identity.reserve_is_personnummer");
    // ... while a digits-only reservnummer whose check digit does not fit is fine under such a pattern.
    EXPECT_EQ(codeOf(IdentityNumber::parseReservnummer(u"990101123450"_qs, digitsOnly.value())), "ok");
    // And a personnummer never parses as anything but a personnummer.
    EXPECT_EQ(IdentityNumber::parse(u"196408233234"_qs, kToday)->type(), Type::Personnummer);
    EXPECT_FALSE(IdentityNumber::parse(u"19640823K123"_qs, kToday).ok());
}

TEST(IdentityNumber, ReservnummerPatternIsConfigurable) {
    const auto stockholmStyle = ReservnummerPattern::fromString(u"99[0-9]{10}"_qs);
    ASSERT_TRUE(stockholmStyle.ok());
    EXPECT_TRUE(stockholmStyle->matches(u"990101123450"_qs));
    EXPECT_FALSE(stockholmStyle->matches(u"19640823K123"_qs));
    EXPECT_FALSE(stockholmStyle->matches(u"9901011234501"_qs)) << "the whole value must match";
    EXPECT_EQ(stockholmStyle->pattern(), u"99[0-9]{10}"_qs);

    const auto broken = ReservnummerPattern::fromString(u"[0-9"_qs);
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().code, u"identity.bad_pattern"_qs);
    EXPECT_FALSE(ReservnummerPattern::fromString(u" "_qs).ok());
    EXPECT_EQ(ReservnummerPattern().pattern(), ReservnummerPattern::defaultPattern());
}

TEST(IdentityNumber, DisplayForms) {
    const auto r = IdentityNumber::parse(u"6408233234"_qs, kToday);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->displayFull(), QStringLiteral("19640823-3234"));
    EXPECT_EQ(r->displayMasked(), QStringLiteral("19640823-****"));
    EXPECT_FALSE(IdentityNumber().isValid());
}

TEST(IdentityNumber, SearchFindsTheSamePatientWhicheverWayTheNumberIsTyped) {
    const ReservnummerPattern rule;
    for (const QString& query :
         {u"640823-3234"_qs, u"196408233234"_qs, u"640823+3234"_qs, u"19640823-3234"_qs, u"6408233234"_qs}) {
        const QStringList forms = IdentityNumber::searchForms(query, kToday, rule);
        EXPECT_TRUE(forms.contains(u"196408233234"_qs)) << query.toStdString();
    }
    EXPECT_EQ(IdentityNumber::searchForms(u"640823-3234"_qs, kToday, rule),
              QStringList({u"196408233234"_qs, u"186408233234"_qs}));
    EXPECT_EQ(IdentityNumber::searchForms(u"640823+3234"_qs, kToday, rule),
              QStringList({u"186408233234"_qs, u"196408233234"_qs}));
    EXPECT_EQ(IdentityNumber::searchForms(u"196408233234"_qs, kToday, rule),
              QStringList({u"196408233234"_qs}));
    EXPECT_EQ(IdentityNumber::searchForms(u"19640823-k123"_qs, kToday, rule),
              QStringList({u"19640823K123"_qs}));
    EXPECT_TRUE(IdentityNumber::searchForms(u"640823-3235"_qs, kToday, rule).isEmpty());
    EXPECT_TRUE(IdentityNumber::searchForms(u"Anna"_qs, kToday, rule).isEmpty());
    // The other century is only offered when it is a real date: 1900 was no leap year.
    const QString leapDay2000 = withCheckDigit(u"000229"_qs, u"982"_qs);
    EXPECT_EQ(IdentityNumber::searchForms(leapDay2000, kToday, rule).size(), 1);
}

TEST(IdentityNumber, TypeNamesMatchTheContract) {
    EXPECT_EQ(IdentityNumber::typeName(Type::Personnummer), u"personnummer"_qs);
    EXPECT_EQ(IdentityNumber::typeName(Type::Reservnummer), u"reservnummer"_qs);
    EXPECT_EQ(IdentityNumber::typeFromName(u"samordningsnummer"), Type::Samordningsnummer);
    EXPECT_FALSE(IdentityNumber::typeFromName(u"Personnummer").has_value());
}
