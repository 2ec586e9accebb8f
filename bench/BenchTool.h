#pragma once
// What the region-store bench programs (vardinkorg-bench-sync, vardinkorg-bench-stats) share: stopping on a
// failed step with the program's name, percentiles of samples, and one figure measured against a baseline of
// the same run as one JSON line. Free of SQLCipher and libsqlite3, so either kind of program may link it.

#include "domain/Result.h"

#include <QString>

#include <string>
#include <vector>

namespace vk::bench {

/// Prints "<program>: what" to stderr and exits 1; a bench that cannot measure must not print a figure.
[[noreturn]] void die(const QString& what);

/// Prints "<program>: what" to stderr (setup steps of a long run).
void progress(const QString& what);

/// The value of a step that must succeed, or die() naming the step.
template <typename T>
T check(Result<T> result, const char* what) {
    if (!result) {
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), result.error().message));
    }
    return std::move(result).value();
}

/// die() naming the step unless it succeeded.
void check(const Status& status, const char* what);

/// The p-quantile (0..1) of samples, nearest rank; samples must not be empty.
double percentile(std::vector<double> samples, double p);

/// One figure with its baseline measured in the same run (`baseline` empty: none) as one JSON line on stdout;
/// the ratio is filled in when both are known.
void figure(const std::string& name, double value, const std::string& unit, const std::string& engine,
            const std::string& baseline, double baselineValue, int size);

} // namespace vk::bench
