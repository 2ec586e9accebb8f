// Test main for suites that need only Qt Core (unit and integration tests).
#include "TestEnvironment.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    testing::InitGoogleTest(&argc, argv);
    const vk::test::TestEnvironment environment;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vardinkorg-tests"));
    return RUN_ALL_TESTS();
}
