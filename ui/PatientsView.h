#pragma once

#include <QWidget>

namespace vk {

class Clock;
class PatientPanelWidget;
class PatientSearchBar;

/// The "Patienter" section: search by identity number above the patient panel. A contact's header opens a
/// patient here too (openPatient).
class PatientsView : public QWidget {
    Q_OBJECT
public:
    explicit PatientsView(const Clock& clock, QWidget* parent = nullptr);

    [[nodiscard]] PatientSearchBar* searchBar() const { return m_search; }
    [[nodiscard]] PatientPanelWidget* panel() const { return m_panel; }

    /// Opens a patient in the panel (logged as one access).
    bool openPatient(const QString& patientId, const QString& preferredUnit = {});
    /// Looks the number's stored forms up in the cache and opens the patient found.
    bool openByIdentity(const QStringList& forms);

private:
    PatientSearchBar* m_search = nullptr;
    PatientPanelWidget* m_panel = nullptr;
};

} // namespace vk
