#include "PatientAccess.h"

#include "DeskActions.h"
#include "item/PatientRepository.h"

namespace vk {

Result<PatientAccess::Opened> PatientAccess::open(QSqlDatabase database, DeskActions& actions,
                                                  const QString& patientId, const QString& preferredUnit,
                                                  const QDate& today) {
    const PatientRepository repository(std::move(database));
    Result<PatientOverview> loaded = repository.load(patientId, today);
    if (!loaded) {
        return loaded.error();
    }
    const Result<QString> unit = repository.accessUnit(patientId, actions.currentStaff(), preferredUnit);
    if (!unit) {
        return unit.error();
    }
    if (unit->isEmpty()) {
        return Error{QStringLiteral("patient.no_unit"),
                     tr("The patient has no contact with any of your units, so the panel is not shown.")};
    }
    if (const Status logged =
            actions.logAccess(patientId, QString(), unit.value(), QStringLiteral("open_patient"));
        !logged) {
        return Error{logged.error().code,
                     tr("The patient is not shown because the access could not be logged: %1")
                         .arg(logged.error().message)};
    }
    return Opened{std::move(loaded).value(), unit.value()};
}

} // namespace vk
