#include "PatientRepository.h"

#include "cache/CacheReadError.h"
#include "domain/UtcTimestamp.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace vk {

namespace {

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values) {
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    return query.exec();
}

QDate dateOf(const QVariant& value) {
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// The units a patient is linked to in the cache, the way region.patient_in_unit links them.
const QLatin1String PatientUnits("SELECT unit_id FROM contacts WHERE patient_id = ? "
                                 "UNION SELECT unit_id FROM care_contacts WHERE patient_id = ? "
                                 "UNION SELECT unit_id FROM sip_plans WHERE patient_id = ?");

} // namespace

PatientRepository::PatientRepository(QSqlDatabase database)
    : m_database(std::move(database)) {}

Result<std::optional<QString>> PatientRepository::findByIdentity(const QStringList& values) const {
    QSqlQuery query(m_database);
    for (const QString& value : values) {
        // The id_type term lets SQLite walk the (id_type, id_value) unique index.
        if (!run(query,
                 QStringLiteral(
                     "SELECT id FROM patients WHERE id_type IN ('personnummer', 'samordningsnummer', "
                     "'reservnummer') AND id_value = ?"),
                 {value})) {
            return CacheReadError::of(query);
        }
        if (query.next()) {
            return std::optional<QString>(query.value(0).toString());
        }
    }
    return std::optional<QString>();
}

Result<PatientOverview> PatientRepository::load(const QString& patientId, const QDate& today) const {
    QSqlQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT id, id_type, id_value, name, phone FROM patients WHERE id = ?"),
             {patientId})) {
        return CacheReadError::of(query);
    }
    if (!query.next()) {
        return Error{QStringLiteral("patient.not_found"),
                     tr("The patient is not in your units' data on this desk.")};
    }
    PatientOverview overview;
    overview.id = query.value(0).toString();
    overview.idType = query.value(1).toString();
    overview.idValue = query.value(2).toString();
    overview.name = query.value(3).toString();
    overview.phone = query.value(4).toString();
    if (Status loaded = loadContacts(overview); !loaded) {
        return loaded.error();
    }
    if (Status loaded = loadCareContacts(overview, today); !loaded) {
        return loaded.error();
    }
    if (Status loaded = loadSipPlans(overview); !loaded) {
        return loaded.error();
    }
    return overview;
}

Status PatientRepository::loadContacts(PatientOverview& overview) const {
    QSqlQuery query(m_database);
    if (!run(query,
             QStringLiteral(
                 "SELECT c.id, c.channel, c.status, c.unit_id, u.name, c.reason, c.subject, c.code, "
                 "c.received_at FROM contacts c INDEXED BY contacts_by_patient "
                 "LEFT JOIN units u ON u.id = c.unit_id "
                 "WHERE c.patient_id = ? ORDER BY c.received_at DESC, c.id"),
             {overview.id})) {
        return CacheReadError::of(query);
    }
    while (query.next()) {
        PatientOverview::Contact contact;
        contact.id = query.value(0).toString();
        contact.channel = channelFromStorage(query.value(1).toString()).value_or(Channel::Callback);
        contact.status = statusFromStorage(query.value(2).toString()).value_or(ContactStatus::New);
        contact.unitId = query.value(3).toString();
        contact.unitName = query.value(4).toString();
        contact.reason = query.value(5).toString();
        contact.subject = query.value(6).toString();
        contact.code = query.value(7).toString();
        contact.receivedMs = UtcTimestamp::toMs(query.value(8).toString()).value_or(0);
        overview.contacts.push_back(std::move(contact));
    }
    return Done{};
}

Status PatientRepository::loadCareContacts(PatientOverview& overview, const QDate& today) const {
    QSqlQuery query(m_database);
    if (!run(query,
             QStringLiteral(
                 "SELECT cc.id, cc.staff_id, s.name, s.title, cc.unit_id, u.name, cc.role, "
                 "cc.valid_from, cc.valid_to, cc.appointed_by, a.name, cc.declined, cc.note "
                 "FROM care_contacts cc LEFT JOIN staff s ON s.id = cc.staff_id "
                 "LEFT JOIN units u ON u.id = cc.unit_id LEFT JOIN staff a ON a.id = cc.appointed_by "
                 "WHERE cc.patient_id = ? ORDER BY cc.valid_from DESC, cc.id"),
             {overview.id})) {
        return CacheReadError::of(query);
    }
    while (query.next()) {
        PatientOverview::CareContact care;
        care.id = query.value(0).toString();
        care.staffId = query.value(1).toString();
        care.staffName = query.value(2).toString();
        care.staffTitle = query.value(3).toString();
        care.unitId = query.value(4).toString();
        care.unitName = query.value(5).toString();
        care.role = query.value(6).toString();
        care.validFrom = dateOf(query.value(7));
        care.validTo = dateOf(query.value(8));
        care.appointedById = query.value(9).toString();
        care.appointedByName = query.value(10).toString();
        care.declined = query.value(11).toBool();
        care.note = query.value(12).toString();
        care.current =
            !care.declined && care.validFrom <= today && (care.validTo.isNull() || care.validTo >= today);
        overview.careContacts.push_back(std::move(care));
    }
    // Current assignments first; within each group the newest first (the query's order).
    std::stable_partition(overview.careContacts.begin(), overview.careContacts.end(),
                          [](const PatientOverview::CareContact& care) { return care.current; });
    return Done{};
}

Status PatientRepository::loadSipPlans(PatientOverview& overview) const {
    QSqlQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT sp.id, sp.unit_id, u.name, sp.consent_given_by, sp.consent_date, "
                            "sp.overall_responsible, sp.start_date, sp.next_follow_up, sp.version "
                            "FROM sip_plans sp LEFT JOIN units u ON u.id = sp.unit_id "
                            "WHERE sp.patient_id = ? ORDER BY sp.start_date DESC, sp.id"),
             {overview.id})) {
        return CacheReadError::of(query);
    }
    while (query.next()) {
        PatientOverview::SipPlan plan;
        plan.id = query.value(0).toString();
        plan.unitId = query.value(1).toString();
        plan.unitName = query.value(2).toString();
        plan.consentGivenBy = query.value(3).toString();
        plan.consentDate = dateOf(query.value(4));
        plan.overallResponsible = query.value(5).toString();
        plan.startDate = dateOf(query.value(6));
        plan.nextFollowUp = dateOf(query.value(7));
        plan.version = query.value(8).toLongLong();
        overview.sipPlans.push_back(std::move(plan));
    }
    return Done{};
}

Result<QString> PatientRepository::accessUnit(const QString& patientId, const QString& me,
                                              const QString& preferredUnit) const {
    QSqlQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT m.unit_id FROM unit_members m WHERE m.staff_id = ? AND m.unit_id IN (") +
                 PatientUnits + QStringLiteral(") ORDER BY m.unit_id = ? DESC, m.unit_id"),
             {me, patientId, patientId, patientId, preferredUnit})) {
        return CacheReadError::of(query);
    }
    return query.next() ? query.value(0).toString() : QString();
}

Result<QStringList> PatientRepository::contactIds(const QString& patientId) const {
    QSqlQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT id FROM contacts WHERE patient_id = ?"), {patientId})) {
        return CacheReadError::of(query);
    }
    QStringList ids;
    while (query.next()) {
        ids << query.value(0).toString();
    }
    return ids;
}

Result<QString> PatientRepository::patientWithSip() const {
    QSqlQuery query(m_database);
    if (!run(query,
             QStringLiteral(
                 "SELECT sp.patient_id FROM sip_plans sp "
                 "ORDER BY (SELECT count(*) FROM contacts c WHERE c.patient_id = sp.patient_id) DESC, "
                 "sp.patient_id LIMIT 1"),
             {})) {
        return CacheReadError::of(query);
    }
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace vk
