// The desk's login and lock cycle against the real encrypted cache: log in through the dialog, lock after a
// short idle time, fail once with a wrong password, unlock and find the inbox restored.
#include "AppContext.h"
#include "ConflictNoticeWidget.h"
#include "ContactDetailWidget.h"
#include "DeskSession.h"
#include "IdleLockController.h"
#include "InboxView.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "cache/CacheDatabase.h"
#include "item/InboxModel.h"
#include "sync/DeskActions.h"
#include "sync/SyncController.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

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

TEST(AppContext, DetailPaneAndConflictNoticeAreWiredToTheSession) {
    qunsetenv("VK_REGION_HOST");
    vk::AppContext context;
    ASSERT_TRUE(context.installLanguage(QStringLiteral("sv")));
    ASSERT_EQ(context.loginWith(QStringLiteral("bo.ek"), QStringLiteral("Vinter-2026")), QString());
    QSqlQuery insert(context.session().cache()->connection());
    ASSERT_TRUE(insert.exec(QStringLiteral(
        "INSERT INTO contacts (id, channel, unit_id, received_at, due_at, status, reason) VALUES "
        "('c1', 'callback', 'u1', '2026-11-23T08:00:00.000Z', '2026-11-23T15:00:00.000Z', 'new', "
        "'Rådgivning')")));
    ASSERT_TRUE(insert.exec(QStringLiteral("INSERT INTO callback_requests (contact_id, phone) VALUES "
                                           "('c1', '+46701234567')")));

    vk::MainWindow& window = context.mainWindow();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    // Sync reports the new contact: the list gets it, and the pane can open it.
    Q_EMIT context.session().sync()->contactsChanged({QStringLiteral("c1")}, {});
    ASSERT_TRUE(window.inboxView()->selectContact(QStringLiteral("c1")));
    vk::ContactDetailWidget* detail = window.contactDetail();
    ASSERT_NE(detail, nullptr);
    EXPECT_EQ(detail->contactId(), QStringLiteral("c1"));
    EXPECT_EQ(window.findChild<QStackedWidget*>(QStringLiteral("detailArea"))->currentWidget(), detail);

    const QString message = QCoreApplication::translate(
                                "vk::SyncEngine", "%1 took this contact at %2 — your claim did not count.")
                                .arg(QStringLiteral("Anna Lind"), QStringLiteral("10:42"));
    Q_EMIT context.session().sync()->conflictRecorded(QStringLiteral("c1"), message);
    vk::ConflictNoticeWidget* notice = window.conflictNotice();
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->messages(),
              QStringList{QStringLiteral("Anna Lind tog detta ärende 10:42 — ditt anspråk gällde inte.")});
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr) << "a conflict is a notice, never a modal box";
    QTest::mouseClick(notice->findChild<QToolButton*>(QStringLiteral("conflictDismiss")), Qt::LeftButton);
    EXPECT_TRUE(
        QTest::qWaitFor([notice] { return notice->messages().isEmpty() && !notice->isVisible(); }, 2000));

    // Sync changing the open contact refreshes the pane.
    QSqlQuery update(context.session().cache()->connection());
    ASSERT_TRUE(update.exec(QStringLiteral("UPDATE contacts SET reason = 'Recept' WHERE id = 'c1'")));
    Q_EMIT context.session().sync()->contactsChanged({QStringLiteral("c1")}, {});
    EXPECT_TRUE(window.findChild<QLabel*>(QStringLiteral("headerChannel"))
                    ->text()
                    .contains(QStringLiteral("Recept")));

    // An action taken outside the pane (another view of this desk) refreshes it as well.
    auto* status = window.findChild<QLabel*>(QStringLiteral("headerStatus"));
    EXPECT_EQ(status->text(), QStringLiteral("Ny"));
    ASSERT_NE(context.session().actions(), nullptr);
    ASSERT_TRUE(context.session().actions()->claim(QStringLiteral("c1")).ok());
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("Tagen")));

    context.lock();
    EXPECT_TRUE(detail->contactId().isEmpty()) << "locking empties the pane";
    EXPECT_NE(window.findChild<QStackedWidget*>(QStringLiteral("detailArea"))->currentWidget(), detail);
}

namespace {

void lockAndUnlock(vk::AppContext& context, const QString& password) {
    context.lock();
    vk::LoginDialog* unlock = waitForLoginDialog();
    ASSERT_NE(unlock, nullptr);
    answerDialog(unlock, QString(), password);
    ASSERT_TRUE(QTest::qWaitFor([&context] { return context.session().isOpen(); }, 5000));
}

QToolButton* dismissButtonOf(vk::ConflictNoticeWidget* notice, const QString& message) {
    for (QWidget* item : notice->findChildren<QWidget*>(QStringLiteral("conflictNoticeItem"))) {
        if (item->findChild<QLabel*>(QStringLiteral("conflictMessage"))->text() == message) {
            return item->findChild<QToolButton*>(QStringLiteral("conflictDismiss"));
        }
    }
    return nullptr;
}

} // namespace

TEST(AppContext, ARefusedChangeStaysOnScreenUntilDismissedAcrossALock) {
    qunsetenv("VK_REGION_HOST");
    vk::AppContext context;
    ASSERT_TRUE(context.installLanguage(QStringLiteral("sv")));
    const QString password = QStringLiteral("Höst-2026");
    ASSERT_EQ(context.loginWith(QStringLiteral("karin.sjo"), password), QString());
    const QString claimLost = QStringLiteral("Anna Lind tog detta ärende 10:42 — ditt anspråk gällde inte.");
    const QString sipRefused =
        QStringLiteral("Planen hade ändrats av någon annan; din ändring sparades inte.");
    QSqlQuery insert(context.session().cache()->connection());
    ASSERT_TRUE(insert.exec(
        QStringLiteral(
            "INSERT INTO conflicts (mutation_id, contact_id, reason_code, message, occurred_at, seen) "
            "VALUES ('m1', 'c1', 'claimed_by_other', '%1', '2026-11-23T09:42:00.000Z', 0), "
            "('m2', 'c2', 'claimed_by_other', 'Redan sedd', '2026-11-23T09:43:00.000Z', 1), "
            "('m3', NULL, 'version_conflict', '%2', '2026-11-23T09:44:00.000Z', 0)")
            .arg(claimLost, sipRefused)));

    vk::MainWindow& window = context.mainWindow();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    vk::ConflictNoticeWidget* notice = window.conflictNotice();
    lockAndUnlock(context, password);
    EXPECT_EQ(notice->messages(), (QStringList{sipRefused, claimLost}))
        << "unseen conflicts come back after unlock, newest on top; a dismissed one does not";

    QToolButton* dismiss = dismissButtonOf(notice, claimLost);
    ASSERT_NE(dismiss, nullptr);
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QSqlQuery seen(context.session().cache()->connection());
    ASSERT_TRUE(
        seen.exec(QStringLiteral("SELECT mutation_id FROM conflicts WHERE seen = 1 ORDER BY mutation_id")));
    QStringList seenIds;
    while (seen.next()) {
        seenIds << seen.value(0).toString();
    }
    EXPECT_EQ(seenIds, (QStringList{QStringLiteral("m1"), QStringLiteral("m2")}));

    lockAndUnlock(context, password);
    EXPECT_EQ(notice->messages(), QStringList{sipRefused});
}
