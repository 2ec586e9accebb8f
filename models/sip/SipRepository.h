#pragma once

#include "SipPlan.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace vk {

/// Reads SIP plans from the desk's cache: what the plan view shows, offline as online.
class SipRepository {
    Q_DECLARE_TR_FUNCTIONS(vk::SipRepository)
public:
    /// A unit the user works at (where a new plan can be drawn up).
    struct Unit {
        QString id;
        QString name;
    };
    /// A conflict the region store reported for one of the user's changes to a plan.
    struct Conflict {
        qint64 id = 0;
        QString message;
    };

    explicit SipRepository(QSqlDatabase database);

    /// The patient's plans, newest start first.
    [[nodiscard]] Result<QStringList> planIdsForPatient(const QString& patientId) const;
    /// Every plan in the cache, oldest consent first (the demo screenshot picks one).
    [[nodiscard]] Result<QStringList> allPlanIds() const;
    /// One plan with its participants, insatser, åtgärder, meetings and notes.
    [[nodiscard]] Result<SipPlan> load(const QString& planId) const;
    /// The units `staffId` is a member of, by name.
    [[nodiscard]] Result<std::vector<Unit>> unitsOf(const QString& staffId) const;
    /// Conflicts recorded for changes to the plan (the sync engine writes them) with an id above `afterId`.
    [[nodiscard]] Result<std::vector<Conflict>> conflictsAfter(const QString& planId, qint64 afterId) const;
    /// The highest conflict id recorded so far (0 when none).
    [[nodiscard]] Result<qint64> lastConflictId() const;

private:
    [[nodiscard]] Status loadLists(SipPlan& plan) const;
    [[nodiscard]] Status loadNotes(SipPlan& plan) const;

    QSqlDatabase m_database;
};

} // namespace vk
