#pragma once

#include <QDate>
#include <QString>

namespace vk {

/// A fast vårdkontakt, fast läkarkontakt or kontaktsjuksköterska assignment as the desk sends it
/// (`assign_care_contact`). Who appointed is the sender; the region store takes it from the login.
struct CareContactAssignment {
    QString id; ///< empty: a new assignment
    QString patientId;
    QString staffId;
    QString unitId;
    QString role; ///< fast_vardkontakt, fast_lakarkontakt, kontaktsjukskoterska
    QDate validFrom;
    QDate validTo; ///< null: until further notice
    bool declined = false;
    QString note;
};

} // namespace vk
