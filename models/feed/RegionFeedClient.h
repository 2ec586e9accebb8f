#pragma once

#include "domain/DeadlinePolicy.h"
#include "domain/Result.h"
#include "feed/IngestSink.h"

#include <QList>
#include <QString>

namespace vk {

class PgConnection;
struct PgConnectionSettings;

/// The feed's side of the region store: reads the units' deadline settings (region.feed_units()) and stores
/// events through region.ingest(event jsonb), both as the feed login (role vardinkorg_feed).
class RegionFeedClient final : public IngestSink {
public:
    /// A unit as the feed needs it.
    struct Unit {
        QString hsaId;
        bool specialist = false;
        DeadlinePolicy policy;
    };

    /// A client over an open connection (not owned).
    explicit RegionFeedClient(PgConnection& connection);

    /// The feed login from the environment: VK_REGION_HOST/_PORT/_DB/_SSLMODE with VK_REGION_FEED_USER and
    /// VK_REGION_FEED_PASSWORD; without a feed user it falls back to the admin login (development only) and
    /// says so in `note`.
    [[nodiscard]] static PgConnectionSettings settingsFromEnvironment(QString* note);

    /// Every care unit with its telefontid, e-service target and closed days.
    [[nodiscard]] Result<QList<Unit>> loadUnits();

    /// Stores one event inside the current batch transaction (a savepoint per event, so a refused event
    /// leaves the batch intact); commits every `kBatchSize` events.
    [[nodiscard]] Result<Outcome> ingest(const QJsonObject& event) override;
    /// Commits the current batch.
    [[nodiscard]] Status flush() override;

    /// Events per transaction: one commit (and one fsync) per batch instead of per line.
    static constexpr int kBatchSize = 200;

private:
    Status step(const char* sql);

    PgConnection& m_connection;
    bool m_inTransaction = false;
    int m_pending = 0;
};

} // namespace vk
