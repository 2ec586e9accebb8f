#include "TeamReviewService.h"

#include "region/PgConnection.h"
#include "region/TeamReviewClient.h"

#include <QSqlQuery>

namespace vk {

namespace {

const QString kOverviewKey = QStringLiteral("team_overview");

} // namespace

TeamReviewService::TeamReviewService(QObject* parent)
    : QObject(parent) {
    // One query at a time: a lead's page never needs two connections.
    m_pool.setMaxThreadCount(1);
}

TeamReviewService::~TeamReviewService() {
    ++m_generation;
    m_pool.waitForDone();
}

void TeamReviewService::setRegion(const PgConnectionSettings& settings) {
    m_region = settings;
}

void TeamReviewService::setCache(const QSqlDatabase& database) {
    m_cache = database;
}

void TeamReviewService::clear() {
    ++m_generation;
    m_region = PgConnectionSettings{};
    m_cache = QSqlDatabase();
    m_overviewRunning = false;
    m_overviewAgain = false;
}

template <typename Work, typename Done>
void TeamReviewService::run(Work work, Done done) {
    const quint64 generation = m_generation;
    const PgConnectionSettings settings = m_region;
    TeamReviewService* receiver = this;
    m_pool.start([receiver, generation, settings, work, done] {
        Result<PgConnection> connection = PgConnection::open(settings);
        auto result =
            connection ? work(connection.value()) : decltype(work(connection.value()))(connection.error());
        // The destructor waits for this task, so `receiver` is alive while it runs; a queued call still
        // pending when it is destroyed is discarded with it.
        QMetaObject::invokeMethod(
            receiver,
            [receiver, generation, result = std::move(result), done]() mutable {
                if (receiver->m_generation == generation) {
                    done(std::move(result));
                }
            },
            Qt::QueuedConnection);
    });
}

void TeamReviewService::refreshOverview() {
    if (!m_region.isComplete()) {
        return;
    }
    if (m_overviewRunning) {
        m_overviewAgain = true;
        return;
    }
    m_overviewRunning = true;
    run([](PgConnection& connection) { return TeamReviewClient(connection).overview(); },
        [this](Result<TeamOverview> result) {
            m_overviewRunning = false;
            if (result) {
                storeOverview(result.value());
                Q_EMIT overviewChanged(result.value());
            } else {
                Q_EMIT overviewFailed(result.error());
            }
            if (m_overviewAgain) {
                m_overviewAgain = false;
                refreshOverview();
            }
        });
}

void TeamReviewService::loadStatistics(const QDate& from, const QDate& to) {
    if (!m_region.isComplete()) {
        Q_EMIT statisticsFailed(Error{QStringLiteral("region.not_configured"),
                                      tr("Statistics are computed by the region store, which this desk "
                                         "cannot reach.")});
        return;
    }
    run([from, to](PgConnection& connection) { return TeamReviewClient(connection).statistics(from, to); },
        [this](Result<TeamStatistics> result) {
            if (result) {
                Q_EMIT statisticsReady(result.value());
            } else {
                Q_EMIT statisticsFailed(result.error());
            }
        });
}

void TeamReviewService::exportContacts(const QDate& from, const QDate& to, bool withIdentity) {
    if (!m_region.isComplete()) {
        Q_EMIT exportFailed(
            Error{QStringLiteral("region.not_configured"),
                  tr("The export is made by the region store, which this desk cannot reach.")});
        return;
    }
    run(
        [from, to, withIdentity](PgConnection& connection) {
            return TeamReviewClient(connection).exportContacts(from, to, withIdentity);
        },
        [this, withIdentity](Result<QList<ExportRow>> result) {
            if (result) {
                Q_EMIT exportReady(result.value(), withIdentity);
            } else {
                Q_EMIT exportFailed(result.error());
            }
        });
}

void TeamReviewService::setPreOffer(const QString& unitId, bool on) {
    if (!m_region.isComplete()) {
        Q_EMIT preOfferFailed(unitId, Error{QStringLiteral("region.not_configured"),
                                            tr("Unit settings are kept by the region store, which this desk "
                                               "cannot reach.")});
        return;
    }
    run([unitId,
         on](PgConnection& connection) { return TeamReviewClient(connection).setPreOffer(unitId, on); },
        [this, unitId, on](Status result) {
            if (result) {
                Q_EMIT preOfferSaved(unitId, on);
            } else {
                Q_EMIT preOfferFailed(unitId, result.error());
            }
        });
}

void TeamReviewService::storeOverview(const TeamOverview& overview) {
    if (!m_cache.isValid() || !m_cache.isOpen()) {
        return;
    }
    QSqlQuery query(m_cache);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO cache_meta (key, value) VALUES (?, ?)"));
    query.addBindValue(kOverviewKey);
    query.addBindValue(QString::fromUtf8(overview.toJson()));
    // A snapshot that could not be kept costs only the offline view; the live one is shown anyway.
    (void)query.exec();
}

std::optional<TeamOverview> TeamReviewService::cachedOverview() const {
    if (!m_cache.isValid() || !m_cache.isOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_cache);
    query.prepare(QStringLiteral("SELECT value FROM cache_meta WHERE key = ?"));
    query.addBindValue(kOverviewKey);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return TeamOverview::fromJson(query.value(0).toString().toUtf8());
}

} // namespace vk
