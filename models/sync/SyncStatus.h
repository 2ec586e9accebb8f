#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace vk {

/// What the status bar shows about synchronisation.
struct SyncStatus {
    bool online = false;
    int pendingChanges = 0;
    QDateTime lastSync; ///< last time push and pull both completed; invalid when never
    QString lastError;  ///< in words, already translated; empty when the last attempt worked
};

} // namespace vk

Q_DECLARE_METATYPE(vk::SyncStatus)
