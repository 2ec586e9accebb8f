#pragma once

#include "item/TeamRepository.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace vk {

/// Chooses the staff member who takes over the selected contacts (a member of the led units).
class ReassignDialog : public QDialog {
    Q_OBJECT
public:
    ReassignDialog(const QList<TeamRepository::Member>& members, int contactCount, QWidget* parent = nullptr);

    /// The chosen staff member's id; empty while none is chosen.
    [[nodiscard]] QString staffId() const;
    [[nodiscard]] QString staffName() const;

private:
    QComboBox* m_staff = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vk
