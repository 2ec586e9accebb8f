#include "StormActor.h"

#include <QSqlQuery>

namespace vk {

namespace {

/// Refusals a desk meets when another desk was quicker or the store moved the contact on; not errors.
bool isRace(const QString& code) {
    return code == QLatin1String("action.claimed_by_other") ||
           code == QLatin1String("action.already_closed") || code == QLatin1String("action.unknown_contact");
}

} // namespace

StormActor::StormActor(QSqlDatabase database, const Clock& clock, QString me, quint64 seed)
    : m_database(std::move(database))
    , m_me(std::move(me))
    , m_actions(m_database, clock, m_me)
    , m_random(seed)
    , m_coordinator(m_database, m_actions, clock, m_me, m_random) {}

StormActor::Outcome StormActor::step() {
    QSqlQuery held(m_database);
    held.prepare(QStringLiteral(
        "SELECT c.id, c.channel, c.unit_id, coalesce(c.patient_id, ''), "
        "(SELECT count(*) FROM callback_attempts a WHERE a.contact_id = c.id), "
        "(SELECT count(*) FROM eservice_messages m WHERE m.contact_id = c.id AND m.author_staff_id = ?) "
        "FROM contacts c WHERE c.claimed_by = ? AND c.status IN ('new', 'claimed', 'not_reached') "
        "ORDER BY c.id"));
    held.addBindValue(m_me);
    held.addBindValue(m_me);
    if (!held.exec()) {
        return {{}, {}, {}, QStringLiteral("cache.query_failed")};
    }
    std::vector<Held> mine;
    while (held.next()) {
        mine.push_back({held.value(0).toString(), held.value(1).toString(), held.value(2).toString(),
                        held.value(3).toString(), held.value(4).toInt(), held.value(5).toInt()});
    }
    held.finish(); // no read transaction may stay open under the action's write transaction
    // Between contacts, now and then a coordination note on one of the unit's SIPs.
    if (m_random.bounded(12) == 0) {
        if (const StormCoordinator::Action note = m_coordinator.noteOnASharedPlan(freeText("sip"));
            !note.kind.isEmpty()) {
            return finish(note);
        }
    }
    // A nurse holds one or two contacts at a time; now and then she takes another before finishing.
    if (mine.empty() || (mine.size() < 2 && m_random.bounded(5) == 0)) {
        return claimNext();
    }
    return handle(mine.at(m_random.bounded(static_cast<int>(mine.size()))));
}

StormActor::Outcome StormActor::claimNext() {
    // The head of the queue, as every desk of the unit sees it: desks race for the same contacts.
    QSqlQuery open(m_database);
    open.prepare(QStringLiteral(
        "SELECT c.id, c.unit_id, coalesce(c.patient_id, '') FROM contacts c INDEXED BY contacts_open_by_due "
        "WHERE c.status IN ('new', 'claimed', 'not_reached') AND c.claimed_by IS NULL "
        "AND c.unit_id IN (SELECT unit_id FROM unit_members WHERE staff_id = ?) "
        "ORDER BY c.due_at, c.id LIMIT 8"));
    open.addBindValue(m_me);
    if (!open.exec()) {
        return {{}, {}, {}, QStringLiteral("cache.query_failed")};
    }
    QStringList ids, units, patients;
    while (open.next()) {
        ids << open.value(0).toString();
        units << open.value(1).toString();
        patients << open.value(2).toString();
    }
    open.finish();
    if (ids.isEmpty()) {
        return {}; // nothing waiting: the desk idles this tick
    }
    const int pick = m_random.bounded(static_cast<int>(ids.size()));
    // Opening a contact with patient data is logged (PDL) before anything is done with it.
    if (!patients.at(pick).isEmpty() && m_random.bounded(2) == 0) {
        return finish(
            QStringLiteral("log_access"),
            m_actions.logAccess(patients.at(pick), ids.at(pick), units.at(pick), QStringLiteral("open")));
    }
    return finish(QStringLiteral("claim"), m_actions.claim(ids.at(pick)));
}

StormActor::Outcome StormActor::handle(const Held& contact) {
    const int dice = static_cast<int>(m_random.bounded(100));
    if (dice < 4) {
        return finish(QStringLiteral("release"), m_actions.release(contact.id));
    }
    if (dice < 10) {
        const QString to = otherUnit(contact.unitId);
        if (!to.isEmpty()) {
            return finish(QStringLiteral("forward"), m_actions.forward(contact.id, to, freeText("forward")));
        }
    }
    if (!contact.patientId.isEmpty() && dice >= 10 && dice < 14) {
        return finish(m_coordinator.sipForPatient(contact.patientId, contact.unitId, freeText("sip")));
    }
    if (!contact.patientId.isEmpty() && dice >= 14 && dice < 17) {
        return finish(m_coordinator.careContactForPatient(contact.patientId, contact.unitId));
    }
    if (contact.channel == QLatin1String("eservice")) {
        if (contact.replies == 0) {
            return finish(QStringLiteral("reply"), m_actions.reply(contact.id, freeText("reply")));
        }
    } else if (contact.attempts == 0 || (contact.attempts < 2 && dice < 30)) {
        static const char* const outcomes[] = {"answered", "no_answer", "busy", "voicemail"};
        return finish(QStringLiteral("log_attempt"),
                      m_actions.logAttempt(contact.id, QLatin1String(outcomes[m_random.bounded(4)]),
                                           freeText("attempt")));
    }
    return finish(QStringLiteral("complete"),
                  m_actions.complete(contact.id, randomCode(), freeText("complete"), dice % 2 == 0));
}

StormActor::Outcome StormActor::finish(const QString& kind, const Status& status) {
    if (!status) {
        if (isRace(status.error().code)) {
            return {{}, {}, status.error().code, {}};
        }
        return {{}, {}, {}, kind + QLatin1Char(' ') + status.error().code};
    }
    // DeskActions queued exactly one mutation in this connection's transaction: the newest outbox row.
    QSqlQuery last(m_database);
    if (!last.exec(QStringLiteral("SELECT mutation_id FROM outbox ORDER BY seq DESC LIMIT 1")) ||
        !last.next()) {
        return {kind, {}, {}, QStringLiteral("cache.query_failed")};
    }
    return {kind, last.value(0).toString(), {}, {}};
}

StormActor::Outcome StormActor::finish(const StormCoordinator::Action& action) {
    return finish(action.kind, action.status);
}

QString StormActor::freeText(const char* what) {
    // Swedish text with quotes and the odd SQL keyword: free text must travel as data, never as code.
    static const char* const phrases[] = {
        "Patienten ringer om receptet; återkommer.",
        "Svar: ta 1–2 tabletter vid behov, högst 4/dygn.",
        "Hänvisad till jourcentralen \"Akuten\" efter 17:00.",
        "O'Brien; DROP TABLE region.contacts; -- inte kod",
        "Mår bättre – inga åtgärder.\nMvh sjuksköterskan",
    };
    return QStringLiteral("%1 %2: %3")
        .arg(QLatin1String(what))
        .arg(++m_texts)
        .arg(QString::fromUtf8(phrases[m_random.bounded(5)]));
}

QString StormActor::randomCode() {
    QSqlQuery codes(m_database);
    if (!codes.exec(QStringLiteral("SELECT code FROM codes WHERE active = 1 ORDER BY code"))) {
        return {};
    }
    QStringList all;
    while (codes.next()) {
        all << codes.value(0).toString();
    }
    return all.isEmpty() ? QString() : all.at(m_random.bounded(static_cast<int>(all.size())));
}

QString StormActor::otherUnit(const QString& unitId) {
    QSqlQuery units(m_database);
    units.prepare(QStringLiteral("SELECT id FROM units WHERE id <> ? ORDER BY id"));
    units.addBindValue(unitId);
    if (!units.exec()) {
        return {};
    }
    QStringList all;
    while (units.next()) {
        all << units.value(0).toString();
    }
    return all.isEmpty() ? QString() : all.at(m_random.bounded(static_cast<int>(all.size())));
}

} // namespace vk
