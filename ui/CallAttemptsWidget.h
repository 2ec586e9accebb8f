#pragma once

#include "item/ContactDetail.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace vk {

class ClipboardGuard;

/// Phone handling shared by every channel: the number to call with a Copy button (the clipboard is cleared
/// after 30 seconds if it still holds the number), the attempts so far, and "Log attempt".
class CallAttemptsWidget : public QWidget {
    Q_OBJECT
public:
    explicit CallAttemptsWidget(ClipboardGuard& clipboard, QWidget* parent = nullptr);

    void showDetail(const ContactDetail& detail);
    /// How long the copied number stays on the clipboard.
    static constexpr int ClipboardClearMs = 30 * 1000;

Q_SIGNALS:
    void logAttemptRequested();

private:
    void copyNumber();

    ClipboardGuard& m_clipboard;
    QString m_phone;
    QLabel* m_number = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_copied = nullptr;
    QLabel* m_count = nullptr;
    QListWidget* m_attempts = nullptr;
    QPushButton* m_log = nullptr;
};

} // namespace vk
