#include "ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace vk {

ClipboardGuard::ClipboardGuard(QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfOurs);
}

void ClipboardGuard::copy(const QString& text, int clearAfterMs) {
    QGuiApplication::clipboard()->setText(text);
    m_text = text;
    m_timer.start(clearAfterMs);
}

void ClipboardGuard::clearIfOurs() {
    m_timer.stop();
    if (m_text.isEmpty()) {
        return;
    }
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == m_text) {
        clipboard->clear();
    }
    m_text.clear();
}

} // namespace vk
