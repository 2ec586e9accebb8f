#include "PatientPanelWidget.h"

#include "ContactTexts.h"
#include "domain/Clock.h"
#include "domain/DeadlinePolicy.h"
#include "item/CareContactsModel.h"
#include "item/PatientContactsModel.h"
#include "item/PatientRepository.h"
#include "item/StaffDirectory.h"
#include "sync/DeskActions.h"
#include "sync/PatientAccess.h"

#include <QDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace vk {

namespace {

// Sync notifications come in bursts (a pulled batch, then the rows of the next one): read the patient once.
constexpr int RefreshDelayMs = 250;

QTableView* makeTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName,
                      QWidget* parent) {
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString dateText(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

PatientPanelWidget::PatientPanelWidget(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_name(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_phone(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_contacts(new PatientContactsModel(this))
    , m_careContacts(new CareContactsModel(this))
    , m_accessLog(new AccessLogWidget(this)) {
    setObjectName(QStringLiteral("patientPanel"));
    m_name->setObjectName(QStringLiteral("patientName"));
    QFont title = m_name->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_name->setFont(title);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identity->setObjectName(QStringLiteral("patientIdentity"));
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_phone->setObjectName(QStringLiteral("patientPhone"));
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName(QStringLiteral("patientProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_tabs->setObjectName(QStringLiteral("patientTabs"));

    // Contacts: every channel and unit, newest first; Enter or a double click opens one in the detail pane.
    m_contactsTable =
        makeTable(m_contacts, QStringLiteral("patientContacts"), tr("The patient's contacts"), m_tabs);
    const int contactWidths[] = {130, 110, 190, 260};
    for (int column = 0; column < 4; ++column) {
        m_contactsTable->setColumnWidth(column, contactWidths[column]);
    }
    m_tabs->addTab(m_contactsTable, tr("Contacts"));

    // Named contacts: current first, history kept.
    auto* carePage = new QWidget(m_tabs);
    m_careTable = makeTable(m_careContacts, QStringLiteral("patientCareContacts"),
                            tr("The patient's named contacts"), carePage);
    const int careWidths[] = {150, 170, 170, 170, 150, 130};
    for (int column = 0; column < 6; ++column) {
        m_careTable->setColumnWidth(column, careWidths[column]);
    }
    m_assign = new QPushButton(tr("Assign…"), carePage);
    m_assign->setObjectName(QStringLiteral("careAssign"));
    m_end = new QPushButton(tr("End…"), carePage);
    m_end->setObjectName(QStringLiteral("careEnd"));
    m_decline = new QPushButton(tr("The patient declines…"), carePage);
    m_decline->setObjectName(QStringLiteral("careDecline"));
    auto* careButtons = new QHBoxLayout;
    careButtons->addWidget(m_assign);
    careButtons->addWidget(m_end);
    careButtons->addWidget(m_decline);
    careButtons->addStretch(1);
    auto* careLayout = new QVBoxLayout(carePage);
    careLayout->addLayout(careButtons);
    careLayout->addWidget(m_careTable, 1);
    m_tabs->addTab(carePage, tr("Named contacts"));

    // SIP: the plans read-only, until the SIP view takes the page over (setSipView).
    m_sipPage = new QWidget(m_tabs);
    m_sipPage->setObjectName(QStringLiteral("patientSipPage"));
    m_sipList = new QListWidget(m_sipPage);
    m_sipList->setObjectName(QStringLiteral("patientSipPlans"));
    m_sipList->setAccessibleName(tr("The patient's SIP plans"));
    m_sipList->setWordWrap(true);
    m_sipLayout = new QVBoxLayout(m_sipPage);
    m_sipLayout->addWidget(m_sipList);
    m_tabs->addTab(m_sipPage, tr("SIP"));

    m_tabs->addTab(m_accessLog, tr("Access log"));
    m_tabs->setTabVisible(static_cast<int>(Tab::AccessLog), false);

    auto* header = new QGridLayout;
    header->addWidget(m_name, 0, 0, 1, 2);
    header->addWidget(m_identity, 1, 0);
    header->addWidget(m_phone, 1, 1);
    header->setColumnStretch(0, 1);
    header->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_problem);
    layout->addWidget(m_tabs, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &PatientPanelWidget::refresh);
    connect(m_contactsTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT contactActivated(index.data(PatientContactsModel::IdRole).toString());
    });
    connect(m_careTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PatientPanelWidget::updateCareButtons);
    connect(m_careContacts, &QAbstractItemModel::modelReset, this, &PatientPanelWidget::updateCareButtons);
    connect(m_assign, &QPushButton::clicked, this, &PatientPanelWidget::assignCareContact);
    connect(m_end, &QPushButton::clicked, this, &PatientPanelWidget::endCareContact);
    connect(m_decline, &QPushButton::clicked, this, &PatientPanelWidget::declineCareContact);
    clear();
}

PatientPanelWidget::~PatientPanelWidget() = default;

void PatientPanelWidget::setSource(DatabaseSource database, ActionsSource actions) {
    m_database = std::move(database);
    m_actions = std::move(actions);
}

void PatientPanelWidget::setAccessLogFetch(AccessLogWidget::FetchFactory factory) {
    m_accessLogAvailable = factory != nullptr;
    m_accessLog->setFetchFactory(std::move(factory));
}

DeskActions* PatientPanelWidget::actions() const {
    return m_actions ? m_actions() : nullptr;
}

QDate PatientPanelWidget::today() const {
    return m_clock.now().toTimeZone(DeadlinePolicy::stockholm()).date();
}

QString PatientPanelWidget::problemText() const {
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void PatientPanelWidget::showProblem(const QString& message) {
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

bool PatientPanelWidget::openPatient(const QString& patientId, const QString& preferredUnit) {
    if (QDialog* dialog = m_dialog.data()) {
        dialog->reject();
    }
    const QSqlDatabase database = m_database ? m_database() : QSqlDatabase();
    DeskActions* desk = actions();
    if (!database.isOpen() || desk == nullptr) {
        clear();
        showProblem(tr("Your desk does not know who you are yet; the patient cannot be shown."));
        return false;
    }
    // PDL: every opening of the panel is one access, logged through the outbox (offline openings count too).
    // Without a log entry, nothing is shown.
    Result<PatientAccess::Opened> opened =
        PatientAccess::open(database, *desk, patientId, preferredUnit, today());
    if (!opened) {
        clear();
        showProblem(opened.error().message);
        return false;
    }
    const bool changed = patientId != m_patientId;
    m_patientId = patientId;
    m_accessUnit = opened->unitId;
    display(std::move(opened->overview));
    if (changed) {
        m_tabs->setCurrentIndex(static_cast<int>(Tab::Contacts));
    }
    Q_EMIT patientChanged(m_patientId);
    return true;
}

Result<std::optional<QString>> PatientPanelWidget::findPatient(const QStringList& forms) const {
    const QSqlDatabase database = m_database ? m_database() : QSqlDatabase();
    if (!database.isOpen()) {
        return Error{QStringLiteral("desk.locked"), tr("The desk is locked.")};
    }
    return PatientRepository(database).findByIdentity(forms);
}

void PatientPanelWidget::refresh() {
    if (m_patientId.isEmpty()) {
        return;
    }
    if (!reload()) {
        // The patient left the cache (the last link to the user's units went): show that, keep nothing.
        const QString problem = m_problem->text();
        clear();
        showProblem(problem);
    }
}

void PatientPanelWidget::scheduleRefresh() {
    if (!m_patientId.isEmpty()) {
        m_refreshTimer.start();
    }
}

bool PatientPanelWidget::reload() {
    const QSqlDatabase database = m_database ? m_database() : QSqlDatabase();
    if (!database.isOpen()) {
        showProblem(tr("The desk is locked."));
        return false;
    }
    Result<PatientOverview> loaded = PatientRepository(database).load(m_patientId, today());
    if (!loaded) {
        showProblem(loaded.error().message);
        return false;
    }
    display(std::move(loaded).value());
    return true;
}

void PatientPanelWidget::display(PatientOverview overview) {
    showProblem(QString());
    const QString identity = overview.idValue.isEmpty()
                                 ? tr("No identity number")
                                 : tr("%1 %2").arg(ContactTexts::identityTypeText(overview.idType),
                                                   ContactTexts::identityText(overview.idValue, true));
    m_name->setText(overview.name.isEmpty() ? tr("Name unknown") : overview.name);
    m_identity->setText(identity);
    m_phone->setText(overview.phone.isEmpty() ? tr("No phone number") : tr("Phone %1").arg(overview.phone));

    const QString selectedCare = selectedCareContact();
    m_contacts->setContacts(overview.contacts);
    m_careContacts->setCareContacts(overview.careContacts, today());
    if (!selectedCare.isEmpty()) {
        selectCareContact(selectedCare);
    }
    m_tabs->setTabText(static_cast<int>(Tab::Contacts),
                       tr("Contacts (%n)", nullptr, static_cast<int>(overview.contacts.size())));
    const int current =
        static_cast<int>(std::count_if(overview.careContacts.cbegin(), overview.careContacts.cend(),
                                       [](const auto& care) { return care.current; }));
    m_tabs->setTabText(static_cast<int>(Tab::CareContacts),
                       tr("Named contacts (%n current)", nullptr, current));
    m_tabs->setTabText(static_cast<int>(Tab::Sip),
                       tr("SIP (%n)", nullptr, static_cast<int>(overview.sipPlans.size())));

    m_sipList->clear();
    for (const PatientOverview::SipPlan& plan : overview.sipPlans) {
        QStringList lines;
        lines << tr("SIP at %1, started %2")
                     .arg(plan.unitName,
                          plan.startDate.isValid() ? dateText(plan.startDate) : tr("(no start date)"));
        lines << tr("Consent given by %1 on %2").arg(plan.consentGivenBy, dateText(plan.consentDate));
        if (plan.nextFollowUp.isValid()) {
            lines << tr("Next follow-up %1").arg(dateText(plan.nextFollowUp));
        }
        auto* item = new QListWidgetItem(lines.join(QLatin1Char('\n')), m_sipList);
        item->setData(Qt::UserRole, plan.id);
    }
    if (overview.sipPlans.empty()) {
        m_sipList->addItem(tr("The patient has no SIP at your units."));
    }

    bool teamLead = false;
    if (DeskActions* desk = actions(); desk != nullptr && m_database) {
        const Result<bool> lead = StaffDirectory(m_database()).isTeamLead(desk->currentStaff());
        teamLead = lead && lead.value();
    }
    m_tabs->setTabVisible(static_cast<int>(Tab::AccessLog), teamLead && m_accessLogAvailable);
    const QString patientId = overview.id;
    const QString unit = m_accessUnit;
    m_accessLog->setPatient(patientId, [this, patientId, unit]() -> Status {
        DeskActions* desk = actions();
        if (desk == nullptr) {
            return Error{QStringLiteral("action.no_session"), tr("Your desk does not know who you are yet.")};
        }
        return desk->logAccess(patientId, QString(), unit, QStringLiteral("export_access_log"));
    });

    m_overview = std::move(overview);
    m_tabs->setEnabled(true);
    m_assign->setEnabled(true);
    updateCareButtons();
}

void PatientPanelWidget::clear() {
    m_refreshTimer.stop();
    if (QDialog* dialog = m_dialog.data()) {
        dialog->reject();
    }
    const bool hadPatient = !m_patientId.isEmpty();
    m_patientId.clear();
    m_accessUnit.clear();
    m_overview.reset();
    m_name->setText(tr("No patient open"));
    m_identity->clear();
    m_phone->clear();
    showProblem(QString());
    m_contacts->setContacts({});
    m_careContacts->setCareContacts({}, today());
    m_sipList->clear();
    m_accessLog->clear();
    m_tabs->setTabVisible(static_cast<int>(Tab::AccessLog), false);
    m_tabs->setEnabled(false);
    m_assign->setEnabled(false);
    updateCareButtons();
    if (hadPatient) {
        Q_EMIT patientChanged(QString());
    }
}

void PatientPanelWidget::setSipView(QWidget* view) {
    if (view == nullptr || view == m_sipView) {
        return;
    }
    delete m_sipView.data();
    m_sipList->setVisible(false);
    view->setParent(m_sipPage);
    m_sipLayout->addWidget(view, 1);
    view->show(); // a widget reparented into a shown page stays hidden until shown
    m_sipView = view;
}

void PatientPanelWidget::showTab(Tab tab) {
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

QString PatientPanelWidget::selectedCareContact() const {
    return m_careTable->currentIndex().data(CareContactsModel::IdRole).toString();
}

void PatientPanelWidget::selectCareContact(const QString& careContactId) {
    for (int row = 0; row < m_careContacts->rowCount(); ++row) {
        const QModelIndex index = m_careContacts->index(row, 0);
        if (index.data(CareContactsModel::IdRole).toString() == careContactId) {
            m_careTable->setCurrentIndex(index);
            return;
        }
    }
}

void PatientPanelWidget::updateCareButtons() {
    const QModelIndex index = m_careTable->currentIndex();
    // Ended and declined assignments are history: nothing more to end.
    const bool active = index.isValid() && !index.data(CareContactsModel::EndedRole).toBool() &&
                        !index.data(CareContactsModel::DeclinedRole).toBool();
    m_end->setEnabled(active);
    m_decline->setEnabled(active);
}

} // namespace vk
