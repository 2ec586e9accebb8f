// ContactDetailWidget, second half: the actions and the dialogs that collect their input.
#include "ContactDetailWidget.h"

#include "CancelContactDialog.h"
#include "CompleteDialog.h"
#include "ContactPane.h"
#include "ContactTexts.h"
#include "ForwardDialog.h"
#include "LogAttemptDialog.h"
#include "MessageBox.h"
#include "RebookDialog.h"
#include "SipPlanWidget.h"
#include "VerifyIdentityDialog.h"
#include "VoicemailPane.h"
#include "domain/Clock.h"
#include "domain/DeadlinePolicy.h"
#include "sync/DeskActions.h"

#include <QDialog>
#include <QLocale>
#include <QVBoxLayout>

namespace vk {

void ContactDetailWidget::openDialog(QDialog* dialog, const std::function<void()>& onAccepted) {
    closeDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // The answer belongs to the contact the dialog was opened for; if the pane moved on, it is dropped.
    const QString contactId = m_contactId;
    connect(dialog, &QDialog::accepted, this, [this, contactId, onAccepted] {
        if (contactId == m_contactId) {
            onAccepted();
        }
    });
    m_dialog = dialog;
    dialog->open();
}

void ContactDetailWidget::closeDialog() {
    QDialog* dialog = m_dialog.data();
    m_dialog.clear();
    if (dialog != nullptr) {
        dialog->reject();
    }
}

void ContactDetailWidget::claim() {
    if (!hasOpenContact()) {
        return;
    }
    if (m_detail->holderId == me() && !me().isEmpty()) {
        showNotice(tr("You are already handling this contact."));
        return;
    }
    const QString id = m_contactId;
    if (perform([&id](DeskActions& desk) { return desk.claim(id); })) {
        showNotice(tr("Claimed. The region store confirms the claim at the next sync."));
    }
}

void ContactDetailWidget::release() {
    if (!hasOpenContact()) {
        return;
    }
    const QString id = m_contactId;
    (void)perform([&id](DeskActions& desk) { return desk.release(id); });
}

void ContactDetailWidget::logAttempt() {
    if (!hasOpenContact()) {
        return;
    }
    ContactPane* pane = currentPane();
    if (pane == nullptr || !pane->beginCall()) {
        showProblem(tr("This contact is not handled by phone; answer it with a message instead."));
        return;
    }
    QString warning;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (m_detail->callback && m_detail->callback->bookedSlotMs > now) {
        warning = tr("The booked time starts at %1. Calling before it counts as a miss.")
                      .arg(ContactTexts::timeText(m_detail->callback->bookedSlotMs));
    }
    auto* dialog = new LogAttemptDialog(m_detail->phoneToCall(), warning, this);
    openDialog(dialog, [this, dialog] {
        const QString id = m_contactId;
        const QString outcome = dialog->outcome();
        const QString note = dialog->note();
        if (perform([&](DeskActions& desk) { return desk.logAttempt(id, outcome, note); }) && m_detail &&
            m_detail->status == ContactStatus::NotReached) {
            showNotice(tr("The patient was not reached. Choose the next step."));
        }
    });
}

void ContactDetailWidget::focusReply() {
    if (!hasOpenContact()) {
        return;
    }
    ContactPane* pane = currentPane();
    if (pane == nullptr || !pane->focusReply()) {
        showNotice(tr("Only 1177 requests are answered with a message. Call the patient instead (L)."));
    }
}

void ContactDetailWidget::sendReply(const QString& body) {
    if (!hasOpenContact()) {
        return;
    }
    const QString id = m_contactId;
    if (perform([&](DeskActions& desk) { return desk.reply(id, body); })) {
        if (ContactPane* pane = currentPane()) {
            pane->replySent();
        }
        showNotice(tr("The reply is saved and is sent to 1177 at the next sync."));
    }
}

void ContactDetailWidget::verifyIdentity() {
    if (!hasOpenContact()) {
        return;
    }
    const QDate today = m_clock.now().toTimeZone(DeadlinePolicy::stockholm()).date();
    auto* dialog =
        new VerifyIdentityDialog(today, m_detail->patient ? m_detail->patient->name : QString(), this);
    openDialog(dialog, [this, dialog] {
        const QString id = m_contactId;
        const IdentityNumber identity = dialog->identity();
        const QString name = dialog->name();
        (void)perform([&](DeskActions& desk) {
            return desk.verifyIdentity(id, identity.typeName(), identity.value(), name);
        });
    });
}

void ContactDetailWidget::forward() {
    if (!hasOpenContact()) {
        return;
    }
    const std::optional<ContactDetailRepository> repo = repository();
    if (!repo) {
        return;
    }
    const Result<QList<ContactDetailRepository::Unit>> units = repo->units(m_detail->unitId);
    if (!units) {
        showProblem(units.error().message);
        return;
    }
    auto* dialog = new ForwardDialog(units.value(), this);
    openDialog(dialog, [this, dialog] {
        const QString id = m_contactId;
        const QString unit = dialog->unitId();
        const QString note = dialog->note();
        if (perform([&](DeskActions& desk) { return desk.forward(id, unit, note); })) {
            showNotice(tr("Forwarded. The contact leaves your inbox once the region store has it."));
        }
    });
}

void ContactDetailWidget::cancelContact() {
    if (!hasOpenContact()) {
        return;
    }
    auto* dialog = new CancelContactDialog(this);
    openDialog(dialog, [this, dialog] {
        const QString id = m_contactId;
        const QString reason = dialog->reason();
        const QString note = dialog->note();
        (void)perform([&](DeskActions& desk) { return desk.cancel(id, reason, note); });
    });
}

void ContactDetailWidget::rebook() {
    if (!hasOpenContact() || m_detail->channel != Channel::Callback) {
        return;
    }
    auto* dialog = new RebookDialog(m_clock.now(), this);
    openDialog(dialog, [this, dialog] {
        const QString id = m_contactId;
        const QDateTime slot = dialog->slot();
        if (perform([&](DeskActions& desk) { return desk.rebook(id, slot); })) {
            showNotice(tr("Rebooked to %1.").arg(ContactTexts::dateTimeText(slot.toMSecsSinceEpoch())));
        }
    });
}

void ContactDetailWidget::complete() {
    startCompletion(false);
}

void ContactDetailWidget::completeAndOpenNext() {
    startCompletion(true);
}

void ContactDetailWidget::startCompletion(bool openNext) {
    if (!hasOpenContact()) {
        return;
    }
    const ContactPane* pane = currentPane();
    if (pane != nullptr && pane->hasUnsentReply() &&
        MessageBox::question(this, tr("Unsent reply"),
                             tr("The reply you wrote has not been sent. Complete the contact without sending "
                                "it?")) != QMessageBox::Yes) {
        return;
    }
    const std::optional<ContactDetailRepository> repo = repository();
    if (!repo) {
        return;
    }
    const Result<CodeCatalogue> codes = repo->codes();
    if (!codes) {
        showProblem(codes.error().message);
        return;
    }
    auto* dialog = new CompleteDialog(codes.value(), QLocale().language() != QLocale::Swedish, this);
    openDialog(dialog, [this, dialog, openNext] {
        finishCompletion(dialog->code(), dialog->note(), dialog->medicalAssessment(), openNext);
    });
}

void ContactDetailWidget::finishCompletion(const QString& code, const QString& note, bool medicalAssessment,
                                           bool openNext) {
    const QString id = m_contactId;
    // The next contact is taken before completing: a completed contact leaves the list, and with it the
    // list's notion of "after".
    const QString next = openNext && m_next ? m_next(id) : QString();
    if (!perform([&](DeskActions& desk) { return desk.complete(id, code, note, medicalAssessment); })) {
        return;
    }
    if (!openNext) {
        showNotice(tr("Completed with code %1.").arg(code));
        return;
    }
    if (next.isEmpty() || next == id) {
        showNotice(tr("Completed with code %1. That was the last contact in the list.").arg(code));
        return;
    }
    openContact(next);
    Q_EMIT nextContactOpened(next);
    focusActions();
}

void ContactDetailWidget::openSip() {
    if (!m_detail || !m_detail->patient) {
        return;
    }
    DeskActions* desk = actions();
    // PDL: the SIP shows more of the patient than the contact does; it is an access of its own.
    const Status logged = desk != nullptr ? desk->logAccess(m_detail->patient->id, m_detail->id,
                                                            m_detail->unitId, QStringLiteral("sip_open"))
                                          : Status(Error{QStringLiteral("action.no_session"),
                                                         tr("Your desk does not know who you are yet.")});
    if (!logged) {
        showProblem(tr("The SIP is not shown because the access could not be logged: %1")
                        .arg(logged.error().message));
        return;
    }
    if (m_sipWindow) {
        m_sipWindow->close();
    }
    auto* window = new QDialog(this);
    window->setObjectName(QStringLiteral("sipWindow"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("SIP — %1").arg(m_detail->patient->name));
    auto* view = new SipPlanWidget(m_clock, window);
    view->setSource(m_database, m_actions);
    view->showPatient(m_detail->patient->id);
    auto* layout = new QVBoxLayout(window);
    layout->addWidget(view);
    window->resize(1100, 860);
    m_sipWindow = window;
    window->show();
}

} // namespace vk
