#pragma once

#include "InboxRow.h"
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace vk {

/// Reads inbox rows from the cache: keyset pages for the initial load (open contacts by deadline first, then
/// the recently closed ones) and single rows by id when sync reports a change.
class InboxRepository {
public:
    /// Where the previous page ended. A default key starts at the beginning.
    struct Key {
        static constexpr int Done = 4;
        int phase = 0; ///< 0: open contacts, 1–3: completed, cancelled, forwarded within the window, Done
        QString dueAt;
        QString id;
    };
    struct Page {
        std::vector<InboxRow> rows;
        Key next;
        [[nodiscard]] bool atEnd() const { return next.phase >= Key::Done; }
    };

    /// `me` is the current user's staff id (for "from my patient"); closed contacts older than
    /// `closedHistoryDays` stay in the cache but out of the list.
    InboxRepository(QSqlDatabase database, QString me, int closedHistoryDays = 30);

    [[nodiscard]] Result<Page> nextPage(const Key& after, int limit, qint64 nowMs) const;
    /// Current rows for these contact ids; ids no longer in the cache are simply absent.
    [[nodiscard]] Result<std::vector<InboxRow>> rowsByIds(const QStringList& ids, qint64 nowMs) const;

private:
    QSqlDatabase m_database;
    QString m_me;
    int m_closedHistoryDays;
};

} // namespace vk
