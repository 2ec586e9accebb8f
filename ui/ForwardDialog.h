#pragma once

#include "item/ContactDetailRepository.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace vk {

/// Sends a contact to another unit (hälsocentral to specialist clinic and back) with a note for the
/// receiving unit; both are required.
class ForwardDialog : public QDialog {
    Q_OBJECT
public:
    ForwardDialog(const QList<ContactDetailRepository::Unit>& units, QWidget* parent = nullptr);

    [[nodiscard]] QString unitId() const;
    [[nodiscard]] QString note() const;

private:
    void updateButtons();

    QComboBox* m_unit = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vk
