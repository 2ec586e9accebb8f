#include "PatientContactsModel.h"

#include "InboxModel.h"

#include <QDateTime>
#include <QLocale>

namespace vk {

PatientContactsModel::PatientContactsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PatientContactsModel::setContacts(std::vector<PatientOverview::Contact> contacts) {
    // A patient has tens of contacts and the list is replaced when a patient is opened or refreshed: a reset
    // is the honest signal (there is no stable mapping of rows from one patient to the next).
    beginResetModel();
    m_contacts = std::move(contacts);
    endResetModel();
}

int PatientContactsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

int PatientContactsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientContactsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PatientOverview::Contact& contact = contactAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case ReceivedColumn:
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(contact.receivedMs, Qt::UTC).toLocalTime(),
                QLocale::ShortFormat);
        case ChannelColumn:
            return InboxModel::channelText(contact.channel);
        case UnitColumn:
            return contact.unitName;
        case ReasonColumn:
            return contact.subject.isEmpty() || contact.subject == contact.reason
                       ? contact.reason
                       : tr("%1: %2").arg(contact.reason, contact.subject);
        case StatusColumn:
            return contact.code.isEmpty()
                       ? InboxModel::statusText(contact.status)
                       : tr("%1 (%2)").arg(InboxModel::statusText(contact.status), contact.code);
        case ColumnCount:
            break;
        }
        return {};
    case IdRole:
        return contact.id;
    case UnitRole:
        return contact.unitId;
    case ChannelRole:
        return static_cast<int>(contact.channel);
    case StatusRole:
        return static_cast<int>(contact.status);
    default:
        return {};
    }
}

QVariant PatientContactsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case ReceivedColumn:
        return tr("Received");
    case ChannelColumn:
        return tr("Channel");
    case UnitColumn:
        return tr("Unit");
    case ReasonColumn:
        return tr("Reason");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace vk
