#pragma once

#include "domain/ContactKinds.h"

#include <QDate>
#include <QString>

#include <vector>

namespace vk {

/// Everything the patient panel shows for one patient, read from the cache in one go: identity, phone, every
/// contact the user may see (newest first), the care-contact assignments (current first, history kept) and
/// the SIP plans. Times are UTC milliseconds since the epoch.
struct PatientOverview {
    /// One contact of the patient, in any channel and unit the cache holds.
    struct Contact {
        QString id;
        Channel channel = Channel::Callback;
        ContactStatus status = ContactStatus::New;
        QString unitId;
        QString unitName;
        QString reason;
        QString subject;
        QString code;
        qint64 receivedMs = 0;
    };
    /// A fast vårdkontakt, fast läkarkontakt or kontaktsjuksköterska assignment.
    struct CareContact {
        QString id;
        QString staffId;
        QString staffName;
        QString staffTitle;
        QString unitId;
        QString unitName;
        QString role; ///< fast_vardkontakt, fast_lakarkontakt, kontaktsjukskoterska
        QDate validFrom;
        QDate validTo; ///< null: until further notice
        QString appointedById;
        QString appointedByName;
        bool declined = false;
        QString note;
        bool current = false; ///< in force today and not declined
    };
    /// A SIP plan in summary (the plan view itself is the SIP widget's).
    struct SipPlan {
        QString id;
        QString unitId;
        QString unitName;
        QString consentGivenBy;
        QDate consentDate;
        QString overallResponsible; ///< region, kommun or empty
        QDate startDate;
        QDate nextFollowUp;
        qint64 version = 0;
    };

    QString id;
    QString idType; ///< personnummer, samordningsnummer or reservnummer
    QString idValue;
    QString name;
    QString phone;
    std::vector<Contact> contacts;
    std::vector<CareContact> careContacts;
    std::vector<SipPlan> sipPlans;
};

} // namespace vk
