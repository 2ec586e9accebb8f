#include "TeamContactsWidget.h"

#include "CancelContactDialog.h"
#include "CompleteDialog.h"
#include "ForwardDialog.h"
#include "InboxView.h"
#include "ReassignDialog.h"
#include "item/ContactDetailRepository.h"
#include "item/TeamRepository.h"
#include "sync/BulkActions.h"
#include "sync/DeskActions.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vk {

TeamContactsWidget::TeamContactsWidget(InboxModel* inbox, QWidget* parent)
    : QWidget(parent)
    , m_list(new InboxView(inbox, this))
    , m_notice(new QLabel(this)) {
    setObjectName(QStringLiteral("teamContacts"));
    m_list->setObjectName(QStringLiteral("teamContactList"));
    m_list->setMultiSelection(true);
    m_notice->setObjectName(QStringLiteral("teamNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);

    const struct {
        const char* name;
        QString text;
        QString help;
        void (TeamContactsWidget::*action)();
    } actions[] = {
        {"teamReassign", tr("Reassign…"), tr("Give the selected contacts to a staff member"),
         &TeamContactsWidget::reassignSelected},
        {"teamRelease", tr("Release claim"), tr("Free the selected contacts for anyone to take"),
         &TeamContactsWidget::releaseSelected},
        {"teamForward", tr("Forward…"), tr("Forward the selected contacts to another unit"),
         &TeamContactsWidget::forwardSelected},
        {"teamCancel", tr("Cancel…"), tr("Cancel the selected contacts (duplicate, wrong unit, spam)"),
         &TeamContactsWidget::cancelSelected},
        {"teamComplete", tr("Complete…"), tr("Complete the selected contacts with one eftermärkning code"),
         &TeamContactsWidget::completeSelected},
    };
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(new QLabel(tr("Selected contacts:"), this));
    for (const auto& entry : actions) {
        auto* button = new QPushButton(entry.text, this);
        button->setObjectName(QString::fromLatin1(entry.name));
        button->setToolTip(entry.help);
        button->setAccessibleDescription(entry.help);
        connect(button, &QPushButton::clicked, this, entry.action);
        bar->addWidget(button);
        m_buttons.append(button);
    }
    bar->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_notice);
    layout->addLayout(bar);

    connect(m_list->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamContactsWidget::updateButtons);
    connect(m_list, &InboxView::contactActivated, this, &TeamContactsWidget::contactActivated);
    updateButtons();
}

void TeamContactsWidget::setProviders(DatabaseProvider database, ActionsProvider actions) {
    m_database = std::move(database);
    m_actions = std::move(actions);
}

void TeamContactsWidget::setLedUnits(const QStringList& unitIds) {
    m_ledUnits = unitIds;
    m_list->setUnits(QSet<QString>(unitIds.begin(), unitIds.end()));
}

void TeamContactsWidget::updateButtons() {
    const bool any = m_list->table()->selectionModel()->hasSelection();
    for (QPushButton* button : m_buttons) {
        button->setEnabled(any);
    }
}

void TeamContactsWidget::showNotice(const QString& text, bool problem) {
    m_notice->setText(text);
    m_notice->setForegroundRole(problem ? QPalette::BrightText : QPalette::WindowText);
    m_notice->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    m_notice->setVisible(!text.isEmpty());
}

QStringList TeamContactsWidget::selectionOrComplain() {
    const QStringList ids = m_list->selectedContactIds();
    if (ids.isEmpty()) {
        showNotice(tr("Select one or more contacts first."), true);
    } else if (!m_database || !m_actions || m_actions() == nullptr || !m_database().isOpen()) {
        showNotice(tr("The desk is locked; unlock it to act on contacts."), true);
        return {};
    }
    return ids;
}

void TeamContactsWidget::showDialog(QDialog* dialog, const std::function<void()>& onAccepted) {
    // Only one dialog at a time: a second bulk action replaces the first rather than stacking modal sheets.
    if (QDialog* previous = m_dialog.data(); previous != nullptr) {
        previous->reject();
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, onAccepted);
    m_dialog = dialog;
    dialog->open();
}

namespace {

// The sentence after a bulk action: how many went through, and the reasons for those refused.
QString outcomeText(const Result<BulkActions::Outcome>& outcome, const QString& doneText) {
    if (!outcome) {
        return outcome.error().message;
    }
    if (outcome->failedIds.isEmpty()) {
        return doneText;
    }
    QStringList reasons = outcome->messages;
    reasons.removeDuplicates();
    // Two whole sentences: what went through, then what was refused and why.
    const QString refused = TeamContactsWidget::tr("%n contact(s) could not be changed: %1", nullptr,
                                                   int(outcome->failedIds.size()))
                                .arg(reasons.join(QLatin1Char(' ')));
    return outcome->applied > 0 ? doneText + QLatin1Char(' ') + refused : refused;
}

} // namespace

void TeamContactsWidget::reassignSelected() {
    const QStringList ids = selectionOrComplain();
    if (ids.isEmpty()) {
        return;
    }
    Result<QList<TeamRepository::Member>> members = TeamRepository(m_database()).members(m_ledUnits);
    if (!members) {
        showNotice(members.error().message, true);
        return;
    }
    auto* dialog = new ReassignDialog(members.value(), int(ids.size()), this);
    showDialog(dialog, [this, dialog, ids] {
        DeskActions* actions = m_actions ? m_actions() : nullptr;
        if (actions == nullptr) {
            return;
        }
        const Result<BulkActions::Outcome> outcome =
            BulkActions(*actions, m_database()).reassign(ids, dialog->staffId());
        showNotice(outcomeText(outcome,
                               tr("%n contact(s) reassigned to %1.", nullptr, outcome ? outcome->applied : 0)
                                   .arg(dialog->staffName())),
                   !outcome || !outcome->failedIds.isEmpty());
    });
}

void TeamContactsWidget::releaseSelected() {
    const QStringList ids = selectionOrComplain();
    if (ids.isEmpty()) {
        return;
    }
    const Result<BulkActions::Outcome> outcome = BulkActions(*m_actions(), m_database()).release(ids);
    showNotice(outcomeText(outcome, tr("%n claim(s) released.", nullptr, outcome ? outcome->applied : 0)),
               !outcome || !outcome->failedIds.isEmpty());
}

void TeamContactsWidget::forwardSelected() {
    const QStringList ids = selectionOrComplain();
    if (ids.isEmpty()) {
        return;
    }
    Result<QList<ContactDetailRepository::Unit>> units = ContactDetailRepository(m_database()).units();
    if (!units) {
        showNotice(units.error().message, true);
        return;
    }
    auto* dialog = new ForwardDialog(units.value(), this);
    showDialog(dialog, [this, dialog, ids] {
        DeskActions* actions = m_actions ? m_actions() : nullptr;
        if (actions == nullptr) {
            return;
        }
        const Result<BulkActions::Outcome> outcome =
            BulkActions(*actions, m_database()).forward(ids, dialog->unitId(), dialog->note());
        showNotice(
            outcomeText(outcome, tr("%n contact(s) forwarded.", nullptr, outcome ? outcome->applied : 0)),
            !outcome || !outcome->failedIds.isEmpty());
    });
}

void TeamContactsWidget::cancelSelected() {
    const QStringList ids = selectionOrComplain();
    if (ids.isEmpty()) {
        return;
    }
    auto* dialog = new CancelContactDialog(this);
    showDialog(dialog, [this, dialog, ids] {
        DeskActions* actions = m_actions ? m_actions() : nullptr;
        if (actions == nullptr) {
            return;
        }
        const Result<BulkActions::Outcome> outcome =
            BulkActions(*actions, m_database()).cancel(ids, dialog->reason(), dialog->note());
        showNotice(
            outcomeText(outcome, tr("%n contact(s) cancelled.", nullptr, outcome ? outcome->applied : 0)),
            !outcome || !outcome->failedIds.isEmpty());
    });
}

void TeamContactsWidget::completeSelected() {
    const QStringList ids = selectionOrComplain();
    if (ids.isEmpty()) {
        return;
    }
    Result<CodeCatalogue> codes = ContactDetailRepository(m_database()).codes();
    if (!codes) {
        showNotice(codes.error().message, true);
        return;
    }
    auto* dialog = new CompleteDialog(codes.value(), QLocale().language() != QLocale::Swedish, this);
    showDialog(dialog, [this, dialog, ids] {
        DeskActions* actions = m_actions ? m_actions() : nullptr;
        if (actions == nullptr) {
            return;
        }
        // BulkActions refuses the whole selection without a code, whatever the dialog let through.
        const Result<BulkActions::Outcome> outcome =
            BulkActions(*actions, m_database())
                .complete(ids, dialog->code(), dialog->note(), dialog->medicalAssessment());
        showNotice(outcomeText(outcome,
                               tr("%n contact(s) completed with %1.", nullptr, outcome ? outcome->applied : 0)
                                   .arg(dialog->code())),
                   !outcome || !outcome->failedIds.isEmpty());
    });
}

} // namespace vk
