#include "TestEnvironment.h"

#include <QDir>
#include <QStandardPaths>

#include <cstdlib>

namespace vk::test {

TestEnvironment::TestEnvironment()
    : m_dir(QDir::tempPath() + QStringLiteral("/vardinkorg-test-XXXXXX")) {
    if (!m_dir.isValid()) {
        std::abort(); // nothing sensible can run without a private profile folder
    }
    const QString home = m_dir.path();
    const auto setDir = [&home](const char* variable, const QString& sub) {
        const QString path = home + sub;
        QDir().mkpath(path);
        qputenv(variable, path.toLocal8Bit());
    };
    setDir("HOME", QString());
    setDir("XDG_DATA_HOME", QStringLiteral("/.local/share"));
    setDir("XDG_CONFIG_HOME", QStringLiteral("/.config"));
    setDir("XDG_CACHE_HOME", QStringLiteral("/.cache"));
    setDir("XDG_RUNTIME_DIR", QStringLiteral("/.runtime"));
    QFile::setPermissions(home + QStringLiteral("/.runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace vk::test
