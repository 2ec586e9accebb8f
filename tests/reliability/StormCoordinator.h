#pragma once

#include "sip/SipActions.h"
#include "sync/DeskActions.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QString>

namespace vk {

class Clock;

/// The kontaktsjuksköterska side of a storm desk: coordination notes on the SIPs of the desk's units (the
/// same few plans every desk of a unit sees, so notes to one plan arrive from several desks at once), drawing
/// up a SIP with consent for the patient of a held contact, and naming herself the patient's
/// kontaktsjuksköterska or ending such an assignment — through the real SipActions and DeskActions like the
/// rest of the storm.
class StormCoordinator {
public:
    /// What was done: the mutation kind queued (empty when there was nothing to act on) and the outcome.
    struct Action {
        QString kind;
        Status status = Done{};
    };

    StormCoordinator(QSqlDatabase database, DeskActions& desk, const Clock& clock, QString me,
                     QRandomGenerator& random);

    /// A note (now and then a correction of an earlier note) on one of the SIPs of the desk's units.
    Action noteOnASharedPlan(const QString& text);
    /// The patient's SIP at the unit: a note when there is one, otherwise a new plan with consent.
    Action sipForPatient(const QString& patientId, const QString& unitId, const QString& text);
    /// Ends an open kontaktsjuksköterska assignment of the patient at the unit, or assigns the user.
    Action careContactForPatient(const QString& patientId, const QString& unitId);

private:
    Action addNote(const QString& planId, const QString& text);
    [[nodiscard]] QStringList column(const QString& sql, const QStringList& values) const;
    [[nodiscard]] QDate today() const;

    QSqlDatabase m_database;
    DeskActions& m_desk;
    SipActions m_sip;
    const Clock& m_clock;
    QString m_me;
    QRandomGenerator& m_random;
};

} // namespace vk
