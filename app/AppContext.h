#pragma once

#include "region/PgConnectionSettings.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace vk {

class ClipboardGuard;
class Clock;
class DeskSession;
class IdleLockController;
class LanguageInstaller;
class LoginDialog;
class MainWindow;

/// Composition root: owns the services of one desk and wires them together (no singletons elsewhere):
/// language, session (cache, inbox, sync), main window, idle lock and clipboard guard.
class AppContext : public QObject {
    Q_OBJECT
public:
    explicit AppContext(QObject* parent = nullptr);
    ~AppContext() override;

    /// Installs the user-interface language; an empty code follows the system locale.
    bool installLanguage(const QString& languageCode);
    /// Shows the login dialog until the user logs in (true) or quits (false).
    bool login();
    /// Opens the session without a dialog (scripted demo screenshots); returns the error in words.
    [[nodiscard]] QString loginWith(const QString& userName, const QString& password);
    /// Creates the main window (once) and returns it.
    MainWindow& mainWindow();
    [[nodiscard]] DeskSession& session() const { return *m_session; }
    [[nodiscard]] IdleLockController& idleLock() const { return *m_idle; }
    [[nodiscard]] ClipboardGuard& clipboard() const { return *m_clipboard; }
    [[nodiscard]] const Clock& clock() const { return *m_clock; }
    /// Locks the desk now: closes dialogs, clears the clipboard if it holds our text, closes the cache, and
    /// asks for the password again.
    void lock();

    /// Where the region store is: VK_REGION_HOST, _PORT, _DB and _SSLMODE (what scripts/demo writes).
    [[nodiscard]] static PgConnectionSettings regionFromEnvironment();

Q_SIGNALS:
    /// The user chose to quit at the unlock dialog.
    void quitRequested();

private:
    void showUnlockDialog();
    void connectSession();
    void connectTeam();
    void connectPatientPanel();

    std::unique_ptr<Clock> m_clock;
    LanguageInstaller* m_language = nullptr;
    DeskSession* m_session = nullptr;
    IdleLockController* m_idle = nullptr;
    ClipboardGuard* m_clipboard = nullptr;
    std::unique_ptr<MainWindow> m_mainWindow;
    QPointer<LoginDialog> m_unlockDialog;
};

} // namespace vk
