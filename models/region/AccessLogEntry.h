#pragma once

#include <QDateTime>
#include <QString>

namespace vk {

/// One access to a patient's data as the region store's access log holds it.
struct AccessLogEntry {
    QDateTime at; ///< UTC
    QString staffName;
    QString staffHsaId;
    QString unitName;
    QString unitHsaId;
    QString action; ///< open_patient, open_contact, assign_care_contact, …
};

} // namespace vk
