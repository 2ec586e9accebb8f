#pragma once

#include "NavigationWidget.h"

#include <QMainWindow>

class QStackedWidget;

namespace vk {

class ConflictNoticeWidget;
class ContactDetailController;
class ContactDetailWidget;
class InboxModel;
class InboxView;
class PatientsView;
class SyncStatusWidget;
class TeamPage;

/// The desk's one window: section navigation, a list area, a detail area and the sync status bar.
/// It only assembles widgets and forwards between them; behaviour lives in the widgets and models.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Without an inbox model the list areas show their empty states (no session yet).
    explicit MainWindow(InboxModel* inbox = nullptr, QWidget* parent = nullptr);

    [[nodiscard]] NavigationWidget* navigation() const { return m_navigation; }
    /// The nurse's list, and the same list preset to her own contacts; null without an inbox model.
    [[nodiscard]] InboxView* inboxView() const { return m_inboxView; }
    [[nodiscard]] InboxView* myContactsView() const { return m_myContactsView; }
    /// "Mina patienter": contacts from patients whose named contact the user is, across channels.
    [[nodiscard]] InboxView* myPatientsView() const { return m_myPatientsView; }
    [[nodiscard]] SyncStatusWidget* syncStatus() const { return m_syncStatus; }
    /// Conflicts from sync, in words, above the detail area.
    [[nodiscard]] ConflictNoticeWidget* conflictNotice() const { return m_conflicts; }

    /// Puts the contact detail pane in the detail area and lets it follow the lists (takes ownership).
    void setContactDetail(ContactDetailWidget* detail);
    [[nodiscard]] ContactDetailWidget* contactDetail() const { return m_detail; }
    [[nodiscard]] ContactDetailController* detailController() const { return m_detailController; }

    /// Puts the team lead's page in the Team section (takes ownership); the section shows only to team leads.
    void setTeamPage(TeamPage* page);
    [[nodiscard]] TeamPage* teamPage() const { return m_teamPage; }
    /// Shows or hides the Team section (the user leads a unit or not).
    void setTeamSectionVisible(bool visible);
    /// Puts the patient search and panel in the Patienter section (takes ownership): a contact's header opens
    /// its patient there, and a contact chosen in the panel opens in the detail area.
    void setPatientsView(PatientsView* patients);
    [[nodiscard]] PatientsView* patientsView() const { return m_patients; }
    /// Shows a patient's panel (from a contact's header): one access-log entry.
    void openPatient(const QString& patientId, const QString& unitId);

private:
    void showSection(NavigationWidget::Section section);

    NavigationWidget* m_navigation = nullptr;
    InboxView* m_inboxView = nullptr;
    InboxView* m_myContactsView = nullptr;
    InboxView* m_myPatientsView = nullptr;
    PatientsView* m_patients = nullptr;
    QStackedWidget* m_lists = nullptr;
    QStackedWidget* m_details = nullptr;
    QWidget* m_detailSide = nullptr;
    ConflictNoticeWidget* m_conflicts = nullptr;
    ContactDetailWidget* m_detail = nullptr;
    ContactDetailController* m_detailController = nullptr;
    SyncStatusWidget* m_syncStatus = nullptr;
    TeamPage* m_teamPage = nullptr;
};

} // namespace vk
