#include "StormReport.h"

#include <QJsonArray>

namespace vk {

namespace {

QJsonObject counts(const std::map<QString, int>& byName) {
    QJsonObject object;
    for (const auto& [name, count] : byName) {
        object.insert(name, count);
    }
    return object;
}

} // namespace

qint64 StormReport::total(const std::map<QString, int>& counts) {
    qint64 sum = 0;
    for (const auto& [name, count] : counts) {
        sum += count;
    }
    return sum;
}

void StormReport::addError(const QString& cause, const QString& sample) {
    ++errors;
    ++errorsByCause[cause];
    errorSamples << sample;
}

QJsonObject StormReport::toJson() const {
    QJsonObject injected;
    qint64 faultTotal = 0;
    for (const auto& [kind, count] : faults) {
        injected.insert(kind, count);
        faultTotal += count;
    }
    QJsonArray shown;
    for (const QString& v : violations.mid(0, 20)) {
        shown.append(v);
    }
    QJsonArray errorsShown;
    for (const QString& e : errorSamples.mid(0, 10)) {
        errorsShown.append(e);
    }
    return {
        {QStringLiteral("desks"), desks},
        {QStringLiteral("duration_s"), qRound(seconds * 10) / 10.0},
        {QStringLiteral("faults_mode"), faultsEnabled ? QStringLiteral("all") : QStringLiteral("none")},
        {QStringLiteral("actions"), actions()},
        {QStringLiteral("actions_per_s"),
         seconds > 0 ? qRound(double(actions()) / seconds * 10) / 10.0 : 0.0},
        {QStringLiteral("actions_by_kind"), counts(actionsByKind)},
        {QStringLiteral("refused_races"), refusals()},
        {QStringLiteral("refused_by_code"), counts(refusalsByCode)},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("errors_by_cause"), counts(errorsByCause)},
        {QStringLiteral("error_samples"), errorsShown},
        {QStringLiteral("sync_errors"), syncErrors},
        {QStringLiteral("desk_restarts"), deskRestarts},
        {QStringLiteral("feed_restarts"), feedRestarts},
        {QStringLiteral("contacts_ingested"), contactsIngested},
        {QStringLiteral("faults"), injected},
        {QStringLiteral("faults_total"), faultTotal},
        {QStringLiteral("mutations"),
         QJsonObject{{QStringLiteral("generated"), generated},
                     {QStringLiteral("applied"), applied},
                     {QStringLiteral("rejected"), rejected},
                     {QStringLiteral("rejected_by_reason"), counts(rejectedByReason)},
                     {QStringLiteral("lost"), lost},
                     {QStringLiteral("duplicated"), duplicated}}},
        {QStringLiteral("change_rows_delivered"), rowsDelivered},
        {QStringLiteral("sip_plans_shared"), sipPlansShared},
        {QStringLiteral("invariant_violations"), violations.size()},
        {QStringLiteral("violations"), shown},
        {QStringLiteral("data_lost"), lost},
        {QStringLiteral("ok"), clean()},
    };
}

} // namespace vk
