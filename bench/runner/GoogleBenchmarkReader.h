#pragma once

#include "Figure.h"

#include <QByteArray>
#include <QList>

namespace vk::bench {

/// Turns Google Benchmark's JSON report (--benchmark_format=json) into figures: "<name>_baseline" is the
/// baseline of "<name>", measured in the same process and run.
class GoogleBenchmarkReader {
public:
    [[nodiscard]] static QList<Figure> figures(const QByteArray& report, const QString& machine);
};

} // namespace vk::bench
