#pragma once

#include "SipConsent.h"
#include "SipPlan.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace vk {

class Clock;
class DeskActions;

/// What a kontaktsjuksköterska does to a SIP at the desk: draw one up (with consent), edit it (the store
/// checks the version she edited), append coordination notes and corrections, record meetings, and log an
/// export. Each action is validated here, applied to the cache at once and queued for the region store
/// through DeskActions, so it works offline like every other desk action.
class SipActions {
    Q_DECLARE_TR_FUNCTIONS(vk::SipActions)
public:
    /// A coordination note being written.
    struct NoteDraft {
        QString body;
        QString action; ///< optional follow-up action…
        QString actionResponsible;
        QDate actionDue;
        QString correctsNoteId; ///< set for a correction
    };

    SipActions(DeskActions& desk, QSqlDatabase database, const Clock& clock);

    /// Draws up a new plan for `draft.patientId` at `draft.unitId`; returns its id.
    [[nodiscard]] Result<QString> create(const SipPlan& draft);
    /// Saves the edited plan; `edited.version` is the version the user started from, so a plan someone else
    /// changed in the meantime is refused by the store (shown as a conflict) rather than overwritten.
    [[nodiscard]] Status update(const SipPlan& edited);
    /// Appends a note (or a correction of an earlier note of the same plan); returns its id.
    [[nodiscard]] Result<QString> addNote(const QString& planId, const NoteDraft& note);
    /// Records a meeting held on `heldOn` with the people who attended; returns its id.
    [[nodiscard]] Result<QString> addMeeting(const QString& planId, const QDate& heldOn,
                                             const QString& attendees);
    /// The plan was printed or exported: an access to the patient's data (PDL), logged like every other.
    [[nodiscard]] Status logExport(const SipPlan& plan);

    /// The plan's contents checked as the store would check them: consent, huvudman words, required texts.
    [[nodiscard]] static Status check(const SipPlan& plan, const QDate& today);

private:
    [[nodiscard]] QDate today() const;

    DeskActions& m_desk;
    QSqlDatabase m_database;
    const Clock& m_clock;
};

} // namespace vk
