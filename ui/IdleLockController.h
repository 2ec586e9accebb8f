#pragma once

#include <QObject>
#include <QTimer>

namespace vk {

/// Watches every keyboard, mouse and touch event of the application and reports when the desk has been idle
/// for the configured time, so the session can lock itself (KeePassXC's approach: one app-wide event filter).
class IdleLockController : public QObject {
    Q_OBJECT
public:
    explicit IdleLockController(QObject* parent = nullptr);
    ~IdleLockController() override;

    /// Idle time after which `idleTimedOut` fires; default five minutes.
    void setTimeout(int milliseconds);
    [[nodiscard]] int timeout() const { return m_timer.interval(); }
    /// Starts watching (after unlock); stop() pauses while the desk is already locked.
    void start();
    void stop();
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void idleTimedOut();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace vk
