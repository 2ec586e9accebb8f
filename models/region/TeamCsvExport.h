#pragma once

#include "region/TeamFigures.h"

#include <QIODevice>

namespace vk {

/// Writes the regional follow-up export: CSV (UTF-8 with BOM so spreadsheet programs read å/ä/ö,
/// `;`-separated as Swedish spreadsheets expect), one row per contact. The identity columns are written only
/// when the export was made with identity (and so logged by the region store).
class TeamCsvExport {
public:
    /// Writes every row; false when the device refused a write.
    [[nodiscard]] static bool write(QIODevice& device, const QList<ExportRow>& rows, bool withIdentity);
    /// One field quoted when it needs it (separator, quote, line break) — also against formula injection.
    [[nodiscard]] static QString field(const QString& value);
};

} // namespace vk
