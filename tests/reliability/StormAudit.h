#pragma once

#include "region/PgConnectionSettings.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace vk {

/// The storm's invariants, checked after every desk has pushed and pulled to the end: no contact held by two
/// desks, every mutation applied exactly once (each desk's reported ids against its outbox and the store's
/// applied_mutations, and the rows each one created), no outbox row lost, every cache equal to the store's
/// view of its units (contacts and SIP notes), every change-log row a desk is entitled to delivered to it
/// exactly once, and one access-log entry per logged patient access.
class StormAudit {
public:
    struct Desk {
        QString login;
        QString staffId;
        QString cacheDir;
        QSet<QString> reported; ///< mutation ids the desk said it committed
    };
    struct Findings {
        QStringList violations;
        qint64 lost = 0;       ///< committed actions (or their effects) missing in the store or the outbox
        qint64 duplicated = 0; ///< mutations or rows in the store twice, or delivered twice
        qint64 generated = 0;  ///< outbox rows over every desk
        qint64 applied = 0;
        qint64 rejected = 0;
        /// By the store's reason_code (claimed_by_other, already_closed, version_conflict…): which business
        /// refusals the storm met, so an unexpected reason shows instead of hiding in the total.
        std::map<QString, int> rejectedByReason;
        qint64 rowsDelivered = 0;
        qint64 sipPlansShared = 0; ///< SIPs that got notes from two or more desks: the concurrent-notes case
    };

    StormAudit(PgConnectionSettings admin, PgConnectionSettings staffTemplate, QString password);

    [[nodiscard]] Findings run(const std::vector<Desk>& desks) const;

private:
    PgConnectionSettings m_admin;
    PgConnectionSettings m_staff; ///< host, port and database for the desks' logins
    QString m_password;
};

} // namespace vk
