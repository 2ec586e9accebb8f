#include "LoginDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vk {

namespace {

// Failures before the dialog starts slowing down, and the longest wait it imposes.
constexpr int FreeAttempts = 3;
constexpr int MaxBackoffSeconds = 30;

} // namespace

LoginDialog::LoginDialog(Mode mode, Attempt attempt, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_attempt(std::move(attempt))
    , m_intro(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(mode == Mode::Login ? tr("Log in to Vårdinkorg") : tr("Vårdinkorg is locked"));
    m_intro->setWordWrap(true);
    m_intro->setText(
        mode == Mode::Login
            ? tr("Log in with your user name and password. Your local data is encrypted with them.")
            : tr("The desk was locked after a period of inactivity. Enter your password to continue."));

    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setReadOnly(mode == Mode::Unlock);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* buttons = new QDialogButtonBox(this);
    m_submit =
        buttons->addButton(mode == Mode::Login ? tr("Log in") : tr("Unlock"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("loginButton"));
    m_submit->setDefault(true);
    QPushButton* quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_backoff.setInterval(1000);
    connect(&m_backoff, &QTimer::timeout, this, &LoginDialog::updateBackoff);
    connect(m_submit, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    updateButton();
    (mode == Mode::Login ? m_user : m_password)->setFocus();
}

void LoginDialog::setUserName(const QString& userName) {
    m_user->setText(userName);
    if (!userName.isEmpty()) {
        m_password->setFocus();
    }
}

QString LoginDialog::userName() const {
    return m_user->text().trimmed();
}

void LoginDialog::submit() {
    if (!m_submit->isEnabled()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = m_attempt(userName(), m_password->text());
    QApplication::restoreOverrideCursor();
    // The password has done its job either way; do not keep it in the widget longer than needed.
    m_password->clear();
    if (status.ok()) {
        m_failures = 0;
        m_error->setVisible(false);
        accept();
        return;
    }
    ++m_failures;
    m_error->setText(status.error().message);
    m_error->setVisible(true);
    if (m_failures >= FreeAttempts) {
        startBackoff();
    }
}

void LoginDialog::startBackoff() {
    m_secondsLeft = qMin(MaxBackoffSeconds, 1 << qMin(m_failures - FreeAttempts + 1, 5));
    m_backoff.start();
    updateButton();
}

void LoginDialog::updateBackoff() {
    if (--m_secondsLeft <= 0) {
        m_backoff.stop();
    }
    updateButton();
}

void LoginDialog::updateButton() {
    const bool waiting = m_backoff.isActive() && m_secondsLeft > 0;
    m_submit->setEnabled(!waiting && !userName().isEmpty() && !m_password->text().isEmpty());
    m_submit->setText(waiting ? tr("Try again in %n second(s)", nullptr, m_secondsLeft)
                              : (m_mode == Mode::Login ? tr("Log in") : tr("Unlock")));
}

} // namespace vk
