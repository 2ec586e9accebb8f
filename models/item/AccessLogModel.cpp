#include "AccessLogModel.h"

#include <QLocale>

namespace vk {

AccessLogModel::AccessLogModel(QObject* parent)
    : QAbstractTableModel(parent) {}

QString AccessLogModel::actionText(const QString& action) {
    static const struct {
        const char* action;
        const char* text;
    } known[] = {
        {"open_contact", QT_TR_NOOP("Opened a contact")},
        {"open_patient", QT_TR_NOOP("Opened the patient panel")},
        {"read_access_log", QT_TR_NOOP("Read the access log")},
        {"export_access_log", QT_TR_NOOP("Exported the access log")},
        {"claim", QT_TR_NOOP("Claimed a contact")},
        {"release", QT_TR_NOOP("Released a contact")},
        {"release_any", QT_TR_NOOP("Released a contact (team lead)")},
        {"reassign", QT_TR_NOOP("Reassigned a contact")},
        {"log_attempt", QT_TR_NOOP("Logged a call attempt")},
        {"rebook", QT_TR_NOOP("Rebooked a callback")},
        {"reply", QT_TR_NOOP("Replied to a 1177 request")},
        {"forward", QT_TR_NOOP("Forwarded a contact")},
        {"cancel", QT_TR_NOOP("Cancelled a contact")},
        {"verify_identity", QT_TR_NOOP("Verified the identity")},
        {"complete", QT_TR_NOOP("Completed a contact")},
        {"assign_care_contact", QT_TR_NOOP("Assigned a named contact")},
        {"end_care_contact", QT_TR_NOOP("Ended a named contact")},
        {"sip_create", QT_TR_NOOP("Created a SIP")},
        {"sip_update", QT_TR_NOOP("Changed a SIP")},
        {"sip_add_note", QT_TR_NOOP("Wrote a SIP note")},
        {"sip_add_meeting", QT_TR_NOOP("Recorded a SIP meeting")},
    };
    for (const auto& entry : known) {
        if (action == QLatin1String(entry.action)) {
            return tr(entry.text);
        }
    }
    return action;
}

void AccessLogModel::setEntries(std::vector<AccessLogEntry> entries) {
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AccessLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AccessLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessLogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AccessLogEntry& entry = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case TimeColumn:
            return QLocale().toString(entry.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case UserColumn:
            return entry.staffName;
        case UnitColumn:
            return entry.unitName;
        case ActionColumn:
            return actionText(entry.action);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == UserColumn) {
            return entry.staffHsaId;
        }
        return index.column() == UnitColumn ? entry.unitHsaId : QString();
    case AtRole:
        return entry.at;
    case ActionRole:
        return entry.action;
    default:
        return {};
    }
}

QVariant AccessLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case UnitColumn:
        return tr("Unit");
    case ActionColumn:
        return tr("Action");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace vk
