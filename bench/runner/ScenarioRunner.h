#pragma once

#include "BudgetTable.h"
#include "Figure.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace vk::bench {

/// Runs the benchmark scenarios (each a separate program, so that plain SQLite and SQLCipher never share a
/// process), joins every figure with its baseline from the same run, holds it to its budget and hands it on.
class ScenarioRunner {
public:
    struct Options {
        QString programDir;   ///< where the vardinkorg-bench-* programs are
        QString stormProgram; ///< vardinkorg-storm, for the concurrency part; empty: the part is skipped
        QStringList parts;    ///< micro, cache, inbox, sync, stats, concurrency
        int size = 100000;    ///< contacts for cache, inbox and sync
        int runs = 30;        ///< timed runs per query figure (medians)
        int statsSize = 1000000;
        QList<int> desks{10, 50};
        int seconds = 30; ///< per concurrency run
        double microMinTime = 0.5;
    };

    static const QStringList AllParts;

    ScenarioRunner(Options options, std::function<void(const Figure&)> report);

    /// Runs every requested part; a part that fails is said on stderr and the others still run.
    /// Returns the number of parts that failed.
    int run();

private:
    bool runMicro();
    bool runCache();
    bool runInbox();
    bool runSync();
    bool runStats();
    bool runConcurrency();

    /// Runs one program to its end and returns its stdout (its stderr goes straight through to ours).
    [[nodiscard]] std::optional<QByteArray> runProgram(const QString& program, const QStringList& arguments);
    [[nodiscard]] std::optional<QList<Figure>> runFigures(const QString& part, const QString& program,
                                                          const QStringList& arguments);
    [[nodiscard]] QString program(const QString& name) const;
    void emitFigure(Figure figure);

    Options m_options;
    std::function<void(const Figure&)> m_report;
    BudgetTable m_budgets;
    QString m_machine;
};

} // namespace vk::bench
