// The optimistic change of a SIP plan drawn up or edited at the desk (sip_create, sip_update), so a plan
// edited offline shows as edited. Both are written to be applied again unchanged: the sync engine re-applies
// pending mutations whenever rows of the same plan arrive from the store.
#include "LocalEffects.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace vk {

namespace {

Status run(QSqlDatabase& database, const QString& sql, const QVariantList& values) {
    QSqlQuery query(database);
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return Error{
            QStringLiteral("cache.write_failed"),
            QCoreApplication::translate("vk::LocalEffects", "The change could not be saved locally (%1).")
                .arg(query.lastError().nativeErrorCode())};
    }
    return Done{};
}

QVariant field(const QJsonObject& object, const char* key) {
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isNull() || value.isUndefined() ? QVariant() : value.toVariant();
}

/// One of a plan's lists: the payload key, the cache table and the columns after id and plan_id.
struct PlanList {
    const char* key;
    const char* table;
    std::array<const char*, 3> columns; ///< nullptr-terminated
};
constexpr PlanList PlanLists[] = {
    {"participants", "sip_participants", {"huvudman", "name", "role"}},
    {"insatser", "sip_insatser", {"description", "huvudman", nullptr}},
    {"other_actions", "sip_other_actions", {"actor", "description", nullptr}},
};

/// Replaces each list the payload names, as the store's sip_replace_lists does (absent keys: unchanged).
Status replaceLists(QSqlDatabase& database, const QString& planId, const QJsonObject& p) {
    for (const PlanList& list : PlanLists) {
        if (!p.contains(QLatin1String(list.key))) {
            continue;
        }
        const QString table = QString::fromLatin1(list.table);
        if (Status cleared =
                run(database, QStringLiteral("DELETE FROM %1 WHERE plan_id = ?").arg(table), {planId});
            !cleared) {
            return cleared;
        }
        QStringList columns{QStringLiteral("id"), QStringLiteral("plan_id")};
        for (const char* column : list.columns) {
            if (column != nullptr) {
                columns << QString::fromLatin1(column);
            }
        }
        const QString sql = QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                                .arg(table, columns.join(QLatin1Char(',')),
                                     QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QJsonValue& item : p.value(QLatin1String(list.key)).toArray()) {
            const QJsonObject row = item.toObject();
            QVariantList values{field(row, "id"), planId};
            for (const char* column : list.columns) {
                if (column != nullptr) {
                    values << field(row, column);
                }
            }
            if (Status inserted = run(database, sql, values); !inserted) {
                return inserted;
            }
        }
    }
    return Done{};
}

} // namespace

Status LocalEffects::applySipPlan(QSqlDatabase& database, const Mutation& mutation) {
    const QJsonObject& p = mutation.payload;
    const QString planId = p.value(QLatin1String("id")).toString();
    const QVariantList fields{field(p, "consent_given_by"), field(p, "consent_date"),
                              field(p, "consent_how"),      field(p, "overall_responsible"),
                              field(p, "start_date"),       field(p, "next_follow_up")};
    Status written = Done{};
    if (mutation.kind == QLatin1String("sip_create")) {
        // The store starts a plan at version 1.
        written = run(
            database,
            QStringLiteral("INSERT OR REPLACE INTO sip_plans (consent_given_by, consent_date, consent_how, "
                           "overall_responsible, start_date, next_follow_up, id, patient_id, unit_id, "
                           "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
            fields + QVariantList{planId, field(p, "patient_id"), field(p, "unit_id")});
    } else {
        // The version the store will give the plan if it accepts the edit: set, not counted up, so applying
        // the edit again changes nothing.
        const qint64 next = p.value(QLatin1String("expected_version")).toInteger() + 1;
        written = run(
            database,
            QStringLiteral("UPDATE sip_plans SET consent_given_by = ?, consent_date = ?, consent_how = ?, "
                           "overall_responsible = ?, start_date = ?, next_follow_up = ?, version = ? "
                           "WHERE id = ?"),
            fields + QVariantList{next, planId});
    }
    if (!written) {
        return written;
    }
    return replaceLists(database, planId, p);
}

} // namespace vk
