// Issue 7: SIP plans between two desks and the real region store, through the encrypted caches, the outbox
// and the sync engine: concurrent notes both kept, a stale edit refused and shown in words, the PDF export
// logged.
#include "FixedClock.h"
#include "RegionTestDatabase.h"
#include "SipPlanWidget.h"
#include "SyncDesk.h"
#include "sip/SipActions.h"
#include "sip/SipRepository.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace vk;
using namespace vk::test;

namespace {

class SipSyncTest : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_unit = uuidText(m_db->createUnit(QStringLiteral("A")));
        m_anna = m_db->addStaff(QStringLiteral("Anna Lind"), QStringLiteral("A"), QStringLiteral("nurse"));
        m_bo = m_db->addStaff(QStringLiteral("Bo Ek"), QStringLiteral("A"), QStringLiteral("nurse"));
        m_db->ingestCallback(QStringLiteral("A"), QStringLiteral("196408233234"));
        Result<PgResult> patient = m_db->admin().exec(
            QStringLiteral("SELECT id::text FROM region.patients WHERE id_value = '196408233234'"), {});
        ASSERT_TRUE(patient.ok() && patient->rows() == 1);
        m_patient = patient->text(0, 0);
        m_deskA = std::make_unique<SyncDesk>(m_db->settingsFor(m_anna), m_anna);
        m_deskB = std::make_unique<SyncDesk>(m_db->settingsFor(m_bo), m_bo);
        for (SyncDesk* desk : {m_deskA.get(), m_deskB.get()}) {
            ASSERT_TRUE(syncUntil(*desk, [&] { return !desk->staffId().isEmpty() && hasPatient(*desk); }));
        }
        m_sipA = std::make_unique<SipActions>(m_deskA->actions(), m_deskA->cache().db(), m_clock);
        m_sipB = std::make_unique<SipActions>(m_deskB->actions(), m_deskB->cache().db(), m_clock);
    }

    bool hasPatient(SyncDesk& desk) const {
        return desk.cache()
                   .scalar(QStringLiteral("SELECT count(*) FROM patients WHERE id = ?"), {m_patient})
                   .toInt() == 1;
    }

    template <typename Done>
    static bool syncUntil(SyncDesk& desk, Done done) {
        return QTest::qWaitFor([&] { return desk.sync().ok() && done(); }, 20000);
    }

    /// A plan drawn up at desk A (insatser of the region only) and known to both desks.
    QString createPlanOnBothDesks() {
        SipPlan draft;
        draft.patientId = m_patient;
        draft.unitId = m_unit;
        draft.consentGivenBy = QStringLiteral("Test Testsson");
        draft.consentDate = m_clock.now().date().addDays(-2);
        draft.consentHow = QStringLiteral("Muntligt vid hembesök");
        draft.participants = {{QString(), QStringLiteral("kommun"), QStringLiteral("Helena Ek"),
                               QStringLiteral("Biståndshandläggare")}};
        draft.insatser = {
            {QString(), QStringLiteral("Läkemedelsgenomgång var tredje månad"), QStringLiteral("region")}};
        Result<QString> id = m_sipA->create(draft);
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().message.toStdString());
        if (!id.ok()) {
            return {};
        }
        const QString planId = id.value();
        EXPECT_TRUE(syncUntil(*m_deskA, [&] { return m_deskA->pendingMutations() == 0; }));
        EXPECT_EQ(
            serverScalar(QStringLiteral("SELECT version::text FROM region.sip_plans WHERE id = $1::uuid"),
                         planId),
            QStringLiteral("1"));
        EXPECT_TRUE(syncUntil(*m_deskB, [&] { return cachedCount(*m_deskB, "sip_insatser", planId) == 1; }));
        return planId;
    }

    QString serverScalar(const QString& sql, const QString& planOrPatient) {
        Result<PgResult> result = m_db->admin().exec(sql, {planOrPatient});
        return result.ok() && result->rows() == 1 ? result->text(0, 0) : QStringLiteral("<error>");
    }

    static int cachedCount(SyncDesk& desk, const char* table, const QString& planId) {
        return desk.cache()
            .scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE plan_id = ?").arg(QLatin1String(table)),
                    {planId})
            .toInt();
    }

    FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<RegionTestDatabase> m_db;
    QString m_unit, m_anna, m_bo, m_patient;
    std::unique_ptr<SyncDesk> m_deskA, m_deskB;
    std::unique_ptr<SipActions> m_sipA, m_sipB;
};

} // namespace

TEST_F(SipSyncTest, TwoNursesAddingNotesAtOnceBothKeepTheirNotes) {
    const QString plan = createPlanOnBothDesks();
    ASSERT_FALSE(plan.isEmpty());
    SipActions::NoteDraft fromAnna;
    fromAnna.body = QStringLiteral("Anna: hembesök, såret läker.");
    fromAnna.action = QStringLiteral("Boka uppföljning");
    fromAnna.actionResponsible = QStringLiteral("Anna Lind");
    fromAnna.actionDue = m_clock.now().date().addDays(7);
    SipActions::NoteDraft fromBo;
    fromBo.body = QStringLiteral("Bo: dottern ringde, oro för fall nattetid.");
    // Both write before either desk has heard of the other's note.
    ASSERT_TRUE(m_sipA->addNote(plan, fromAnna).ok());
    ASSERT_TRUE(m_sipB->addNote(plan, fromBo).ok());
    EXPECT_EQ(cachedCount(*m_deskA, "sip_notes", plan), 1);
    EXPECT_EQ(cachedCount(*m_deskB, "sip_notes", plan), 1);

    ASSERT_TRUE(m_deskA->sync().ok());
    ASSERT_TRUE(m_deskB->sync().ok());
    for (SyncDesk* desk : {m_deskA.get(), m_deskB.get()}) {
        EXPECT_TRUE(syncUntil(*desk, [&] { return cachedCount(*desk, "sip_notes", plan) == 2; }));
        EXPECT_EQ(desk->pendingMutations(), 0);
        EXPECT_TRUE(desk->conflictMessages().isEmpty());
    }
    EXPECT_EQ(
        serverScalar(QStringLiteral("SELECT count(*)::text FROM region.sip_notes WHERE plan_id = $1::uuid"),
                     plan),
        QStringLiteral("2"));
    // Each note keeps its author, and both desks show the same notes.
    const Result<SipPlan> onA = SipRepository(m_deskA->cache().db()).load(plan);
    const Result<SipPlan> onB = SipRepository(m_deskB->cache().db()).load(plan);
    ASSERT_TRUE(onA.ok() && onB.ok());
    QStringList a;
    QStringList b;
    for (const SipPlan::Note& note : onA->notes) {
        a << note.authorName + QStringLiteral(": ") + note.body + QStringLiteral(" / ") + note.action;
    }
    for (const SipPlan::Note& note : onB->notes) {
        b << note.authorName + QStringLiteral(": ") + note.body + QStringLiteral(" / ") + note.action;
    }
    a.sort();
    b.sort();
    EXPECT_EQ(a, b);
    EXPECT_EQ(a, (QStringList{QStringLiteral("Anna Lind: Anna: hembesök, såret läker. / Boka uppföljning"),
                              QStringLiteral("Bo Ek: Bo: dottern ringde, oro för fall nattetid. / ")}));
}

TEST_F(SipSyncTest, AStaleEditIsRefusedAndTheWidgetSaysSoInWords) {
    const QString plan = createPlanOnBothDesks();
    ASSERT_FALSE(plan.isEmpty());
    SipPlanWidget widgetB(m_clock);
    widgetB.setSource([this] { return m_deskB->cache().db(); }, [this] { return &m_deskB->actions(); });
    widgetB.showPatient(m_patient);
    widgetB.show();
    ASSERT_TRUE(widgetB.plan().has_value());
    ASSERT_EQ(widgetB.plan()->version, 1);

    // Anna's edit reaches the store first.
    SipPlan annas = SipRepository(m_deskA->cache().db()).load(plan).value();
    annas.overallResponsible = QStringLiteral("region");
    annas.otherActions = {{QString(), QStringLiteral("Dottern"), QStringLiteral("Följer med till läkaren")}};
    ASSERT_TRUE(m_sipA->update(annas).ok());
    ASSERT_TRUE(syncUntil(*m_deskA, [&] { return m_deskA->pendingMutations() == 0; }));
    ASSERT_EQ(
        serverScalar(QStringLiteral("SELECT version::text FROM region.sip_plans WHERE id = $1::uuid"), plan),
        QStringLiteral("2"));

    // Bo edits the version he has (1) through the plan dialog, offline from Anna's change.
    QTest::mouseClick(widgetB.findChild<QPushButton*>(QStringLiteral("sipEdit")), Qt::LeftButton);
    QDialog* edit = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            edit = widgetB.findChild<QDialog*>(QStringLiteral("sipPlanDialog"));
            return edit != nullptr && edit->isVisible();
        },
        5000));
    auto* overall = edit->findChild<QComboBox*>(QStringLiteral("sipOverall"));
    overall->setCurrentIndex(overall->findData(QStringLiteral("kommun")));
    QTest::mouseClick(edit->findChild<QPushButton*>(QStringLiteral("sipPlanOk")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return widgetB.findChild<QDialog*>(QStringLiteral("sipPlanDialog")) == nullptr; }, 5000));
    EXPECT_EQ(widgetB.plan()->overallResponsible, QStringLiteral("kommun")) << "his edit shows at once";

    ASSERT_TRUE(syncUntil(*m_deskB, [&] { return m_deskB->pendingMutations() == 0; }));
    EXPECT_EQ(
        serverScalar(QStringLiteral("SELECT overall_responsible FROM region.sip_plans WHERE id = $1::uuid"),
                     plan),
        QStringLiteral("region"))
        << "the stale edit changed nothing in the store";
    const QStringList conflicts = m_deskB->conflictMessages();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_TRUE(
        conflicts.front().startsWith(QStringLiteral("Someone else changed the SIP at the same time")));

    // Bo's desk is back on the store's plan, lists included, and his view says what happened.
    widgetB.refresh();
    ASSERT_TRUE(widgetB.plan().has_value());
    EXPECT_EQ(widgetB.plan()->version, 2);
    EXPECT_EQ(widgetB.plan()->overallResponsible, QStringLiteral("region"));
    ASSERT_EQ(widgetB.plan()->otherActions.size(), 1U);
    EXPECT_EQ(widgetB.plan()->otherActions.front().actor, QStringLiteral("Dottern"));
    const QList<QLabel*> notices = widgetB.findChildren<QLabel*>(QStringLiteral("conflictMessage"));
    ASSERT_EQ(notices.size(), 1);
    EXPECT_EQ(notices.front()->text(), conflicts.front());
    EXPECT_TRUE(notices.front()->isVisible());
}

TEST_F(SipSyncTest, APdfExportHoldsThePlanAndIsLoggedOnceInTheStore) {
    const QString plan = createPlanOnBothDesks();
    ASSERT_FALSE(plan.isEmpty());
    const QString exports = QStringLiteral(
        "SELECT count(*)::text FROM region.access_log WHERE patient_id = $1::uuid AND action = 'sip_export'");
    ASSERT_EQ(serverScalar(exports, m_patient), QStringLiteral("0"));

    SipPlanWidget widget(m_clock);
    widget.setSource([this] { return m_deskA->cache().db(); }, [this] { return &m_deskA->actions(); });
    widget.showPatient(m_patient);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sip.pdf"));
    const Status written = widget.exportPdf(path);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(30000))
        << "pdftotext (poppler-utils, scripts/install-deps) must run";
    ASSERT_EQ(pdftotext.exitCode(), 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    for (const char* expected : {"Test Testsson", "19640823-3234", "Läkemedelsgenomgång var tredje månad",
                                 "Helena Ek", "Muntligt vid hembesök"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\nin: " << text.toStdString();
    }

    ASSERT_TRUE(syncUntil(*m_deskA, [&] { return m_deskA->pendingMutations() == 0; }));
    ASSERT_TRUE(m_deskA->sync().ok());
    EXPECT_EQ(serverScalar(exports, m_patient), QStringLiteral("1"))
        << "exactly one access-log row per export";
    EXPECT_EQ(serverScalar(QStringLiteral(
                               "SELECT s.login FROM region.access_log l JOIN region.staff s ON "
                               "s.id = l.staff_id WHERE l.patient_id = $1::uuid AND l.action = 'sip_export'"),
                           m_patient),
              m_anna);
}

TEST_F(SipSyncTest, ASecondOfflineEditBuiltOnARefusedOneIsRefusedWithIt) {
    const QString plan = createPlanOnBothDesks();
    ASSERT_FALSE(plan.isEmpty());
    SipPlan annas = SipRepository(m_deskA->cache().db()).load(plan).value();
    annas.overallResponsible = QStringLiteral("region");
    ASSERT_TRUE(m_sipA->update(annas).ok());
    ASSERT_TRUE(syncUntil(*m_deskA, [&] { return m_deskA->pendingMutations() == 0; }));

    // Bo edits twice before his desk reaches the store: the second edit expects version 2, which is what the
    // store has now (Anna's), and would overwrite her change if it were sent.
    SipPlan bos = SipRepository(m_deskB->cache().db()).load(plan).value();
    bos.overallResponsible = QStringLiteral("kommun");
    ASSERT_TRUE(m_sipB->update(bos).ok());
    bos = SipRepository(m_deskB->cache().db()).load(plan).value();
    ASSERT_EQ(bos.version, 2);
    bos.nextFollowUp = m_clock.now().date().addDays(30);
    ASSERT_TRUE(m_sipB->update(bos).ok());

    ASSERT_TRUE(syncUntil(*m_deskB, [&] { return m_deskB->pendingMutations() == 0; }));
    EXPECT_EQ(
        serverScalar(
            QStringLiteral("SELECT overall_responsible || '/' || version || '/' || "
                           "coalesce(next_follow_up::text, '-') FROM region.sip_plans WHERE id = $1::uuid"),
            plan),
        QStringLiteral("region/2/-"));
    EXPECT_EQ(m_deskB->conflictMessages().size(), 1)
        << "one notice for the refused edit and the one built on it";
    const SipPlan onB = SipRepository(m_deskB->cache().db()).load(plan).value();
    EXPECT_EQ(onB.overallResponsible, QStringLiteral("region"));
    EXPECT_FALSE(onB.nextFollowUp.isValid());
}
