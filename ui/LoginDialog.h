#pragma once

#include "domain/Result.h"

#include <QDialog>
#include <QTimer>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vk {

/// Asks for user name and password and hands them to the session, which unlocks (or creates) the encrypted
/// cache. In Unlock mode the user is fixed: the desk was locked and only that user may bring the session
/// back.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    /// Tries to open the session; returns the error to show when it fails.
    using Attempt = std::function<Status(const QString& userName, const QString& password)>;
    enum class Mode { Login, Unlock };

    LoginDialog(Mode mode, Attempt attempt, QWidget* parent = nullptr);

    void setUserName(const QString& userName);
    [[nodiscard]] QString userName() const;
    [[nodiscard]] int failedAttempts() const { return m_failures; }

private:
    void submit();
    void startBackoff();
    void updateBackoff();
    void updateButton();

    Mode m_mode;
    Attempt m_attempt;
    QLabel* m_intro = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_submit = nullptr;
    QTimer m_backoff;
    int m_failures = 0;
    int m_secondsLeft = 0;
};

} // namespace vk
