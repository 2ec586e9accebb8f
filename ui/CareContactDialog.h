#pragma once

#include "item/StaffDirectory.h"
#include "sync/CareContactAssignment.h"

#include <QDialog>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace vk {

/// Assigns a patient's named contact: the unit (one of the user's), the staff member (a member of that
/// unit), the role (fast vårdkontakt, fast läkarkontakt, kontaktsjuksköterska), valid from and to (or until
/// further notice), a note, and whether the patient declined the offer. Who appointed is the user.
class CareContactDialog : public QDialog {
    Q_OBJECT
public:
    /// The members of a unit, for the staff picker.
    using MembersSource = std::function<std::vector<StaffDirectory::Member>(const QString& unitId)>;

    CareContactDialog(QString patientId, const std::vector<StaffDirectory::Unit>& units,
                      MembersSource members, const QDate& today, QWidget* parent = nullptr);

    /// What the user chose (the id is empty: a new assignment).
    [[nodiscard]] CareContactAssignment assignment() const;

private:
    void fillStaff();
    void validate();

    QString m_patientId;
    MembersSource m_members;
    QComboBox* m_unit = nullptr;
    QComboBox* m_staff = nullptr;
    QComboBox* m_role = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_open = nullptr;
    QDateEdit* m_to = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QCheckBox* m_declined = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vk
