#pragma once

#include "domain/Result.h"
#include "region/TeamFigures.h"
#include "region/TeamOverview.h"

namespace vk {

class PgConnection;

/// Reads the team lead figures from the region store (the lead_* functions of migration 0015). The store
/// decides who may: a login that leads no unit gets "region.permission_denied". Blocking; call it off the UI
/// thread.
class TeamReviewClient {
public:
    explicit TeamReviewClient(PgConnection& connection);

    /// Open contacts, staff load and today's figures as of `now` (the server's clock when null).
    [[nodiscard]] Result<TeamOverview> overview(const QDateTime& now = {});
    /// Distribution by code, daily figures and handled per staff member over local days [from, to].
    [[nodiscard]] Result<TeamStatistics> statistics(const QDate& from, const QDate& to,
                                                    const QDateTime& now = {});
    /// One row per contact that arrived in [from, to]. With `withIdentity` the store logs every exported
    /// contact with a patient as an access.
    [[nodiscard]] Result<QList<ExportRow>> exportContacts(const QDate& from, const QDate& to,
                                                          bool withIdentity);

    /// Turns a led unit's pre-offer to named contacts on or off (region.lead_set_preoffer); anyone but a
    /// team lead of that unit gets "region.permission_denied".
    [[nodiscard]] Status setPreOffer(const QString& unitId, bool on);

private:
    [[nodiscard]] Result<QList<DailyFiguresRow>> dailyFigures(const QDate& from, const QDate& to,
                                                              const QDateTime& now);

    PgConnection& m_connection;
};

} // namespace vk
