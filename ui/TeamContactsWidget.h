#pragma once

#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

#include <functional>

#include <QDialog>
class QLabel;
class QPushButton;

namespace vk {

class DeskActions;
class InboxModel;
class InboxView;

/// The team lead's working list: the open contacts of the led units with several-row selection, and the
/// actions over a selection — reassign, release the claim, forward, cancel, complete (always with a code).
/// Each goes contact by contact through DeskActions (BulkActions), so it works offline and the region store
/// checks the lead's role for every contact.
class TeamContactsWidget : public QWidget {
    Q_OBJECT
public:
    using DatabaseProvider = std::function<QSqlDatabase()>;
    using ActionsProvider = std::function<DeskActions*()>;

    explicit TeamContactsWidget(InboxModel* inbox, QWidget* parent = nullptr);

    /// Where the cache and the actions come from at each use (they come and go with lock/unlock).
    void setProviders(DatabaseProvider database, ActionsProvider actions);
    /// The units the user leads: the list shows their contacts only.
    void setLedUnits(const QStringList& unitIds);

    [[nodiscard]] InboxView* list() const { return m_list; }
    [[nodiscard]] QLabel* notice() const { return m_notice; }
    /// The dialog an action opened and that waits for an answer (tests answer it).
    [[nodiscard]] QDialog* openDialog() const { return m_dialog; }

    void reassignSelected();
    void releaseSelected();
    void forwardSelected();
    void cancelSelected();
    void completeSelected();

Q_SIGNALS:
    /// A contact was opened from the list (Enter or double click).
    void contactActivated(const QString& contactId);

private:
    [[nodiscard]] QStringList selectionOrComplain();
    void showDialog(QDialog* dialog, const std::function<void()>& onAccepted);
    void updateButtons();
    void showNotice(const QString& text, bool problem);

    InboxView* m_list = nullptr;
    QLabel* m_notice = nullptr;
    QList<QPushButton*> m_buttons;
    QPointer<QDialog> m_dialog;
    DatabaseProvider m_database;
    ActionsProvider m_actions;
    QStringList m_ledUnits;
};

} // namespace vk
