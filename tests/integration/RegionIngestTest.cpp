// region.ingest: idempotent by external_id, validates again on the server, feed logins may only ingest, and a
// new contact wakes listening desks through NOTIFY.
#include "RegionTestDatabase.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <poll.h>

using namespace vk;
using namespace vk::test;

namespace {

class RegionIngest : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_unit = m_db->createUnit(QStringLiteral("A"));
    }

    // Ingests as the admin and returns the SQLSTATE ("" on success) and the server message.
    std::pair<QString, QString> tryIngest(const QJsonObject& event) {
        Result<PgResult> result =
            m_db->admin().exec(QStringLiteral("SELECT region.ingest($1::jsonb)"), {PgParam(event)});
        return {m_db->admin().lastSqlState(), m_db->admin().lastServerMessage()};
    }

    QJsonObject callback(const QString& externalId) const {
        return {{QStringLiteral("kind"), QStringLiteral("callback")},
                {QStringLiteral("external_id"), externalId},
                {QStringLiteral("unit"), m_db->unitHsaId(QStringLiteral("A"))},
                {QStringLiteral("received_at"), QStringLiteral("2026-11-23T08:00:00Z")},
                {QStringLiteral("due_at"), QStringLiteral("2026-11-23T16:00:00Z")},
                {QStringLiteral("phone"), QStringLiteral("070-1234567")},
                {QStringLiteral("queue"), QStringLiteral("Rådgivning")},
                {QStringLiteral("patient"),
                 QJsonObject{{QStringLiteral("id_type"), QStringLiteral("personnummer")},
                             {QStringLiteral("id_value"), QStringLiteral("196408233234")},
                             {QStringLiteral("name"), QStringLiteral("Test Testsson")}}}};
    }

    std::unique_ptr<RegionTestDatabase> m_db;
    QUuid m_unit;
};

} // namespace

TEST_F(RegionIngest, SameExternalIdIsADuplicateWithTheSameId) {
    Result<PgResult> first = m_db->admin().exec(QStringLiteral("SELECT region.ingest($1::jsonb)"),
                                                {PgParam(callback(QStringLiteral("x1")))});
    ASSERT_TRUE(first.ok()) << m_db->admin().lastServerMessage().toStdString();
    Result<PgResult> second = m_db->admin().exec(QStringLiteral("SELECT region.ingest($1::jsonb)"),
                                                 {PgParam(callback(QStringLiteral("x1")))});
    ASSERT_TRUE(second.ok());
    const QJsonObject a = first->json(0, 0).toObject();
    const QJsonObject b = second->json(0, 0).toObject();
    EXPECT_EQ(a.value(QLatin1String("status")).toString(), QStringLiteral("inserted"));
    EXPECT_EQ(b.value(QLatin1String("status")).toString(), QStringLiteral("duplicate"));
    EXPECT_EQ(a.value(QLatin1String("id")), b.value(QLatin1String("id")));
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.contacts")), 1);
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.patients")), 1);
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.callback_requests")), 1);
}

TEST_F(RegionIngest, InvalidEventsAreRefusedNamingTheFieldNotTheValue) {
    QJsonObject badNumber = callback(QStringLiteral("bad1"));
    badNumber.insert(QStringLiteral("patient"),
                     QJsonObject{{QStringLiteral("id_type"), QStringLiteral("personnummer")},
                                 {QStringLiteral("id_value"), QStringLiteral("196408233235")}});
    auto [state, message] = tryIngest(badNumber);
    EXPECT_EQ(state, QStringLiteral("22023"));
    EXPECT_TRUE(message.contains(QLatin1String("patient.id_value"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QLatin1String("196408233235")));

    QJsonObject unknownUnit = callback(QStringLiteral("bad2"));
    unknownUnit.insert(QStringLiteral("unit"), QStringLiteral("SE-nowhere"));
    EXPECT_EQ(tryIngest(unknownUnit).first, QStringLiteral("22023"));

    QJsonObject controlCharacters = callback(QStringLiteral("bad3"));
    controlCharacters.insert(QStringLiteral("queue"), QStringLiteral("R\u0007d"));
    EXPECT_EQ(tryIngest(controlCharacters).first, QStringLiteral("22023"));

    QJsonObject errandWithoutPatient{{QStringLiteral("kind"), QStringLiteral("eservice")},
                                     {QStringLiteral("external_id"), QStringLiteral("bad4")},
                                     {QStringLiteral("unit"), m_db->unitHsaId(QStringLiteral("A"))},
                                     {QStringLiteral("received_at"), QStringLiteral("2026-11-23T08:00:00Z")},
                                     {QStringLiteral("due_at"), QStringLiteral("2026-11-24T08:00:00Z")},
                                     {QStringLiteral("errand_type"), QStringLiteral("Förnya recept")},
                                     {QStringLiteral("body"), QStringLiteral("Hej")}};
    EXPECT_EQ(tryIngest(errandWithoutPatient).first, QStringLiteral("22023"));

    QJsonObject tooBig = errandWithoutPatient;
    tooBig.insert(QStringLiteral("patient"), callback(QString()).value(QLatin1String("patient")));
    tooBig.insert(QStringLiteral("body"), QString(65537, QLatin1Char('x')));
    auto [bigState, bigMessage] = tryIngest(tooBig);
    EXPECT_EQ(bigState, QStringLiteral("22023"));
    EXPECT_TRUE(bigMessage.contains(QLatin1String("body"))) << bigMessage.toStdString();

    QJsonObject noOffset = callback(QStringLiteral("bad5"));
    noOffset.insert(QStringLiteral("received_at"), QStringLiteral("2026-11-23T08:00:00"));
    EXPECT_EQ(tryIngest(noOffset).first, QStringLiteral("22023"));

    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.contacts")), 0);
}

TEST_F(RegionIngest, EveryKindLandsWithItsDetails) {
    const QByteArray audio("RIFF\x00\x01\x02\xff wave bytes", 20);
    const QUuid voicemail = m_db->ingest(QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("voicemail")},
                                  {QStringLiteral("external_id"), QStringLiteral("vm1")},
                                  {QStringLiteral("unit"), m_db->unitHsaId(QStringLiteral("A"))},
                                  {QStringLiteral("received_at"), QStringLiteral("2026-11-23T07:00:00Z")},
                                  {QStringLiteral("due_at"), QStringLiteral("2026-11-23T16:00:00Z")},
                                  {QStringLiteral("mailbox"), QStringLiteral("Recept")},
                                  {QStringLiteral("caller_phone"), QStringLiteral("070-7654321")},
                                  {QStringLiteral("duration_ms"), 4200},
                                  {QStringLiteral("audio"), QString::fromLatin1(audio.toBase64())},
                                  {QStringLiteral("audio_mime"), QStringLiteral("audio/wav")}})
            .toJson(QJsonDocument::Compact)));
    ASSERT_FALSE(voicemail.isNull());
    Result<PgResult> stored = m_db->admin().exec(
        QStringLiteral("SELECT audio, duration_ms FROM region.voicemails WHERE contact_id = $1"),
        {voicemail});
    ASSERT_TRUE(stored.ok() && stored->rows() == 1);
    EXPECT_EQ(stored->bytea(0, 0), audio);
    EXPECT_EQ(stored->integer(0, 1), 4200);

    const QUuid errand = m_db->ingest(
        QStringLiteral(
            R"({"kind":"eservice","external_id":"es1","unit":"%1","received_at":"2026-11-23T08:00:00Z",)"
            R"("due_at":"2026-11-24T08:00:00Z","errand_type":"Förnya recept","subject":"Recept","body":"Hej\nTack",)"
            R"("ombud":true,"ombud_name":"Förälder","patient":{"id_type":"samordningsnummer","id_value":"197010632391"}})")
            .arg(m_db->unitHsaId(QStringLiteral("A"))));
    ASSERT_FALSE(errand.isNull());
    const QUuid message = m_db->ingest(QStringLiteral(
        R"({"kind":"eservice_message","external_id":"es1-m2","errand_external_id":"es1","body":"En sak till",)"
        R"("sent_at":"2026-11-23T09:00:00+01:00"})"));
    ASSERT_FALSE(message.isNull());
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral("SELECT count(*) FROM region.eservice_messages WHERE contact_id = $1"),
                     {errand}),
              2);
    EXPECT_EQ(
        scalar(m_db->admin(),
               QStringLiteral("SELECT count(*) FROM region.contacts WHERE id = $1 AND identity_verified"),
               {errand}),
        1);

    const QUuid rejection = m_db->ingest(
        QStringLiteral(R"({"kind":"queue_rejection","external_id":"qr1","unit":"%1","queue":"Rådgivning",)"
                       R"("occurred_at":"2026-11-23T09:00:00Z","caller_count":12})")
            .arg(m_db->unitHsaId(QStringLiteral("A"))));
    ASSERT_FALSE(rejection.isNull());
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT caller_count FROM region.queue_rejections")), 12);
}

TEST_F(RegionIngest, FeedLoginMayIngestAndNothingElse) {
    const QString feed = m_db->addFeedLogin();
    Result<PgConnection> connection = m_db->connectAs(feed);
    ASSERT_TRUE(connection.ok()) << connection.error().message.toStdString();
    Result<PgResult> ingested = connection->exec(QStringLiteral("SELECT region.ingest($1::jsonb)"),
                                                 {PgParam(callback(QStringLiteral("f1")))});
    ASSERT_TRUE(ingested.ok()) << connection->lastServerMessage().toStdString();
    Result<PgResult> read = connection->exec(QStringLiteral("SELECT count(*) FROM region.contacts"));
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, QStringLiteral("region.permission_denied"));
    EXPECT_FALSE(
        connection->exec(QStringLiteral("SELECT region.apply_mutation(gen_random_uuid(), 'claim', '{}')"))
            .ok());
    EXPECT_EQ(connection->lastSqlState(), QStringLiteral("42501"));
    EXPECT_FALSE(connection->exec(QStringLiteral("SELECT region.bump_epoch()")).ok());
    EXPECT_EQ(connection->lastSqlState(), QStringLiteral("42501"));
}

TEST_F(RegionIngest, NewContactWakesAListeningDesk) {
    const QString nurse =
        m_db->addStaff(QStringLiteral("Anna Lind"), QStringLiteral("A"), QStringLiteral("nurse"));
    Result<PgConnection> desk = m_db->connectAs(nurse);
    ASSERT_TRUE(desk.ok());
    ASSERT_TRUE(desk->listen(QStringLiteral("vardinkorg_changes")).ok());

    (void)m_db->ingestCallback(QStringLiteral("A"));

    QList<PgNotification> received;
    const QDeadlineTimer deadline(10000);
    while (received.isEmpty() && !deadline.hasExpired()) {
        pollfd descriptor{desk->socket(), POLLIN, 0};
        ::poll(&descriptor, 1, static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
        Result<QList<PgNotification>> batch = desk->notifications();
        ASSERT_TRUE(batch.ok());
        received += batch.value();
    }
    ASSERT_FALSE(received.isEmpty()) << "no notification within 10 s";
    EXPECT_EQ(received.first().channel, QStringLiteral("vardinkorg_changes"));
    EXPECT_EQ(received.first().payload, uuidText(m_unit));
}
