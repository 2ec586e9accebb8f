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
    /// Actions refused at the desk because another desk was quicker (its cache already showed the contact
    /// taken or closed), by refusal code: correct business outcomes of a storm, reported, never errors.
    std::map<QString, int> refusalsByCode;
    qint64 errors = 0; ///< actions that failed for another reason
    /// The errors by cause (the action and its error code, or the desk ending by itself), so a count of
    /// errors always comes with what they were.
    std::map<QString, int> errorsByCause;
    qint64 syncErrors = 0;
    qint64 deskRestarts = 0;
    qint64 feedRestarts = 0;
    qint64 contactsIngested = 0;
    std::map<QString, int> faults;
    qint64 generated = 0;
    qint64 applied = 0;
    qint64 rejected = 0;
    std::map<QString, int> rejectedByReason; ///< the store's reason_code of each rejected mutation
    qint64 lost = 0;
    qint64 duplicated = 0;
    qint64 rowsDelivered = 0;
    qint64 sipPlansShared = 0;
    QStringList violations;
    QStringList errorSamples;

    [[nodiscard]] qint64 actions() const { return total(actionsByKind); }
    [[nodiscard]] qint64 refusals() const { return total(refusalsByCode); }
    [[nodiscard]] bool clean() const { return violations.isEmpty() && lost == 0 && duplicated == 0; }
    [[nodiscard]] QJsonObject toJson() const;
    /// One error, counted under `cause` and kept as a sample.
    void addError(const QString& cause, const QString& sample);
    [[nodiscard]] static qint64 total(const std::map<QString, int>& counts);
};

} // namespace vk
