#include "SipListEditor.h"

#include "SipTexts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vk {

SipListEditor::SipListEditor(const QString& objectName, const QString& accessibleName, QList<Column> columns,
                             QWidget* parent)
    : QWidget(parent)
    , m_columns(std::move(columns))
    , m_table(new QTableWidget(0, static_cast<int>(m_columns.size()), this)) {
    setObjectName(objectName);
    m_table->setObjectName(objectName + QStringLiteral("Table"));
    m_table->setAccessibleName(accessibleName);
    QStringList headers;
    for (const Column& column : std::as_const(m_columns)) {
        headers << column.header;
    }
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);

    auto* add = new QPushButton(tr("Add row"), this);
    add->setObjectName(objectName + QStringLiteral("Add"));
    add->setAccessibleName(tr("Add a row to %1").arg(accessibleName));
    auto* remove = new QPushButton(tr("Remove row"), this);
    remove->setObjectName(objectName + QStringLiteral("Remove"));
    remove->setAccessibleName(tr("Remove the chosen row from %1").arg(accessibleName));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &SipListEditor::addRow);
    connect(remove, &QPushButton::clicked, this, &SipListEditor::removeCurrentRow);
}

void SipListEditor::setRows(const QList<Row>& rows) {
    m_table->setRowCount(0);
    for (const Row& row : rows) {
        appendRow(row);
    }
}

void SipListEditor::addRow() {
    appendRow({});
    const int row = m_table->rowCount() - 1;
    for (int column = 0; column < m_columns.size(); ++column) {
        if (m_columns.at(column).choices.isEmpty()) {
            m_table->setCurrentCell(row, column);
            m_table->setFocus();
            m_table->editItem(m_table->item(row, column));
            break;
        }
    }
}

void SipListEditor::appendRow(const Row& row) {
    const int index = m_table->rowCount();
    m_table->insertRow(index);
    for (int column = 0; column < m_columns.size(); ++column) {
        const QString value = column < row.values.size() ? row.values.at(column) : QString();
        auto* item = new QTableWidgetItem;
        if (column == 0) {
            item->setData(Qt::UserRole, row.id);
        }
        const QStringList& choices = m_columns.at(column).choices;
        if (choices.isEmpty()) {
            item->setText(value);
            m_table->setItem(index, column, item);
            continue;
        }
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(index, column, item);
        auto* combo = new QComboBox(m_table);
        combo->setAccessibleName(m_columns.at(column).header);
        for (const QString& choice : choices) {
            combo->addItem(SipTexts::huvudmanText(choice), choice);
        }
        combo->setCurrentIndex(value.isEmpty() ? 0 : std::max(0, combo->findData(value)));
        m_table->setCellWidget(index, column, combo);
    }
}

void SipListEditor::removeCurrentRow() {
    const int row = m_table->currentRow();
    if (row >= 0) {
        m_table->removeRow(row);
    }
}

QList<SipListEditor::Row> SipListEditor::rows() const {
    QList<Row> result;
    for (int index = 0; index < m_table->rowCount(); ++index) {
        Row row;
        row.id = m_table->item(index, 0) != nullptr ? m_table->item(index, 0)->data(Qt::UserRole).toString()
                                                    : QString();
        bool anyText = false;
        for (int column = 0; column < m_columns.size(); ++column) {
            if (auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(index, column))) {
                row.values << combo->currentData().toString();
                continue;
            }
            const QTableWidgetItem* item = m_table->item(index, column);
            const QString text = item != nullptr ? item->text().trimmed() : QString();
            anyText = anyText || !text.isEmpty();
            row.values << text;
        }
        if (anyText) {
            result << row;
        }
    }
    return result;
}

} // namespace vk
