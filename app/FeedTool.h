#pragma once

#include "domain/ReservnummerPattern.h"
#include "feed/FeedRunner.h"
#include "feed/RegionFeedClient.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace vk {

class PgConnection;
class RejectWriter;

/// vardinkorg-feed: feeds JSON Lines (files, stdin, a spool folder) into the region store, or simulates
/// traffic. Exit status: 0 every line went in (or was already there), 3 some lines were rejected, 1 fatal (no
/// connection, unreadable input, unwritable reject file), 2 wrong usage.
class FeedTool {
public:
    static constexpr int kOk = 0;
    static constexpr int kFatal = 1;
    static constexpr int kUsage = 2;
    static constexpr int kRejected = 3;

    FeedTool();
    ~FeedTool();
    FeedTool(const FeedTool&) = delete;
    FeedTool& operator=(const FeedTool&) = delete;

    /// Runs with the process arguments (argv[0] first) and returns the exit status.
    [[nodiscard]] int run(const QStringList& arguments);

private:
    int feedInputs(const QStringList& inputs);
    int feedOne(const QString& path, FeedRunner& runner, RejectWriter* shared);
    int feedSpool(const QString& folder, FeedRunner& runner, RejectWriter* shared);
    int simulate();
    Status connect();
    int fail(const QString& message, int status = kFatal);
    void report(const QString& source, const FeedRunner::Stats& before, const FeedRunner::Stats& after,
                const QString& rejects);

    QCommandLineParser m_args;
    QTextStream m_err;
    std::unique_ptr<PgConnection> m_connection;
    std::unique_ptr<RegionFeedClient> m_client;
    QList<RegionFeedClient::Unit> m_units;
    ReservnummerPattern m_reservnummer;
};

} // namespace vk
