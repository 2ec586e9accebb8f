#pragma once

#include <QStringList>
#include <QWidget>

class QTableWidget;

namespace vk {

/// One of a SIP's lists (participants, insatser, åtgärder by others) as an editable table: free-text columns
/// and huvudman columns chosen from a list, with buttons to add and remove rows. Rows keep their ids, so an
/// edited plan keeps the ids its rows had.
class SipListEditor : public QWidget {
    Q_OBJECT
public:
    struct Column {
        QString header;
        QStringList choices; ///< storage words offered (shown through SipTexts); empty for free text
    };
    /// One row: its id (empty for a new row) and a value per column.
    struct Row {
        QString id;
        QStringList values;
    };

    SipListEditor(const QString& objectName, const QString& accessibleName, QList<Column> columns,
                  QWidget* parent = nullptr);

    void setRows(const QList<Row>& rows);
    /// The rows as the user left them; rows with every text column empty are left out.
    [[nodiscard]] QList<Row> rows() const;
    /// Adds an empty row and puts the cursor in its first text cell.
    void addRow();

private:
    void appendRow(const Row& row);
    void removeCurrentRow();

    QList<Column> m_columns;
    QTableWidget* m_table = nullptr;
};

} // namespace vk
