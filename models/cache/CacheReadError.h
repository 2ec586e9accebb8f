#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

class QSqlQuery;

namespace vk {

/// The one error a failed read of the local cache gives, in the user's language. It carries SQLite's error
/// code only: the driver's text can quote the statement, and a statement never goes near the screen or a log.
class CacheReadError {
    Q_DECLARE_TR_FUNCTIONS(vk::CacheReadError)
public:
    [[nodiscard]] static Error of(const QSqlQuery& query);
};

} // namespace vk
