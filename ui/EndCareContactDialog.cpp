#include "EndCareContactDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vk {

EndCareContactDialog::EndCareContactDialog(Mode mode, const QString& description, const QDate& today,
                                           const QDate& earliest, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_date(new QDateEdit(std::max(today, earliest), this))
    , m_note(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    const bool decline = mode == Mode::Decline;
    setObjectName(decline ? QStringLiteral("declineCareContactDialog")
                          : QStringLiteral("endCareContactDialog"));
    setWindowTitle(decline ? tr("The patient declines") : tr("End assignment"));

    auto* intro = new QLabel(
        decline
            ? tr("%1\n\nThe assignment is marked as declined by the patient and ends on "
                 "the date below. It stays in the history.")
                  .arg(description)
            : tr("%1\n\nThe assignment ends on the date below. It stays in the history.").arg(description),
        this);
    intro->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("careEndDate"));
    m_date->setAccessibleName(decline ? tr("Declined on") : tr("Ends on"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(earliest);
    m_note->setObjectName(QStringLiteral("careEndNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What the patient said (optional)"));
    m_note->setVisible(decline);
    m_buttons->button(QDialogButtonBox::Ok)->setText(decline ? tr("Record decline") : tr("End assignment"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("careEndOk"));

    auto* form = new QFormLayout;
    form->addRow(decline ? tr("Declined on") : tr("Ends on"), m_date);
    if (decline) {
        form->addRow(tr("Note"), m_note);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_date->setFocus();
}

QDate EndCareContactDialog::date() const {
    return m_date->date();
}

QString EndCareContactDialog::note() const {
    return m_mode == Mode::Decline ? m_note->toPlainText().trimmed() : QString();
}

} // namespace vk
