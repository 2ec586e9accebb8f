#pragma once

#include "StormOptions.h"
#include "StormReport.h"
#include "domain/Result.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace vk {

class StormDeskProcess;
namespace test {
class PrivateCluster;
class RegionTestDatabase;
} // namespace test

/// One storm: a private region cluster of its own, three units, N desk processes acting on them while the
/// feed simulator ingests, faults injected on a schedule (when asked), then every desk drained and audited.
class StormRun {
public:
    explicit StormRun(StormOptions options);
    ~StormRun();
    StormRun(const StormRun&) = delete;
    StormRun& operator=(const StormRun&) = delete;

    /// Runs the storm; an error only when it could not be set up (the report carries what went wrong after).
    [[nodiscard]] Result<StormReport> run();

private:
    Status setUp();
    void startFeed(int seconds);
    /// Reads every desk's output; restarts a desk that ended without being told to.
    void pump(int waitMs);
    void inject(const QString& kind);
    void killDeskAt(const QString& where, const QString& kind);
    Status restartPostgres(bool sigkill);
    void terminateBackends();
    void drain();
    void log(const QString& line) const;

    StormOptions m_options;
    StormReport m_report;
    QTemporaryDir m_dir;
    std::unique_ptr<test::PrivateCluster> m_cluster;
    std::unique_ptr<test::RegionTestDatabase> m_db;
    std::vector<std::unique_ptr<StormDeskProcess>> m_desks;
    std::vector<QString> m_staffIds;
    QProcess m_feed;
    QString m_feedLogin;
    qint64 m_initialContacts = 0;
    int m_faultCount = 0;
};

} // namespace vk
