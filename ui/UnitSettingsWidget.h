#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class QCheckBox;
class QFormLayout;
class QLabel;

namespace vk {

struct Error;
class TeamReviewService;

/// The settings a team lead changes for the units she leads: whether a new contact from a patient with a
/// named contact is pre-offered to that person while they are on duty. Shown from the cache; a change goes to
/// the region store (which checks the lead's role again) and comes back to every desk through the change
/// feed.
class UnitSettingsWidget : public QWidget {
    Q_OBJECT
public:
    using DatabaseProvider = std::function<QSqlDatabase()>;

    explicit UnitSettingsWidget(TeamReviewService* service, QWidget* parent = nullptr);

    /// Where the cache comes from at each use (it comes and goes with lock/unlock).
    void setDatabaseProvider(DatabaseProvider database);
    /// The units the user leads; one setting each.
    void setLedUnits(const QStringList& unitIds);
    /// Reads the settings from the cache again (after sync brought a unit row).
    void reload();

    /// The pre-offer checkbox of a unit, or nullptr (tests).
    [[nodiscard]] QCheckBox* preOfferBox(const QString& unitId) const { return m_boxes.value(unitId); }
    [[nodiscard]] QLabel* notice() const { return m_notice; }

private:
    void change(const QString& unitId, bool on);
    void onSaved(const QString& unitId, bool on);
    void onFailed(const QString& unitId, const Error& error);

    TeamReviewService* m_service = nullptr;
    DatabaseProvider m_database;
    QStringList m_unitIds;
    QFormLayout* m_form = nullptr;
    QLabel* m_notice = nullptr;
    QHash<QString, QCheckBox*> m_boxes;
    /// Saved in the store, not yet pulled into the cache: shown as saved until the cache agrees.
    QHash<QString, bool> m_saved;
};

} // namespace vk
