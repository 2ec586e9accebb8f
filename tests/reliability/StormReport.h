#pragma once

#include <QJsonObject>
#include <QStringList>

#include <map>

namespace vk {

/// The figures of one storm: what was done, what was injected, what the audit found.
struct StormReport {
    int desks = 0;
    double seconds = 0; ///< the storm itself, from the first desk ready to the start of the drain
    bool faultsEnabled = false;
    std::map<QString, int> actionsByKind;
    qint64 refusals = 0; ///< another desk was quicker (refused locally): part of a storm, not an error
    qint64 errors = 0;   ///< actions that failed for another reason
    qint64 syncErrors = 0;
    qint64 deskRestarts = 0;
    qint64 feedRestarts = 0;
    qint64 contactsIngested = 0;
    std::map<QString, int> faults;
    qint64 generated = 0;
    qint64 applied = 0;
    qint64 rejected = 0;
    qint64 lost = 0;
    qint64 duplicated = 0;
    qint64 rowsDelivered = 0;
    qint64 sipPlansShared = 0;
    QStringList violations;
    QStringList errorSamples;

    [[nodiscard]] qint64 actions() const {
        qint64 total = 0;
        for (const auto& [kind, count] : actionsByKind) {
            total += count;
        }
        return total;
    }
    [[nodiscard]] bool clean() const { return violations.isEmpty() && lost == 0 && duplicated == 0; }
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace vk
