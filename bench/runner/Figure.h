#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace vk::bench {

/// One measured figure as the scenario runner reports it: one JSON line with the value, the baseline measured
/// in the same run, their ratio, the sizes it was measured at, the machine, and the DESIGN budget it is held
/// to.
struct Figure {
    QString part; ///< cache, inbox, sync, micro, stats, concurrency
    QString name;
    double value = 0;
    QString unit;
    QString engine;   ///< what was measured
    QString baseline; ///< what the value is compared with; empty when the figure has no counterpart
    std::optional<double> baselineValue;
    QJsonObject sizes;
    QString machine;
    QString budget; ///< the budget in words ("<= 30 ms"); empty when the figure has none
    std::optional<bool> met;

    [[nodiscard]] std::optional<double> ratio() const;

    /// A figure line printed by one of the scenario programs (bench/Bench*.cpp, vardinkorg-bench-stats):
    /// {"name","value","unit","baseline","baseline_value","ratio","size","machine","engine"}.
    [[nodiscard]] static std::optional<Figure> fromProgramLine(const QString& part, const QByteArray& line);
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace vk::bench
