#pragma once

#include "domain/Result.h"
#include "region/PgConnectionSettings.h"
#include "region/TeamFigures.h"
#include "region/TeamOverview.h"

#include <QObject>
#include <QSqlDatabase>
#include <QThreadPool>

#include <optional>

namespace vk {

/// Runs the team lead queries (TeamReviewClient) on a worker thread, one at a time, each on its own
/// short-lived connection as the logged-in user, and reports back on the owner's thread. The last overview is
/// kept in the encrypted cache (cache_meta) so the page shows it offline, with the time it was taken.
class TeamReviewService : public QObject {
    Q_OBJECT
public:
    explicit TeamReviewService(QObject* parent = nullptr);
    ~TeamReviewService() override;

    /// The region store as the logged-in user (empty settings: no store, cached figures only).
    void setRegion(const PgConnectionSettings& settings);
    /// The cache that keeps the last overview (an invalid database: none).
    void setCache(const QSqlDatabase& database);
    /// Forgets the store and the cache (the desk locked); answers still under way are dropped.
    void clear();

    /// The overview kept in the cache, if any.
    [[nodiscard]] std::optional<TeamOverview> cachedOverview() const;

    /// Asks the store for a fresh overview; a request while one runs is folded into one more afterwards.
    void refreshOverview();
    /// Statistics of local days [from, to].
    void loadStatistics(const QDate& from, const QDate& to);
    /// One row per contact that arrived in [from, to]; with identity, the store logs the access.
    void exportContacts(const QDate& from, const QDate& to, bool withIdentity);
    /// Turns a led unit's pre-offer to named contacts on or off in the store; every desk gets the unit row
    /// through the change feed.
    void setPreOffer(const QString& unitId, bool on);

Q_SIGNALS:
    /// A fresh overview from the store (also kept in the cache).
    void overviewChanged(const vk::TeamOverview& overview);
    void overviewFailed(const vk::Error& error);
    void statisticsReady(const vk::TeamStatistics& statistics);
    void statisticsFailed(const vk::Error& error);
    void exportReady(const QList<vk::ExportRow>& rows, bool withIdentity);
    void exportFailed(const vk::Error& error);
    void preOfferSaved(const QString& unitId, bool on);
    void preOfferFailed(const QString& unitId, const vk::Error& error);

private:
    template <typename Work, typename Done>
    void run(Work work, Done done);
    void storeOverview(const TeamOverview& overview);

    QThreadPool m_pool;
    PgConnectionSettings m_region;
    QSqlDatabase m_cache;
    quint64 m_generation = 0; ///< bumped by clear(): answers of an older generation are dropped
    bool m_overviewRunning = false;
    bool m_overviewAgain = false;
};

} // namespace vk
