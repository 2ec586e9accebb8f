#pragma once

#include <QString>

namespace vk {

/// One NOTIFY received on a LISTENing connection.
struct PgNotification {
    QString channel;
    QString payload;
    int backendPid = 0; ///< the server process that sent it (our own pid: we caused it)
};

} // namespace vk
