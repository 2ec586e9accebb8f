#include "ScenarioRunner.h"

#include "GoogleBenchmarkReader.h"
#include "Machine.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>

namespace vk::bench {

namespace {

void say(const QString& text) {
    std::fprintf(stderr, "vardinkorg-bench: %s\n", qPrintable(text));
}

// A 1M-row statistics data set or a 50-desk storm takes minutes on a loaded 2-core machine; a program that
// runs past this is stuck, not slow.
constexpr int ProgramTimeoutMs = 60 * 60 * 1000;

// A nurse's desk acts far less often; 100 ms between actions per desk is a storm, not a workload model.
constexpr int StormThinkMs = 100;

} // namespace

const QStringList ScenarioRunner::AllParts = {QStringLiteral("micro"), QStringLiteral("cache"),
                                              QStringLiteral("inbox"), QStringLiteral("sync"),
                                              QStringLiteral("stats"), QStringLiteral("concurrency")};

ScenarioRunner::ScenarioRunner(Options options, std::function<void(const Figure&)> report)
    : m_options(std::move(options))
    , m_report(std::move(report))
    , m_machine(QString::fromStdString(machine())) {}

int ScenarioRunner::run() {
    const QHash<QString, bool (ScenarioRunner::*)()> parts = {
        {QStringLiteral("micro"), &ScenarioRunner::runMicro},
        {QStringLiteral("cache"), &ScenarioRunner::runCache},
        {QStringLiteral("inbox"), &ScenarioRunner::runInbox},
        {QStringLiteral("sync"), &ScenarioRunner::runSync},
        {QStringLiteral("stats"), &ScenarioRunner::runStats},
        {QStringLiteral("concurrency"), &ScenarioRunner::runConcurrency}};
    int failed = 0;
    for (const QString& part : m_options.parts) {
        say(QStringLiteral("part %1").arg(part));
        if (!(this->*parts.value(part))()) {
            say(QStringLiteral("part %1 failed").arg(part));
            ++failed;
        }
    }
    return failed;
}

bool ScenarioRunner::runMicro() {
    const auto report = runProgram(program(QStringLiteral("vardinkorg-bench-micro")),
                                   {QStringLiteral("--benchmark_format=json"),
                                    QStringLiteral("--benchmark_min_time=%1").arg(m_options.microMinTime)});
    if (!report) {
        return false;
    }
    const QList<Figure> figures = GoogleBenchmarkReader::figures(*report, m_machine);
    for (const Figure& figure : figures) {
        emitFigure(figure);
    }
    return !figures.isEmpty();
}

bool ScenarioRunner::runCache() {
    const QStringList arguments = {QStringLiteral("--size"), QString::number(m_options.size),
                                   QStringLiteral("--runs"), QString::number(m_options.runs)};
    // Plain SQLite first, in its own process: the cache's figures name their counterpart there.
    const auto plain =
        runFigures(QStringLiteral("cache"), program(QStringLiteral("vardinkorg-bench-sqlite")), arguments);
    const auto cache =
        runFigures(QStringLiteral("cache"), program(QStringLiteral("vardinkorg-bench-cache")), arguments);
    if (!plain || !cache) {
        return false;
    }
    QHash<QString, Figure> baselines;
    for (const Figure& figure : *plain) {
        baselines.insert(QStringLiteral("vardinkorg-bench-sqlite:") + figure.name, figure);
    }
    for (Figure figure : *cache) {
        const auto baseline = baselines.constFind(figure.baseline);
        if (baseline != baselines.constEnd()) {
            figure.baseline = QStringLiteral("%1 (%2)").arg(baseline->engine, baseline->name);
            figure.baselineValue = baseline->value;
        }
        emitFigure(figure);
    }
    return true;
}

bool ScenarioRunner::runInbox() {
    const auto figures =
        runFigures(QStringLiteral("inbox"), program(QStringLiteral("vardinkorg-bench-inbox")),
                   {QStringLiteral("--size"), QString::number(m_options.size), QStringLiteral("--runs"),
                    QString::number(m_options.runs)});
    if (!figures) {
        return false;
    }
    for (const Figure& figure : *figures) {
        emitFigure(figure);
    }
    return true;
}

bool ScenarioRunner::runSync() {
    // Three timed initial pulls are plenty at 100k; each one rebuilds a cache from scratch.
    const auto figures = runFigures(QStringLiteral("sync"), program(QStringLiteral("vardinkorg-bench-sync")),
                                    {QStringLiteral("--size"), QString::number(m_options.size),
                                     QStringLiteral("--runs"), QString::number(std::min(m_options.runs, 3))});
    if (!figures) {
        return false;
    }
    for (const Figure& figure : *figures) {
        emitFigure(figure);
    }
    return true;
}

bool ScenarioRunner::runStats() {
    const QString stats = program(QStringLiteral("vardinkorg-bench-stats"));
    if (!QFileInfo(stats).isExecutable()) {
        say(QStringLiteral("stats: %1 is not built").arg(stats));
        return false;
    }
    const auto figures = runFigures(QStringLiteral("stats"), stats,
                                    {QStringLiteral("--size"), QString::number(m_options.statsSize),
                                     QStringLiteral("--runs"), QString::number(std::min(m_options.runs, 5))});
    if (!figures) {
        return false;
    }
    for (Figure figure : *figures) {
        figure.sizes = QJsonObject{{QStringLiteral("contacts"), m_options.statsSize}};
        emitFigure(figure);
    }
    return true;
}

bool ScenarioRunner::runConcurrency() {
    if (m_options.stormProgram.isEmpty() || !QFileInfo(m_options.stormProgram).isExecutable()) {
        say(QStringLiteral("concurrency: the storm program is not built (%1)").arg(m_options.stormProgram));
        return false;
    }
    bool ok = true;
    for (const int desks : m_options.desks) {
        const auto output =
            runProgram(m_options.stormProgram,
                       {QStringLiteral("--desks"), QString::number(desks), QStringLiteral("--seconds"),
                        QString::number(m_options.seconds), QStringLiteral("--faults"),
                        QStringLiteral("none"), QStringLiteral("--json")});
        if (!output) {
            ok = false;
            continue;
        }
        // The storm prints one JSON summary as its last line.
        const QList<QByteArray> lines = output->trimmed().split('\n');
        const QJsonObject summary = QJsonDocument::fromJson(lines.constLast()).object();
        if (summary.isEmpty()) {
            say(QStringLiteral("concurrency: the storm printed no JSON summary"));
            ok = false;
            continue;
        }
        const QJsonObject sizes{{QStringLiteral("desks"), desks},
                                {QStringLiteral("seconds"), m_options.seconds}};
        const QJsonObject mutations = summary.value(u"mutations").toObject();
        const auto figure = [&](const char* name, double value, const char* unit, const QString& engine) {
            Figure f;
            f.part = QStringLiteral("concurrency");
            f.name = QStringLiteral("desks_%1_%2").arg(desks).arg(QLatin1String(name));
            f.value = value;
            f.unit = QLatin1String(unit);
            f.engine = engine;
            f.sizes = sizes;
            f.machine = m_machine;
            return f;
        };
        // The baseline of the throughput is the load the desks offer: each acts, then thinks StormThinkMs.
        // The ratio is the share of that offered load the region and the sync engines carried.
        Figure throughput =
            figure("actions_per_s", summary.value(u"actions_per_s").toDouble(), "actions/s",
                   QStringLiteral("desk processes: SyncEngine push and pull, apply_mutation"));
        throughput.baseline =
            QStringLiteral("offered load: %1 desks acting every %2 ms").arg(desks).arg(StormThinkMs);
        throughput.baselineValue = desks * 1000.0 / StormThinkMs;
        emitFigure(throughput);
        // A figure of errors says nothing about their cause: show the storm's own samples beside it.
        for (const QJsonValue& sample : summary.value(u"error_samples").toArray()) {
            say(QStringLiteral("concurrency: %1 desks: %2").arg(desks).arg(sample.toString()));
        }
        const QString audited = QStringLiteral("audited against the region store after the run");
        emitFigure(figure("errors", summary.value(u"errors").toDouble(), "count", audited));
        emitFigure(figure("lost_mutations", mutations.value(u"lost").toDouble(), "count", audited));
        emitFigure(
            figure("duplicated_mutations", mutations.value(u"duplicated").toDouble(), "count", audited));
        emitFigure(figure("invariant_violations", summary.value(u"invariant_violations").toDouble(), "count",
                          audited));
    }
    return ok;
}

std::optional<QByteArray> ScenarioRunner::runProgram(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        say(QStringLiteral("cannot start %1: %2").arg(program, process.errorString()));
        return std::nullopt;
    }
    if (!process.waitForFinished(ProgramTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        say(QStringLiteral("%1 did not finish in time and was stopped").arg(program));
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        say(QStringLiteral("%1 failed (exit code %2)").arg(program).arg(process.exitCode()));
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

std::optional<QList<Figure>> ScenarioRunner::runFigures(const QString& part, const QString& program,
                                                        const QStringList& arguments) {
    const auto output = runProgram(program, arguments);
    if (!output) {
        return std::nullopt;
    }
    QList<Figure> figures;
    for (const QByteArray& line : output->split('\n')) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        auto figure = Figure::fromProgramLine(part, line);
        if (!figure) {
            say(QStringLiteral("%1 printed a line that is not a figure: %2")
                    .arg(QFileInfo(program).fileName(), QString::fromUtf8(line.left(200))));
            return std::nullopt;
        }
        figures.append(*figure);
    }
    return figures;
}

QString ScenarioRunner::program(const QString& name) const {
    return QDir(m_options.programDir).filePath(name);
}

void ScenarioRunner::emitFigure(Figure figure) {
    if (figure.machine.isEmpty()) {
        figure.machine = m_machine;
    }
    m_budgets.apply(figure);
    m_report(figure);
}

} // namespace vk::bench
