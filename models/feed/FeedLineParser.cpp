#include "FeedLineParser.h"

#include "domain/Clock.h"
#include "domain/DeadlinePolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

#include <cmath>
#include <initializer_list>

namespace vk {

namespace {

enum class Need { Required, Optional };
enum class TextKind { Line, Body, Base64 };

Error reject(const char* code, const QString& reason) {
    return Error{QString::fromLatin1(code), reason};
}

QString hex(char32_t c) {
    return QStringLiteral("U+") + QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

bool isBidiControl(char32_t c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// The first character a text field may not contain, as a reason fragment; empty when the text is clean.
QString forbiddenCharacter(const QString& text, bool multiline) {
    for (const char32_t c : text.toUcs4()) {
        if (multiline && (c == U'\n' || c == U'\t')) {
            continue;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return QStringLiteral("a control character (%1)").arg(hex(c));
        }
        if (isBidiControl(c)) {
            return QStringLiteral("a bidirectional control character (%1)").arg(hex(c));
        }
        if (c == 0x2028 || c == 0x2029 || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF) {
            return QStringLiteral("a character that is not allowed (%1)").arg(hex(c));
        }
    }
    return {};
}

QString identityReason(const Error& e) {
    if (e.is("identity.empty")) {
        return QStringLiteral("is empty");
    }
    if (e.is("identity.bad_checksum")) {
        return QStringLiteral("has a wrong check digit");
    }
    if (e.is("identity.bad_date")) {
        return QStringLiteral("does not contain a valid date of birth");
    }
    if (e.is("identity.bad_type")) {
        return QStringLiteral("is a valid number of the other type than patient.id_type says");
    }
    if (e.is("identity.bad_reserve")) {
        return QStringLiteral("does not match the region's reservnummer pattern");
    }
    if (e.is("identity.reserve_is_personnummer")) {
        return QStringLiteral("is a personnummer or samordningsnummer, not a reservnummer");
    }
    return QStringLiteral("is not written as YYMMDD-NNNC, YYMMDD+NNNC or YYYYMMDD-NNNC");
}

// Reads typed fields of one JSON object and keeps the first problem.
class Fields {
public:
    Fields(QJsonObject object, QString prefix, const FeedLineParser::Limits& limits)
        : m_object(std::move(object))
        , m_prefix(std::move(prefix))
        , m_limits(limits) {}

    [[nodiscard]] bool failed() const { return m_error.has_value(); }
    [[nodiscard]] const Error& error() const { return *m_error; }

    void fail(const char* code, const QString& reason) {
        if (!m_error) {
            m_error = reject(code, reason);
        }
    }

    [[nodiscard]] QString name(const char* key) const {
        return QStringLiteral("field '") + m_prefix + QLatin1String(key) + u'\'';
    }

    void allowOnly(std::initializer_list<const char*> keys) {
        for (auto it = m_object.constBegin(); it != m_object.constEnd() && !failed(); ++it) {
            const bool known = std::any_of(keys.begin(), keys.end(),
                                           [&](const char* k) { return it.key() == QLatin1String(k); });
            if (!known) {
                // Field names are chosen by the sender; quote only a short, printable one.
                static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_]{1,40}$"));
                fail("feed.unknown_field",
                     plain.match(it.key()).hasMatch()
                         ? QStringLiteral("unknown field '") + m_prefix + it.key() + u'\''
                         : QStringLiteral("unknown field (name not shown)"));
            }
        }
    }

    // The JSON value of `key`, or nullopt (with an error when required) when absent or null.
    std::optional<QJsonValue> value(const char* key, Need need) {
        if (failed()) {
            return std::nullopt;
        }
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (need == Need::Required) {
                fail("feed.missing_field", name(key) + QStringLiteral(" is missing"));
            }
            return std::nullopt;
        }
        return v;
    }

    QString text(const char* key, Need need, TextKind kind = TextKind::Line) {
        const std::optional<QJsonValue> v = value(key, need);
        if (!v) {
            return {};
        }
        if (!v->isString()) {
            fail("feed.wrong_type", name(key) + QStringLiteral(" must be a string"));
            return {};
        }
        const QString s = v->toString();
        if (s.trimmed().isEmpty()) {
            if (need == Need::Required || !s.isEmpty()) {
                fail("feed.empty_field", name(key) + QStringLiteral(" is empty"));
            }
            return {};
        }
        if (kind == TextKind::Base64) {
            return s; // checked by decoding
        }
        if (const QString bad = forbiddenCharacter(s, kind == TextKind::Body); !bad.isEmpty()) {
            fail("feed.control_character", name(key) + QStringLiteral(" contains ") + bad);
            return {};
        }
        if (kind == TextKind::Body) {
            const qsizetype bytes = s.toUtf8().size();
            if (bytes > m_limits.maxBodyBytes) {
                fail("feed.too_long", name(key) + QStringLiteral(" is %1 bytes; the limit is %2 bytes")
                                                      .arg(bytes)
                                                      .arg(m_limits.maxBodyBytes));
                return {};
            }
        } else if (const qsizetype chars = s.toUcs4().size(); chars > m_limits.maxShortText) {
            fail("feed.too_long",
                 name(key) + QStringLiteral(" is longer than %1 characters").arg(m_limits.maxShortText));
            return {};
        }
        return s;
    }

    QDateTime time(const char* key, Need need) {
        const QString s = text(key, need);
        if (s.isEmpty()) {
            return {};
        }
        static const QRegularExpression iso(QStringLiteral(
            "^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]{1,9}))?)?"
            "(Z|([+-])([0-9]{2}):?([0-9]{2}))$"));
        const QRegularExpressionMatch m = iso.match(s);
        const QString expected = QStringLiteral(
            " must be an ISO-8601 date and time with a UTC offset, e.g. 2026-11-23T09:30:00+01:00");
        if (!m.hasMatch()) {
            fail("feed.bad_time", name(key) + expected);
            return {};
        }
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const int ms = m.capturedLength(7) > 0 ? m.captured(7).left(3).leftJustified(3, u'0').toInt() : 0;
        const QTime clock(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
        int offset = 0;
        if (m.captured(8) != u"Z") {
            offset = (m.captured(10).toInt() * 3600 + m.captured(11).toInt() * 60) *
                     (m.captured(9) == u"-" ? -1 : 1);
        }
        if (!date.isValid() || !clock.isValid() || qAbs(offset) > 18 * 3600 || m.captured(11).toInt() > 59) {
            fail("feed.bad_time", name(key) + QStringLiteral(" is not a real date and time"));
            return {};
        }
        return QDateTime(date, clock, QTimeZone(offset)).toUTC();
    }

    std::optional<qint64> integer(const char* key, Need need, qint64 min, qint64 max) {
        const std::optional<QJsonValue> v = value(key, need);
        if (!v) {
            return std::nullopt;
        }
        const double d = v->toDouble(std::nan(""));
        if (!v->isDouble() || std::floor(d) != d || d < double(min) || d > double(max)) {
            fail("feed.bad_value",
                 name(key) + QStringLiteral(" must be a whole number from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return qint64(d);
    }

    std::optional<bool> boolean(const char* key, Need need) {
        const std::optional<QJsonValue> v = value(key, need);
        if (!v) {
            return std::nullopt;
        }
        if (!v->isBool()) {
            fail("feed.wrong_type", name(key) + QStringLiteral(" must be true or false"));
            return std::nullopt;
        }
        return v->toBool();
    }

    std::optional<QJsonObject> object(const char* key, Need need) {
        const std::optional<QJsonValue> v = value(key, need);
        if (!v) {
            return std::nullopt;
        }
        if (!v->isObject()) {
            fail("feed.wrong_type", name(key) + QStringLiteral(" must be an object"));
            return std::nullopt;
        }
        return v->toObject();
    }

    void adopt(const Fields& inner) {
        if (inner.failed() && !m_error) {
            m_error = inner.error();
        }
    }

private:
    QJsonObject m_object;
    QString m_prefix;
    const FeedLineParser::Limits& m_limits;
    std::optional<Error> m_error;
};

QString phone(Fields& f, const char* key, Need need) {
    const QString p = f.text(key, need);
    static const QRegularExpression pattern(QStringLiteral("^[0-9+() -]{3,32}$"));
    if (!p.isEmpty() &&
        (!pattern.match(p).hasMatch() || p.count(QRegularExpression(QStringLiteral("[0-9]"))) < 3)) {
        f.fail("feed.bad_value",
               f.name(key) + QStringLiteral(" is not a phone number (digits, spaces, + - ( ))"));
        return {};
    }
    return p;
}

} // namespace

FeedLineParser::FeedLineParser(QSet<QString> knownUnitHsaIds, const Clock& clock,
                               ReservnummerPattern reservnummer)
    : FeedLineParser(std::move(knownUnitHsaIds), clock, std::move(reservnummer), Limits{}) {}

FeedLineParser::FeedLineParser(QSet<QString> knownUnitHsaIds, const Clock& clock,
                               ReservnummerPattern reservnummer, Limits limits)
    : m_units(std::move(knownUnitHsaIds))
    , m_clock(clock)
    , m_reservnummer(std::move(reservnummer))
    , m_limits(limits) {}

Result<FeedEvent> FeedLineParser::parse(QByteArrayView line) const {
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    if (line.size() > m_limits.maxLineBytes) {
        return reject("feed.line_too_long", QStringLiteral("line is %1 bytes; the limit is %2 bytes")
                                                .arg(line.size())
                                                .arg(m_limits.maxLineBytes));
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    [[maybe_unused]] const QString text = utf8.decode(line);
    if (utf8.hasError()) {
        return reject("feed.bad_encoding", QStringLiteral("line is not valid UTF-8"));
    }
    QJsonParseError jsonError{};
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        return reject("feed.bad_json", QStringLiteral("line is not valid JSON: %1 at offset %2")
                                           .arg(jsonError.errorString())
                                           .arg(jsonError.offset));
    }
    if (!doc.isObject()) {
        return reject("feed.not_object", QStringLiteral("line is not a JSON object"));
    }

    Fields f(doc.object(), QString(), m_limits);
    FeedEvent e;
    const QString kind = f.text("kind", Need::Required);
    if (f.failed()) {
        return f.error();
    }
    const std::optional<FeedEvent::Kind> k = FeedEvent::kindFromName(kind);
    if (!k) {
        return reject("feed.bad_value", QStringLiteral("field 'kind' must be callback, voicemail, eservice, "
                                                       "eservice_message or queue_rejection"));
    }
    e.kind = *k;
    switch (e.kind) {
    case FeedEvent::Kind::Callback:
        f.allowOnly({"kind", "external_id", "unit", "received_at", "patient", "phone", "queue", "booked_slot",
                     "requested_time"});
        break;
    case FeedEvent::Kind::Voicemail:
        f.allowOnly({"kind", "external_id", "unit", "received_at", "patient", "mailbox", "caller_phone",
                     "duration_ms", "audio", "audio_mime"});
        break;
    case FeedEvent::Kind::Eservice:
        f.allowOnly({"kind", "external_id", "unit", "received_at", "patient", "errand_type", "subject",
                     "body", "ombud", "ombud_name"});
        break;
    case FeedEvent::Kind::EserviceMessage:
        f.allowOnly({"kind", "external_id", "unit", "errand_external_id", "body", "sent_at"});
        break;
    case FeedEvent::Kind::QueueRejection:
        f.allowOnly({"kind", "external_id", "unit", "queue", "occurred_at", "caller_count"});
        break;
    }

    e.externalId = f.text("external_id", Need::Required);
    e.unitHsaId =
        f.text("unit", e.kind == FeedEvent::Kind::EserviceMessage ? Need::Optional : Need::Required);
    if (!f.failed() && !e.unitHsaId.isEmpty() && !m_units.contains(e.unitHsaId)) {
        f.fail("feed.unknown_unit", QStringLiteral("field 'unit' names no known care unit"));
    }
    if (e.isContact()) {
        e.receivedAt = f.time("received_at", Need::Required);
        const Need patientNeed = e.kind == FeedEvent::Kind::Eservice ? Need::Required : Need::Optional;
        if (const std::optional<QJsonObject> p = f.object("patient", patientNeed)) {
            Fields pf(*p, QStringLiteral("patient."), m_limits);
            pf.allowOnly({"id_type", "id_value", "name"});
            const QString type = pf.text("id_type", Need::Required);
            const QString value = pf.text("id_value", Need::Required);
            const QString patientName = pf.text("name", Need::Optional);
            std::optional<IdentityNumber::Type> t;
            if (!pf.failed() && !(t = IdentityNumber::typeFromName(type))) {
                pf.fail(
                    "feed.bad_value",
                    QStringLiteral(
                        "field 'patient.id_type' must be personnummer, samordningsnummer or reservnummer"));
            }
            if (!pf.failed()) {
                const QDate today = m_clock.now().toTimeZone(DeadlinePolicy::stockholm()).date();
                const Result<IdentityNumber> id =
                    IdentityNumber::parseTyped(*t, value, today, m_reservnummer);
                if (id) {
                    e.patient = FeedEvent::Patient{id.value(), patientName};
                } else {
                    pf.fail("feed.bad_identity",
                            QStringLiteral("field 'patient.id_value' ") + identityReason(id.error()));
                }
            }
            f.adopt(pf);
        }
    }

    switch (e.kind) {
    case FeedEvent::Kind::Callback:
        e.phone = phone(f, "phone", Need::Required);
        e.queue = f.text("queue", Need::Required);
        e.bookedSlot = f.time("booked_slot", Need::Optional);
        e.requestedTime = f.time("requested_time", Need::Optional);
        if (!f.failed() && e.bookedSlot.isValid() && e.bookedSlot < e.receivedAt) {
            f.fail("feed.bad_value", QStringLiteral("field 'booked_slot' lies before 'received_at'"));
        }
        break;
    case FeedEvent::Kind::Voicemail: {
        e.mailbox = f.text("mailbox", Need::Required);
        e.callerPhone = phone(f, "caller_phone", Need::Optional);
        e.durationMs = f.integer("duration_ms", Need::Required, 0, 3600 * 1000).value_or(0);
        const QString audio = f.text("audio", Need::Required, TextKind::Base64);
        if (!f.failed()) {
            const auto decoded64 =
                QByteArray::fromBase64Encoding(audio.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded64 || decoded64.decoded.isEmpty()) {
                f.fail("feed.bad_value", QStringLiteral("field 'audio' is not valid base64"));
            } else {
                e.audio = decoded64.decoded;
            }
        }
        e.audioMime = f.text("audio_mime", Need::Required);
        static const QRegularExpression mime(QStringLiteral("^audio/[a-z0-9.+-]{1,40}$"));
        if (!f.failed() && !mime.match(e.audioMime).hasMatch()) {
            f.fail("feed.bad_value",
                   QStringLiteral("field 'audio_mime' must be an audio type such as audio/wav"));
        }
        break;
    }
    case FeedEvent::Kind::Eservice:
        e.errandType = f.text("errand_type", Need::Required);
        e.subject = f.text("subject", Need::Required);
        e.body = f.text("body", Need::Required, TextKind::Body);
        e.ombud = f.boolean("ombud", Need::Optional).value_or(false);
        e.ombudName = f.text("ombud_name", Need::Optional);
        if (!f.failed() && !e.ombud && !e.ombudName.isEmpty()) {
            f.fail("feed.bad_value", QStringLiteral("field 'ombud_name' is given but 'ombud' is not true"));
        }
        break;
    case FeedEvent::Kind::EserviceMessage:
        e.errandExternalId = f.text("errand_external_id", Need::Required);
        e.body = f.text("body", Need::Required, TextKind::Body);
        e.sentAt = f.time("sent_at", Need::Required);
        e.receivedAt = e.sentAt;
        break;
    case FeedEvent::Kind::QueueRejection:
        e.queue = f.text("queue", Need::Required);
        e.occurredAt = f.time("occurred_at", Need::Required);
        e.receivedAt = e.occurredAt;
        e.callerCount = int(f.integer("caller_count", Need::Required, 0, 1000000).value_or(0));
        break;
    }
    if (f.failed()) {
        return f.error();
    }
    return e;
}

} // namespace vk
