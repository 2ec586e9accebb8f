#pragma once

#include "ContactPane.h"

class QLabel;
class QPushButton;

namespace vk {

class CallAttemptsWidget;
class ClipboardGuard;

/// A callback from the telephony queue: the number to call, the queue, the requested or booked time (calling
/// before a booked slot counts as a miss), the attempts so far, and rebooking to a time the patient asked
/// for.
class CallbackPane : public ContactPane {
    Q_OBJECT
public:
    explicit CallbackPane(ClipboardGuard& clipboard, QWidget* parent = nullptr);

    void showDetail(const ContactDetail& detail, qint64 nowMs) override;
    bool beginCall() override { return true; }

private:
    QLabel* m_queue = nullptr;
    QLabel* m_time = nullptr;
    QLabel* m_early = nullptr;
    CallAttemptsWidget* m_calls = nullptr;
    QPushButton* m_rebook = nullptr;
};

} // namespace vk
