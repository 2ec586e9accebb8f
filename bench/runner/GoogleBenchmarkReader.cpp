#include "GoogleBenchmarkReader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace vk::bench {

namespace {

const QString BaselineSuffix = QStringLiteral("_baseline");

} // namespace

QList<Figure> GoogleBenchmarkReader::figures(const QByteArray& report, const QString& machine) {
    const QJsonArray benchmarks = QJsonDocument::fromJson(report).object().value(u"benchmarks").toArray();
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue& value : benchmarks) {
        const QJsonObject benchmark = value.toObject();
        // Aggregates (mean/median of repetitions) would repeat a figure; only plain iterations are reported.
        if (benchmark.value(u"run_type").toString() == u"iteration") {
            byName.insert(benchmark.value(u"name").toString(), benchmark);
        }
    }
    QList<Figure> figures;
    for (const QJsonValue& value : benchmarks) {
        const QJsonObject benchmark = value.toObject();
        const QString name = benchmark.value(u"name").toString();
        if (name.endsWith(BaselineSuffix) || !byName.contains(name)) {
            continue;
        }
        Figure figure;
        figure.part = QStringLiteral("micro");
        figure.name = name;
        figure.value = benchmark.value(u"real_time").toDouble();
        figure.unit = benchmark.value(u"time_unit").toString();
        figure.engine = benchmark.value(u"label").toString();
        figure.sizes = QJsonObject{{QStringLiteral("iterations"), benchmark.value(u"iterations")}};
        figure.machine = machine;
        const auto baseline = byName.constFind(name + BaselineSuffix);
        if (baseline != byName.constEnd()) {
            figure.baseline = baseline->value(u"label").toString();
            // Both sides are reported in their own time unit; the baseline is registered with the same one.
            figure.baselineValue = baseline->value(u"real_time").toDouble();
        }
        figures.append(figure);
    }
    return figures;
}

} // namespace vk::bench
