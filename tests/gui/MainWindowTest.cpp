#include "MainWindow.h"
#include "LanguageInstaller.h"
#include "SyncStatusWidget.h"

#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace {

QStringList navigationTexts(const vk::MainWindow& window) {
    QStringList texts;
    const auto* list = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    if (list == nullptr) {
        return texts;
    }
    for (int row = 0; row < list->count(); ++row) {
        texts << list->item(row)->text();
    }
    return texts;
}

QString labelText(const vk::MainWindow& window, const QString& objectName) {
    const auto* label = window.findChild<QLabel*>(objectName);
    return label != nullptr ? label->text() : QString();
}

} // namespace

TEST(MainWindow, ShowsTheSwedishShell) {
    vk::LanguageInstaller language;
    ASSERT_TRUE(language.install(QStringLiteral("sv")));
    vk::MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    EXPECT_EQ(window.windowTitle(), QStringLiteral("Vårdinkorg"));
    EXPECT_FALSE(window.windowIcon().isNull());
    EXPECT_EQ(navigationTexts(window), (QStringList{QStringLiteral("Inkorg"), QStringLiteral("Mina ärenden"),
                                                    QStringLiteral("Mina patienter"),
                                                    QStringLiteral("Patienter"), QStringLiteral("Team")}));
    EXPECT_EQ(labelText(window, QStringLiteral("syncConnection")),
              QStringLiteral("Inte ansluten till regionlagret"));
    EXPECT_EQ(labelText(window, QStringLiteral("syncPending")), QStringLiteral("0 ändringar väntar"));
    EXPECT_NE(window.findChild<QStackedWidget*>(QStringLiteral("listArea")), nullptr);
    EXPECT_NE(window.findChild<QStackedWidget*>(QStringLiteral("detailArea")), nullptr);
    // Each section has its own icon, none borrowed from a channel (a voicemail symbol on "Team" misleads).
    const auto* list = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    ASSERT_NE(list, nullptr);
    QList<QImage> icons;
    for (int row = 0; row < list->count(); ++row) {
        const QImage image = list->item(row)->icon().pixmap(20, 20).toImage();
        ASSERT_FALSE(image.isNull()) << row;
        EXPECT_FALSE(icons.contains(image)) << "section " << row << " shares an icon";
        icons << image;
    }
}

TEST(MainWindow, ShowsTheEnglishShell) {
    vk::LanguageInstaller language;
    ASSERT_TRUE(language.install(QStringLiteral("en")));
    vk::MainWindow window;
    EXPECT_EQ(navigationTexts(window), (QStringList{QStringLiteral("Inbox"), QStringLiteral("My contacts"),
                                                    QStringLiteral("My patients"), QStringLiteral("Patients"),
                                                    QStringLiteral("Team")}));
    EXPECT_EQ(labelText(window, QStringLiteral("syncConnection")),
              QStringLiteral("Not connected to the region store"));
    EXPECT_EQ(labelText(window, QStringLiteral("syncPending")), QStringLiteral("0 changes waiting"));
}

TEST(MainWindow, NavigationSwitchesTheListArea) {
    vk::MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* lists = window.findChild<QStackedWidget*>(QStringLiteral("listArea"));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    ASSERT_NE(lists, nullptr);
    ASSERT_NE(navigation, nullptr);
    EXPECT_EQ(lists->currentWidget()->objectName(), QStringLiteral("inboxEmpty"));

    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    QTest::keyClick(navigation, Qt::Key_Down);
    EXPECT_EQ(window.navigation()->currentSection(), vk::NavigationWidget::Section::MyPatients);
    EXPECT_EQ(lists->currentWidget()->objectName(), QStringLiteral("myPatientsEmpty"));
    QTest::keyClick(navigation, Qt::Key_Down);
    EXPECT_EQ(window.navigation()->currentSection(), vk::NavigationWidget::Section::Patients);
    EXPECT_EQ(lists->currentWidget()->objectName(), QStringLiteral("patientsEmpty"));

    window.navigation()->setCurrentSection(vk::NavigationWidget::Section::Team);
    EXPECT_EQ(lists->currentWidget()->objectName(), QStringLiteral("teamEmpty"));
}

TEST(SyncStatusWidget, ShowsOnlineStateAndPluralisedPendingCount) {
    vk::LanguageInstaller language;
    ASSERT_TRUE(language.install(QStringLiteral("sv")));
    vk::SyncStatusWidget status;
    status.showState(true, 1, QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC));
    EXPECT_EQ(status.findChild<QLabel*>(QStringLiteral("syncConnection"))->text(),
              QStringLiteral("Ansluten"));
    EXPECT_EQ(status.findChild<QLabel*>(QStringLiteral("syncPending"))->text(),
              QStringLiteral("1 ändring väntar"));
    EXPECT_TRUE(status.findChild<QLabel*>(QStringLiteral("syncLast"))
                    ->text()
                    .startsWith(QStringLiteral("Senaste synk")));
    status.showState(false, 3, QDateTime());
    EXPECT_EQ(status.findChild<QLabel*>(QStringLiteral("syncConnection"))->text(),
              QStringLiteral("Frånkopplad"));
    EXPECT_EQ(status.findChild<QLabel*>(QStringLiteral("syncPending"))->text(),
              QStringLiteral("3 ändringar väntar"));
}

TEST(LanguageInstaller, FollowsTheSystemLocaleAndRefusesUnknownCodes) {
    EXPECT_EQ(vk::LanguageInstaller::languageForLocale(QLocale(QLocale::Swedish, QLocale::Finland)),
              QStringLiteral("sv"));
    EXPECT_EQ(vk::LanguageInstaller::languageForLocale(QLocale(QLocale::German)), QStringLiteral("en"));
    vk::LanguageInstaller language;
    EXPECT_FALSE(language.install(QStringLiteral("de")));
}
