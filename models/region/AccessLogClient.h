#pragma once

#include "AccessLogEntry.h"
#include "PgConnectionSettings.h"
#include "domain/Result.h"

#include <QCoreApplication>

#include <vector>

namespace vk {

/// Reads a patient's access-log extract from the region store (`region.access_log_extract`, team leads
/// only). Needs the network and blocks on it: call it from a worker thread, never the UI thread. Each call
/// opens and closes its own connection. Error codes: region.connect_failed (offline), access_log.not_allowed,
/// access_log.failed.
class AccessLogClient {
    Q_DECLARE_TR_FUNCTIONS(vk::AccessLogClient)

public:
    /// The accesses to the patient logged at the units the user leads, newest first.
    [[nodiscard]] static Result<std::vector<AccessLogEntry>> fetch(const PgConnectionSettings& settings,
                                                                   const QString& patientId);
};

} // namespace vk
