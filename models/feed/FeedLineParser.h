#pragma once

#include "domain/ReservnummerPattern.h"
#include "domain/Result.h"
#include "feed/FeedEvent.h"

#include <QByteArrayView>
#include <QSet>
#include <QString>

namespace vk {

class Clock;

/// Parses and validates one JSON Lines feed line into a FeedEvent (format: README "Feed format").
/// A refused line gives an Error with a stable code ("feed.bad_json", "feed.missing_field",
/// "feed.bad_identity", "feed.unknown_unit", "feed.too_long", "feed.control_character", …) and an English
/// reason for the reject file that names the field and the rule, never the value (the line may carry patient
/// data).
class FeedLineParser {
public:
    /// Size limits: the whole line (base64 audio included), an e-service body, and short texts.
    struct Limits {
        qsizetype maxLineBytes = 8 * 1024 * 1024;
        qsizetype maxBodyBytes = 64 * 1024;
        qsizetype maxShortText = 200;
    };

    /// A parser that accepts only units in `knownUnitHsaIds`; `clock` gives "today" for 10-digit identity
    /// numbers.
    FeedLineParser(QSet<QString> knownUnitHsaIds, const Clock& clock, ReservnummerPattern reservnummer = {});
    /// The same with other size limits.
    FeedLineParser(QSet<QString> knownUnitHsaIds, const Clock& clock, ReservnummerPattern reservnummer,
                   Limits limits);

    /// Parses one line (without its line break; a trailing CR is ignored).
    [[nodiscard]] Result<FeedEvent> parse(QByteArrayView line) const;

    /// The limits in force.
    [[nodiscard]] const Limits& limits() const { return m_limits; }

private:
    QSet<QString> m_units;
    const Clock& m_clock;
    ReservnummerPattern m_reservnummer;
    Limits m_limits;
};

} // namespace vk
