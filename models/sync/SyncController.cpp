#include "SyncController.h"

namespace vk {

SyncController::SyncController(QObject* parent)
    : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("vardinkorg-sync"));
}

SyncController::~SyncController() {
    stop();
}

void SyncController::start(const CacheDatabase& cache, const PgConnectionSettings& region,
                           const QString& login, const Clock& clock, SyncEngine::Options options) {
    stop();
    if (!m_thread.isRunning()) {
        m_thread.start();
    }
    m_engine = new SyncEngine(cache, region, login, clock, options);
    m_engine->moveToThread(&m_thread);
    connect(m_engine, &SyncEngine::statusChanged, this, [this](const SyncStatus& status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    });
    connect(m_engine, &SyncEngine::contactsChanged, this, &SyncController::contactsChanged);
    connect(m_engine, &SyncEngine::referenceDataChanged, this, &SyncController::referenceDataChanged);
    connect(m_engine, &SyncEngine::patientsChanged, this, &SyncController::patientsChanged);
    connect(m_engine, &SyncEngine::conflictRecorded, this, &SyncController::conflictRecorded);
    connect(m_engine, &SyncEngine::cacheReset, this, &SyncController::cacheReset);
    connect(m_engine, &SyncEngine::roundCompleted, this, &SyncController::synced);
    QMetaObject::invokeMethod(m_engine, &SyncEngine::start, Qt::QueuedConnection);
}

void SyncController::stop() {
    if (m_engine == nullptr) {
        return;
    }
    SyncEngine* engine = m_engine;
    m_engine = nullptr;
    disconnect(engine, nullptr, this, nullptr);
    // Stop and delete on the engine's own thread: its cache connection and socket notifier belong there.
    QMetaObject::invokeMethod(
        engine,
        [engine] {
            engine->stop();
            delete engine;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_status = {};
}

void SyncController::requestSync() {
    if (m_engine != nullptr) {
        QMetaObject::invokeMethod(m_engine, &SyncEngine::requestSync, Qt::QueuedConnection);
    }
}

} // namespace vk
