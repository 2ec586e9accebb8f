#pragma once

#include "AccessLogWidget.h"
#include "domain/Result.h"
#include "item/PatientOverview.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QDialog;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace vk {

class CareContactsModel;
class Clock;
class DeskActions;
class PatientContactsModel;

/// One patient: identity, phone, every contact the user may see (newest first), the named contacts
/// (current and past, with assign / end / declined) and the SIP plans. Read from the cache; every opening is
/// one access-log entry (PDL), through the outbox so it counts offline too. A refresh is not an opening.
///
/// The SIP tab shows the plans read-only until a SIP view is set with setSipView(); that view then follows
/// the panel through patientChanged().
class PatientPanelWidget : public QWidget {
    Q_OBJECT
public:
    /// The open cache's connection; an invalid database when the desk is locked.
    using DatabaseSource = std::function<QSqlDatabase()>;
    /// The user's actions; null until the session knows who the user is.
    using ActionsSource = std::function<DeskActions*()>;

    enum class Tab { Contacts, CareContacts, Sip, AccessLog };

    PatientPanelWidget(const Clock& clock, QWidget* parent = nullptr);
    ~PatientPanelWidget() override;

    void setSource(DatabaseSource database, ActionsSource actions);
    /// How the team lead's access-log tab reads the region store (without it, the tab stays hidden).
    void setAccessLogFetch(AccessLogWidget::FetchFactory factory);

    /// Opens a patient and logs the access (at `preferredUnit` when the user belongs to it and the patient
    /// has contact with it). Returns false, with the reason shown, when nothing could be shown.
    bool openPatient(const QString& patientId, const QString& preferredUnit = {});
    /// The patient whose identity is one of `forms` (IdentityNumber::searchForms), if the cache has one.
    [[nodiscard]] Result<std::optional<QString>> findPatient(const QStringList& forms) const;
    /// Re-reads the shown patient (sync or an action changed something); never logs.
    void refresh();
    /// Re-reads soon (coalesces bursts of sync notifications).
    void scheduleRefresh();
    /// Shows nothing and forgets the patient (the desk locked).
    void clear();

    /// Puts the SIP view in the SIP tab in place of the read-only plan list (takes ownership).
    void setSipView(QWidget* view);
    [[nodiscard]] QWidget* sipView() const { return m_sipView; }
    void showTab(Tab tab);

    [[nodiscard]] QString patientId() const { return m_patientId; }
    /// The unit the opening was logged at (the user's unit the patient is linked to).
    [[nodiscard]] QString accessUnitId() const { return m_accessUnit; }
    [[nodiscard]] const std::optional<PatientOverview>& overview() const { return m_overview; }
    [[nodiscard]] QString problemText() const;
    [[nodiscard]] PatientContactsModel* contactsModel() const { return m_contacts; }
    [[nodiscard]] CareContactsModel* careContactsModel() const { return m_careContacts; }
    [[nodiscard]] AccessLogWidget* accessLog() const { return m_accessLog; }

    /// Care-contact actions (buttons): a dialog, then DeskActions. End and decline act on the selected row.
    void assignCareContact();
    void endCareContact();
    void declineCareContact();
    /// Selects a care-contact row (keyboard and tests).
    void selectCareContact(const QString& careContactId);

Q_SIGNALS:
    /// The panel now shows this patient (empty: nothing).
    void patientChanged(const QString& patientId);
    /// The user opened one of the patient's contacts from the list.
    void contactActivated(const QString& contactId);

private:
    [[nodiscard]] DeskActions* actions() const;
    [[nodiscard]] QDate today() const;
    [[nodiscard]] bool reload();
    void display(PatientOverview overview);
    void showProblem(const QString& message);
    void updateCareButtons();
    [[nodiscard]] QString selectedCareContact() const;
    void openDialog(QDialog* dialog, const std::function<void()>& onAccepted);
    void perform(const std::function<Status(DeskActions&)>& action);

    const Clock& m_clock;
    DatabaseSource m_database;
    ActionsSource m_actions;
    QString m_patientId;
    QString m_accessUnit;
    std::optional<PatientOverview> m_overview;
    QPointer<QDialog> m_dialog;
    QTimer m_refreshTimer;

    QLabel* m_name = nullptr;
    QLabel* m_identity = nullptr;
    QLabel* m_phone = nullptr;
    QLabel* m_problem = nullptr;
    QTabWidget* m_tabs = nullptr;
    PatientContactsModel* m_contacts = nullptr;
    QTableView* m_contactsTable = nullptr;
    CareContactsModel* m_careContacts = nullptr;
    QTableView* m_careTable = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_end = nullptr;
    QPushButton* m_decline = nullptr;
    QWidget* m_sipPage = nullptr;
    QVBoxLayout* m_sipLayout = nullptr;
    QListWidget* m_sipList = nullptr;
    QPointer<QWidget> m_sipView;
    AccessLogWidget* m_accessLog = nullptr;
    bool m_accessLogAvailable = false;
};

} // namespace vk
