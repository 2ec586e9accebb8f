#pragma once

#include "region/AccessLogEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QTimeZone>

#include <vector>

namespace vk {

/// The access-log extract as a CSV file for the patient (UTF-8 with BOM so spreadsheet programs read å, ä
/// and ö; comma-separated; every field quoted; times in Swedish local time with their offset).
class AccessLogCsv {
    Q_DECLARE_TR_FUNCTIONS(vk::AccessLogCsv)

public:
    [[nodiscard]] static QByteArray format(const std::vector<AccessLogEntry>& entries,
                                           const QTimeZone& zone = QTimeZone("Europe/Stockholm"));
};

} // namespace vk
