#pragma once

#include <QString>
#include <QStringList>

#include <span>

namespace vk {

/// The region tables a desk keeps a copy of, and how their JSON rows map onto cache columns. The list is the
/// whitelist for pulled rows: anything else the store sends is ignored, never turned into SQL.
struct ReplicatedTable {
    const char* name;
    QStringList keyColumns;
    QStringList timestampColumns; ///< timestamptz: converted to the cache's UTC storage form
    QStringList byteaColumns;     ///< bytea: "\x…" hex in JSON, BLOB in the cache
    const char* contactColumn;    ///< the column naming the contact a row belongs to, if any
};

namespace ReplicatedTables {

[[nodiscard]] std::span<const ReplicatedTable> all();
/// The table called `name`, or nullptr when the desk does not replicate it.
[[nodiscard]] const ReplicatedTable* find(QStringView name);

} // namespace ReplicatedTables

} // namespace vk
