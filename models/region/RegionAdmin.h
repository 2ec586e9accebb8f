#pragma once

#include "domain/CodeEntry.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTime>
#include <QUuid>

#include <optional>

namespace vk {

class PgConnection;

/// Administration of the region store (vardinkorg-admin, test fixtures, demo scripts): care units, staff with
/// their own login roles, feed logins, the eftermärkning code list and the sync epoch. Needs the admin login.
class RegionAdmin {
public:
    /// A care unit as created by create-unit.
    struct Unit {
        QString hsaId;
        QString name;
        QString kind = QStringLiteral("halsocentral"); ///< halsocentral | specialist
        QTime phoneOpen;                               ///< telefontid; invalid = none
        QTime phoneClose;
        int eserviceTargetHours = 24;
        std::optional<int> eserviceTargetWorkingDays; ///< when set it wins over the hours
        int maxCallbackAttempts = 3;
        bool preofferNamedContact = false;
    };
    /// A staff member and the unit membership add-staff creates.
    struct StaffMember {
        QString hsaId;
        QString name;
        QString title;
        QString login;                          ///< the PostgreSQL role name
        QString unitHsaId;                      ///< the unit to join
        QString role = QStringLiteral("nurse"); ///< nurse | team_lead
    };
    /// One eftermärkning code.
    using Code = CodeEntry;
    /// What an import changed.
    struct CodeImport {
        int inserted = 0;
        int updated = 0;
        int deactivated = 0;
    };

    explicit RegionAdmin(PgConnection& connection);

    /// Creates the unit, or updates the one with the same HSA-id; returns its id.
    [[nodiscard]] Result<QUuid> upsertUnit(const Unit& unit);
    /// Creates or updates a staff member, their login role (member of vardinkorg_staff) and a unit
    /// membership. An empty password keeps an existing login's password; a new login needs one.
    [[nodiscard]] Result<QUuid> addStaff(const StaffMember& member, const QString& password);
    /// Creates (or re-passwords) a login that may only ingest (member of vardinkorg_feed).
    [[nodiscard]] Status addFeedLogin(const QString& login, const QString& password);
    /// Replaces the code list; codes missing from `codes` are deactivated, never deleted.
    [[nodiscard]] Result<CodeImport> importCodes(const QList<Code>& codes);
    /// The whole code list in sort order.
    [[nodiscard]] Result<QList<Code>> codes();
    /// Starts a new sync epoch and rebuilds the change log (the last step of a restore); returns the new
    /// epoch.
    [[nodiscard]] Result<QUuid> bumpEpoch();

private:
    PgConnection& m_connection;
};

} // namespace vk
