#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace vk {

/// Records one call to the patient: how it went and an optional note. Keyboard first: arrows choose the
/// outcome, Tab reaches the note, Enter logs.
class LogAttemptDialog : public QDialog {
    Q_OBJECT
public:
    /// `phone` is the number being called (shown, never edited here); `warning` a line above the form
    /// (a booked callback whose slot has not started).
    LogAttemptDialog(const QString& phone, const QString& warning, QWidget* parent = nullptr);

    /// The chosen outcome's storage name (answered, no_answer, busy, voicemail, wrong_number); empty if none.
    [[nodiscard]] QString outcome() const;
    [[nodiscard]] QString note() const;

private:
    void updateButtons();

    QListWidget* m_outcomes = nullptr;
    QLineEdit* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vk
