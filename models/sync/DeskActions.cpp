#include "DeskActions.h"

#include "cache/CacheReadError.h"

#include "LocalEffects.h"
#include "Outbox.h"
#include "WriteTransaction.h"
#include "domain/Clock.h"
#include "domain/UtcTimestamp.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace vk {

namespace {

constexpr qsizetype MaxTextBytes = 64 * 1024;

Error actionError(const char* code, const QString& message) {
    return Error{QString::fromLatin1(code), message};
}

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool oneOf(const QString& value, std::initializer_list<const char*> allowed) {
    return std::any_of(allowed.begin(), allowed.end(),
                       [&value](const char* a) { return value == QLatin1String(a); });
}

} // namespace

DeskActions::DeskActions(QSqlDatabase database, const Clock& clock, QString me, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_clock(clock)
    , m_me(std::move(me)) {}

Status DeskActions::checkText(const QString& text, bool required) {
    if (required && text.trimmed().isEmpty()) {
        return actionError("action.text_required", tr("Write a text first."));
    }
    if (text.toUtf8().size() > MaxTextBytes) {
        return actionError("action.text_too_long",
                           tr("The text is longer than 64 KiB. Shorten it; nothing was "
                              "saved."));
    }
    for (const QChar c : text) {
        // \r too: the region store refuses it (region.is_clean_text), so a text with it would only come back
        // as a conflict after the push (found by HostileTextTest).
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t')) {
            return actionError("action.text_control",
                               tr("The text contains control characters that cannot be "
                                  "saved. Remove them and try again."));
        }
    }
    return Done{};
}

Result<DeskActions::ContactState> DeskActions::contactState(const QString& contactId) const {
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT c.status, c.claimed_by, s.name, c.channel, c.lease_until, c.offered_to, "
                       "c.offered_until, os.name, EXISTS (SELECT 1 FROM unit_members m WHERE m.unit_id = "
                       "c.unit_id AND m.staff_id = ? AND m.role = 'team_lead') FROM contacts c "
                       "LEFT JOIN staff s ON s.id = c.claimed_by LEFT JOIN staff os ON os.id = c.offered_to "
                       "WHERE c.id = ?"));
    query.addBindValue(m_me);
    query.addBindValue(contactId);
    if (!query.exec()) {
        return CacheReadError::of(query);
    }
    ContactState state;
    if (query.next()) {
        state.exists = true;
        state.status = query.value(0).toString();
        state.holderId = query.value(1).toString();
        state.holderName = query.value(2).toString();
        state.channel = query.value(3).toString();
        state.leaseUntilMs = UtcTimestamp::toMs(query.value(4).toString()).value_or(0);
        state.offer.staffId = query.value(5).toString();
        state.offer.untilMs = UtcTimestamp::toMs(query.value(6).toString()).value_or(0);
        state.offer.staffName = query.value(7).toString();
        state.leadsUnit = query.value(8).toBool();
    }
    return state;
}

Result<DeskActions::ContactState> DeskActions::openContact(const QString& contactId) const {
    Result<ContactState> state = contactState(contactId);
    if (!state) {
        return state;
    }
    if (!state->exists) {
        return actionError("action.unknown_contact", tr("The contact is no longer in your inbox."));
    }
    if (!oneOf(state->status, {"new", "claimed", "not_reached"})) {
        return actionError("action.already_closed", tr("The contact is already closed."));
    }
    return state;
}

Status DeskActions::checkOpen(const QString& contactId) const {
    Result<ContactState> state = openContact(contactId);
    if (!state) {
        return state.error();
    }
    return Done{};
}

Status DeskActions::perform(const QString& kind, QJsonObject payload, const QString& entityId) {
    Mutation mutation;
    mutation.id = newId();
    mutation.kind = kind;
    mutation.payload = std::move(payload);
    mutation.entityId = entityId;
    mutation.createdAt = m_clock.now();

    WriteTransaction transaction(m_database);
    if (!transaction.isActive()) {
        return actionError("cache.busy", tr("The local cache is busy. Try again in a moment."));
    }
    if (Status applied =
            LocalEffects::apply(m_database, mutation, m_me, mutation.createdAt.toMSecsSinceEpoch());
        !applied) {
        return applied;
    }
    if (Status queued = Outbox(m_database).enqueue(mutation); !queued) {
        return queued;
    }
    if (!transaction.commit()) {
        return actionError("cache.write_failed", tr("The change could not be saved locally."));
    }
    const QString contactId = mutation.payload.value(QLatin1String("contact_id")).toString();
    if (!contactId.isEmpty()) {
        Q_EMIT contactsChanged({contactId});
    }
    Q_EMIT outboxChanged();
    return Done{};
}

Status DeskActions::claim(const QString& contactId) {
    Result<ContactState> state = openContact(contactId);
    if (!state) {
        return state.error();
    }
    // An expired lease frees the contact (a desk that crashed must not hold it forever); the store agrees.
    const bool leaseLive =
        state->leaseUntilMs == 0 || state->leaseUntilMs > m_clock.now().toMSecsSinceEpoch();
    if (!state->holderId.isEmpty() && state->holderId != m_me && leaseLive) {
        return actionError("action.claimed_by_other",
                           tr("%1 is already handling this contact.")
                               .arg(state->holderName.isEmpty() ? tr("Someone else") : state->holderName));
    }
    // The store refuses it too (region migration 0017); saying so here spares the nurse a conflict later. A
    // team lead may take it over, so her claim goes to the store, which knows her role.
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const auto status = statusFromStorage(state->status).value_or(ContactStatus::New);
    if (state->offer.stateFor(m_me, status, state->holderId, now) == ContactOffer::State::ToOther &&
        !state->leadsUnit) {
        return actionError("action.offered_to_other", offeredToOtherMessage(state->offer));
    }
    return perform(QStringLiteral("claim"), {{QStringLiteral("contact_id"), contactId}}, contactId);
}

QString DeskActions::offeredToOtherMessage(const ContactOffer& offer) {
    const QString until = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(offer.untilMs, Qt::UTC).toLocalTime().time(), QStringLiteral("HH:mm"));
    return tr("This contact is offered to %1, the patient's named contact, until %2. You can claim it "
              "after that.")
        .arg(offer.staffName.isEmpty() ? tr("the named contact") : offer.staffName, until);
}

Status DeskActions::release(const QString& contactId) {
    return perform(QStringLiteral("release"), {{QStringLiteral("contact_id"), contactId}}, contactId);
}

Status DeskActions::logAttempt(const QString& contactId, const QString& outcome, const QString& note) {
    if (!oneOf(outcome, {"answered", "no_answer", "busy", "wrong_number", "voicemail"})) {
        return actionError("action.invalid", tr("Choose how the call went."));
    }
    if (Status ok = checkText(note, false); !ok) {
        return ok;
    }
    Result<ContactState> state = openContact(contactId);
    if (!state) {
        return state.error();
    }
    return perform(
        QStringLiteral("log_attempt"),
        {{QStringLiteral("contact_id"), contactId},
         {QStringLiteral("attempt_id"), newId()},
         {QStringLiteral("outcome"), outcome},
         {QStringLiteral("note"), note},
         {QStringLiteral("attempted_at"), UtcTimestamp::fromMs(m_clock.now().toMSecsSinceEpoch())}},
        contactId);
}

Status DeskActions::rebook(const QString& contactId, const QDateTime& slot) {
    if (!slot.isValid() || slot < m_clock.now()) {
        return actionError("action.invalid", tr("Choose a time in the future."));
    }
    return perform(QStringLiteral("rebook"),
                   {{QStringLiteral("contact_id"), contactId},
                    {QStringLiteral("booked_slot"), UtcTimestamp::fromMs(slot.toMSecsSinceEpoch())}},
                   contactId);
}

Status DeskActions::reply(const QString& contactId, const QString& body) {
    if (Status ok = checkText(body, true); !ok) {
        return ok;
    }
    Result<ContactState> state = openContact(contactId);
    if (!state) {
        return state.error();
    }
    if (state->channel != QLatin1String("eservice")) {
        return actionError("action.invalid", tr("Only 1177 requests can be answered with a message."));
    }
    return perform(QStringLiteral("reply"),
                   {{QStringLiteral("contact_id"), contactId},
                    {QStringLiteral("message_id"), newId()},
                    {QStringLiteral("body"), body}},
                   contactId);
}

Status DeskActions::forward(const QString& contactId, const QString& toUnitId, const QString& note) {
    if (toUnitId.isEmpty()) {
        return actionError("action.invalid", tr("Choose the unit to forward to."));
    }
    if (Status ok = checkText(note, true); !ok) {
        return ok;
    }
    return perform(QStringLiteral("forward"),
                   {{QStringLiteral("contact_id"), contactId},
                    {QStringLiteral("to_unit_id"), toUnitId},
                    {QStringLiteral("note"), note}},
                   contactId);
}

Status DeskActions::cancel(const QString& contactId, const QString& reason, const QString& note) {
    if (!oneOf(reason, {"duplicate", "wrong_unit", "spam"})) {
        return actionError("action.invalid", tr("Choose why the contact is cancelled."));
    }
    if (Status ok = checkText(note, false); !ok) {
        return ok;
    }
    return perform(QStringLiteral("cancel"),
                   {{QStringLiteral("contact_id"), contactId},
                    {QStringLiteral("reason"), reason},
                    {QStringLiteral("note"), note}},
                   contactId);
}

Status DeskActions::verifyIdentity(const QString& contactId, const QString& idType, const QString& idValue,
                                   const QString& name) {
    if (!oneOf(idType, {"personnummer", "samordningsnummer", "reservnummer"}) || idValue.isEmpty()) {
        return actionError("action.invalid", tr("Enter a valid identity number."));
    }
    QJsonObject payload{{QStringLiteral("contact_id"), contactId},
                        {QStringLiteral("id_type"), idType},
                        {QStringLiteral("id_value"), idValue}};
    if (!name.isEmpty()) {
        payload.insert(QStringLiteral("name"), name);
    }
    return perform(QStringLiteral("verify_identity"), payload, contactId);
}

Status DeskActions::complete(const QString& contactId, const QString& code, const QString& note,
                             bool medicalAssessment) {
    if (code.isEmpty()) {
        return actionError("action.code_required", tr("Choose an eftermärkning code before completing."));
    }
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT active FROM codes WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec() || !query.next() || !query.value(0).toBool()) {
        return actionError("action.code_inactive", tr("%1 is not an active eftermärkning code.").arg(code));
    }
    // An unfinished SELECT keeps its read snapshot: if the sync engine commits before the action's BEGIN
    // IMMEDIATE, SQLite refuses the upgrade at once (SQLITE_BUSY_SNAPSHOT, no busy wait) and the nurse would
    // read "the local cache is busy" (found by vardinkorg-storm).
    query.finish();
    if (Status ok = checkText(note, false); !ok) {
        return ok;
    }
    Result<ContactState> state = openContact(contactId);
    if (!state) {
        return state.error();
    }
    return perform(QStringLiteral("complete"),
                   {{QStringLiteral("contact_id"), contactId},
                    {QStringLiteral("code"), code},
                    {QStringLiteral("note"), note},
                    {QStringLiteral("medical_assessment"), medicalAssessment}},
                   contactId);
}

Status DeskActions::logAccess(const QString& patientId, const QString& contactId, const QString& unitId,
                              const QString& action) {
    QJsonObject payload{{QStringLiteral("patient_id"), patientId},
                        {QStringLiteral("unit_id"), unitId},
                        {QStringLiteral("action"), action},
                        {QStringLiteral("at"), UtcTimestamp::fromMs(m_clock.now().toMSecsSinceEpoch())}};
    if (!contactId.isEmpty()) {
        payload.insert(QStringLiteral("contact_id"), contactId);
    }
    // Not tied to an entity: a pulled row must never wait for an access-log entry.
    return perform(QStringLiteral("log_access"), payload, QString());
}

Status DeskActions::reassign(const QString& contactId, const QString& toStaffId) {
    if (toStaffId.isEmpty()) {
        return actionError("action.invalid", tr("Choose who should take over the contact."));
    }
    return perform(QStringLiteral("reassign"),
                   {{QStringLiteral("contact_id"), contactId}, {QStringLiteral("to_staff_id"), toStaffId}},
                   contactId);
}

Status DeskActions::releaseAny(const QString& contactId) {
    return perform(QStringLiteral("release_any"), {{QStringLiteral("contact_id"), contactId}}, contactId);
}

} // namespace vk
