// Issue 8, the statistics budget (migration 0016): the figures of ended days are read from a roll-up. These
// tests use days in the past, so the roll-up is really filled (RegionTeamLeadTest's week lies in the future
// and is always computed from the contacts), and check that a stored day gives the figures the rules give,
// follows a later change of its contacts (also in a read-only snapshot, which cannot refresh), still counts
// pending contacts when asked as of a moment inside the day, and that a claim marks nothing.
#include "RegionTestDatabase.h"

#include "domain/DeadlinePolicy.h"
#include "region/TeamReviewClient.h"

#include <gtest/gtest.h>

using namespace vk;
using namespace vk::test;

namespace {

// A Tuesday and Wednesday long past: both ended, so the first statistics read rolls them up.
const QDate kTuesday(2026, 3, 3);
const QDate kWednesday(2026, 3, 4);

QDateTime local(const QDate& day, int hour, int minute = 0) {
    return QDateTime(day, QTime(hour, minute), DeadlinePolicy::stockholm()).toUTC();
}

const DailyFiguresRow* dayOf(const QList<DailyFiguresRow>& rows, const QDate& day) {
    const auto found =
        std::find_if(rows.begin(), rows.end(), [&](const DailyFiguresRow& row) { return row.day == day; });
    return found == rows.end() ? nullptr : &*found;
}

qint64 codeCount(const TeamStatistics& statistics, const QString& code) {
    qint64 total = 0;
    for (const CodeCountRow& row : statistics.codes) {
        total += row.code == code ? row.contacts : 0;
    }
    return total;
}

class RegionTeamLeadRollup : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_unit = m_db->createUnit(QStringLiteral("A"));
        m_lead =
            m_db->addStaff(QStringLiteral("Lena Lund"), QStringLiteral("A"), QStringLiteral("team_lead"));
        m_nurse =
            m_db->addStaff(QStringLiteral("Nora Nilsson"), QStringLiteral("A"), QStringLiteral("nurse"));
        // Called back at 10:00 Tuesday, due 16:30: met on Tuesday; code RAD.
        m_metCallback = add(QStringLiteral("callback"), local(kTuesday, 9), local(kTuesday, 16, 30),
                            local(kTuesday, 10), QStringLiteral("RAD"), false);
        // Never called, due Tuesday 16:30: missed once Tuesday is over, pending before 16:30.
        m_openCallback =
            add(QStringLiteral("callback"), local(kTuesday, 11), local(kTuesday, 16, 30), {}, {}, false);
        // 1177 ärende due Wednesday 10:00, answered 09:00 and completed with a medical assessment: met, and
        // assessed within three days, on Wednesday.
        add(QStringLiteral("eservice"), local(kTuesday, 10), local(kWednesday, 10), local(kWednesday, 9),
            QStringLiteral("REC"), true);
        m_client = connect(m_lead);
    }

    /// A contact of the unit; completed (6 minutes after first contact, by the nurse) when `code` is set.
    QUuid add(const QString& channel, const QDateTime& received, const QDateTime& due,
              const QDateTime& firstContact, const QString& code, bool assessed) {
        const bool done = !code.isEmpty();
        Result<PgResult> inserted = m_db->admin().exec(
            QStringLiteral(
                "INSERT INTO region.contacts (channel, unit_id, received_at, due_at, status, "
                "first_contact_at, completed_at, completed_by, code, medical_assessment) "
                "VALUES ($1, $2, $3, $4, $5, $6, $6::timestamptz + interval '6 minutes', $7, $8, $9) "
                "RETURNING id"),
            {channel, m_unit, received, due, done ? QStringLiteral("completed") : QStringLiteral("new"),
             firstContact.isValid() ? PgParam(firstContact) : PgParam::null(),
             done ? PgParam(m_db->staffId(m_nurse)) : PgParam::null(), done ? PgParam(code) : PgParam::null(),
             assessed});
        EXPECT_TRUE(inserted.ok()) << m_db->admin().lastServerMessage().toStdString();
        return inserted ? inserted->uuid(0, 0) : QUuid();
    }

    std::unique_ptr<PgConnection> connect(const QString& login) {
        Result<PgConnection> connection = m_db->connectAs(login);
        EXPECT_TRUE(connection.ok());
        return connection ? std::make_unique<PgConnection>(std::move(connection.value())) : nullptr;
    }

    qint64 adminCount(const QString& sql) {
        Result<PgResult> counted = m_db->admin().exec(sql, {m_unit});
        EXPECT_TRUE(counted.ok()) << m_db->admin().lastServerMessage().toStdString();
        return counted ? counted->integer(0, 0) : -1;
    }

    void exec(const QString& sql, const QList<PgParam>& params) {
        Result<PgResult> done = m_db->admin().exec(sql, params);
        ASSERT_TRUE(done.ok()) << m_db->admin().lastServerMessage().toStdString();
    }

    std::unique_ptr<RegionTestDatabase> m_db;
    std::unique_ptr<PgConnection> m_client;
    QUuid m_unit, m_metCallback, m_openCallback;
    QString m_lead, m_nurse;
};

TEST_F(RegionTeamLeadRollup, StoredDaysGiveTheFiguresOfTheRulesAndFollowLaterChanges) {
    ASSERT_TRUE(m_client);
    TeamReviewClient client(*m_client);
    Result<TeamStatistics> first = client.statistics(kTuesday, kWednesday);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    // Both ended days are now stored, with no change pending.
    EXPECT_EQ(adminCount(QStringLiteral("SELECT count(*) FROM region.lead_rollup_days WHERE unit_id = $1")),
              2);
    EXPECT_EQ(adminCount(QStringLiteral("SELECT count(*) FROM region.lead_rollup_dirty WHERE unit_id = $1")),
              0);

    const DailyFiguresRow* tuesday = dayOf(first->daily, kTuesday);
    const DailyFiguresRow* wednesday = dayOf(first->daily, kWednesday);
    ASSERT_TRUE(tuesday && wednesday);
    EXPECT_EQ(tuesday->phoneTotal, 2);
    EXPECT_EQ(tuesday->phoneMet, 1);
    EXPECT_EQ(tuesday->phoneMissed, 1);
    EXPECT_EQ(tuesday->phonePending, 0);
    EXPECT_EQ(wednesday->eserviceTotal, 1);
    EXPECT_EQ(wednesday->eserviceMet, 1);
    EXPECT_EQ(wednesday->assessmentTotal, 1);
    EXPECT_EQ(wednesday->assessmentMet, 1);
    EXPECT_EQ(codeCount(first.value(), QStringLiteral("RAD")), 1);
    EXPECT_EQ(codeCount(first.value(), QStringLiteral("REC")), 1);
    ASSERT_EQ(first->handled.size(), 1);
    EXPECT_EQ(first->handled.first().completed, 2);

    // The open callback is answered late and completed afterwards: Tuesday changes although it was stored.
    exec(QStringLiteral(
             "UPDATE region.contacts SET status = 'completed', first_contact_at = $2, completed_at = $2, "
             "completed_by = $3, code = 'RAD' WHERE id = $1"),
         {m_openCallback, local(kTuesday, 17), m_db->staffId(m_nurse)});
    EXPECT_GT(adminCount(QStringLiteral("SELECT count(*) FROM region.lead_rollup_dirty WHERE unit_id = $1")),
              0);
    Result<TeamStatistics> second = client.statistics(kTuesday, kWednesday);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    tuesday = dayOf(second->daily, kTuesday);
    ASSERT_TRUE(tuesday);
    EXPECT_EQ(tuesday->phoneTotal, 2);
    EXPECT_EQ(tuesday->phoneMet, 1);
    EXPECT_EQ(tuesday->phoneMissed, 1); // answered after 16:30: still a miss
    EXPECT_EQ(codeCount(second.value(), QStringLiteral("RAD")), 2);
    ASSERT_EQ(second->handled.size(), 1);
    EXPECT_EQ(second->handled.first().completed, 3);
    EXPECT_EQ(adminCount(QStringLiteral("SELECT count(*) FROM region.lead_rollup_dirty WHERE unit_id = $1")),
              0);
}

TEST_F(RegionTeamLeadRollup, AReadOnlySnapshotSeesChangesToStoredDays) {
    ASSERT_TRUE(m_client);
    TeamReviewClient client(*m_client);
    ASSERT_TRUE(client.statistics(kTuesday, kWednesday).ok());
    // The met callback turns out to have been answered only at 17:00: a miss.
    exec(QStringLiteral("UPDATE region.contacts SET first_contact_at = $2 WHERE id = $1"),
         {m_metCallback, local(kTuesday, 17)});
    // As the overview reads: one read-only snapshot, where the roll-up cannot be refreshed.
    ASSERT_TRUE(m_client->execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")).ok());
    Result<TeamStatistics> read = client.statistics(kTuesday, kWednesday);
    ASSERT_TRUE(m_client->execScript(QStringLiteral("COMMIT")).ok());
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const DailyFiguresRow* tuesday = dayOf(read->daily, kTuesday);
    ASSERT_TRUE(tuesday);
    EXPECT_EQ(tuesday->phoneMet, 0);
    EXPECT_EQ(tuesday->phoneMissed, 2);
}

TEST_F(RegionTeamLeadRollup, AStoredDayAskedAsOfAMomentWithinItCountsPending) {
    ASSERT_TRUE(m_client);
    TeamReviewClient client(*m_client);
    ASSERT_TRUE(client.statistics(kTuesday, kWednesday).ok());
    Result<TeamStatistics> noon = client.statistics(kTuesday, kTuesday, local(kTuesday, 12));
    ASSERT_TRUE(noon.ok()) << noon.error().message.toStdString();
    const DailyFiguresRow* tuesday = dayOf(noon->daily, kTuesday);
    ASSERT_TRUE(tuesday);
    EXPECT_EQ(tuesday->phonePending, 1);
    EXPECT_EQ(tuesday->phoneMissed, 0);
}

TEST_F(RegionTeamLeadRollup, AClaimMarksNoDayDirty) {
    ASSERT_TRUE(m_client);
    ASSERT_TRUE(TeamReviewClient(*m_client).statistics(kTuesday, kWednesday).ok());
    // Claims and releases do not change any figure, so they must not add work (or rows) on the desk's path.
    exec(QStringLiteral("UPDATE region.contacts SET status = 'claimed', claimed_by = $2, claimed_at = now(), "
                        "lease_until = now() + interval '30 minutes' WHERE id = $1"),
         {m_openCallback, m_db->staffId(m_nurse)});
    EXPECT_EQ(adminCount(QStringLiteral("SELECT count(*) FROM region.lead_rollup_dirty WHERE unit_id = $1")),
              0);
}

} // namespace
