#pragma once

#include "StormCoordinator.h"
#include "sync/DeskActions.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QString>

namespace vk {

class Clock;

/// The nurse of one storm desk: each step() does one action a nurse would do next, chosen at random from what
/// the desk's cache shows — claim one of the first open contacts of the queue (the same few every desk sees,
/// so desks race for them), log a call attempt, answer an ärende, forward, release, complete with a code,
/// write SIP notes and name a kontaktsjuksköterska (StormCoordinator) — all through the real desk actions, so
/// each action changes the cache and queues its mutation in one transaction.
class StormActor {
public:
    /// What one step did: `kind` of the queued mutation and its id, or the code of a refusal (someone else
    /// was quicker: normal in a storm) or of an error (the cache failed: counted against the run).
    struct Outcome {
        QString kind;
        QString mutationId;
        QString refusal;
        QString error;
    };

    StormActor(QSqlDatabase database, const Clock& clock, QString me, quint64 seed);

    Outcome step();

private:
    struct Held {
        QString id;
        QString channel;
        QString unitId;
        QString patientId; ///< empty for an unidentified caller
        int attempts = 0;
        int replies = 0;
    };
    Outcome claimNext();
    Outcome handle(const Held& contact);
    Outcome finish(const QString& kind, const Status& status);
    Outcome finish(const StormCoordinator::Action& action);
    [[nodiscard]] QString freeText(const char* what);
    [[nodiscard]] QString randomCode();
    [[nodiscard]] QString otherUnit(const QString& unitId);

    QSqlDatabase m_database;
    QString m_me;
    DeskActions m_actions;
    QRandomGenerator m_random;
    StormCoordinator m_coordinator;
    int m_texts = 0;
};

} // namespace vk
