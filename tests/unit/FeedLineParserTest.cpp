#include "feed/FeedLineParser.h"
#include "FixedClock.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using vk::FeedEvent;
using vk::FeedLineParser;

namespace {

const QString kUnit = QStringLiteral("SE2321000016-HC01");

class FeedLineParserTest : public testing::Test {
protected:
    vk::test::FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    FeedLineParser parser{{kUnit, QStringLiteral("SE2321000016-HC02")}, clock};

    static QJsonObject callback() {
        return QJsonObject{{u"kind"_qs, u"callback"_qs},
                           {u"external_id"_qs, u"teleq-0001"_qs},
                           {u"unit"_qs, kUnit},
                           {u"received_at"_qs, u"2026-11-23T09:30:00+01:00"_qs},
                           {u"patient"_qs, QJsonObject{{u"id_type"_qs, u"personnummer"_qs},
                                                       {u"id_value"_qs, u"640823-3234"_qs},
                                                       {u"name"_qs, u"Test Testsson"_qs}}},
                           {u"phone"_qs, u"070-123 45 67"_qs},
                           {u"queue"_qs, QString::fromUtf8("Rådgivning")}};
    }
    static QJsonObject voicemail() {
        return QJsonObject{{u"kind"_qs, u"voicemail"_qs},
                           {u"external_id"_qs, u"vm-0001"_qs},
                           {u"unit"_qs, kUnit},
                           {u"received_at"_qs, u"2026-11-23T07:12:09Z"_qs},
                           {u"mailbox"_qs, u"Recept"_qs},
                           {u"caller_phone"_qs, u"+46701234567"_qs},
                           {u"duration_ms"_qs, 4200},
                           {u"audio"_qs, QString::fromLatin1(QByteArray("RIFF....WAVEfmt ").toBase64())},
                           {u"audio_mime"_qs, u"audio/wav"_qs}};
    }
    static QJsonObject eservice() {
        return QJsonObject{{u"kind"_qs, u"eservice"_qs},
                           {u"external_id"_qs, u"1177-0001"_qs},
                           {u"unit"_qs, kUnit},
                           {u"received_at"_qs, u"2026-11-23T08:01:00.250+01:00"_qs},
                           {u"patient"_qs, QJsonObject{{u"id_type"_qs, u"samordningsnummer"_qs},
                                                       {u"id_value"_qs, u"197010632391"_qs}}},
                           {u"errand_type"_qs, u"Förnya recept"_qs},
                           {u"subject"_qs, u"Förnya recept"_qs},
                           {u"body"_qs, u"Hej!\n\tJag behöver förnya mitt recept."_qs},
                           {u"ombud"_qs, false}};
    }

    vk::Result<FeedEvent> parse(const QJsonObject& o) const {
        return parser.parse(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    static QJsonObject with(QJsonObject o, const QString& key, const QJsonValue& value) {
        if (value.isUndefined()) {
            o.remove(key);
        } else {
            o.insert(key, value);
        }
        return o;
    }
    std::string codeOf(const QJsonObject& o) const {
        const auto r = parse(o);
        return r.ok() ? "ok" : r.error().code.toStdString();
    }
    std::string reasonOf(const QJsonObject& o) const {
        const auto r = parse(o);
        return r.ok() ? "ok" : r.error().message.toStdString();
    }
};

} // namespace

TEST_F(FeedLineParserTest, ParsesACallbackAndNormalisesTheIdentityNumber) {
    const auto r = parse(callback());
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->kind, FeedEvent::Kind::Callback);
    EXPECT_EQ(r->externalId, u"teleq-0001"_qs);
    EXPECT_EQ(r->unitHsaId, kUnit);
    EXPECT_EQ(r->receivedAt, QDateTime(QDate(2026, 11, 23), QTime(8, 30), Qt::UTC));
    ASSERT_TRUE(r->patient.has_value());
    EXPECT_EQ(r->patient->id.value(), u"196408233234"_qs);
    EXPECT_EQ(r->patient->name, u"Test Testsson"_qs);
    EXPECT_EQ(r->queue, QString::fromUtf8("Rådgivning"));
    EXPECT_FALSE(r->bookedSlot.isValid());

    const QJsonObject ingest = r->toIngestJson();
    EXPECT_EQ(ingest.value(u"patient"_qs).toObject().value(u"id_value"_qs).toString(), u"196408233234"_qs);
    EXPECT_EQ(ingest.value(u"received_at"_qs).toString(), u"2026-11-23T08:30:00.000Z"_qs);
}

TEST_F(FeedLineParserTest, ParsesEveryKind) {
    const auto vm = parse(voicemail());
    ASSERT_TRUE(vm.ok()) << vm.error().message.toStdString();
    EXPECT_EQ(vm->audio, QByteArray("RIFF....WAVEfmt "));
    EXPECT_EQ(vm->durationMs, 4200);
    EXPECT_FALSE(vm->patient.has_value());

    const auto es = parse(eservice());
    ASSERT_TRUE(es.ok()) << es.error().message.toStdString();
    EXPECT_EQ(es->patient->id.type(), vk::IdentityNumber::Type::Samordningsnummer);
    EXPECT_EQ(es->receivedAt, QDateTime(QDate(2026, 11, 23), QTime(7, 1, 0, 250), Qt::UTC));
    EXPECT_TRUE(es->body.contains(u'\n'));

    const auto msg =
        parser.parse(R"({"kind":"eservice_message","external_id":"1177-0001-m2",)"
                     R"("errand_external_id":"1177-0001","body":"Tack!","sent_at":"2026-11-23T10:00:00Z"})");
    ASSERT_TRUE(msg.ok()) << msg.error().message.toStdString();
    EXPECT_EQ(msg->errandExternalId, u"1177-0001"_qs);
    EXPECT_TRUE(msg->unitHsaId.isEmpty());

    const auto rej =
        parser.parse(R"({"kind":"queue_rejection","external_id":"qr-1","unit":"SE2321000016-HC02",)"
                     R"("queue":"Recept","occurred_at":"2026-11-23T10:00:00+01:00","caller_count":12})");
    ASSERT_TRUE(rej.ok()) << rej.error().message.toStdString();
    EXPECT_EQ(rej->callerCount, 12);
    EXPECT_FALSE(rej->isContact());
}

TEST_F(FeedLineParserTest, FeedJsonRoundTrips) {
    for (const QJsonObject& o : {callback(), voicemail(), eservice()}) {
        const auto first = parse(o);
        ASSERT_TRUE(first.ok());
        const auto second = parse(first->toFeedJson());
        ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
        EXPECT_EQ(second->toFeedJson(), first->toFeedJson());
        EXPECT_FALSE(first->toFeedJson().contains(u"due_at"_qs));
    }
}

TEST_F(FeedLineParserTest, RefusesBrokenLines) {
    EXPECT_EQ(parser.parse("{\"kind\": \"callback\", ").error().code, u"feed.bad_json"_qs);
    EXPECT_EQ(parser.parse("not json at all").error().code, u"feed.bad_json"_qs);
    EXPECT_EQ(parser.parse("[1,2,3]").error().code, u"feed.not_object"_qs);
    EXPECT_EQ(parser.parse("\"text\"").error().code, u"feed.bad_json"_qs);
    EXPECT_EQ(parser.parse("{\"kind\":\"callback\",\"x\":\"\xC3\x28\"}").error().code,
              u"feed.bad_encoding"_qs);
    // A raw control character inside a JSON string is not JSON; Qt's parser takes it, the field check does
    // not.
    EXPECT_EQ(parser
                  .parse("{\"kind\":\"call\x01"
                         "back\"}")
                  .error()
                  .code,
              u"feed.control_character"_qs);
    EXPECT_EQ(codeOf(with(callback(), u"kind"_qs, u"fax"_qs)), "feed.bad_value");
    EXPECT_EQ(codeOf(with(callback(), u"kind"_qs, 7)), "feed.wrong_type");
    EXPECT_EQ(codeOf(with(callback(), u"colour"_qs, u"blue"_qs)), "feed.unknown_field");
    EXPECT_EQ(reasonOf(with(callback(), u"colour"_qs, u"blue"_qs)), "unknown field 'colour'");
    EXPECT_EQ(codeOf(with(callback(), u"due_at"_qs, u"2026-11-23T09:30:00Z"_qs)), "feed.unknown_field");
    // A CRLF line end is fine.
    EXPECT_TRUE(
        parser.parse(QByteArray(QJsonDocument(callback()).toJson(QJsonDocument::Compact) + "\r")).ok());
}

TEST_F(FeedLineParserTest, RequiresTheFieldsOfEachKind) {
    for (const char* key : {"external_id", "unit", "received_at", "phone", "queue"}) {
        EXPECT_EQ(codeOf(with(callback(), QString::fromLatin1(key), QJsonValue::Undefined)),
                  "feed.missing_field")
            << key;
    }
    EXPECT_EQ(reasonOf(with(callback(), u"phone"_qs, QJsonValue::Undefined)), "field 'phone' is missing");
    for (const char* key : {"mailbox", "duration_ms", "audio", "audio_mime"}) {
        EXPECT_EQ(codeOf(with(voicemail(), QString::fromLatin1(key), QJsonValue::Undefined)),
                  "feed.missing_field")
            << key;
    }
    for (const char* key : {"patient", "errand_type", "subject", "body"}) {
        EXPECT_EQ(codeOf(with(eservice(), QString::fromLatin1(key), QJsonValue::Undefined)),
                  "feed.missing_field")
            << key;
    }
    EXPECT_EQ(codeOf(with(callback(), u"queue"_qs, u"  "_qs)), "feed.empty_field");
    EXPECT_EQ(codeOf(with(callback(), u"queue"_qs, QJsonValue::Null)), "feed.missing_field");
    EXPECT_TRUE(parse(with(callback(), u"patient"_qs, QJsonValue::Undefined)).ok())
        << "callers may be anonymous";
    EXPECT_TRUE(parse(with(voicemail(), u"caller_phone"_qs, QJsonValue::Undefined)).ok()) << "hidden number";
}

TEST_F(FeedLineParserTest, ChecksIdentityNumbersWithoutQuotingThem) {
    const auto bad = [&](const QString& type, const QString& value) {
        return parse(
            with(callback(), u"patient"_qs, QJsonObject{{u"id_type"_qs, type}, {u"id_value"_qs, value}}));
    };
    const auto checksum = bad(u"personnummer"_qs, u"640823-3235"_qs);
    ASSERT_FALSE(checksum.ok());
    EXPECT_EQ(checksum.error().code, u"feed.bad_identity"_qs);
    EXPECT_EQ(checksum.error().message, u"field 'patient.id_value' has a wrong check digit"_qs);
    EXPECT_EQ(bad(u"personnummer"_qs, u"641323-3230"_qs).error().code, u"feed.bad_identity"_qs);
    EXPECT_FALSE(bad(u"personnummer"_qs, u"641323-3230"_qs).error().message.contains(u"6413"_qs));
    EXPECT_EQ(bad(u"personnummer"_qs, u"701063-2391"_qs).error().code, u"feed.bad_identity"_qs)
        << "type mismatch";
    EXPECT_EQ(bad(u"passport"_qs, u"640823-3234"_qs).error().code, u"feed.bad_value"_qs);
    EXPECT_TRUE(bad(u"reservnummer"_qs, u"19640823-K123"_qs).ok());
    EXPECT_EQ(bad(u"reservnummer"_qs, u"196408233234"_qs).error().code, u"feed.bad_identity"_qs);
    EXPECT_EQ(parse(with(callback(), u"patient"_qs,
                         QJsonObject{{u"id_type"_qs, u"personnummer"_qs},
                                     {u"id_value"_qs, u"640823-3234"_qs},
                                     {u"age"_qs, 62}}))
                  .error()
                  .message,
              u"unknown field 'patient.age'"_qs);
}

TEST_F(FeedLineParserTest, RefusesUnknownUnits) {
    const auto r = parse(with(callback(), u"unit"_qs, u"SE2321000016-XXXX"_qs));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, u"feed.unknown_unit"_qs);
    EXPECT_FALSE(r.error().message.contains(u"XXXX"_qs));
}

TEST_F(FeedLineParserTest, EnforcesSizeLimits) {
    const QString oneMegabyte(1024 * 1024, u'a');
    const auto big = parse(with(eservice(), u"body"_qs, oneMegabyte));
    ASSERT_FALSE(big.ok());
    EXPECT_EQ(big.error().code, u"feed.too_long"_qs);
    EXPECT_EQ(big.error().message, u"field 'body' is 1048576 bytes; the limit is 65536 bytes"_qs);
    EXPECT_TRUE(parse(with(eservice(), u"body"_qs, QString(64 * 1024, u'a'))).ok());
    // 64 KiB counts bytes: 32 Ki of "ö" is 64 KiB of UTF-8, one more is too much.
    EXPECT_TRUE(parse(with(eservice(), u"body"_qs, QString(32 * 1024, QChar(0xF6)))).ok());
    EXPECT_FALSE(parse(with(eservice(), u"body"_qs, QString(32 * 1024 + 1, QChar(0xF6)))).ok());

    EXPECT_TRUE(parse(with(eservice(), u"subject"_qs, QString(200, u'x'))).ok());
    EXPECT_EQ(codeOf(with(eservice(), u"subject"_qs, QString(201, u'x'))), "feed.too_long");
    // Characters, not UTF-16 units: 200 emoji are 200 characters.
    QString emoji;
    for (int i = 0; i < 200; ++i) {
        emoji += QString::fromUtf8("\xF0\x9F\x98\x80");
    }
    EXPECT_TRUE(parse(with(eservice(), u"subject"_qs, emoji)).ok());

    const QByteArray hugeLine = QByteArray("{\"kind\":\"voicemail\",\"audio\":\"") +
                                QByteArray(8 * 1024 * 1024, 'A') + QByteArray("\"}");
    const auto huge = parser.parse(hugeLine);
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error().code, u"feed.line_too_long"_qs);

    FeedLineParser strict({kUnit}, clock, {}, FeedLineParser::Limits{1000, 10, 5});
    EXPECT_EQ(strict.limits().maxBodyBytes, 10);
    EXPECT_EQ(strict.parse(QJsonDocument(callback()).toJson(QJsonDocument::Compact)).error().code,
              u"feed.too_long"_qs)
        << "the patient name is longer than 5";
}

TEST_F(FeedLineParserTest, RefusesControlCharacters) {
    EXPECT_EQ(codeOf(with(eservice(), u"subject"_qs, u"Hej\u0007"_qs)), "feed.control_character");
    EXPECT_EQ(reasonOf(with(eservice(), u"subject"_qs, u"Hej\u0007"_qs)),
              "field 'subject' contains a control character (U+0007)");
    EXPECT_EQ(codeOf(with(eservice(), u"subject"_qs, u"two\nlines"_qs)), "feed.control_character");
    EXPECT_EQ(codeOf(with(eservice(), u"body"_qs, u"carriage\rreturn"_qs)), "feed.control_character");
    EXPECT_EQ(codeOf(with(eservice(), u"body"_qs, u"nul\u0000"_qs)), "feed.control_character");
    EXPECT_EQ(codeOf(with(eservice(), u"body"_qs, u"c1 \u0085"_qs)), "feed.control_character");
    EXPECT_EQ(codeOf(with(eservice(), u"body"_qs, u"bidi \u202Eevil"_qs)), "feed.control_character");
    EXPECT_EQ(codeOf(with(callback(), u"queue"_qs, u"tab\there"_qs)), "feed.control_character");
    EXPECT_TRUE(parse(with(eservice(), u"body"_qs, u"ok\n\ttabbed"_qs)).ok());
}

TEST_F(FeedLineParserTest, TimestampsNeedAnOffset) {
    EXPECT_EQ(codeOf(with(callback(), u"received_at"_qs, u"2026-11-23T09:30:00"_qs)), "feed.bad_time");
    EXPECT_EQ(codeOf(with(callback(), u"received_at"_qs, u"2026-11-23 09:30:00Z"_qs)), "feed.bad_time");
    EXPECT_EQ(codeOf(with(callback(), u"received_at"_qs, u"23/11/2026 09:30"_qs)), "feed.bad_time");
    EXPECT_EQ(codeOf(with(callback(), u"received_at"_qs, u"2026-02-30T09:30:00Z"_qs)), "feed.bad_time");
    EXPECT_EQ(codeOf(with(callback(), u"received_at"_qs, u"2026-11-23T24:30:00Z"_qs)), "feed.bad_time");
    EXPECT_EQ(codeOf(with(callback(), u"received_at"_qs, u"2026-11-23T09:30:00+19:00"_qs)), "feed.bad_time");
    EXPECT_EQ(codeOf(with(callback(), u"received_at"_qs, 1764000000)), "feed.wrong_type");
    const auto minutes = parse(with(callback(), u"received_at"_qs, u"2026-11-23T09:30-0230"_qs));
    ASSERT_TRUE(minutes.ok());
    EXPECT_EQ(minutes->receivedAt, QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
    const auto booked = parse(with(callback(), u"booked_slot"_qs, u"2026-11-23T13:00:00+01:00"_qs));
    ASSERT_TRUE(booked.ok());
    EXPECT_EQ(booked->bookedSlot, QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
    EXPECT_EQ(reasonOf(with(callback(), u"booked_slot"_qs, u"2026-11-23T09:00:00+01:00"_qs)),
              "field 'booked_slot' lies before 'received_at'");
}

TEST_F(FeedLineParserTest, ChecksValuesOfEachKind) {
    EXPECT_EQ(codeOf(with(callback(), u"phone"_qs, u"call me"_qs)), "feed.bad_value");
    EXPECT_EQ(codeOf(with(callback(), u"phone"_qs, u"--"_qs)), "feed.bad_value");
    EXPECT_EQ(codeOf(with(voicemail(), u"duration_ms"_qs, 1.5)), "feed.bad_value");
    EXPECT_EQ(codeOf(with(voicemail(), u"duration_ms"_qs, -1)), "feed.bad_value");
    EXPECT_EQ(codeOf(with(voicemail(), u"duration_ms"_qs, u"4200"_qs)), "feed.bad_value");
    EXPECT_EQ(codeOf(with(voicemail(), u"audio"_qs, u"not base64!"_qs)), "feed.bad_value");
    EXPECT_EQ(codeOf(with(voicemail(), u"audio_mime"_qs, u"text/html"_qs)), "feed.bad_value");
    EXPECT_EQ(codeOf(with(eservice(), u"ombud"_qs, u"yes"_qs)), "feed.wrong_type");
    EXPECT_EQ(codeOf(with(eservice(), u"ombud_name"_qs, u"Anna Andersson"_qs)), "feed.bad_value");
    EXPECT_TRUE(
        parse(with(with(eservice(), u"ombud"_qs, true), u"ombud_name"_qs, u"Anna Andersson"_qs)).ok());
    EXPECT_EQ(codeOf(with(callback(), u"patient"_qs, u"640823-3234"_qs)), "feed.wrong_type");
}
