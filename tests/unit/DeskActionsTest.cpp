#include "sync/DeskActions.h"
#include "FixedClock.h"
#include "TestCache.h"
#include "sync/Outbox.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

const QDateTime Now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

struct Fixture {
    vk::test::TestCache cache;
    vk::test::FixedClock clock{Now};
    vk::DeskActions actions{cache.db(), clock, QStringLiteral("s1")};

    Fixture() {
        cache.seedReferenceData();
        cache.addContact(QStringLiteral("c1"), QStringLiteral("callback"),
                         QStringLiteral("2026-11-23T15:30:00.000Z"));
        cache.addContact(QStringLiteral("e1"), QStringLiteral("eservice"),
                         QStringLiteral("2026-11-24T09:00:00.000Z"));
    }

    QString status(const QString& id) const {
        return cache.scalar(QStringLiteral("SELECT status FROM contacts WHERE id = ?"), {id}).toString();
    }
    int outboxCount() const { return cache.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(); }
    /// Bo Ek, a colleague at the same desk's cache.
    void addColleague() const {
        cache.exec(
            QStringLiteral("INSERT INTO staff (id, hsa_id, login, name) VALUES ('s2', 'h2', 'bo', 'Bo Ek')"));
    }
    /// Contact `id` pre-offered to `staffId` until 09:20, twenty minutes from now.
    void offer(const QString& id, const QString& staffId) const {
        cache.exec(
            QStringLiteral("UPDATE contacts SET offered_to = ?, offered_until = '2026-11-23T09:20:00.000Z' "
                           "WHERE id = ?"),
            {staffId, id});
    }
};

} // namespace

TEST(DeskActions, ClaimIsLocalTentativeAndQueued) {
    Fixture f;
    QSignalSpy changed(&f.actions, &vk::DeskActions::contactsChanged);
    ASSERT_TRUE(f.actions.claim(QStringLiteral("c1")).ok());
    EXPECT_EQ(f.status(QStringLiteral("c1")), QStringLiteral("claimed"));
    EXPECT_EQ(
        f.cache.scalar(QStringLiteral("SELECT claimed_by || '/' || tentative FROM contacts WHERE id = 'c1'"))
            .toString(),
        QStringLiteral("s1/1"));
    const auto pending = vk::Outbox(f.cache.db()).pending(10);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1U);
    EXPECT_EQ(pending->front().kind, QStringLiteral("claim"));
    EXPECT_EQ(pending->front().entityId, QStringLiteral("c1"));
    EXPECT_EQ(pending->front().payload.value(QStringLiteral("contact_id")).toString(), QStringLiteral("c1"));
    EXPECT_EQ(changed.count(), 1);
}

TEST(DeskActions, ClaimOfSomeoneElsesContactIsRefusedWithTheirName) {
    Fixture f;
    f.addColleague();
    f.cache.exec(QStringLiteral("UPDATE contacts SET status = 'claimed', claimed_by = 's2' WHERE id = 'c1'"));
    const vk::Status status = f.actions.claim(QStringLiteral("c1"));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, QStringLiteral("action.claimed_by_other"));
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("Bo Ek")));
    EXPECT_EQ(f.outboxCount(), 0);

    // Once Bo's lease has run out the contact is free again.
    f.cache.exec(
        QStringLiteral("UPDATE contacts SET lease_until = '2026-11-23T08:59:00.000Z' WHERE id = 'c1'"));
    EXPECT_TRUE(f.actions.claim(QStringLiteral("c1")).ok());
    EXPECT_EQ(f.outboxCount(), 1);
}

// Issue 7: a colleague's pre-offer is refused here, in words, before anything is queued (the store would
// refuse it too); once it lapses the claim goes through.
TEST(DeskActions, ClaimOfAContactOfferedToAColleagueIsRefusedUntilTheOfferLapses) {
    Fixture f;
    f.addColleague();
    f.offer(QStringLiteral("c1"), QStringLiteral("s2"));
    const vk::Status status = f.actions.claim(QStringLiteral("c1"));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, QStringLiteral("action.offered_to_other"));
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("Bo Ek")));
    EXPECT_EQ(f.outboxCount(), 0);
    EXPECT_EQ(f.status(QStringLiteral("c1")), QStringLiteral("new"));

    f.clock.advance(20 * 60);
    EXPECT_TRUE(f.actions.claim(QStringLiteral("c1")).ok()) << "offered_until has come: anyone may claim";
    EXPECT_EQ(f.outboxCount(), 1);
}

TEST(DeskActions, AContactOfferedToMeOrClaimedByATeamLeadGoesToTheStore) {
    Fixture f;
    f.addColleague();
    f.offer(QStringLiteral("c1"), QStringLiteral("s1"));
    EXPECT_TRUE(f.actions.claim(QStringLiteral("c1")).ok()) << "offered to me";

    vk::DeskActions lead(f.cache.db(), f.clock, QStringLiteral("s2"));
    f.offer(QStringLiteral("e1"), QStringLiteral("s1"));
    f.cache.exec(QStringLiteral("INSERT INTO unit_members (unit_id, staff_id, role) SELECT unit_id, 's2', "
                                "'team_lead' FROM contacts WHERE id = 'e1'"));
    EXPECT_TRUE(lead.claim(QStringLiteral("e1")).ok()) << "the team lead distributes work; the store decides";
    EXPECT_EQ(f.outboxCount(), 2);
}

TEST(DeskActions, ATeamLeadsReleaseEndsAnOfferHereAsInTheStore) {
    Fixture f;
    f.addColleague();
    f.offer(QStringLiteral("c1"), QStringLiteral("s2"));
    f.cache.exec(QStringLiteral("UPDATE unit_members SET role = 'team_lead' WHERE staff_id = 's1'"));
    ASSERT_TRUE(f.actions.releaseAny(QStringLiteral("c1")).ok());
    EXPECT_EQ(f.cache.scalar(QStringLiteral("SELECT coalesce(offered_to, '') FROM contacts WHERE id = 'c1'"))
                  .toString(),
              QString());
    EXPECT_TRUE(f.actions.claim(QStringLiteral("c1")).ok()) << "the desk no longer refuses the claim itself";
}

TEST(DeskActions, ThreeFailedAttemptsMakeTheContactNotReached) {
    Fixture f;
    ASSERT_TRUE(f.actions.claim(QStringLiteral("c1")).ok());
    ASSERT_TRUE(f.actions.logAttempt(QStringLiteral("c1"), QStringLiteral("no_answer")).ok());
    ASSERT_TRUE(f.actions.logAttempt(QStringLiteral("c1"), QStringLiteral("busy")).ok());
    EXPECT_EQ(f.status(QStringLiteral("c1")), QStringLiteral("claimed"));
    ASSERT_TRUE(f.actions.logAttempt(QStringLiteral("c1"), QStringLiteral("voicemail")).ok());
    EXPECT_EQ(f.status(QStringLiteral("c1")), QStringLiteral("not_reached"));
    EXPECT_EQ(f.cache.scalar(QStringLiteral("SELECT count(*) FROM callback_attempts WHERE contact_id = 'c1'"))
                  .toInt(),
              3);
    EXPECT_FALSE(f.actions.logAttempt(QStringLiteral("c1"), QStringLiteral("maybe")).ok());
    EXPECT_EQ(f.outboxCount(), 4);
}

TEST(DeskActions, AnsweredAttemptRecordsFirstContact) {
    Fixture f;
    ASSERT_TRUE(
        f.actions.logAttempt(QStringLiteral("c1"), QStringLiteral("answered"), QStringLiteral("ok")).ok());
    EXPECT_EQ(
        f.cache.scalar(QStringLiteral("SELECT first_contact_at FROM contacts WHERE id = 'c1'")).toString(),
        QStringLiteral("2026-11-23T09:00:00.000Z"));
}

TEST(DeskActions, CompletionNeedsAnActiveCode) {
    Fixture f;
    const vk::Status noCode = f.actions.complete(QStringLiteral("c1"), QString(), QString(), false);
    ASSERT_FALSE(noCode.ok());
    EXPECT_EQ(noCode.error().code, QStringLiteral("action.code_required"));
    f.cache.exec(QStringLiteral("UPDATE codes SET active = 0 WHERE code = 'VAC'"));
    EXPECT_EQ(f.actions.complete(QStringLiteral("c1"), QStringLiteral("VAC"), QString(), false).error().code,
              QStringLiteral("action.code_inactive"));
    EXPECT_EQ(f.actions.complete(QStringLiteral("c1"), QStringLiteral("NOPE"), QString(), false).error().code,
              QStringLiteral("action.code_inactive"));
    EXPECT_EQ(f.status(QStringLiteral("c1")), QStringLiteral("new"));
    EXPECT_EQ(f.outboxCount(), 0);

    ASSERT_TRUE(
        f.actions.complete(QStringLiteral("c1"), QStringLiteral("RAD"), QStringLiteral("Råd om hosta"), true)
            .ok());
    EXPECT_EQ(f.status(QStringLiteral("c1")), QStringLiteral("completed"));
    EXPECT_EQ(f.cache
                  .scalar(QStringLiteral("SELECT code || '/' || medical_assessment || '/' || completed_by "
                                         "FROM contacts WHERE id = 'c1'"))
                  .toString(),
              QStringLiteral("RAD/1/s1"));
    EXPECT_EQ(f.actions.complete(QStringLiteral("c1"), QStringLiteral("RAD"), QString(), false).error().code,
              QStringLiteral("action.already_closed"));
}

TEST(DeskActions, ReplyValidatesTextAndKeepsItLiterally) {
    Fixture f;
    EXPECT_EQ(f.actions.reply(QStringLiteral("e1"), QStringLiteral("   ")).error().code,
              QStringLiteral("action.text_required"));
    EXPECT_EQ(f.actions.reply(QStringLiteral("e1"), QString(70000, QLatin1Char('a'))).error().code,
              QStringLiteral("action.text_too_long"));
    EXPECT_EQ(f.actions.reply(QStringLiteral("e1"), QStringLiteral("Hej\u0007")).error().code,
              QStringLiteral("action.text_control"));
    EXPECT_EQ(f.actions.reply(QStringLiteral("c1"), QStringLiteral("Hej")).error().code,
              QStringLiteral("action.invalid"));
    const QString hostile = QStringLiteral("Hej Åsa! '); DROP TABLE contacts; -- \"citat\" 😀\nMvh");
    ASSERT_TRUE(f.actions.reply(QStringLiteral("e1"), hostile).ok());
    EXPECT_EQ(f.cache.scalar(QStringLiteral("SELECT body FROM eservice_messages WHERE contact_id = 'e1'"))
                  .toString(),
              hostile);
    EXPECT_EQ(f.outboxCount(), 1);
}

TEST(DeskActions, OutboxKeepsActionsInOrderAndAccessLogHasNoEntity) {
    Fixture f;
    ASSERT_TRUE(f.actions
                    .logAccess(QStringLiteral("p1"), QStringLiteral("c1"), QStringLiteral("u1"),
                               QStringLiteral("open_contact"))
                    .ok());
    ASSERT_TRUE(f.actions.claim(QStringLiteral("c1")).ok());
    ASSERT_TRUE(f.actions.cancel(QStringLiteral("c1"), QStringLiteral("duplicate")).ok());
    const auto pending = vk::Outbox(f.cache.db()).pending(10);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 3U);
    EXPECT_EQ(pending->at(0).kind, QStringLiteral("log_access"));
    EXPECT_TRUE(pending->at(0).entityId.isEmpty());
    EXPECT_EQ(pending->at(1).kind, QStringLiteral("claim"));
    EXPECT_EQ(pending->at(2).kind, QStringLiteral("cancel"));
    EXPECT_LT(pending->at(1).seq, pending->at(2).seq);
    EXPECT_EQ(f.status(QStringLiteral("c1")), QStringLiteral("cancelled"));
}
