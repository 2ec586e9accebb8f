// Issue 8, acceptance (1): the team lead figures of the region store match values computed by hand on a fixed
// data set (a call after closing time, a holiday, a booked callback called early), a nurse cannot read them
// with direct SQL, and completing contacts without a code is refused however many are sent at once.
#include "RegionTestDatabase.h"

#include "domain/DeadlinePolicy.h"
#include "region/TeamReviewClient.h"

#include <gtest/gtest.h>

using namespace vk;
using namespace vk::test;

namespace {

// The week of trettondedag jul 2027: Tuesday 5 January works, Wednesday 6 January is a public holiday.
const QDate kMonday(2027, 1, 4);
const QDate kTuesday(2027, 1, 5);
const QDate kHoliday(2027, 1, 6);
const QDate kThursday(2027, 1, 7);
const QDate kFriday(2027, 1, 8);

QDateTime local(const QDate& day, int hour, int minute = 0) {
    return QDateTime(day, QTime(hour, minute), DeadlinePolicy::stockholm()).toUTC();
}

struct ContactSpec {
    // A constructor rather than an aggregate: most contacts name only their first few fields.
    ContactSpec(QString channel_, QDateTime received_, QDateTime bookedSlot_ = {},
                QString status_ = QStringLiteral("new"), QDateTime firstContact_ = {},
                QDateTime completedAt_ = {}, QString completedBy_ = {}, QString code_ = {},
                QString claimedBy_ = {}, QDateTime leaseUntil_ = {}, bool medicalAssessment_ = false)
        : channel(std::move(channel_))
        , received(std::move(received_))
        , bookedSlot(std::move(bookedSlot_))
        , status(std::move(status_))
        , firstContact(std::move(firstContact_))
        , completedAt(std::move(completedAt_))
        , completedBy(std::move(completedBy_))
        , code(std::move(code_))
        , claimedBy(std::move(claimedBy_))
        , leaseUntil(std::move(leaseUntil_))
        , medicalAssessment(medicalAssessment_) {}

    QString channel;
    QDateTime received;
    QDateTime bookedSlot; ///< a tidsbokad callback
    QString status;
    QDateTime firstContact;
    QDateTime completedAt;
    QString completedBy; ///< login
    QString code;
    QString claimedBy; ///< login
    QDateTime leaseUntil;
    bool medicalAssessment = false;
};

class RegionTeamLead : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_unitA = m_db->createUnit(QStringLiteral("A"));
        m_unitB = m_db->createUnit(QStringLiteral("B"));
        m_lead =
            m_db->addStaff(QStringLiteral("Lena Lund"), QStringLiteral("A"), QStringLiteral("team_lead"));
        m_nurse =
            m_db->addStaff(QStringLiteral("Nora Nilsson"), QStringLiteral("A"), QStringLiteral("nurse"));
        m_other = m_db->addStaff(QStringLiteral("Otto Berg"), QStringLiteral("B"), QStringLiteral("nurse"));
        // The lead is a plain nurse in unit B: its contacts stay out of her figures.
        m_db->addMembership(m_lead, QStringLiteral("B"), QStringLiteral("nurse"));
    }

    QUuid add(const QUuid& unit, const ContactSpec& spec) {
        const DeadlinePolicy policy; // 08:00-16:30, e-service 24 hours: the test units' settings
        const QDateTime due = spec.channel == QLatin1String("eservice")
                                  ? policy.eserviceDue(spec.received)
                                  : policy.phoneWindow(spec.received, spec.bookedSlot).due;
        const auto timeOrNull = [](const QDateTime& at) {
            return at.isValid() ? PgParam(at) : PgParam::null();
        };
        const auto staffOrNull = [this](const QString& login) {
            return login.isEmpty() ? PgParam::null() : PgParam(m_db->staffId(login));
        };
        Result<PgResult> inserted = m_db->admin().exec(
            QStringLiteral(
                "INSERT INTO region.contacts (channel, unit_id, received_at, due_at, status, "
                "first_contact_at, "
                "completed_at, completed_by, code, claimed_by, claimed_at, lease_until, medical_assessment, "
                "cancel_reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
                "CASE WHEN $10::uuid IS NOT NULL THEN $11::timestamptz - interval '30 minutes' END, $11, "
                "$12, "
                "CASE WHEN $5 = 'cancelled' THEN 'duplicate' END) RETURNING id"),
            {spec.channel, unit, spec.received, due, spec.status, timeOrNull(spec.firstContact),
             timeOrNull(spec.completedAt), staffOrNull(spec.completedBy),
             spec.code.isEmpty() ? PgParam::null() : PgParam(spec.code), staffOrNull(spec.claimedBy),
             timeOrNull(spec.leaseUntil), spec.medicalAssessment});
        EXPECT_TRUE(inserted.ok()) << m_db->admin().lastServerMessage().toStdString();
        if (!inserted) {
            return {};
        }
        const QUuid id = inserted->uuid(0, 0);
        if (spec.channel == QLatin1String("callback")) {
            Result<PgResult> request = m_db->admin().exec(
                QStringLiteral("INSERT INTO region.callback_requests (contact_id, phone, booked_slot) "
                               "VALUES ($1, '070-1740605', $2)"),
                {id, timeOrNull(spec.bookedSlot)});
            EXPECT_TRUE(request.ok()) << m_db->admin().lastServerMessage().toStdString();
        }
        return id;
    }

    void rejectCallers(const QUuid& unit, const QDateTime& at, int callers) {
        Result<PgResult> inserted = m_db->admin().exec(
            QStringLiteral("INSERT INTO region.queue_rejections (unit_id, queue, occurred_at, caller_count, "
                           "external_id) VALUES ($1, 'Rådgivning', $2, $3, gen_random_uuid()::text)"),
            {unit, at, callers});
        EXPECT_TRUE(inserted.ok()) << m_db->admin().lastServerMessage().toStdString();
    }

    /// The fixed week; each line says what the rules make of it.
    void addWeek() {
        const QString callback = QStringLiteral("callback");
        const QString voicemail = QStringLiteral("voicemail");
        const QString eservice = QStringLiteral("eservice");
        const QString completed = QStringLiteral("completed");
        const QString claimed = QStringLiteral("claimed");
        // Tuesday, called back at 10:00: met on Tuesday.
        add(m_unitA, {callback,
                      local(kTuesday, 9),
                      {},
                      completed,
                      local(kTuesday, 10),
                      local(kTuesday, 10, 5),
                      m_nurse,
                      QStringLiteral("RAD")});
        // Tuesday 17:10, after closing; Wednesday is a holiday, so the promise is Thursday: met on Thursday.
        add(m_unitA, {callback,
                      local(kTuesday, 17, 10),
                      {},
                      completed,
                      local(kThursday, 9),
                      local(kThursday, 9, 10),
                      m_nurse,
                      QStringLiteral("OMB")});
        // Left on the holiday, called back Thursday 17:00 after closing: missed on Thursday; the nurse still
        // holds it and her lease ran out (a stale claim).
        add(m_unitA, {voicemail,
                      local(kHoliday, 10),
                      {},
                      claimed,
                      local(kThursday, 17),
                      {},
                      {},
                      {},
                      m_nurse,
                      local(kThursday, 17, 30)});
        // Booked for Thursday 13:00, called at 12:40: early, which is a miss.
        add(m_unitA, {callback, local(kTuesday, 8, 30), local(kThursday, 13), completed,
                      local(kThursday, 12, 40), local(kThursday, 12, 45), m_nurse, QStringLiteral("RAD")});
        // Booked for Tuesday 14:00, called at 14:05: within the slot, met.
        add(m_unitA, {callback, local(kTuesday, 8, 45), local(kTuesday, 14), completed,
                      local(kTuesday, 14, 5), local(kTuesday, 14, 10), m_nurse, QStringLiteral("RAD")});
        // Tuesday 11:00, never called: missed on Tuesday, still waiting, overdue.
        add(m_unitA, {callback, local(kTuesday, 11)});
        // Friday 08:15, held by the nurse (lease to 12:20): pending on Friday.
        add(m_unitA,
            {voicemail, local(kFriday, 8, 15), {}, claimed, {}, {}, {}, {}, m_nurse, local(kFriday, 12, 20)});
        // Booked for Friday 12:10 (due 12:25): at risk at 12:00, pending.
        add(m_unitA, {callback, local(kFriday, 11), local(kFriday, 12, 10)});
        // A duplicate, cancelled: not a contact.
        add(m_unitA, {callback,
                      local(kThursday, 9),
                      {},
                      QStringLiteral("cancelled"),
                      {},
                      local(kThursday, 9, 30),
                      m_nurse});
        // 1177 ärende Tuesday 10:00: 24 hours end on the holiday, so due Thursday 16:30; answered Thursday
        // 11:00, met; completed with a medical assessment within three days.
        add(m_unitA, {eservice,
                      local(kTuesday, 10),
                      {},
                      completed,
                      local(kThursday, 11),
                      local(kThursday, 11, 30),
                      m_nurse,
                      QStringLiteral("REC"),
                      {},
                      {},
                      true});
        // Tuesday 12:00, due Thursday 16:30, not answered by Friday: missed on Thursday, still waiting.
        add(m_unitA, {eservice, local(kTuesday, 12)});
        // Monday 09:00, due Tuesday 09:00, answered Tuesday 10:00: missed on Tuesday; assessed Friday, more
        // than three days after arrival; completed by the lead herself.
        add(m_unitA, {eservice,
                      local(kMonday, 9),
                      {},
                      completed,
                      local(kTuesday, 10),
                      local(kFriday, 10),
                      m_lead,
                      QStringLiteral("REC"),
                      {},
                      {},
                      true});
        // Unit B (the lead is only a nurse there): never in her figures.
        add(m_unitB, {callback,
                      local(kTuesday, 9),
                      {},
                      completed,
                      local(kTuesday, 9, 30),
                      local(kTuesday, 9, 35),
                      m_other,
                      QStringLiteral("VAC")});
        add(m_unitB, {eservice, local(kTuesday, 9)});
        rejectCallers(m_unitA, local(kTuesday, 9, 3), 5);
        rejectCallers(m_unitA, local(kTuesday, 13, 40), 3);
        rejectCallers(m_unitA, local(kThursday, 8, 1), 7);
        rejectCallers(m_unitB, local(kTuesday, 9, 3), 40);
        // The lead opened the Monday ärende at 09:30 on Friday: her handling time is 30 minutes.
        Result<PgResult> opened = m_db->admin().exec(
            QStringLiteral("INSERT INTO region.access_log (at, staff_id, unit_id, contact_id, action) "
                           "SELECT $1, $2, unit_id, id, 'open' FROM region.contacts WHERE completed_by = $2"),
            {local(kFriday, 9, 30), m_db->staffId(m_lead)});
        ASSERT_TRUE(opened.ok()) << m_db->admin().lastServerMessage().toStdString();
    }

    std::unique_ptr<PgConnection> connect(const QString& login) {
        Result<PgConnection> connection = m_db->connectAs(login);
        EXPECT_TRUE(connection.ok());
        return connection ? std::make_unique<PgConnection>(std::move(connection.value())) : nullptr;
    }

    std::unique_ptr<RegionTestDatabase> m_db;
    QUuid m_unitA, m_unitB;
    QString m_lead, m_nurse, m_other;
};

const DailyFiguresRow* dayOf(const QList<DailyFiguresRow>& rows, const QDate& day) {
    for (const DailyFiguresRow& row : rows) {
        if (row.day == day) {
            return &row;
        }
    }
    return nullptr;
}

} // namespace

TEST_F(RegionTeamLead, DailyFiguresMatchTheWeekComputedByHand) {
    addWeek();
    std::unique_ptr<PgConnection> lead = connect(m_lead);
    ASSERT_TRUE(lead);
    Result<TeamStatistics> statistics =
        TeamReviewClient(*lead).statistics(kMonday, kFriday, local(kFriday, 12));
    ASSERT_TRUE(statistics.ok()) << statistics.error().message.toStdString()
                                 << lead->lastServerMessage().toStdString();
    const QList<DailyFiguresRow>& daily = statistics->daily;
    ASSERT_EQ(daily.size(), 3); // Tuesday, Thursday, Friday: nothing is due on Monday or on the holiday
    EXPECT_EQ(dayOf(daily, kMonday), nullptr);
    EXPECT_EQ(dayOf(daily, kHoliday), nullptr);

    const DailyFiguresRow* tuesday = dayOf(daily, kTuesday);
    ASSERT_NE(tuesday, nullptr);
    EXPECT_EQ(tuesday->unitId, m_unitA);
    EXPECT_EQ(tuesday->phoneTotal, 3);
    EXPECT_EQ(tuesday->phoneMet, 2);
    EXPECT_EQ(tuesday->phoneEarly, 0);
    EXPECT_EQ(tuesday->phoneMissed, 1);
    EXPECT_EQ(tuesday->phonePending, 0);
    EXPECT_EQ(tuesday->eserviceTotal, 1);
    EXPECT_EQ(tuesday->eserviceMet, 0);
    EXPECT_EQ(tuesday->eserviceMissed, 1);
    EXPECT_EQ(tuesday->assessmentTotal, 0);
    EXPECT_EQ(tuesday->turnedAway, 8);

    const DailyFiguresRow* thursday = dayOf(daily, kThursday);
    ASSERT_NE(thursday, nullptr);
    EXPECT_EQ(thursday->phoneTotal, 3);
    EXPECT_EQ(thursday->phoneMet, 1);   // after closing on Tuesday, called Thursday
    EXPECT_EQ(thursday->phoneEarly, 1); // booked, called 20 minutes early
    EXPECT_EQ(thursday->phoneMissed, 1);
    EXPECT_EQ(thursday->phonePending, 0);
    EXPECT_EQ(thursday->eserviceTotal, 2);
    EXPECT_EQ(thursday->eserviceMet, 1);
    EXPECT_EQ(thursday->eserviceMissed, 1);
    EXPECT_EQ(thursday->assessmentTotal, 1);
    EXPECT_EQ(thursday->assessmentMet, 1);
    EXPECT_EQ(thursday->turnedAway, 7);

    const DailyFiguresRow* friday = dayOf(daily, kFriday);
    ASSERT_NE(friday, nullptr);
    EXPECT_EQ(friday->phoneTotal, 2);
    EXPECT_EQ(friday->phonePending, 2);
    EXPECT_EQ(friday->phoneMet + friday->phoneMissed + friday->phoneEarly, 0);
    EXPECT_EQ(friday->assessmentTotal, 1);
    EXPECT_EQ(friday->assessmentMet, 0);
    EXPECT_EQ(friday->turnedAway, 0);
}

TEST_F(RegionTeamLead, DistributionAndHandledPerStaffMatchTheWeek) {
    addWeek();
    std::unique_ptr<PgConnection> lead = connect(m_lead);
    ASSERT_TRUE(lead);
    Result<TeamStatistics> statistics =
        TeamReviewClient(*lead).statistics(kTuesday, kFriday, local(kFriday, 12));
    ASSERT_TRUE(statistics.ok()) << lead->lastServerMessage().toStdString();
    QStringList codes;
    for (const CodeCountRow& row : statistics->codes) {
        EXPECT_EQ(row.unitId, m_unitA);
        codes.append(QStringLiteral("%1 %2 %3").arg(row.channel, row.code).arg(row.contacts));
    }
    EXPECT_EQ(codes, (QStringList{QStringLiteral("callback RAD 3"), QStringLiteral("callback OMB 1"),
                                  QStringLiteral("eservice REC 2")}));

    ASSERT_EQ(statistics->handled.size(), 2);
    EXPECT_EQ(statistics->handled.at(0).name, QStringLiteral("Nora Nilsson"));
    EXPECT_EQ(statistics->handled.at(0).completed, 5);
    EXPECT_EQ(statistics->handled.at(0).closedOther, 1); // the cancelled duplicate
    EXPECT_EQ(statistics->handled.at(1).name, QStringLiteral("Lena Lund"));
    EXPECT_EQ(statistics->handled.at(1).completed, 1);

    // A period that ends on Wednesday leaves out Thursday's and Friday's completions.
    Result<TeamStatistics> early = TeamReviewClient(*lead).statistics(kTuesday, kHoliday, local(kFriday, 12));
    ASSERT_TRUE(early.ok());
    ASSERT_EQ(early->codes.size(), 1);
    EXPECT_EQ(early->codes.at(0).code, QStringLiteral("RAD"));
    EXPECT_EQ(early->codes.at(0).contacts, 2);
}

TEST_F(RegionTeamLead, OverviewCountsOpenContactsAndStaffLoad) {
    addWeek();
    std::unique_ptr<PgConnection> lead = connect(m_lead);
    ASSERT_TRUE(lead);
    Result<TeamOverview> overview = TeamReviewClient(*lead).overview(local(kFriday, 12));
    ASSERT_TRUE(overview.ok()) << overview.error().message.toStdString()
                               << lead->lastServerMessage().toStdString();
    EXPECT_EQ(overview->takenAt, local(kFriday, 12));
    ASSERT_EQ(overview->queues.size(), 3); // unit A only, one row per channel
    const QueueOverviewRow& callbacks = overview->queues.at(0);
    EXPECT_EQ(callbacks.channel, QStringLiteral("callback"));
    EXPECT_EQ(callbacks.waiting, 2);
    EXPECT_EQ(callbacks.unassigned, 2);
    EXPECT_EQ(callbacks.atRisk, 1);
    EXPECT_EQ(callbacks.overdue, 1);
    EXPECT_EQ(callbacks.staleClaims, 0);
    EXPECT_EQ(callbacks.oldestReceived, local(kTuesday, 11));
    const QueueOverviewRow& voicemails = overview->queues.at(1);
    EXPECT_EQ(voicemails.channel, QStringLiteral("voicemail"));
    EXPECT_EQ(voicemails.waiting, 2);
    EXPECT_EQ(voicemails.unassigned, 0);
    EXPECT_EQ(voicemails.atRisk, 0);
    EXPECT_EQ(voicemails.overdue, 1);
    EXPECT_EQ(voicemails.staleClaims, 1);
    EXPECT_EQ(voicemails.oldestReceived, local(kHoliday, 10));
    const QueueOverviewRow& errands = overview->queues.at(2);
    EXPECT_EQ(errands.waiting, 1);
    EXPECT_EQ(errands.overdue, 1);

    ASSERT_EQ(overview->staff.size(), 2); // members of unit A
    const StaffLoadRow& lena = overview->staff.at(0);
    const StaffLoadRow& nora = overview->staff.at(1);
    EXPECT_EQ(lena.name, QStringLiteral("Lena Lund"));
    EXPECT_EQ(lena.holding, 0);
    EXPECT_EQ(lena.completedToday, 1);
    ASSERT_TRUE(lena.medianHandlingSeconds.has_value());
    EXPECT_DOUBLE_EQ(*lena.medianHandlingSeconds, 1800.0);
    EXPECT_EQ(nora.holding, 1); // the stale claim does not count
    EXPECT_EQ(nora.completedToday, 0);
    EXPECT_FALSE(nora.medianHandlingSeconds.has_value());

    ASSERT_EQ(overview->today.size(), 1);
    EXPECT_EQ(overview->today.at(0).day, kFriday);
    EXPECT_EQ(overview->today.at(0).phonePending, 2);

    // The snapshot a desk keeps offline reads back the same.
    std::optional<TeamOverview> restored = TeamOverview::fromJson(overview->toJson());
    ASSERT_TRUE(restored.has_value());
    EXPECT_EQ(restored->takenAt, overview->takenAt);
    EXPECT_EQ(restored->queues.at(1).staleClaims, 1);
    EXPECT_EQ(restored->queues.at(0).oldestReceived, local(kTuesday, 11));
    EXPECT_EQ(restored->staff.at(0).medianHandlingSeconds, lena.medianHandlingSeconds);
    EXPECT_EQ(restored->today.at(0).phonePending, 2);
}

TEST_F(RegionTeamLead, NurseCannotReadTeamLeadFigures) {
    addWeek();
    std::unique_ptr<PgConnection> nurse = connect(m_nurse);
    ASSERT_TRUE(nurse);
    const QStringList calls{
        QStringLiteral("SELECT count(*) FROM region.lead_queue_overview()"),
        QStringLiteral("SELECT count(*) FROM region.lead_staff_load()"),
        QStringLiteral("SELECT count(*) FROM region.lead_daily_figures('2027-01-04', '2027-01-08')"),
        QStringLiteral("SELECT count(*) FROM region.lead_code_distribution('2027-01-04', '2027-01-08')"),
        QStringLiteral("SELECT count(*) FROM region.lead_handled_by_staff('2027-01-04', '2027-01-08')"),
        QStringLiteral("SELECT count(*) FROM region.lead_export_contacts('2027-01-04', '2027-01-08', true)")};
    for (const QString& sql : calls) {
        Result<PgResult> read = nurse->exec(sql);
        ASSERT_FALSE(read.ok()) << sql.toStdString();
        EXPECT_EQ(read.error().code, QStringLiteral("region.permission_denied")) << sql.toStdString();
        EXPECT_EQ(nurse->lastSqlState(), QStringLiteral("42501"));
    }
    Result<TeamOverview> overview = TeamReviewClient(*nurse).overview();
    ASSERT_FALSE(overview.ok());
    EXPECT_EQ(overview.error().code, QStringLiteral("region.permission_denied"));
    // The refused export logged nothing.
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral("SELECT count(*) FROM region.access_log WHERE action = 'export'")),
              0);
    // The helpers behind the figures are not callable at all.
    Result<PgResult> helper = nurse->exec(QStringLiteral("SELECT region.lead_unit_ids()"));
    ASSERT_FALSE(helper.ok());
    EXPECT_EQ(nurse->lastSqlState(), QStringLiteral("42501"));
}

TEST_F(RegionTeamLead, ExportNamesPatientsOnlyWhenAskedAndLogsIt) {
    addWeek();
    const QString pnr = testPersonnummer(7);
    Result<PgResult> patient =
        m_db->admin().exec(QStringLiteral("WITH p AS (INSERT INTO region.patients (id_type, id_value, name) "
                                          "VALUES ('personnummer', $1, 'Test Testsson') RETURNING id) "
                                          "UPDATE region.contacts SET patient_id = (SELECT id FROM p) "
                                          "WHERE unit_id = $2 AND channel = 'eservice' RETURNING id"),
                           {pnr, m_unitA});
    ASSERT_TRUE(patient.ok()) << m_db->admin().lastServerMessage().toStdString();
    std::unique_ptr<PgConnection> lead = connect(m_lead);
    ASSERT_TRUE(lead);

    Result<QList<ExportRow>> plain = TeamReviewClient(*lead).exportContacts(kTuesday, kFriday, false);
    ASSERT_TRUE(plain.ok()) << lead->lastServerMessage().toStdString();
    EXPECT_EQ(plain->size(), 11); // unit A's contacts that arrived Tuesday to Friday
    for (const ExportRow& row : plain.value()) {
        EXPECT_TRUE(row.idValue.isEmpty());
        EXPECT_TRUE(row.patientName.isEmpty());
        EXPECT_EQ(row.unitHsaId, m_db->unitHsaId(QStringLiteral("A")));
    }
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral("SELECT count(*) FROM region.access_log WHERE action = 'export'")),
              0);

    Result<QList<ExportRow>> named = TeamReviewClient(*lead).exportContacts(kTuesday, kFriday, true);
    ASSERT_TRUE(named.ok());
    int withIdentity = 0;
    for (const ExportRow& row : named.value()) {
        if (!row.idValue.isEmpty()) {
            EXPECT_EQ(row.idValue, pnr);
            ++withIdentity;
        }
    }
    EXPECT_EQ(withIdentity, 2); // the two ärenden of Tuesday (Monday's lies outside the period)
    EXPECT_EQ(scalar(m_db->admin(),
                     QStringLiteral("SELECT count(*) FROM region.access_log WHERE action = 'export' "
                                    "AND staff_id = $1 AND patient_id IS NOT NULL"),
                     {m_db->staffId(m_lead)}),
              2);
}

TEST_F(RegionTeamLead, CompletingASelectionWithoutACodeIsRefusedForEveryContact) {
    const QUuid first = add(m_unitA, {QStringLiteral("callback"), local(kTuesday, 9)});
    const QUuid second = add(m_unitA, {QStringLiteral("voicemail"), local(kTuesday, 9, 5)});
    std::unique_ptr<PgConnection> lead = connect(m_lead);
    ASSERT_TRUE(lead);
    for (const QUuid& id : {first, second}) {
        for (const QJsonObject& payload : {QJsonObject{{QStringLiteral("contact_id"), uuidText(id)}},
                                           QJsonObject{{QStringLiteral("contact_id"), uuidText(id)},
                                                       {QStringLiteral("code"), QString()}}}) {
            const QJsonObject result = applyMutation(*lead, QStringLiteral("complete"), payload);
            EXPECT_EQ(result.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
            EXPECT_EQ(result.value(QLatin1String("reason_code")).toString(), QStringLiteral("invalid"));
        }
    }
    EXPECT_EQ(
        scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.contacts WHERE status = 'new'")),
        2);
}
