#pragma once

#include "InboxPageReader.h"
#include "InboxRepository.h"

#include <QObject>
#include <QSet>
#include <QThread>

#include <memory>
#include <optional>

namespace vk {

class CacheDatabase;
class Clock;
class InboxModel;

/// Fills the inbox model from the cache: the first page at once on the UI thread (what the nurse sees first,
/// a few dozen milliseconds), the rest in keyset pages read on a worker thread and appended as they arrive,
/// so the window stays responsive however large the cache; afterwards it refreshes single rows when sync or
/// the desk's own actions report them changed.
class InboxLoader : public QObject {
    Q_OBJECT
public:
    InboxLoader(InboxModel& model, const Clock& clock, QObject* parent = nullptr);
    ~InboxLoader() override;
    InboxLoader(const InboxLoader&) = delete;
    InboxLoader& operator=(const InboxLoader&) = delete;

    /// Starts loading from the open `cache` for user `me` (staff id); clears what the model had. The cache
    /// must outlive the load (stop() before closing it).
    void start(const CacheDatabase& cache, const QString& me);
    /// Stops loading (the desk locked); returns once the worker has let go of its connection. The model is
    /// cleared by its owner.
    void stop();
    [[nodiscard]] bool isLoading() const { return m_reader != nullptr; }

    /// Sync changed these contacts: reload them (new ones are inserted) and drop the removed ones.
    void refresh(const QStringList& changed, const QStringList& removed);
    /// Whether contacts new to the model count as arrivals (the "new" badge). Off while a session catches up
    /// with the store after unlock, so thousands of old contacts do not look new.
    void setAnnounceArrivals(bool announce) { m_announceArrivals = announce; }

    static constexpr int FirstPageSize = 300;
    static constexpr int PageSize = 1000;

Q_SIGNALS:
    void finished();
    void failed(const vk::Error& error);

private:
    void requestPage();
    void takePage(quint64 generation, const std::shared_ptr<InboxPageReader::PageResult>& page);
    void dropReader();

    InboxModel& m_model;
    const Clock& m_clock;
    std::optional<InboxRepository> m_repository; ///< the UI thread's: first page and refreshes
    QThread m_thread;
    InboxPageReader* m_reader = nullptr; ///< lives on m_thread while a load runs
    /// Counts loads: a page still on its way from a stopped load is recognised and dropped.
    quint64 m_generation = 0;
    InboxRepository::Key m_next;
    /// Contacts refreshed or removed while the load runs: a page read before that change must not undo it.
    QSet<QString> m_settled;
    bool m_announceArrivals = true;
};

} // namespace vk
