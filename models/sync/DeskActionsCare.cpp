// DeskActions: the care-contact assignments (fast vårdkontakt, fast läkarkontakt, kontaktsjuksköterska).
#include "DeskActions.h"

#include "cache/CacheReadError.h"

#include "item/PatientRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace vk {

namespace {

constexpr qsizetype MaxNoteCharacters = 4000; // region.care_contacts.note

Error careError(const char* code, const QString& message) {
    return Error{QString::fromLatin1(code), message};
}

QJsonValue dateValue(const QDate& date) {
    return date.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(date.toString(Qt::ISODate));
}

} // namespace

Status DeskActions::assignCareContact(const CareContactAssignment& assignment) {
    if (assignment.patientId.isEmpty()) {
        return careError("action.invalid", tr("Open a patient first."));
    }
    if (assignment.unitId.isEmpty()) {
        return careError("action.invalid", tr("Choose the unit the assignment belongs to."));
    }
    if (assignment.staffId.isEmpty()) {
        return careError("action.invalid", tr("Choose the staff member to assign."));
    }
    if (assignment.role != QLatin1String("fast_vardkontakt") &&
        assignment.role != QLatin1String("fast_lakarkontakt") &&
        assignment.role != QLatin1String("kontaktsjukskoterska")) {
        return careError("action.invalid", tr("Choose the kind of named contact."));
    }
    if (!assignment.validFrom.isValid()) {
        return careError("action.invalid", tr("Enter the date the assignment starts."));
    }
    if (!assignment.validTo.isNull() && assignment.validTo < assignment.validFrom) {
        return careError("action.invalid", tr("The end date lies before the start date."));
    }
    if (assignment.note.size() > MaxNoteCharacters) {
        return careError("action.text_too_long",
                         tr("The note is longer than 4000 characters. Shorten it; nothing was saved."));
    }
    if (Status ok = checkText(assignment.note, false); !ok) {
        return ok;
    }
    const QString id =
        assignment.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : assignment.id;
    QJsonObject payload{{QStringLiteral("id"), id},
                        {QStringLiteral("patient_id"), assignment.patientId},
                        {QStringLiteral("staff_id"), assignment.staffId},
                        {QStringLiteral("unit_id"), assignment.unitId},
                        {QStringLiteral("role"), assignment.role},
                        {QStringLiteral("valid_from"), dateValue(assignment.validFrom)},
                        {QStringLiteral("valid_to"), dateValue(assignment.validTo)},
                        {QStringLiteral("declined"), assignment.declined}};
    if (!assignment.note.isEmpty()) {
        payload.insert(QStringLiteral("note"), assignment.note);
    }
    if (Status done = perform(QStringLiteral("assign_care_contact"), payload, id); !done) {
        return done;
    }
    announceCareContacts(assignment.patientId);
    return Done{};
}

Status DeskActions::endCareContact(const QString& careContactId, const QDate& validTo) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT patient_id, valid_from FROM care_contacts WHERE id = ?"));
    query.addBindValue(careContactId);
    if (!query.exec()) {
        return CacheReadError::of(query);
    }
    if (!query.next()) {
        return careError("action.unknown_care_contact", tr("The assignment is no longer on this desk."));
    }
    const QString patientId = query.value(0).toString();
    const QDate validFrom = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    // An unfinished SELECT keeps its read snapshot, and the action's BEGIN IMMEDIATE would then fail at once
    // when the sync engine has committed in between (see complete()).
    query.finish();
    if (!validTo.isValid()) {
        return careError("action.invalid", tr("Enter the date the assignment ends."));
    }
    if (validTo < validFrom) {
        return careError("action.invalid", tr("The end date lies before the start date."));
    }
    if (Status done = perform(QStringLiteral("end_care_contact"),
                              {{QStringLiteral("id"), careContactId},
                               {QStringLiteral("valid_to"), validTo.toString(Qt::ISODate)}},
                              careContactId);
        !done) {
        return done;
    }
    announceCareContacts(patientId);
    return Done{};
}

Status DeskActions::declineCareContact(const QString& careContactId, const QDate& on, const QString& note) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT patient_id, staff_id, unit_id, role, valid_from, valid_to, note "
                                 "FROM care_contacts WHERE id = ?"));
    query.addBindValue(careContactId);
    if (!query.exec()) {
        return CacheReadError::of(query);
    }
    if (!query.next()) {
        return careError("action.unknown_care_contact", tr("The assignment is no longer on this desk."));
    }
    // The same assignment, resent with the flag: the region store updates it in place and keeps who
    // appointed, so the history shows the offer and that the patient declined it.
    CareContactAssignment declined;
    declined.id = careContactId;
    declined.patientId = query.value(0).toString();
    declined.staffId = query.value(1).toString();
    declined.unitId = query.value(2).toString();
    declined.role = query.value(3).toString();
    declined.validFrom = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    const QDate storedEnd = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    const QDate end = std::max(on, declined.validFrom);
    declined.validTo = storedEnd.isValid() ? std::min(storedEnd, end) : end;
    declined.declined = true;
    declined.note = note.isEmpty() ? query.value(6).toString() : note;
    query.finish(); // before the write transaction (see endCareContact)
    return assignCareContact(declined);
}

void DeskActions::announceCareContacts(const QString& patientId) {
    if (Result<QStringList> ids = PatientRepository(m_database).contactIds(patientId);
        ids && !ids->isEmpty()) {
        Q_EMIT contactsChanged(ids.value());
    }
    Q_EMIT careContactsChanged(patientId);
}

} // namespace vk
