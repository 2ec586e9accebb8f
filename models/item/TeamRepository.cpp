#include "TeamRepository.h"

#include "cache/CacheReadError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vk {

namespace {

// "?,?,…" for an IN list of `count` values.
QString placeholders(qsizetype count) {
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QLatin1Char(','));
}

} // namespace

TeamRepository::TeamRepository(QSqlDatabase database)
    : m_database(std::move(database)) {}

Result<QStringList> TeamRepository::ledUnitIds(const QString& staffId) const {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "SELECT unit_id FROM unit_members WHERE staff_id = ? AND role = 'team_lead' ORDER BY unit_id"));
    query.addBindValue(staffId);
    if (!query.exec()) {
        return CacheReadError::of(query);
    }
    QStringList ids;
    while (query.next()) {
        ids.append(query.value(0).toString());
    }
    return ids;
}

Result<QList<TeamRepository::Member>> TeamRepository::members(const QStringList& unitIds) const {
    QList<Member> members;
    if (unitIds.isEmpty()) {
        return members;
    }
    const QString marks = placeholders(unitIds.size());
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT DISTINCT s.id, s.name, s.title FROM staff s "
                                 "JOIN unit_members m ON m.staff_id = s.id WHERE m.unit_id IN (%1) "
                                 "ORDER BY s.name, s.id")
                      .arg(marks));
    for (const QString& id : unitIds) {
        query.addBindValue(id);
    }
    if (!query.exec()) {
        return CacheReadError::of(query);
    }
    while (query.next()) {
        members.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return members;
}

Result<QList<TeamRepository::UnitSettings>> TeamRepository::unitSettings(const QStringList& unitIds) const {
    QList<UnitSettings> settings;
    if (unitIds.isEmpty()) {
        return settings;
    }
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT id, name, preoffer_named_contact FROM units WHERE id IN (%1) "
                                 "ORDER BY name, id")
                      .arg(placeholders(unitIds.size())));
    for (const QString& id : unitIds) {
        query.addBindValue(id);
    }
    if (!query.exec()) {
        return CacheReadError::of(query);
    }
    while (query.next()) {
        settings.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toBool()});
    }
    return settings;
}

} // namespace vk
