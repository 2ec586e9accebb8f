#include "InboxModel.h"

#include "domain/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace vk {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
// Countdowns show minutes; refreshing twice a minute keeps them right without repainting for nothing.
constexpr int CountdownRefreshMs = 30 * 1000;

QString formatIdentity(const QString& normalised, bool full) {
    if (normalised.size() != 12) {
        return normalised; // reservnummer: shown as registered
    }
    const QString date = normalised.left(8);
    return date + (full ? QLatin1Char('-') + normalised.mid(8) : QStringLiteral("-****"));
}

} // namespace

InboxModel::InboxModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock) {
    m_countdown.setInterval(CountdownRefreshMs);
    connect(&m_countdown, &QTimer::timeout, this, &InboxModel::refreshCountdowns);
    m_countdown.start();
}

void InboxModel::setCurrentStaff(const QString& staffId) {
    m_me = staffId;
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {MineRole});
    }
    refreshOffers();
}

void InboxModel::setShowFullIdentity(bool show) {
    if (m_showFullIdentity == show) {
        return;
    }
    m_showFullIdentity = show;
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, PatientColumn), index(rowCount() - 1, PatientColumn), {Qt::DisplayRole});
    }
}

void InboxModel::setAtRiskMinutes(int minutes) {
    m_atRiskMs = qMax(0, minutes) * MinuteMs;
    refreshCountdowns();
}

void InboxModel::reset(std::vector<InboxRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    const qint64 now = nowMs();
    for (InboxRow& row : m_rows) {
        settleOffer(row, now);
    }
    m_keys.assign(m_rows);
    rebuildIndex();
    endResetModel();
}

void InboxModel::append(std::vector<InboxRow> rows) {
    std::vector<InboxRow> fresh;
    fresh.reserve(rows.size());
    const qint64 now = nowMs();
    for (InboxRow& row : rows) {
        settleOffer(row, now);
        const int existing = rowOf(row.id);
        if (existing >= 0) {
            updateRow(existing, std::move(row));
        } else if (!m_index.contains(row.id)) {
            m_index.insert(row.id, -1); // guards against the same id twice in one batch
            fresh.push_back(std::move(row));
        }
    }
    if (fresh.empty()) {
        return;
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (InboxRow& row : fresh) {
        m_index.insert(row.id, static_cast<int>(m_rows.size()));
        m_keys.append(row);
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
}

void InboxModel::upsert(std::vector<InboxRow> rows) {
    const int before = rowCount();
    append(std::move(rows));
    if (rowCount() > before) {
        Q_EMIT contactsArrived(rowCount() - before);
    }
}

void InboxModel::remove(const QStringList& ids) {
    for (const QString& id : ids) {
        const int row = rowOf(id);
        if (row < 0) {
            continue;
        }
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        m_keys.erase(static_cast<std::size_t>(row));
        rebuildIndex();
        endRemoveRows();
    }
}

void InboxModel::clear() {
    beginResetModel();
    // Swap with empty containers so the patient data really leaves memory now, not at the next reuse.
    std::vector<InboxRow>().swap(m_rows);
    m_keys.clear();
    QHash<QString, int>().swap(m_index);
    endResetModel();
}

Urgency InboxModel::urgencyAt(int row, qint64 nowMs) const {
    // From the key columns: an urgency filter asks this for every row.
    const auto at = static_cast<std::size_t>(row);
    if (!isOpen(m_keys.status(at))) {
        return Urgency::Closed;
    }
    const qint64 left = m_keys.dueMs()[at] - nowMs;
    if (left < 0) {
        return Urgency::Overdue;
    }
    return left <= m_atRiskMs ? Urgency::AtRisk : Urgency::Ok;
}

qint64 InboxModel::nowMs() const {
    return m_clock.now().toMSecsSinceEpoch();
}

int InboxModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const InboxRow& row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case ChannelColumn:
            return channelText(row.channel);
        case PatientColumn:
            return patientText(row);
        case ReasonColumn:
            return row.subject.isEmpty() ? row.reason
                                         : QString(row.reason + QStringLiteral(": ") + row.subject);
        case ReceivedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.receivedMs, Qt::UTC).toLocalTime(),
                                      QLocale::ShortFormat);
        case DeadlineColumn:
            return deadlineText(row);
        case StatusColumn:
            return statusText(row);
        case HolderColumn:
            return row.holderName;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DeadlineColumn) {
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.dueMs, Qt::UTC).toLocalTime(),
                                      QLocale::LongFormat);
        }
        return {};
    case IdRole:
        return row.id;
    case ChannelRole:
        return static_cast<int>(row.channel);
    case StatusRole:
        return static_cast<int>(row.status);
    case UrgencyRole:
        return static_cast<int>(urgencyAt(index.row()));
    case DueRole:
        return QDateTime::fromMSecsSinceEpoch(row.dueMs, Qt::UTC);
    case ReceivedRole:
        return QDateTime::fromMSecsSinceEpoch(row.receivedMs, Qt::UTC);
    case UnitRole:
        return row.unitId;
    case PatientIdRole:
        return row.patientId;
    case HolderRole:
        return row.holderId;
    case MineRole:
        return !m_me.isEmpty() && row.holderId == m_me;
    case TentativeRole:
        return row.claimTentative;
    case IdentityVerifiedRole:
        return row.identityVerified;
    case FromMyPatientRole:
        return row.fromMyPatient;
    case CodeRole:
        return row.code;
    case OfferRole:
        return static_cast<int>(row.offerState);
    case OfferedToNameRole:
        return row.offerState == ContactOffer::State::None ? QString() : row.offer.staffName;
    default:
        return {};
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case ChannelColumn:
        return tr("Channel");
    case PatientColumn:
        return tr("Patient");
    case ReasonColumn:
        return tr("Reason");
    case ReceivedColumn:
        return tr("Received");
    case DeadlineColumn:
        return tr("Deadline");
    case StatusColumn:
        return tr("Status");
    case HolderColumn:
        return tr("Handled by");
    case ColumnCount:
        break;
    }
    return {};
}

void InboxModel::rebuildIndex() {
    m_index.clear();
    m_index.reserve(static_cast<qsizetype>(m_rows.size()));
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_index.insert(m_rows[i].id, static_cast<int>(i));
    }
}

void InboxModel::updateRow(int row, InboxRow&& value) {
    m_rows[static_cast<std::size_t>(row)] = std::move(value);
    m_keys.set(static_cast<std::size_t>(row), m_rows[static_cast<std::size_t>(row)]);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool InboxModel::settleOffer(InboxRow& row, qint64 nowMs) const {
    const ContactOffer::State state = row.offer.stateFor(m_me, row.status, row.holderId, nowMs);
    if (state == row.offerState) {
        return false;
    }
    row.offerState = state;
    return true;
}

void InboxModel::refreshOffers() {
    const qint64 now = nowMs();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        InboxRow& row = m_rows[i];
        if (!row.offer.staffId.isEmpty() && settleOffer(row, now)) {
            m_keys.set(i, row);
            const int r = static_cast<int>(i);
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1), {OfferRole, Qt::DisplayRole});
        }
    }
}

void InboxModel::refreshCountdowns() {
    refreshOffers(); // an offer that lapsed since the last tick leaves the top of the list
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, DeadlineColumn), index(rowCount() - 1, DeadlineColumn),
                           {Qt::DisplayRole, UrgencyRole});
    }
}

QString InboxModel::patientText(const InboxRow& row) const {
    if (row.patientName.isEmpty() && row.identityNumber.isEmpty()) {
        return row.callerPhone.isEmpty() ? tr("Unknown caller")
                                         : tr("Unknown caller, %1").arg(row.callerPhone);
    }
    if (row.identityNumber.isEmpty()) {
        return row.patientName;
    }
    return tr("%1 (%2)").arg(row.patientName, formatIdentity(row.identityNumber, m_showFullIdentity));
}

QString InboxModel::deadlineText(const InboxRow& row) const {
    if (!isOpen(row.status)) {
        return {};
    }
    const qint64 left = row.dueMs - nowMs();
    const qint64 minutes = (left >= 0 ? left : -left) / MinuteMs;
    const int hours = static_cast<int>(minutes / 60);
    const int rest = static_cast<int>(minutes % 60);
    if (hours >= 24) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.dueMs, Qt::UTC).toLocalTime(),
                                  QLocale::ShortFormat);
    }
    if (left >= 0) {
        return hours > 0 ? tr("%1 h %2 min left").arg(hours).arg(rest) : tr("%n min left", nullptr, rest);
    }
    return hours > 0 ? tr("%1 h %2 min overdue").arg(hours).arg(rest) : tr("%n min overdue", nullptr, rest);
}

QString InboxModel::channelText(Channel channel) {
    switch (channel) {
    case Channel::Callback:
        return tr("Callback");
    case Channel::Voicemail:
        return tr("Voicemail");
    case Channel::EService:
        return tr("1177 request");
    }
    return {};
}

QString InboxModel::statusText(const InboxRow& row) {
    switch (row.offerState) {
    case ContactOffer::State::ToMe:
        return tr("Offered to you");
    case ContactOffer::State::ToOther:
        return row.offer.staffName.isEmpty() ? tr("Offered to the named contact")
                                             : tr("Offered to %1").arg(row.offer.staffName);
    case ContactOffer::State::None:
        break;
    }
    return statusText(row.status, row.claimTentative);
}

QString InboxModel::statusText(ContactStatus status, bool tentative) {
    switch (status) {
    case ContactStatus::New:
        return tr("New");
    case ContactStatus::Claimed:
        return tentative ? tr("Claimed (not yet confirmed)") : tr("Claimed");
    case ContactStatus::NotReached:
        return tr("Not reached");
    case ContactStatus::Completed:
        return tr("Completed");
    case ContactStatus::Cancelled:
        return tr("Cancelled");
    case ContactStatus::Forwarded:
        return tr("Forwarded");
    }
    return {};
}

} // namespace vk
