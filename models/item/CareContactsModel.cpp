#include "CareContactsModel.h"

#include <QLocale>

namespace vk {

CareContactsModel::CareContactsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

QStringList CareContactsModel::roles() {
    return {QStringLiteral("fast_vardkontakt"), QStringLiteral("fast_lakarkontakt"),
            QStringLiteral("kontaktsjukskoterska")};
}

QString CareContactsModel::roleText(const QString& role) {
    if (role == QLatin1String("fast_vardkontakt")) {
        return tr("Fast vårdkontakt");
    }
    if (role == QLatin1String("fast_lakarkontakt")) {
        return tr("Fast läkarkontakt");
    }
    if (role == QLatin1String("kontaktsjukskoterska")) {
        return tr("Kontaktsjuksköterska");
    }
    return role;
}

void CareContactsModel::setCareContacts(std::vector<PatientOverview::CareContact> careContacts,
                                        const QDate& today) {
    beginResetModel();
    m_rows = std::move(careContacts);
    m_today = today;
    endResetModel();
}

int CareContactsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CareContactsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool CareContactsModel::ended(const PatientOverview::CareContact& care) const {
    return care.validTo.isValid() && care.validTo < m_today;
}

QString CareContactsModel::stateText(const PatientOverview::CareContact& care) const {
    if (care.declined) {
        return tr("Declined by the patient");
    }
    if (ended(care)) {
        return tr("Ended");
    }
    if (care.validFrom > m_today) {
        return tr("Starts %1").arg(QLocale().toString(care.validFrom, QLocale::ShortFormat));
    }
    return tr("Current");
}

QVariant CareContactsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PatientOverview::CareContact& care = careContactAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case RoleColumn:
            return roleText(care.role);
        case StaffColumn:
            return care.staffTitle.isEmpty() ? care.staffName
                                             : tr("%1, %2").arg(care.staffName, care.staffTitle);
        case UnitColumn:
            return care.unitName;
        case PeriodColumn: {
            const QString from = QLocale().toString(care.validFrom, QLocale::ShortFormat);
            return care.validTo.isNull()
                       ? tr("from %1").arg(from)
                       : tr("%1 – %2").arg(from, QLocale().toString(care.validTo, QLocale::ShortFormat));
        }
        case StateColumn:
            return stateText(care);
        case AppointedColumn:
            return care.appointedByName;
        case NoteColumn:
            return care.note;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == NoteColumn ? care.note : QString();
    case IdRole:
        return care.id;
    case CurrentRole:
        return care.current;
    case DeclinedRole:
        return care.declined;
    case EndedRole:
        return ended(care);
    case StaffIdRole:
        return care.staffId;
    default:
        return {};
    }
}

QVariant CareContactsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case RoleColumn:
        return tr("Role");
    case StaffColumn:
        return tr("Staff member");
    case UnitColumn:
        return tr("Unit");
    case PeriodColumn:
        return tr("Valid");
    case StateColumn:
        return tr("State");
    case AppointedColumn:
        return tr("Appointed by");
    case NoteColumn:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace vk
