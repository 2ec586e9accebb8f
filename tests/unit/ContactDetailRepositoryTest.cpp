#include "item/ContactDetailRepository.h"
#include "FixedClock.h"
#include "TestCache.h"
#include "sync/DeskActions.h"

#include <gtest/gtest.h>

namespace {

const QDateTime Now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

struct Fixture {
    vk::test::TestCache cache;
    vk::ContactDetailRepository repository{cache.db()};

    Fixture() {
        cache.seedReferenceData();
        cache.exec(QStringLiteral("INSERT INTO patients (id, id_type, id_value, name, phone) VALUES "
                                  "('p1', 'personnummer', '196408233234', 'Åsa Lindqvist', '+46705550101')"));
    }
};

} // namespace

TEST(ContactDetailRepository, LoadsACallbackWithPatientUnitHolderAndAttempts) {
    Fixture f;
    f.cache.addContact(QStringLiteral("c1"), QStringLiteral("callback"),
                       QStringLiteral("2026-11-23T15:30:00.000Z"), QStringLiteral("u1"),
                       QStringLiteral("p1"));
    f.cache.exec(QStringLiteral("UPDATE callback_requests SET booked_slot = '2026-11-23T13:00:00.000Z', "
                                "requested_time = 'efter lunch' WHERE contact_id = 'c1'"));
    f.cache.exec(QStringLiteral("UPDATE units SET max_callback_attempts = 4"));
    vk::test::FixedClock clock(Now);
    vk::DeskActions actions(f.cache.db(), clock, QStringLiteral("s1"));
    ASSERT_TRUE(actions.claim(QStringLiteral("c1")).ok());
    ASSERT_TRUE(
        actions.logAttempt(QStringLiteral("c1"), QStringLiteral("busy"), QStringLiteral("upptaget")).ok());
    clock.advance(600);
    ASSERT_TRUE(actions.logAttempt(QStringLiteral("c1"), QStringLiteral("answered")).ok());

    const vk::Result<vk::ContactDetail> loaded = f.repository.load(QStringLiteral("c1"));
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    const vk::ContactDetail& d = loaded.value();
    EXPECT_EQ(d.channel, vk::Channel::Callback);
    EXPECT_EQ(d.status, vk::ContactStatus::Claimed);
    EXPECT_EQ(d.unitName, QStringLiteral("Hälsocentral Norrmalm"));
    EXPECT_EQ(d.maxCallbackAttempts, 4);
    EXPECT_EQ(d.holderId, QStringLiteral("s1"));
    EXPECT_EQ(d.holderName, QStringLiteral("Anna Lind"));
    EXPECT_TRUE(d.tentative);
    EXPECT_FALSE(d.identityVerified);
    EXPECT_EQ(d.dueMs, QDateTime(QDate(2026, 11, 23), QTime(15, 30), Qt::UTC).toMSecsSinceEpoch());
    ASSERT_TRUE(d.patient.has_value());
    EXPECT_EQ(d.patient->name, QStringLiteral("Åsa Lindqvist"));
    EXPECT_EQ(d.patient->idType, QStringLiteral("personnummer"));
    EXPECT_EQ(d.patient->idValue, QStringLiteral("196408233234"));
    EXPECT_EQ(d.patient->phone, QStringLiteral("+46705550101"));
    ASSERT_TRUE(d.callback.has_value());
    EXPECT_EQ(d.callback->phone, QStringLiteral("+46701234567"));
    EXPECT_EQ(d.callback->bookedSlotMs,
              QDateTime(QDate(2026, 11, 23), QTime(13, 0), Qt::UTC).toMSecsSinceEpoch());
    EXPECT_EQ(d.callback->requestedTime, QStringLiteral("efter lunch"));
    EXPECT_FALSE(d.voicemail.has_value());
    EXPECT_FALSE(d.errand.has_value());
    ASSERT_EQ(d.attempts.size(), 2U);
    EXPECT_EQ(d.attempts[0].outcome, QStringLiteral("busy"));
    EXPECT_EQ(d.attempts[0].note, QStringLiteral("upptaget"));
    EXPECT_EQ(d.attempts[0].staffName, QStringLiteral("Anna Lind"));
    EXPECT_EQ(d.attempts[0].atMs, Now.toMSecsSinceEpoch());
    EXPECT_EQ(d.attempts[1].outcome, QStringLiteral("answered"));
    EXPECT_EQ(d.failedAttempts(), 1);
    EXPECT_EQ(d.phoneToCall(), QStringLiteral("+46701234567"));
}

TEST(ContactDetailRepository, LoadsAVoicemailWithItsAudioBytes) {
    Fixture f;
    f.cache.addContact(QStringLiteral("v1"), QStringLiteral("voicemail"),
                       QStringLiteral("2026-11-23T15:30:00.000Z"));
    const QByteArray audio = QByteArray("RIFF") + QByteArray(5000, '\x01') + QByteArray(1, '\0');
    f.cache.exec(
        QStringLiteral("INSERT INTO voicemails (contact_id, mailbox, caller_phone, duration_ms, audio, "
                       "audio_mime) VALUES ('v1', 'Receptlinjen', '+46701112233', 14500, ?, "
                       "'audio/wav')"),
        {audio});
    const vk::Result<vk::ContactDetail> loaded = f.repository.load(QStringLiteral("v1"));
    ASSERT_TRUE(loaded.ok());
    EXPECT_FALSE(loaded->patient.has_value()) << "an unidentified caller has no patient";
    ASSERT_TRUE(loaded->voicemail.has_value());
    EXPECT_EQ(loaded->voicemail->mailbox, QStringLiteral("Receptlinjen"));
    EXPECT_EQ(loaded->voicemail->callerPhone, QStringLiteral("+46701112233"));
    EXPECT_EQ(loaded->voicemail->durationMs, 14500);
    EXPECT_EQ(loaded->voicemail->audio, audio);
    EXPECT_EQ(loaded->voicemail->audioMime, QStringLiteral("audio/wav"));
    EXPECT_EQ(loaded->phoneToCall(), QStringLiteral("+46701112233"));
}

TEST(ContactDetailRepository, LoadsAnErrandWithOmbudAndTheThreadInOrder) {
    Fixture f;
    f.cache.addContact(QStringLiteral("e1"), QStringLiteral("eservice"),
                       QStringLiteral("2026-11-24T09:00:00.000Z"), QStringLiteral("u1"),
                       QStringLiteral("p1"));
    f.cache.exec(QStringLiteral("INSERT INTO eservice_errands (contact_id, errand_type, ombud, ombud_name) "
                                "VALUES ('e1', 'Kontakta mig', 1, 'Per Lindqvist')"));
    f.cache.exec(
        QStringLiteral("INSERT INTO eservice_messages (id, contact_id, direction, author_staff_id, body, "
                       "sent_at) VALUES ('m2', 'e1', 'out', 's1', 'Vi ringer i eftermiddag.', "
                       "'2026-11-23T10:00:00.000Z'), ('m1', 'e1', 'in', NULL, 'Min son har feber.', "
                       "'2026-11-23T08:00:00.000Z')"));
    const vk::Result<vk::ContactDetail> loaded = f.repository.load(QStringLiteral("e1"));
    ASSERT_TRUE(loaded.ok());
    EXPECT_TRUE(loaded->identityVerified) << "1177 patients log in with BankID";
    ASSERT_TRUE(loaded->errand.has_value());
    EXPECT_EQ(loaded->errand->type, QStringLiteral("Kontakta mig"));
    EXPECT_TRUE(loaded->errand->ombud);
    EXPECT_EQ(loaded->errand->ombudName, QStringLiteral("Per Lindqvist"));
    ASSERT_EQ(loaded->errand->messages.size(), 2U);
    EXPECT_EQ(loaded->errand->messages[0].id, QStringLiteral("m1"));
    EXPECT_FALSE(loaded->errand->messages[0].outgoing);
    EXPECT_EQ(loaded->errand->messages[1].authorName, QStringLiteral("Anna Lind"));
    EXPECT_TRUE(loaded->errand->messages[1].outgoing);
    EXPECT_EQ(loaded->phoneToCall(), QStringLiteral("+46705550101")) << "Kontakta mig: the patient's phone";
}

TEST(ContactDetailRepository, ClosedContactShowsCodeOutcomeAndForwardTarget) {
    Fixture f;
    f.cache.exec(QStringLiteral("INSERT INTO units (id, hsa_id, name, kind) VALUES ('u2', 'h-u2', "
                                "'Diabetesmottagningen', 'specialist')"));
    f.cache.addContact(QStringLiteral("c1"), QStringLiteral("callback"),
                       QStringLiteral("2026-11-23T15:30:00.000Z"));
    f.cache.exec(QStringLiteral("UPDATE contacts SET status = 'forwarded', forwarded_to = 'u2', "
                                "outcome = 'Remiss skickad' WHERE id = 'c1'"));
    const vk::Result<vk::ContactDetail> loaded = f.repository.load(QStringLiteral("c1"));
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->status, vk::ContactStatus::Forwarded);
    EXPECT_EQ(loaded->forwardedToName, QStringLiteral("Diabetesmottagningen"));
    EXPECT_EQ(loaded->outcome, QStringLiteral("Remiss skickad"));
}

TEST(ContactDetailRepository, UnknownContactIsAnErrorInWords) {
    Fixture f;
    const vk::Result<vk::ContactDetail> loaded = f.repository.load(QStringLiteral("nope"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, QStringLiteral("contact.not_found"));
    EXPECT_FALSE(loaded.error().message.isEmpty());
}

TEST(ContactDetailRepository, UnitsForForwardingLeaveOutTheContactsOwnUnit) {
    Fixture f;
    f.cache.exec(QStringLiteral("INSERT INTO units (id, hsa_id, name, kind) VALUES ('u2', 'h-u2', "
                                "'Diabetesmottagningen', 'specialist'), ('u3', 'h-u3', 'Barnmottagningen', "
                                "'specialist')"));
    const auto units = f.repository.units(QStringLiteral("u1"));
    ASSERT_TRUE(units.ok());
    EXPECT_EQ(units.value(), (QList<vk::ContactDetailRepository::Unit>{
                                 {QStringLiteral("u3"), QStringLiteral("Barnmottagningen")},
                                 {QStringLiteral("u2"), QStringLiteral("Diabetesmottagningen")}}));
}

TEST(ContactDetailRepository, CodesComeFromTheCacheWithTheirActiveFlag) {
    Fixture f;
    f.cache.exec(QStringLiteral("UPDATE codes SET active = 0 WHERE code = 'VAC'"));
    const auto codes = f.repository.codes();
    ASSERT_TRUE(codes.ok());
    EXPECT_EQ(codes->entries().size(), 21);
    EXPECT_FALSE(codes->isActive(QStringLiteral("VAC")));
    EXPECT_TRUE(codes->isActive(QStringLiteral("RAD")));
    EXPECT_TRUE(codes->match(QStringLiteral("vaccination")).isEmpty()) << "inactive codes are not offered";
}
