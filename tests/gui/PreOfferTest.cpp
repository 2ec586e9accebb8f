// Issue 7: a new contact pre-offered to the patient's named contact shows on top of her inbox with the badge
// ("Offered to you", Swedish "Erbjuden dig") and a warm tint; colleagues see whom it is offered to; the
// detail header says until when. The team lead's unit setting lives on the Team page.
#include "DeskFixture.h"
#include "NavigationWidget.h"
#include "TeamPage.h"
#include "UnitSettingsWidget.h"
#include "item/InboxFilterProxyModel.h"
#include "region/TeamReviewService.h"

#include <QCheckBox>
#include <QLabel>
#include <QTabWidget>
#include <QTimer>

using namespace vk;
using namespace vk::test;

namespace {

class OfferDesk : public DeskFixture {
public:
    OfferDesk() {
        cache.exec(
            QStringLiteral("INSERT INTO staff (id, hsa_id, login, name) VALUES ('s2', 'h2', 'bo', 'Bo Ek')"));
        cache.exec(QStringLiteral(
            "INSERT INTO unit_members (unit_id, staff_id, role) VALUES ('u1', 's2', 'nurse')"));
        // e1 is due last, so only the offer can bring it to the top; c2 is offered to a colleague.
        cache.exec(QStringLiteral("UPDATE contacts SET offered_to = 's1', offered_until = "
                                  "'2026-11-23T09:20:00.000Z' WHERE id = 'e1'"));
        cache.exec(QStringLiteral("UPDATE contacts SET offered_to = 's2', offered_until = "
                                  "'2026-11-23T09:20:00.000Z' WHERE id = 'c2'"));
    }

    [[nodiscard]] QString idAt(int row) const {
        return list()->proxy()->index(row, 0).data(InboxModel::IdRole).toString();
    }
    [[nodiscard]] QModelIndex statusOf(const QString& id) const {
        const QAbstractItemModel* rows = list()->proxy();
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (rows->index(row, 0).data(InboxModel::IdRole).toString() == id) {
                return rows->index(row, InboxModel::StatusColumn);
            }
        }
        return {};
    }
    /// The colour the table paints at the left end of the row's patient cell (before its text's margin).
    [[nodiscard]] QColor paintedAt(const QModelIndex& index) const {
        const QRect cell = list()->table()->visualRect(index.siblingAtColumn(InboxModel::PatientColumn));
        const QImage image = list()->table()->viewport()->grab().toImage();
        EXPECT_TRUE(image.rect().contains(cell.left() + 2, cell.center().y()));
        return image.pixelColor(cell.left() + 2, cell.center().y());
    }
};

} // namespace

TEST(PreOffer, TheNamedContactSeesTheOfferOnTopWithTheBadge) {
    OfferDesk desk;
    desk.start();
    ASSERT_TRUE(QTest::qWaitFor([&desk] { return desk.list()->proxy()->rowCount() == 4; }, 5000));
    desk.list()->table()->clearSelection();
    desk.list()->table()->setCurrentIndex({});

    EXPECT_EQ(desk.idAt(0), QStringLiteral("e1")) << "offered to me: on top although due last";
    const QModelIndex mine = desk.statusOf(QStringLiteral("e1"));
    EXPECT_EQ(mine.data().toString(), QStringLiteral("Offered to you"));
    EXPECT_EQ(desk.paintedAt(mine), QColor(0xfd, 0xf0, 0xc8)) << "the row carries the offer's tint";
    const QModelIndex theirs = desk.statusOf(QStringLiteral("c2"));
    EXPECT_EQ(theirs.data().toString(), QStringLiteral("Offered to Bo Ek"));
    EXPECT_NE(desk.paintedAt(theirs), QColor(0xfd, 0xf0, 0xc8));

    desk.select(QStringLiteral("e1"));
    auto* status = desk.detail->findChild<QLabel*>(QStringLiteral("headerStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().contains(QStringLiteral("offered to you until")))
        << status->text().toStdString();
    desk.select(QStringLiteral("c2"));
    EXPECT_TRUE(status->text().contains(QStringLiteral("offered to Bo Ek"))) << status->text().toStdString();

    // The offer lapses: the contact goes back to its place by deadline and the badge goes.
    desk.select(QStringLiteral("e1"));
    desk.clock.advance(21 * 60);
    desk.model.refreshOffers();
    EXPECT_EQ(desk.idAt(0), QStringLiteral("c1"));
    EXPECT_EQ(desk.statusOf(QStringLiteral("e1")).data().toString(), QStringLiteral("New"));
    // The open contact's header follows at its next countdown tick, without a reload.
    auto* tick = desk.detail->findChild<QTimer*>(QStringLiteral("headerCountdown"));
    ASSERT_NE(tick, nullptr);
    ASSERT_TRUE(tick->isActive());
    tick->setInterval(1);
    EXPECT_TRUE(
        QTest::qWaitFor([status] { return !status->text().contains(QStringLiteral("offered")); }, 5000))
        << status->text().toStdString();
}

TEST(PreOffer, TheTeamLeadSeesTheUnitSettingAndARefusedChangeIsUndone) {
    OfferDesk desk;
    desk.cache.exec(QStringLiteral("UPDATE unit_members SET role = 'team_lead' WHERE staff_id = 's1'"));
    desk.cache.exec(QStringLiteral("UPDATE units SET preoffer_named_contact = 1 WHERE id = 'u1'"));
    desk.start();
    TeamReviewService service; // no region store: every change is refused, in words
    auto* page = new TeamPage(&desk.model, &service);
    page->settings()->setDatabaseProvider([&desk] { return desk.cache.db(); });
    page->setLedUnits({QStringLiteral("u1")});
    desk.window.setTeamPage(page);
    desk.window.setTeamSectionVisible(true);
    desk.window.navigation()->setCurrentSection(NavigationWidget::Section::Team);
    page->showTab(TeamPage::Tab::Settings);

    QCheckBox* box = page->settings()->preOfferBox(QStringLiteral("u1"));
    ASSERT_NE(box, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([box] { return box->isVisible(); }, 5000));
    EXPECT_TRUE(box->isChecked()) << "as the cache has it";
    QTest::mouseClick(box, Qt::LeftButton);
    EXPECT_TRUE(box->isChecked()) << "the store did not take the change, so the box shows what it still has";
    EXPECT_TRUE(box->isEnabled());
    EXPECT_TRUE(page->settings()->notice()->text().startsWith(QStringLiteral("The setting was not changed")))
        << page->settings()->notice()->text().toStdString();
}
