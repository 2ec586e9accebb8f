#include "FeedEvent.h"

#include <QJsonValue>

#include <array>

namespace vk {

namespace {

constexpr std::array<std::pair<FeedEvent::Kind, const char*>, 5> kKindNames{{
    {FeedEvent::Kind::Callback, "callback"},
    {FeedEvent::Kind::Voicemail, "voicemail"},
    {FeedEvent::Kind::Eservice, "eservice"},
    {FeedEvent::Kind::EserviceMessage, "eservice_message"},
    {FeedEvent::Kind::QueueRejection, "queue_rejection"},
}};

void putIfSet(QJsonObject& o, const char* key, const QString& value) {
    if (!value.isEmpty()) {
        o.insert(QLatin1String(key), value);
    }
}

void putIfSet(QJsonObject& o, const char* key, const QDateTime& value) {
    if (value.isValid()) {
        o.insert(QLatin1String(key), FeedEvent::formatTime(value));
    }
}

} // namespace

QString FeedEvent::kindName(Kind kind) {
    for (const auto& [k, name] : kKindNames) {
        if (k == kind) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

std::optional<FeedEvent::Kind> FeedEvent::kindFromName(QStringView name) {
    for (const auto& [k, n] : kKindNames) {
        if (name == QLatin1String(n)) {
            return k;
        }
    }
    return std::nullopt;
}

bool FeedEvent::isContact() const {
    return kind == Kind::Callback || kind == Kind::Voicemail || kind == Kind::Eservice;
}

QString FeedEvent::formatTime(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject FeedEvent::toFeedJson() const {
    QJsonObject o;
    o.insert(QLatin1String("kind"), kindName(kind));
    o.insert(QLatin1String("external_id"), externalId);
    putIfSet(o, "unit", unitHsaId);
    if (kind != Kind::EserviceMessage && kind != Kind::QueueRejection) {
        putIfSet(o, "received_at", receivedAt);
    }
    if (patient) {
        QJsonObject p;
        p.insert(QLatin1String("id_type"), patient->id.typeName());
        p.insert(QLatin1String("id_value"), patient->id.value());
        putIfSet(p, "name", patient->name);
        o.insert(QLatin1String("patient"), p);
    }
    switch (kind) {
    case Kind::Callback:
        o.insert(QLatin1String("phone"), phone);
        o.insert(QLatin1String("queue"), queue);
        putIfSet(o, "booked_slot", bookedSlot);
        putIfSet(o, "requested_time", requestedTime);
        break;
    case Kind::Voicemail:
        o.insert(QLatin1String("mailbox"), mailbox);
        putIfSet(o, "caller_phone", callerPhone);
        o.insert(QLatin1String("duration_ms"), double(durationMs));
        o.insert(QLatin1String("audio"), QString::fromLatin1(audio.toBase64()));
        o.insert(QLatin1String("audio_mime"), audioMime);
        break;
    case Kind::Eservice:
        o.insert(QLatin1String("errand_type"), errandType);
        o.insert(QLatin1String("subject"), subject);
        o.insert(QLatin1String("body"), body);
        o.insert(QLatin1String("ombud"), ombud);
        putIfSet(o, "ombud_name", ombudName);
        break;
    case Kind::EserviceMessage:
        o.insert(QLatin1String("errand_external_id"), errandExternalId);
        o.insert(QLatin1String("body"), body);
        putIfSet(o, "sent_at", sentAt);
        break;
    case Kind::QueueRejection:
        o.insert(QLatin1String("queue"), queue);
        putIfSet(o, "occurred_at", occurredAt);
        o.insert(QLatin1String("caller_count"), callerCount);
        break;
    }
    return o;
}

QJsonObject FeedEvent::toIngestJson() const {
    QJsonObject o = toFeedJson();
    if (isContact()) {
        putIfSet(o, "due_at", dueAt);
    }
    return o;
}

} // namespace vk
