#pragma once

#include "SyncEngine.h"

#include <QObject>
#include <QThread>

namespace vk {

/// Owns the sync engine's thread: starts it after unlock, stops it (and waits) before the cache closes on
/// lock. Lives on the UI thread; every signal it forwards arrives there queued, so the UI never waits on the
/// network.
class SyncController : public QObject {
    Q_OBJECT
public:
    explicit SyncController(QObject* parent = nullptr);
    ~SyncController() override;

    /// Starts a new engine for this cache and user; a running one is stopped first.
    void start(const CacheDatabase& cache, const PgConnectionSettings& region, const QString& login,
               const Clock& clock, SyncEngine::Options options = {});
    /// Stops the engine and closes its connections; returns when they are closed.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_engine != nullptr; }
    [[nodiscard]] const SyncStatus& status() const { return m_status; }

    /// The outbox changed (a user action): ask the engine to push.
    void requestSync();

Q_SIGNALS:
    void statusChanged(const vk::SyncStatus& status);
    void contactsChanged(const QStringList& changed, const QStringList& removed);
    void referenceDataChanged();
    void patientsChanged(const QStringList& patientIds);
    void conflictRecorded(const QString& contactId, const QString& message);
    void cacheReset();
    /// The engine completed a round: the cache holds what the store had a moment ago.
    void synced();

private:
    QThread m_thread;
    SyncEngine* m_engine = nullptr;
    SyncStatus m_status;
};

} // namespace vk
