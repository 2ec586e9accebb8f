#include "VoicemailPane.h"

#include "CallAttemptsWidget.h"
#include "ContactTexts.h"
#include "VoicemailPlayer.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vk {

VoicemailPane::VoicemailPane(ClipboardGuard& clipboard, QWidget* parent)
    : ContactPane(parent)
    , m_mailbox(new QLabel(this))
    , m_duration(new QLabel(this))
    , m_caller(new QLabel(this))
    , m_player(new VoicemailPlayer(this))
    , m_callBack(new QPushButton(tr("Call back"), this))
    , m_calls(new CallAttemptsWidget(clipboard, this)) {
    setObjectName(QStringLiteral("voicemailPane"));
    m_mailbox->setObjectName(QStringLiteral("voicemailMailbox"));
    m_duration->setObjectName(QStringLiteral("voicemailDuration"));
    m_caller->setObjectName(QStringLiteral("voicemailCaller"));
    m_callBack->setObjectName(QStringLiteral("callBackButton"));
    m_callBack->setAccessibleName(tr("Call the caller back"));

    auto* form = new QFormLayout;
    form->addRow(tr("Mailbox"), m_mailbox);
    form->addRow(tr("Length"), m_duration);
    form->addRow(tr("Caller"), m_caller);
    auto* callRow = new QHBoxLayout;
    callRow->addStretch(1);
    callRow->addWidget(m_callBack);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_player);
    layout->addLayout(callRow);
    layout->addWidget(m_calls);
    layout->addStretch(1);

    connect(m_callBack, &QPushButton::clicked, this, [this] {
        beginCall();
        m_calls->setFocus();
    });
    connect(m_calls, &CallAttemptsWidget::logAttemptRequested, this, &ContactPane::logAttemptRequested);
}

void VoicemailPane::showDetail(const ContactDetail& detail, qint64 /*nowMs*/) {
    const ContactDetail::Voicemail voicemail = detail.voicemail.value_or(ContactDetail::Voicemail{});
    m_mailbox->setText(voicemail.mailbox.isEmpty() ? detail.reason : voicemail.mailbox);
    m_duration->setText(ContactTexts::durationText(voicemail.durationMs));
    m_caller->setText(voicemail.callerPhone.isEmpty() ? tr("Number withheld") : voicemail.callerPhone);
    // A refresh of the same contact (an attempt logged) must not interrupt the recording being played.
    if (detail.id != m_contactId) {
        m_contactId = detail.id;
        m_player->setAudio(voicemail.audio, voicemail.durationMs);
        m_calls->setVisible(!detail.attempts.empty());
    }
    m_calls->showDetail(detail);
    if (!detail.attempts.empty()) {
        m_calls->setVisible(true);
    }
    m_callBack->setVisible(m_calls->isHidden() && isOpen(detail.status));
}

bool VoicemailPane::beginCall() {
    m_calls->setVisible(true);
    m_callBack->setVisible(false);
    return true;
}

void VoicemailPane::stopMedia() {
    m_player->clear();
    m_contactId.clear();
}

} // namespace vk
