#include "ContactDetailWidget.h"

#include "CallbackPane.h"
#include "ContactHeaderWidget.h"
#include "ContactTexts.h"
#include "EServicePane.h"
#include "VoicemailPane.h"
#include "domain/Clock.h"
#include "sync/DeskActions.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vk {

namespace {

const QColor ProblemColour(0xb0, 0x00, 0x20);

QPushButton* actionButton(const QString& text, const QString& objectName, const QString& accessibleName,
                          QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}

} // namespace

ContactDetailWidget::ContactDetailWidget(const Clock& clock, ClipboardGuard& clipboard, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_unavailable(new QLabel(this))
    , m_content(new QWidget(this))
    , m_header(new ContactHeaderWidget(clock, m_content))
    , m_notReached(new QWidget(m_content))
    , m_notReachedText(new QLabel(m_notReached))
    , m_closed(new QLabel(m_content))
    , m_problem(new QLabel(m_content))
    , m_notice(new QLabel(m_content))
    , m_panes(new QStackedWidget(m_content)) {
    setObjectName(QStringLiteral("contactDetail"));
    setAccessibleName(tr("Contact details"));

    m_claim =
        actionButton(tr("Claim (C)"), QStringLiteral("claimButton"), tr("Claim the contact"), m_content);
    m_release =
        actionButton(tr("Release"), QStringLiteral("releaseButton"), tr("Release the contact"), m_content);
    m_verify = actionButton(tr("Verify identity…"), QStringLiteral("verifyIdentityButton"),
                            tr("Verify the caller's identity"), m_content);
    m_forward = actionButton(tr("Forward…"), QStringLiteral("forwardButton"), tr("Forward to another unit"),
                             m_content);
    m_cancel = actionButton(tr("Cancel contact…"), QStringLiteral("cancelButton"), tr("Cancel the contact"),
                            m_content);
    m_complete = actionButton(tr("Complete (Ctrl+Enter)"), QStringLiteral("completeButton"),
                              tr("Complete the contact with a code"), m_content);
    m_completeNext = actionButton(tr("Complete and open next"), QStringLiteral("completeNextButton"),
                                  tr("Complete the contact and open the next one"), m_content);

    m_unavailable->setObjectName(QStringLiteral("detailUnavailable"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setMargin(24);
    m_unavailable->hide();
    m_notReached->setObjectName(QStringLiteral("notReachedBanner"));
    m_notReached->setAutoFillBackground(true);
    QPalette banner = m_notReached->palette();
    banner.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    m_notReached->setPalette(banner);
    m_notReachedText->setWordWrap(true);
    m_notReachedRebook = actionButton(tr("Rebook…"), QStringLiteral("notReachedRebook"),
                                      tr("Rebook the callback"), m_notReached);
    auto* notReachedComplete = actionButton(tr("Complete…"), QStringLiteral("notReachedComplete"),
                                            tr("Complete the contact"), m_notReached);
    auto* notReachedCancel = actionButton(tr("Cancel…"), QStringLiteral("notReachedCancel"),
                                          tr("Cancel the contact"), m_notReached);
    m_closed->setObjectName(QStringLiteral("closedSummary"));
    m_closed->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("detailProblem"));
    m_problem->setWordWrap(true);
    QPalette problem = m_problem->palette();
    problem.setColor(QPalette::WindowText, ProblemColour);
    m_problem->setPalette(problem);
    m_problem->hide();
    m_notice->setObjectName(QStringLiteral("detailNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_callbackPane = new CallbackPane(clipboard, m_panes);
    m_voicemailPane = new VoicemailPane(clipboard, m_panes);
    m_eservicePane = new EServicePane(clipboard, ReplyTemplates::fromResource(), m_panes);
    // Stack order follows vk::Channel.
    for (ContactPane* pane : {m_callbackPane, static_cast<ContactPane*>(m_voicemailPane), m_eservicePane}) {
        m_panes->addWidget(pane);
        connect(pane, &ContactPane::logAttemptRequested, this, &ContactDetailWidget::logAttempt);
        connect(pane, &ContactPane::rebookRequested, this, &ContactDetailWidget::rebook);
        connect(pane, &ContactPane::replyRequested, this, &ContactDetailWidget::sendReply);
    }

    auto* actionsRow = new QHBoxLayout;
    for (QPushButton* button : {m_claim, m_release, m_verify, m_forward, m_cancel}) {
        actionsRow->addWidget(button);
    }
    actionsRow->addStretch(1);
    actionsRow->addWidget(m_complete);
    actionsRow->addWidget(m_completeNext);
    auto* bannerLayout = new QHBoxLayout(m_notReached);
    bannerLayout->addWidget(m_notReachedText, 1);
    bannerLayout->addWidget(m_notReachedRebook);
    bannerLayout->addWidget(notReachedComplete);
    bannerLayout->addWidget(notReachedCancel);
    auto* contentLayout = new QVBoxLayout(m_content);
    connect(m_header, &ContactHeaderWidget::patientPanelRequested, this, [this] {
        if (m_detail && m_detail->patient) {
            Q_EMIT patientRequested(m_detail->patient->id, m_detail->unitId);
        }
    });
    contentLayout->addWidget(m_header);
    connect(m_header, &ContactHeaderWidget::sipRequested, this, &ContactDetailWidget::openSip);
    contentLayout->addLayout(actionsRow);
    contentLayout->addWidget(m_notReached);
    contentLayout->addWidget(m_closed);
    contentLayout->addWidget(m_problem);
    contentLayout->addWidget(m_notice);
    contentLayout->addWidget(m_panes, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_unavailable);
    layout->addWidget(m_content, 1);

    connect(m_claim, &QPushButton::clicked, this, &ContactDetailWidget::claim);
    connect(m_release, &QPushButton::clicked, this, &ContactDetailWidget::release);
    connect(m_verify, &QPushButton::clicked, this, &ContactDetailWidget::verifyIdentity);
    connect(m_forward, &QPushButton::clicked, this, &ContactDetailWidget::forward);
    connect(m_cancel, &QPushButton::clicked, this, &ContactDetailWidget::cancelContact);
    connect(m_complete, &QPushButton::clicked, this, &ContactDetailWidget::complete);
    connect(m_completeNext, &QPushButton::clicked, this, &ContactDetailWidget::completeAndOpenNext);
    connect(m_notReachedRebook, &QPushButton::clicked, this, &ContactDetailWidget::rebook);
    connect(notReachedComplete, &QPushButton::clicked, this, &ContactDetailWidget::complete);
    connect(notReachedCancel, &QPushButton::clicked, this, &ContactDetailWidget::cancelContact);
    createShortcuts();
    clear();
}

ContactDetailWidget::~ContactDetailWidget() {
    closeDialog();
}

void ContactDetailWidget::createShortcuts() {
    // Window-wide, so they work from the list too (the pane shows the list's current contact); they stay
    // quiet while the pane is hidden, and text fields keep their letters (they claim printable keys first).
    const auto add = [this](const QKeySequence& keys, Qt::ShortcutContext context,
                            void (ContactDetailWidget::*slot)()) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(context);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::Key_C), Qt::WindowShortcut, &ContactDetailWidget::claim);
    add(QKeySequence(Qt::Key_L), Qt::WindowShortcut, &ContactDetailWidget::logAttempt);
    add(QKeySequence(Qt::Key_R), Qt::WindowShortcut, &ContactDetailWidget::focusReply);
    for (const Qt::Key enter : {Qt::Key_Return, Qt::Key_Enter}) {
        add(QKeySequence(Qt::CTRL | enter), Qt::WindowShortcut, &ContactDetailWidget::complete);
        add(QKeySequence(Qt::CTRL | Qt::SHIFT | enter), Qt::WindowShortcut,
            &ContactDetailWidget::completeAndOpenNext);
    }
    add(QKeySequence(Qt::Key_Escape), Qt::WidgetWithChildrenShortcut, &ContactDetailWidget::backRequested);
}

void ContactDetailWidget::setSource(DatabaseSource database, ActionsSource actions) {
    m_database = std::move(database);
    m_actions = std::move(actions);
}

void ContactDetailWidget::setNextContactSource(NextContactSource next) {
    m_next = std::move(next);
}

std::optional<ContactDetailRepository> ContactDetailWidget::repository() const {
    QSqlDatabase database = m_database ? m_database() : QSqlDatabase();
    if (!database.isValid() || !database.isOpen()) {
        return std::nullopt;
    }
    return ContactDetailRepository(database);
}

DeskActions* ContactDetailWidget::actions() const {
    return m_actions ? m_actions() : nullptr;
}

QString ContactDetailWidget::me() const {
    const DeskActions* desk = actions();
    return desk != nullptr ? desk->currentStaff() : QString();
}

bool ContactDetailWidget::hasOpenContact() const {
    return m_detail.has_value() && isOpen(m_detail->status);
}

ContactPane* ContactDetailWidget::currentPane() const {
    return qobject_cast<ContactPane*>(m_panes->currentWidget());
}

QString ContactDetailWidget::problemText() const {
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ContactDetailWidget::openContact(const QString& contactId) {
    if (contactId.isEmpty()) {
        clear();
        return;
    }
    if (contactId == m_contactId && m_detail) {
        reload();
        return;
    }
    closeDialog();
    m_voicemailPane->stopMedia();
    clearMessages();
    m_contactId = contactId;
    m_detail.reset();
    std::optional<ContactDetailRepository> repo = repository();
    if (!repo) {
        showUnavailable(tr("The desk is locked. Unlock it to see the contact."));
        Q_EMIT contactChanged(m_contactId);
        return;
    }
    Result<ContactDetail> loaded = repo->load(contactId);
    if (!loaded) {
        showUnavailable(loaded.error().message);
        Q_EMIT contactChanged(m_contactId);
        return;
    }
    if (loaded->patient) {
        // PDL: every opening that shows patient data is logged, through the outbox so offline openings count.
        // Without a log entry, nothing is shown.
        DeskActions* desk = actions();
        const Status logged = desk != nullptr
                                  ? desk->logAccess(loaded->patient->id, contactId, loaded->unitId,
                                                    QStringLiteral("open_contact"))
                                  : Status(Error{QStringLiteral("action.no_session"),
                                                 tr("Your desk does not know who you are yet.")});
        if (!logged) {
            showUnavailable(tr("The contact is not shown because the access could not be logged: %1")
                                .arg(logged.error().message));
            Q_EMIT contactChanged(m_contactId);
            return;
        }
    }
    display(std::move(loaded).value());
    Q_EMIT contactChanged(m_contactId);
}

void ContactDetailWidget::refreshContacts(const QStringList& changed, const QStringList& removed) {
    if (m_contactId.isEmpty()) {
        return;
    }
    if (changed.contains(m_contactId) || removed.contains(m_contactId)) {
        reload();
    }
}

void ContactDetailWidget::reload() {
    if (m_contactId.isEmpty()) {
        return;
    }
    std::optional<ContactDetailRepository> repo = repository();
    if (!repo) {
        clear();
        return;
    }
    Result<ContactDetail> loaded = repo->load(m_contactId);
    if (!loaded) {
        m_detail.reset();
        m_voicemailPane->stopMedia();
        showUnavailable(loaded.error().message);
        return;
    }
    display(std::move(loaded).value());
}

void ContactDetailWidget::clear() {
    closeDialog();
    if (m_sipWindow) {
        m_sipWindow->close(); // the desk locks: no patient data stays on screen
    }
    m_voicemailPane->stopMedia();
    const bool had = !m_contactId.isEmpty();
    m_contactId.clear();
    m_detail.reset();
    m_header->clear();
    clearMessages();
    m_unavailable->hide();
    m_content->hide();
    if (had) {
        Q_EMIT contactChanged(QString());
    }
}

void ContactDetailWidget::display(ContactDetail detail) {
    m_detail = std::move(detail);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    m_unavailable->hide();
    m_content->show();
    m_header->showDetail(*m_detail, me());
    m_panes->setCurrentIndex(static_cast<int>(m_detail->channel));
    if (m_detail->channel != Channel::Voicemail) {
        m_voicemailPane->stopMedia();
    }
    currentPane()->showDetail(*m_detail, now);
    updateBanners();
    updateActions();
}

void ContactDetailWidget::showUnavailable(const QString& message) {
    m_header->clear();
    m_content->hide();
    m_unavailable->setText(message);
    m_unavailable->show();
    m_detail.reset();
}

void ContactDetailWidget::updateActions() {
    const bool open = hasOpenContact();
    const bool mine = open && !m_detail->holderId.isEmpty() && m_detail->holderId == me();
    // Claim and Release share a place: the keyboard focus moves with it instead of falling elsewhere.
    const bool focusOnClaim = m_claim->hasFocus() || m_release->hasFocus();
    m_release->setVisible(mine);
    m_claim->setVisible(!mine);
    m_claim->setEnabled(open);
    if (focusOnClaim) {
        (mine ? m_release : m_claim)->setFocus(Qt::OtherFocusReason);
    }
    m_verify->setVisible(open && !m_detail->identityVerified);
    for (QPushButton* button : {m_forward, m_cancel, m_complete, m_completeNext}) {
        button->setEnabled(open);
    }
}

void ContactDetailWidget::updateBanners() {
    const ContactDetail& d = *m_detail;
    m_notReached->setVisible(d.status == ContactStatus::NotReached);
    m_notReachedText->setText(
        tr("Not reached after %1 attempts. Choose the next step: rebook the call, complete "
           "the contact or cancel it.")
            .arg(d.failedAttempts()));
    m_notReachedRebook->setVisible(d.channel == Channel::Callback);

    QString closed;
    switch (d.status) {
    case ContactStatus::Completed:
        closed = tr("Completed %1 with code %2.").arg(ContactTexts::dateTimeText(d.completedMs), d.code);
        if (d.medicalAssessment) {
            closed += QLatin1Char(' ') + tr("Medical assessment done.");
        }
        break;
    case ContactStatus::Cancelled:
        closed = tr("Cancelled: %1.").arg(ContactTexts::cancelReasonText(d.cancelReason));
        break;
    case ContactStatus::Forwarded:
        closed =
            tr("Forwarded to %1.").arg(d.forwardedToName.isEmpty() ? tr("another unit") : d.forwardedToName);
        break;
    default:
        break;
    }
    if (!closed.isEmpty() && !d.outcome.isEmpty()) {
        closed = tr("%1 Note: %2").arg(closed, d.outcome);
    }
    m_closed->setText(closed);
    m_closed->setVisible(!closed.isEmpty());
}

void ContactDetailWidget::showProblem(const QString& message) {
    m_notice->hide();
    m_problem->setText(message);
    m_problem->show();
}

void ContactDetailWidget::showNotice(const QString& message) {
    m_notice->setText(message);
    m_notice->show();
}

void ContactDetailWidget::clearMessages() {
    m_problem->clear();
    m_problem->hide();
    m_notice->clear();
    m_notice->hide();
}

Status ContactDetailWidget::perform(const std::function<Status(DeskActions&)>& action) {
    DeskActions* desk = actions();
    if (desk == nullptr || m_contactId.isEmpty()) {
        const Error error{
            QStringLiteral("action.no_session"),
            tr("Changes are not possible yet: your desk does not know who you are. Wait for the "
               "first sync and try again.")};
        showProblem(error.message);
        return error;
    }
    Status status = Done{};
    {
        // A closed contact leaves the list while the action runs; the list must not open another one then.
        const QScopedValueRollback<bool> acting(m_acting, true);
        status = action(*desk);
    }
    if (status) {
        clearMessages();
    } else {
        showProblem(status.error().message);
    }
    reload();
    return status;
}

void ContactDetailWidget::focusActions() {
    for (QPushButton* button : {m_claim, m_release, m_complete}) {
        if (button->isVisible() && button->isEnabled()) {
            button->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    setFocus(Qt::ShortcutFocusReason);
}

} // namespace vk
