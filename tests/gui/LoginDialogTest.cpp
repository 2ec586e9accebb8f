// Dialog behaviour: what is submitted, how errors show, and how repeated failures slow down. The dialog talks
// to the session through its Attempt function; the session tests drive it against the real encrypted cache.
#include "LoginDialog.h"
#include "LanguageInstaller.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace {

struct Recorder {
    QStringList users;
    QString expectedPassword = QStringLiteral("ratt-losenord"); // QTest::keyClicks types ASCII only

    vk::LoginDialog::Attempt attempt() {
        return [this](const QString& user, const QString& password) -> vk::Status {
            users << user;
            if (password == expectedPassword) {
                return vk::Done{};
            }
            return vk::Error{QStringLiteral("cache.wrong_password"), QStringLiteral("Fel lösenord.")};
        };
    }
};

void type(vk::LoginDialog& dialog, const char* objectName, const QString& text) {
    auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(objectName));
    ASSERT_NE(edit, nullptr);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST(LoginDialog, AcceptsWhenTheAttemptSucceeds) {
    vk::LanguageInstaller language;
    ASSERT_TRUE(language.install(QStringLiteral("sv")));
    Recorder recorder;
    vk::LoginDialog dialog(vk::LoginDialog::Mode::Login, recorder.attempt());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Logga in i Vårdinkorg"));
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("loginButton"));
    EXPECT_FALSE(button->isEnabled()) << "nothing to submit yet";

    type(dialog, "userName", QStringLiteral(" anna.lind "));
    type(dialog, "password", recorder.expectedPassword);
    QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("password")), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(recorder.users, QStringList{QStringLiteral("anna.lind")});
    EXPECT_TRUE(dialog.findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());
}

TEST(LoginDialog, ShowsTheErrorAndSlowsDownAfterRepeatedFailures) {
    Recorder recorder;
    vk::LoginDialog dialog(vk::LoginDialog::Mode::Unlock, recorder.attempt());
    dialog.setUserName(QStringLiteral("anna.lind"));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(dialog.findChild<QLineEdit*>(QStringLiteral("userName"))->isReadOnly());
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("loginButton"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("loginError"));

    for (int i = 0; i < 3; ++i) {
        type(dialog, "password", QStringLiteral("fel"));
        ASSERT_TRUE(button->isEnabled()) << "attempt " << i;
        QTest::mouseClick(button, Qt::LeftButton);
    }
    EXPECT_EQ(dialog.failedAttempts(), 3);
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(error->text(), QStringLiteral("Fel lösenord."));
    EXPECT_NE(dialog.result(), QDialog::Accepted);

    // After the third failure the dialog refuses further attempts for a while, even with text typed.
    type(dialog, "password", recorder.expectedPassword);
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(QTest::qWaitFor([button] { return button->isEnabled(); }, 5000));
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(recorder.users.size(), 4);
}
