// The patient context as a nurse uses it: the panel opened from a contact's header and from a search, the
// named-contact dialogs, and "Mina patienter" — over a real encrypted cache, asserting what lands in the
// cache and in the outbox.
#include "CareContactDialog.h"
#include "DeskFixture.h"
#include "EndCareContactDialog.h"
#include "InboxItemDelegate.h"
#include "LanguageInstaller.h"
#include "PatientPanelWidget.h"
#include "PatientSearchBar.h"
#include "PatientsView.h"
#include "SipPlanWidget.h"
#include "item/CareContactsModel.h"
#include "item/InboxFilterProxyModel.h"
#include "item/PatientContactsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>

namespace {

using vk::test::DeskFixture;

/// A desk with the patient section wired the way AppContext wires it.
struct PatientDesk : DeskFixture {
    vk::PatientsView* patients = nullptr;

    PatientDesk() {
        cache.exec(QStringLiteral("INSERT INTO staff (id, hsa_id, login, name, title) VALUES "
                                  "('s2', 'h-s2', 'erik', 'Erik Holm', 'Distriktssköterska')"));
        cache.exec(QStringLiteral(
            "INSERT INTO unit_members (unit_id, staff_id, role) VALUES ('u1', 's2', 'nurse')"));
    }

    void startPatients() {
        patients = new vk::PatientsView(clock);
        patients->setSource([this] { return cache.db(); }, [this] { return &actions; });
        window.setPatientsView(patients);
        start();
    }
    [[nodiscard]] vk::PatientPanelWidget* panel() const { return patients->panel(); }
    /// Patient-panel openings queued for the access log.
    [[nodiscard]] int panelOpenings(const QString& patientId) const {
        int count = 0;
        for (const QJsonObject& payload : outbox(QStringLiteral("log_access"))) {
            count +=
                payload.value(QStringLiteral("patient_id")).toString() == patientId &&
                        payload.value(QStringLiteral("action")).toString() == QLatin1String("open_patient")
                    ? 1
                    : 0;
        }
        return count;
    }
    static QPushButton* okButton(QDialog* dialog) {
        auto* box = dialog->findChild<QDialogButtonBox*>();
        return box != nullptr ? box->button(QDialogButtonBox::Ok) : nullptr;
    }
};

/// The delegate's view of a cell, as the list paints it.
class ProbeDelegate : public vk::InboxItemDelegate {
public:
    using vk::InboxItemDelegate::initStyleOption;
};

} // namespace

TEST(PatientPanel, OpensFromAContactHeaderWithOneAccessPerOpening) {
    PatientDesk f;
    f.startPatients();
    f.select(QStringLiteral("c1"));
    auto* open = f.find<QPushButton>(QStringLiteral("headerOpenPatient"));
    ASSERT_NE(open, nullptr);
    ASSERT_TRUE(open->isVisible()) << "a contact with a patient offers the patient overview";
    QTest::mouseClick(open, Qt::LeftButton);

    EXPECT_EQ(f.window.navigation()->currentSection(), vk::NavigationWidget::Section::Patients);
    EXPECT_TRUE(f.panel()->isVisible());
    EXPECT_EQ(f.panel()->patientId(), QStringLiteral("p1"));
    EXPECT_EQ(f.panel()->accessUnitId(), QStringLiteral("u1"));
    EXPECT_EQ(f.find<QLabel>(QStringLiteral("patientName"))->text(), QStringLiteral("Åsa Lindqvist"));
    EXPECT_TRUE(
        f.find<QLabel>(QStringLiteral("patientIdentity"))->text().contains(QStringLiteral("19640823-3234")));
    EXPECT_TRUE(
        f.find<QLabel>(QStringLiteral("patientPhone"))->text().contains(QStringLiteral("+46705550101")));
    // Every contact of the patient across channels; the other patient's contact is not there.
    vk::PatientContactsModel* contacts = f.panel()->contactsModel();
    ASSERT_EQ(contacts->rowCount(), 2);
    QStringList ids;
    for (int row = 0; row < contacts->rowCount(); ++row) {
        ids << contacts->index(row, 0).data(vk::PatientContactsModel::IdRole).toString();
    }
    EXPECT_TRUE(ids.contains(QStringLiteral("c1")) && ids.contains(QStringLiteral("e1")));
    EXPECT_EQ(f.panelOpenings(QStringLiteral("p1")), 1);

    // A refresh (sync, an action) is no new opening; opening again is.
    f.panel()->refresh();
    EXPECT_EQ(f.panelOpenings(QStringLiteral("p1")), 1);
    ASSERT_TRUE(f.patients->openPatient(QStringLiteral("p1")));
    EXPECT_EQ(f.panelOpenings(QStringLiteral("p1")), 2);
    const QJsonObject logged = f.outbox(QStringLiteral("log_access")).constLast();
    EXPECT_EQ(logged.value(QStringLiteral("unit_id")).toString(), QStringLiteral("u1"));
    EXPECT_FALSE(logged.value(QStringLiteral("at")).toString().isEmpty());

    // A contact chosen in the panel opens in the detail pane.
    auto* table = f.find<QTableView>(QStringLiteral("patientContacts"));
    ASSERT_NE(table, nullptr);
    const int eRow = static_cast<int>(ids.indexOf(QStringLiteral("e1")));
    table->setCurrentIndex(contacts->index(eRow, 0));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(f.detail->contactId(), QStringLiteral("e1"));
}

TEST(PatientPanel, SearchValidatesTheNumberShowsItsTypeAndOpensThePatient) {
    vk::LanguageInstaller language;
    ASSERT_TRUE(language.install(QStringLiteral("sv")));
    PatientDesk f;
    f.startPatients();
    f.window.navigation()->setCurrentSection(vk::NavigationWidget::Section::Patients);
    auto* input = f.find<QLineEdit>(QStringLiteral("patientSearch"));
    auto* button = f.find<QPushButton>(QStringLiteral("patientSearchButton"));
    ASSERT_NE(input, nullptr);
    vk::PatientSearchBar* bar = f.patients->searchBar();

    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("19640823-3235"));
    EXPECT_FALSE(button->isEnabled());
    EXPECT_FALSE(bar->identity().isValid());
    EXPECT_TRUE(bar->feedbackText().contains(QStringLiteral("kontrollsiffra"), Qt::CaseInsensitive))
        << bar->feedbackText().toStdString();
    QTest::keyClick(input, Qt::Key_Return);
    EXPECT_TRUE(f.panel()->patientId().isEmpty()) << "an invalid number is not searched";

    input->clear();
    QTest::keyClicks(input, QStringLiteral("701063-2391"));
    EXPECT_TRUE(bar->identity().isValid());
    EXPECT_TRUE(bar->feedbackText().startsWith(QStringLiteral("Samordningsnummer")))
        << bar->feedbackText().toStdString();
    QTest::keyClick(input, Qt::Key_Return);
    EXPECT_EQ(f.panel()->patientId(), QStringLiteral("p2"));
    EXPECT_EQ(f.panelOpenings(QStringLiteral("p2")), 1);

    input->clear();
    QTest::keyClicks(input, QStringLiteral("19KL0823K123"));
    EXPECT_FALSE(bar->identity().isValid()) << "not a reservnummer of the default pattern";
    input->clear();
    QTest::keyClicks(input, QStringLiteral("189506299818"));
    QTest::keyClick(input, Qt::Key_Return);
    EXPECT_TRUE(bar->feedbackText().startsWith(QStringLiteral("Ingen patient")))
        << bar->feedbackText().toStdString();
    EXPECT_EQ(f.panel()->patientId(), QStringLiteral("p2")) << "a miss leaves the open patient as it was";
}

TEST(PatientPanel, AssignEndAndDeclineThroughTheDialogsKeepHistory) {
    PatientDesk f;
    f.startPatients();
    ASSERT_TRUE(f.window.navigation() != nullptr);
    f.window.openPatient(QStringLiteral("p1"), QString());
    ASSERT_EQ(f.panel()->patientId(), QStringLiteral("p1"));
    f.panel()->showTab(vk::PatientPanelWidget::Tab::CareContacts);
    auto* end = f.find<QPushButton>(QStringLiteral("careEnd"));
    EXPECT_FALSE(end->isEnabled()) << "nothing selected, nothing to end";

    QTest::mouseClick(f.find<QPushButton>(QStringLiteral("careAssign")), Qt::LeftButton);
    auto* dialog = DeskFixture::waitForDialog<vk::CareContactDialog>();
    ASSERT_NE(dialog, nullptr);
    auto* staff = dialog->findChild<QComboBox*>(QStringLiteral("careStaff"));
    ASSERT_EQ(staff->count(), 2) << "the members of the chosen unit";
    staff->setCurrentIndex(staff->findData(QStringLiteral("s2")));
    auto* role = dialog->findChild<QComboBox*>(QStringLiteral("careRole"));
    role->setCurrentIndex(role->findData(QStringLiteral("kontaktsjukskoterska")));
    dialog->findChild<QCheckBox*>(QStringLiteral("careUntilFurtherNotice"))->setChecked(false);
    auto* to = dialog->findChild<QDateEdit*>(QStringLiteral("careValidTo"));
    to->setDate(QDate(2026, 11, 1));
    EXPECT_FALSE(PatientDesk::okButton(dialog)->isEnabled()) << "an end before the start is refused";
    to->setDate(QDate(2027, 6, 30));
    ASSERT_TRUE(PatientDesk::okButton(dialog)->isEnabled());
    QTest::mouseClick(PatientDesk::okButton(dialog), Qt::LeftButton);
    ASSERT_TRUE(f.waitForNoDialog());

    vk::CareContactsModel* care = f.panel()->careContactsModel();
    ASSERT_EQ(care->rowCount(), 1);
    EXPECT_TRUE(care->index(0, 0).data(vk::CareContactsModel::CurrentRole).toBool());
    EXPECT_EQ(
        f.cache.scalar(QStringLiteral("SELECT staff_id || '/' || role || '/' || valid_to FROM care_contacts"))
            .toString(),
        QStringLiteral("s2/kontaktsjukskoterska/2027-06-30"));
    ASSERT_EQ(f.outbox(QStringLiteral("assign_care_contact")).size(), 1);
    const QString first = care->index(0, 0).data(vk::CareContactsModel::IdRole).toString();

    // End it: an action with a date, not a delete.
    f.panel()->selectCareContact(first);
    ASSERT_TRUE(end->isEnabled());
    QTest::mouseClick(end, Qt::LeftButton);
    auto* ending = DeskFixture::waitForDialog<vk::EndCareContactDialog>();
    ASSERT_NE(ending, nullptr);
    ending->findChild<QDateEdit*>(QStringLiteral("careEndDate"))->setDate(QDate(2026, 11, 30));
    QTest::mouseClick(PatientDesk::okButton(ending), Qt::LeftButton);
    ASSERT_TRUE(f.waitForNoDialog());
    EXPECT_EQ(
        f.cache.scalar(QStringLiteral("SELECT valid_to FROM care_contacts WHERE id = ?"), {first}).toString(),
        QStringLiteral("2026-11-30"));
    ASSERT_EQ(f.outbox(QStringLiteral("end_care_contact")).size(), 1);

    // A second assignment, which the patient declines.
    QTest::mouseClick(f.find<QPushButton>(QStringLiteral("careAssign")), Qt::LeftButton);
    dialog = DeskFixture::waitForDialog<vk::CareContactDialog>();
    ASSERT_NE(dialog, nullptr);
    QTest::mouseClick(PatientDesk::okButton(dialog), Qt::LeftButton);
    ASSERT_TRUE(f.waitForNoDialog());
    ASSERT_EQ(care->rowCount(), 2);
    QString second = care->index(0, 0).data(vk::CareContactsModel::IdRole).toString();
    if (second == first) { // both start today: the order between them is the id's
        second = care->index(1, 0).data(vk::CareContactsModel::IdRole).toString();
    }
    ASSERT_NE(second, first);
    f.panel()->selectCareContact(second);
    QTest::mouseClick(f.find<QPushButton>(QStringLiteral("careDecline")), Qt::LeftButton);
    auto* declining = DeskFixture::waitForDialog<vk::EndCareContactDialog>();
    ASSERT_NE(declining, nullptr);
    EXPECT_EQ(declining->objectName(), QStringLiteral("declineCareContactDialog"));
    declining->findChild<QPlainTextEdit*>(QStringLiteral("careEndNote"))
        ->setPlainText(QStringLiteral("Vill inte"));
    QTest::mouseClick(PatientDesk::okButton(declining), Qt::LeftButton);
    ASSERT_TRUE(f.waitForNoDialog());
    EXPECT_EQ(f.cache
                  .scalar(QStringLiteral("SELECT declined || '/' || note FROM care_contacts WHERE id = ?"),
                          {second})
                  .toString(),
              QStringLiteral("1/Vill inte"));
    ASSERT_EQ(care->rowCount(), 2) << "both assignments stay in the history";
    for (int row = 0; row < care->rowCount(); ++row) {
        const QModelIndex index = care->index(row, 0);
        // The first ends on 30 November, so it is still in force today; the declined one is not.
        const bool declined = index.data(vk::CareContactsModel::IdRole).toString() == second;
        EXPECT_EQ(index.data(vk::CareContactsModel::DeclinedRole).toBool(), declined);
        EXPECT_EQ(index.data(vk::CareContactsModel::CurrentRole).toBool(), !declined);
    }
}

TEST(PatientPanel, MyPatientsListsOnlyContactsFromPatientsWhoseNamedContactIAm) {
    PatientDesk f;
    f.startPatients();
    vk::InboxView* mine = f.window.myPatientsView();
    ASSERT_NE(mine, nullptr);
    f.window.navigation()->setCurrentSection(vk::NavigationWidget::Section::MyPatients);
    EXPECT_TRUE(mine->isVisible());
    EXPECT_EQ(mine->proxy()->rowCount(), 0);

    // I become p1's fast vårdkontakt: p1's contacts in every channel appear, p2's do not.
    vk::CareContactAssignment assignment;
    assignment.patientId = QStringLiteral("p1");
    assignment.staffId = QStringLiteral("s1");
    assignment.unitId = QStringLiteral("u1");
    assignment.role = QStringLiteral("fast_vardkontakt");
    assignment.validFrom = QDate(2026, 11, 1);
    ASSERT_TRUE(f.actions.assignCareContact(assignment).ok());
    ASSERT_TRUE(QTest::qWaitFor([mine] { return mine->proxy()->rowCount() == 2; }, 5000));
    QStringList ids;
    for (int row = 0; row < mine->proxy()->rowCount(); ++row) {
        ids << mine->proxy()->index(row, 0).data(vk::InboxModel::IdRole).toString();
    }
    ids.sort();
    EXPECT_EQ(ids, (QStringList{QStringLiteral("c1"), QStringLiteral("e1")}));

    // The new contact is highlighted for me in the inbox, in words as well as colour.
    ProbeDelegate delegate;
    QStyleOptionViewItem option;
    const int row =
        f.list()->proxy()->mapFromSource(f.model.index(f.model.rowOf(QStringLiteral("c1")), 0)).row();
    delegate.initStyleOption(&option, f.list()->proxy()->index(row, vk::InboxModel::PatientColumn));
    EXPECT_TRUE(option.text.contains(QStringLiteral("your patient"))) << option.text.toStdString();
    EXPECT_NE(option.backgroundBrush.style(), Qt::NoBrush);
    QStyleOptionViewItem other;
    const int otherRow =
        f.list()->proxy()->mapFromSource(f.model.index(f.model.rowOf(QStringLiteral("c2")), 0)).row();
    delegate.initStyleOption(&other, f.list()->proxy()->index(otherRow, vk::InboxModel::PatientColumn));
    EXPECT_FALSE(other.text.contains(QStringLiteral("your patient")));

    // Ending the assignment takes the patient off my list.
    const QString id = f.cache.scalar(QStringLiteral("SELECT id FROM care_contacts")).toString();
    ASSERT_TRUE(f.actions.endCareContact(id, QDate(2026, 11, 22)).ok());
    EXPECT_TRUE(QTest::qWaitFor([mine] { return mine->proxy()->rowCount() == 0; }, 5000));
}

TEST(PatientPanel, TheSipTabIsTheEditorOfThePatientOnScreenAndLogsNoSecondAccess) {
    PatientDesk f;
    f.cache.exec(
        QStringLiteral("INSERT INTO sip_plans (id, patient_id, unit_id, consent_given_by, consent_date, "
                       "start_date, next_follow_up) VALUES ('sp1', 'p1', 'u1', 'Patienten', '2026-10-01', "
                       "'2026-10-05', '2026-12-01')"));
    f.startPatients();
    f.window.openPatient(QStringLiteral("p1"), QString());
    ASSERT_EQ(f.panel()->patientId(), QStringLiteral("p1"));
    f.panel()->showTab(vk::PatientPanelWidget::Tab::Sip);

    vk::SipPlanWidget* sip = f.patients->sipPlan();
    ASSERT_EQ(f.panel()->sipView(), sip);
    EXPECT_TRUE(sip->isVisible());
    EXPECT_FALSE(f.find<QListWidget>(QStringLiteral("patientSipPlans"))->isVisible())
        << "the read-only list gives way to the editor";
    ASSERT_TRUE(sip->plan().has_value());
    EXPECT_EQ(sip->plan()->id, QStringLiteral("sp1"));
    auto* missing = sip->findChild<QLabel*>(QStringLiteral("sipMissing"));
    ASSERT_NE(missing, nullptr);
    EXPECT_TRUE(missing->isVisible()) << "the plan states no insatser yet: the banner says so";
    EXPECT_EQ(f.panelOpenings(QStringLiteral("p1")), 1);
    EXPECT_EQ(f.outbox(QStringLiteral("log_access")).size(), 1)
        << "showing the SIP inside the panel is part of the one opening";

    // Another patient: the editor follows, and offers to draw a plan up.
    f.window.openPatient(QStringLiteral("p2"), QString());
    ASSERT_EQ(f.panel()->patientId(), QStringLiteral("p2"));
    EXPECT_EQ(sip->patientId(), QStringLiteral("p2"));
    EXPECT_FALSE(sip->plan().has_value());
    EXPECT_TRUE(sip->findChild<QPushButton*>(QStringLiteral("sipCreate"))->isEnabled());
}

TEST(PatientPanel, ABarePanelListsSipPlansReadOnly) {
    PatientDesk f;
    f.cache.exec(
        QStringLiteral("INSERT INTO sip_plans (id, patient_id, unit_id, consent_given_by, consent_date, "
                       "start_date, next_follow_up) VALUES ('sp1', 'p1', 'u1', 'Patienten', '2026-10-01', "
                       "'2026-10-05', '2026-12-01')"));
    f.start();
    vk::PatientPanelWidget bare(f.clock);
    bare.setSource([&f] { return f.cache.db(); }, [&f] { return &f.actions; });
    bare.show();
    ASSERT_TRUE(bare.openPatient(QStringLiteral("p1")));
    bare.showTab(vk::PatientPanelWidget::Tab::Sip);
    auto* plans = bare.findChild<QListWidget*>(QStringLiteral("patientSipPlans"));
    ASSERT_NE(plans, nullptr);
    ASSERT_EQ(plans->count(), 1);
    EXPECT_EQ(plans->item(0)->data(Qt::UserRole).toString(), QStringLiteral("sp1"));
    EXPECT_TRUE(plans->isVisible());
    EXPECT_FALSE(bare.findChild<QTabWidget*>(QStringLiteral("patientTabs"))
                     ->isTabVisible(static_cast<int>(vk::PatientPanelWidget::Tab::AccessLog)))
        << "a nurse gets no access-log tab";
}
