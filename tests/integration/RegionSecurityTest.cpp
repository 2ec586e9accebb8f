// Issue 4, acceptance (1): a nurse of unit A sees none of unit B's rows with direct SQL, cannot write any
// table, cannot run team-lead actions, and every action naming another unit's ids is refused.
#include "RegionTestDatabase.h"

#include <gtest/gtest.h>

using namespace vk;
using namespace vk::test;

namespace {

class RegionSecurity : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_unitA = m_db->createUnit(QStringLiteral("A"));
        m_unitB = m_db->createUnit(QStringLiteral("B"));
        m_nurseA = m_db->addStaff(QStringLiteral("Anna Lind"), QStringLiteral("A"), QStringLiteral("nurse"));
        m_nurseB =
            m_db->addStaff(QStringLiteral("Bertil Berg"), QStringLiteral("B"), QStringLiteral("nurse"));
        m_leadA =
            m_db->addStaff(QStringLiteral("Lena Lund"), QStringLiteral("A"), QStringLiteral("team_lead"));
        m_contactA = m_db->ingestCallback(QStringLiteral("A"), QStringLiteral("196408233234"));
        m_contactB = m_db->ingestCallback(QStringLiteral("B"), QStringLiteral("191212121212"));
        m_errandB = m_db->ingest(
            QStringLiteral(
                R"({"kind":"eservice","external_id":"esB","unit":"%1","received_at":"2026-11-23T08:00:00Z",)"
                R"("due_at":"2026-11-24T08:00:00Z","errand_type":"Rådgivning","body":"Hemligt",)"
                R"("patient":{"id_type":"personnummer","id_value":"191212121212"}})")
                .arg(m_db->unitHsaId(QStringLiteral("B"))));
        Result<PgResult> patient = m_db->admin().exec(
            QStringLiteral("SELECT patient_id FROM region.contacts WHERE id = $1"), {m_contactB});
        ASSERT_TRUE(patient.ok());
        m_patientB = patient->uuid(0, 0);
        Result<PgConnection> connection = m_db->connectAs(m_nurseA);
        ASSERT_TRUE(connection.ok()) << connection.error().message.toStdString();
        m_nurse = std::make_unique<PgConnection>(std::move(connection.value()));
    }

    std::unique_ptr<RegionTestDatabase> m_db;
    std::unique_ptr<PgConnection> m_nurse; ///< nurse of unit A
    QUuid m_unitA, m_unitB, m_contactA, m_contactB, m_errandB, m_patientB;
    QString m_nurseA, m_nurseB, m_leadA;
};

} // namespace

TEST_F(RegionSecurity, NurseReadsOnlyHerUnitsRows) {
    EXPECT_EQ(scalar(*m_nurse, QStringLiteral("SELECT count(*) FROM region.contacts")), 1);
    EXPECT_EQ(scalar(*m_nurse, QStringLiteral("SELECT count(*) FROM region.contacts WHERE unit_id = $1"),
                     {m_unitB}),
              0);
    EXPECT_EQ(
        scalar(*m_nurse, QStringLiteral("SELECT count(*) FROM region.contacts WHERE id = $1"), {m_contactB}),
        0);
    EXPECT_EQ(
        scalar(*m_nurse, QStringLiteral("SELECT count(*) FROM region.patients WHERE id = $1"), {m_patientB}),
        0);
    EXPECT_EQ(scalar(*m_nurse, QStringLiteral("SELECT count(*) FROM region.patients")), 1);
    EXPECT_EQ(scalar(*m_nurse,
                     QStringLiteral("SELECT count(*) FROM region.callback_requests WHERE contact_id = $1"),
                     {m_contactB}),
              0);
    EXPECT_EQ(scalar(*m_nurse, QStringLiteral("SELECT count(*) FROM region.eservice_messages")), 0);
    EXPECT_EQ(scalar(*m_nurse, QStringLiteral("SELECT count(*) FROM region.eservice_errands")), 0);
    EXPECT_EQ(scalar(*m_nurse, QStringLiteral("SELECT count(*) FROM region.unit_members WHERE unit_id = $1"),
                     {m_unitB}),
              0);
    EXPECT_EQ(
        scalar(*m_nurse, QStringLiteral("SELECT count(*) FROM region.staff WHERE login = $1"), {m_nurseB}),
        0);
    // The directory and the code list are shared.
    EXPECT_EQ(scalar(*m_nurse, QStringLiteral("SELECT count(*) FROM region.units")), 2);
    EXPECT_EQ(scalar(*m_nurse, QStringLiteral("SELECT count(*) FROM region.codes")), 21);
    // Logs and bookkeeping are not readable at all.
    for (const char* table :
         {"access_log", "change_log", "applied_mutations", "region_meta", "schema_migrations"}) {
        Result<PgResult> read =
            m_nurse->exec(QStringLiteral("SELECT count(*) FROM region.") + QLatin1String(table));
        ASSERT_FALSE(read.ok()) << table;
        EXPECT_EQ(read.error().code, QStringLiteral("region.permission_denied")) << table;
    }
    // The same holds the other way round once B's patient appears in A: only then is the patient visible.
    Result<PgConnection> nurseB = m_db->connectAs(m_nurseB);
    ASSERT_TRUE(nurseB.ok());
    EXPECT_EQ(scalar(nurseB.value(), QStringLiteral("SELECT count(*) FROM region.contacts")), 2);
    EXPECT_EQ(scalar(nurseB.value(), QStringLiteral("SELECT count(*) FROM region.contacts WHERE id = $1"),
                     {m_contactA}),
              0);
}

TEST_F(RegionSecurity, DirectWritesAreRefusedOnEveryTable) {
    const QStringList statements = {
        QStringLiteral("INSERT INTO region.contacts (channel, unit_id, received_at, due_at) "
                       "VALUES ('callback', '%1', now(), now())")
            .arg(uuidText(m_unitA)),
        QStringLiteral("UPDATE region.contacts SET status = 'completed' WHERE id = '%1'")
            .arg(uuidText(m_contactA)),
        QStringLiteral("DELETE FROM region.contacts WHERE id = '%1'").arg(uuidText(m_contactA)),
        QStringLiteral("UPDATE region.patients SET name = 'x'"),
        QStringLiteral("DELETE FROM region.callback_requests"),
        QStringLiteral("INSERT INTO region.codes (code, label_sv, label_en) VALUES ('X', 'x', 'x')"),
        QStringLiteral("UPDATE region.units SET name = 'x'"),
        QStringLiteral("INSERT INTO region.unit_members (unit_id, staff_id, role) "
                       "SELECT '%1', id, 'team_lead' FROM region.staff")
            .arg(uuidText(m_unitB)),
        QStringLiteral("INSERT INTO region.access_log (at, staff_id, unit_id, action) "
                       "SELECT now(), id, '%1', 'x' FROM region.staff")
            .arg(uuidText(m_unitA)),
        QStringLiteral("DELETE FROM region.change_log"),
        QStringLiteral("UPDATE region.region_meta SET value = 'x'"),
        QStringLiteral(
            "INSERT INTO region.applied_mutations VALUES (gen_random_uuid(), gen_random_uuid(), 'x', '{}')"),
        QStringLiteral("DELETE FROM region.sip_notes"),
    };
    for (const QString& statement : statements) {
        Result<PgResult> result = m_nurse->exec(statement);
        ASSERT_FALSE(result.ok()) << statement.toStdString();
        EXPECT_EQ(m_nurse->lastSqlState(), QStringLiteral("42501")) << statement.toStdString();
    }
    EXPECT_EQ(
        scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.contacts WHERE status = 'new'")),
        3);
}

TEST_F(RegionSecurity, NurseCannotRunTeamLeadActions) {
    ASSERT_EQ(applyMutation(*m_nurse, QStringLiteral("claim"),
                            {{QStringLiteral("contact_id"), uuidText(m_contactA)}})
                  .value(QLatin1String("status")),
              QStringLiteral("applied"));
    const QJsonObject reassign =
        applyMutation(*m_nurse, QStringLiteral("reassign"),
                      {{QStringLiteral("contact_id"), uuidText(m_contactA)},
                       {QStringLiteral("to_staff_id"), uuidText(m_db->staffId(m_leadA))}});
    EXPECT_EQ(reassign.value(QLatin1String("reason_code")), QStringLiteral("not_allowed"));
    const QJsonObject releaseAny = applyMutation(*m_nurse, QStringLiteral("release_any"),
                                                 {{QStringLiteral("contact_id"), uuidText(m_contactA)}});
    EXPECT_EQ(releaseAny.value(QLatin1String("reason_code")), QStringLiteral("not_allowed"));
    // Direct calls of the team-lead functions are refused the same way.
    Result<PgResult> direct =
        m_nurse->exec(QStringLiteral("SELECT region.release_any($1::jsonb)"),
                      {QJsonObject{{QStringLiteral("contact_id"), uuidText(m_contactA)}}});
    ASSERT_TRUE(direct.ok());
    EXPECT_EQ(direct->json(0, 0).toObject().value(QLatin1String("reason_code")),
              QStringLiteral("not_allowed"));
    // Admin-only functions are not executable at all.
    for (const char* call :
         {"SELECT region.bump_epoch()", "SELECT region.reset_change_log()", "SELECT region.ingest('{}')",
          "SELECT region.log_change('x', 'x', NULL, NULL, 'upsert', NULL)",
          "SELECT region.run_action('claim', '{}')"}) {
        EXPECT_FALSE(m_nurse->exec(QLatin1String(call)).ok()) << call;
        EXPECT_EQ(m_nurse->lastSqlState(), QStringLiteral("42501")) << call;
    }

    // The team lead may.
    Result<PgConnection> lead = m_db->connectAs(m_leadA);
    ASSERT_TRUE(lead.ok());
    EXPECT_EQ(applyMutation(lead.value(), QStringLiteral("release_any"),
                            {{QStringLiteral("contact_id"), uuidText(m_contactA)}})
                  .value(QLatin1String("status")),
              QStringLiteral("applied"));
    EXPECT_EQ(
        scalar(m_db->admin(),
               QStringLiteral("SELECT count(*) FROM region.contacts WHERE id = $1 AND claimed_by IS NULL"),
               {m_contactA}),
        1);
}

TEST_F(RegionSecurity, ActionsWithAnotherUnitsIdsAreRefused) {
    const QString b = uuidText(m_contactB);
    const QList<std::pair<QString, QJsonObject>> attempts = {
        {QStringLiteral("claim"), {{QStringLiteral("contact_id"), b}}},
        {QStringLiteral("release"), {{QStringLiteral("contact_id"), b}}},
        {QStringLiteral("log_attempt"),
         {{QStringLiteral("contact_id"), b}, {QStringLiteral("outcome"), QStringLiteral("busy")}}},
        {QStringLiteral("complete"),
         {{QStringLiteral("contact_id"), b}, {QStringLiteral("code"), QStringLiteral("RAD")}}},
        {QStringLiteral("cancel"),
         {{QStringLiteral("contact_id"), b}, {QStringLiteral("reason"), QStringLiteral("spam")}}},
        {QStringLiteral("reply"),
         {{QStringLiteral("contact_id"), uuidText(m_errandB)},
          {QStringLiteral("body"), QStringLiteral("x")}}},
        {QStringLiteral("forward"),
         {{QStringLiteral("contact_id"), b}, {QStringLiteral("to_unit_id"), uuidText(m_unitA)}}},
        {QStringLiteral("verify_identity"),
         {{QStringLiteral("contact_id"), b},
          {QStringLiteral("id_type"), QStringLiteral("personnummer")},
          {QStringLiteral("id_value"), QStringLiteral("196408233234")}}},
        {QStringLiteral("assign_care_contact"),
         {{QStringLiteral("patient_id"), uuidText(m_patientB)},
          {QStringLiteral("unit_id"), uuidText(m_unitA)},
          {QStringLiteral("staff_id"), uuidText(m_db->staffId(m_nurseA))},
          {QStringLiteral("role"), QStringLiteral("fast_vardkontakt")}}},
        {QStringLiteral("assign_care_contact"),
         {{QStringLiteral("patient_id"), uuidText(m_patientB)},
          {QStringLiteral("unit_id"), uuidText(m_unitB)},
          {QStringLiteral("staff_id"), uuidText(m_db->staffId(m_nurseB))},
          {QStringLiteral("role"), QStringLiteral("fast_vardkontakt")}}},
        {QStringLiteral("sip_create"),
         {{QStringLiteral("patient_id"), uuidText(m_patientB)},
          {QStringLiteral("unit_id"), uuidText(m_unitA)},
          {QStringLiteral("consent_given_by"), QStringLiteral("Patienten")},
          {QStringLiteral("consent_date"), QStringLiteral("2026-11-20")}}},
        {QStringLiteral("log_access"),
         {{QStringLiteral("patient_id"), uuidText(m_patientB)},
          {QStringLiteral("unit_id"), uuidText(m_unitB)},
          {QStringLiteral("action"), QStringLiteral("open_patient")}}},
        {QStringLiteral("log_access"),
         {{QStringLiteral("patient_id"), uuidText(m_patientB)},
          {QStringLiteral("unit_id"), uuidText(m_unitA)},
          {QStringLiteral("action"), QStringLiteral("open_patient")}}},
    };
    for (const auto& [kind, payload] : attempts) {
        const QJsonObject result = applyMutation(*m_nurse, kind, payload);
        EXPECT_EQ(result.value(QLatin1String("status")), QStringLiteral("rejected")) << kind.toStdString();
        EXPECT_EQ(result.value(QLatin1String("reason_code")), QStringLiteral("not_allowed"))
            << kind.toStdString();
    }
    // Nothing of B changed, nothing was logged in B's name.
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral("SELECT count(*) FROM region.contacts WHERE unit_id = $1 AND "
                                    "status = 'new' AND claimed_by IS NULL AND version = 1"),
                     {m_unitB}),
              2);
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.access_log")), 0);
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.care_contacts")), 0);
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.sip_plans")), 0);
}

TEST_F(RegionSecurity, LoginWithoutStaffRowCanDoNothing) {
    // A member of vardinkorg_staff that is not registered as staff (e.g. removed) sees and changes nothing.
    const QString login = m_nurseA;
    ASSERT_TRUE(m_db->admin()
                    .exec(QStringLiteral("UPDATE region.staff SET login = login || '_gone' WHERE login = $1"),
                          {login})
                    .ok());
    EXPECT_EQ(scalar(*m_nurse, QStringLiteral("SELECT count(*) FROM region.contacts")), 0);
    EXPECT_EQ(applyMutation(*m_nurse, QStringLiteral("claim"),
                            {{QStringLiteral("contact_id"), uuidText(m_contactA)}})
                  .value(QLatin1String("reason_code")),
              QStringLiteral("not_allowed"));
}
