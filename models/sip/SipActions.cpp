#include "SipActions.h"

#include "SipNoteHistory.h"
#include "SipRepository.h"
#include "domain/Clock.h"
#include "domain/UtcTimestamp.h"
#include "sync/DeskActions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <QUuid>

namespace vk {

namespace {

constexpr qsizetype MaxNameLength = 200;
constexpr qsizetype MaxListTextLength = 4000;

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Error invalid(const QString& message) {
    return Error{QStringLiteral("sip.invalid"), message};
}

/// Optional text or date as the store wants it: null when empty.
QJsonValue optionalText(const QString& text) {
    return text.trimmed().isEmpty() ? QJsonValue() : QJsonValue(text.trimmed());
}

QJsonValue optionalDate(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

bool isHuvudman(const QString& word, bool allowOther) {
    return word == QLatin1String("region") || word == QLatin1String("kommun") ||
           (allowOther && word == QLatin1String("other"));
}

QString idOr(const QString& id) {
    return id.isEmpty() ? newId() : id;
}

/// Every field of a plan the store's sip_create and sip_update take, lists with their row ids.
QJsonObject planFields(const SipPlan& plan) {
    QJsonArray participants;
    for (const SipPlan::Participant& p : plan.participants) {
        participants.append(QJsonObject{{QStringLiteral("id"), idOr(p.id)},
                                        {QStringLiteral("huvudman"), p.huvudman},
                                        {QStringLiteral("name"), p.name.trimmed()},
                                        {QStringLiteral("role"), optionalText(p.role)}});
    }
    QJsonArray insatser;
    for (const SipPlan::Insats& i : plan.insatser) {
        insatser.append(QJsonObject{{QStringLiteral("id"), idOr(i.id)},
                                    {QStringLiteral("description"), i.description.trimmed()},
                                    {QStringLiteral("huvudman"), i.huvudman}});
    }
    QJsonArray others;
    for (const SipPlan::OtherAction& o : plan.otherActions) {
        others.append(QJsonObject{{QStringLiteral("id"), idOr(o.id)},
                                  {QStringLiteral("actor"), o.actor.trimmed()},
                                  {QStringLiteral("description"), o.description.trimmed()}});
    }
    return {{QStringLiteral("consent_given_by"), plan.consentGivenBy.trimmed()},
            {QStringLiteral("consent_date"), optionalDate(plan.consentDate)},
            {QStringLiteral("consent_how"), optionalText(plan.consentHow)},
            {QStringLiteral("overall_responsible"), optionalText(plan.overallResponsible)},
            {QStringLiteral("start_date"), optionalDate(plan.startDate)},
            {QStringLiteral("next_follow_up"), optionalDate(plan.nextFollowUp)},
            {QStringLiteral("participants"), participants},
            {QStringLiteral("insatser"), insatser},
            {QStringLiteral("other_actions"), others}};
}

/// A short field: `missing` when it is required and empty, `tooLong` past `max` characters, and the desk's
/// general refusal of control characters.
Status checkShort(const QString& text, qsizetype max, const QString& missing, const QString& tooLong) {
    if (!missing.isEmpty() && text.trimmed().isEmpty()) {
        return invalid(missing);
    }
    if (text.trimmed().size() > max) {
        return invalid(tooLong);
    }
    return DeskActions::checkText(text, false);
}

} // namespace

SipActions::SipActions(DeskActions& desk, QSqlDatabase database, const Clock& clock)
    : m_desk(desk)
    , m_database(std::move(database))
    , m_clock(clock) {}

QDate SipActions::today() const {
    // Dates in a SIP are Swedish calendar dates.
    return m_clock.now().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Stockholm"))).date();
}

Status SipActions::check(const SipPlan& plan, const QDate& today) {
    if (Status consent = SipConsent{plan.consentGivenBy, plan.consentDate, plan.consentHow}.check(today);
        !consent) {
        return consent;
    }
    if (!plan.overallResponsible.isEmpty() && !isHuvudman(plan.overallResponsible, false)) {
        return invalid(tr("Choose the region or the kommun for the overall responsibility."));
    }
    if (plan.startDate.isValid() && plan.nextFollowUp.isValid() && plan.nextFollowUp < plan.startDate) {
        return invalid(tr("The follow-up date lies before the start date."));
    }
    for (const SipPlan::Participant& p : plan.participants) {
        if (!isHuvudman(p.huvudman, true)) {
            return invalid(tr("Choose the region, the kommun or other for every participant."));
        }
        if (Status ok = checkShort(p.name, MaxNameLength, tr("Every participant needs a name."),
                                   tr("A participant's name may be at most 200 characters."));
            !ok) {
            return ok;
        }
        if (Status ok =
                checkShort(p.role, MaxNameLength, QString(), tr("A role may be at most 200 characters."));
            !ok) {
            return ok;
        }
    }
    for (const SipPlan::Insats& i : plan.insatser) {
        if (!isHuvudman(i.huvudman, false)) {
            return invalid(tr("Choose the responsible huvudman (region or kommun) for every insats."));
        }
        if (Status ok = checkShort(i.description, MaxListTextLength, tr("Every insats needs a description."),
                                   tr("An insats may be at most 4000 characters."));
            !ok) {
            return ok;
        }
    }
    for (const SipPlan::OtherAction& o : plan.otherActions) {
        if (Status ok = checkShort(o.actor, MaxNameLength, tr("Every åtgärd needs the one who takes it."),
                                   tr("Who takes an åtgärd may be at most 200 characters."));
            !ok) {
            return ok;
        }
        if (Status ok = checkShort(o.description, MaxListTextLength, tr("Every åtgärd needs a description."),
                                   tr("An åtgärd may be at most 4000 characters."));
            !ok) {
            return ok;
        }
    }
    return Done{};
}

Result<QString> SipActions::create(const SipPlan& draft) {
    if (draft.patientId.isEmpty() || draft.unitId.isEmpty()) {
        return invalid(tr("Choose the patient and the unit the SIP belongs to."));
    }
    if (Status ok = check(draft, today()); !ok) {
        return ok.error();
    }
    const QString id = idOr(draft.id);
    QJsonObject payload = planFields(draft);
    payload.insert(QStringLiteral("id"), id);
    payload.insert(QStringLiteral("patient_id"), draft.patientId);
    payload.insert(QStringLiteral("unit_id"), draft.unitId);
    if (Status done = m_desk.perform(QStringLiteral("sip_create"), payload, id); !done) {
        return done.error();
    }
    return id;
}

Status SipActions::update(const SipPlan& edited) {
    if (Status ok = check(edited, today()); !ok) {
        return ok;
    }
    QJsonObject payload = planFields(edited);
    payload.insert(QStringLiteral("id"), edited.id);
    payload.insert(QStringLiteral("expected_version"), edited.version);
    return m_desk.perform(QStringLiteral("sip_update"), payload, edited.id);
}

Result<QString> SipActions::addNote(const QString& planId, const NoteDraft& note) {
    if (Status ok = DeskActions::checkText(note.body, true); !ok) {
        return ok.error();
    }
    const bool hasAction = !note.action.trimmed().isEmpty();
    if (!hasAction && (!note.actionResponsible.trimmed().isEmpty() || note.actionDue.isValid())) {
        return invalid(tr("Describe the action before naming who is responsible or when it is due."));
    }
    if (Status ok = checkShort(note.action, MaxListTextLength, QString(),
                               tr("An action may be at most 4000 characters."));
        !ok) {
        return ok.error();
    }
    if (Status ok = checkShort(note.actionResponsible, MaxNameLength, QString(),
                               tr("Who is responsible may be at most 200 characters."));
        !ok) {
        return ok.error();
    }
    Result<SipPlan> plan = SipRepository(m_database).load(planId);
    if (!plan) {
        return plan.error();
    }
    if (!note.correctsNoteId.isEmpty() && !SipNoteHistory(plan->notes).canCorrect(note.correctsNoteId)) {
        return invalid(tr("The note to correct does not belong to this SIP."));
    }
    const QString id = newId();
    QJsonObject payload{
        {QStringLiteral("id"), id},
        {QStringLiteral("plan_id"), planId},
        {QStringLiteral("body"), note.body.trimmed()},
        // The time of writing, also when the note reaches the store later (offline).
        {QStringLiteral("written_at"), UtcTimestamp::fromMs(m_clock.now().toMSecsSinceEpoch())},
        {QStringLiteral("action"), optionalText(note.action)},
        {QStringLiteral("action_responsible"), optionalText(note.actionResponsible)},
        {QStringLiteral("action_due"), hasAction ? optionalDate(note.actionDue) : QJsonValue()},
        {QStringLiteral("corrects_note_id"), optionalText(note.correctsNoteId)}};
    if (Status done = m_desk.perform(QStringLiteral("sip_add_note"), payload, planId); !done) {
        return done.error();
    }
    return id;
}

Result<QString> SipActions::addMeeting(const QString& planId, const QDate& heldOn, const QString& attendees) {
    if (!heldOn.isValid()) {
        return invalid(tr("Enter the date of the meeting."));
    }
    if (Status ok = checkShort(attendees, MaxListTextLength, tr("Write who attended the meeting."),
                               tr("The list of attendees may be at most 4000 characters."));
        !ok) {
        return ok.error();
    }
    const QString id = newId();
    if (Status done = m_desk.perform(QStringLiteral("sip_add_meeting"),
                                     {{QStringLiteral("id"), id},
                                      {QStringLiteral("plan_id"), planId},
                                      {QStringLiteral("held_on"), heldOn.toString(Qt::ISODate)},
                                      {QStringLiteral("attendees"), attendees.trimmed()}},
                                     planId);
        !done) {
        return done.error();
    }
    return id;
}

Status SipActions::logExport(const SipPlan& plan) {
    return m_desk.logAccess(plan.patientId, QString(), plan.unitId, QStringLiteral("sip_export"));
}

} // namespace vk
