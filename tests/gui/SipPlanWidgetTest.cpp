// Issue 7: the SIP view on the off-screen platform, over a real encrypted cache: required elements flagged,
// notes and corrections appended, plans drawn up with consent, meetings recorded, and the PDF printout.
#include "SipPlanWidget.h"
#include "DeskFixture.h"
#include "FixedClock.h"
#include "TestCache.h"
#include "sync/DeskActions.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace vk;

namespace {

const QDateTime Now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

struct SipFixture {
    test::TestCache cache;
    test::FixedClock clock{Now};
    DeskActions actions{cache.db(), clock, QStringLiteral("s1")};
    std::unique_ptr<SipPlanWidget> widget;

    SipFixture() {
        cache.seedReferenceData();
        cache.exec(
            QStringLiteral("INSERT INTO staff (id, hsa_id, login, name) VALUES ('s2', 'h2', 'bo', 'Bo Ek')"));
        cache.exec(QStringLiteral("INSERT INTO patients (id, id_type, id_value, name) VALUES "
                                  "('p1', 'personnummer', '196408233234', 'Greta Holm'), "
                                  "('p2', 'samordningsnummer', '197010632391', 'Åsa Lindqvist')"));
        // A plan as a pull brings it: the region's insats only, no overall responsibility yet.
        cache.exec(QStringLiteral(
            "INSERT INTO sip_plans (id, patient_id, unit_id, consent_given_by, consent_date, consent_how, "
            "overall_responsible, start_date, next_follow_up, version) VALUES ('sp1', 'p1', 'u1', 'Greta "
            "Holm', "
            "'2026-10-01', 'Muntligt vid hembesök', NULL, '2026-10-05', '2026-12-01', 3)"));
        cache.exec(QStringLiteral("INSERT INTO sip_participants (id, plan_id, huvudman, name, role) VALUES "
                                  "('pa1', 'sp1', 'region', 'Anna Lind', 'Fast vårdkontakt'), "
                                  "('pa2', 'sp1', 'kommun', 'Helena Ek', 'Biståndshandläggare')"));
        cache.exec(QStringLiteral("INSERT INTO sip_insatser (id, plan_id, description, huvudman) VALUES "
                                  "('i1', 'sp1', 'Läkemedelsgenomgång var tredje månad', 'region')"));
        cache.exec(QStringLiteral("INSERT INTO sip_other_actions (id, plan_id, actor, description) VALUES "
                                  "('o1', 'sp1', 'Dottern', 'Följer med på läkarbesök')"));
        cache.exec(
            QStringLiteral("INSERT INTO sip_notes (id, plan_id, author_id, written_at, body) VALUES "
                           "('n1', 'sp1', 's2', '2026-10-05T12:00:00.000Z', 'SIP upprättad med dottern.')"));
        widget = std::make_unique<SipPlanWidget>(clock);
        widget->setSource([this] { return cache.db(); }, [this] { return &actions; });
        widget->resize(1100, 800);
        widget->showPatient(QStringLiteral("p1"));
        widget->show();
    }

    template <typename T>
    T* find(const char* name) const {
        return widget->findChild<T*>(QString::fromLatin1(name));
    }
    [[nodiscard]] QString missingText() const { return find<QLabel>("sipMissing")->text(); }
    void click(const char* name) const {
        QPushButton* b = find<QPushButton>(name);
        ASSERT_NE(b, nullptr) << name;
        ASSERT_TRUE(b->isEnabled()) << name;
        QTest::mouseClick(b, Qt::LeftButton);
    }
    template <typename T>
    static T* dialog() {
        T* found = nullptr;
        (void)QTest::qWaitFor(
            [&found] {
                for (QWidget* top : QApplication::topLevelWidgets()) {
                    if (auto* d = qobject_cast<T*>(top); d != nullptr && d->isVisible()) {
                        found = d;
                        return true;
                    }
                }
                return false;
            },
            5000);
        return found;
    }
    static void ok(QDialog* d, const char* okName) {
        auto* button = d->findChild<QPushButton*>(QString::fromLatin1(okName));
        ASSERT_NE(button, nullptr);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    [[nodiscard]] QList<QJsonObject> outbox(const char* kind) const {
        QList<QJsonObject> payloads;
        QSqlQuery query(cache.db());
        query.prepare(QStringLiteral("SELECT payload FROM outbox WHERE kind = ? ORDER BY seq"));
        query.addBindValue(QString::fromLatin1(kind));
        EXPECT_TRUE(query.exec());
        while (query.next()) {
            payloads << QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        }
        return payloads;
    }
    [[nodiscard]] QTreeWidgetItem* noteItem(const QString& text) const {
        const QList<QTreeWidgetItem*> items =
            find<QTreeWidget>("sipNotes")->findItems(text, Qt::MatchContains | Qt::MatchRecursive, 2);
        return items.isEmpty() ? nullptr : items.constFirst();
    }
};

} // namespace

TEST(SipPlanWidget, FlagsTheMissingRequiredElementsUntilTheEditCompletesThePlan) {
    SipFixture f;
    const QString missing = f.missingText();
    EXPECT_TRUE(missing.contains(QStringLiteral("Which insatser each huvudman is responsible for")))
        << missing.toStdString();
    EXPECT_TRUE(missing.contains(QStringLiteral("no insats the kommun is responsible for")));
    EXPECT_TRUE(missing.contains(QStringLiteral("Which huvudman has the overall responsibility")));
    EXPECT_FALSE(missing.contains(QStringLiteral("Which åtgärder others take"))) << "the plan has one";
    EXPECT_FALSE(missing.contains(QStringLiteral("Which insatser are needed")));
    const QString plan = f.find<QTextBrowser>("sipPlanView")->toPlainText();
    EXPECT_TRUE(plan.contains(QStringLiteral("Läkemedelsgenomgång var tredje månad")));
    EXPECT_TRUE(plan.contains(QStringLiteral("Muntligt vid hembesök"))) << "consent: how";
    EXPECT_TRUE(plan.contains(QStringLiteral("Helena Ek")));

    f.click("sipEdit");
    auto* edit = SipFixture::dialog<QDialog>();
    ASSERT_NE(edit, nullptr);
    ASSERT_EQ(edit->objectName(), QStringLiteral("sipPlanDialog"));
    auto* overall = edit->findChild<QComboBox*>(QStringLiteral("sipOverall"));
    overall->setCurrentIndex(overall->findData(QStringLiteral("kommun")));
    QTest::mouseClick(edit->findChild<QPushButton*>(QStringLiteral("sipInsatserAdd")), Qt::LeftButton);
    auto* table = edit->findChild<QTableWidget*>(QStringLiteral("sipInsatserTable"));
    ASSERT_EQ(table->rowCount(), 2);
    table->item(1, 0)->setText(QStringLiteral("Hemtjänst morgon och kväll"));
    auto* huvudman = qobject_cast<QComboBox*>(table->cellWidget(1, 1));
    ASSERT_NE(huvudman, nullptr);
    huvudman->setCurrentIndex(huvudman->findData(QStringLiteral("kommun")));
    SipFixture::ok(edit, "sipPlanOk");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !edit || !edit->isVisible(); }, 5000));

    const QList<QJsonObject> updates = f.outbox("sip_update");
    ASSERT_EQ(updates.size(), 1);
    EXPECT_EQ(updates.front().value(QStringLiteral("expected_version")).toInt(), 3);
    EXPECT_EQ(updates.front().value(QStringLiteral("overall_responsible")).toString(),
              QStringLiteral("kommun"));
    EXPECT_EQ(f.missingText(), QStringLiteral("The plan states all four elements the law requires."));
    EXPECT_TRUE(
        f.find<QTextBrowser>("sipPlanView")->toPlainText().contains(QStringLiteral("Hemtjänst morgon")));
}

TEST(SipPlanWidget, ANoteWithAnActionIsAppendedAndACorrectionHangsUnderTheOriginal) {
    SipFixture f;
    f.click("sipAddNote");
    auto* note = SipFixture::dialog<QDialog>();
    ASSERT_NE(note, nullptr);
    note->findChild<QPlainTextEdit*>(QStringLiteral("sipNoteBody"))
        ->setPlainText(QStringLiteral("Uppföljning med dottern."));
    note->findChild<QGroupBox*>(QStringLiteral("sipNoteActionGroup"))->setChecked(true);
    note->findChild<QLineEdit*>(QStringLiteral("sipNoteResponsible"))->setText(QStringLiteral("Kommunen"));
    SipFixture::ok(note, "sipNoteOk");
    // A responsible without an action is refused in the dialog, which stays open with the reason.
    auto* problem = note->findChild<QLabel*>(QStringLiteral("sipNoteProblem"));
    EXPECT_TRUE(note->isVisible());
    EXPECT_FALSE(problem->isHidden());
    EXPECT_TRUE(f.outbox("sip_add_note").isEmpty());
    note->findChild<QLineEdit*>(QStringLiteral("sipNoteAction"))
        ->setText(QStringLiteral("Ansöka om trygghetslarm"));
    SipFixture::ok(note, "sipNoteOk");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !note || !note->isVisible(); }, 5000));

    ASSERT_EQ(f.outbox("sip_add_note").size(), 1);
    QTreeWidgetItem* added = f.noteItem(QStringLiteral("Uppföljning med dottern."));
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->text(1), QStringLiteral("Anna Lind")) << "the author";
    EXPECT_EQ(added->text(3), QStringLiteral("Ansöka om trygghetslarm"));
    EXPECT_EQ(added->text(4), QStringLiteral("Kommunen"));
    EXPECT_FALSE(added->text(0).isEmpty()) << "the time of writing";

    f.find<QTreeWidget>("sipNotes")->setCurrentItem(f.noteItem(QStringLiteral("SIP upprättad")));
    f.click("sipCorrectNote");
    auto* correction = SipFixture::dialog<QDialog>();
    ASSERT_NE(correction, nullptr);
    EXPECT_TRUE(correction->findChild<QLabel*>(QStringLiteral("sipNoteCorrected"))
                    ->text()
                    .contains(QStringLiteral("SIP upprättad med dottern.")));
    correction->findChild<QPlainTextEdit*>(QStringLiteral("sipNoteBody"))
        ->setPlainText(QStringLiteral("Upprättad med sonen, inte dottern."));
    SipFixture::ok(correction, "sipNoteOk");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !correction || !correction->isVisible(); }, 5000));

    const QList<QJsonObject> notes = f.outbox("sip_add_note");
    ASSERT_EQ(notes.size(), 2);
    EXPECT_EQ(notes.back().value(QStringLiteral("corrects_note_id")).toString(), QStringLiteral("n1"));
    QTreeWidgetItem* original = f.noteItem(QStringLiteral("SIP upprättad med dottern."));
    ASSERT_NE(original, nullptr);
    EXPECT_TRUE(original->text(2).contains(QStringLiteral("(corrected)")));
    ASSERT_EQ(original->childCount(), 1) << "the correction is shown under the note it corrects";
    EXPECT_TRUE(original->child(0)->text(2).contains(QStringLiteral("Upprättad med sonen")));
}

TEST(SipPlanWidget, ANewPlanNeedsConsentAndAMeetingIsRecorded) {
    SipFixture f;
    f.widget->showPatient(QStringLiteral("p2"));
    EXPECT_FALSE(f.find<QLabel>("sipEmpty")->isHidden());
    EXPECT_FALSE(f.find<QPushButton>("sipAddNote")->isEnabled());
    f.click("sipCreate");
    auto* create = SipFixture::dialog<QDialog>();
    ASSERT_NE(create, nullptr);
    SipFixture::ok(create, "sipPlanOk");
    EXPECT_TRUE(create->isVisible()) << "no SIP without consent";
    EXPECT_FALSE(create->findChild<QLabel*>(QStringLiteral("sipPlanProblem"))->isHidden());
    create->findChild<QLineEdit*>(QStringLiteral("sipConsentGivenBy"))
        ->setText(QStringLiteral("Åsa Lindqvist"));
    SipFixture::ok(create, "sipPlanOk");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !create || !create->isVisible(); }, 5000));
    ASSERT_EQ(f.outbox("sip_create").size(), 1);
    EXPECT_EQ(f.outbox("sip_create").front().value(QStringLiteral("consent_date")).toString(),
              QStringLiteral("2026-11-23"));
    ASSERT_TRUE(f.widget->plan().has_value());
    EXPECT_EQ(f.widget->plan()->patientId, QStringLiteral("p2"));
    EXPECT_TRUE(f.missingText().contains(QStringLiteral("Which insatser are needed")));

    f.click("sipAddMeeting");
    auto* meeting = SipFixture::dialog<QDialog>();
    ASSERT_NE(meeting, nullptr);
    meeting->findChild<QPlainTextEdit*>(QStringLiteral("sipMeetingAttendees"))
        ->setPlainText(QStringLiteral("Åsa, dottern, Helena Ek (kommunen)"));
    SipFixture::ok(meeting, "sipMeetingOk");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !meeting || !meeting->isVisible(); }, 5000));
    EXPECT_TRUE(
        f.find<QTextBrowser>("sipPlanView")->toPlainText().contains(QStringLiteral("Helena Ek (kommunen)")));
    EXPECT_EQ(f.outbox("sip_add_meeting").size(), 1);
}

TEST(SipPlanWidget, PrintsThePlanToAPdfWhoseTextHoldsThePlanAndLogsTheAccess) {
    SipFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sip.pdf"));
    const Status written = f.widget->exportPdf(path);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(30000))
        << "pdftotext (poppler-utils, scripts/install-deps) must run";
    ASSERT_EQ(pdftotext.exitCode(), 0) << pdftotext.readAllStandardError().toStdString();
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    for (const char* expected :
         {"Samordnad individuell plan (SIP)", "Greta Holm", "19640823-3234",
          "Läkemedelsgenomgång var tredje månad", "Helena Ek", "Följer med på läkarbesök",
          "Which huvudman has the overall responsibility", "SIP upprättad med dottern."}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\nin: " << text.toStdString();
    }
    const QList<QJsonObject> accesses = f.outbox("log_access");
    ASSERT_EQ(accesses.size(), 1);
    EXPECT_EQ(accesses.front().value(QStringLiteral("action")).toString(), QStringLiteral("sip_export"));
    EXPECT_EQ(accesses.front().value(QStringLiteral("patient_id")).toString(), QStringLiteral("p1"));
}

TEST(SipPlanWidget, TheContactHeaderOpensThePatientsSipAndLogsTheAccess) {
    test::DeskFixture f;
    f.start();
    f.select(QStringLiteral("c1"));
    auto* sip = f.find<QPushButton>(QStringLiteral("headerSip"));
    ASSERT_NE(sip, nullptr);
    ASSERT_TRUE(sip->isVisible()) << "the contact has a patient";
    QTest::mouseClick(sip, Qt::LeftButton);
    QDialog* window = f.window.findChild<QDialog*>(QStringLiteral("sipWindow"));
    ASSERT_NE(window, nullptr);
    EXPECT_TRUE(window->isVisible());
    auto* view = window->findChild<SipPlanWidget*>();
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->patientId(), QStringLiteral("p1"));
    int sipOpenings = 0;
    for (const QJsonObject& payload : f.outbox(QStringLiteral("log_access"))) {
        sipOpenings +=
            payload.value(QStringLiteral("action")).toString() == QLatin1String("sip_open") ? 1 : 0;
    }
    EXPECT_EQ(sipOpenings, 1);

    f.select(QStringLiteral("v1")); // an unknown caller: no patient, no SIP
    EXPECT_FALSE(f.find<QPushButton>(QStringLiteral("headerSip"))->isVisible());
    f.detail->clear(); // as on lock
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return f.window.findChild<QDialog*>(QStringLiteral("sipWindow")) == nullptr; }, 5000))
        << "no patient data stays on screen";
}
