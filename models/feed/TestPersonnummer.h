#pragma once

#include "domain/IdentityNumber.h"

#include <QDate>
#include <QRandomGenerator>

namespace vk {

/// Personnummer for tests and demo data, from one documented scheme: birth numbers 980-999 (the "98xx/99xx"
/// range Skatteverket's published test personnummer use, e.g. 189506299818 and 190301249801), a real birth
/// date and the Luhn check digit. Demo and test data never use numbers outside this scheme (besides
/// DOMAIN.md's two public examples). Production regions should load Skatteverket's official list instead (see
/// README "Demo data").
class TestPersonnummer {
public:
    /// The lowest and highest birth number of the scheme.
    static constexpr int kFirstBirthNumber = 980;
    static constexpr int kLastBirthNumber = 999;

    /// The test personnummer for `birth` and `birthNumber` (980-999); invalid when either is out of range.
    [[nodiscard]] static IdentityNumber make(const QDate& birth, int birthNumber);
    /// A random test personnummer born between `earliest` and `latest`; the birth number's parity follows
    /// `female` (even for women, odd for men, as in real numbers).
    [[nodiscard]] static IdentityNumber random(QRandomGenerator& rng, const QDate& earliest,
                                               const QDate& latest, bool female);
    /// True when `id` is a personnummer of this scheme.
    [[nodiscard]] static bool isTestNumber(const IdentityNumber& id);
};

} // namespace vk
