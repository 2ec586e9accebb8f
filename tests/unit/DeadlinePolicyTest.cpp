#include "domain/DeadlinePolicy.h"
#include "FixedClock.h"

#include <gtest/gtest.h>

using vk::DeadlinePolicy;
using State = vk::DeadlinePolicy::State;
using Timing = vk::DeadlinePolicy::Timing;

namespace {

// Local Swedish wall-clock time, as the unit sees it.
QDateTime local(int y, int mo, int d, int h, int mi = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), DeadlinePolicy::stockholm());
}

QDateTime utc(int y, int mo, int d, int h, int mi = 0, int s = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

TEST(DeadlinePolicy, PhoneContactsAreDueAtTheEndOfTodaysTelefontid) {
    const DeadlinePolicy policy;
    // Monday 23 November 2026 (CET = UTC+1): 16:30 local is 15:30 UTC.
    EXPECT_EQ(policy.phoneDue(local(2026, 11, 23, 10)), utc(2026, 11, 23, 15, 30));
    EXPECT_EQ(policy.phoneDue(local(2026, 11, 23, 7)), utc(2026, 11, 23, 15, 30))
        << "before opening: same day";
    EXPECT_EQ(policy.phoneDue(local(2026, 11, 23, 16, 29)), utc(2026, 11, 23, 15, 30));
    EXPECT_EQ(policy.phoneDue(local(2026, 11, 23, 16, 30)), utc(2026, 11, 24, 15, 30))
        << "closing time: next day";
    EXPECT_EQ(policy.phoneDue(local(2026, 11, 23, 10)).timeSpec(), Qt::UTC);
    // Voicemails and callbacks without a booked slot share the rule.
    EXPECT_EQ(policy.phoneWindow(local(2026, 11, 23, 10)).due, utc(2026, 11, 23, 15, 30));
    EXPECT_EQ(policy.phoneWindow(local(2026, 11, 23, 10)).due, utc(2026, 11, 23, 15, 30));
    EXPECT_FALSE(policy.phoneWindow(local(2026, 11, 23, 10)).notBefore.isValid());
}

TEST(DeadlinePolicy, AfterClosingWeekendsAndHolidaysMoveToTheNextWorkingDay) {
    const DeadlinePolicy policy;
    // Friday after closing -> Monday.
    EXPECT_EQ(policy.phoneDue(local(2026, 11, 27, 17)), utc(2026, 11, 30, 15, 30));
    // Saturday and Sunday -> Monday.
    EXPECT_EQ(policy.phoneDue(local(2026, 11, 28, 10)), utc(2026, 11, 30, 15, 30));
    EXPECT_EQ(policy.phoneDue(local(2026, 11, 29, 23, 59)), utc(2026, 11, 30, 15, 30));
    // Skärtorsdagen after closing and långfredagen 2026-04-03 -> Tuesday after annandag påsk (CEST = UTC+2).
    EXPECT_EQ(policy.phoneDue(local(2026, 4, 2, 17)), utc(2026, 4, 7, 14, 30));
    EXPECT_EQ(policy.phoneDue(local(2026, 4, 3, 10)), utc(2026, 4, 7, 14, 30));
    // Midsommarafton 2026-06-19 -> Monday 22 June.
    EXPECT_EQ(policy.phoneDue(local(2026, 6, 19, 9)), utc(2026, 6, 22, 14, 30));
    // Alla helgons dag 2026-10-31 (a Saturday) -> Monday 2 November, already CET.
    EXPECT_EQ(policy.phoneDue(local(2026, 10, 31, 11)), utc(2026, 11, 2, 15, 30));
    // Julafton -> 28 December.
    EXPECT_EQ(policy.phoneDue(local(2026, 12, 24, 9)), utc(2026, 12, 28, 15, 30));
}

TEST(DeadlinePolicy, DaylightSavingChangesAreHandledInLocalTime) {
    const DeadlinePolicy policy;
    // Summer time starts Sunday 29 March 2026: Friday evening CET -> Monday 16:30 CEST = 14:30 UTC.
    EXPECT_EQ(policy.phoneDue(local(2026, 3, 27, 17)), utc(2026, 3, 30, 14, 30));
    EXPECT_EQ(policy.phoneDue(utc(2026, 3, 29, 1, 30)), utc(2026, 3, 30, 14, 30)); // 03:30 CEST, just after
    // Summer time ends Sunday 25 October 2026: Friday evening CEST -> Monday 16:30 CET = 15:30 UTC.
    EXPECT_EQ(policy.phoneDue(local(2026, 10, 23, 18)), utc(2026, 10, 26, 15, 30));
    EXPECT_EQ(policy.closingTime(QDate(2026, 3, 29)), utc(2026, 3, 29, 14, 30));
    EXPECT_EQ(policy.closingTime(QDate(2026, 10, 25)), utc(2026, 10, 25, 15, 30));
    // A contact arriving at 23:30 UTC on Sunday is already Monday 00:30 in Stockholm: due Monday.
    EXPECT_EQ(policy.phoneDue(utc(2026, 11, 22, 23, 30)), utc(2026, 11, 23, 15, 30));
    // And 15:45 UTC on a Monday in winter is 16:45 local: after closing.
    EXPECT_EQ(policy.phoneDue(utc(2026, 11, 23, 15, 45)), utc(2026, 11, 24, 15, 30));
}

TEST(DeadlinePolicy, UnitSettingsChangeTelefontidAndClosedDays) {
    DeadlinePolicy::Settings settings;
    settings.phoneOpen = QTime(9, 0);
    settings.phoneClose = QTime(15, 0);
    settings.calendar.addClosedDay(QDate(2026, 11, 24));
    const DeadlinePolicy policy(settings);
    EXPECT_EQ(policy.phoneDue(local(2026, 11, 23, 10)), utc(2026, 11, 23, 14, 0));
    EXPECT_EQ(policy.phoneDue(local(2026, 11, 23, 15, 30)), utc(2026, 11, 25, 14, 0)) << "24th is closed";
    EXPECT_TRUE(policy.isWithinPhoneHours(local(2026, 11, 23, 9)));
    EXPECT_FALSE(policy.isWithinPhoneHours(local(2026, 11, 23, 8, 59)));
    EXPECT_FALSE(policy.isWithinPhoneHours(local(2026, 11, 23, 15)));
    EXPECT_FALSE(policy.isWithinPhoneHours(local(2026, 11, 24, 10)));
}

TEST(DeadlinePolicy, BookedCallbackHasAWindowAndCallingEarlyIsAMiss) {
    const DeadlinePolicy policy;
    const QDateTime slot = local(2026, 11, 23, 13);
    const DeadlinePolicy::Window w = policy.phoneWindow(local(2026, 11, 23, 8), slot);
    EXPECT_EQ(w.notBefore, utc(2026, 11, 23, 12, 0));
    EXPECT_EQ(w.due, utc(2026, 11, 23, 12, 15));
    EXPECT_EQ(DeadlinePolicy::timingOf(w, utc(2026, 11, 23, 11, 59)), Timing::TooEarly);
    EXPECT_EQ(DeadlinePolicy::timingOf(w, utc(2026, 11, 23, 12, 0)), Timing::InTime);
    EXPECT_EQ(DeadlinePolicy::timingOf(w, utc(2026, 11, 23, 12, 15)), Timing::InTime);
    EXPECT_EQ(DeadlinePolicy::timingOf(w, utc(2026, 11, 23, 12, 15, 1)), Timing::TooLate);
    EXPECT_EQ(policy.classify(w, utc(2026, 11, 23, 11, 0)), State::NotYetOpen);
    EXPECT_EQ(policy.classify(w, utc(2026, 11, 23, 12, 5)), State::AtRisk);
    EXPECT_EQ(policy.classify(w, utc(2026, 11, 23, 12, 16)), State::Overdue);

    DeadlinePolicy::Settings exact;
    exact.bookedSlotMinutes = 0;
    const DeadlinePolicy strict(exact);
    EXPECT_EQ(strict.bookedCallbackWindow(slot).due, utc(2026, 11, 23, 12, 0));
}

TEST(DeadlinePolicy, EserviceTargetInHours) {
    const DeadlinePolicy policy; // 24 hours
    EXPECT_EQ(policy.eserviceDue(local(2026, 11, 23, 10)), utc(2026, 11, 24, 9, 0));
    EXPECT_EQ(policy.eserviceDue(local(2026, 11, 23, 20)), utc(2026, 11, 24, 19, 0))
        << "hours are elapsed time";
    // Friday + 24 h lands on Saturday: answered by the end of Monday.
    EXPECT_EQ(policy.eserviceDue(local(2026, 11, 27, 10)), utc(2026, 11, 30, 15, 30));
    // Arriving on a Sunday: next working day.
    EXPECT_EQ(policy.eserviceDue(local(2026, 11, 29, 10)), utc(2026, 11, 30, 15, 30));
    // Arriving on långfredagen, and Thursday + 24 h landing on långfredagen: Tuesday 7 April.
    EXPECT_EQ(policy.eserviceDue(local(2026, 4, 3, 10)), utc(2026, 4, 7, 14, 30));
    EXPECT_EQ(policy.eserviceDue(local(2026, 4, 2, 10)), utc(2026, 4, 7, 14, 30));
    EXPECT_EQ(policy.eserviceWindow(local(2026, 11, 23, 10)).due, utc(2026, 11, 24, 9, 0));

    DeadlinePolicy::Settings settings;
    settings.eserviceTargetHours = 72;
    EXPECT_EQ(DeadlinePolicy(settings).eserviceDue(local(2026, 11, 23, 10)), utc(2026, 11, 26, 9, 0));
}

TEST(DeadlinePolicy, EserviceTargetInWorkingDaysWins) {
    DeadlinePolicy::Settings settings;
    settings.eserviceTargetHours = 24;
    settings.eserviceTargetWorkingDays = 2;
    const DeadlinePolicy policy(settings);
    EXPECT_EQ(policy.eserviceDue(local(2026, 11, 23, 10)), utc(2026, 11, 25, 15, 30));
    EXPECT_EQ(policy.eserviceDue(local(2026, 11, 23, 17)), utc(2026, 11, 26, 15, 30)) << "after closing";
    EXPECT_EQ(policy.eserviceDue(local(2026, 11, 28, 10)), utc(2026, 12, 2, 15, 30)) << "Saturday";

    settings.eserviceTargetWorkingDays = 3;
    // Wednesday before Easter: Thursday, Tuesday, Wednesday.
    EXPECT_EQ(DeadlinePolicy(settings).eserviceDue(local(2026, 4, 1, 10)), utc(2026, 4, 8, 14, 30));
    settings.eserviceTargetWorkingDays = 0;
    EXPECT_EQ(DeadlinePolicy(settings).eserviceDue(local(2026, 11, 23, 10)), utc(2026, 11, 23, 15, 30));
}

TEST(DeadlinePolicy, AtRiskAndOverdueFollowTheClock) {
    const DeadlinePolicy policy;
    const DeadlinePolicy::Window w{{}, utc(2026, 11, 23, 15, 30)};
    vk::test::FixedClock clock(utc(2026, 11, 23, 14, 59));
    EXPECT_EQ(policy.classify(w, clock), State::OnTime);
    clock.set(utc(2026, 11, 23, 15, 0));
    EXPECT_EQ(policy.classify(w, clock), State::AtRisk) << "exactly 30 minutes left";
    clock.set(utc(2026, 11, 23, 15, 30));
    EXPECT_EQ(policy.classify(w, clock), State::AtRisk);
    clock.advance(1);
    EXPECT_EQ(policy.classify(w, clock), State::Overdue);

    DeadlinePolicy::Settings settings;
    settings.atRiskMinutes = 60;
    EXPECT_EQ(DeadlinePolicy(settings).classify(w, utc(2026, 11, 23, 14, 31)), State::AtRisk);
    EXPECT_EQ(DeadlinePolicy(settings).classify(w, utc(2026, 11, 23, 14, 29)), State::OnTime);
}
