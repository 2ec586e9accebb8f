#pragma once

#include <QString>

namespace vk {

/// Where and as whom to connect to the region store. Empty fields fall back to libpq's defaults.
struct PgConnectionSettings {
    QString host;     ///< host name, IP address, or a unix socket folder (starts with '/')
    QString port;     ///< TCP port (or the socket file suffix)
    QString database; ///< database name
    QString user;     ///< login role
    QString password; ///< SCRAM password; never logged
    QString sslMode;  ///< disable|allow|prefer|require|verify-ca|verify-full (production: verify-full)
    QString sslRootCert;
    QString sslCert; ///< client certificate (SITHS in production)
    QString sslKey;
    QString applicationName = QStringLiteral("vardinkorg");
    int connectTimeoutSeconds = 10;

    /// The admin connection described by VK_REGION_HOST, _PORT, _DB, _ADMIN_USER, _ADMIN_PASSWORD and
    /// VK_REGION_SSLMODE (what `scripts/region` writes into .region/NAME/env).
    [[nodiscard]] static PgConnectionSettings adminFromEnvironment();
    /// True when host, database and user are all known.
    [[nodiscard]] bool isComplete() const {
        return !host.isEmpty() && !database.isEmpty() && !user.isEmpty();
    }
};

} // namespace vk
