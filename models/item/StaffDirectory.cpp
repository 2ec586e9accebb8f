#include "StaffDirectory.h"

#include "cache/CacheReadError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vk {

StaffDirectory::StaffDirectory(QSqlDatabase database)
    : m_database(std::move(database)) {}

Result<std::vector<StaffDirectory::Unit>> StaffDirectory::unitsOf(const QString& staffId) const {
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT u.id, u.name, m.role FROM unit_members m JOIN units u ON u.id = m.unit_id "
                       "WHERE m.staff_id = ? ORDER BY u.name, u.id"));
    query.addBindValue(staffId);
    if (!query.exec()) {
        return CacheReadError::of(query);
    }
    std::vector<Unit> units;
    while (query.next()) {
        units.push_back({query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString() == QLatin1String("team_lead")});
    }
    return units;
}

Result<std::vector<StaffDirectory::Member>> StaffDirectory::membersOf(const QString& unitId) const {
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT s.id, s.name, s.title FROM unit_members m JOIN staff s ON s.id = m.staff_id "
                       "WHERE m.unit_id = ? ORDER BY s.name, s.id"));
    query.addBindValue(unitId);
    if (!query.exec()) {
        return CacheReadError::of(query);
    }
    std::vector<Member> members;
    while (query.next()) {
        members.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return members;
}

Result<bool> StaffDirectory::isTeamLead(const QString& staffId) const {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM unit_members WHERE staff_id = ? AND role = 'team_lead')"));
    query.addBindValue(staffId);
    if (!query.exec() || !query.next()) {
        return CacheReadError::of(query);
    }
    return query.value(0).toBool();
}

} // namespace vk
