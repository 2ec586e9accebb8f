#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace vk {

class DeskActions;

/// A team lead's action over a selection of contacts, contact by contact through DeskActions (so each one is
/// validated, applied locally and queued exactly like a single action, and the region store checks the lead's
/// role for each). Contacts someone else holds are freed first (release_any) where the action needs the
/// contact in hand. Completion is refused for the whole selection before anything changes when no code is
/// given: a bulk action never bypasses the mandatory eftermärkning.
class BulkActions {
    Q_DECLARE_TR_FUNCTIONS(BulkActions)
public:
    /// How a bulk action went: contacts done, and for each refused one its id and the reason in words.
    struct Outcome {
        int applied = 0;
        QStringList failedIds;
        QStringList messages;
    };

    BulkActions(DeskActions& actions, QSqlDatabase database);

    [[nodiscard]] Result<Outcome> reassign(const QStringList& contactIds, const QString& toStaffId);
    [[nodiscard]] Result<Outcome> release(const QStringList& contactIds);
    [[nodiscard]] Result<Outcome> forward(const QStringList& contactIds, const QString& toUnitId,
                                          const QString& note);
    [[nodiscard]] Result<Outcome> cancel(const QStringList& contactIds, const QString& reason,
                                         const QString& note);
    /// Refused as a whole (nothing queued) without an active code.
    [[nodiscard]] Result<Outcome> complete(const QStringList& contactIds, const QString& code,
                                           const QString& note, bool medicalAssessment);

private:
    [[nodiscard]] Result<Outcome> each(const QStringList& contactIds, bool freeFirst,
                                       const std::function<Status(const QString&)>& action);
    /// The staff id holding a contact in the cache ("" when free or unknown).
    [[nodiscard]] QString holderOf(const QString& contactId) const;

    DeskActions& m_actions;
    QSqlDatabase m_database;
};

} // namespace vk
