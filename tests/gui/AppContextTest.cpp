// The desk's login and lock cycle against the real encrypted cache: log in through the dialog, lock after a
// short idle time, fail once with a wrong password, unlock and find the inbox restored.
#include "AppContext.h"
#include "DeskSession.h"
#include "IdleLockController.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "cache/CacheDatabase.h"
#include "item/InboxModel.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include "ClipboardGuard.h"

#include <gtest/gtest.h>

namespace {

void answerDialog(vk::LoginDialog* dialog, const QString& user, const QString& password) {
    auto* userEdit = dialog->findChild<QLineEdit*>(QStringLiteral("userName"));
    if (!userEdit->isReadOnly()) {
        userEdit->setText(user);
    }
    dialog->findChild<QLineEdit*>(QStringLiteral("password"))->setText(password);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("loginButton")), Qt::LeftButton);
}

vk::LoginDialog* waitForLoginDialog() {
    vk::LoginDialog* found = nullptr;
    (void)QTest::qWaitFor(
        [&found] {
            found = qobject_cast<vk::LoginDialog*>(QApplication::activeModalWidget());
            return found != nullptr && found->isVisible();
        },
        5000);
    return found;
}

} // namespace

TEST(AppContext, LoginIdleLockWrongPasswordAndUnlock) {
    qunsetenv("VK_REGION_HOST"); // cache only: this test is about the desk, not the region store
    vk::AppContext context;
    ASSERT_TRUE(context.installLanguage(QStringLiteral("sv")));

    QTimer::singleShot(0, [] {
        vk::LoginDialog* dialog = waitForLoginDialog();
        ASSERT_NE(dialog, nullptr);
        answerDialog(dialog, QStringLiteral("anna.lind"), QStringLiteral("Sommar-2026"));
    });
    ASSERT_TRUE(context.login());
    ASSERT_TRUE(context.session().isOpen());

    // Put one contact in the cache the way a pull would, then reload through a lock cycle.
    QSqlQuery insert(context.session().cache()->connection());
    ASSERT_TRUE(insert.exec(QStringLiteral(
        "INSERT INTO contacts (id, channel, unit_id, received_at, due_at, status, reason) VALUES "
        "('c1', 'callback', 'u1', '2026-11-23T08:00:00.000Z', '2026-11-23T15:00:00.000Z', 'new', "
        "'Rådgivning')")));

    vk::MainWindow& window = context.mainWindow();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    context.clipboard().copy(QStringLiteral("+46701234567"));

    context.idleLock().setTimeout(150);
    context.idleLock().start();
    vk::LoginDialog* unlock = waitForLoginDialog();
    ASSERT_NE(unlock, nullptr) << "the desk must lock itself after the idle time";
    EXPECT_FALSE(context.session().isOpen());
    EXPECT_EQ(context.session().inboxModel()->rowCount(), 0) << "locking clears the models";
    EXPECT_TRUE(QApplication::clipboard()->text().isEmpty()) << "locking clears our clipboard text";
    EXPECT_EQ(unlock->findChild<QLineEdit*>(QStringLiteral("userName"))->text(), QStringLiteral("anna.lind"));

    answerDialog(unlock, QString(), QStringLiteral("fel-lösenord"));
    auto* error = unlock->findChild<QLabel*>(QStringLiteral("loginError"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(error->text(), QStringLiteral("Lösenordet är inte rätt."));
    EXPECT_FALSE(context.session().isOpen());

    answerDialog(unlock, QString(), QStringLiteral("Sommar-2026"));
    EXPECT_TRUE(QTest::qWaitFor([&context] { return context.session().isOpen(); }, 5000));
    EXPECT_TRUE(
        QTest::qWaitFor([&context] { return context.session().inboxModel()->rowCount() == 1; }, 5000));
    EXPECT_TRUE(context.idleLock().isActive()) << "the idle timer runs again after unlock";
}
