#include "TestPersonnummer.h"

namespace vk {

IdentityNumber TestPersonnummer::make(const QDate& birth, int birthNumber) {
    if (!birth.isValid() || birthNumber < kFirstBirthNumber || birthNumber > kLastBirthNumber) {
        return {};
    }
    const QString nine = birth.toString(QStringLiteral("yyMMdd")) + QString::number(birthNumber);
    const QString twelve = birth.toString(QStringLiteral("yyyyMMdd")) + QString::number(birthNumber) +
                           QString::number(IdentityNumber::luhnCheckDigit(nine));
    // Parse rather than assemble, so a test number is exactly what the validator accepts.
    const Result<IdentityNumber> parsed = IdentityNumber::parse(twelve, QDate(9999, 12, 31));
    return parsed ? parsed.value() : IdentityNumber();
}

IdentityNumber TestPersonnummer::random(QRandomGenerator& rng, const QDate& earliest, const QDate& latest,
                                        bool female) {
    const qint64 span = earliest.daysTo(latest);
    const QDate birth = earliest.addDays(span > 0 ? qint64(rng.bounded(quint64(span) + 1)) : 0);
    // 980..999 holds ten even and ten odd birth numbers.
    const int birthNumber = kFirstBirthNumber + 2 * int(rng.bounded(10)) + (female ? 0 : 1);
    return make(birth, birthNumber);
}

bool TestPersonnummer::isTestNumber(const IdentityNumber& id) {
    if (id.type() != IdentityNumber::Type::Personnummer || id.value().size() != 12) {
        return false;
    }
    const int birthNumber = id.value().mid(8, 3).toInt();
    return birthNumber >= kFirstBirthNumber && birthNumber <= kLastBirthNumber;
}

} // namespace vk
