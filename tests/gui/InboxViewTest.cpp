#include "InboxView.h"
#include "FixedClock.h"
#include "item/InboxFilterProxyModel.h"
#include "item/InboxModel.h"
#include "item/InboxSearch.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

namespace {

const QDateTime Noon(QDate(2026, 11, 23), QTime(11, 0), Qt::UTC);

vk::InboxRow row(const QString& id, int dueMinutes, const QString& name, vk::Channel channel) {
    vk::InboxRow r;
    r.id = id;
    r.channel = channel;
    r.patientName = name;
    r.identityNumber = QStringLiteral("196408233234");
    r.reason = QStringLiteral("Rådgivning");
    r.dueMs = Noon.addSecs(dueMinutes * 60).toMSecsSinceEpoch();
    r.receivedMs = Noon.addSecs(-600).toMSecsSinceEpoch();
    r.identityVerified = true;
    r.searchText = vk::InboxSearch::searchTextFor(r);
    return r;
}

struct Fixture {
    vk::test::FixedClock clock{Noon};
    vk::InboxModel model{clock};
    vk::InboxView view{&model};

    Fixture() {
        model.reset({row(QStringLiteral("b"), 30, QStringLiteral("Bertil Svensson"), vk::Channel::Voicemail),
                     row(QStringLiteral("a"), 10, QStringLiteral("Åsa Lindqvist"), vk::Channel::Callback),
                     row(QStringLiteral("c"), 50, QStringLiteral("Cecilia Berg"), vk::Channel::EService)});
        view.resize(1000, 500);
        view.show();
    }
};

} // namespace

TEST(InboxView, KeyboardMovesOpensAndSearches) {
    Fixture f;
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&f.view));
    QTableView* table = f.view.table();
    QSignalSpy activated(&f.view, &vk::InboxView::contactActivated);
    table->setFocus();
    table->setCurrentIndex(f.view.proxy()->index(0, 0));
    EXPECT_EQ(f.view.currentContactId(), QStringLiteral("a")) << "earliest deadline first";
    QTest::keyClick(table, Qt::Key_J);
    EXPECT_EQ(f.view.currentContactId(), QStringLiteral("b"));
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_K);
    EXPECT_EQ(f.view.currentContactId(), QStringLiteral("b"));
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.constFirst().constFirst().toString(), QStringLiteral("b"));

    QTest::keyClick(table, Qt::Key_Slash);
    auto* search = f.view.findChild<QLineEdit*>(QStringLiteral("inboxSearch"));
    EXPECT_TRUE(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("cecilia"));
    EXPECT_TRUE(QTest::qWaitFor([&f] { return f.view.proxy()->rowCount() == 1; }, 2000));
    QTest::keyClick(search, Qt::Key_Escape);
    EXPECT_TRUE(table->hasFocus());
    EXPECT_TRUE(QTest::qWaitFor([&f] { return f.view.proxy()->rowCount() == 3; }, 2000));
}

TEST(InboxView, ChannelFilterAndNewContactBadgeWithoutStealingFocus) {
    Fixture f;
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&f.view));
    auto* channel = f.view.findChild<QComboBox*>(QStringLiteral("inboxChannel"));
    channel->setCurrentIndex(2); // voicemails
    EXPECT_EQ(f.view.proxy()->rowCount(), 1);
    channel->setCurrentIndex(0);
    EXPECT_EQ(f.view.proxy()->rowCount(), 3);

    auto* search = f.view.findChild<QLineEdit*>(QStringLiteral("inboxSearch"));
    search->setFocus();
    f.view.table()->setCurrentIndex(f.view.proxy()->index(1, 0));
    f.model.upsert({row(QStringLiteral("new"), -5, QStringLiteral("Doris Ek"), vk::Channel::Callback)});
    auto* badge = f.view.findChild<QToolButton*>(QStringLiteral("inboxNewBadge"));
    EXPECT_TRUE(badge->isVisible());
    EXPECT_EQ(badge->text(), QStringLiteral("1 new"));
    EXPECT_TRUE(search->hasFocus()) << "an arriving contact must not steal focus";
    EXPECT_EQ(f.view.currentContactId(), QStringLiteral("b")) << "the selection stays on its contact";
}
