#pragma once

#include <QString>

namespace vk {

/// One eftermärkning code of the region's catalogue (the `codes` table). Codes are never deleted, only
/// deactivated.
struct CodeEntry {
    QString code;
    QString labelSv;
    QString labelEn;
    int sortOrder = 0;
    bool active = true;

    /// The label in the user's language: Swedish unless `english`.
    [[nodiscard]] QString label(bool english) const { return english ? labelEn : labelSv; }

    friend bool operator==(const CodeEntry&, const CodeEntry&) = default;
};

} // namespace vk
