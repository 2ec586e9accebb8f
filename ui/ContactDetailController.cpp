#include "ContactDetailController.h"

#include "ContactDetailWidget.h"
#include "InboxView.h"
#include "ShortcutHelpDialog.h"

#include <QShortcut>
#include <QTableView>

namespace vk {

ContactDetailController::ContactDetailController(ContactDetailWidget* detail, QList<InboxView*> lists,
                                                 QWidget* window, QObject* parent)
    : QObject(parent)
    , m_detail(detail)
    , m_window(window) {
    for (InboxView* list : lists) {
        if (list == nullptr) {
            continue;
        }
        m_lists.append(list);
        connect(list, &InboxView::currentContactChanged, this,
                [this, list](const QString& id) { follow(list, id); });
        connect(list, &InboxView::contactActivated, this, [this, list](const QString& id) {
            m_lastList = list;
            m_detail->openContact(id);
            m_detail->focusActions();
        });
    }
    m_detail->setNextContactSource([this](const QString& id) {
        const InboxView* list = activeList();
        return list != nullptr ? list->contactAfter(id) : QString();
    });
    connect(m_detail, &ContactDetailWidget::nextContactOpened, this, [this](const QString& id) {
        if (InboxView* list = activeList()) {
            list->selectContact(id);
        }
    });
    connect(m_detail, &ContactDetailWidget::backRequested, this, &ContactDetailController::focusList);

    const auto add = [this](const QKeySequence& keys, void (ContactDetailController::*slot)()) {
        auto* shortcut = new QShortcut(keys, m_window);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::Key_F1), &ContactDetailController::showHelp);
    add(QKeySequence(Qt::Key_Question), &ContactDetailController::showHelp);
    add(QKeySequence(Qt::Key_Slash), &ContactDetailController::focusSearch);
}

InboxView* ContactDetailController::activeList() const {
    for (const QPointer<InboxView>& list : m_lists) {
        InboxView* view = list.data();
        if (view != nullptr && view->isVisible()) {
            return view;
        }
    }
    return m_lastList;
}

void ContactDetailController::follow(InboxView* list, const QString& contactId) {
    // A hidden list's cursor moves when rows change under it; only the list in front speaks for the user. And
    // while an action runs, a closed contact leaving the list moves the cursor by itself: that is not a
    // choice to open the neighbour.
    if (!list->isVisible() || m_detail->isActing()) {
        return;
    }
    m_lastList = list;
    m_detail->openContact(contactId);
}

void ContactDetailController::openContact(const QString& contactId) {
    if (InboxView* list = activeList()) {
        list->selectContact(contactId); // when it shows the contact; follow() then opens it
    }
    m_detail->openContact(contactId); // opening the contact already shown only refreshes it
}

void ContactDetailController::focusList() {
    if (InboxView* list = activeList()) {
        list->table()->setFocus(Qt::ShortcutFocusReason);
    }
}

void ContactDetailController::focusSearch() {
    if (InboxView* list = activeList()) {
        list->focusSearch();
    }
}

void ContactDetailController::showHelp() {
    if (ShortcutHelpDialog* open = m_help.data(); open != nullptr) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* help = new ShortcutHelpDialog(m_window);
    help->setAttribute(Qt::WA_DeleteOnClose);
    m_help = help;
    help->open();
}

} // namespace vk
