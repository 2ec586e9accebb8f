#pragma once

#include "InboxRepository.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace vk {

class CacheDatabase;

/// Reads the inbox's keyset pages on a worker thread, from its own connection to the cache: decrypting and
/// decoding 100k contacts takes seconds, and none of it may hold the UI thread. InboxLoader owns the reader
/// and its thread; the reader lives (and is deleted) on that thread, where its connection belongs.
class InboxPageReader : public QObject {
    Q_OBJECT
public:
    using PageResult = Result<InboxRepository::Page>;

    /// `me` as for InboxRepository.
    InboxPageReader(const CacheDatabase& cache, QString me);
    ~InboxPageReader() override;
    InboxPageReader(const InboxPageReader&) = delete;
    InboxPageReader& operator=(const InboxPageReader&) = delete;

    /// Reads the page after `after` and reports it with pageRead(). The connection opens at the first read.
    void read(quint64 generation, const vk::InboxRepository::Key& after, int limit, qint64 nowMs);
    /// Closes the connection (the load finished or stopped): a password change needs the cache to itself, and
    /// closing the cache wipes the key under every connection.
    void close();

Q_SIGNALS:
    /// A shared pointer because a queued signal copies its arguments, and a page is a thousand rows.
    void pageRead(quint64 generation, std::shared_ptr<vk::InboxPageReader::PageResult> page);

private:
    const CacheDatabase& m_cache;
    QString m_me;
    QString m_connectionName;
    std::optional<InboxRepository> m_repository;
};

} // namespace vk

Q_DECLARE_METATYPE(std::shared_ptr<vk::InboxPageReader::PageResult>)
