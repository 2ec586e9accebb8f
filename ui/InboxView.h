#pragma once

#include "item/InboxFilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace vk {

class InboxFilterProxyModel;
class InboxModel;

/// The nurse's list: a filter bar over one table of contacts, earliest deadline first. Keyboard first: J/K or
/// arrows move, Enter opens, / searches, Esc leaves the search. Never takes focus when contacts arrive.
class InboxView : public QWidget {
    Q_OBJECT
public:
    explicit InboxView(InboxModel* model, QWidget* parent = nullptr);

    [[nodiscard]] InboxFilterProxyModel* proxy() const { return m_proxy; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    /// The contact under the cursor, or an empty string.
    [[nodiscard]] QString currentContactId() const;
    /// Moves the cursor to a contact if the current filter shows it.
    bool selectContact(const QString& id);
    /// Moves to the next row after the current one (used by "complete and open next").
    bool selectNext();
    /// The contact listed after `id` in the current order and filter; empty when `id` is last or not listed.
    [[nodiscard]] QString contactAfter(const QString& id) const;
    void focusSearch();
    /// Presets whose contacts the list shows (the "Mina ärenden" section uses Mine).
    void setScope(InboxFilter::Scope scope);
    /// Shows only contacts of these units (empty: every unit); the team page lists the led units.
    void setUnits(const QSet<QString>& unitIds);
    /// Lets the user select several rows (Ctrl/Shift) for bulk actions.
    void setMultiSelection(bool enabled);
    /// The selected contacts, in list order.
    [[nodiscard]] QStringList selectedContactIds() const;

Q_SIGNALS:
    void currentContactChanged(const QString& contactId);
    void contactActivated(const QString& contactId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void showArrived(int count);
    void clearBadge();

    InboxModel* m_model = nullptr;
    InboxFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_scope = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_state = nullptr;
    QToolButton* m_badge = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QSet<QString> m_units;
    int m_newCount = 0;
};

} // namespace vk
