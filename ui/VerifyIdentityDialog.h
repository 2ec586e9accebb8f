#pragma once

#include "domain/IdentityNumber.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace vk {

/// Records that the caller's identity was checked (asked for the number and compared it). The number is
/// validated as the chosen type before the dialog can be accepted; nothing is disclosed on an unverified
/// channel until this is done.
class VerifyIdentityDialog : public QDialog {
    Q_OBJECT
public:
    /// `today` (Swedish local date) resolves the century of 10-digit numbers; `name` pre-fills the name.
    VerifyIdentityDialog(const QDate& today, const QString& name, QWidget* parent = nullptr);

    /// The validated number (invalid until the input is valid).
    [[nodiscard]] const IdentityNumber& identity() const { return m_identity; }
    [[nodiscard]] QString name() const;

private:
    void validate();

    QDate m_today;
    IdentityNumber m_identity;
    QComboBox* m_type = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vk
