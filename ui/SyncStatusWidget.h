#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace vk {

/// Status-bar cluster: connection state, pending changes and the last successful sync.
class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);

    /// Shows the state the sync engine reported; until one is reported the desk says it is not connected.
    void showState(bool online, int pendingChanges, const QDateTime& lastSync);

private:
    QLabel* m_connection = nullptr;
    QLabel* m_pending = nullptr;
    QLabel* m_lastSync = nullptr;
};

} // namespace vk
