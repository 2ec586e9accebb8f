#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace vk {

/// Puts text on the clipboard and takes it back later, but only while the clipboard still holds our text:
/// a phone number copied for a call must not linger, and what the user copied since is not ours to clear.
class ClipboardGuard : public QObject {
    Q_OBJECT
public:
    explicit ClipboardGuard(QObject* parent = nullptr);

    /// Copies `text` and clears it again after `clearAfterMs` milliseconds if it is still there.
    void copy(const QString& text, int clearAfterMs = 30000);
    /// Clears the clipboard now if it still holds the last text we put there (used when the desk locks).
    void clearIfOurs();

private:
    QString m_text;
    QTimer m_timer;
};

} // namespace vk
