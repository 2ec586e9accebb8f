#include "CareContactDialog.h"

#include "item/CareContactsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vk {

namespace {

constexpr int MaxNoteCharacters = 4000; // region.care_contacts.note

} // namespace

CareContactDialog::CareContactDialog(QString patientId, const std::vector<StaffDirectory::Unit>& units,
                                     MembersSource members, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_patientId(std::move(patientId))
    , m_members(std::move(members))
    , m_unit(new QComboBox(this))
    , m_staff(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_from(new QDateEdit(today, this))
    , m_open(new QCheckBox(tr("Until further notice"), this))
    , m_to(new QDateEdit(today.addYears(1), this))
    , m_note(new QPlainTextEdit(this))
    , m_declined(new QCheckBox(tr("The patient declined"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("careContactDialog"));
    setWindowTitle(tr("Assign named contact"));

    for (const StaffDirectory::Unit& unit : units) {
        m_unit->addItem(unit.name, unit.id);
    }
    for (const QString& role : CareContactsModel::roles()) {
        m_role->addItem(CareContactsModel::roleText(role), role);
    }
    m_unit->setObjectName(QStringLiteral("careUnit"));
    m_unit->setAccessibleName(tr("Unit"));
    m_staff->setObjectName(QStringLiteral("careStaff"));
    m_staff->setAccessibleName(tr("Staff member"));
    m_role->setObjectName(QStringLiteral("careRole"));
    m_role->setAccessibleName(tr("Role"));
    for (QDateEdit* date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("careValidFrom"));
    m_from->setAccessibleName(tr("Valid from"));
    m_to->setObjectName(QStringLiteral("careValidTo"));
    m_to->setAccessibleName(tr("Valid to"));
    m_open->setObjectName(QStringLiteral("careUntilFurtherNotice"));
    m_open->setChecked(true);
    m_to->setEnabled(false);
    m_note->setObjectName(QStringLiteral("careNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Why the patient needs a named contact, what was agreed (optional)"));
    m_declined->setObjectName(QStringLiteral("careDeclined"));
    m_declined->setToolTip(
        tr("The patient was offered the named contact and said no. The offer is kept in the "
           "history."));
    m_problem->setObjectName(QStringLiteral("careProblem"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("careOk"));

    auto* toRow = new QHBoxLayout;
    toRow->addWidget(m_open);
    toRow->addWidget(m_to, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Staff member"), m_staff);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Valid from"), m_from);
    form->addRow(tr("Valid to"), toRow);
    form->addRow(tr("Note"), m_note);
    form->addRow(QString(), m_declined);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &CareContactDialog::fillStaff);
    connect(m_open, &QCheckBox::toggled, this, [this](bool open) {
        m_to->setEnabled(!open);
        validate();
    });
    for (QDateEdit* date : {m_from, m_to}) {
        connect(date, &QDateEdit::dateChanged, this, &CareContactDialog::validate);
    }
    connect(m_staff, &QComboBox::currentIndexChanged, this, &CareContactDialog::validate);
    connect(m_note, &QPlainTextEdit::textChanged, this, &CareContactDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillStaff();
    m_staff->setFocus();
}

CareContactAssignment CareContactDialog::assignment() const {
    CareContactAssignment chosen;
    chosen.patientId = m_patientId;
    chosen.unitId = m_unit->currentData().toString();
    chosen.staffId = m_staff->currentData().toString();
    chosen.role = m_role->currentData().toString();
    chosen.validFrom = m_from->date();
    chosen.validTo = m_open->isChecked() ? QDate() : m_to->date();
    chosen.declined = m_declined->isChecked();
    chosen.note = m_note->toPlainText().trimmed();
    return chosen;
}

void CareContactDialog::fillStaff() {
    m_staff->clear();
    const QString unitId = m_unit->currentData().toString();
    if (!unitId.isEmpty() && m_members) {
        for (const StaffDirectory::Member& member : m_members(unitId)) {
            m_staff->addItem(member.title.isEmpty() ? member.name
                                                    : tr("%1, %2").arg(member.name, member.title),
                             member.id);
        }
    }
    validate();
}

void CareContactDialog::validate() {
    QString problem;
    if (m_unit->count() == 0) {
        problem = tr("You belong to no unit on this desk yet.");
    } else if (m_staff->currentData().toString().isEmpty()) {
        problem = tr("Choose the staff member to assign.");
    } else if (!m_open->isChecked() && m_to->date() < m_from->date()) {
        problem = tr("The end date lies before the start date.");
    } else if (m_note->toPlainText().size() > MaxNoteCharacters) {
        problem = tr("The note is longer than 4000 characters.");
    }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace vk
