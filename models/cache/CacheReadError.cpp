#include "CacheReadError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vk {

Error CacheReadError::of(const QSqlQuery& query) {
    return Error{QStringLiteral("cache.query_failed"),
                 tr("The local cache could not be read (%1).").arg(query.lastError().nativeErrorCode())};
}

} // namespace vk
