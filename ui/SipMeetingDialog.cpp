#include "SipMeetingDialog.h"

#include "SipDateEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vk {

SipMeetingDialog::SipMeetingDialog(const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_date(new SipDateEdit(false, this))
    , m_attendees(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("sipMeetingDialog"));
    setWindowTitle(tr("Record a SIP meeting"));
    m_date->setObjectName(QStringLiteral("sipMeetingDate"));
    m_date->setAccessibleName(tr("Meeting date"));
    m_date->setValue(today, today);
    m_attendees->setObjectName(QStringLiteral("sipMeetingAttendees"));
    m_attendees->setAccessibleName(tr("Who attended"));
    m_attendees->setPlaceholderText(
        tr("The person, närstående, staff of the region and the kommun (required)"));
    m_attendees->setTabChangesFocus(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save meeting"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("sipMeetingOk"));

    auto* form = new QFormLayout;
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Attended"), m_attendees);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_attendees, &QPlainTextEdit::textChanged, this, &SipMeetingDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    m_attendees->setFocus();
}

QDate SipMeetingDialog::heldOn() const {
    return m_date->value();
}

QString SipMeetingDialog::attendees() const {
    return m_attendees->toPlainText().trimmed();
}

void SipMeetingDialog::updateButtons() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!attendees().isEmpty());
}

} // namespace vk
