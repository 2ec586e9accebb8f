#pragma once

#include "domain/Result.h"
#include "item/PatientOverview.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace vk {

class DeskActions;

/// Opening a patient's panel as PDL wants it: the patient is read from the cache, the unit the access belongs
/// to is chosen (the user's unit the patient is linked to), and exactly one access-log entry is queued
/// (`open_patient`, through the outbox so offline openings count too). Nothing is returned without the log
/// entry. Error codes: those of PatientRepository and DeskActions, and patient.no_unit.
class PatientAccess {
    Q_DECLARE_TR_FUNCTIONS(vk::PatientAccess)

public:
    struct Opened {
        PatientOverview overview;
        QString unitId; ///< where the access was logged
    };

    /// `today` (Swedish local date) decides which named contacts are current.
    [[nodiscard]] static Result<Opened> open(QSqlDatabase database, DeskActions& actions,
                                             const QString& patientId, const QString& preferredUnit,
                                             const QDate& today);
};

} // namespace vk
