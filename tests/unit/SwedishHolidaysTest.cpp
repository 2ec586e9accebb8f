#include "domain/SwedishHolidays.h"
#include "domain/WorkingDayCalendar.h"

#include <gtest/gtest.h>

using vk::SwedishHolidays;
using vk::WorkingDayCalendar;
using Holiday = vk::SwedishHolidays::Holiday;

TEST(SwedishHolidays, EasterSundayMatchesKnownDates) {
    EXPECT_EQ(SwedishHolidays::easterSunday(2019), QDate(2019, 4, 21));
    EXPECT_EQ(SwedishHolidays::easterSunday(2024), QDate(2024, 3, 31));
    EXPECT_EQ(SwedishHolidays::easterSunday(2025), QDate(2025, 4, 20));
    EXPECT_EQ(SwedishHolidays::easterSunday(2026), QDate(2026, 4, 5));
    EXPECT_EQ(SwedishHolidays::easterSunday(2027), QDate(2027, 3, 28));
    EXPECT_EQ(SwedishHolidays::easterSunday(2038), QDate(2038, 4, 25)); // latest possible
    EXPECT_EQ(SwedishHolidays::easterSunday(2285), QDate(2285, 3, 22)); // earliest possible
}

TEST(SwedishHolidays, Year2026) {
    const QList<std::pair<QDate, Holiday>> expected{
        {QDate(2026, 1, 1), Holiday::Nyarsdagen},
        {QDate(2026, 1, 6), Holiday::TrettondedagJul},
        {QDate(2026, 4, 3), Holiday::Langfredagen},
        {QDate(2026, 4, 5), Holiday::Paskdagen},
        {QDate(2026, 4, 6), Holiday::AnnandagPask},
        {QDate(2026, 5, 1), Holiday::ForstaMaj},
        {QDate(2026, 5, 14), Holiday::KristiHimmelsfardsdag},
        {QDate(2026, 5, 24), Holiday::Pingstdagen},
        {QDate(2026, 6, 6), Holiday::Nationaldagen},
        {QDate(2026, 6, 19), Holiday::Midsommarafton},
        {QDate(2026, 6, 20), Holiday::Midsommardagen},
        {QDate(2026, 10, 31), Holiday::AllaHelgonsDag},
        {QDate(2026, 12, 24), Holiday::Julafton},
        {QDate(2026, 12, 25), Holiday::Juldagen},
        {QDate(2026, 12, 26), Holiday::AnnandagJul},
        {QDate(2026, 12, 31), Holiday::Nyarsafton},
    };
    const QList<SwedishHolidays::Entry> actual = SwedishHolidays::holidays(2026);
    ASSERT_EQ(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        EXPECT_EQ(actual.at(i).date, expected.at(i).first) << i;
        EXPECT_EQ(actual.at(i).holiday, expected.at(i).second) << i;
        EXPECT_EQ(SwedishHolidays::holidayOn(expected.at(i).first), expected.at(i).second);
    }
    EXPECT_FALSE(SwedishHolidays::holidayOn(QDate(2026, 4, 2)).has_value());
    EXPECT_FALSE(SwedishHolidays::holidayOn(QDate(2026, 4, 4)).has_value()); // påskafton: a Saturday anyway
    EXPECT_FALSE(SwedishHolidays::holidayOn(QDate()).has_value());
}

TEST(SwedishHolidays, MovableMidsummerAndAllSaints) {
    // Midsommarafton: the Friday between 19 and 25 June; alla helgons dag: the Saturday between 31 Oct and 6
    // Nov.
    EXPECT_EQ(SwedishHolidays::holidayOn(QDate(2025, 6, 20)), Holiday::Midsommarafton);
    EXPECT_EQ(SwedishHolidays::holidayOn(QDate(2027, 6, 25)), Holiday::Midsommarafton);
    EXPECT_EQ(SwedishHolidays::holidayOn(QDate(2027, 6, 26)), Holiday::Midsommardagen);
    EXPECT_EQ(SwedishHolidays::holidayOn(QDate(2025, 11, 1)), Holiday::AllaHelgonsDag);
    EXPECT_EQ(SwedishHolidays::holidayOn(QDate(2027, 11, 6)), Holiday::AllaHelgonsDag);
    EXPECT_FALSE(SwedishHolidays::holidayOn(QDate(2027, 6, 19)).has_value());
    for (int year = 2000; year < 2100; ++year) {
        for (const SwedishHolidays::Entry& e : SwedishHolidays::holidays(year)) {
            if (e.holiday == Holiday::Midsommarafton) {
                EXPECT_EQ(e.date.dayOfWeek(), Qt::Friday);
                EXPECT_GE(e.date, QDate(year, 6, 19));
                EXPECT_LE(e.date, QDate(year, 6, 25));
            }
            if (e.holiday == Holiday::AllaHelgonsDag) {
                EXPECT_EQ(e.date.dayOfWeek(), Qt::Saturday);
                EXPECT_GE(e.date, QDate(year, 10, 31));
                EXPECT_LE(e.date, QDate(year, 11, 6));
            }
            if (e.holiday == Holiday::KristiHimmelsfardsdag) {
                EXPECT_EQ(e.date.dayOfWeek(), Qt::Thursday);
            }
        }
    }
}

TEST(SwedishHolidays, AscensionOnMayDayKeepsBoth) {
    // 2008: Kristi himmelsfärdsdag fell on 1 May.
    int onMayFirst = 0;
    for (const SwedishHolidays::Entry& e : SwedishHolidays::holidays(2008)) {
        onMayFirst += e.date == QDate(2008, 5, 1) ? 1 : 0;
    }
    EXPECT_EQ(onMayFirst, 2);
}

TEST(SwedishHolidays, EveryHolidayHasAName) {
    for (const SwedishHolidays::Entry& e : SwedishHolidays::holidays(2026)) {
        EXPECT_FALSE(SwedishHolidays::name(e.holiday).isEmpty());
    }
    EXPECT_EQ(SwedishHolidays::name(Holiday::Langfredagen), QStringLiteral("Good Friday"));
}

TEST(WorkingDayCalendar, WeekendsAndHolidaysAreNotWorkingDays) {
    const WorkingDayCalendar calendar;
    EXPECT_TRUE(calendar.isWorkingDay(QDate(2026, 4, 2)));    // skärtorsdagen is a working day
    EXPECT_FALSE(calendar.isWorkingDay(QDate(2026, 4, 3)));   // långfredagen
    EXPECT_FALSE(calendar.isWorkingDay(QDate(2026, 4, 6)));   // annandag påsk
    EXPECT_FALSE(calendar.isWorkingDay(QDate(2026, 11, 28))); // Saturday
    EXPECT_FALSE(calendar.isWorkingDay(QDate(2026, 11, 29))); // Sunday
    EXPECT_FALSE(calendar.isWorkingDay(QDate(2026, 6, 19)));  // midsommarafton
    EXPECT_FALSE(calendar.isWorkingDay(QDate()));
    EXPECT_EQ(calendar.nextWorkingDay(QDate(2026, 4, 2)), QDate(2026, 4, 7));
    EXPECT_EQ(calendar.workingDayOnOrAfter(QDate(2026, 4, 2)), QDate(2026, 4, 2));
    EXPECT_EQ(calendar.workingDayOnOrAfter(QDate(2026, 4, 3)), QDate(2026, 4, 7));
    EXPECT_EQ(calendar.addWorkingDays(QDate(2026, 12, 23), 1), QDate(2026, 12, 28));
    EXPECT_EQ(calendar.addWorkingDays(QDate(2026, 12, 30), 1),
              QDate(2027, 1, 4)); // nyårsafton, -dagen, weekend
    EXPECT_EQ(calendar.addWorkingDays(QDate(2026, 11, 23), 0), QDate(2026, 11, 23));
}

TEST(WorkingDayCalendar, UnitsCanCloseExtraDays) {
    WorkingDayCalendar calendar({QDate(2026, 5, 15)}); // klämdag after Kristi himmelsfärdsdag
    EXPECT_FALSE(calendar.isWorkingDay(QDate(2026, 5, 15)));
    EXPECT_EQ(calendar.nextWorkingDay(QDate(2026, 5, 13)), QDate(2026, 5, 18));
    calendar.addClosedDay(QDate(2026, 5, 18));
    EXPECT_EQ(calendar.nextWorkingDay(QDate(2026, 5, 13)), QDate(2026, 5, 19));
    EXPECT_EQ(calendar.extraClosedDays().size(), 2);
    EXPECT_TRUE(WorkingDayCalendar().isWorkingDay(QDate(2026, 5, 15)));
}

TEST(WorkingDayCalendar, AUnitClosedForeverYieldsNoDayInsteadOfLooping) {
    QSet<QDate> closed;
    for (QDate d(2026, 1, 1); d < QDate(2037, 1, 1); d = d.addDays(1)) {
        closed.insert(d);
    }
    const WorkingDayCalendar calendar(closed);
    EXPECT_FALSE(calendar.nextWorkingDay(QDate(2026, 1, 1)).isValid());
    EXPECT_FALSE(calendar.addWorkingDays(QDate(2026, 1, 1), 3).isValid());
}
