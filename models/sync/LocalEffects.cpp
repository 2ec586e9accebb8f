#include "LocalEffects.h"

#include "domain/UtcTimestamp.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace vk {

namespace {

constexpr qint64 LeaseMs = 30 * 60 * 1000; // the region store's default claim lease

Status exec(QSqlDatabase& database, const QString& sql, const QVariantList& values) {
    QSqlQuery query(database);
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return Error{
            QStringLiteral("cache.write_failed"),
            QCoreApplication::translate("vk::LocalEffects", "The change could not be saved locally (%1).")
                .arg(query.lastError().nativeErrorCode())};
    }
    return Done{};
}

QVariant optional(const QJsonObject& payload, const char* key) {
    const QJsonValue value = payload.value(QLatin1String(key));
    return value.isNull() || value.isUndefined() ? QVariant() : value.toVariant();
}

QString text(const QJsonObject& payload, const char* key) {
    return payload.value(QLatin1String(key)).toString();
}

} // namespace

Status LocalEffects::apply(QSqlDatabase database, const Mutation& mutation, const QString& me, qint64 nowMs) {
    const QJsonObject& p = mutation.payload;
    const QString contact = text(p, "contact_id");
    const QString now = UtcTimestamp::fromMs(nowMs);
    const QString& kind = mutation.kind;

    if (kind == QLatin1String("claim")) {
        return exec(
            database,
            QStringLiteral(
                "UPDATE contacts SET status = CASE WHEN status = 'new' THEN 'claimed' ELSE status END,"
                " claimed_by = ?, lease_until = ?, tentative = 1 WHERE id = ?"),
            {me, UtcTimestamp::fromMs(nowMs + LeaseMs), contact});
    }
    if (kind == QLatin1String("renew")) {
        return exec(database,
                    QStringLiteral("UPDATE contacts SET lease_until = ? WHERE id = ? AND claimed_by = ?"),
                    {UtcTimestamp::fromMs(nowMs + LeaseMs), contact, me});
    }
    if (kind == QLatin1String("release")) {
        return exec(
            database,
            QStringLiteral("UPDATE contacts SET status = CASE WHEN status = 'claimed' THEN 'new' ELSE status "
                           "END, claimed_by = NULL, lease_until = NULL, tentative = 0 WHERE id = ?"),
            {contact});
    }
    if (kind == QLatin1String("release_any")) {
        // A team lead's release also frees a contact that waits for the named contact (region migration
        // 0018).
        return exec(
            database,
            QStringLiteral("UPDATE contacts SET status = CASE WHEN status = 'claimed' THEN 'new' ELSE status "
                           "END, claimed_by = NULL, lease_until = NULL, tentative = 0, offered_to = NULL, "
                           "offered_until = NULL WHERE id = ?"),
            {contact});
    }
    if (kind == QLatin1String("reassign")) {
        return exec(
            database,
            QStringLiteral("UPDATE contacts SET status = CASE WHEN status = 'new' THEN 'claimed' ELSE status "
                           "END, claimed_by = ?, lease_until = ?, tentative = 1 WHERE id = ?"),
            {text(p, "to_staff_id"), UtcTimestamp::fromMs(nowMs + LeaseMs), contact});
    }
    if (kind == QLatin1String("log_attempt")) {
        const QString outcome = text(p, "outcome");
        Status inserted = exec(database,
                               QStringLiteral("INSERT OR REPLACE INTO callback_attempts "
                                              "(id, contact_id, staff_id, attempted_at, outcome, note) "
                                              "VALUES (?, ?, ?, ?, ?, ?)"),
                               {text(p, "attempt_id"), contact, me,
                                p.contains(QLatin1String("attempted_at")) ? text(p, "attempted_at") : now,
                                outcome, optional(p, "note")});
        if (!inserted) {
            return inserted;
        }
        if (outcome == QLatin1String("answered")) {
            return exec(database,
                        QStringLiteral("UPDATE contacts SET first_contact_at = COALESCE(first_contact_at, ?) "
                                       "WHERE id = ?"),
                        {now, contact});
        }
        // After the unit's maximum of failed attempts the contact waits for a decision (DOMAIN: not reached).
        return exec(
            database,
            QStringLiteral("UPDATE contacts SET status = 'not_reached' WHERE id = ? AND status = 'claimed' "
                           "AND (SELECT count(*) FROM callback_attempts a WHERE a.contact_id = contacts.id "
                           "     AND a.outcome <> 'answered') >= "
                           "    (SELECT COALESCE(max_callback_attempts, 3) FROM units u "
                           "     WHERE u.id = contacts.unit_id)"),
            {contact});
    }
    if (kind == QLatin1String("rebook")) {
        Status booked = exec(
            database, QStringLiteral("UPDATE callback_requests SET booked_slot = ? WHERE contact_id = ?"),
            {text(p, "booked_slot"), contact});
        if (!booked) {
            return booked;
        }
        return exec(
            database,
            QStringLiteral("UPDATE contacts SET due_at = ?, status = CASE WHEN status = 'not_reached' "
                           "THEN 'claimed' ELSE status END WHERE id = ?"),
            {text(p, "booked_slot"), contact});
    }
    if (kind == QLatin1String("reply")) {
        Status inserted = exec(database,
                               QStringLiteral("INSERT OR REPLACE INTO eservice_messages "
                                              "(id, contact_id, direction, author_staff_id, body, sent_at) "
                                              "VALUES (?, ?, 'out', ?, ?, ?)"),
                               {text(p, "message_id"), contact, me, text(p, "body"), now});
        if (!inserted) {
            return inserted;
        }
        return exec(database,
                    QStringLiteral(
                        "UPDATE contacts SET first_contact_at = COALESCE(first_contact_at, ?) WHERE id = ?"),
                    {now, contact});
    }
    if (kind == QLatin1String("forward")) {
        return exec(
            database,
            QStringLiteral("UPDATE contacts SET status = 'forwarded', forwarded_to = ?, claimed_by = NULL, "
                           "lease_until = NULL, tentative = 0, outcome = ? WHERE id = ?"),
            {text(p, "to_unit_id"), optional(p, "note"), contact});
    }
    if (kind == QLatin1String("cancel")) {
        return exec(
            database,
            QStringLiteral("UPDATE contacts SET status = 'cancelled', cancel_reason = ?, outcome = ?, "
                           "claimed_by = NULL, lease_until = NULL, tentative = 0 WHERE id = ?"),
            {text(p, "reason"), optional(p, "note"), contact});
    }
    if (kind == QLatin1String("verify_identity")) {
        return exec(database, QStringLiteral("UPDATE contacts SET identity_verified = 1 WHERE id = ?"),
                    {contact});
    }
    if (kind == QLatin1String("complete")) {
        return exec(database,
                    QStringLiteral("UPDATE contacts SET status = 'completed', code = ?, outcome = ?, "
                                   "medical_assessment = ?, completed_at = ?, completed_by = ?, "
                                   "first_contact_at = COALESCE(first_contact_at, ?), lease_until = NULL, "
                                   "tentative = 0 WHERE id = ?"),
                    {text(p, "code"), optional(p, "note"),
                     p.value(QLatin1String("medical_assessment")).toBool() ? 1 : 0, now, me, now, contact});
    }
    if (kind == QLatin1String("assign_care_contact")) {
        return exec(
            database,
            QStringLiteral("INSERT OR REPLACE INTO care_contacts (id, patient_id, staff_id, unit_id, role, "
                           "valid_from, valid_to, appointed_by, declined, note) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {text(p, "id"), text(p, "patient_id"), text(p, "staff_id"), text(p, "unit_id"), text(p, "role"),
             text(p, "valid_from"), optional(p, "valid_to"), me,
             p.value(QLatin1String("declined")).toBool() ? 1 : 0, optional(p, "note")});
    }
    if (kind == QLatin1String("end_care_contact")) {
        return exec(database, QStringLiteral("UPDATE care_contacts SET valid_to = ? WHERE id = ?"),
                    {text(p, "valid_to"), text(p, "id")});
    }
    if (kind == QLatin1String("sip_add_note")) {
        return exec(
            database,
            QStringLiteral("INSERT OR REPLACE INTO sip_notes (id, plan_id, author_id, written_at, body, "
                           "action, action_responsible, action_due, corrects_note_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {text(p, "id"), text(p, "plan_id"), me,
             p.contains(QLatin1String("written_at")) ? text(p, "written_at") : now, text(p, "body"),
             optional(p, "action"), optional(p, "action_responsible"), optional(p, "action_due"),
             optional(p, "corrects_note_id")});
    }
    if (kind == QLatin1String("sip_add_meeting")) {
        return exec(database,
                    QStringLiteral("INSERT OR REPLACE INTO sip_meetings (id, plan_id, held_on, attendees) "
                                   "VALUES (?, ?, ?, ?)"),
                    {text(p, "id"), text(p, "plan_id"), text(p, "held_on"), text(p, "attendees")});
    }
    if (kind == QLatin1String("sip_create") || kind == QLatin1String("sip_update")) {
        return applySipPlan(database, mutation);
    }
    // log_access changes nothing the desk shows.
    return Done{};
}

} // namespace vk
