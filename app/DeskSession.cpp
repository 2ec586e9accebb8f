#include "DeskSession.h"

#include "cache/CacheDatabase.h"
#include "domain/Clock.h"
#include "item/InboxLoader.h"
#include "item/InboxModel.h"
#include "item/TeamRepository.h"
#include "region/TeamReviewService.h"
#include "security/SecureBuffer.h"
#include "sync/DeskActions.h"
#include "sync/SyncController.h"

#include <QSqlQuery>
#include <QTimer>

namespace vk {

DeskSession::DeskSession(const Clock& clock, PgConnectionSettings region, QString cacheDirectory,
                         QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_region(std::move(region))
    , m_cacheDirectory(std::move(cacheDirectory))
    , m_inbox(new InboxModel(clock, this))
    , m_loader(new InboxLoader(*m_inbox, clock, this))
    , m_sync(new SyncController(this))
    , m_team(new TeamReviewService(this))
    , m_teamTimer(new QTimer(this)) {
    m_teamTimer->setSingleShot(true);
    m_teamTimer->setInterval(500);
    connect(m_teamTimer, &QTimer::timeout, m_team, &TeamReviewService::refreshOverview);
    connect(m_loader, &InboxLoader::failed, this,
            [this](const Error& error) { Q_EMIT problem(error.message); });
    connect(m_sync, &SyncController::contactsChanged, m_loader, &InboxLoader::refresh);
    connect(m_sync, &SyncController::referenceDataChanged, this, &DeskSession::identifyStaff);
    connect(m_sync, &SyncController::synced, this, [this] { m_loader->setAnnounceArrivals(true); });
    // The team lead's figures follow sync: every round that reached the store also refreshes them.
    connect(m_sync, &SyncController::synced, this, &DeskSession::refreshTeamFigures);
    connect(m_sync, &SyncController::cacheReset, this, [this] {
        if (isOpen()) {
            m_loader->start(*m_cache, m_staffId);
        }
    });
}

DeskSession::~DeskSession() {
    lock();
}

bool DeskSession::isOpen() const {
    return m_cache != nullptr && m_cache->isOpen();
}

Status DeskSession::open(const QString& userName, const QString& password) {
    lock();
    // The password goes into locked memory at once; the QString copies belong to the dialog, which clears
    // them.
    Result<std::unique_ptr<CacheDatabase>> cache =
        CacheDatabase::open(m_cacheDirectory, userName, SecureBuffer::fromUtf8(password));
    if (!cache) {
        return cache.error();
    }
    m_cache = std::move(cache).value();
    m_userName = userName;
    m_team->setCache(m_cache->connection());
    m_loader->setAnnounceArrivals(false); // until the first round has caught up with the store
    identifyStaff();
    m_loader->start(*m_cache, m_staffId);

    if (m_region.isComplete() || !m_region.host.isEmpty()) {
        PgConnectionSettings settings = m_region;
        settings.user = userName;
        settings.password = password;
        m_team->setRegion(settings);
        m_sync->start(*m_cache, settings, userName, m_clock);
        m_regionLogin = settings;
    }
    Q_EMIT opened();
    return Done{};
}

void DeskSession::lock() {
    if (m_cache == nullptr) {
        return;
    }
    // Order matters: the engine's connection must close before the cache wipes its key.
    m_sync->stop();
    m_team->clear();
    m_teamTimer->stop();
    m_loader->stop();
    m_inbox->clear();
    delete m_actions;
    m_cache->close();
    m_cache.reset();
    m_staffId.clear();
    if (!m_ledUnits.isEmpty()) {
        m_ledUnits.clear();
        Q_EMIT ledUnitsChanged(m_ledUnits);
    }
    m_regionLogin.reset();
    Q_EMIT locked();
}

void DeskSession::identifyStaff() {
    if (!isOpen()) {
        return;
    }
    QSqlQuery query(m_cache->connection());
    query.prepare(QStringLiteral("SELECT id FROM staff WHERE lower(login) = lower(?)"));
    query.addBindValue(m_userName);
    const QString staffId = query.exec() && query.next() ? query.value(0).toString() : QString();
    findLedUnits();
    if (staffId == m_staffId && m_actions) {
        return;
    }
    m_staffId = staffId;
    delete m_actions;
    m_actions = new DeskActions(m_cache->connection(), m_clock, m_staffId, this);
    connect(m_actions, &DeskActions::contactsChanged, m_loader,
            [this](const QStringList& ids) { m_loader->refresh(ids, {}); });
    connect(m_actions, &DeskActions::outboxChanged, m_sync, &SyncController::requestSync);
    m_inbox->setCurrentStaff(m_staffId);
    Q_EMIT actionsChanged(m_actions);
    findLedUnits();
}

void DeskSession::findLedUnits() {
    QStringList units;
    if (isOpen() && !m_staffId.isEmpty()) {
        // A cache that cannot be read leaves the Team section hidden; the inbox reports the read error.
        Result<QStringList> led = TeamRepository(m_cache->connection()).ledUnitIds(m_staffId);
        if (led) {
            units = led.value();
        }
    }
    if (units == m_ledUnits) {
        return;
    }
    m_ledUnits = units;
    Q_EMIT ledUnitsChanged(m_ledUnits);
    refreshTeamFigures();
}

void DeskSession::refreshTeamFigures() {
    if (m_ledUnits.isEmpty()) {
        return;
    }
    // A burst of sync rounds (a busy desk, a catch-up) asks the store once.
    if (!m_teamTimer->isActive()) {
        m_teamTimer->start();
    }
}

} // namespace vk
