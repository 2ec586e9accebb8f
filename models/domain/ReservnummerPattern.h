#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

namespace vk {

/// The region's rule for reservnummer (there is no national format): a regular expression over the normalised
/// value.
class ReservnummerPattern {
    Q_DECLARE_TR_FUNCTIONS(vk::ReservnummerPattern)

public:
    /// The default rule: an 8-digit date followed by four characters of which at least one is a letter
    /// (the Region Skåne style, e.g. "19640823K123"). Regions with another format configure their own.
    ReservnummerPattern();

    /// A region-specific rule; fails with "identity.bad_pattern" when `regex` is not a valid expression.
    [[nodiscard]] static Result<ReservnummerPattern> fromString(const QString& regex);

    /// The default expression as text (for settings and documentation).
    [[nodiscard]] static QString defaultPattern();

    /// The form a reservnummer is compared and stored in: trimmed, spaces and hyphens removed, upper case.
    [[nodiscard]] static QString normalise(const QString& input);

    /// True when the normalised value matches the whole expression.
    [[nodiscard]] bool matches(const QString& normalised) const;

    /// The expression as configured.
    [[nodiscard]] QString pattern() const { return m_pattern; }

private:
    explicit ReservnummerPattern(const QString& regex);

    QString m_pattern;
    QRegularExpression m_regex;
};

} // namespace vk
