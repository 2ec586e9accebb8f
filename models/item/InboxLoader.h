#pragma once

#include "InboxRepository.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace vk {

class Clock;
class InboxModel;

/// Fills the inbox model from the cache: the first page at once (what the nurse sees first), the rest in
/// keyset pages between events so the window stays responsive; afterwards it refreshes single rows when sync
/// reports them changed.
class InboxLoader : public QObject {
    Q_OBJECT
public:
    InboxLoader(InboxModel& model, const Clock& clock, QObject* parent = nullptr);

    /// Starts loading from `database` for user `me` (staff id); clears what the model had.
    void start(QSqlDatabase database, const QString& me);
    /// Stops loading (the desk locked); the model is cleared by its owner.
    void stop();
    [[nodiscard]] bool isLoading() const { return m_timer.isActive(); }

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
    void loadNextPage();

    InboxModel& m_model;
    const Clock& m_clock;
    std::optional<InboxRepository> m_repository;
    InboxRepository::Key m_next;
    QTimer m_timer;
    bool m_announceArrivals = true;
};

} // namespace vk
