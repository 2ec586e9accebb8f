#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

namespace vk {

/// The units and staff the cache knows, as pickers offer them: the user's own units with their role there,
/// and the members of one unit. Error code: cache.query_failed.
class StaffDirectory {
    Q_DECLARE_TR_FUNCTIONS(vk::StaffDirectory)

public:
    /// A unit the user belongs to.
    struct Unit {
        QString id;
        QString name;
        bool teamLead = false;
    };
    /// A member of a unit.
    struct Member {
        QString id;
        QString name;
        QString title;
    };

    explicit StaffDirectory(QSqlDatabase database);

    /// The units `staffId` belongs to, by name.
    [[nodiscard]] Result<std::vector<Unit>> unitsOf(const QString& staffId) const;
    /// The members of a unit, by name.
    [[nodiscard]] Result<std::vector<Member>> membersOf(const QString& unitId) const;
    /// True when `staffId` is team lead of at least one unit.
    [[nodiscard]] Result<bool> isTeamLead(const QString& staffId) const;

private:
    QSqlDatabase m_database;
};

} // namespace vk
