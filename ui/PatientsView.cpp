#include "PatientsView.h"

#include "PatientPanelWidget.h"
#include "PatientSearchBar.h"
#include "SipPlanWidget.h"
#include "domain/Clock.h"
#include "domain/DeadlinePolicy.h"
#include "item/PatientRepository.h"

#include <QVBoxLayout>

namespace vk {

PatientsView::PatientsView(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_search(new PatientSearchBar(
          [&clock] { return clock.now().toTimeZone(DeadlinePolicy::stockholm()).date(); }, this))
    , m_panel(new PatientPanelWidget(clock, this))
    , m_sip(new SipPlanWidget(clock)) {
    setObjectName(QStringLiteral("patientsView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_search);
    layout->addWidget(m_panel, 1);
    connect(m_search, &PatientSearchBar::searchRequested, this, &PatientsView::openByIdentity);
    // The SIP is part of the patient overview: opening the panel is the one access logged, so following the
    // panel's patient logs nothing more (the contact header's separate SIP window logs its own opening).
    m_panel->setSipView(m_sip);
    connect(m_panel, &PatientPanelWidget::patientChanged, m_sip, &SipPlanWidget::showPatient);
}

void PatientsView::setSource(const DatabaseSource& database, const ActionsSource& actions) {
    m_panel->setSource(database, actions);
    m_sip->setSource(database, actions);
}

bool PatientsView::openPatient(const QString& patientId, const QString& preferredUnit) {
    return m_panel->openPatient(patientId, preferredUnit);
}

bool PatientsView::openByIdentity(const QStringList& forms) {
    // The panel's database source answers for the session; a locked desk finds nobody.
    const Result<std::optional<QString>> found = m_panel->findPatient(forms);
    if (!found) {
        m_search->showMessage(found.error().message);
        return false;
    }
    if (!found->has_value()) {
        m_search->showMessage(tr("No patient with this number has contact with your units on this desk."));
        return false;
    }
    return m_panel->openPatient(*found.value());
}

} // namespace vk
