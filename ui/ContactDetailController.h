#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace vk {

class ContactDetailWidget;
class InboxView;
class ShortcutHelpDialog;

/// Connects the inbox lists with the detail pane, so MainWindow only assembles: the pane shows the visible
/// list's current contact, Enter moves into the pane and Esc back to the list, "complete and open next" walks
/// down the list, / searches and F1 or ? shows the shortcuts.
class ContactDetailController : public QObject {
    Q_OBJECT
public:
    /// `lists` are the inbox views whose selection the pane follows (only the visible one counts); shortcuts
    /// live on `window`.
    ContactDetailController(ContactDetailWidget* detail, QList<InboxView*> lists, QWidget* window,
                            QObject* parent = nullptr);

    /// The list the user works in: the visible one, else the last one followed.
    [[nodiscard]] InboxView* activeList() const;
    /// Opens a contact from elsewhere (a conflict notice): selects it in the list when the list shows it.
    void openContact(const QString& contactId);
    void showHelp();
    void focusList();
    void focusSearch();

private:
    void follow(InboxView* list, const QString& contactId);

    ContactDetailWidget* m_detail = nullptr;
    QList<QPointer<InboxView>> m_lists;
    QPointer<InboxView> m_lastList;
    QWidget* m_window = nullptr;
    QPointer<ShortcutHelpDialog> m_help;
};

} // namespace vk
