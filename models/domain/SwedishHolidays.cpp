#include "SwedishHolidays.h"

#include <algorithm>

namespace vk {

namespace {

// The first `weekday` (1 = Monday) on or after `from`.
QDate firstWeekdayOnOrAfter(const QDate& from, int weekday) {
    return from.addDays((weekday - from.dayOfWeek() + 7) % 7);
}

} // namespace

QDate SwedishHolidays::easterSunday(int year) {
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<SwedishHolidays::Entry> SwedishHolidays::holidays(int year) {
    const QDate easter = easterSunday(year);
    const QDate midsommarafton = firstWeekdayOnOrAfter(QDate(year, 6, 19), Qt::Friday);
    QList<Entry> list{
        {QDate(year, 1, 1), Holiday::Nyarsdagen},
        {QDate(year, 1, 6), Holiday::TrettondedagJul},
        {easter.addDays(-2), Holiday::Langfredagen},
        {easter, Holiday::Paskdagen},
        {easter.addDays(1), Holiday::AnnandagPask},
        {QDate(year, 5, 1), Holiday::ForstaMaj},
        {easter.addDays(39), Holiday::KristiHimmelsfardsdag},
        {easter.addDays(49), Holiday::Pingstdagen},
        {QDate(year, 6, 6), Holiday::Nationaldagen},
        {midsommarafton, Holiday::Midsommarafton},
        {midsommarafton.addDays(1), Holiday::Midsommardagen},
        {firstWeekdayOnOrAfter(QDate(year, 10, 31), Qt::Saturday), Holiday::AllaHelgonsDag},
        {QDate(year, 12, 24), Holiday::Julafton},
        {QDate(year, 12, 25), Holiday::Juldagen},
        {QDate(year, 12, 26), Holiday::AnnandagJul},
        {QDate(year, 12, 31), Holiday::Nyarsafton},
    };
    // Kristi himmelsfärdsdag can fall on 1 May (it did in 2008): keep both, order by date.
    std::stable_sort(list.begin(), list.end(),
                     [](const Entry& x, const Entry& y) { return x.date < y.date; });
    return list;
}

std::optional<SwedishHolidays::Holiday> SwedishHolidays::holidayOn(const QDate& date) {
    if (!date.isValid()) {
        return std::nullopt;
    }
    const QList<Entry> list = holidays(date.year());
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const Entry& e) { return e.date == date; });
    if (it == list.cend()) {
        return std::nullopt;
    }
    return it->holiday;
}

QString SwedishHolidays::name(Holiday holiday) {
    switch (holiday) {
    case Holiday::Nyarsdagen:
        return tr("New Year's Day");
    case Holiday::TrettondedagJul:
        return tr("Epiphany");
    case Holiday::Langfredagen:
        return tr("Good Friday");
    case Holiday::Paskdagen:
        return tr("Easter Sunday");
    case Holiday::AnnandagPask:
        return tr("Easter Monday");
    case Holiday::ForstaMaj:
        return tr("May Day");
    case Holiday::KristiHimmelsfardsdag:
        return tr("Ascension Day");
    case Holiday::Pingstdagen:
        return tr("Whit Sunday");
    case Holiday::Nationaldagen:
        return tr("National Day of Sweden");
    case Holiday::Midsommarafton:
        return tr("Midsummer Eve");
    case Holiday::Midsommardagen:
        return tr("Midsummer Day");
    case Holiday::AllaHelgonsDag:
        return tr("All Saints' Day");
    case Holiday::Julafton:
        return tr("Christmas Eve");
    case Holiday::Juldagen:
        return tr("Christmas Day");
    case Holiday::AnnandagJul:
        return tr("Boxing Day");
    case Holiday::Nyarsafton:
        return tr("New Year's Eve");
    }
    return {};
}

} // namespace vk
