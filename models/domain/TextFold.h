#pragma once

#include <QString>

namespace vk {

/// The one rule for matching what a user types against names, labels and subjects: compatibility-decomposed,
/// diacritics dropped, case-folded, white space simplified ("Åsa  Löfgren" and "asa lofgren" fold alike).
[[nodiscard]] QString foldForMatching(const QString& text);

} // namespace vk
