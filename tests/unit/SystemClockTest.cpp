#include "domain/SystemClock.h"
#include "FixedClock.h"

#include <gtest/gtest.h>

TEST(SystemClock, ReportsUtcCloseToNow) {
    const vk::SystemClock clock;
    const QDateTime now = clock.now();
    EXPECT_EQ(now.timeSpec(), Qt::UTC);
    EXPECT_LE(qAbs(now.secsTo(QDateTime::currentDateTimeUtc())), 5);
}

TEST(FixedClock, MovesOnlyWhenTold) {
    vk::test::FixedClock clock(QDateTime(QDate(2026, 6, 19), QTime(10, 0), Qt::UTC));
    EXPECT_EQ(clock.now(), QDateTime(QDate(2026, 6, 19), QTime(10, 0), Qt::UTC));
    clock.advance(90);
    EXPECT_EQ(clock.now(), QDateTime(QDate(2026, 6, 19), QTime(10, 1, 30), Qt::UTC));
}
