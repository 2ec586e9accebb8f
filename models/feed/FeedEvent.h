#pragma once

#include "domain/IdentityNumber.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace vk {

/// One validated line of the telephony/voicemail/1177 feed (see README "Feed format"). Produced by
/// FeedLineParser or FeedSimulator; `dueAt` is filled in by the feed tool from the unit's DeadlinePolicy
/// before ingest.
struct FeedEvent {
    enum class Kind { Callback, Voicemail, Eservice, EserviceMessage, QueueRejection };

    /// The patient a line names: a checked identity number and, when known, the name.
    struct Patient {
        IdentityNumber id;
        QString name;
    };

    Kind kind = Kind::Callback;
    QString externalId;
    QString unitHsaId; ///< empty only for an eservice_message that leaves the unit to its ärende
    QDateTime receivedAt;
    QDateTime dueAt;
    std::optional<Patient> patient;

    // callback
    QString phone;
    QString queue; ///< also queue_rejection
    QDateTime bookedSlot;
    QDateTime requestedTime;
    // voicemail
    QString mailbox;
    QString callerPhone;
    qint64 durationMs = 0;
    QByteArray audio; ///< decoded bytes
    QString audioMime;
    // eservice and eservice_message
    QString errandType;
    QString subject;
    QString body;
    bool ombud = false;
    QString ombudName;
    QString errandExternalId;
    QDateTime sentAt;
    // queue_rejection
    QDateTime occurredAt;
    int callerCount = 0;

    /// The contract's name of a kind ("callback", …, "queue_rejection").
    [[nodiscard]] static QString kindName(Kind kind);
    /// The kind named `name`, if any.
    [[nodiscard]] static std::optional<Kind> kindFromName(QStringView name);

    /// True for the kinds that become a contact with a deadline (callback, voicemail, eservice).
    [[nodiscard]] bool isContact() const;
    /// The event as a feed line object (round-trips through FeedLineParser; no due_at).
    [[nodiscard]] QJsonObject toFeedJson() const;
    /// The event as `region.ingest(event jsonb)` takes it: the feed line plus due_at, identity numbers
    /// normalised.
    [[nodiscard]] QJsonObject toIngestJson() const;

    /// An instant as the feed writes it: ISO-8601 UTC with milliseconds ("2026-11-23T09:30:00.000Z").
    [[nodiscard]] static QString formatTime(const QDateTime& time);
};

} // namespace vk
