#include "region/PgConnectionSettings.h"

#include <QtGlobal>

namespace vk {

PgConnectionSettings PgConnectionSettings::adminFromEnvironment() {
    PgConnectionSettings settings;
    settings.host = qEnvironmentVariable("VK_REGION_HOST");
    settings.port = qEnvironmentVariable("VK_REGION_PORT");
    settings.database = qEnvironmentVariable("VK_REGION_DB");
    settings.user = qEnvironmentVariable("VK_REGION_ADMIN_USER");
    settings.password = qEnvironmentVariable("VK_REGION_ADMIN_PASSWORD");
    settings.sslMode = qEnvironmentVariable("VK_REGION_SSLMODE");
    settings.applicationName = QStringLiteral("vardinkorg-admin");
    return settings;
}

} // namespace vk
