// Issue 4, acceptance (3): a mutation applied twice — one after the other or at the same moment — has one
// effect and the same result. Plus the business rules the desk relies on.
#include "RegionTestDatabase.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace vk;
using namespace vk::test;

namespace {

class RegionMutations : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_unit = m_db->createUnit(QStringLiteral("A"), 2);
        m_other = m_db->createUnit(QStringLiteral("B"));
        m_login = m_db->addStaff(QStringLiteral("Anna Lind"), QStringLiteral("A"), QStringLiteral("nurse"));
        m_contact = m_db->ingestCallback(QStringLiteral("A"), QStringLiteral("196408233234"));
        Result<PgConnection> connection = m_db->connectAs(m_login);
        ASSERT_TRUE(connection.ok());
        m_desk = std::make_unique<PgConnection>(std::move(connection.value()));
    }

    QJsonObject apply(const QString& kind, const QJsonObject& payload,
                      const QUuid& id = QUuid::createUuid()) {
        return applyMutation(*m_desk, kind, payload, id);
    }
    QString contactStatus() {
        Result<PgResult> result = m_db->admin().exec(
            QStringLiteral("SELECT status FROM region.contacts WHERE id = $1"), {m_contact});
        return result.ok() ? result->text(0, 0) : QString();
    }

    std::unique_ptr<RegionTestDatabase> m_db;
    std::unique_ptr<PgConnection> m_desk;
    QUuid m_unit, m_other, m_contact;
    QString m_login;
};

const QString kApplied = QStringLiteral("applied");

} // namespace

TEST_F(RegionMutations, ReplayReturnsTheStoredResultAndChangesNothing) {
    const QUuid mutation = QUuid::createUuid();
    const QJsonObject payload{{QStringLiteral("contact_id"), uuidText(m_contact)},
                              {QStringLiteral("attempt_id"), uuidText(QUuid::createUuid())},
                              {QStringLiteral("outcome"), QStringLiteral("no_answer")}};
    const QJsonObject first = apply(QStringLiteral("log_attempt"), payload, mutation);
    ASSERT_EQ(first.value(QLatin1String("status")), kApplied)
        << first.value(QLatin1String("message")).toString().toStdString();
    const qint64 changes = scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.change_log"));
    const QJsonObject second = apply(QStringLiteral("log_attempt"), payload, mutation);
    EXPECT_EQ(first, second);
    // Even a replay carrying a different payload only returns what was stored.
    QJsonObject altered = payload;
    altered.insert(QStringLiteral("outcome"), QStringLiteral("busy"));
    EXPECT_EQ(apply(QStringLiteral("log_attempt"), altered, mutation), first);
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.callback_attempts")), 1);
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.applied_mutations")), 1);
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.change_log")), changes);
    // Rejections are stored too: the same rejected mutation replays as the same rejection.
    const QUuid bad = QUuid::createUuid();
    const QJsonObject rejected = apply(QStringLiteral("complete"),
                                       {{QStringLiteral("contact_id"), uuidText(m_contact)},
                                        {QStringLiteral("code"), QStringLiteral("NOPE")}},
                                       bad);
    EXPECT_EQ(rejected.value(QLatin1String("status")), QStringLiteral("rejected"));
    EXPECT_EQ(apply(QStringLiteral("complete"),
                    {{QStringLiteral("contact_id"), uuidText(m_contact)},
                     {QStringLiteral("code"), QStringLiteral("RAD")}},
                    bad),
              rejected);
    EXPECT_EQ(contactStatus(), QStringLiteral("claimed"));
}

TEST_F(RegionMutations, ConcurrentReplaysHaveOneEffect) {
    constexpr int kReplays = 12;
    const QUuid mutation = QUuid::createUuid();
    const QJsonObject payload{{QStringLiteral("contact_id"), uuidText(m_contact)},
                              {QStringLiteral("attempt_id"), uuidText(QUuid::createUuid())},
                              {QStringLiteral("outcome"), QStringLiteral("answered")},
                              {QStringLiteral("note"), QStringLiteral("Ringde upp")}};
    std::vector<PgConnection> connections;
    for (int i = 0; i < kReplays; ++i) {
        Result<PgConnection> connection = m_db->connectAs(m_login);
        ASSERT_TRUE(connection.ok());
        connections.push_back(std::move(connection.value()));
    }
    std::vector<QJsonObject> results(kReplays);
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int i = 0; i < kReplays; ++i) {
        threads.emplace_back([&, i] {
            ready.fetch_add(1);
            while (!go.load()) {
                std::this_thread::yield();
            }
            results[static_cast<std::size_t>(i)] = applyMutation(
                connections[static_cast<std::size_t>(i)], QStringLiteral("log_attempt"), payload, mutation);
        });
    }
    while (ready.load() < kReplays) {
        std::this_thread::yield();
    }
    go.store(true);
    for (std::thread& thread : threads) {
        thread.join();
    }
    for (const QJsonObject& result : results) {
        EXPECT_EQ(result.value(QLatin1String("status")), kApplied);
        EXPECT_EQ(result, results.front());
    }
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.callback_attempts")), 1);
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.applied_mutations")), 1);
    EXPECT_EQ(
        scalar(m_db->admin(),
               QStringLiteral("SELECT count(*) FROM region.contacts WHERE first_contact_at IS NOT NULL")),
        1);
}

TEST_F(RegionMutations, FailedAttemptsUpToTheUnitsLimitMakeTheContactNotReached) {
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QJsonObject result =
            apply(QStringLiteral("log_attempt"), {{QStringLiteral("contact_id"), uuidText(m_contact)},
                                                  {QStringLiteral("outcome"), QStringLiteral("no_answer")}});
        ASSERT_EQ(result.value(QLatin1String("status")), kApplied);
    }
    EXPECT_EQ(contactStatus(), QStringLiteral("not_reached"));
    const QJsonObject again =
        apply(QStringLiteral("log_attempt"), {{QStringLiteral("contact_id"), uuidText(m_contact)},
                                              {QStringLiteral("outcome"), QStringLiteral("busy")}});
    EXPECT_EQ(again.value(QLatin1String("reason_code")), QStringLiteral("already_closed"));
    // A not-reached contact can still be post-marked with a code.
    EXPECT_EQ(apply(QStringLiteral("complete"), {{QStringLiteral("contact_id"), uuidText(m_contact)},
                                                 {QStringLiteral("code"), QStringLiteral("RAD")}})
                  .value(QLatin1String("status")),
              kApplied);
    EXPECT_EQ(contactStatus(), QStringLiteral("completed"));
}

TEST_F(RegionMutations, CompleteNeedsAnActiveCodeAndClosesForGood) {
    ASSERT_TRUE(
        m_db->admin().exec(QStringLiteral("UPDATE region.codes SET active = false WHERE code = 'OVR'")).ok());
    const QJsonObject inactive =
        apply(QStringLiteral("complete"), {{QStringLiteral("contact_id"), uuidText(m_contact)},
                                           {QStringLiteral("code"), QStringLiteral("OVR")}});
    EXPECT_EQ(inactive.value(QLatin1String("reason_code")), QStringLiteral("invalid"));
    const QJsonObject done =
        apply(QStringLiteral("complete"), {{QStringLiteral("contact_id"), uuidText(m_contact)},
                                           {QStringLiteral("code"), QStringLiteral("REC")},
                                           {QStringLiteral("note"), QStringLiteral("Recept förnyat")},
                                           {QStringLiteral("medical_assessment"), true}});
    ASSERT_EQ(done.value(QLatin1String("status")), kApplied);
    EXPECT_EQ(
        scalar(m_db->admin(),
               QStringLiteral("SELECT count(*) FROM region.contacts WHERE code = 'REC' AND "
                              "medical_assessment AND claimed_by IS NULL AND completed_by IS NOT NULL")),
        1);
    EXPECT_EQ(apply(QStringLiteral("claim"), {{QStringLiteral("contact_id"), uuidText(m_contact)}})
                  .value(QLatin1String("reason_code")),
              QStringLiteral("already_closed"));
    // Control characters and oversized text are refused by name.
    const QUuid second = m_db->ingestCallback(QStringLiteral("A"));
    const QJsonObject dirty =
        apply(QStringLiteral("complete"), {{QStringLiteral("contact_id"), uuidText(second)},
                                           {QStringLiteral("code"), QStringLiteral("RAD")},
                                           {QStringLiteral("note"), QStringLiteral("a\u0001b")}});
    EXPECT_EQ(dirty.value(QLatin1String("reason_code")), QStringLiteral("invalid"));
    EXPECT_TRUE(dirty.value(QLatin1String("message")).toString().contains(QLatin1String("note")));
}

TEST_F(RegionMutations, ForwardClosesHereAndOpensACopyThere) {
    const QJsonObject result =
        apply(QStringLiteral("forward"), {{QStringLiteral("contact_id"), uuidText(m_contact)},
                                          {QStringLiteral("to_unit_id"), uuidText(m_other)},
                                          {QStringLiteral("note"), QStringLiteral("Fel enhet")}});
    ASSERT_EQ(result.value(QLatin1String("status")), kApplied);
    EXPECT_EQ(contactStatus(), QStringLiteral("forwarded"));
    const QUuid copy = QUuid::fromString(result.value(QLatin1String("new_contact_id")).toString());
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral(
                         "SELECT count(*) FROM region.contacts c JOIN region.callback_requests r "
                         "ON r.contact_id = c.id WHERE c.id = $1 AND c.unit_id = $2 AND c.status = 'new' "
                         "AND c.forwarded_from = $3"),
                     {copy, m_other, m_contact}),
              1);
}

TEST_F(RegionMutations, SipUpdatesCheckTheVersionAndNotesAreAppendOnly) {
    Result<PgResult> patient = m_db->admin().exec(
        QStringLiteral("SELECT patient_id FROM region.contacts WHERE id = $1"), {m_contact});
    ASSERT_TRUE(patient.ok());
    const QUuid plan = QUuid::createUuid();
    const QJsonObject created =
        apply(QStringLiteral("sip_create"),
              {{QStringLiteral("id"), uuidText(plan)},
               {QStringLiteral("patient_id"), patient->text(0, 0)},
               {QStringLiteral("unit_id"), uuidText(m_unit)},
               {QStringLiteral("consent_given_by"), QStringLiteral("Patienten")},
               {QStringLiteral("consent_date"), QStringLiteral("2026-11-20")},
               {QStringLiteral("overall_responsible"), QStringLiteral("kommun")},
               {QStringLiteral("insatser"),
                QJsonArray{QJsonObject{{QStringLiteral("description"), QStringLiteral("Hemtjänst")},
                                       {QStringLiteral("huvudman"), QStringLiteral("kommun")}}}}});
    ASSERT_EQ(created.value(QLatin1String("status")), kApplied)
        << created.value(QLatin1String("message")).toString().toStdString();
    const QJsonObject stale = apply(QStringLiteral("sip_update"),
                                    {{QStringLiteral("id"), uuidText(plan)},
                                     {QStringLiteral("expected_version"), 7},
                                     {QStringLiteral("next_follow_up"), QStringLiteral("2026-12-01")}});
    EXPECT_EQ(stale.value(QLatin1String("reason_code")), QStringLiteral("version_conflict"));
    EXPECT_EQ(apply(QStringLiteral("sip_update"),
                    {{QStringLiteral("id"), uuidText(plan)},
                     {QStringLiteral("expected_version"), 1},
                     {QStringLiteral("next_follow_up"), QStringLiteral("2026-12-01")}})
                  .value(QLatin1String("status")),
              kApplied);

    const QUuid note = QUuid::createUuid();
    ASSERT_EQ(apply(QStringLiteral("sip_add_note"),
                    {{QStringLiteral("id"), uuidText(note)},
                     {QStringLiteral("plan_id"), uuidText(plan)},
                     {QStringLiteral("body"), QStringLiteral("Möte med kommunen bokat")}})
                  .value(QLatin1String("status")),
              kApplied);
    EXPECT_EQ(apply(QStringLiteral("sip_add_note"),
                    {{QStringLiteral("plan_id"), uuidText(plan)},
                     {QStringLiteral("body"), QStringLiteral("Rättelse: mötet är på tisdag")},
                     {QStringLiteral("corrects_note_id"), uuidText(note)}})
                  .value(QLatin1String("status")),
              kApplied);
    // Not even the admin edits a note in place.
    EXPECT_FALSE(m_db->admin().exec(QStringLiteral("UPDATE region.sip_notes SET body = 'x'")).ok());
    EXPECT_FALSE(m_db->admin().exec(QStringLiteral("DELETE FROM region.access_log")).ok());
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral("SELECT count(*) FROM region.sip_notes WHERE corrects_note_id = $1"),
                     {note}),
              1);
}

TEST_F(RegionMutations, ClaimLeaseRenewAndRelease) {
    const QJsonObject claimed =
        apply(QStringLiteral("claim"), {{QStringLiteral("contact_id"), uuidText(m_contact)}});
    ASSERT_EQ(claimed.value(QLatin1String("status")), kApplied);
    EXPECT_EQ(
        scalar(m_db->admin(),
               QStringLiteral("SELECT count(*) FROM region.contacts WHERE id = $1 AND lease_until BETWEEN "
                              "now() + interval '29 minutes' AND now() + interval '31 minutes'"),
               {m_contact}),
        1);
    const QString other =
        m_db->addStaff(QStringLiteral("Bo Ek"), QStringLiteral("A"), QStringLiteral("nurse"));
    Result<PgConnection> otherDesk = m_db->connectAs(other);
    ASSERT_TRUE(otherDesk.ok());
    const QJsonObject lost = applyMutation(otherDesk.value(), QStringLiteral("renew"),
                                           {{QStringLiteral("contact_id"), uuidText(m_contact)}});
    EXPECT_EQ(lost.value(QLatin1String("reason_code")), QStringLiteral("claimed_by_other"));
    EXPECT_EQ(lost.value(QLatin1String("holder_name")), QStringLiteral("Anna Lind"));
    // An expired lease may be taken over.
    ASSERT_TRUE(
        m_db->admin()
            .exec(QStringLiteral(
                      "UPDATE region.contacts SET lease_until = now() - interval '1 minute' WHERE id = $1"),
                  {m_contact})
            .ok());
    EXPECT_EQ(applyMutation(otherDesk.value(), QStringLiteral("claim"),
                            {{QStringLiteral("contact_id"), uuidText(m_contact)}})
                  .value(QLatin1String("status")),
              kApplied);
    EXPECT_EQ(apply(QStringLiteral("release"), {{QStringLiteral("contact_id"), uuidText(m_contact)}})
                  .value(QLatin1String("reason_code")),
              QStringLiteral("claimed_by_other"));
    EXPECT_EQ(applyMutation(otherDesk.value(), QStringLiteral("release"),
                            {{QStringLiteral("contact_id"), uuidText(m_contact)}})
                  .value(QLatin1String("status")),
              kApplied);
    EXPECT_EQ(contactStatus(), QStringLiteral("new"));
}
