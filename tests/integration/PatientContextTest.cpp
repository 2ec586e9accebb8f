// Issue 7: named contacts and the patient panel's access logging through the real region store, and the team
// lead's access-log extract (definer function, team leads only).
#include "RegionTestDatabase.h"
#include "SyncDesk.h"
#include "domain/DeadlinePolicy.h"
#include "item/PatientRepository.h"
#include "region/AccessLogClient.h"
#include "sync/PatientAccess.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace vk;
using namespace vk::test;

namespace {

class PatientContextTest : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_db->createUnit(QStringLiteral("A"));
        m_db->createUnit(QStringLiteral("B"));
        m_lead =
            m_db->addStaff(QStringLiteral("Anna Lind"), QStringLiteral("A"), QStringLiteral("team_lead"));
        m_nurse = m_db->addStaff(QStringLiteral("Bo Ek"), QStringLiteral("A"), QStringLiteral("nurse"));
        m_otherLead =
            m_db->addStaff(QStringLiteral("Cilla Berg"), QStringLiteral("B"), QStringLiteral("team_lead"));
        m_contact = uuidText(m_db->ingestCallback(QStringLiteral("A"), QStringLiteral("196408233234")));
        Result<PgResult> patient =
            m_db->admin().exec(QStringLiteral("SELECT patient_id::text FROM region.contacts WHERE id = $1"),
                               {QUuid::fromString(m_contact)});
        ASSERT_TRUE(patient.ok() && patient->rows() == 1);
        m_patient = patient->text(0, 0);
        m_unitA = uuidText(unitId(QStringLiteral("A")));
        m_leadDesk = std::make_unique<SyncDesk>(m_db->settingsFor(m_lead), m_lead);
        m_nurseDesk = std::make_unique<SyncDesk>(m_db->settingsFor(m_nurse), m_nurse);
        for (SyncDesk* desk : {m_leadDesk.get(), m_nurseDesk.get()}) {
            ASSERT_TRUE(syncUntil(*desk, [&] {
                return desk->contactValue(m_contact, QStringLiteral("status")) == QLatin1String("new") &&
                       !desk->staffId().isEmpty();
            }));
        }
    }

    QUuid unitId(const QString& suffix) {
        Result<PgResult> unit = m_db->admin().exec(
            QStringLiteral("SELECT id::text FROM region.units WHERE hsa_id = $1"), {m_db->unitHsaId(suffix)});
        return unit.ok() && unit->rows() == 1 ? QUuid::fromString(unit->text(0, 0)) : QUuid();
    }

    template <typename Done>
    static bool syncUntil(SyncDesk& desk, Done done) {
        return QTest::qWaitFor(
            [&] {
                const Status round = desk.sync();
                return round.ok() && done();
            },
            20000);
    }
    /// Pushes every queued mutation of the desk (bounded).
    static bool pushAll(SyncDesk& desk) {
        return syncUntil(desk, [&desk] { return desk.pendingMutations() == 0; });
    }

    QString careValue(const QString& id, const char* expression) {
        Result<PgResult> row =
            m_db->admin().exec(QStringLiteral("SELECT (%1)::text FROM region.care_contacts WHERE id = $1")
                                   .arg(QLatin1String(expression)),
                               {QUuid::fromString(id)});
        return row.ok() && row->rows() == 1 ? row->text(0, 0) : QStringLiteral("<missing>");
    }
    qint64 accessRows(const QString& login, const QString& action) {
        return scalar(m_db->admin(),
                      QStringLiteral("SELECT count(*) FROM region.access_log a JOIN region.staff s ON s.id = "
                                     "a.staff_id WHERE s.login = $1 AND a.patient_id = $2 AND a.action = $3"),
                      {login, QUuid::fromString(m_patient), action});
    }
    static QDate today() {
        return QDateTime::currentDateTimeUtc().toTimeZone(DeadlinePolicy::stockholm()).date();
    }

    std::unique_ptr<RegionTestDatabase> m_db;
    QString m_lead, m_nurse, m_otherLead, m_contact, m_patient, m_unitA;
    std::unique_ptr<SyncDesk> m_leadDesk, m_nurseDesk;
};

} // namespace

TEST_F(PatientContextTest, AssignEndAndDeclineRoundTripThroughTheRegionStore) {
    const QString nurseId = m_nurseDesk->staffId();
    CareContactAssignment assignment;
    assignment.patientId = m_patient;
    assignment.staffId = nurseId;
    assignment.unitId = m_unitA;
    assignment.role = QStringLiteral("fast_vardkontakt");
    assignment.validFrom = today();
    assignment.note = QStringLiteral("Många kontakter");
    ASSERT_TRUE(m_leadDesk->actions().assignCareContact(assignment).ok());
    ASSERT_TRUE(pushAll(*m_leadDesk));
    const QString first =
        m_leadDesk->cache().scalar(QStringLiteral("SELECT id FROM care_contacts")).toString();
    EXPECT_EQ(
        careValue(first,
                  "staff_id::text || '/' || role || '/' || declined || '/' || coalesce(valid_to::text, '-')"),
        nurseId + QStringLiteral("/fast_vardkontakt/false/-"));
    EXPECT_EQ(careValue(first, "appointed_by"), m_leadDesk->staffId())
        << "who appointed comes from the login";
    EXPECT_TRUE(m_leadDesk->conflictMessages().isEmpty());

    // The named contact's desk pulls it, and the patient's contact becomes one of "Mina patienter".
    ASSERT_TRUE(syncUntil(*m_nurseDesk, [&] {
        const int row = m_nurseDesk->inbox().rowOf(m_contact);
        return row >= 0 && m_nurseDesk->inbox().rowAt(row).fromMyPatient;
    })) << "the inbox row follows the pulled care contact";

    // Ending is an update with a date: the row stays.
    ASSERT_TRUE(m_leadDesk->actions().endCareContact(first, today().addDays(30)).ok());
    ASSERT_TRUE(pushAll(*m_leadDesk));
    EXPECT_EQ(careValue(first, "valid_to"), today().addDays(30).toString(Qt::ISODate));

    // A second offer, which the patient declines: kept as history, appointer unchanged.
    assignment.role = QStringLiteral("kontaktsjukskoterska");
    ASSERT_TRUE(m_leadDesk->actions().assignCareContact(assignment).ok());
    ASSERT_TRUE(pushAll(*m_leadDesk));
    const QString second =
        m_leadDesk->cache()
            .scalar(QStringLiteral("SELECT id FROM care_contacts WHERE role = 'kontaktsjukskoterska'"))
            .toString();
    ASSERT_TRUE(m_leadDesk->actions().declineCareContact(second, today(), QStringLiteral("Vill inte")).ok());
    ASSERT_TRUE(pushAll(*m_leadDesk));
    EXPECT_EQ(careValue(second, "declined::text || '/' || valid_to || '/' || note"),
              QStringLiteral("true/") + today().toString(Qt::ISODate) + QStringLiteral("/Vill inte"));
    EXPECT_EQ(careValue(second, "appointed_by"), m_leadDesk->staffId());
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral("SELECT count(*) FROM region.care_contacts WHERE patient_id = $1"),
                     {QUuid::fromString(m_patient)}),
              2);
    EXPECT_TRUE(m_leadDesk->conflictMessages().isEmpty());

    // An assignment of someone outside the unit is refused by the store and rolled back on the desk.
    CareContactAssignment outsider = assignment;
    outsider.staffId = uuidText(m_db->staffId(m_otherLead));
    ASSERT_TRUE(m_leadDesk->actions().assignCareContact(outsider).ok());
    ASSERT_TRUE(pushAll(*m_leadDesk));
    EXPECT_EQ(m_leadDesk->conflictMessages().size(), 1);
    EXPECT_EQ(m_leadDesk->cache().scalar(QStringLiteral("SELECT count(*) FROM care_contacts")).toInt(), 2);
}

TEST_F(PatientContextTest, EveryPanelOpeningIsExactlyOneAccessLogRow) {
    for (int opening = 0; opening < 3; ++opening) {
        Result<PatientAccess::Opened> opened = PatientAccess::open(
            m_nurseDesk->cache().db(), m_nurseDesk->actions(), m_patient, QString(), today());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        EXPECT_EQ(opened->unitId, m_unitA);
        EXPECT_EQ(opened->overview.contacts.size(), 1U);
    }
    // Re-reading (what a refresh does) logs nothing.
    ASSERT_TRUE(PatientRepository(m_nurseDesk->cache().db()).load(m_patient, today()).ok());
    ASSERT_TRUE(pushAll(*m_nurseDesk));
    EXPECT_EQ(accessRows(m_nurse, QStringLiteral("open_patient")), 3);
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral(
                         "SELECT count(*) FROM region.access_log a JOIN region.units u ON u.id = a.unit_id "
                         "WHERE a.patient_id = $1 AND a.action = 'open_patient' AND u.hsa_id = $2"),
                     {QUuid::fromString(m_patient), m_db->unitHsaId(QStringLiteral("A"))}),
              3);
}

TEST_F(PatientContextTest, OnlyATeamLeadReadsTheExtractAndReadingAndExportingAreLogged) {
    ASSERT_TRUE(
        PatientAccess::open(m_nurseDesk->cache().db(), m_nurseDesk->actions(), m_patient, QString(), today())
            .ok());
    ASSERT_TRUE(pushAll(*m_nurseDesk));

    // A nurse: neither through the function nor the table.
    Result<std::vector<AccessLogEntry>> refused =
        AccessLogClient::fetch(m_db->settingsFor(m_nurse), m_patient);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("access_log.not_allowed"));
    Result<PgConnection> nurse = m_db->connectAs(m_nurse);
    ASSERT_TRUE(nurse.ok());
    EXPECT_FALSE(nurse->exec(QStringLiteral("SELECT count(*) FROM region.access_log")).ok());
    // A team lead of another unit the patient has no contact with: refused as well.
    EXPECT_EQ(AccessLogClient::fetch(m_db->settingsFor(m_otherLead), m_patient).error().code,
              QStringLiteral("access_log.not_allowed"));

    Result<std::vector<AccessLogEntry>> extract =
        AccessLogClient::fetch(m_db->settingsFor(m_lead), m_patient);
    ASSERT_TRUE(extract.ok()) << extract.error().message.toStdString();
    const auto nurseOpening =
        std::find_if(extract->cbegin(), extract->cend(), [](const AccessLogEntry& entry) {
            return entry.action == QLatin1String("open_patient") && entry.staffName == QLatin1String("Bo Ek");
        });
    ASSERT_NE(nurseOpening, extract->cend());
    EXPECT_EQ(nurseOpening->unitHsaId, m_db->unitHsaId(QStringLiteral("A")));
    EXPECT_TRUE(nurseOpening->at.isValid());
    for (std::size_t i = 1; i < extract->size(); ++i) {
        EXPECT_GE(extract.value()[i - 1].at, extract.value()[i].at) << "newest first";
    }
    EXPECT_EQ(accessRows(m_lead, QStringLiteral("read_access_log")), 1) << "reading the extract is an access";

    // The export is logged the way the panel logs it: an access of its own, through the outbox.
    ASSERT_TRUE(m_leadDesk->actions()
                    .logAccess(m_patient, QString(), m_unitA, QStringLiteral("export_access_log"))
                    .ok());
    ASSERT_TRUE(pushAll(*m_leadDesk));
    EXPECT_EQ(accessRows(m_lead, QStringLiteral("export_access_log")), 1);
    Result<std::vector<AccessLogEntry>> again = AccessLogClient::fetch(m_db->settingsFor(m_lead), m_patient);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(std::any_of(again->cbegin(), again->cend(), [](const AccessLogEntry& entry) {
        return entry.action == QLatin1String("export_access_log") &&
               entry.staffName == QLatin1String("Anna Lind");
    }));
}

TEST_F(PatientContextTest, TheExtractNeedsTheNetworkAndSaysSoWhenOffline) {
    PgConnectionSettings offline = m_db->settingsFor(m_lead);
    offline.host = QStringLiteral("127.0.0.1");
    offline.port = QStringLiteral("1"); // nothing listens there
    offline.connectTimeoutSeconds = 2;
    Result<std::vector<AccessLogEntry>> result = AccessLogClient::fetch(offline, m_patient);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("region.connect_failed"));
}
