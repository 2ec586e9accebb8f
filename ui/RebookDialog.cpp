#include "RebookDialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vk {

RebookDialog::RebookDialog(const QDateTime& now, QWidget* parent)
    : QDialog(parent)
    , m_now(now)
    , m_slot(new QDateTimeEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("rebookDialog"));
    setWindowTitle(tr("Rebook callback"));

    auto* intro =
        new QLabel(tr("Book the callback for the time the patient asked for. Calling before the booked "
                      "time counts as a miss, just like calling late."),
                   this);
    intro->setWordWrap(true);
    // Next full quarter of an hour at least 15 minutes ahead: a sensible first suggestion.
    const QDateTime local = now.toLocalTime();
    QDateTime suggestion = local.addSecs(15 * 60);
    suggestion.setTime(QTime(suggestion.time().hour(), suggestion.time().minute() / 15 * 15));
    suggestion = suggestion.addSecs(15 * 60);
    m_slot->setObjectName(QStringLiteral("rebookSlot"));
    m_slot->setAccessibleName(tr("Booked time"));
    m_slot->setCalendarPopup(true);
    m_slot->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_slot->setMinimumDateTime(local);
    m_slot->setDateTime(suggestion);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Rebook"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("rebookOk"));

    auto* form = new QFormLayout;
    form->addRow(tr("New time"), m_slot);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_slot, &QDateTimeEdit::dateTimeChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(slot() > m_now); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_slot->setFocus();
}

QDateTime RebookDialog::slot() const {
    return m_slot->dateTime().toUTC();
}

} // namespace vk
