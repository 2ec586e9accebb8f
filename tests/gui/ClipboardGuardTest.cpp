#include "ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTest>

#include <gtest/gtest.h>

TEST(ClipboardGuard, ClearsOurTextAfterTheTimeout) {
    vk::ClipboardGuard guard;
    guard.copy(QStringLiteral("+46701234567"), 50);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("+46701234567"));
    EXPECT_TRUE(QTest::qWaitFor([] { return QGuiApplication::clipboard()->text().isEmpty(); }, 2000));
}

TEST(ClipboardGuard, LeavesTextTheUserCopiedSince) {
    vk::ClipboardGuard guard;
    guard.copy(QStringLiteral("+46701234567"), 60000);
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    guard.clearIfOurs();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("something else"));
}

TEST(ClipboardGuard, ClearIfOursOnLock) {
    vk::ClipboardGuard guard;
    guard.copy(QStringLiteral("+46709876543"), 60000);
    guard.clearIfOurs();
    EXPECT_TRUE(QGuiApplication::clipboard()->text().isEmpty());
}
