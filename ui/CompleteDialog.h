#pragma once

#include "domain/CodeCatalogue.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace vk {

/// Closes a contact with its eftermärkning code. The code is typed ahead over the region's ACTIVE codes
/// (CodeCatalogue's matching: code, label or a word of the label; case and accents ignored); the dialog
/// cannot be accepted without a valid active code.
class CompleteDialog : public QDialog {
    Q_OBJECT
public:
    /// `english` shows the codes' English labels instead of the Swedish ones.
    CompleteDialog(CodeCatalogue codes, bool english, QWidget* parent = nullptr);

    /// The chosen active code; empty while none is chosen.
    [[nodiscard]] QString code() const;
    [[nodiscard]] bool medicalAssessment() const;
    [[nodiscard]] QString note() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateMatches();
    void updateButtons();

    CodeCatalogue m_codes;
    bool m_english = false;
    QLineEdit* m_search = nullptr;
    QListWidget* m_matches = nullptr;
    QCheckBox* m_medical = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_chosen = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vk
