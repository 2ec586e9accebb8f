#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace vk {

class SipDateEdit;

/// Records a SIP meeting: the date it was held and who attended.
class SipMeetingDialog : public QDialog {
    Q_OBJECT
public:
    /// `today` is the date the dialog offers.
    explicit SipMeetingDialog(const QDate& today, QWidget* parent = nullptr);

    [[nodiscard]] QDate heldOn() const;
    [[nodiscard]] QString attendees() const;

private:
    void updateButtons();

    SipDateEdit* m_date = nullptr;
    QPlainTextEdit* m_attendees = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vk
