#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace vk {

/// Swedish public holidays (allmänna helgdagar) plus the eves that are de facto days off (midsommarafton,
/// julafton, nyårsafton). Easter-based days follow the Gregorian computus.
class SwedishHolidays {
    Q_DECLARE_TR_FUNCTIONS(vk::SwedishHolidays)

public:
    enum class Holiday {
        Nyarsdagen,
        TrettondedagJul,
        Langfredagen,
        Paskdagen,
        AnnandagPask,
        ForstaMaj,
        KristiHimmelsfardsdag,
        Pingstdagen,
        Nationaldagen,
        Midsommarafton,
        Midsommardagen,
        AllaHelgonsDag,
        Julafton,
        Juldagen,
        AnnandagJul,
        Nyarsafton,
    };

    struct Entry {
        QDate date;
        Holiday holiday;
    };

    /// Easter Sunday (påskdagen) of a Gregorian year.
    [[nodiscard]] static QDate easterSunday(int year);
    /// Every holiday of `year`, in date order.
    [[nodiscard]] static QList<Entry> holidays(int year);
    /// The holiday falling on `date`, if any.
    [[nodiscard]] static std::optional<Holiday> holidayOn(const QDate& date);
    /// The translated name of a holiday ("Långfredagen" in Swedish).
    [[nodiscard]] static QString name(Holiday holiday);
};

} // namespace vk
