#pragma once

#include "PatientOverview.h"

#include <QAbstractTableModel>

#include <vector>

namespace vk {

/// A patient's named contacts (fast vårdkontakt, fast läkarkontakt, kontaktsjuksköterska): the current ones
/// first, then the history (ended and declined assignments are kept, never deleted).
class CareContactsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RoleColumn,
        StaffColumn,
        UnitColumn,
        PeriodColumn,
        StateColumn,
        AppointedColumn,
        NoteColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1, CurrentRole, DeclinedRole, EndedRole, StaffIdRole };
    Q_ENUM(Role)

    explicit CareContactsModel(QObject* parent = nullptr);

    /// The storage names of the roles, in the order dialogs offer them.
    [[nodiscard]] static QStringList roles();
    /// A role in words ("Fast vårdkontakt").
    [[nodiscard]] static QString roleText(const QString& role);

    /// Shows these assignments (already in display order); `today` tells ended from upcoming.
    void setCareContacts(std::vector<PatientOverview::CareContact> careContacts, const QDate& today);
    [[nodiscard]] const PatientOverview::CareContact& careContactAt(int row) const {
        return m_rows[static_cast<std::size_t>(row)];
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString stateText(const PatientOverview::CareContact& care) const;
    [[nodiscard]] bool ended(const PatientOverview::CareContact& care) const;

    std::vector<PatientOverview::CareContact> m_rows;
    QDate m_today;
};

} // namespace vk
