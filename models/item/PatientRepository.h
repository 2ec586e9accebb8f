#pragma once

#include "PatientOverview.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace vk {

/// Reads the patient panel's data from the cache. Every query is keyed by the patient (indexed), so the UI
/// thread may run them: a patient has tens of contacts, not the inbox's hundred thousand.
/// Error codes: cache.query_failed, patient.not_found.
class PatientRepository {
    Q_DECLARE_TR_FUNCTIONS(vk::PatientRepository)

public:
    explicit PatientRepository(QSqlDatabase database);

    /// The patient whose stored identity value is one of `values` (IdentityNumber::searchForms), if any.
    [[nodiscard]] Result<std::optional<QString>> findByIdentity(const QStringList& values) const;
    /// Identity, contacts (newest first), care contacts (current first) and SIP plans. `today` decides which
    /// assignments are current.
    [[nodiscard]] Result<PatientOverview> load(const QString& patientId, const QDate& today) const;
    /// The unit an access to the patient is logged for: `preferredUnit` when `me` belongs to it and the
    /// patient has a contact, care contact or SIP plan there; else the first such unit of `me`. Empty when
    /// there is none.
    [[nodiscard]] Result<QString> accessUnit(const QString& patientId, const QString& me,
                                             const QString& preferredUnit = {}) const;
    /// The ids of the patient's cached contacts (their inbox rows change with a care-contact assignment).
    [[nodiscard]] Result<QStringList> contactIds(const QString& patientId) const;

    /// The patient with a SIP plan who has the most contacts (scripted demo pictures); empty when none.
    [[nodiscard]] Result<QString> patientWithSip() const;

private:
    [[nodiscard]] Status loadContacts(PatientOverview& overview) const;
    [[nodiscard]] Status loadCareContacts(PatientOverview& overview, const QDate& today) const;
    [[nodiscard]] Status loadSipPlans(PatientOverview& overview) const;

    QSqlDatabase m_database;
};

} // namespace vk
