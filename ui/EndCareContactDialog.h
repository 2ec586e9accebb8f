#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace vk {

/// Ends a named contact's assignment on a date, or records that the patient declined it (with a note). The
/// assignment stays in the history either way.
class EndCareContactDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { End, Decline };

    /// `description` names the assignment ("Fast vårdkontakt: Erik Holm, Norrmalm"); the date cannot be
    /// before `earliest` (the assignment's start).
    EndCareContactDialog(Mode mode, const QString& description, const QDate& today, const QDate& earliest,
                         QWidget* parent = nullptr);

    [[nodiscard]] QDate date() const;
    /// The note (Decline only; empty otherwise).
    [[nodiscard]] QString note() const;

private:
    Mode m_mode;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vk
