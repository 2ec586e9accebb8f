#include "FeedTool.h"

#include "domain/SystemClock.h"
#include "feed/RejectWriter.h"
#include "region/PgConnection.h"
#include "region/PgConnectionSettings.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace vk {

namespace {

QString plural(qint64 n, const char* one, const char* many) {
    return QString::number(n) + u' ' + QLatin1String(n == 1 ? one : many);
}

} // namespace

FeedTool::FeedTool()
    : m_err(stderr) {}

FeedTool::~FeedTool() = default;

int FeedTool::fail(const QString& message, int status) {
    m_err << "vardinkorg-feed: " << message << Qt::endl;
    return status;
}

int FeedTool::run(const QStringList& arguments) {
    m_args.setApplicationDescription(QStringLiteral(
        "Feeds JSON Lines from the telephony, voicemail and 1177 into the Vårdinkorg region store, or "
        "simulates "
        "traffic.\nINPUT is a file, '-' for standard input, or a spool folder (every *.jsonl in it is fed "
        "and "
        "moved to done/).\nConnection: VK_REGION_HOST, VK_REGION_PORT, VK_REGION_DB, VK_REGION_SSLMODE with "
        "VK_REGION_FEED_USER and VK_REGION_FEED_PASSWORD.\nExit status: 0 all lines in, 3 some lines "
        "rejected "
        "(see the reject file), 1 fatal, 2 wrong usage."));
    m_args.addHelpOption();
    m_args.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("Files, '-' or spool folders."),
                                 QStringLiteral("[INPUT...]"));
    m_args.addOptions({
        {QStringLiteral("rejects"),
         QStringLiteral(
             "Write refused lines to FILE (default: INPUT.rejects.jsonl, stdin.rejects.jsonl for '-', "
             "done/NAME.rejects.jsonl in a spool folder)."),
         QStringLiteral("FILE")},
        {QStringLiteral("reservnummer-pattern"),
         QStringLiteral("Regular expression for reservnummer (default: VK_RESERVNUMMER_PATTERN or %1).")
             .arg(ReservnummerPattern::defaultPattern()),
         QStringLiteral("REGEX")},
        {QStringLiteral("simulate"), QStringLiteral("Generate realistic traffic instead of reading INPUT.")},
        {QStringLiteral("rate"),
         QStringLiteral("Simulation: arrivals per minute at the weekday-morning peak, N/min (also N/s, N/h); "
                        "see --flat. Default 10/min."),
         QStringLiteral("N/min"), QStringLiteral("10/min")},
        {QStringLiteral("duration"),
         QStringLiteral("Simulation: seconds of traffic (also Nm, Nh). Default 600."), QStringLiteral("S"),
         QStringLiteral("600")},
        {QStringLiteral("seed"), QStringLiteral("Simulation: seed for a reproducible run."),
         QStringLiteral("X")},
        {QStringLiteral("start"),
         QStringLiteral(
             "Simulation: ISO-8601 time of the first event (default now). A start in the past is fed at "
             "once."),
         QStringLiteral("TIME")},
        {QStringLiteral("no-wait"), QStringLiteral("Simulation: ingest at once instead of in real time.")},
        {QStringLiteral("emit"),
         QStringLiteral("Simulation: write the lines to FILE ('-' for stdout) instead of "
                        "ingesting them."),
         QStringLiteral("FILE")},
        {QStringLiteral("units"),
         QStringLiteral("Simulation with --emit: unit HSA-ids, comma separated, ':specialist' marks a clinic "
                        "(default: the units in the region store)."),
         QStringLiteral("LIST")},
        {QStringLiteral("patients"),
         QStringLiteral("Simulation: size of the patient population. Default 2000."), QStringLiteral("N"),
         QStringLiteral("2000")},
        {QStringLiteral("emit-patients"),
         QStringLiteral(
             "Simulation: also write the population as CSV (id_type,id_value,name,phone) to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("tone"), QStringLiteral("Simulation: tone WAVs even when espeak-ng is installed.")},
        {QStringLiteral("max-tone-seconds"),
         QStringLiteral("Simulation: longest tone WAV (decimals allowed). Default 20."), QStringLiteral("S"),
         QStringLiteral("20")},
        {QStringLiteral("flat"),
         QStringLiteral(
             "Simulation: the same rate around the clock (default: --rate is the weekday-morning peak; "
             "nights, evenings and weekends are quieter).")},
    });
    if (!m_args.parse(arguments)) {
        return fail(m_args.errorText(), kUsage);
    }
    if (m_args.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << m_args.helpText();
        return kOk;
    }
    QString pattern = m_args.value(QStringLiteral("reservnummer-pattern"));
    if (pattern.isEmpty()) {
        pattern = qEnvironmentVariable("VK_RESERVNUMMER_PATTERN");
    }
    if (!pattern.isEmpty()) {
        const Result<ReservnummerPattern> rule = ReservnummerPattern::fromString(pattern);
        if (!rule) {
            return fail(QStringLiteral("--reservnummer-pattern is not a valid regular expression"), kUsage);
        }
        m_reservnummer = rule.value();
    }
    if (m_args.isSet(QStringLiteral("simulate"))) {
        if (!m_args.positionalArguments().isEmpty()) {
            return fail(QStringLiteral("--simulate takes no INPUT"), kUsage);
        }
        return simulate();
    }
    if (m_args.positionalArguments().isEmpty()) {
        return fail(QStringLiteral("no INPUT given (a file, '-' or a spool folder; see --help)"), kUsage);
    }
    return feedInputs(m_args.positionalArguments());
}

Status FeedTool::connect() {
    QString note;
    const PgConnectionSettings settings = RegionFeedClient::settingsFromEnvironment(&note);
    if (!note.isEmpty()) {
        m_err << "vardinkorg-feed: " << note << Qt::endl;
    }
    if (!settings.isComplete()) {
        return Error{
            QStringLiteral("feed.no_connection"),
            QStringLiteral("VK_REGION_HOST, VK_REGION_DB and a login are not set (source .region/NAME/env)")};
    }
    Result<PgConnection> connection = PgConnection::open(settings);
    if (!connection) {
        return connection.error();
    }
    m_connection = std::make_unique<PgConnection>(std::move(connection.value()));
    m_client = std::make_unique<RegionFeedClient>(*m_connection);
    Result<QList<RegionFeedClient::Unit>> units = m_client->loadUnits();
    if (!units) {
        return units.error();
    }
    m_units = units.value();
    return Done{};
}

void FeedTool::report(const QString& source, const FeedRunner::Stats& before, const FeedRunner::Stats& after,
                      const QString& rejects) {
    const qint64 rejected = after.rejected - before.rejected;
    m_err << source << ": " << plural(after.lines - before.lines, "line", "lines") << ", "
          << (after.inserted - before.inserted) << " inserted, "
          << plural(after.duplicates - before.duplicates, "duplicate", "duplicates") << ", " << rejected
          << " rejected";
    if (rejected > 0) {
        m_err << " (see " << rejects << ')';
    }
    m_err << Qt::endl;
}

int FeedTool::feedInputs(const QStringList& inputs) {
    if (const Status s = connect(); !s) {
        return fail(s.error().message);
    }
    QSet<QString> unitIds;
    QHash<QString, DeadlinePolicy> policies;
    for (const RegionFeedClient::Unit& u : m_units) {
        unitIds.insert(u.hsaId);
        policies.insert(u.hsaId, u.policy);
    }
    const SystemClock clock;
    const FeedLineParser parser(unitIds, clock, m_reservnummer);
    FeedRunner runner(parser, policies, *m_client);

    std::unique_ptr<RejectWriter> shared;
    if (m_args.isSet(QStringLiteral("rejects"))) {
        shared = std::make_unique<RejectWriter>(m_args.value(QStringLiteral("rejects")));
        if (const Status s = shared->start(); !s) {
            return fail(s.error().message);
        }
    }
    for (const QString& input : inputs) {
        const int status = input != u"-" && QFileInfo(input).isDir() ? feedSpool(input, runner, shared.get())
                                                                     : feedOne(input, runner, shared.get());
        if (status == kFatal) {
            return kFatal;
        }
    }
    if (shared) {
        if (const Status s = shared->finish(); !s) {
            return fail(s.error().message);
        }
    }
    return runner.stats().rejected > 0 ? kRejected : kOk;
}

int FeedTool::feedOne(const QString& path, FeedRunner& runner, RejectWriter* shared) {
    QFile file;
    bool opened = false;
    if (path == u"-") {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        return fail(QStringLiteral("cannot read %1").arg(path));
    }
    std::unique_ptr<RejectWriter> own;
    RejectWriter* rejects = shared;
    if (!rejects) {
        own = std::make_unique<RejectWriter>(path == u"-" ? QStringLiteral("stdin.rejects.jsonl")
                                                          : path + QStringLiteral(".rejects.jsonl"));
        if (const Status s = own->start(); !s) {
            return fail(s.error().message);
        }
        rejects = own.get();
    }
    const FeedRunner::Stats before = runner.stats();
    const Status status = runner.run(file, path == u"-" ? QStringLiteral("stdin") : path, *rejects);
    if (const Status s = rejects->finish(); !s) {
        return fail(s.error().message);
    }
    report(path == u"-" ? QStringLiteral("stdin") : path, before, runner.stats(), rejects->path());
    if (!status) {
        return fail(status.error().message);
    }
    return kOk;
}

int FeedTool::feedSpool(const QString& folder, FeedRunner& runner, RejectWriter* shared) {
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("done"))) {
        return fail(QStringLiteral("cannot create %1/done").arg(folder));
    }
    QStringList files = dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    files.erase(std::remove_if(files.begin(), files.end(),
                               [](const QString& f) { return f.endsWith(QLatin1String(".rejects.jsonl")); }),
                files.end());
    for (const QString& name : files) {
        const QString path = dir.filePath(name);
        std::unique_ptr<RejectWriter> own;
        RejectWriter* rejects = shared;
        if (!rejects) {
            own = std::make_unique<RejectWriter>(
                dir.filePath(QStringLiteral("done/") + name + QStringLiteral(".rejects.jsonl")));
            if (const Status s = own->start(); !s) {
                return fail(s.error().message);
            }
            rejects = own.get();
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(QStringLiteral("cannot read %1").arg(path));
        }
        const FeedRunner::Stats before = runner.stats();
        const Status status = runner.run(file, name, *rejects);
        file.close();
        if (const Status s = rejects->finish(); !s) {
            return fail(s.error().message);
        }
        report(path, before, runner.stats(), rejects->path());
        if (!status) {
            // Left in place: feeding it again later is safe, the external ids make it idempotent.
            return fail(status.error().message);
        }
        QString target = dir.filePath(QStringLiteral("done/") + name);
        if (QFile::exists(target)) {
            target += u'.' + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
        }
        if (!QFile::rename(path, target)) {
            return fail(QStringLiteral("cannot move %1 to done/").arg(path));
        }
    }
    return kOk;
}

} // namespace vk
