#include "CancelContactDialog.h"

#include "ContactTexts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vk {

CancelContactDialog::CancelContactDialog(QWidget* parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("cancelContactDialog"));
    setWindowTitle(tr("Cancel contact"));

    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setAccessibleName(tr("Why the contact is cancelled"));
    m_reason->setPlaceholderText(tr("Choose a reason"));
    for (const QString& reason : ContactTexts::cancelReasons()) {
        m_reason->addItem(ContactTexts::cancelReasonText(reason), reason);
    }
    m_reason->setCurrentIndex(-1);
    m_note->setObjectName(QStringLiteral("cancelNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional, e.g. which contact it duplicates"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Cancel contact"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("cancelOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep contact"));

    auto* form = new QFormLayout;
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Note"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_reason, &QComboBox::currentIndexChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_reason->setFocus();
}

QString CancelContactDialog::reason() const {
    return m_reason->currentData().toString();
}

QString CancelContactDialog::note() const {
    return m_note->text().trimmed();
}

} // namespace vk
