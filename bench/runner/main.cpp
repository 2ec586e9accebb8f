// vardinkorg-bench: the scenario runner of issue 9. Runs the benchmark programs and prints one JSON line per
// figure (name, value, unit, baseline, baseline_value, ratio, sizes, machine, budget, met); scripts/bench
// starts the region cluster it needs and prints the table.
#include "ScenarioRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace {

QList<int> parseDesks(const QString& text) {
    QList<int> desks;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int count = item.toInt();
        if (count > 0) {
            desks.append(count);
        }
    }
    return desks;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs the Vårdinkorg benchmarks against their baselines; one JSON line per figure."));
    parser.addHelpOption();
    const QCommandLineOption parts(QStringLiteral("parts"),
                                   QStringLiteral("Comma-separated parts (default: all): %1")
                                       .arg(vk::bench::ScenarioRunner::AllParts.join(QLatin1Char(','))),
                                   QStringLiteral("list"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Contacts for cache, inbox, sync."),
                                  QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed runs per query figure."),
                                  QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption statsSize(QStringLiteral("stats-size"),
                                       QStringLiteral("Contacts for the team lead's statistics."),
                                       QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption desks(QStringLiteral("desks"),
                                   QStringLiteral("Desk counts for the concurrency part."),
                                   QStringLiteral("list"), QStringLiteral("10,50"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Seconds per concurrency run."), QStringLiteral("n"),
                                     QStringLiteral("30"));
    const QCommandLineOption storm(QStringLiteral("storm"), QStringLiteral("The vardinkorg-storm program."),
                                   QStringLiteral("path"));
    const QCommandLineOption programDir(QStringLiteral("program-dir"),
                                        QStringLiteral("Where the vardinkorg-bench-* programs are."),
                                        QStringLiteral("dir"), QCoreApplication::applicationDirPath());
    const QCommandLineOption smoke(QStringLiteral("smoke"),
                                   QStringLiteral("Tiny sizes: proves every part builds and runs (CI)."));
    parser.addOptions({parts, size, runs, statsSize, desks, seconds, storm, programDir, smoke});
    parser.process(app);

    vk::bench::ScenarioRunner::Options options;
    options.programDir = parser.value(programDir);
    options.stormProgram = parser.value(storm);
    options.parts = parser.isSet(parts) ? parser.value(parts).split(QLatin1Char(','), Qt::SkipEmptyParts)
                                        : vk::bench::ScenarioRunner::AllParts;
    for (const QString& part : options.parts) {
        if (!vk::bench::ScenarioRunner::AllParts.contains(part)) {
            std::fprintf(stderr, "vardinkorg-bench: unknown part %s\n", qPrintable(part));
            return 2;
        }
    }
    options.size = parser.value(size).toInt();
    options.runs = parser.value(runs).toInt();
    options.statsSize = parser.value(statsSize).toInt();
    options.desks = parseDesks(parser.value(desks));
    options.seconds = parser.value(seconds).toInt();
    if (parser.isSet(smoke)) {
        options.size = 2000;
        options.runs = 5;
        options.statsSize = 20000;
        options.desks = {2};
        options.seconds = 5;
        options.microMinTime = 0.01;
    }
    if (options.size <= 0 || options.runs <= 0 || options.statsSize <= 0 || options.desks.isEmpty() ||
        options.seconds <= 0) {
        std::fprintf(stderr, "vardinkorg-bench: sizes, runs, desks and seconds must be positive numbers\n");
        return 2;
    }

    vk::bench::ScenarioRunner runner(options, [](const vk::bench::Figure& figure) {
        std::printf("%s\n", QJsonDocument(figure.toJson()).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    });
    return runner.run() == 0 ? 0 : 1;
}
