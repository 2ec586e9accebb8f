#include "SipRepository.h"

#include "cache/CacheReadError.h"
#include "domain/UtcTimestamp.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vk {

namespace {

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values) {
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    return query.exec();
}

QDate dateOf(const QVariant& value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

SipRepository::SipRepository(QSqlDatabase database)
    : m_database(std::move(database)) {}

Result<QStringList> SipRepository::planIdsForPatient(const QString& patientId) const {
    QSqlQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT id FROM sip_plans WHERE patient_id = ? "
                            "ORDER BY COALESCE(start_date, consent_date) DESC, id"),
             {patientId})) {
        return CacheReadError::of(query);
    }
    QStringList ids;
    while (query.next()) {
        ids << query.value(0).toString();
    }
    return ids;
}

Result<QStringList> SipRepository::allPlanIds() const {
    QSqlQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT id FROM sip_plans ORDER BY consent_date, id"), {})) {
        return CacheReadError::of(query);
    }
    QStringList ids;
    while (query.next()) {
        ids << query.value(0).toString();
    }
    return ids;
}

Result<SipPlan> SipRepository::load(const QString& planId) const {
    QSqlQuery query(m_database);
    if (!run(query,
             QStringLiteral(
                 "SELECT p.id, p.patient_id, p.unit_id, u.name, p.consent_given_by, p.consent_date, "
                 "p.consent_how, p.overall_responsible, p.start_date, p.next_follow_up, p.version, "
                 "pt.name, pt.id_type, pt.id_value FROM sip_plans p "
                 "LEFT JOIN units u ON u.id = p.unit_id LEFT JOIN patients pt ON pt.id = p.patient_id "
                 "WHERE p.id = ?"),
             {planId})) {
        return CacheReadError::of(query);
    }
    if (!query.next()) {
        return Error{QStringLiteral("sip.not_found"), tr("The SIP is no longer in your cache.")};
    }
    SipPlan plan;
    plan.id = query.value(0).toString();
    plan.patientId = query.value(1).toString();
    plan.unitId = query.value(2).toString();
    plan.unitName = query.value(3).toString();
    plan.consentGivenBy = query.value(4).toString();
    plan.consentDate = dateOf(query.value(5));
    plan.consentHow = query.value(6).toString();
    plan.overallResponsible = query.value(7).toString();
    plan.startDate = dateOf(query.value(8));
    plan.nextFollowUp = dateOf(query.value(9));
    plan.version = query.value(10).toLongLong();
    plan.patientName = query.value(11).toString();
    plan.patientIdType = query.value(12).toString();
    plan.patientIdValue = query.value(13).toString();
    if (Status lists = loadLists(plan); !lists) {
        return lists.error();
    }
    if (Status notes = loadNotes(plan); !notes) {
        return notes.error();
    }
    return plan;
}

Status SipRepository::loadLists(SipPlan& plan) const {
    QSqlQuery query(m_database);
    // Region first, then kommun, then others; within each in the order they were entered (rowid).
    if (!run(query,
             QStringLiteral(
                 "SELECT id, huvudman, name, role FROM sip_participants WHERE plan_id = ? "
                 "ORDER BY CASE huvudman WHEN 'region' THEN 0 WHEN 'kommun' THEN 1 ELSE 2 END, rowid"),
             {plan.id})) {
        return CacheReadError::of(query);
    }
    while (query.next()) {
        plan.participants.push_back({query.value(0).toString(), query.value(1).toString(),
                                     query.value(2).toString(), query.value(3).toString()});
    }
    if (!run(query,
             QStringLiteral("SELECT id, description, huvudman FROM sip_insatser WHERE plan_id = ? "
                            "ORDER BY CASE huvudman WHEN 'region' THEN 0 ELSE 1 END, rowid"),
             {plan.id})) {
        return CacheReadError::of(query);
    }
    while (query.next()) {
        plan.insatser.push_back(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    if (!run(query,
             QStringLiteral(
                 "SELECT id, actor, description FROM sip_other_actions WHERE plan_id = ? ORDER BY rowid"),
             {plan.id})) {
        return CacheReadError::of(query);
    }
    while (query.next()) {
        plan.otherActions.push_back(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    if (!run(query,
             QStringLiteral(
                 "SELECT id, held_on, attendees FROM sip_meetings WHERE plan_id = ? ORDER BY held_on, id"),
             {plan.id})) {
        return CacheReadError::of(query);
    }
    while (query.next()) {
        plan.meetings.push_back(
            {query.value(0).toString(), dateOf(query.value(1)), query.value(2).toString()});
    }
    return Done{};
}

Status SipRepository::loadNotes(SipPlan& plan) const {
    QSqlQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT n.id, n.author_id, s.name, n.written_at, n.body, n.action, "
                            "n.action_responsible, n.action_due, n.corrects_note_id "
                            "FROM sip_notes n LEFT JOIN staff s ON s.id = n.author_id "
                            "WHERE n.plan_id = ? ORDER BY n.written_at, n.id"),
             {plan.id})) {
        return CacheReadError::of(query);
    }
    while (query.next()) {
        SipPlan::Note note;
        note.id = query.value(0).toString();
        note.authorId = query.value(1).toString();
        note.authorName = query.value(2).toString();
        note.writtenMs = UtcTimestamp::toMs(query.value(3).toString()).value_or(0);
        note.body = query.value(4).toString();
        note.action = query.value(5).toString();
        note.actionResponsible = query.value(6).toString();
        note.actionDue = dateOf(query.value(7));
        note.correctsNoteId = query.value(8).toString();
        plan.notes.push_back(std::move(note));
    }
    return Done{};
}

Result<std::vector<SipRepository::Unit>> SipRepository::unitsOf(const QString& staffId) const {
    QSqlQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT u.id, u.name FROM unit_members m JOIN units u ON u.id = m.unit_id "
                            "WHERE m.staff_id = ? ORDER BY u.name, u.id"),
             {staffId})) {
        return CacheReadError::of(query);
    }
    std::vector<Unit> units;
    while (query.next()) {
        units.push_back({query.value(0).toString(), query.value(1).toString()});
    }
    return units;
}

Result<std::vector<SipRepository::Conflict>> SipRepository::conflictsAfter(const QString& planId,
                                                                           qint64 afterId) const {
    QSqlQuery query(m_database);
    // The outbox keeps acknowledged mutations with the entity they changed: that ties a conflict to its plan.
    if (!run(query,
             QStringLiteral(
                 "SELECT c.id, c.message FROM conflicts c JOIN outbox o ON o.mutation_id = c.mutation_id "
                 "WHERE o.entity_id = ? AND c.id > ? ORDER BY c.id"),
             {planId, afterId})) {
        return CacheReadError::of(query);
    }
    std::vector<Conflict> conflicts;
    while (query.next()) {
        conflicts.push_back({query.value(0).toLongLong(), query.value(1).toString()});
    }
    return conflicts;
}

Result<qint64> SipRepository::lastConflictId() const {
    QSqlQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM conflicts"), {}) || !query.next()) {
        return CacheReadError::of(query);
    }
    return query.value(0).toLongLong();
}

} // namespace vk
