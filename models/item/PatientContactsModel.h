#pragma once

#include "PatientOverview.h"

#include <QAbstractTableModel>

#include <vector>

namespace vk {

/// A patient's contacts across channels and units, newest first, for the patient panel.
class PatientContactsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ReceivedColumn, ChannelColumn, UnitColumn, ReasonColumn, StatusColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1, UnitRole, ChannelRole, StatusRole };
    Q_ENUM(Role)

    explicit PatientContactsModel(QObject* parent = nullptr);

    /// Shows these contacts (already in display order).
    void setContacts(std::vector<PatientOverview::Contact> contacts);
    [[nodiscard]] const PatientOverview::Contact& contactAt(int row) const {
        return m_contacts[static_cast<std::size_t>(row)];
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<PatientOverview::Contact> m_contacts;
};

} // namespace vk
