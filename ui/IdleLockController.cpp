#include "IdleLockController.h"

#include <QCoreApplication>
#include <QEvent>

namespace vk {

namespace {

constexpr int DefaultTimeoutMs = 5 * 60 * 1000;

bool isUserActivity(QEvent::Type type) {
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Shortcut:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleLockController::IdleLockController(QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultTimeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &IdleLockController::idleTimedOut);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLockController::~IdleLockController() {
    if (QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void IdleLockController::setTimeout(int milliseconds) {
    m_timer.setInterval(qMax(1, milliseconds));
    if (m_timer.isActive()) {
        m_timer.start();
    }
}

void IdleLockController::start() {
    m_timer.start();
}

void IdleLockController::stop() {
    m_timer.stop();
}

bool IdleLockController::eventFilter(QObject* watched, QEvent* event) {
    // Restart cheaply on activity; the filter sees every event of the application, so it must not do more.
    if (m_timer.isActive() && isUserActivity(event->type())) {
        m_timer.start();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace vk
