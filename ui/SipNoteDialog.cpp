#include "SipNoteDialog.h"

#include "SipDateEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vk {

SipNoteDialog::SipNoteDialog(const QString& correctsNoteId, const QString& corrected, Save save,
                             QWidget* parent)
    : QDialog(parent)
    , m_correctsNoteId(correctsNoteId)
    , m_save(std::move(save))
    , m_body(new QPlainTextEdit(this))
    , m_actionGroup(new QGroupBox(tr("Action to follow up"), this))
    , m_action(new QLineEdit(this))
    , m_responsible(new QLineEdit(this))
    , m_due(new SipDateEdit(true, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    const bool correcting = !correctsNoteId.isEmpty();
    setObjectName(QStringLiteral("sipNoteDialog"));
    setWindowTitle(correcting ? tr("Correct a note") : tr("New coordination note"));

    m_body->setObjectName(QStringLiteral("sipNoteBody"));
    m_body->setAccessibleName(correcting ? tr("Correction") : tr("Note"));
    m_body->setPlaceholderText(correcting ? tr("What was wrong and what is right (required)")
                                          : tr("What happened, what was agreed (required)"));
    m_body->setTabChangesFocus(true);
    m_actionGroup->setObjectName(QStringLiteral("sipNoteActionGroup"));
    m_actionGroup->setCheckable(true);
    m_actionGroup->setChecked(false);
    m_action->setObjectName(QStringLiteral("sipNoteAction"));
    m_action->setAccessibleName(tr("Action"));
    m_responsible->setObjectName(QStringLiteral("sipNoteResponsible"));
    m_responsible->setAccessibleName(tr("Responsible for the action"));
    m_responsible->setPlaceholderText(tr("A person, a role or a huvudman"));
    m_due->setObjectName(QStringLiteral("sipNoteDue"));
    m_due->setAccessibleName(tr("Action due"));
    auto* actionForm = new QFormLayout(m_actionGroup);
    actionForm->addRow(tr("Action"), m_action);
    actionForm->addRow(tr("Responsible"), m_responsible);
    actionForm->addRow(tr("Due"), m_due);

    m_problem->setObjectName(QStringLiteral("sipNoteProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_problem->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(correcting ? tr("Save correction") : tr("Save note"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("sipNoteOk"));

    auto* layout = new QVBoxLayout(this);
    if (correcting) {
        auto* original =
            new QLabel(tr("Corrects this note (it stays in the plan):\n%1").arg(corrected), this);
        original->setObjectName(QStringLiteral("sipNoteCorrected"));
        original->setWordWrap(true);
        original->setTextFormat(Qt::PlainText);
        layout->addWidget(original);
    }
    layout->addWidget(m_body, 1);
    layout->addWidget(m_actionGroup);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(560, 420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SipNoteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_body->setFocus();
}

SipActions::NoteDraft SipNoteDialog::note() const {
    SipActions::NoteDraft draft;
    draft.body = m_body->toPlainText().trimmed();
    if (m_actionGroup->isChecked()) {
        draft.action = m_action->text().trimmed();
        draft.actionResponsible = m_responsible->text().trimmed();
        draft.actionDue = m_due->value();
    }
    draft.correctsNoteId = m_correctsNoteId;
    return draft;
}

void SipNoteDialog::accept() {
    if (m_save) {
        if (Status ok = m_save(note()); !ok) {
            m_problem->setText(ok.error().message);
            m_problem->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace vk
