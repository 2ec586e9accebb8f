#pragma once

#include <QByteArray>
#include <QString>

namespace vk {

/// One numbered SQL migration of the region store (":/region/NNNN_name.sql").
struct RegionMigration {
    int version = 0;
    QString name;        ///< the file name without the number and extension
    QByteArray sql;      ///< UTF-8 script
    QByteArray checksum; ///< hex SHA-256 of sql
};

} // namespace vk
