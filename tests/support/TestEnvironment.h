#pragma once

#include <QTemporaryDir>

namespace vk::test {

/// Points HOME, the XDG folders and QStandardPaths at a throw-away folder so no test touches a real profile.
/// Created once by each test main before the Qt application object.
class TestEnvironment {
public:
    TestEnvironment();
    [[nodiscard]] QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace vk::test
