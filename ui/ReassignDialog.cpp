#include "ReassignDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vk {

ReassignDialog::ReassignDialog(const QList<TeamRepository::Member>& members, int contactCount,
                               QWidget* parent)
    : QDialog(parent)
    , m_staff(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("reassignDialog"));
    setWindowTitle(tr("Reassign contacts"));
    m_staff->setObjectName(QStringLiteral("reassignStaff"));
    m_staff->setAccessibleName(tr("Staff member who takes over"));
    m_staff->setPlaceholderText(tr("Choose a staff member"));
    for (const TeamRepository::Member& member : members) {
        m_staff->addItem(member.title.isEmpty() ? member.name : tr("%1 (%2)").arg(member.name, member.title),
                         member.staffId);
    }
    m_staff->setCurrentIndex(-1);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Reassign"));
    ok->setObjectName(QStringLiteral("reassignOk"));
    ok->setEnabled(false);

    auto* text =
        new QLabel(tr("%n selected contact(s) go to the chosen staff member, who holds them at once.",
                      nullptr, contactCount),
                   this);
    text->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Staff member"), m_staff);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_staff, &QComboBox::currentIndexChanged, this, [ok](int index) { ok->setEnabled(index >= 0); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_staff->setFocus();
}

QString ReassignDialog::staffId() const {
    return m_staff->currentData().toString();
}

QString ReassignDialog::staffName() const {
    const int index = m_staff->currentIndex();
    return index < 0 ? QString() : m_staff->itemText(index);
}

} // namespace vk
