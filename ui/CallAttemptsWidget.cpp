#include "CallAttemptsWidget.h"

#include "ClipboardGuard.h"
#include "ContactTexts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace vk {

CallAttemptsWidget::CallAttemptsWidget(ClipboardGuard& clipboard, QWidget* parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
    , m_number(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy number"), this))
    , m_copied(new QLabel(this))
    , m_count(new QLabel(this))
    , m_attempts(new QListWidget(this))
    , m_log(new QPushButton(tr("Log attempt (L)"), this)) {
    setObjectName(QStringLiteral("callAttempts"));
    m_number->setObjectName(QStringLiteral("callNumber"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_number->setFont(big);
    m_copy->setObjectName(QStringLiteral("copyNumberButton"));
    m_copy->setAccessibleName(tr("Copy the phone number"));
    m_copied->setObjectName(QStringLiteral("copyNumberNotice"));
    m_copied->setForegroundRole(QPalette::PlaceholderText);
    m_count->setObjectName(QStringLiteral("attemptCount"));
    m_attempts->setObjectName(QStringLiteral("attemptList"));
    m_attempts->setAccessibleName(tr("Call attempts"));
    m_attempts->setFocusPolicy(Qt::NoFocus);
    m_attempts->setMaximumHeight(120);
    m_log->setObjectName(QStringLiteral("logAttemptButton"));
    m_log->setAccessibleName(tr("Log a call attempt"));

    auto* numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number);
    numberRow->addWidget(m_copy);
    numberRow->addWidget(m_copied, 1);
    auto* logRow = new QHBoxLayout;
    logRow->addWidget(m_count, 1);
    logRow->addWidget(m_log);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(numberRow);
    layout->addWidget(m_attempts);
    layout->addLayout(logRow);

    connect(m_copy, &QPushButton::clicked, this, &CallAttemptsWidget::copyNumber);
    connect(m_log, &QPushButton::clicked, this, &CallAttemptsWidget::logAttemptRequested);
}

void CallAttemptsWidget::showDetail(const ContactDetail& detail) {
    if (m_phone != detail.phoneToCall()) {
        m_copied->clear();
    }
    m_phone = detail.phoneToCall();
    m_number->setText(m_phone.isEmpty() ? tr("No number registered") : m_phone);
    m_copy->setEnabled(!m_phone.isEmpty());
    m_attempts->clear();
    for (const ContactDetail::Attempt& attempt : detail.attempts) {
        QString line =
            tr("%1 · %2 · %3")
                .arg(ContactTexts::dateTimeText(attempt.atMs), ContactTexts::outcomeText(attempt.outcome),
                     attempt.staffName.isEmpty() ? tr("unknown") : attempt.staffName);
        if (!attempt.note.isEmpty()) {
            line = tr("%1 — %2").arg(line, attempt.note);
        }
        auto* item = new QListWidgetItem(line, m_attempts);
        item->setData(Qt::UserRole, attempt.outcome);
    }
    m_attempts->setVisible(!detail.attempts.empty());
    m_count->setText(
        detail.attempts.empty()
            ? tr("No attempts yet.")
            : tr("Failed attempts: %1 of %2").arg(detail.failedAttempts()).arg(detail.maxCallbackAttempts));
    m_log->setEnabled(isOpen(detail.status));
}

void CallAttemptsWidget::copyNumber() {
    if (m_phone.isEmpty()) {
        return;
    }
    m_clipboard.copy(m_phone, ClipboardClearMs);
    m_copied->setText(tr("Copied. The clipboard is cleared in 30 seconds."));
}

} // namespace vk
