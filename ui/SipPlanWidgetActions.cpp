// SipPlanWidget, second half: the actions on a plan and the dialogs that collect their input.
#include "SipPlanWidget.h"

#include "SipMeetingDialog.h"
#include "SipNoteDialog.h"
#include "SipPdfExporter.h"
#include "SipPlanDialog.h"
#include "domain/Clock.h"
#include "sip/SipActions.h"
#include "sip/SipRepository.h"
#include "sync/DeskActions.h"

#include <QFileDialog>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTreeWidget>

namespace vk {

QDate SipPlanWidget::today() const {
    return m_clock.now().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Stockholm"))).date();
}

void SipPlanWidget::openDialog(QDialog* dialog) {
    QDialog* previous = m_dialog.data();
    if (previous != nullptr) {
        previous->reject();
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_dialog = dialog;
    dialog->open();
}

void SipPlanWidget::createPlan() {
    if (m_patientId.isEmpty()) {
        return;
    }
    DeskActions* desk = m_actions ? m_actions() : nullptr;
    if (desk == nullptr || !database().isValid()) {
        showProblem(tr("The desk is locked or has not finished its first sync yet. Try again in a moment."));
        return;
    }
    Result<std::vector<SipRepository::Unit>> units = SipRepository(database()).unitsOf(desk->currentStaff());
    if (!units) {
        showProblem(units.error().message);
        return;
    }
    if (units->empty()) {
        showProblem(tr("You are not a member of any unit in your cache yet; a SIP is drawn up at a unit."));
        return;
    }
    SipPlan draft;
    draft.patientId = m_patientId;
    draft.unitId = units->front().id;
    draft.startDate = today();
    const QString patientId = m_patientId;
    auto* dialog = new SipPlanDialog(
        draft, true, units.value(), today(),
        [this, patientId](const SipPlan& plan) -> Status {
            if (patientId != m_patientId) {
                return Done{}; // the widget moved on to another patient: nothing is saved for this one
            }
            return perform([this, &plan](SipActions& sip) -> Status {
                Result<QString> created = sip.create(plan);
                if (!created) {
                    return created.error();
                }
                m_planId = created.value();
                return Done{};
            });
        },
        this);
    openDialog(dialog);
}

void SipPlanWidget::editPlan() {
    if (!m_plan) {
        return;
    }
    const QString planId = m_plan->id;
    auto* dialog = new SipPlanDialog(
        *m_plan, false, {}, today(),
        [this, planId](const SipPlan& plan) -> Status {
            if (planId != m_planId) {
                return Done{}; // the widget moved on: the edit belongs to a plan no longer shown
            }
            return perform([&plan](SipActions& sip) { return sip.update(plan); });
        },
        this);
    openDialog(dialog);
}

void SipPlanWidget::addNote() {
    if (!m_plan) {
        return;
    }
    const QString planId = m_plan->id;
    auto* dialog = new SipNoteDialog(
        QString(), QString(),
        [this, planId](const SipActions::NoteDraft& note) -> Status {
            return perform([&planId, &note](SipActions& sip) -> Status {
                Result<QString> added = sip.addNote(planId, note);
                return added ? Status(Done{}) : Status(added.error());
            });
        },
        this);
    openDialog(dialog);
}

void SipPlanWidget::correctNote() {
    QTreeWidgetItem* item = m_notes->currentItem();
    if (!m_plan || item == nullptr) {
        showProblem(tr("Choose the note to correct in the list first."));
        return;
    }
    const QString planId = m_plan->id;
    const QString noteId = item->data(0, Qt::UserRole).toString();
    QString original;
    for (const SipPlan::Note& note : m_plan->notes) {
        if (note.id == noteId) {
            original = note.body;
        }
    }
    auto* dialog = new SipNoteDialog(
        noteId, original,
        [this, planId](const SipActions::NoteDraft& note) -> Status {
            return perform([&planId, &note](SipActions& sip) -> Status {
                Result<QString> added = sip.addNote(planId, note);
                return added ? Status(Done{}) : Status(added.error());
            });
        },
        this);
    openDialog(dialog);
}

void SipPlanWidget::addMeeting() {
    if (!m_plan) {
        return;
    }
    const QString planId = m_plan->id;
    auto* dialog = new SipMeetingDialog(today(), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, planId] {
        const QDate heldOn = dialog->heldOn();
        const QString attendees = dialog->attendees();
        const Status added = perform([&](SipActions& sip) -> Status {
            Result<QString> id = sip.addMeeting(planId, heldOn, attendees);
            return id ? Status(Done{}) : Status(id.error());
        });
        if (!added) {
            showProblem(added.error().message);
        }
    });
    openDialog(dialog);
}

Status SipPlanWidget::exportPdf(const QString& path) {
    if (!m_plan) {
        return Error{QStringLiteral("sip.no_plan"), tr("There is no SIP to print.")};
    }
    // Logged before the file exists: an export that fails half-way is still an access attempt worth knowing.
    const SipPlan plan = *m_plan;
    if (Status logged = perform([&plan](SipActions& sip) { return sip.logExport(plan); }); !logged) {
        return logged;
    }
    return SipPdfExporter::write(plan, path);
}

void SipPlanWidget::exportWithDialog() {
    if (!m_plan) {
        return;
    }
    auto* dialog = new QFileDialog(this, tr("Save the SIP as PDF"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("sipExportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->selectFile(tr("SIP.pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const Status written = exportPdf(path);
        showProblem(written ? QString() : written.error().message);
    });
    openDialog(dialog);
}

} // namespace vk
