// Hostile input for the identity-number rules (models/domain/IdentityNumber): whatever a nurse types or a
// feed sends. Properties: a parsed number re-parses from each of its written forms to the same 12 digits, and
// a masked form never shows the last four digits.
#include "FuzzCheck.h"
#include "domain/IdentityNumber.h"
#include "domain/ReservnummerPattern.h"

#include <QDate>

#include <cstddef>
#include <cstdint>

using namespace vk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString input =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QDate today(2026, 11, 23);
    static const ReservnummerPattern pattern;
    for (const IdentityNumber::Type type :
         {IdentityNumber::Type::Personnummer, IdentityNumber::Type::Samordningsnummer,
          IdentityNumber::Type::Reservnummer}) {
        const Result<IdentityNumber> typed = IdentityNumber::parseTyped(type, input, today, pattern);
        if (typed.ok()) {
            VK_FUZZ_CHECK(typed->isValid());
        }
    }
    (void)IdentityNumber::searchForms(input, today, pattern);
    const Result<IdentityNumber> parsed = IdentityNumber::parse(input, today);
    if (parsed.ok() && parsed->type() != IdentityNumber::Type::Reservnummer) {
        const QString twelve = parsed->value();
        VK_FUZZ_CHECK(twelve.size() == 12);
        const Result<IdentityNumber> again = IdentityNumber::parse(parsed->displayFull(), today);
        VK_FUZZ_CHECK(again.ok() && again->value() == twelve);
        VK_FUZZ_CHECK(parsed->displayMasked() == twelve.left(8) + QStringLiteral("-****"));
    }
    return 0;
}
