#include "SipPlanDialog.h"

#include "SipDateEdit.h"
#include "SipListEditor.h"
#include "SipTexts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vk {

SipPlanDialog::SipPlanDialog(const SipPlan& plan, bool creating,
                             const std::vector<SipRepository::Unit>& units, const QDate& today, Save save,
                             QWidget* parent)
    : QDialog(parent)
    , m_original(plan)
    , m_creating(creating)
    , m_save(std::move(save))
    , m_unit(new QComboBox(this))
    , m_consentGivenBy(new QLineEdit(plan.consentGivenBy, this))
    , m_consentDate(new SipDateEdit(false, this))
    , m_consentHow(new QLineEdit(plan.consentHow, this))
    , m_overall(new QComboBox(this))
    , m_startDate(new SipDateEdit(true, this))
    , m_nextFollowUp(new SipDateEdit(true, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("sipPlanDialog"));
    setWindowTitle(creating ? tr("New SIP") : tr("Edit SIP"));

    m_unit->setObjectName(QStringLiteral("sipUnit"));
    m_unit->setAccessibleName(tr("Unit drawing up the SIP"));
    for (const SipRepository::Unit& unit : units) {
        m_unit->addItem(unit.name, unit.id);
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(plan.unitId)));
    m_unit->setVisible(creating);
    m_consentGivenBy->setObjectName(QStringLiteral("sipConsentGivenBy"));
    m_consentGivenBy->setAccessibleName(tr("Consent given by"));
    m_consentGivenBy->setPlaceholderText(tr("The person, or who consented for them (required)"));
    m_consentDate->setObjectName(QStringLiteral("sipConsentDate"));
    m_consentDate->setAccessibleName(tr("Consent date"));
    m_consentDate->setValue(plan.consentDate, today);
    m_consentHow->setObjectName(QStringLiteral("sipConsentHow"));
    m_consentHow->setAccessibleName(tr("How consent was given"));
    m_consentHow->setPlaceholderText(tr("For example orally at a home visit, or in writing"));
    m_overall->setObjectName(QStringLiteral("sipOverall"));
    m_overall->setAccessibleName(tr("Huvudman with the overall responsibility"));
    m_overall->addItem(tr("Not decided yet"), QString());
    for (const QString& word : SipTexts::huvudmanWords(false)) {
        m_overall->addItem(SipTexts::huvudmanText(word), word);
    }
    m_overall->setCurrentIndex(std::max(0, m_overall->findData(plan.overallResponsible)));
    m_startDate->setObjectName(QStringLiteral("sipStartDate"));
    m_startDate->setAccessibleName(tr("Start date"));
    m_startDate->setValue(plan.startDate);
    m_nextFollowUp->setObjectName(QStringLiteral("sipNextFollowUp"));
    m_nextFollowUp->setAccessibleName(tr("Next meeting or follow-up"));
    m_nextFollowUp->setValue(plan.nextFollowUp);

    const QStringList withOther = SipTexts::huvudmanWords(true);
    const QStringList regionOrKommun = SipTexts::huvudmanWords(false);
    m_participants =
        new SipListEditor(QStringLiteral("sipParticipants"), tr("participants"),
                          {{tr("Huvudman"), withOther}, {tr("Name"), {}}, {tr("Role"), {}}}, this);
    m_insatser = new SipListEditor(QStringLiteral("sipInsatser"), tr("insatser"),
                                   {{tr("Insats"), {}}, {tr("Responsible huvudman"), regionOrKommun}}, this);
    m_otherActions = new SipListEditor(QStringLiteral("sipOtherActions"), tr("åtgärder by others"),
                                       {{tr("Who"), {}}, {tr("Åtgärd"), {}}}, this);
    QList<SipListEditor::Row> rows;
    for (const SipPlan::Participant& p : plan.participants) {
        rows << SipListEditor::Row{p.id, {p.huvudman, p.name, p.role}};
    }
    m_participants->setRows(rows);
    rows.clear();
    for (const SipPlan::Insats& i : plan.insatser) {
        rows << SipListEditor::Row{i.id, {i.description, i.huvudman}};
    }
    m_insatser->setRows(rows);
    rows.clear();
    for (const SipPlan::OtherAction& o : plan.otherActions) {
        rows << SipListEditor::Row{o.id, {o.actor, o.description}};
    }
    m_otherActions->setRows(rows);

    m_problem->setObjectName(QStringLiteral("sipPlanProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_problem->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(creating ? tr("Create SIP") : tr("Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("sipPlanOk"));

    auto* consent = new QGroupBox(tr("Consent and dates"), this);
    auto* form = new QFormLayout(consent);
    if (creating) {
        form->addRow(tr("Unit"), m_unit);
    }
    form->addRow(tr("Consent given by"), m_consentGivenBy);
    form->addRow(tr("Consent date"), m_consentDate);
    form->addRow(tr("How consent was given"), m_consentHow);
    form->addRow(tr("Start date"), m_startDate);
    form->addRow(tr("Next meeting or follow-up"), m_nextFollowUp);
    form->addRow(tr("Overall responsibility"), m_overall);

    const auto group = [this](const QString& title, QWidget* editor) {
        auto* box = new QGroupBox(title, this);
        auto* layout = new QVBoxLayout(box);
        layout->addWidget(editor);
        return box;
    };
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(consent);
    layout->addWidget(group(tr("Participants per huvudman"), m_participants));
    layout->addWidget(group(tr("Insatser and responsible huvudman"), m_insatser));
    layout->addWidget(group(tr("Åtgärder by others"), m_otherActions));
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(760, 820);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SipPlanDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_consentGivenBy->setFocus();
}

SipPlan SipPlanDialog::plan() const {
    SipPlan plan = m_original;
    if (m_creating) {
        plan.unitId = m_unit->currentData().toString();
    }
    plan.consentGivenBy = m_consentGivenBy->text().trimmed();
    plan.consentDate = m_consentDate->value();
    plan.consentHow = m_consentHow->text().trimmed();
    plan.overallResponsible = m_overall->currentData().toString();
    plan.startDate = m_startDate->value();
    plan.nextFollowUp = m_nextFollowUp->value();
    plan.participants.clear();
    for (const SipListEditor::Row& row : m_participants->rows()) {
        plan.participants.push_back({row.id, row.values.value(0), row.values.value(1), row.values.value(2)});
    }
    plan.insatser.clear();
    for (const SipListEditor::Row& row : m_insatser->rows()) {
        plan.insatser.push_back({row.id, row.values.value(0), row.values.value(1)});
    }
    plan.otherActions.clear();
    for (const SipListEditor::Row& row : m_otherActions->rows()) {
        plan.otherActions.push_back({row.id, row.values.value(0), row.values.value(1)});
    }
    return plan;
}

void SipPlanDialog::accept() {
    if (m_save) {
        if (Status ok = m_save(plan()); !ok) {
            m_problem->setText(ok.error().message);
            m_problem->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace vk
