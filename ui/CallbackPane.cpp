#include "CallbackPane.h"

#include "CallAttemptsWidget.h"
#include "ContactTexts.h"
#include "domain/UtcTimestamp.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vk {

CallbackPane::CallbackPane(ClipboardGuard& clipboard, QWidget* parent)
    : ContactPane(parent)
    , m_queue(new QLabel(this))
    , m_time(new QLabel(this))
    , m_early(new QLabel(this))
    , m_calls(new CallAttemptsWidget(clipboard, this))
    , m_rebook(new QPushButton(tr("Rebook…"), this)) {
    setObjectName(QStringLiteral("callbackPane"));
    m_queue->setObjectName(QStringLiteral("callbackQueue"));
    m_time->setObjectName(QStringLiteral("callbackTime"));
    m_early->setObjectName(QStringLiteral("callbackEarlyWarning"));
    m_early->setWordWrap(true);
    m_rebook->setObjectName(QStringLiteral("rebookButton"));
    m_rebook->setAccessibleName(tr("Rebook the callback to another time"));

    auto* form = new QFormLayout;
    form->addRow(tr("Queue"), m_queue);
    form->addRow(tr("Time"), m_time);
    auto* rebookRow = new QHBoxLayout;
    rebookRow->addStretch(1);
    rebookRow->addWidget(m_rebook);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_early);
    layout->addWidget(m_calls);
    layout->addLayout(rebookRow);
    layout->addStretch(1);

    connect(m_calls, &CallAttemptsWidget::logAttemptRequested, this, &ContactPane::logAttemptRequested);
    connect(m_rebook, &QPushButton::clicked, this, &ContactPane::rebookRequested);
}

void CallbackPane::showDetail(const ContactDetail& detail, qint64 nowMs) {
    m_queue->setText(detail.reason);
    const bool booked = detail.callback && detail.callback->bookedSlotMs != 0;
    if (booked) {
        m_time->setText(tr("Booked for %1").arg(ContactTexts::dateTimeText(detail.callback->bookedSlotMs)));
        m_early->setText(
            detail.callback->bookedSlotMs > nowMs
                ? tr("Booked callback: call at the booked time. Calling early also counts as a "
                     "miss.")
                : tr("Booked callback: the slot has started. Calling early also counts as a miss."));
    } else if (detail.callback && !detail.callback->requestedTime.isEmpty()) {
        const std::optional<qint64> asked = UtcTimestamp::toMs(detail.callback->requestedTime);
        m_time->setText(
            tr("Asked for: %1")
                .arg(asked ? ContactTexts::dateTimeText(*asked) : detail.callback->requestedTime));
        m_early->clear();
    } else {
        m_time->setText(tr("As soon as possible, by %1").arg(ContactTexts::dateTimeText(detail.dueMs)));
        m_early->clear();
    }
    m_early->setVisible(booked);
    m_calls->showDetail(detail);
    m_rebook->setEnabled(isOpen(detail.status));
}

} // namespace vk
