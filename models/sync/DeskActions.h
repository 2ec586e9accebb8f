#pragma once

#include "CareContactAssignment.h"
#include "domain/ContactOffer.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>

namespace vk {

class Clock;

/// Everything a nurse or team lead does to a contact, as the desk performs it: validate, change the cache at
/// once (optimistically), and queue the mutation for the region store, all in one cache transaction, so an
/// action is never half-recorded and works the same offline. The sync engine takes it from there.
class DeskActions : public QObject {
    Q_OBJECT
public:
    DeskActions(QSqlDatabase database, const Clock& clock, QString me, QObject* parent = nullptr);

    [[nodiscard]] QString currentStaff() const { return m_me; }

    Status claim(const QString& contactId);
    Status release(const QString& contactId);
    /// outcome: answered, no_answer, busy, wrong_number, voicemail.
    Status logAttempt(const QString& contactId, const QString& outcome, const QString& note = {});
    Status rebook(const QString& contactId, const QDateTime& slot);
    Status reply(const QString& contactId, const QString& body);
    Status forward(const QString& contactId, const QString& toUnitId, const QString& note);
    /// reason: duplicate, wrong_unit, spam.
    Status cancel(const QString& contactId, const QString& reason, const QString& note = {});
    Status verifyIdentity(const QString& contactId, const QString& idType, const QString& idValue,
                          const QString& name = {});
    /// Refused without an active eftermärkning code.
    Status complete(const QString& contactId, const QString& code, const QString& note,
                    bool medicalAssessment);
    /// Records that patient data was shown (PDL access log); goes through the outbox so offline reads count
    /// too.
    Status logAccess(const QString& patientId, const QString& contactId, const QString& unitId,
                     const QString& action);
    /// Team lead: give a contact to someone else, or free it.
    Status reassign(const QString& contactId, const QString& toStaffId);
    Status releaseAny(const QString& contactId);

    /// Refused, in words, when the contact is not in the cache or is already closed (bulk actions check each
    /// contact of a selection before acting on it).
    [[nodiscard]] Status checkOpen(const QString& contactId) const;
    /// Assigns (or, with an existing id, changes) a patient's named contact at a unit. Refused without a
    /// staff member, unit and role, with valid-to before valid-from, or a note over 4000 characters.
    Status assignCareContact(const CareContactAssignment& assignment);
    /// Ends an assignment on `validTo` (it stays in the history; ending is not deleting).
    Status endCareContact(const QString& careContactId, const QDate& validTo);
    /// Records that the patient declined the assignment: it is marked declined and ends on `on` (kept in the
    /// history). `note`, when given, replaces the assignment's note.
    Status declineCareContact(const QString& careContactId, const QDate& on, const QString& note = {});
    /// Applies a validated mutation locally and queues it, in one cache transaction (the SIP actions use it
    /// too). `entityId` names the contact, plan or care contact it changes.
    Status perform(const QString& kind, QJsonObject payload, const QString& entityId);

    /// Why a claim is refused while a colleague's pre-offer holds (the name and when the offer ends).
    [[nodiscard]] static QString offeredToOtherMessage(const ContactOffer& offer);

    /// Free text a user typed: refused when empty, over 64 KiB, or holding control characters.
    [[nodiscard]] static Status checkText(const QString& text, bool required);

Q_SIGNALS:
    void contactsChanged(const QStringList& contactIds);
    void outboxChanged();
    /// A care-contact assignment of this patient changed here (assigned, ended or declined).
    void careContactsChanged(const QString& patientId);

private:
    struct ContactState {
        bool exists = false;
        QString status;
        QString holderId;
        QString holderName;
        QString channel;
        qint64 leaseUntilMs = 0; ///< 0 when there is no lease
        ContactOffer offer;
        bool leadsUnit = false; ///< the user is team lead of the contact's unit
    };
    [[nodiscard]] Result<ContactState> contactState(const QString& contactId) const;
    /// The contact's state when it exists and is still open; an error in words otherwise.
    [[nodiscard]] Result<ContactState> openContact(const QString& contactId) const;
    /// Tells the inbox and the patient panel that a patient's named contacts changed.
    void announceCareContacts(const QString& patientId);

    QSqlDatabase m_database;
    const Clock& m_clock;
    QString m_me;
};

} // namespace vk
