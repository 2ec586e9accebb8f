#pragma once

#include "PatientPanelWidget.h"

#include <QWidget>

namespace vk {

class Clock;
class PatientSearchBar;
class SipPlanWidget;

/// The "Patienter" section: search by identity number above the patient panel, whose SIP tab is the SIP
/// editor of the patient on screen. A contact's header opens a patient here too (openPatient).
class PatientsView : public QWidget {
    Q_OBJECT
public:
    using DatabaseSource = PatientPanelWidget::DatabaseSource;
    using ActionsSource = PatientPanelWidget::ActionsSource;

    explicit PatientsView(const Clock& clock, QWidget* parent = nullptr);

    /// Where the panel and its SIP editor read and write.
    void setSource(const DatabaseSource& database, const ActionsSource& actions);

    [[nodiscard]] PatientSearchBar* searchBar() const { return m_search; }
    [[nodiscard]] PatientPanelWidget* panel() const { return m_panel; }
    [[nodiscard]] SipPlanWidget* sipPlan() const { return m_sip; }

    /// Opens a patient in the panel (logged as one access).
    bool openPatient(const QString& patientId, const QString& preferredUnit = {});
    /// Looks the number's stored forms up in the cache and opens the patient found.
    bool openByIdentity(const QStringList& forms);

private:
    PatientSearchBar* m_search = nullptr;
    PatientPanelWidget* m_panel = nullptr;
    SipPlanWidget* m_sip = nullptr;
};

} // namespace vk
