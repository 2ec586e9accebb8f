#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace vk {

/// The conflicts the sync engine recorded in the cache (`conflicts`): a refused change stays unseen until the
/// user dismisses its notice, so a notice that a lock cleared from the screen comes back after unlock.
class ConflictLog {
public:
    struct Entry {
        QString contactId; ///< empty for a refused change that concerns no contact (a SIP edit)
        QString message;
    };

    explicit ConflictLog(QSqlDatabase database);

    /// The newest `limit` unseen conflicts, oldest first (the order in which notices stack up).
    [[nodiscard]] Result<std::vector<Entry>> unseen(int limit) const;
    /// The user dismissed the notice of this contact's conflict: its conflicts are seen.
    [[nodiscard]] Status markSeen(const QString& contactId);

private:
    QSqlDatabase m_database;
};

} // namespace vk
