// vardinkorg-storm: N desk processes against a private region cluster of their own, with the feed simulator
// ingesting and (with --faults all) the server and the desks failing on a schedule; then the invariants are
// checked and one JSON summary is printed. Exit status 0 when no invariant was violated and nothing was lost,
// 1 when something was, 2 for wrong usage, 3 when the storm could not be set up.
//
//   vardinkorg-storm [--desks N] [--seconds S] [--faults none|all] [--think-ms N] [--contacts-per-desk N]
//                    [--feed-rate N] [--fault-every S] [--seed N] [--keep] [--json]
#include "StormRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace vk;

namespace {

void printCounts(const char* what, const std::map<QString, int>& counts) {
    for (const auto& [name, count] : counts) {
        std::printf("  %s %-40s %d\n", what, qPrintable(name), count);
    }
}

void printTable(const StormReport& report) {
    const QJsonObject json = report.toJson();
    std::printf("desks %d, %.1f s, faults %s\n", report.desks, report.seconds,
                report.faultsEnabled ? "all" : "none");
    std::printf("actions %lld (%.1f/s), refused races %lld, errors %lld, sync errors %lld\n",
                static_cast<long long>(report.actions()),
                json.value(QLatin1String("actions_per_s")).toDouble(),
                static_cast<long long>(report.refusals()), static_cast<long long>(report.errors),
                static_cast<long long>(report.syncErrors));
    printCounts("refused", report.refusalsByCode);
    printCounts("error", report.errorsByCause);
    for (const auto& [kind, count] : report.faults) {
        std::printf("fault %-24s %d\n", qPrintable(kind), count);
    }
    std::printf("mutations %lld (applied %lld, rejected %lld), lost %lld, duplicated %lld\n",
                static_cast<long long>(report.generated), static_cast<long long>(report.applied),
                static_cast<long long>(report.rejected), static_cast<long long>(report.lost),
                static_cast<long long>(report.duplicated));
    printCounts("rejected", report.rejectedByReason);
    for (const QString& sample : report.errorSamples.mid(0, 10)) {
        std::printf("  error: %s\n", qPrintable(sample));
    }
    std::printf("invariant violations %lld\n", static_cast<long long>(report.violations.size()));
    for (const QString& violation : report.violations.mid(0, 20)) {
        std::printf("  %s\n", qPrintable(violation));
    }
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vardinkorg-storm"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Concurrency storm against a private region cluster."));
    parser.addHelpOption();
    const QCommandLineOption desks(QStringLiteral("desks"), QStringLiteral("Desk processes (default 10)."),
                                   QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Length of the storm (default 60)."), QStringLiteral("S"),
                                     QStringLiteral("60"));
    const QCommandLineOption faults(QStringLiteral("faults"), QStringLiteral("none (default) or all."),
                                    QStringLiteral("MODE"), QStringLiteral("none"));
    const QCommandLineOption think(QStringLiteral("think-ms"),
                                   QStringLiteral("Pause between one desk's actions (default 100)."),
                                   QStringLiteral("MS"), QStringLiteral("100"));
    const QCommandLineOption contacts(QStringLiteral("contacts-per-desk"),
                                      QStringLiteral("Contacts waiting at the start, per desk (default 30)."),
                                      QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption feedRate(QStringLiteral("feed-rate"),
                                      QStringLiteral("Simulated contacts per minute per desk (default 20)."),
                                      QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption faultEvery(QStringLiteral("fault-every"),
                                        QStringLiteral("Seconds between faults (default 5)."),
                                        QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the desks' choices (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep the desks' caches afterwards."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print the summary as one JSON object."));
    parser.addOptions({desks, seconds, faults, think, contacts, feedRate, faultEvery, seed, keep, json});
    parser.process(app);

    StormOptions options;
    bool ok[7] = {};
    options.desks = parser.value(desks).toInt(&ok[0]);
    options.seconds = parser.value(seconds).toInt(&ok[1]);
    options.thinkMs = parser.value(think).toInt(&ok[2]);
    options.contactsPerDesk = parser.value(contacts).toInt(&ok[3]);
    options.feedPerDeskPerMinute = parser.value(feedRate).toDouble(&ok[4]);
    options.faultEverySeconds = parser.value(faultEvery).toInt(&ok[5]);
    options.seed = parser.value(seed).toULongLong(&ok[6]);
    options.faults = parser.value(faults) == QLatin1String("all");
    options.keep = parser.isSet(keep);
    const bool valid = std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) &&
                       options.desks >= 1 && options.desks <= 200 && options.seconds >= 1 &&
                       options.thinkMs >= 0 && options.contactsPerDesk >= 0 &&
                       options.feedPerDeskPerMinute > 0 && options.faultEverySeconds >= 1 &&
                       (options.faults || parser.value(faults) == QLatin1String("none"));
    if (!valid) {
        std::fprintf(stderr, "vardinkorg-storm: wrong usage (see --help)\n");
        return 2;
    }

    StormRun storm(options);
    const Result<StormReport> report = storm.run();
    if (!report) {
        std::fprintf(stderr, "vardinkorg-storm: %s\n", qPrintable(report.error().message));
        return 3;
    }
    if (parser.isSet(json)) {
        std::printf("%s\n", QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact).constData());
    } else {
        printTable(report.value());
    }
    return report->clean() ? 0 : 1;
}
