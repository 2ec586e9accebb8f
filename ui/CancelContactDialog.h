#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace vk {

/// Closes a contact that needs no handling, with the reason (duplicate, wrong unit, spam) and a note.
class CancelContactDialog : public QDialog {
    Q_OBJECT
public:
    explicit CancelContactDialog(QWidget* parent = nullptr);

    /// The reason's storage name; empty until one is chosen.
    [[nodiscard]] QString reason() const;
    [[nodiscard]] QString note() const;

private:
    QComboBox* m_reason = nullptr;
    QLineEdit* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vk
