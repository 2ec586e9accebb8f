#include "CompleteDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace vk {

CompleteDialog::CompleteDialog(CodeCatalogue codes, bool english, QWidget* parent)
    : QDialog(parent)
    , m_codes(std::move(codes))
    , m_english(english)
    , m_search(new QLineEdit(this))
    , m_matches(new QListWidget(this))
    , m_medical(new QCheckBox(tr("Medical assessment done"), this))
    , m_note(new QLineEdit(this))
    , m_chosen(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("completeDialog"));
    setWindowTitle(tr("Complete contact"));

    auto* intro =
        new QLabel(tr("Every contact is closed with an eftermärkning code: type the code or a word of "
                      "its name and choose from the list."),
                   this);
    intro->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("completeCodeSearch"));
    m_search->setAccessibleName(tr("Eftermärkning code"));
    m_search->setPlaceholderText(tr("Type a code or a word, e.g. RAD or recept"));
    m_matches->setObjectName(QStringLiteral("completeCodeList"));
    m_matches->setAccessibleName(tr("Matching codes"));
    m_matches->setFocusPolicy(Qt::ClickFocus); // arrows in the search field move through it
    m_chosen->setObjectName(QStringLiteral("completeChosenCode"));
    m_medical->setObjectName(QStringLiteral("completeMedical"));
    m_medical->setAccessibleName(tr("Medical assessment done"));
    m_note->setObjectName(QStringLiteral("completeNote"));
    m_note->setAccessibleName(tr("Closing note"));
    m_note->setPlaceholderText(tr("Optional closing note"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Complete"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("completeOk"));

    auto* form = new QFormLayout;
    form->addRow(tr("Code"), m_search);
    form->addRow(QString(), m_matches);
    form->addRow(QString(), m_chosen);
    form->addRow(QString(), m_medical);
    form->addRow(tr("Note"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &CompleteDialog::updateMatches);
    connect(m_matches, &QListWidget::currentRowChanged, this, &CompleteDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!code().isEmpty()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateMatches();
    m_search->setFocus();
}

QString CompleteDialog::code() const {
    const QListWidgetItem* item = m_matches->currentItem();
    const QString chosen = item != nullptr ? item->data(Qt::UserRole).toString() : QString();
    // The list only ever holds active codes; checking again keeps the promise if that ever changes.
    return m_codes.isActive(chosen) ? chosen : QString();
}

bool CompleteDialog::medicalAssessment() const {
    return m_medical->isChecked();
}

QString CompleteDialog::note() const {
    return m_note->text().trimmed();
}

bool CompleteDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row = qBound(0, m_matches->currentRow() + step, m_matches->count() - 1);
            m_matches->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CompleteDialog::updateMatches() {
    const QString typed = m_search->text().trimmed();
    m_matches->clear();
    for (const CodeEntry& entry : m_codes.match(typed)) {
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(entry.code, entry.label(m_english)), m_matches);
        item->setData(Qt::UserRole, entry.code);
    }
    // Typing picks the best match (Enter then completes); with nothing typed nothing is chosen, so a code is
    // always a decision.
    m_matches->setCurrentRow(typed.isEmpty() || m_matches->count() == 0 ? -1 : 0);
    updateButtons();
}

void CompleteDialog::updateButtons() {
    const QString chosen = code();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosen.isEmpty());
    if (chosen.isEmpty()) {
        m_chosen->setText(m_matches->count() == 0 ? tr("No active code matches.")
                                                  : tr("No code chosen yet."));
    } else {
        const CodeEntry* entry = m_codes.find(chosen);
        m_chosen->setText(
            tr("Chosen: %1 — %2").arg(chosen, entry != nullptr ? entry->label(m_english) : QString()));
    }
}

} // namespace vk
