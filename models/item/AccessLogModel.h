#pragma once

#include "region/AccessLogEntry.h"

#include <QAbstractTableModel>

#include <vector>

namespace vk {

/// A patient's access-log extract as the team lead reads it: time, user, unit and what was done.
class AccessLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, UserColumn, UnitColumn, ActionColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { AtRole = Qt::UserRole + 1, ActionRole };
    Q_ENUM(Role)

    explicit AccessLogModel(QObject* parent = nullptr);

    /// A logged action in words ("Opened the patient panel"); an unknown one as stored.
    [[nodiscard]] static QString actionText(const QString& action);

    void setEntries(std::vector<AccessLogEntry> entries);
    [[nodiscard]] const std::vector<AccessLogEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<AccessLogEntry> m_entries;
};

} // namespace vk
