#pragma once

#include "domain/IdentityNumber.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace vk {

/// A made-up patient for demo data and simulated traffic.
struct DemoPatient {
    IdentityNumber id; ///< a TestPersonnummer
    QString name;
    QString phone; ///< from PTS's range for fiction (070-174 06 05 … 070-174 06 99)
    QDate birthDate;
    bool female = false;

    /// True for a child under 13: a guardian acts as ombud in 1177.
    [[nodiscard]] bool isChild(const QDate& today) const { return birthDate.addYears(13) > today; }
};

/// Generates reproducible demo patients: common Swedish names, test personnummer only, fictional phone
/// numbers. The age mix leans old, like a hälsocentral's contacts: children, working age and many over 65.
class DemoPopulation {
public:
    /// `count` distinct patients for `seed`, ages relative to `today`.
    [[nodiscard]] static QList<DemoPatient> generate(int count, quint64 seed, const QDate& today);
    /// A first name (female or male).
    [[nodiscard]] static QString firstName(QRandomGenerator& rng, bool female);
    /// A family name.
    [[nodiscard]] static QString lastName(QRandomGenerator& rng);
    /// The patients as CSV with the header id_type,id_value,name,phone (for loading a demo region).
    [[nodiscard]] static QString toCsv(const QList<DemoPatient>& patients);
    /// A mobile number from the series PTS keeps for fiction (070-1740605 to 070-1740699).
    [[nodiscard]] static QString fictionalPhone(QRandomGenerator& rng);
};

} // namespace vk
