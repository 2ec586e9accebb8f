#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace vk {

/// What the desk's cache knows about the teams a user leads: the units where the user is team lead and the
/// members of those units (to reassign to). The region store decides again on every action and figure.
class TeamRepository {
    Q_DECLARE_TR_FUNCTIONS(TeamRepository)
public:
    struct Member {
        QString staffId;
        QString name;
        QString title;
    };

    /// A led unit's settings a team lead changes on the Team page.
    struct UnitSettings {
        QString unitId;
        QString name;
        bool preOfferNamedContact = false;
    };

    explicit TeamRepository(QSqlDatabase database);

    /// The ids of the units `staffId` leads (empty for a nurse).
    [[nodiscard]] Result<QStringList> ledUnitIds(const QString& staffId) const;
    /// Everyone who belongs to one of `unitIds`, by name.
    [[nodiscard]] Result<QList<Member>> members(const QStringList& unitIds) const;
    /// The settings of `unitIds`, by unit name.
    [[nodiscard]] Result<QList<UnitSettings>> unitSettings(const QStringList& unitIds) const;

private:
    QSqlDatabase m_database;
};

} // namespace vk
