#include "TeamPage.h"

#include "TeamContactsWidget.h"
#include "TeamOverviewWidget.h"
#include "TeamStatisticsWidget.h"
#include "UnitSettingsWidget.h"
#include "region/TeamReviewService.h"

#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace vk {

TeamPage::TeamPage(InboxModel* inbox, TeamReviewService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_tabs(new QTabWidget(this))
    , m_overview(new TeamOverviewWidget(this))
    , m_contacts(new TeamContactsWidget(inbox, this))
    , m_statistics(new TeamStatisticsWidget(service, this))
    , m_settings(new UnitSettingsWidget(service, this)) {
    setObjectName(QStringLiteral("teamPage"));
    m_tabs->setObjectName(QStringLiteral("teamTabs"));
    m_overview->setObjectName(QStringLiteral("teamOverview"));

    auto* figures = new QScrollArea(this);
    figures->setWidgetResizable(true);
    figures->setFrameShape(QFrame::NoFrame);
    figures->setWidget(m_overview);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(figures);
    split->addWidget(m_contacts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_tabs->addTab(split, tr("Overview"));
    m_tabs->addTab(m_statistics, tr("Statistics"));
    m_tabs->addTab(m_settings, tr("Unit settings"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(service, &TeamReviewService::overviewChanged, m_overview,
            [this](const TeamOverview& overview) { m_overview->setOverview(overview, true); });
    connect(service, &TeamReviewService::overviewFailed, m_overview,
            [this](const Error& error) { m_overview->setProblem(error.message); });
    // The statistics are asked for when first looked at, not at every unlock.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == int(Tab::Statistics) && !m_statistics->statistics().from.isValid()) {
            m_statistics->load();
        }
    });
}

void TeamPage::showTab(Tab tab) {
    m_tabs->setCurrentIndex(int(tab));
}

void TeamPage::setLedUnits(const QStringList& unitIds) {
    m_contacts->setLedUnits(unitIds);
    m_settings->setLedUnits(unitIds);
}

void TeamPage::showCachedOverview() {
    if (const std::optional<TeamOverview> cached = m_service->cachedOverview()) {
        m_overview->setOverview(*cached, false);
    } else {
        m_overview->clear();
    }
}

} // namespace vk
