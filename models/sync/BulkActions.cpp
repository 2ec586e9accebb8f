#include "BulkActions.h"

#include "sync/DeskActions.h"

#include <QSqlQuery>

namespace vk {

BulkActions::BulkActions(DeskActions& actions, QSqlDatabase database)
    : m_actions(actions)
    , m_database(std::move(database)) {}

QString BulkActions::holderOf(const QString& contactId) const {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT claimed_by FROM contacts WHERE id = ?"));
    query.addBindValue(contactId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

Result<BulkActions::Outcome> BulkActions::each(const QStringList& contactIds, bool freeFirst,
                                               const std::function<Status(const QString&)>& action) {
    if (contactIds.isEmpty()) {
        return Error{QStringLiteral("action.nothing_selected"), tr("Select one or more contacts first.")};
    }
    Outcome outcome;
    for (const QString& id : contactIds) {
        Status done = m_actions.checkOpen(id);
        const QString holder = freeFirst ? holderOf(id) : QString();
        // The store refuses to forward, cancel or complete a contact a colleague holds; the lead frees it
        // first, in the same order in the outbox.
        if (done && !holder.isEmpty() && holder != m_actions.currentStaff()) {
            done = m_actions.releaseAny(id);
        }
        if (done) {
            done = action(id);
        }
        if (done) {
            ++outcome.applied;
        } else {
            outcome.failedIds.append(id);
            outcome.messages.append(done.error().message);
        }
    }
    return outcome;
}

Result<BulkActions::Outcome> BulkActions::reassign(const QStringList& contactIds, const QString& toStaffId) {
    if (toStaffId.isEmpty()) {
        return Error{QStringLiteral("action.invalid"), tr("Choose who should take over the contacts.")};
    }
    return each(contactIds, false, [&](const QString& id) { return m_actions.reassign(id, toStaffId); });
}

Result<BulkActions::Outcome> BulkActions::release(const QStringList& contactIds) {
    return each(contactIds, false, [&](const QString& id) { return m_actions.releaseAny(id); });
}

Result<BulkActions::Outcome> BulkActions::forward(const QStringList& contactIds, const QString& toUnitId,
                                                  const QString& note) {
    if (toUnitId.isEmpty()) {
        return Error{QStringLiteral("action.invalid"), tr("Choose the unit to forward to.")};
    }
    if (Status ok = DeskActions::checkText(note, true); !ok) {
        return ok.error();
    }
    return each(contactIds, true, [&](const QString& id) { return m_actions.forward(id, toUnitId, note); });
}

Result<BulkActions::Outcome> BulkActions::cancel(const QStringList& contactIds, const QString& reason,
                                                 const QString& note) {
    return each(contactIds, true, [&](const QString& id) { return m_actions.cancel(id, reason, note); });
}

Result<BulkActions::Outcome> BulkActions::complete(const QStringList& contactIds, const QString& code,
                                                   const QString& note, bool medicalAssessment) {
    if (code.trimmed().isEmpty()) {
        return Error{QStringLiteral("action.code_required"),
                     tr("Choose an eftermärkning code before completing. Every completed contact needs one; "
                        "nothing was completed.")};
    }
    // Checked once before any contact is freed or touched: a refused code must leave the selection as it was.
    QSqlQuery active(m_database);
    active.prepare(QStringLiteral("SELECT active FROM codes WHERE code = ?"));
    active.addBindValue(code);
    if (!active.exec() || !active.next() || !active.value(0).toBool()) {
        return Error{QStringLiteral("action.code_inactive"),
                     tr("%1 is not an active eftermärkning code; nothing was completed.").arg(code)};
    }
    return each(contactIds, true,
                [&](const QString& id) { return m_actions.complete(id, code, note, medicalAssessment); });
}

} // namespace vk
