#include "MainWindow.h"

#include "ConflictNoticeWidget.h"
#include "ContactDetailController.h"
#include "ContactDetailWidget.h"
#include "InboxView.h"
#include "PatientPanelWidget.h"
#include "PatientsView.h"
#include "SyncStatusWidget.h"
#include "TeamPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace vk {

namespace {

QLabel* emptyState(const QString& objectName, const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(24);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

MainWindow::MainWindow(InboxModel* inbox, QWidget* parent)
    : QMainWindow(parent)
    , m_navigation(new NavigationWidget(this))
    , m_lists(new QStackedWidget(this))
    , m_details(new QStackedWidget(this))
    , m_conflicts(new ConflictNoticeWidget(this))
    , m_syncStatus(new SyncStatusWidget(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Vårdinkorg"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vardinkorg.svg")));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_lists->setObjectName(QStringLiteral("listArea"));
    m_details->setObjectName(QStringLiteral("detailArea"));

    // One list page per navigation section, in the order of NavigationWidget::Section.
    if (inbox != nullptr) {
        m_inboxView = new InboxView(inbox, m_lists);
        m_myContactsView = new InboxView(inbox, m_lists);
        m_myContactsView->setObjectName(QStringLiteral("myContactsView"));
        m_myContactsView->setScope(InboxFilter::Scope::Mine);
        m_myPatientsView = new InboxView(inbox, m_lists);
        m_myPatientsView->setObjectName(QStringLiteral("myPatientsView"));
        m_myPatientsView->setScope(InboxFilter::Scope::MyPatients);
        m_lists->addWidget(m_inboxView);
        m_lists->addWidget(m_myContactsView);
        m_lists->addWidget(m_myPatientsView);
    } else {
        m_lists->addWidget(
            emptyState(QStringLiteral("inboxEmpty"),
                       tr("No contacts waiting. Callbacks, voicemails and 1177 requests for your "
                          "units appear here, earliest deadline first."),
                       m_lists));
        m_lists->addWidget(emptyState(
            QStringLiteral("myContactsEmpty"),
            tr("Contacts you have claimed and contacts from your patients appear here."), m_lists));
        m_lists->addWidget(emptyState(QStringLiteral("myPatientsEmpty"),
                                      tr("Contacts from patients whose named contact you are appear here."),
                                      m_lists));
    }
    m_lists->addWidget(
        emptyState(QStringLiteral("patientsEmpty"),
                   tr("Search for a patient by personnummer, samordningsnummer or reservnummer."), m_lists));
    m_lists->addWidget(
        emptyState(QStringLiteral("teamEmpty"),
                   tr("The queue review for team leads: backlog, overdue contacts and who holds "
                      "what."),
                   m_lists));
    m_details->addWidget(
        emptyState(QStringLiteral("detailEmpty"), tr("Select a contact to see its details."), m_details));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("contentSplitter"));
    splitter->setChildrenCollapsible(false);
    // Conflict notices sit above the detail area: seen when working on a contact, never in the way.
    auto* detailSide = new QWidget(this);
    m_detailSide = detailSide;
    auto* detailLayout = new QVBoxLayout(detailSide);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(0);
    detailLayout->addWidget(m_conflicts);
    detailLayout->addWidget(m_details, 1);
    splitter->addWidget(m_lists);
    splitter->addWidget(detailSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_syncStatus);
    resize(1280, 800);

    connect(m_navigation, &NavigationWidget::sectionChanged, this, &MainWindow::showSection);
}

void MainWindow::setContactDetail(ContactDetailWidget* detail) {
    if (m_detail != nullptr || detail == nullptr) {
        return;
    }
    m_detail = detail;
    m_details->addWidget(detail);
    m_detailController =
        new ContactDetailController(detail, {m_inboxView, m_myContactsView, m_myPatientsView}, this, this);
    QWidget* empty = m_details->widget(0);
    connect(detail, &ContactDetailWidget::contactChanged, this, [this, empty](const QString& id) {
        m_details->setCurrentWidget(id.isEmpty() ? empty : m_detail);
    });
    connect(m_conflicts, &ConflictNoticeWidget::contactRequested, m_detailController,
            &ContactDetailController::openContact);
    connect(detail, &ContactDetailWidget::patientRequested, this, &MainWindow::openPatient);
}

void MainWindow::setPatientsView(PatientsView* patients) {
    if (m_patients != nullptr || patients == nullptr) {
        return;
    }
    m_patients = patients;
    const int index = static_cast<int>(NavigationWidget::Section::Patients);
    QWidget* placeholder = m_lists->widget(index);
    m_lists->insertWidget(index, patients);
    m_lists->removeWidget(placeholder);
    placeholder->deleteLater();
    showSection(m_navigation->currentSection());
    connect(patients->panel(), &PatientPanelWidget::contactActivated, this, [this](const QString& contactId) {
        if (m_detail != nullptr) {
            m_detail->openContact(contactId);
        }
    });
}

void MainWindow::openPatient(const QString& patientId, const QString& unitId) {
    if (m_patients == nullptr || patientId.isEmpty()) {
        return;
    }
    m_navigation->setCurrentSection(NavigationWidget::Section::Patients);
    m_patients->openPatient(patientId, unitId);
}

void MainWindow::setTeamPage(TeamPage* page) {
    if (m_teamPage != nullptr || page == nullptr) {
        return;
    }
    m_teamPage = page;
    const int index = static_cast<int>(NavigationWidget::Section::Team);
    QWidget* placeholder = m_lists->widget(index);
    m_lists->insertWidget(index, page);
    m_lists->removeWidget(placeholder);
    placeholder->deleteLater();
}

void MainWindow::setTeamSectionVisible(bool visible) {
    m_navigation->setSectionVisible(NavigationWidget::Section::Team, visible);
}

void MainWindow::showSection(NavigationWidget::Section section) {
    m_lists->setCurrentIndex(static_cast<int>(section));
    // The team page needs the width for its tables; the contact pane is for the other sections.
    m_detailSide->setVisible(section != NavigationWidget::Section::Team || m_teamPage == nullptr);
}

} // namespace vk
