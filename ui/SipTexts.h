#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace vk {

/// The words the SIP view, its dialogs and its printout use for stored values, so all three say the same.
class SipTexts {
    Q_DECLARE_TR_FUNCTIONS(vk::SipTexts)

public:
    /// region, kommun (and for participants other) in words.
    [[nodiscard]] static QString huvudmanText(const QString& huvudman);
    /// The huvudman words a list offers, in order: region, kommun (and other when `withOther`).
    [[nodiscard]] static QStringList huvudmanWords(bool withOther);
    /// A calendar date as Swedish documents write it (2026-11-23); empty for an invalid date.
    [[nodiscard]] static QString dateText(const QDate& date);
    /// "–" for a value not filled in.
    [[nodiscard]] static QString orDash(const QString& text);
};

} // namespace vk
