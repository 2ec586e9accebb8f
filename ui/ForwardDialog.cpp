#include "ForwardDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vk {

ForwardDialog::ForwardDialog(const QList<ContactDetailRepository::Unit>& units, QWidget* parent)
    : QDialog(parent)
    , m_unit(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("forwardDialog"));
    setWindowTitle(tr("Forward to another unit"));

    m_unit->setObjectName(QStringLiteral("forwardUnit"));
    m_unit->setAccessibleName(tr("Unit to forward to"));
    m_unit->setPlaceholderText(tr("Choose a unit"));
    for (const ContactDetailRepository::Unit& unit : units) {
        m_unit->addItem(unit.name, unit.id);
    }
    m_unit->setCurrentIndex(-1);
    m_note->setObjectName(QStringLiteral("forwardNote"));
    m_note->setAccessibleName(tr("Note for the receiving unit"));
    m_note->setPlaceholderText(tr("What the receiving unit needs to know (required)"));
    m_note->setTabChangesFocus(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Forward"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("forwardOk"));

    auto* empty = new QLabel(tr("There is no other unit in your cache to forward to."), this);
    empty->setVisible(units.isEmpty());
    empty->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Note"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(empty);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &ForwardDialog::updateButtons);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ForwardDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    m_unit->setFocus();
}

QString ForwardDialog::unitId() const {
    return m_unit->currentData().toString();
}

QString ForwardDialog::note() const {
    return m_note->toPlainText().trimmed();
}

void ForwardDialog::updateButtons() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!unitId().isEmpty() && !note().isEmpty());
}

} // namespace vk
