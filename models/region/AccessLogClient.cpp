#include "AccessLogClient.h"

#include "PgConnection.h"

#include <QUuid>

namespace vk {

Result<std::vector<AccessLogEntry>> AccessLogClient::fetch(const PgConnectionSettings& settings,
                                                           const QString& patientId) {
    const QUuid patient(patientId);
    if (patient.isNull()) {
        return Error{QStringLiteral("access_log.failed"), tr("The patient's id is not valid.")};
    }
    Result<PgConnection> connection = PgConnection::open(settings);
    if (!connection) {
        return Error{QStringLiteral("region.connect_failed"),
                     tr("The region store cannot be reached, so the access log cannot be read now. The log "
                        "lives only in the region store; try again when the desk is online. (%1)")
                         .arg(connection.error().message)};
    }
    Result<PgResult> rows =
        connection->exec(QStringLiteral("SELECT at, staff_name, staff_hsa_id, unit_name, unit_hsa_id, action "
                                        "FROM region.access_log_extract($1)"),
                         {PgParam(patient)});
    if (!rows) {
        if (rows.error().is("region.permission_denied")) {
            return Error{QStringLiteral("access_log.not_allowed"),
                         tr("Only a team lead of a unit the patient has contact with may read the access "
                            "log.")};
        }
        return Error{QStringLiteral("access_log.failed"),
                     tr("The region store did not hand out the access log: %1").arg(rows.error().message)};
    }
    std::vector<AccessLogEntry> entries;
    entries.reserve(static_cast<std::size_t>(rows->rows()));
    for (int row = 0; row < rows->rows(); ++row) {
        entries.push_back({rows->timestamp(row, 0), rows->text(row, 1), rows->text(row, 2),
                           rows->text(row, 3), rows->text(row, 4), rows->text(row, 5)});
    }
    return entries;
}

} // namespace vk
