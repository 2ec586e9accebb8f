#include "AppContext.h"

#include "ClipboardGuard.h"
#include "ConflictNoticeWidget.h"
#include "ContactDetailController.h"
#include "ContactDetailWidget.h"
#include "DeskSession.h"
#include "IdleLockController.h"
#include "LanguageInstaller.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "PatientPanelWidget.h"
#include "PatientsView.h"
#include "SipPlanWidget.h"
#include "SyncStatusWidget.h"
#include "TeamContactsWidget.h"
#include "TeamPage.h"
#include "UnitSettingsWidget.h"
#include "cache/CacheDatabase.h"
#include "domain/SystemClock.h"
#include "region/AccessLogClient.h"
#include "sync/ConflictLog.h"
#include "sync/SyncController.h"

#include <QApplication>
#include <QWidget>

namespace vk {

AppContext::AppContext(QObject* parent)
    : QObject(parent)
    , m_clock(std::make_unique<SystemClock>())
    , m_language(new LanguageInstaller(this))
    , m_session(new DeskSession(*m_clock, regionFromEnvironment(), CacheDatabase::defaultDirectory(), this))
    , m_idle(new IdleLockController(this))
    , m_clipboard(new ClipboardGuard(this)) {
    connect(m_idle, &IdleLockController::idleTimedOut, this, &AppContext::lock);
    connect(m_session, &DeskSession::opened, m_idle, &IdleLockController::start);
}

AppContext::~AppContext() {
    // The window's views watch the session's models: close the window first.
    m_mainWindow.reset();
}

PgConnectionSettings AppContext::regionFromEnvironment() {
    PgConnectionSettings settings;
    settings.host = qEnvironmentVariable("VK_REGION_HOST");
    settings.port = qEnvironmentVariable("VK_REGION_PORT");
    settings.database = qEnvironmentVariable("VK_REGION_DB", QStringLiteral("vardinkorg"));
    // Production regions set verify-full with their CA; the private demo cluster listens on loopback only.
    settings.sslMode = qEnvironmentVariable("VK_REGION_SSLMODE", QStringLiteral("prefer"));
    settings.sslRootCert = qEnvironmentVariable("VK_REGION_SSLROOTCERT");
    settings.applicationName = QStringLiteral("vardinkorg-desk");
    return settings;
}

bool AppContext::installLanguage(const QString& languageCode) {
    return m_language->install(
        languageCode.isEmpty() ? LanguageInstaller::languageForLocale(QLocale::system()) : languageCode);
}

bool AppContext::login() {
    LoginDialog dialog(LoginDialog::Mode::Login, [this](const QString& user, const QString& password) {
        return m_session->open(user, password);
    });
    return dialog.exec() == QDialog::Accepted;
}

QString AppContext::loginWith(const QString& userName, const QString& password) {
    const Status opened = m_session->open(userName, password);
    return opened.ok() ? QString() : opened.error().message;
}

MainWindow& AppContext::mainWindow() {
    if (!m_mainWindow) {
        m_mainWindow = std::make_unique<MainWindow>(m_session->inboxModel());
        m_mainWindow->setContactDetail(new ContactDetailWidget(*m_clock, *m_clipboard));
        m_mainWindow->setTeamPage(new TeamPage(m_session->inboxModel(), m_session->teamReview()));
        m_mainWindow->setPatientsView(new PatientsView(*m_clock));
        connectSession();
        connectTeam();
    }
    return *m_mainWindow;
}

void AppContext::connectSession() {
    SyncStatusWidget* status = m_mainWindow->syncStatus();
    connect(m_session->sync(), &SyncController::statusChanged, status, [status](const SyncStatus& sync) {
        status->showState(sync.online, sync.pendingChanges, sync.lastSync);
    });

    // The detail pane asks the session at each use: the cache and the actions come and go with lock/unlock.
    ContactDetailWidget* detail = m_mainWindow->contactDetail();
    DeskSession* session = m_session;
    detail->setSource(
        [session] { return session->isOpen() ? session->cache()->connection() : QSqlDatabase(); },
        [session] { return session->isOpen() ? session->actions() : nullptr; });
    connect(m_session->sync(), &SyncController::contactsChanged, detail,
            &ContactDetailWidget::refreshContacts);
    // Actions taken elsewhere on this desk change the open contact too; the session re-creates its actions
    // once it learns the user's staff id.
    const auto watchActions = [detail](DeskActions* actions) {
        if (actions != nullptr) {
            connect(actions, &DeskActions::contactsChanged, detail,
                    [detail](const QStringList& ids) { detail->refreshContacts(ids); });
        }
    };
    watchActions(m_session->actions());
    connect(m_session, &DeskSession::actionsChanged, detail, watchActions);
    ConflictNoticeWidget* conflicts = m_mainWindow->conflictNotice();
    connect(m_session->sync(), &SyncController::conflictRecorded, conflicts,
            &ConflictNoticeWidget::addConflict);
    connect(m_session, &DeskSession::locked, detail, &ContactDetailWidget::clear);
    connectPatientPanel();
    connect(m_session, &DeskSession::locked, conflicts, &ConflictNoticeWidget::dismissAll);
    // A conflict stays unseen in the cache until its notice is dismissed: after unlock (or a restart) the
    // notices the lock cleared come back, so a refused change is never silently forgotten.
    connect(m_session, &DeskSession::opened, conflicts, [session, conflicts] {
        const Result<std::vector<ConflictLog::Entry>> unseen =
            ConflictLog(session->cache()->connection()).unseen(ConflictNoticeWidget::MaxNotices);
        for (const ConflictLog::Entry& entry : unseen ? unseen.value() : std::vector<ConflictLog::Entry>()) {
            conflicts->addConflict(entry.contactId, entry.message);
        }
    });
    connect(conflicts, &ConflictNoticeWidget::dismissed, this, [session](const QString& contactId) {
        if (session->isOpen()) {
            (void)ConflictLog(session->cache()->connection()).markSeen(contactId);
        }
    });
}

void AppContext::connectTeam() {
    TeamPage* team = m_mainWindow->teamPage();
    DeskSession* session = m_session;
    team->contacts()->setProviders(
        [session] { return session->isOpen() ? session->cache()->connection() : QSqlDatabase(); },
        [session] { return session->isOpen() ? session->actions() : nullptr; });
    team->settings()->setDatabaseProvider(
        [session] { return session->isOpen() ? session->cache()->connection() : QSqlDatabase(); });
    // A unit row pulled (a lead changed a setting here or on another desk) shows at once.
    connect(m_session->sync(), &SyncController::referenceDataChanged, team->settings(),
            &UnitSettingsWidget::reload);
    MainWindow* window = m_mainWindow.get();
    const auto showTeam = [window, team](const QStringList& unitIds) {
        team->setLedUnits(unitIds);
        window->setTeamSectionVisible(!unitIds.isEmpty());
        if (!unitIds.isEmpty()) {
            team->showCachedOverview();
        }
    };
    showTeam(m_session->ledUnitIds());
    connect(m_session, &DeskSession::ledUnitsChanged, team, showTeam);
    connect(team->contacts(), &TeamContactsWidget::contactActivated, window, [window](const QString& id) {
        window->navigation()->setCurrentSection(NavigationWidget::Section::Inbox);
        window->detailController()->openContact(id);
    });
}

void AppContext::connectPatientPanel() {
    PatientsView* patients = m_mainWindow->patientsView();
    PatientPanelWidget* panel = patients->panel();
    DeskSession* session = m_session;
    patients->setSource(
        [session] { return session->isOpen() ? session->cache()->connection() : QSqlDatabase(); },
        [session] { return session->isOpen() ? session->actions() : nullptr; });
    // The extract is read from the region store on a worker thread, with a copy of the user's login.
    panel->setAccessLogFetch([session](const QString& patientId) -> AccessLogWidget::Fetch {
        const std::optional<PgConnectionSettings> login = session->regionLogin();
        if (!login) {
            return {};
        }
        return [settings = *login, patientId] { return AccessLogClient::fetch(settings, patientId); };
    });
    SyncController* sync = m_session->sync();
    connect(sync, &SyncController::contactsChanged, panel, &PatientPanelWidget::scheduleRefresh);
    connect(sync, &SyncController::conflictRecorded, panel, &PatientPanelWidget::scheduleRefresh);
    connect(sync, &SyncController::patientsChanged, panel, [panel](const QStringList& patientIds) {
        if (patientIds.contains(panel->patientId())) {
            panel->scheduleRefresh();
        }
    });
    connect(m_session, &DeskSession::locked, panel, &PatientPanelWidget::clear);
    // Notes and meetings from other desks carry no patient id of their own; re-read the plan after each
    // round.
    SipPlanWidget* sip = patients->sipPlan();
    connect(sync, &SyncController::synced, sip, [sip] {
        if (!sip->patientId().isEmpty()) {
            sip->refresh();
        }
    });
}

void AppContext::lock() {
    if (!m_session->isOpen()) {
        return;
    }
    m_idle->stop();
    // Close every dialog first (KeePassXC's rule): nothing decrypted may stay on screen behind the lock.
    while (QWidget* modal = QApplication::activeModalWidget()) {
        modal->close();
        if (QApplication::activeModalWidget() == modal) {
            break;
        }
    }
    m_clipboard->clearIfOurs();
    m_session->lock();
    showUnlockDialog();
}

void AppContext::showUnlockDialog() {
    // An accepted dialog lingers until its deferred delete; a lock that soon after still needs a new one.
    if (const LoginDialog* shown = m_unlockDialog.data(); shown != nullptr && shown->isVisible()) {
        return;
    }
    const QString user = m_session->userName();
    m_unlockDialog = new LoginDialog(
        LoginDialog::Mode::Unlock,
        [this, user](const QString& /*shown*/, const QString& password) {
            return m_session->open(user, password);
        },
        m_mainWindow.get());
    m_unlockDialog->setUserName(user);
    m_unlockDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_unlockDialog->setWindowModality(Qt::ApplicationModal);
    connect(m_unlockDialog, &QDialog::rejected, this, &AppContext::quitRequested);
    m_unlockDialog->open();
}

} // namespace vk
