// Issue 10 (security checks): every access to patient data through the region store leaves exactly one
// access-log entry — one per applied action, none for a refused one, none for a replayed mutation (a desk
// that resends after a lost answer or a crash), and every entry names the staff member, the unit, the patient
// and what was done.
#include "RegionTestDatabase.h"

#include <gtest/gtest.h>

using namespace vk;
using namespace vk::test;

namespace {

class RegionAccessLogTest : public ::testing::Test {
protected:
    static constexpr int Nurse = 0;
    static constexpr int Lead = 1;

    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_unitA = m_db->createUnit(QStringLiteral("A"));
        m_unitB = m_db->createUnit(QStringLiteral("B"));
        m_nurse = m_db->addStaff(QStringLiteral("Anna Lind"), QStringLiteral("A"), QStringLiteral("nurse"));
        m_lead =
            m_db->addStaff(QStringLiteral("Lena Lund"), QStringLiteral("A"), QStringLiteral("team_lead"));
        for (const QString& login : {m_nurse, m_lead}) {
            Result<PgConnection> connection = m_db->connectAs(login);
            ASSERT_TRUE(connection.ok());
            m_connections.push_back(std::make_unique<PgConnection>(std::move(connection.value())));
        }
    }

    qint64 entries() {
        return scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.access_log"));
    }

    QString patientOf(const QUuid& contact) {
        Result<PgResult> result = m_db->admin().exec(
            QStringLiteral("SELECT patient_id::text FROM region.contacts WHERE id = $1"), {contact});
        return result.ok() && result->rows() == 1 ? result->text(0, 0) : QString();
    }

    /// Applies the mutation, expects `status` and exactly `added` new access-log entries; then sends the
    /// same mutation id again and expects the same answer and no further entry.
    void expectEntries(int who, const QString& kind, const QJsonObject& payload, const char* status,
                       int added, const QString& action = {}) {
        PgConnection& as = *m_connections.at(static_cast<size_t>(who));
        const QUuid id = QUuid::createUuid();
        const qint64 before = entries();
        const QJsonObject first = applyMutation(as, kind, payload, id);
        ASSERT_EQ(first.value(QLatin1String("status")).toString(), QLatin1String(status))
            << kind.toStdString() << ": " << first.value(QLatin1String("message")).toString().toStdString();
        EXPECT_EQ(entries() - before, added) << kind.toStdString();
        if (added == 1) {
            Result<PgResult> last = m_db->admin().exec(
                QStringLiteral("SELECT s.login, a.unit_id::text, coalesce(a.patient_id::text, ''), a.action "
                               "FROM region.access_log "
                               "a JOIN region.staff s ON s.id = a.staff_id ORDER BY a.id DESC LIMIT 1"));
            ASSERT_TRUE(last.ok());
            EXPECT_EQ(last->text(0, 0), who == Nurse ? m_nurse : m_lead) << kind.toStdString();
            EXPECT_EQ(last->text(0, 1), uuidText(m_unitA)) << kind.toStdString();
            EXPECT_FALSE(last->text(0, 2).isEmpty()) << kind.toStdString() << ": the entry names the patient";
            EXPECT_EQ(last->text(0, 3), action.isEmpty() ? kind : action) << kind.toStdString();
        }
        const qint64 afterFirst = entries();
        const QJsonObject replay = applyMutation(as, kind, payload, id);
        EXPECT_EQ(replay, first) << kind.toStdString() << ": a replay gets the stored answer";
        EXPECT_EQ(entries(), afterFirst) << kind.toStdString() << ": a replay logs nothing";
    }

    std::unique_ptr<RegionTestDatabase> m_db;
    QUuid m_unitA, m_unitB;
    QString m_nurse, m_lead;
    std::vector<std::unique_ptr<PgConnection>> m_connections;
};

} // namespace

TEST_F(RegionAccessLogTest, EachAppliedPatientActionLogsExactlyOnce) {
    PgConnection& nurse = *m_connections.at(Nurse);
    const QUuid callback = m_db->ingestCallback(QStringLiteral("A"), testPersonnummer(1));
    const QUuid errand = m_db->ingestEservice(QStringLiteral("A"), testPersonnummer(2));
    const QUuid forwarded = m_db->ingestCallback(QStringLiteral("A"), testPersonnummer(3));
    const QUuid cancelled = m_db->ingestCallback(QStringLiteral("A"), testPersonnummer(4));
    const QUuid taken = m_db->ingestCallback(QStringLiteral("A"), testPersonnummer(5));
    const QUuid unknown = m_db->ingestCallback(QStringLiteral("A"));
    const QString patient = patientOf(callback);
    const auto contact = [](const QUuid& id) {
        return QJsonObject{{QStringLiteral("contact_id"), uuidText(id)}};
    };
    ASSERT_EQ(entries(), 0) << "ingesting is not an access";

    expectEntries(Nurse, QStringLiteral("log_access"),
                  {{QStringLiteral("patient_id"), patient},
                   {QStringLiteral("contact_id"), uuidText(callback)},
                   {QStringLiteral("unit_id"), uuidText(m_unitA)},
                   {QStringLiteral("action"), QStringLiteral("open")}},
                  "applied", 1, QStringLiteral("open"));
    expectEntries(Nurse, QStringLiteral("claim"), contact(callback), "applied", 1);
    QJsonObject attempt = contact(callback);
    attempt.insert(QStringLiteral("outcome"), QStringLiteral("no_answer"));
    expectEntries(Nurse, QStringLiteral("log_attempt"), attempt, "applied", 1);
    QJsonObject complete = contact(callback);
    complete.insert(QStringLiteral("code"), QStringLiteral("RAD"));
    expectEntries(Nurse, QStringLiteral("complete"), complete, "applied", 1);
    // Closed now: a second completion is refused and logs nothing.
    expectEntries(Nurse, QStringLiteral("complete"), complete, "rejected", 0);

    QJsonObject reply = contact(errand);
    reply.insert(QStringLiteral("body"), QStringLiteral("Hej! Receptet är förnyat."));
    expectEntries(Nurse, QStringLiteral("reply"), reply, "applied", 1);
    expectEntries(Nurse, QStringLiteral("release"), contact(errand), "applied", 1);
    QJsonObject verify = contact(errand);
    verify.insert(QStringLiteral("id_type"), QStringLiteral("personnummer"));
    verify.insert(QStringLiteral("id_value"), testPersonnummer(2));
    expectEntries(Nurse, QStringLiteral("verify_identity"), verify, "applied", 1);
    QJsonObject forward = contact(forwarded);
    forward.insert(QStringLiteral("to_unit_id"), uuidText(m_unitB));
    forward.insert(QStringLiteral("note"), QStringLiteral("Fel mottagning"));
    expectEntries(Nurse, QStringLiteral("forward"), forward, "applied", 1);
    QJsonObject cancel = contact(cancelled);
    cancel.insert(QStringLiteral("reason"), QStringLiteral("duplicate"));
    expectEntries(Nurse, QStringLiteral("cancel"), cancel, "applied", 1);

    expectEntries(Nurse, QStringLiteral("claim"), contact(taken), "applied", 1);
    expectEntries(Lead, QStringLiteral("claim"), contact(taken), "rejected", 0);
    expectEntries(Lead, QStringLiteral("reassign"),
                  {{QStringLiteral("contact_id"), uuidText(taken)},
                   {QStringLiteral("to_staff_id"), uuidText(m_db->staffId(m_lead))}},
                  "applied", 1);
    expectEntries(Lead, QStringLiteral("release_any"), contact(taken), "applied", 1);

    const QString careId = uuidText(QUuid::createUuid());
    expectEntries(Nurse, QStringLiteral("assign_care_contact"),
                  {{QStringLiteral("id"), careId},
                   {QStringLiteral("patient_id"), patient},
                   {QStringLiteral("unit_id"), uuidText(m_unitA)},
                   {QStringLiteral("staff_id"), uuidText(m_db->staffId(m_nurse))},
                   {QStringLiteral("role"), QStringLiteral("fast_vardkontakt")}},
                  "applied", 1);
    const QString planId = uuidText(QUuid::createUuid());
    expectEntries(Nurse, QStringLiteral("sip_create"),
                  {{QStringLiteral("id"), planId},
                   {QStringLiteral("patient_id"), patient},
                   {QStringLiteral("unit_id"), uuidText(m_unitA)},
                   {QStringLiteral("consent_given_by"), QStringLiteral("Patienten")},
                   {QStringLiteral("consent_date"), QStringLiteral("2026-11-20")}},
                  "applied", 1);
    expectEntries(
        Nurse, QStringLiteral("sip_add_note"),
        {{QStringLiteral("plan_id"), planId}, {QStringLiteral("body"), QStringLiteral("Uppföljning")}},
        "applied", 1);

    // A contact without a known patient is still an access to the contact; the entry has no patient then.
    const qint64 before = entries();
    EXPECT_EQ(applyMutation(nurse, QStringLiteral("claim"), contact(unknown)).value(QLatin1String("status")),
              QStringLiteral("applied"));
    EXPECT_EQ(entries() - before, 1);
}
