// Issue 8, acceptance (2): the team lead's page on a real encrypted cache — reassign and the bulk actions go
// through the dialogs into the cache and the outbox; bulk completion never goes through without a code; the
// overview kept on the desk is shown with the time it was taken.
#include "TeamPage.h"
#include "BarChartWidget.h"
#include "CancelContactDialog.h"
#include "CompleteDialog.h"
#include "DeskFixture.h"
#include "NavigationWidget.h"
#include "ReassignDialog.h"
#include "TeamContactsWidget.h"
#include "TeamOverviewWidget.h"
#include "TeamReportPrinter.h"
#include "region/TeamReviewService.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace vk;
using namespace vk::test;

namespace {

class TeamDesk : public DeskFixture {
public:
    TeamReviewService service;
    TeamPage* page = nullptr;

    TeamDesk() {
        cache.exec(QStringLiteral("UPDATE unit_members SET role = 'team_lead' WHERE staff_id = 's1'"));
        cache.exec(QStringLiteral("INSERT INTO staff (id, hsa_id, login, name, title) VALUES "
                                  "('s2', 'h2', 'erik_holm', 'Erik Holm', 'Distriktssköterska')"));
        cache.exec(QStringLiteral(
            "INSERT INTO unit_members (unit_id, staff_id, role) VALUES ('u1', 's2', 'nurse')"));
        cache.exec(QStringLiteral("UPDATE contacts SET status = 'claimed', claimed_by = 's2', "
                                  "lease_until = '2026-11-23T09:20:00.000Z' WHERE id = 'c2'"));
        service.setCache(cache.db());
    }

    void startTeam() {
        start();
        page = new TeamPage(&model, &service);
        page->contacts()->setProviders([this] { return cache.db(); }, [this] { return &actions; });
        page->setLedUnits({QStringLiteral("u1")});
        window.setTeamPage(page);
        window.setTeamSectionVisible(true);
        window.navigation()->setCurrentSection(NavigationWidget::Section::Team);
        ASSERT_TRUE(QTest::qWaitFor(
            [this] { return page->isVisible() && teamList()->model()->rowCount() == 4; }, 5000));
    }

    [[nodiscard]] QTableView* teamList() const { return page->contacts()->list()->table(); }

    /// Keeps `overview` in the cache as the last one read from the store.
    void keepOverview(const TeamOverview& overview) const {
        cache.exec(
            QStringLiteral("INSERT OR REPLACE INTO cache_meta (key, value) VALUES ('team_overview', ?)"),
            {QString::fromUtf8(overview.toJson())});
    }
    /// Today's figures of one unit: 8 of 10 phone contacts the same day.
    static DailyFiguresRow today(const QString& unitName) {
        DailyFiguresRow row;
        row.unitName = unitName;
        row.day = QDate(2026, 11, 23);
        row.phoneMet = 8;
        row.phoneMissed = 2;
        return row;
    }

    void selectContacts(const QStringList& ids) {
        QItemSelectionModel* selection = teamList()->selectionModel();
        selection->clearSelection();
        QAbstractItemModel* rows = teamList()->model();
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (ids.contains(rows->index(row, 0).data(InboxModel::IdRole).toString())) {
                selection->select(rows->index(row, 0),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        }
        ASSERT_EQ(page->contacts()->list()->selectedContactIds().size(), ids.size());
    }

    void click(const QString& button) const {
        auto* found = page->findChild<QPushButton*>(button);
        ASSERT_NE(found, nullptr) << button.toStdString();
        ASSERT_TRUE(found->isEnabled()) << button.toStdString();
        QTest::mouseClick(found, Qt::LeftButton);
    }

    [[nodiscard]] QString holder(const QString& id) const {
        return cache
            .scalar(QStringLiteral("SELECT coalesce(claimed_by, '') FROM contacts WHERE id = ?"), {id})
            .toString();
    }
    [[nodiscard]] QString notice() const { return page->contacts()->notice()->text(); }
};

} // namespace

TEST(TeamPage, ReassignsTheSelectedContactsToTheChosenNurse) {
    TeamDesk desk;
    desk.startTeam();
    desk.selectContacts({QStringLiteral("c1"), QStringLiteral("v1")});
    desk.click(QStringLiteral("teamReassign"));
    auto* dialog = DeskFixture::waitForDialog<ReassignDialog>();
    ASSERT_NE(dialog, nullptr);
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("reassignOk"));
    EXPECT_FALSE(ok->isEnabled()); // nobody chosen yet
    auto* staff = dialog->findChild<QComboBox*>(QStringLiteral("reassignStaff"));
    ASSERT_EQ(staff->count(), 2); // the lead herself and Erik
    staff->setCurrentIndex(staff->findData(QStringLiteral("s2")));
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_TRUE(desk.waitForNoDialog());

    const QList<QJsonObject> queued = desk.outbox(QStringLiteral("reassign"));
    ASSERT_EQ(queued.size(), 2);
    for (const QJsonObject& payload : queued) {
        EXPECT_EQ(payload.value(QLatin1String("to_staff_id")).toString(), QStringLiteral("s2"));
    }
    EXPECT_EQ(desk.holder(QStringLiteral("c1")), QStringLiteral("s2"));
    EXPECT_EQ(desk.holder(QStringLiteral("v1")), QStringLiteral("s2"));
    EXPECT_TRUE(desk.notice().contains(QStringLiteral("Erik Holm"))) << desk.notice().toStdString();
}

TEST(TeamPage, ReleasesAndCancelsASelection) {
    TeamDesk desk;
    desk.startTeam();
    desk.selectContacts({QStringLiteral("c2")});
    desk.click(QStringLiteral("teamRelease"));
    EXPECT_EQ(desk.outboxKinds(), QStringList{QStringLiteral("release_any")});
    EXPECT_EQ(desk.holder(QStringLiteral("c2")), QString());
    EXPECT_EQ(desk.status(QStringLiteral("c2")), QStringLiteral("new"));

    desk.cache.exec(QStringLiteral("UPDATE contacts SET status = 'claimed', claimed_by = 's2', "
                                   "lease_until = '2026-11-23T09:20:00.000Z' WHERE id = 'c2'"));
    desk.selectContacts({QStringLiteral("c1"), QStringLiteral("c2")});
    desk.click(QStringLiteral("teamCancel"));
    auto* dialog = DeskFixture::waitForDialog<CancelContactDialog>();
    ASSERT_NE(dialog, nullptr);
    auto* reason = dialog->findChild<QComboBox*>(QStringLiteral("cancelReason"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("duplicate")));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelOk")), Qt::LeftButton);
    ASSERT_TRUE(desk.waitForNoDialog());
    // Erik's claim on c2 is freed before the cancel, in that order.
    EXPECT_EQ(desk.outboxKinds(), (QStringList{QStringLiteral("release_any"), QStringLiteral("cancel"),
                                               QStringLiteral("release_any"), QStringLiteral("cancel")}));
    EXPECT_EQ(desk.status(QStringLiteral("c1")), QStringLiteral("cancelled"));
    EXPECT_EQ(desk.status(QStringLiteral("c2")), QStringLiteral("cancelled"));
}

TEST(TeamPage, BulkCompletionIsRefusedWithoutACode) {
    TeamDesk desk;
    desk.startTeam();
    desk.selectContacts({QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("e1")});
    desk.click(QStringLiteral("teamComplete"));
    auto* dialog = DeskFixture::waitForDialog<CompleteDialog>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("completeOk"))->isEnabled());
    // Even if the dialog were accepted without a code, nothing is completed and nothing is freed.
    dialog->accept();
    ASSERT_TRUE(desk.waitForNoDialog());
    EXPECT_TRUE(desk.outboxKinds().isEmpty());
    EXPECT_EQ(desk.holder(QStringLiteral("c2")), QStringLiteral("s2"));
    EXPECT_EQ(desk.status(QStringLiteral("c1")), QStringLiteral("new"));
    EXPECT_TRUE(desk.notice().contains(QStringLiteral("nothing was completed")))
        << desk.notice().toStdString();

    // With a code typed ahead the same selection completes, Erik's contact freed first.
    desk.selectContacts({QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("e1")});
    desk.click(QStringLiteral("teamComplete"));
    dialog = DeskFixture::waitForDialog<CompleteDialog>();
    ASSERT_NE(dialog, nullptr);
    DeskFixture::type(QStringLiteral("RAD"));
    ASSERT_EQ(dialog->code(), QStringLiteral("RAD"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("completeOk")), Qt::LeftButton);
    ASSERT_TRUE(desk.waitForNoDialog());
    EXPECT_EQ(desk.outboxKinds(), (QStringList{QStringLiteral("complete"), QStringLiteral("release_any"),
                                               QStringLiteral("complete"), QStringLiteral("complete")}));
    for (const QJsonObject& payload : desk.outbox(QStringLiteral("complete"))) {
        EXPECT_EQ(payload.value(QLatin1String("code")).toString(), QStringLiteral("RAD"));
    }
}

TEST(TeamPage, ShowsTheOverviewKeptOnTheDeskWithItsTime) {
    TeamDesk desk;
    TeamOverview overview;
    overview.takenAt = QDateTime(QDate(2026, 11, 23), QTime(8, 42), Qt::UTC);
    overview.queues.append({QUuid::createUuid(), QStringLiteral("Hälsocentral Norrmalm"),
                            QStringLiteral("callback"), 7, 3, 2, 1, 1,
                            QDateTime(QDate(2026, 11, 23), QTime(7, 5), Qt::UTC)});
    overview.staff.append({QUuid::createUuid(), QStringLiteral("Erik Holm"), 2, 5, 720.0});
    DailyFiguresRow today = TeamDesk::today(QStringLiteral("Hälsocentral Norrmalm"));
    today.turnedAway = 14;
    overview.today.append(today);
    desk.keepOverview(overview);
    desk.startTeam();
    desk.page->showCachedOverview();

    TeamOverviewWidget* shown = desk.page->overview();
    EXPECT_TRUE(shown->sourceLabel()->text().contains(QStringLiteral("Based on data as of")))
        << shown->sourceLabel()->text().toStdString();
    ASSERT_EQ(shown->queueTable()->rowCount(), 1);
    EXPECT_EQ(shown->queueTable()->item(0, 2)->text(), QStringLiteral("7"));
    EXPECT_EQ(shown->queueTable()->item(0, 7)->text(), QStringLiteral("1"));
    ASSERT_EQ(shown->todayTable()->rowCount(), 1);
    EXPECT_EQ(shown->todayTable()->item(0, 1)->text(), TeamOverviewWidget::share(8, 10));
    EXPECT_EQ(shown->todayTable()->item(0, 6)->text(), QStringLiteral("14"));
    EXPECT_EQ(shown->staffTable()->item(0, 3)->text(), TeamOverviewWidget::duration(720));
    // A failed refresh keeps the figures and says why.
    shown->setProblem(QStringLiteral("Ingen anslutning."));
    EXPECT_TRUE(shown->sourceLabel()->text().contains(QStringLiteral("Ingen anslutning.")));
    EXPECT_EQ(shown->queueTable()->rowCount(), 1);
}

TEST(TeamPage, EveryOverviewRowStaysVisibleWhenTheColumnsAreWiderThanThePage) {
    TeamDesk desk;
    TeamOverview overview;
    overview.takenAt = QDateTime(QDate(2026, 11, 23), QTime(8, 42), Qt::UTC);
    overview.today.append(TeamDesk::today(QStringLiteral("Hälsocentral Norrmalm")));
    overview.today.append(TeamDesk::today(QStringLiteral("Hälsocentral Söder")));
    desk.keepOverview(overview);
    desk.startTeam();
    desk.window.resize(700, 900); // narrower than the "today" table's seven columns
    desk.page->showCachedOverview();

    QTableWidget* today = desk.page->overview()->todayTable();
    ASSERT_TRUE(QTest::qWaitFor([today] { return today->horizontalScrollBar()->isVisible(); }, 5000))
        << "the columns are wider than the page";
    QCoreApplication::processEvents();
    ASSERT_EQ(today->rowCount(), 2);
    const QRect last = today->visualRect(today->model()->index(1, 0));
    EXPECT_LE(last.bottom(), today->viewport()->height()) << "the scroll bar must not cover the last row";
}

TEST(TeamPage, ChartAndPdfReportArePainted) {
    BarChartWidget chart;
    chart.resize(400, 100);
    const QImage blank = chart.render(400);
    chart.setBars({{QStringLiteral("RAD Rådgivning"), 30, QStringLiteral("30")},
                   {QStringLiteral("OMB Av- och ombokning"), 10, QStringLiteral("10")}});
    const QImage painted = chart.render(400);
    EXPECT_GT(painted.height(), 0);
    EXPECT_NE(painted, blank.scaled(painted.size()));
    EXPECT_TRUE(chart.accessibleDescription().contains(QStringLiteral("RAD Rådgivning: 30")));

    TeamStatistics statistics;
    statistics.from = QDate(2027, 1, 4);
    statistics.to = QDate(2027, 1, 8);
    statistics.codes.append({QUuid::createUuid(), QStringLiteral("Norrmalm"), QStringLiteral("callback"),
                             QStringLiteral("RAD"), QStringLiteral("Rådgivning sjuksköterska"),
                             QStringLiteral("Nurse advice"), 3});
    statistics.handled.append({QUuid::createUuid(), QStringLiteral("Erik Holm"), 5, 1});
    const QString html = TeamReportPrinter::html(statistics, false);
    EXPECT_TRUE(html.contains(QStringLiteral("Rådgivning sjuksköterska")));
    EXPECT_TRUE(html.contains(QStringLiteral("Erik Holm")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const Status printed = TeamReportPrinter::printPdf(statistics, false, painted, painted, path);
    ASSERT_TRUE(printed.ok()) << printed.error().message.toStdString();
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
}
