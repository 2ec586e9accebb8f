// Test main for widget suites: a real QApplication, on the off-screen platform unless the caller chose one.
#include "TestEnvironment.h"

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    testing::InitGoogleTest(&argc, argv);
    const vk::test::TestEnvironment environment;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vardinkorg-gui-tests"));
    return RUN_ALL_TESTS();
}
