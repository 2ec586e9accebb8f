#include "ShortcutHelpDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vk {

QList<QPair<QString, QString>> ShortcutHelpDialog::shortcuts() {
    return {
        {tr("J / K, ↓ / ↑"), tr("Next / previous contact in the list")},
        {tr("Enter"), tr("Open the contact")},
        {tr("C"), tr("Claim the contact")},
        {tr("L"), tr("Log a call attempt")},
        {tr("R"), tr("Write a reply (1177 request)")},
        {tr("Ctrl+Enter"), tr("Complete with an eftermärkning code")},
        {tr("Ctrl+Shift+Enter"), tr("Complete and open the next contact")},
        {tr("/"), tr("Search the inbox")},
        {tr("Esc"), tr("Back from the contact to the list")},
        {tr("F1 or ?"), tr("This list of shortcuts")},
    };
}

ShortcutHelpDialog::ShortcutHelpDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("shortcutHelpDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<QPair<QString, QString>> list = shortcuts();
    auto* table = new QTableWidget(static_cast<int>(list.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Does")});
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < list.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(list[row].first));
        table->setItem(row, 1, new QTableWidgetItem(list[row].second));
    }
    table->resizeColumnsToContents(); // ten rows: measuring them is free
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 380);
}

} // namespace vk
