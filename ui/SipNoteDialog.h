#pragma once

#include "domain/Result.h"
#include "sip/SipActions.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace vk {

class SipDateEdit;

/// Writes a coordination note: the text, and optionally an action with who is responsible and when it is
/// due. For a correction it shows the note being corrected; the correction becomes a new note pointing at it.
/// OK hands the note to `save`; when that refuses it, the dialog stays open with the reason.
class SipNoteDialog : public QDialog {
    Q_OBJECT
public:
    using Save = std::function<Status(const SipActions::NoteDraft&)>;

    /// `corrected`: the text of the note being corrected (empty for a new note); `correctsNoteId` its id.
    SipNoteDialog(const QString& correctsNoteId, const QString& corrected, Save save,
                  QWidget* parent = nullptr);

    [[nodiscard]] SipActions::NoteDraft note() const;

    void accept() override;

private:
    QString m_correctsNoteId;
    Save m_save;
    QPlainTextEdit* m_body = nullptr;
    QGroupBox* m_actionGroup = nullptr;
    QLineEdit* m_action = nullptr;
    QLineEdit* m_responsible = nullptr;
    SipDateEdit* m_due = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vk
