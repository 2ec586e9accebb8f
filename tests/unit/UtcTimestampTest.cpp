#include "domain/UtcTimestamp.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using vk::UtcTimestamp::fromMs;
using vk::UtcTimestamp::toMs;

TEST(UtcTimestamp, MatchesQDateTimeAcrossCenturiesAndLeapDays) {
    QRandomGenerator random(42);
    const qint64 from = QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2200, 12, 31), QTime(23, 59), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i) {
        const qint64 ms = from + static_cast<qint64>(random.bounded(1.0) * static_cast<double>(to - from));
        const QString expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        ASSERT_EQ(fromMs(ms), expected);
        ASSERT_EQ(toMs(expected), ms) << expected.toStdString();
    }
    EXPECT_EQ(toMs(u"2024-02-29T12:00:00.000Z"),
              QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

TEST(UtcTimestamp, RefusesAnythingButTheStorageForm) {
    EXPECT_FALSE(toMs(u"2026-11-23T09:30:00Z"));
    EXPECT_FALSE(toMs(u"2026-11-23 09:30:00.000Z"));
    EXPECT_FALSE(toMs(u"2026-02-29T09:30:00.000Z")) << "not a leap year";
    EXPECT_FALSE(toMs(u"2026-13-01T09:30:00.000Z"));
    EXPECT_FALSE(toMs(u"2026-11-23T24:00:00.000Z"));
    EXPECT_FALSE(toMs(u"2026-11-23T09:30:00.000+"));
    EXPECT_FALSE(toMs(u""));
}
