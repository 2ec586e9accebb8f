#include "StormCoordinator.h"

#include "domain/Clock.h"
#include "domain/DeadlinePolicy.h"
#include "sync/CareContactAssignment.h"

#include <QSqlQuery>

namespace vk {

namespace {

template <typename T>
Status statusOf(const Result<T>& result) {
    return result ? Status(Done{}) : Status(result.error());
}

} // namespace

StormCoordinator::StormCoordinator(QSqlDatabase database, DeskActions& desk, const Clock& clock, QString me,
                                   QRandomGenerator& random)
    : m_database(std::move(database))
    , m_desk(desk)
    , m_sip(desk, m_database, clock)
    , m_clock(clock)
    , m_me(std::move(me))
    , m_random(random) {}

StormCoordinator::Action StormCoordinator::noteOnASharedPlan(const QString& text) {
    // The oldest few plans of the desk's units: every desk of a unit picks among the same ones.
    const QStringList plans =
        column(QStringLiteral("SELECT id FROM sip_plans WHERE unit_id IN "
                              "(SELECT unit_id FROM unit_members WHERE staff_id = ?) ORDER BY id LIMIT 3"),
               {m_me});
    if (plans.isEmpty()) {
        return {};
    }
    return addNote(plans.at(m_random.bounded(static_cast<int>(plans.size()))), text);
}

StormCoordinator::Action StormCoordinator::sipForPatient(const QString& patientId, const QString& unitId,
                                                         const QString& text) {
    const QStringList plans =
        column(QStringLiteral("SELECT id FROM sip_plans WHERE patient_id = ? AND unit_id = ? ORDER BY id"),
               {patientId, unitId});
    if (!plans.isEmpty()) {
        return addNote(plans.constFirst(), text);
    }
    SipPlan draft;
    draft.patientId = patientId;
    draft.unitId = unitId;
    draft.consentGivenBy = QStringLiteral("Patienten");
    draft.consentDate = today();
    draft.consentHow = QStringLiteral("Muntligt vid telefonsamtal");
    draft.startDate = today();
    return {QStringLiteral("sip_create"), statusOf(m_sip.create(draft))};
}

StormCoordinator::Action StormCoordinator::careContactForPatient(const QString& patientId,
                                                                 const QString& unitId) {
    const QStringList open = column(QStringLiteral("SELECT id FROM care_contacts WHERE patient_id = ? AND "
                                                   "unit_id = ? AND role = 'kontaktsjukskoterska' AND "
                                                   "valid_to IS NULL AND declined = 0 ORDER BY id"),
                                    {patientId, unitId});
    if (!open.isEmpty() && m_random.bounded(2) == 0) {
        return {QStringLiteral("end_care_contact"), m_desk.endCareContact(open.constFirst(), today())};
    }
    CareContactAssignment assignment;
    assignment.patientId = patientId;
    assignment.staffId = m_me;
    assignment.unitId = unitId;
    assignment.role = QStringLiteral("kontaktsjukskoterska");
    assignment.validFrom = today();
    assignment.note = QStringLiteral("Utsedd efter samtal; patienten önskar en namngiven kontakt.");
    return {QStringLiteral("assign_care_contact"), m_desk.assignCareContact(assignment)};
}

StormCoordinator::Action StormCoordinator::addNote(const QString& planId, const QString& text) {
    SipActions::NoteDraft note;
    note.body = text;
    if (m_random.bounded(6) == 0) {
        // A correction names a note of the same plan; the store refuses one that names a foreign note.
        const QStringList earlier = column(
            QStringLiteral("SELECT id FROM sip_notes WHERE plan_id = ? ORDER BY written_at DESC LIMIT 5"),
            {planId});
        if (!earlier.isEmpty()) {
            note.correctsNoteId = earlier.at(m_random.bounded(static_cast<int>(earlier.size())));
        }
    } else if (m_random.bounded(3) == 0) {
        note.action = QStringLiteral("Boka uppföljande SIP-möte med kommunens biståndshandläggare.");
        note.actionResponsible = QStringLiteral("Kommunen");
        note.actionDue = today().addDays(14);
    }
    return {QStringLiteral("sip_add_note"), statusOf(m_sip.addNote(planId, note))};
}

QStringList StormCoordinator::column(const QString& sql, const QStringList& values) const {
    QSqlQuery query(m_database);
    query.prepare(sql);
    for (const QString& value : values) {
        query.addBindValue(value);
    }
    QStringList out;
    if (query.exec()) {
        while (query.next()) {
            out << query.value(0).toString();
        }
    }
    return out;
}

QDate StormCoordinator::today() const {
    return m_clock.now().toTimeZone(DeadlinePolicy::stockholm()).date();
}

} // namespace vk
