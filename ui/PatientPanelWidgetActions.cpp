// PatientPanelWidget: the named-contact actions (assign, end, the patient declines).
#include "CareContactDialog.h"
#include "EndCareContactDialog.h"
#include "PatientPanelWidget.h"
#include "item/CareContactsModel.h"
#include "sync/DeskActions.h"

#include <QPushButton>
#include <QTableView>

namespace vk {

void PatientPanelWidget::openDialog(QDialog* dialog, const std::function<void()>& onAccepted) {
    if (QDialog* open = m_dialog.data()) {
        open->reject();
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // The answer belongs to the patient the dialog was opened for; if the panel moved on, it is dropped.
    const QString patientId = m_patientId;
    connect(dialog, &QDialog::accepted, this, [this, patientId, onAccepted] {
        if (patientId == m_patientId) {
            onAccepted();
        }
    });
    m_dialog = dialog;
    dialog->open();
}

void PatientPanelWidget::perform(const std::function<Status(DeskActions&)>& action) {
    DeskActions* desk = actions();
    const Status done = desk != nullptr ? action(*desk)
                                        : Status(Error{QStringLiteral("action.no_session"),
                                                       tr("Your desk does not know who you are yet.")});
    if (!done) {
        showProblem(done.error().message);
        return;
    }
    refresh();
}

void PatientPanelWidget::assignCareContact() {
    DeskActions* desk = actions();
    if (m_patientId.isEmpty() || desk == nullptr || !m_database) {
        return;
    }
    const StaffDirectory directory(m_database());
    const Result<std::vector<StaffDirectory::Unit>> units = directory.unitsOf(desk->currentStaff());
    if (!units) {
        showProblem(units.error().message);
        return;
    }
    auto* dialog = new CareContactDialog(
        m_patientId, units.value(),
        [database = m_database](const QString& unitId) {
            Result<std::vector<StaffDirectory::Member>> members =
                StaffDirectory(database()).membersOf(unitId);
            return members ? std::move(members).value() : std::vector<StaffDirectory::Member>();
        },
        today(), this);
    openDialog(dialog, [this, dialog] {
        const CareContactAssignment assignment = dialog->assignment();
        perform([&assignment](DeskActions& d) { return d.assignCareContact(assignment); });
    });
}

void PatientPanelWidget::endCareContact() {
    const QModelIndex index = m_careTable->currentIndex();
    if (!index.isValid() || !m_end->isEnabled()) {
        return;
    }
    const PatientOverview::CareContact& care = m_careContacts->careContactAt(index.row());
    const QString id = care.id;
    auto* dialog = new EndCareContactDialog(
        EndCareContactDialog::Mode::End,
        tr("%1: %2, %3").arg(CareContactsModel::roleText(care.role), care.staffName, care.unitName), today(),
        care.validFrom, this);
    openDialog(dialog, [this, dialog, id] {
        const QDate date = dialog->date();
        perform([&](DeskActions& d) { return d.endCareContact(id, date); });
    });
}

void PatientPanelWidget::declineCareContact() {
    const QModelIndex index = m_careTable->currentIndex();
    if (!index.isValid() || !m_decline->isEnabled()) {
        return;
    }
    const PatientOverview::CareContact& care = m_careContacts->careContactAt(index.row());
    const QString id = care.id;
    auto* dialog = new EndCareContactDialog(
        EndCareContactDialog::Mode::Decline,
        tr("%1: %2, %3").arg(CareContactsModel::roleText(care.role), care.staffName, care.unitName), today(),
        care.validFrom, this);
    openDialog(dialog, [this, dialog, id] {
        const QDate date = dialog->date();
        const QString note = dialog->note();
        perform([&](DeskActions& d) { return d.declineCareContact(id, date, note); });
    });
}

} // namespace vk
