#include "IdleLockController.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

TEST(IdleLockController, FiresAfterIdleTime) {
    vk::IdleLockController idle;
    idle.setTimeout(100);
    QSignalSpy spy(&idle, &vk::IdleLockController::idleTimedOut);
    idle.start();
    EXPECT_TRUE(spy.wait(2000));
    EXPECT_EQ(spy.count(), 1);
    EXPECT_FALSE(idle.isActive()) << "fires once, then waits to be started again after unlock";
}

TEST(IdleLockController, KeyboardActivityPostponesTheLock) {
    QLineEdit edit;
    edit.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&edit));
    vk::IdleLockController idle;
    idle.setTimeout(400);
    QSignalSpy spy(&idle, &vk::IdleLockController::idleTimedOut);
    idle.start();
    QElapsedTimer typing;
    typing.start();
    // Keep typing for longer than the timeout: the lock must not fire while the nurse is working.
    while (typing.elapsed() < 900) {
        QTest::keyClick(&edit, Qt::Key_A);
        QTest::qWait(50);
    }
    EXPECT_EQ(spy.count(), 0);
    EXPECT_TRUE(spy.wait(2000));
}

TEST(IdleLockController, StoppedControllerNeverFires) {
    vk::IdleLockController idle;
    idle.setTimeout(50);
    QSignalSpy spy(&idle, &vk::IdleLockController::idleTimedOut);
    idle.start();
    idle.stop();
    EXPECT_FALSE(spy.wait(300));
}
