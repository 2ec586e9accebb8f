#include "LogAttemptDialog.h"

#include "ContactTexts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace vk {

LogAttemptDialog::LogAttemptDialog(const QString& phone, const QString& warning, QWidget* parent)
    : QDialog(parent)
    , m_outcomes(new QListWidget(this))
    , m_note(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("logAttemptDialog"));
    setWindowTitle(tr("Log call attempt"));

    auto* number =
        new QLabel(phone.isEmpty() ? tr("No number registered") : tr("Called %1").arg(phone), this);
    number->setObjectName(QStringLiteral("attemptNumber"));
    auto* caution = new QLabel(warning, this);
    caution->setObjectName(QStringLiteral("attemptWarning"));
    caution->setWordWrap(true);
    caution->setVisible(!warning.isEmpty());

    m_outcomes->setObjectName(QStringLiteral("attemptOutcome"));
    m_outcomes->setAccessibleName(tr("How did the call go?"));
    for (const QString& outcome : ContactTexts::attemptOutcomes()) {
        auto* item = new QListWidgetItem(ContactTexts::outcomeText(outcome), m_outcomes);
        item->setData(Qt::UserRole, outcome);
    }
    // The outcome must be chosen, never defaulted: an item counts once it is selected (arrows or Space), not
    // when the list merely puts its cursor on the first row at focus.
    m_outcomes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_outcomes->setMaximumHeight(m_outcomes->sizeHintForRow(0) * 6);
    m_note->setObjectName(QStringLiteral("attemptNote"));
    m_note->setAccessibleName(tr("Note about the call"));
    m_note->setPlaceholderText(tr("Optional, e.g. \"will call back after 14\""));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log attempt"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("attemptOk"));

    auto* form = new QFormLayout;
    form->addRow(tr("Outcome"), m_outcomes);
    form->addRow(tr("Note"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(number);
    layout->addWidget(caution);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_outcomes, &QListWidget::itemSelectionChanged, this, &LogAttemptDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    m_outcomes->setFocus();
}

QString LogAttemptDialog::outcome() const {
    const QList<QListWidgetItem*> selected = m_outcomes->selectedItems();
    return selected.isEmpty() ? QString() : selected.constFirst()->data(Qt::UserRole).toString();
}

QString LogAttemptDialog::note() const {
    return m_note->text().trimmed();
}

void LogAttemptDialog::updateButtons() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!outcome().isEmpty());
}

} // namespace vk
