// Issue 7: a new contact from a patient with a named contact is pre-offered to that person while they are on
// duty, when the unit has the setting on (region migration 0017); while the offer holds, a colleague's claim
// is refused, afterwards anyone may claim. Real region store, real logins; lapses are made by moving
// offered_until into the past through the admin connection, never by waiting.
#include "RegionTestDatabase.h"
#include "SyncDesk.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

using namespace vk;
using namespace vk::test;

namespace {

class NamedContactOfferTest : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_unitA = m_db->createUnit(QStringLiteral("A"));
        m_unitB = m_db->createUnit(QStringLiteral("B"));
        m_lead =
            m_db->addStaff(QStringLiteral("Anna Lind"), QStringLiteral("A"), QStringLiteral("team_lead"));
        m_named = m_db->addStaff(QStringLiteral("Bo Ek"), QStringLiteral("A"), QStringLiteral("nurse"));
        m_other = m_db->addStaff(QStringLiteral("Cilla Berg"), QStringLiteral("A"), QStringLiteral("nurse"));
        m_leadB =
            m_db->addStaff(QStringLiteral("Doris Dahl"), QStringLiteral("B"), QStringLiteral("team_lead"));
        // The patient is known at unit A through a first contact (made before anything is on).
        const QUuid first = ingest(QStringLiteral("first"), 4 * 60);
        m_patient = QUuid::fromString(
            adminText(QStringLiteral("SELECT patient_id::text FROM region.contacts WHERE id = $1"), {first}));
        ASSERT_FALSE(m_patient.isNull());
        for (const QString& login : {m_lead, m_named, m_other, m_leadB}) {
            Result<PgConnection> connection = m_db->connectAs(login);
            ASSERT_TRUE(connection.ok()) << connection.error().message.toStdString();
            m_connections.emplace(login, std::make_unique<PgConnection>(std::move(connection.value())));
        }
    }

    PgConnection& as(const QString& login) { return *m_connections.at(login); }

    QString adminText(const QString& sql, const QList<PgParam>& params = {}) {
        Result<PgResult> result = m_db->admin().exec(sql, params);
        return result.ok() && result->rows() == 1 && !result->isNull(0, 0) ? result->text(0, 0) : QString();
    }

    /// A callback from the test patient to `unitSuffix`, due `dueMinutes` from now.
    QUuid ingest(const QString& externalId, int dueMinutes, const QString& unitSuffix = QStringLiteral("A")) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return m_db->ingest(
            QStringLiteral(R"({"kind":"callback","external_id":"%1","unit":"%2","received_at":"%3",)"
                           R"("due_at":"%4","phone":"070-1740605","queue":"Rådgivning",)"
                           R"("patient":{"id_type":"personnummer","id_value":"196408233234"}})")
                .arg(externalId, m_db->unitHsaId(unitSuffix), now.addSecs(-60).toString(Qt::ISODate),
                     now.addSecs(dueMinutes * 60).toString(Qt::ISODate)));
    }

    void setPreOffer(bool on) {
        Result<PgResult> set = as(m_lead).exec(
            QStringLiteral("SELECT region.lead_set_preoffer($1::uuid, $2)"), {m_unitA, PgParam(on)});
        ASSERT_TRUE(set.ok()) << as(m_lead).lastServerMessage().toStdString();
    }

    void onDuty(const QString& login) {
        ASSERT_TRUE(as(login).exec(QStringLiteral("SELECT region.desk_on_duty()")).ok())
            << as(login).lastServerMessage().toStdString();
    }

    /// Assigns the named contact (by the lead); returns the assignment's id.
    QString assign(const QString& login, const QString& role = QStringLiteral("fast_vardkontakt"),
                   const QJsonObject& extra = {}) {
        QJsonObject payload{{QStringLiteral("id"), uuidText(QUuid::createUuid())},
                            {QStringLiteral("patient_id"), uuidText(m_patient)},
                            {QStringLiteral("unit_id"), uuidText(m_unitA)},
                            {QStringLiteral("staff_id"), uuidText(m_db->staffId(login))},
                            {QStringLiteral("role"), role}};
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            payload.insert(it.key(), it.value());
        }
        const QJsonObject result = applyMutation(as(m_lead), QStringLiteral("assign_care_contact"), payload);
        EXPECT_EQ(result.value(QLatin1String("status")).toString(), QStringLiteral("applied"))
            << QJsonDocument(result).toJson().toStdString();
        return payload.value(QLatin1String("id")).toString();
    }

    /// The login a contact is offered to, or empty.
    QString offeredTo(const QUuid& contact) {
        return adminText(QStringLiteral("SELECT s.login FROM region.contacts c JOIN region.staff s "
                                        "ON s.id = c.offered_to WHERE c.id = $1"),
                         {contact});
    }

    QJsonObject claim(const QString& login, const QUuid& contact) {
        return applyMutation(as(login), QStringLiteral("claim"),
                             {{QStringLiteral("contact_id"), uuidText(contact)}});
    }

    static QString status(const QJsonObject& result) {
        return result.value(QLatin1String("status")).toString();
    }

    std::unique_ptr<RegionTestDatabase> m_db;
    std::map<QString, std::unique_ptr<PgConnection>> m_connections;
    QUuid m_unitA, m_unitB, m_patient;
    QString m_lead, m_named, m_other, m_leadB;
};

} // namespace

TEST_F(NamedContactOfferTest, OfferedToTheNamedContactOnDutyWhenTheUnitHasItOn) {
    assign(m_named);
    onDuty(m_named);
    EXPECT_TRUE(offeredTo(ingest(QStringLiteral("off"), 4 * 60)).isEmpty())
        << "the setting is off by default";

    setPreOffer(true);
    const QUuid contact = ingest(QStringLiteral("on"), 4 * 60);
    EXPECT_EQ(offeredTo(contact), m_named);
    // At most 30 minutes, and never into the at-risk window before the deadline.
    EXPECT_EQ(
        adminText(QStringLiteral("SELECT (offered_until > now() AND offered_until <= now() + interval "
                                 "'30 minutes' AND offered_until <= due_at - interval '30 minutes')::text "
                                 "FROM region.contacts WHERE id = $1"),
                  {contact}),
        QStringLiteral("true"));
    const QUuid soon = ingest(QStringLiteral("soon"), 50);
    EXPECT_EQ(adminText(QStringLiteral("SELECT (offered_until = due_at - interval '30 minutes')::text FROM "
                                       "region.contacts WHERE id = $1"),
                        {soon}),
              QStringLiteral("true"))
        << "a deadline in 50 minutes ends the offer after 20";
    EXPECT_TRUE(offeredTo(ingest(QStringLiteral("at-risk"), 20)).isEmpty())
        << "a contact already at risk is free for everyone";
    EXPECT_TRUE(offeredTo(ingest(QStringLiteral("other-unit"), 4 * 60, QStringLiteral("B"))).isEmpty())
        << "the named contact is at unit A only";

    // The offer travels in the change feed to every desk of the unit. A pull returns only rows below the
    // cluster's transaction horizon, which a test running beside this one may hold back for a moment: asked
    // again until the row is there (bounded), as a desk's next round would.
    const auto offersInFeed = [&] {
        return scalar(
            as(m_other),
            QStringLiteral("SELECT count(*) FROM region.pull_changes(region.current_epoch(), '0', 0, "
                           "100000) WHERE entity = 'contacts' AND entity_id = $1 AND "
                           "\"row\" ->> 'offered_to' = $2"),
            {uuidText(contact), uuidText(m_db->staffId(m_named))});
    };
    const QDeadlineTimer deadline(30000);
    while (offersInFeed() == 0 && !deadline.hasExpired()) {
        QThread::msleep(100);
    }
    EXPECT_EQ(offersInFeed(), 1);
}

TEST_F(NamedContactOfferTest, NotOfferedOffDutyDeclinedEndedOrNotYetValid) {
    setPreOffer(true);
    const QString assignment = assign(m_named);
    EXPECT_TRUE(offeredTo(ingest(QStringLiteral("never-signed-in"), 240)).isEmpty());

    onDuty(m_named);
    ASSERT_TRUE(as(m_named).exec(QStringLiteral("SELECT region.desk_off_duty()")).ok());
    EXPECT_TRUE(offeredTo(ingest(QStringLiteral("signed-out"), 240)).isEmpty());

    onDuty(m_named);
    ASSERT_TRUE(m_db->admin()
                    .exec(QStringLiteral("UPDATE region.desk_presence SET on_duty_until = now() - "
                                         "interval '1 second' WHERE staff_id = $1"),
                          {uuidText(m_db->staffId(m_named))})
                    .ok());
    EXPECT_TRUE(offeredTo(ingest(QStringLiteral("presence-expired"), 240)).isEmpty());

    onDuty(m_named);
    ASSERT_EQ(offeredTo(ingest(QStringLiteral("on-duty"), 240)), m_named) << "the control case";

    // Declined: the same assignment, marked declined.
    const QDate today =
        QDate::fromString(adminText(QStringLiteral("SELECT region.local_day(now())::text")), Qt::ISODate);
    assign(m_named, QStringLiteral("fast_vardkontakt"),
           {{QStringLiteral("id"), assignment}, {QStringLiteral("declined"), true}});
    EXPECT_TRUE(offeredTo(ingest(QStringLiteral("declined"), 240)).isEmpty());

    // Ended yesterday, and one that starts tomorrow.
    assign(m_named, QStringLiteral("fast_vardkontakt"),
           {{QStringLiteral("id"), assignment},
            {QStringLiteral("valid_from"), today.addDays(-10).toString(Qt::ISODate)},
            {QStringLiteral("valid_to"), today.addDays(-1).toString(Qt::ISODate)}});
    EXPECT_TRUE(offeredTo(ingest(QStringLiteral("ended"), 240)).isEmpty());
    assign(m_named, QStringLiteral("kontaktsjukskoterska"),
           {{QStringLiteral("valid_from"), today.addDays(1).toString(Qt::ISODate)}});
    EXPECT_TRUE(offeredTo(ingest(QStringLiteral("not-yet"), 240)).isEmpty());

    // A current assignment again, but the lead turned the setting off.
    assign(m_named);
    ASSERT_EQ(offeredTo(ingest(QStringLiteral("current-again"), 240)), m_named);
    setPreOffer(false);
    EXPECT_TRUE(offeredTo(ingest(QStringLiteral("setting-off"), 240)).isEmpty());
}

TEST_F(NamedContactOfferTest, AColleaguesClaimIsRefusedWhileTheOfferHoldsAndAllowedAfterItLapses) {
    setPreOffer(true);
    assign(m_named);
    onDuty(m_named);
    const QUuid contact = ingest(QStringLiteral("offered"), 240);
    ASSERT_EQ(offeredTo(contact), m_named);

    const QJsonObject refused = claim(m_other, contact);
    EXPECT_EQ(status(refused), QStringLiteral("rejected"));
    EXPECT_EQ(refused.value(QLatin1String("reason_code")).toString(), QStringLiteral("offered_to_other"));
    EXPECT_EQ(refused.value(QLatin1String("offered_to_name")).toString(), QStringLiteral("Bo Ek"));
    EXPECT_FALSE(refused.value(QLatin1String("offered_until")).toString().isEmpty());
    // Acting on it (which claims on the way) is refused the same way.
    EXPECT_EQ(applyMutation(as(m_other), QStringLiteral("log_attempt"),
                            {{QStringLiteral("contact_id"), uuidText(contact)},
                             {QStringLiteral("outcome"), QStringLiteral("no_answer")}})
                  .value(QLatin1String("reason_code"))
                  .toString(),
              QStringLiteral("offered_to_other"));
    EXPECT_EQ(adminText(QStringLiteral("SELECT status || '/' || coalesce(claimed_by::text, '-') FROM "
                                       "region.contacts WHERE id = $1"),
                        {contact}),
              QStringLiteral("new/-"));
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.callback_attempts")), 0);

    // The offer lapses (moved into the past on the store's clock): now anyone may claim, and the offer ends.
    ASSERT_TRUE(
        m_db->admin()
            .exec(QStringLiteral("UPDATE region.contacts SET offered_until = now() - interval '1 second' "
                                 "WHERE id = $1"),
                  {contact})
            .ok());
    EXPECT_EQ(status(claim(m_other, contact)), QStringLiteral("applied"));
    EXPECT_EQ(adminText(QStringLiteral("SELECT s.login || '/' || (c.offered_to IS NULL)::text FROM "
                                       "region.contacts c JOIN region.staff s ON s.id = c.claimed_by "
                                       "WHERE c.id = $1"),
                        {contact}),
              m_other + QStringLiteral("/true"));
}

TEST_F(NamedContactOfferTest, TheNamedContactClaimsAndATeamLeadMayReassign) {
    setPreOffer(true);
    assign(m_named);
    onDuty(m_named);
    const QUuid mine = ingest(QStringLiteral("mine"), 240);
    EXPECT_EQ(status(claim(m_named, mine)), QStringLiteral("applied"));
    EXPECT_TRUE(offeredTo(mine).isEmpty()) << "the claim ends the offer";

    const QUuid distributed = ingest(QStringLiteral("distributed"), 240);
    ASSERT_EQ(offeredTo(distributed), m_named);
    EXPECT_EQ(status(applyMutation(as(m_lead), QStringLiteral("reassign"),
                                   {{QStringLiteral("contact_id"), uuidText(distributed)},
                                    {QStringLiteral("to_staff_id"), uuidText(m_db->staffId(m_other))}})),
              QStringLiteral("applied"))
        << "distributing work is the lead's call";
    EXPECT_TRUE(offeredTo(distributed).isEmpty());
}

TEST_F(NamedContactOfferTest, ATeamLeadsReleaseEndsTheOfferForEveryone) {
    setPreOffer(true);
    assign(m_named);
    onDuty(m_named);
    const QUuid contact = ingest(QStringLiteral("released"), 240);
    ASSERT_EQ(offeredTo(contact), m_named);
    EXPECT_EQ(status(claim(m_other, contact)), QStringLiteral("rejected")) << "the offer holds";

    EXPECT_EQ(status(applyMutation(as(m_lead), QStringLiteral("release_any"),
                                   {{QStringLiteral("contact_id"), uuidText(contact)}})),
              QStringLiteral("applied"));
    EXPECT_TRUE(offeredTo(contact).isEmpty()) << "the lead's release frees the contact for the unit";
    EXPECT_EQ(status(claim(m_other, contact)), QStringLiteral("applied"));
}

TEST_F(NamedContactOfferTest, OnlyATeamLeadOfTheUnitChangesTheSetting) {
    for (const QString& login : {m_named, m_other, m_leadB}) {
        EXPECT_FALSE(
            as(login).exec(QStringLiteral("SELECT region.lead_set_preoffer($1::uuid, true)"), {m_unitA}).ok())
            << login.toStdString();
        EXPECT_EQ(as(login).lastSqlState(), QStringLiteral("42501")) << login.toStdString();
    }
    EXPECT_EQ(adminText(QStringLiteral("SELECT preoffer_named_contact::text FROM region.units WHERE id = $1"),
                        {m_unitA}),
              QStringLiteral("false"));
    // Nor directly, nor can anyone read who is signed in.
    EXPECT_FALSE(
        as(m_named).exec(QStringLiteral("UPDATE region.units SET preoffer_named_contact = true")).ok());
    EXPECT_EQ(as(m_named).lastSqlState(), QStringLiteral("42501"));
    EXPECT_FALSE(as(m_lead).exec(QStringLiteral("SELECT count(*) FROM region.desk_presence")).ok());
    EXPECT_EQ(as(m_lead).lastSqlState(), QStringLiteral("42501"));

    const qint64 logged = scalar(
        m_db->admin(), QStringLiteral("SELECT count(*) FROM region.change_log WHERE entity = 'units'"));
    setPreOffer(true);
    EXPECT_EQ(adminText(QStringLiteral("SELECT preoffer_named_contact::text FROM region.units WHERE id = $1"),
                        {m_unitA}),
              QStringLiteral("true"));
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral("SELECT count(*) FROM region.change_log WHERE entity = 'units'")),
              logged + 1)
        << "every desk pulls the changed unit";
}

// End to end through two desks: the named contact's sync engine marks her on duty, her inbox puts the offer
// on top with the badge, a colleague's desk refuses the claim in words before sending it, and signing out
// (the engine stopping) takes her off duty.
TEST_F(NamedContactOfferTest, DesksMarkPresenceShowTheOfferAndRefuseAColleaguesClaim) {
    setPreOffer(true);
    assign(m_named);
    auto named = std::make_unique<SyncDesk>(m_db->settingsFor(m_named), m_named);
    SyncDesk other(m_db->settingsFor(m_other), m_other);
    ASSERT_TRUE(named->sync().ok());
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral("SELECT count(*) FROM region.desk_presence WHERE staff_id = $1 AND "
                                    "on_duty_until > now()"),
                     {m_db->staffId(m_named)}),
              1)
        << "a syncing desk is on duty";

    const QString contact = uuidText(ingest(QStringLiteral("desks"), 240));
    ASSERT_EQ(offeredTo(QUuid::fromString(contact)), m_named);
    const auto synced = [contact](SyncDesk& desk) {
        return QTest::qWaitFor([&] { return desk.sync().ok() && desk.inbox().rowOf(contact) >= 0; }, 20000);
    };
    ASSERT_TRUE(synced(*named));
    ASSERT_TRUE(synced(other));
    const InboxRow& mine = named->inbox().rowAt(named->inbox().rowOf(contact));
    EXPECT_EQ(mine.offerState, ContactOffer::State::ToMe);
    const InboxRow& theirs = other.inbox().rowAt(other.inbox().rowOf(contact));
    EXPECT_EQ(theirs.offerState, ContactOffer::State::ToOther);
    EXPECT_EQ(theirs.offer.staffName, QStringLiteral("Bo Ek"));

    const Status refused = other.actions().claim(contact);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("action.offered_to_other"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Bo Ek")));
    EXPECT_EQ(other.pendingMutations(), 0) << "nothing was queued";

    named.reset(); // sign-out: the engine stops
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral("SELECT count(*) FROM region.desk_presence WHERE staff_id = $1"),
                     {m_db->staffId(m_named)}),
              0);
}
