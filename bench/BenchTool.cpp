#include "BenchTool.h"

#include "InboxWorkload.h"
#include "Machine.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace vk::bench {

namespace {

void report(const QString& what) {
    // The application name is the executable's, so scripts/bench's log says which program stopped.
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(what));
}

} // namespace

void die(const QString& what) {
    report(what);
    std::exit(1);
}

void progress(const QString& what) {
    report(what);
}

void check(const Status& status, const char* what) {
    if (!status) {
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), status.error().message));
    }
}

double percentile(std::vector<double> samples, double p) {
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(samples.size() - 1) + 0.5);
    return samples[std::min(index, samples.size() - 1)];
}

void figure(const std::string& name, double value, const std::string& unit, const std::string& engine,
            const std::string& baseline, double baselineValue, int size) {
    const bool hasBaseline = !baseline.empty() && baselineValue > 0;
    const std::string ratio = hasBaseline ? std::to_string(value / baselineValue) : "null";
    std::string base = "null";
    if (!baseline.empty()) { // appended piece by piece: GCC 12 warns (-Wrestrict) about "\"" + string
        base = "\"";
        base.append(jsonEscape(baseline));
        base.push_back('"');
    }
    const std::string baseValue = baseline.empty() ? "null" : std::to_string(baselineValue);
    std::printf("{\"name\":\"%s\",\"value\":%.4f,\"unit\":\"%s\",\"baseline\":%s,\"baseline_value\":%s,"
                "\"ratio\":%s,\"size\":%d,\"machine\":\"%s\",\"engine\":\"%s\"}\n",
                jsonEscape(name).c_str(), value, jsonEscape(unit).c_str(), base.c_str(), baseValue.c_str(),
                ratio.c_str(), size, jsonEscape(machine()).c_str(), jsonEscape(engine).c_str());
    std::fflush(stdout);
}

} // namespace vk::bench
