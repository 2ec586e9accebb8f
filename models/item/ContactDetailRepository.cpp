#include "ContactDetailRepository.h"

#include "cache/CacheReadError.h"
#include "domain/UtcTimestamp.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vk {

namespace {

qint64 msOf(const QVariant& value) {
    return value.isNull() ? 0 : UtcTimestamp::toMs(value.toString()).value_or(0);
}

/// Prepares and runs `sql` with one bound id.
bool run(QSqlQuery& query, const QString& sql, const QString& id) {
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec();
}

} // namespace

ContactDetailRepository::ContactDetailRepository(QSqlDatabase database)
    : m_database(std::move(database)) {}

Result<ContactDetail> ContactDetailRepository::load(const QString& contactId) const {
    QSqlQuery query(m_database);
    if (!run(query,
             QStringLiteral(
                 "SELECT c.id, c.channel, c.status, c.unit_id, u.name, COALESCE(u.max_callback_attempts, 3), "
                 "c.reason, c.subject, c.received_at, c.due_at, c.claimed_by, s.name, c.tentative, "
                 "c.identity_verified, c.code, c.outcome, c.medical_assessment, c.cancel_reason, f.name, "
                 "c.first_contact_at, c.completed_at, "
                 "p.id, p.name, p.id_type, p.id_value, p.phone, c.offered_to, c.offered_until, os.name "
                 "FROM contacts c "
                 "LEFT JOIN units u ON u.id = c.unit_id "
                 "LEFT JOIN units f ON f.id = c.forwarded_to "
                 "LEFT JOIN staff s ON s.id = c.claimed_by "
                 "LEFT JOIN patients p ON p.id = c.patient_id "
                 "LEFT JOIN staff os ON os.id = c.offered_to "
                 "WHERE c.id = ?"),
             contactId)) {
        return CacheReadError::of(query);
    }
    if (!query.next()) {
        return Error{QStringLiteral("contact.not_found"), tr("The contact is no longer in your inbox.")};
    }
    ContactDetail detail;
    detail.id = query.value(0).toString();
    detail.channel = channelFromStorage(query.value(1).toString()).value_or(Channel::Callback);
    detail.status = statusFromStorage(query.value(2).toString()).value_or(ContactStatus::New);
    detail.unitId = query.value(3).toString();
    detail.unitName = query.value(4).toString();
    detail.maxCallbackAttempts = query.value(5).toInt();
    detail.reason = query.value(6).toString();
    detail.subject = query.value(7).toString();
    detail.receivedMs = msOf(query.value(8));
    detail.dueMs = msOf(query.value(9));
    detail.holderId = query.value(10).toString();
    detail.holderName = query.value(11).toString();
    detail.tentative = query.value(12).toBool();
    detail.identityVerified = query.value(13).toBool();
    detail.code = query.value(14).toString();
    detail.outcome = query.value(15).toString();
    detail.medicalAssessment = query.value(16).toBool();
    detail.cancelReason = query.value(17).toString();
    detail.forwardedToName = query.value(18).toString();
    detail.firstContactMs = msOf(query.value(19));
    detail.completedMs = msOf(query.value(20));
    if (!query.value(21).isNull()) {
        detail.patient = ContactDetail::Patient{query.value(21).toString(), query.value(22).toString(),
                                                query.value(23).toString(), query.value(24).toString(),
                                                query.value(25).toString()};
    }
    detail.offer.staffId = query.value(26).toString();
    detail.offer.untilMs = msOf(query.value(27));
    detail.offer.staffName = query.value(28).toString();
    query.finish();

    for (Status (ContactDetailRepository::*part)(ContactDetail&) const :
         {&ContactDetailRepository::loadCallback, &ContactDetailRepository::loadVoicemail,
          &ContactDetailRepository::loadErrand, &ContactDetailRepository::loadAttempts}) {
        if (Status loaded = (this->*part)(detail); !loaded) {
            return loaded.error();
        }
    }
    return detail;
}

Status ContactDetailRepository::loadCallback(ContactDetail& detail) const {
    QSqlQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT phone, booked_slot, requested_time FROM callback_requests "
                            "WHERE contact_id = ?"),
             detail.id)) {
        return CacheReadError::of(query);
    }
    if (query.next()) {
        detail.callback = ContactDetail::Callback{query.value(0).toString(), msOf(query.value(1)),
                                                  query.value(2).toString()};
    }
    return Done{};
}

Status ContactDetailRepository::loadVoicemail(ContactDetail& detail) const {
    QSqlQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT mailbox, caller_phone, duration_ms, audio, audio_mime FROM voicemails "
                            "WHERE contact_id = ?"),
             detail.id)) {
        return CacheReadError::of(query);
    }
    if (query.next()) {
        detail.voicemail = ContactDetail::Voicemail{query.value(0).toString(), query.value(1).toString(),
                                                    query.value(2).toLongLong(), query.value(3).toByteArray(),
                                                    query.value(4).toString()};
    }
    return Done{};
}

Status ContactDetailRepository::loadErrand(ContactDetail& detail) const {
    QSqlQuery query(m_database);
    if (!run(query,
             QStringLiteral(
                 "SELECT errand_type, ombud, ombud_name FROM eservice_errands WHERE contact_id = ?"),
             detail.id)) {
        return CacheReadError::of(query);
    }
    if (!query.next()) {
        return Done{};
    }
    ContactDetail::Errand errand{
        query.value(0).toString(), query.value(1).toBool(), query.value(2).toString(), {}};
    query.finish();
    if (!run(query,
             QStringLiteral("SELECT m.id, m.direction, m.author_staff_id, s.name, m.body, m.sent_at "
                            "FROM eservice_messages m LEFT JOIN staff s ON s.id = m.author_staff_id "
                            "WHERE m.contact_id = ? ORDER BY m.sent_at, m.id"),
             detail.id)) {
        return CacheReadError::of(query);
    }
    while (query.next()) {
        errand.messages.push_back(ContactDetail::Message{query.value(0).toString(),
                                                         query.value(1).toString() == QLatin1String("out"),
                                                         query.value(2).toString(), query.value(3).toString(),
                                                         query.value(4).toString(), msOf(query.value(5))});
    }
    detail.errand = std::move(errand);
    return Done{};
}

Status ContactDetailRepository::loadAttempts(ContactDetail& detail) const {
    QSqlQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT a.id, a.attempted_at, a.outcome, a.note, a.staff_id, s.name "
                            "FROM callback_attempts a LEFT JOIN staff s ON s.id = a.staff_id "
                            "WHERE a.contact_id = ? ORDER BY a.attempted_at, a.id"),
             detail.id)) {
        return CacheReadError::of(query);
    }
    while (query.next()) {
        detail.attempts.push_back(ContactDetail::Attempt{
            query.value(0).toString(), msOf(query.value(1)), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    }
    return Done{};
}

Result<QList<ContactDetailRepository::Unit>>
ContactDetailRepository::units(const QString& exceptUnitId) const {
    QSqlQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT id, name FROM units WHERE id <> ? ORDER BY name, id"),
             exceptUnitId)) {
        return CacheReadError::of(query);
    }
    QList<Unit> units;
    while (query.next()) {
        units.append(Unit{query.value(0).toString(), query.value(1).toString()});
    }
    return units;
}

Result<CodeCatalogue> ContactDetailRepository::codes() const {
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT code, label_sv, label_en, sort_order, active FROM codes ORDER BY sort_order, code"))) {
        return CacheReadError::of(query);
    }
    QList<CodeEntry> entries;
    while (query.next()) {
        entries.append(CodeEntry{query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString(), query.value(3).toInt(), query.value(4).toBool()});
    }
    return CodeCatalogue(std::move(entries));
}

} // namespace vk
