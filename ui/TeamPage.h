#pragma once

#include <QWidget>

class QTabWidget;

namespace vk {

class InboxModel;
class TeamContactsWidget;
class TeamOverviewWidget;
class TeamReviewService;
class TeamStatisticsWidget;
class UnitSettingsWidget;

/// The Team section (team leads only): the live overview with the led units' open contacts and the bulk
/// actions on one tab, the statistics of a period on the next, the led units' settings on the last.
class TeamPage : public QWidget {
    Q_OBJECT
public:
    TeamPage(InboxModel* inbox, TeamReviewService* service, QWidget* parent = nullptr);

    enum class Tab { Overview, Statistics, Settings };
    void showTab(Tab tab);

    /// The units the user leads (from the cache); the contact list follows them.
    void setLedUnits(const QStringList& unitIds);
    /// Shows the overview kept in the cache until the store answers (after unlock, or offline).
    void showCachedOverview();

    [[nodiscard]] TeamOverviewWidget* overview() const { return m_overview; }
    [[nodiscard]] TeamContactsWidget* contacts() const { return m_contacts; }
    [[nodiscard]] TeamStatisticsWidget* statistics() const { return m_statistics; }
    [[nodiscard]] UnitSettingsWidget* settings() const { return m_settings; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }

private:
    TeamReviewService* m_service = nullptr;
    QTabWidget* m_tabs = nullptr;
    TeamOverviewWidget* m_overview = nullptr;
    TeamContactsWidget* m_contacts = nullptr;
    TeamStatisticsWidget* m_statistics = nullptr;
    UnitSettingsWidget* m_settings = nullptr;
};

} // namespace vk
