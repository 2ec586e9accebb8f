#pragma once

#include "ContactPane.h"

class QLabel;
class QPushButton;

namespace vk {

class CallAttemptsWidget;
class ClipboardGuard;
class VoicemailPlayer;

/// A message left in a mailbox: mailbox, length and caller's number, the recording played from memory, and
/// "Call back", which turns the voicemail into callback handling (attempts logged as for a callback).
class VoicemailPane : public ContactPane {
    Q_OBJECT
public:
    explicit VoicemailPane(ClipboardGuard& clipboard, QWidget* parent = nullptr);

    void showDetail(const ContactDetail& detail, qint64 nowMs) override;
    bool beginCall() override;
    void stopMedia() override;

    [[nodiscard]] VoicemailPlayer* player() const { return m_player; }

private:
    QString m_contactId;
    QLabel* m_mailbox = nullptr;
    QLabel* m_duration = nullptr;
    QLabel* m_caller = nullptr;
    VoicemailPlayer* m_player = nullptr;
    QPushButton* m_callBack = nullptr;
    CallAttemptsWidget* m_calls = nullptr;
};

} // namespace vk
