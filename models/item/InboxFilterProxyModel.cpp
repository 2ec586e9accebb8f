#include "InboxFilterProxyModel.h"

#include "InboxModel.h"

#include <algorithm>

namespace vk {

namespace {

// Above this many rows arriving out of order at once, one re-layout is cheaper than single inserts.
constexpr std::size_t SingleInsertLimit = 64;

template <typename T>
int threeWay(const T& a, const T& b) {
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

InboxFilterProxyModel::InboxFilterProxyModel(QObject* parent)
    : QAbstractProxyModel(parent) {}

void InboxFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel) {
    auto* inbox = qobject_cast<InboxModel*>(sourceModel);
    Q_ASSERT(sourceModel == nullptr || inbox != nullptr);
    beginResetModel();
    for (const QMetaObject::Connection& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(inbox);
    m_source = inbox;
    if (m_source != nullptr) {
        m_connections = {
            connect(m_source, &QAbstractItemModel::rowsInserted, this,
                    &InboxFilterProxyModel::onRowsInserted),
            connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &InboxFilterProxyModel::onRowsAboutToBeRemoved),
            connect(m_source, &QAbstractItemModel::rowsRemoved, this, &InboxFilterProxyModel::onRowsRemoved),
            connect(m_source, &QAbstractItemModel::dataChanged, this, &InboxFilterProxyModel::onDataChanged),
            connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this,
                    &InboxFilterProxyModel::onSourceAboutToBeReset),
            connect(m_source, &QAbstractItemModel::modelReset, this, &InboxFilterProxyModel::onSourceReset),
            connect(m_source, &QAbstractItemModel::headerDataChanged, this,
                    &QAbstractItemModel::headerDataChanged),
        };
    }
    invalidateSourceCaches();
    m_proxyToSource = filteredAndSorted();
    rebuildSourceToProxy();
    endResetModel();
}

void InboxFilterProxyModel::setFilter(InboxFilter filter) {
    m_filter = std::move(filter);
    relayout();
}

void InboxFilterProxyModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= InboxModel::ColumnCount) {
        return;
    }
    if (m_sortedValid && column == m_sortColumn && order != m_sortOrder) {
        // The same column the other way round (a second click on its header): no sort needed.
        reverseSortedRows();
    } else if (column != m_sortColumn) {
        m_sortedValid = false;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    relayout();
}

void InboxFilterProxyModel::refresh() {
    relayout();
}

QModelIndex InboxFilterProxyModel::index(int row, int column, const QModelIndex& parent) const {
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex InboxFilterProxyModel::parent(const QModelIndex& /*child*/) const {
    return {};
}

int InboxFilterProxyModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_proxyToSource.size());
}

int InboxFilterProxyModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || m_source == nullptr ? 0 : m_source->columnCount();
}

bool InboxFilterProxyModel::hasChildren(const QModelIndex& parent) const {
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex InboxFilterProxyModel::mapToSource(const QModelIndex& proxyIndex) const {
    if (!proxyIndex.isValid() || m_source == nullptr || proxyIndex.row() >= rowCount()) {
        return {};
    }
    return m_source->index(m_proxyToSource[static_cast<std::size_t>(proxyIndex.row())], proxyIndex.column());
}

QModelIndex InboxFilterProxyModel::mapFromSource(const QModelIndex& sourceIndex) const {
    if (!sourceIndex.isValid() || static_cast<std::size_t>(sourceIndex.row()) >= m_sourceToProxy.size()) {
        return {};
    }
    const int proxyRow = m_sourceToProxy[static_cast<std::size_t>(sourceIndex.row())];
    return proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, sourceIndex.column());
}

QVariant InboxFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (m_source == nullptr) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return m_source->headerData(section, orientation, role);
    }
    return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
}

bool InboxFilterProxyModel::accepts(int sourceRow, qint64 nowMs) const {
    const Urgency urgency = m_filter.urgency == InboxFilter::UrgencyFilter::Any
                                ? Urgency::Ok // not consulted by the filter
                                : m_source->urgencyAt(sourceRow, nowMs);
    return m_filter.accepts(m_source->rowAt(sourceRow), urgency, m_source->currentStaff());
}

bool InboxFilterProxyModel::pinned(int sourceRow) const {
    return m_source->sortKeys().offerState(static_cast<std::size_t>(sourceRow)) == ContactOffer::State::ToMe;
}

bool InboxFilterProxyModel::lessThan(int leftSourceRow, int rightSourceRow) const {
    // A contact offered to the user stays on top whatever the sort: the offer is short and meant for her.
    const bool leftPinned = pinned(leftSourceRow);
    if (leftPinned != pinned(rightSourceRow)) {
        return leftPinned;
    }
    return m_sortOrder == Qt::AscendingOrder ? compareAscending(leftSourceRow, rightSourceRow) < 0
                                             : compareAscending(rightSourceRow, leftSourceRow) < 0;
}

int InboxFilterProxyModel::compareAscending(int leftSourceRow, int rightSourceRow) const {
    const InboxRow& a = m_source->rowAt(leftSourceRow);
    const InboxRow& b = m_source->rowAt(rightSourceRow);
    int order = 0;
    switch (static_cast<InboxModel::Column>(m_sortColumn)) {
    case InboxModel::ChannelColumn:
        order = threeWay(a.channel, b.channel);
        break;
    case InboxModel::PatientColumn:
        order = a.patientName.compare(b.patientName, Qt::CaseInsensitive);
        break;
    case InboxModel::ReasonColumn:
        order = a.reason.compare(b.reason, Qt::CaseInsensitive);
        if (order == 0) {
            order = a.subject.compare(b.subject, Qt::CaseInsensitive);
        }
        break;
    case InboxModel::ReceivedColumn:
        order = threeWay(a.receivedMs, b.receivedMs);
        break;
    case InboxModel::DeadlineColumn:
        break; // the tie-breaker below is the deadline
    case InboxModel::StatusColumn:
        order = threeWay(a.status, b.status);
        break;
    case InboxModel::HolderColumn:
        order = a.holderName.compare(b.holderName, Qt::CaseInsensitive);
        break;
    case InboxModel::ColumnCount:
        break;
    }
    if (order == 0) {
        order = threeWay(a.dueMs, b.dueMs);
    }
    if (order == 0) {
        order = a.id.compare(b.id); // total order: equal deadlines never swap places between refreshes
    }
    return order;
}

std::vector<int> InboxFilterProxyModel::filteredAndSorted() const {
    std::vector<int> rows;
    if (m_source == nullptr) {
        return rows;
    }
    const auto count = static_cast<std::size_t>(m_source->rowCount());
    const InboxSearch& search = m_filter.search;
    // Which rows pass, in source order (sequential over the rows), then walked in the cached sort order.
    std::vector<char> keep =
        search.isTextSearch() ? m_searchIndex.matchRows(*m_source, search) : std::vector<char>(count, 1);
    const qint64 now = m_source->nowMs();
    const QString me = m_source->currentStaff();
    const bool urgencyMatters = m_filter.urgency != InboxFilter::UrgencyFilter::Any;
    // Channel, status and urgency come from the key columns; a row itself is visited only when the filter
    // asks for more than those (scope, units, code, an identity-number search).
    const InboxSortKeys& keys = m_source->sortKeys();
    const bool searchOnRows = !search.isEmpty() && !search.isTextSearch();
    const bool visitRows = searchOnRows || m_filter.looksAtRowDetails();
    for (std::size_t row = 0; row < count; ++row) {
        if (keep[row] == 0) {
            continue;
        }
        const int sourceRow = static_cast<int>(row);
        bool accepted = m_filter.acceptsKind(keys.channel(row), keys.status(row)) &&
                        (!urgencyMatters || m_filter.acceptsUrgency(m_source->urgencyAt(sourceRow, now)));
        if (accepted && visitRows) {
            const InboxRow& data = m_source->rowAt(sourceRow);
            accepted = m_filter.acceptsRowDetails(data, me) && (!searchOnRows || search.matches(data));
        }
        keep[row] = accepted ? 1 : 0;
    }
    rows.reserve(count);
    for (const int row : sortedSourceRows()) {
        if (keep[static_cast<std::size_t>(row)] != 0) {
            rows.push_back(row);
        }
    }
    return rows;
}

const std::vector<int>& InboxFilterProxyModel::sortedSourceRows() const {
    if (!m_sortedValid) {
        sortAllSourceRows();
        m_sortedValid = true;
    }
    return m_sortedRows;
}

void InboxFilterProxyModel::sortAllSourceRows() const {
    const InboxSortKeys& keys = m_source->sortKeys();
    const std::size_t count = keys.size();
    // Pinned rows lead in either direction, and the order is total (the id settles the last tie): so each
    // block is sorted ascending and a descending sort is each block reversed.
    const std::vector<ContactOffer::State>& offers = keys.offerStates();
    m_pinnedCount =
        static_cast<std::size_t>(std::count(offers.begin(), offers.end(), ContactOffer::State::ToMe));
    m_sortedRows.resize(count);
    const auto column = static_cast<InboxModel::Column>(m_sortColumn);
    const bool numeric = column == InboxModel::ChannelColumn || column == InboxModel::ReceivedColumn ||
                         column == InboxModel::DeadlineColumn || column == InboxModel::StatusColumn;
    if (numeric) {
        // The numeric columns sort on keys copied out of the model's key columns into one array; only ties
        // on every number (ids sharing their first four characters) look at the rows.
        struct Key {
            qint64 primary;
            qint64 due;
            quint64 idPrefix;
            int row;
        };
        std::vector<Key> sorted(count);
        const std::vector<qint64>& due = keys.dueMs();
        const std::vector<quint64>& idPrefix = keys.idPrefixes();
        const auto primaryOf = [&keys, column](std::size_t row) -> qint64 {
            switch (column) {
            case InboxModel::ChannelColumn:
                return static_cast<qint64>(keys.channel(row));
            case InboxModel::StatusColumn:
                return static_cast<qint64>(keys.status(row));
            case InboxModel::ReceivedColumn:
                return keys.receivedMs()[row];
            default:
                return 0; // the deadline is the next key anyway
            }
        };
        std::size_t nextPinned = 0;
        std::size_t nextOther = m_pinnedCount;
        for (std::size_t row = 0; row < count; ++row) {
            const std::size_t at = offers[row] == ContactOffer::State::ToMe ? nextPinned++ : nextOther++;
            sorted[at] = {primaryOf(row), due[row], idPrefix[row], static_cast<int>(row)};
        }
        const auto ascending = [this](const Key& a, const Key& b) {
            if (a.primary != b.primary) {
                return a.primary < b.primary;
            }
            if (a.due != b.due) {
                return a.due < b.due;
            }
            if (a.idPrefix != b.idPrefix) {
                return a.idPrefix < b.idPrefix;
            }
            return m_source->rowAt(a.row).id.compare(m_source->rowAt(b.row).id) < 0;
        };
        const auto middle = sorted.begin() + static_cast<std::ptrdiff_t>(m_pinnedCount);
        std::sort(sorted.begin(), middle, ascending);
        std::sort(middle, sorted.end(), ascending);
        for (std::size_t i = 0; i < count; ++i) {
            m_sortedRows[i] = sorted[i].row;
        }
    } else {
        std::size_t nextPinned = 0;
        std::size_t nextOther = m_pinnedCount;
        for (std::size_t row = 0; row < count; ++row) {
            m_sortedRows[offers[row] == ContactOffer::State::ToMe ? nextPinned++ : nextOther++] =
                static_cast<int>(row);
        }
        const auto ascending = [this](int a, int b) { return compareAscending(a, b) < 0; };
        const auto middle = m_sortedRows.begin() + static_cast<std::ptrdiff_t>(m_pinnedCount);
        std::sort(m_sortedRows.begin(), middle, ascending);
        std::sort(middle, m_sortedRows.end(), ascending);
    }
    if (m_sortOrder == Qt::DescendingOrder) {
        reverseSortedRows();
    }
}

void InboxFilterProxyModel::reverseSortedRows() const {
    const auto middle = m_sortedRows.begin() + static_cast<std::ptrdiff_t>(m_pinnedCount);
    std::reverse(m_sortedRows.begin(), middle);
    std::reverse(middle, m_sortedRows.end());
}

void InboxFilterProxyModel::invalidateSourceCaches() {
    m_sortedValid = false;
    m_searchIndex.invalidate();
}

int InboxFilterProxyModel::insertionPoint(int sourceRow) const {
    const auto it = std::upper_bound(m_proxyToSource.begin(), m_proxyToSource.end(), sourceRow,
                                     [this](int value, int element) { return lessThan(value, element); });
    return static_cast<int>(it - m_proxyToSource.begin());
}

void InboxFilterProxyModel::rebuildSourceToProxy() {
    m_sourceToProxy.assign(m_source != nullptr ? static_cast<std::size_t>(m_source->rowCount()) : 0U, -1);
    for (std::size_t proxyRow = 0; proxyRow < m_proxyToSource.size(); ++proxyRow) {
        m_sourceToProxy[static_cast<std::size_t>(m_proxyToSource[proxyRow])] = static_cast<int>(proxyRow);
    }
}

void InboxFilterProxyModel::relayout() {
    if (m_source == nullptr) {
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> persistentSourceRows;
    persistentSourceRows.reserve(static_cast<std::size_t>(persistent.size()));
    for (const QModelIndex& index : persistent) {
        persistentSourceRows.push_back(m_proxyToSource[static_cast<std::size_t>(index.row())]);
    }

    m_proxyToSource = filteredAndSorted();
    rebuildSourceToProxy();

    QModelIndexList updated;
    updated.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int proxyRow =
            m_sourceToProxy[static_cast<std::size_t>(persistentSourceRows[static_cast<std::size_t>(i)])];
        updated << (proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, persistent[i].column()));
    }
    changePersistentIndexList(persistent, updated);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void InboxFilterProxyModel::onRowsInserted(const QModelIndex& parent, int first, int last) {
    if (parent.isValid()) {
        return;
    }
    invalidateSourceCaches();
    const int count = last - first + 1;
    for (int& sourceRow : m_proxyToSource) {
        if (sourceRow >= first) {
            sourceRow += count;
        }
    }
    rebuildSourceToProxy();

    const qint64 now = m_source->nowMs();
    std::vector<int> accepted;
    for (int row = first; row <= last; ++row) {
        if (accepts(row, now)) {
            accepted.push_back(row);
        }
    }
    if (accepted.empty()) {
        return;
    }
    std::sort(accepted.begin(), accepted.end(), [this](int a, int b) { return lessThan(a, b); });

    // Keyset pages arrive in deadline order: with the default sort they all belong after the current last
    // row.
    if (m_proxyToSource.empty() || !lessThan(accepted.front(), m_proxyToSource.back())) {
        const int at = rowCount();
        beginInsertRows({}, at, at + static_cast<int>(accepted.size()) - 1);
        m_proxyToSource.insert(m_proxyToSource.end(), accepted.begin(), accepted.end());
        rebuildSourceToProxy();
        endInsertRows();
        return;
    }
    if (accepted.size() > SingleInsertLimit) {
        relayout();
        return;
    }
    for (const int row : accepted) {
        const int at = insertionPoint(row);
        beginInsertRows({}, at, at);
        m_proxyToSource.insert(m_proxyToSource.begin() + at, row);
        rebuildSourceToProxy();
        endInsertRows();
    }
}

void InboxFilterProxyModel::onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last) {
    if (parent.isValid()) {
        return;
    }
    std::vector<int> doomed;
    for (int row = first; row <= last; ++row) {
        const int proxyRow = m_sourceToProxy[static_cast<std::size_t>(row)];
        if (proxyRow >= 0) {
            doomed.push_back(proxyRow);
        }
    }
    std::sort(doomed.begin(), doomed.end(), std::greater<>());
    for (const int proxyRow : doomed) {
        beginRemoveRows({}, proxyRow, proxyRow);
        m_proxyToSource.erase(m_proxyToSource.begin() + proxyRow);
        endRemoveRows();
    }
}

void InboxFilterProxyModel::onRowsRemoved(const QModelIndex& parent, int first, int last) {
    if (parent.isValid()) {
        return;
    }
    invalidateSourceCaches();
    const int count = last - first + 1;
    for (int& sourceRow : m_proxyToSource) {
        if (sourceRow > last) {
            sourceRow -= count;
        }
    }
    rebuildSourceToProxy();
}

void InboxFilterProxyModel::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                          const QList<int>& roles) {
    if (!topLeft.isValid()) {
        return;
    }
    // A countdown refresh changes nothing the filter or the order looks at unless the filter is on urgency.
    const bool onlyCountdown = !roles.isEmpty() && m_filter.urgency == InboxFilter::UrgencyFilter::Any &&
                               std::all_of(roles.begin(), roles.end(),
                                           [](int role) {
                                               return role == Qt::DisplayRole ||
                                                      role == InboxModel::UrgencyRole ||
                                                      role == InboxModel::MineRole;
                                           }) &&
                               m_filter.scope != InboxFilter::Scope::Mine;
    if (onlyCountdown) {
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()),
                               roles);
        }
        return;
    }

    invalidateSourceCaches(); // the rows' texts or sort keys may have changed
    const qint64 now = m_source->nowMs();
    int changedFirst = -1;
    int changedLast = -1;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int proxyRow = m_sourceToProxy[static_cast<std::size_t>(row)];
        const bool accepted = accepts(row, now);
        if (proxyRow < 0 && accepted) {
            const int at = insertionPoint(row);
            beginInsertRows({}, at, at);
            m_proxyToSource.insert(m_proxyToSource.begin() + at, row);
            rebuildSourceToProxy();
            endInsertRows();
        } else if (proxyRow >= 0 && !accepted) {
            beginRemoveRows({}, proxyRow, proxyRow);
            m_proxyToSource.erase(m_proxyToSource.begin() + proxyRow);
            rebuildSourceToProxy();
            endRemoveRows();
        } else if (proxyRow >= 0) {
            const auto p = static_cast<std::size_t>(proxyRow);
            const bool inPlace = (p == 0 || !lessThan(row, m_proxyToSource[p - 1])) &&
                                 (p + 1 == m_proxyToSource.size() || !lessThan(m_proxyToSource[p + 1], row));
            if (inPlace) {
                changedFirst = changedFirst < 0 ? proxyRow : qMin(changedFirst, proxyRow);
                changedLast = qMax(changedLast, proxyRow);
                continue;
            }
            m_proxyToSource.erase(m_proxyToSource.begin() + proxyRow);
            const int target = insertionPoint(row);
            m_proxyToSource.insert(m_proxyToSource.begin() + proxyRow, row);
            // beginMoveRows counts the destination in pre-move rows: moving down lands before target + 1.
            const int destination = target > proxyRow ? target + 1 : target;
            beginMoveRows({}, proxyRow, proxyRow, {}, destination);
            m_proxyToSource.erase(m_proxyToSource.begin() + proxyRow);
            m_proxyToSource.insert(m_proxyToSource.begin() + target, row);
            rebuildSourceToProxy();
            endMoveRows();
            changedFirst = changedFirst < 0 ? target : qMin(changedFirst, target);
            changedLast = qMax(changedLast, target);
        }
    }
    if (changedFirst >= 0) {
        Q_EMIT dataChanged(index(changedFirst, 0), index(changedLast, columnCount() - 1), roles);
    }
}

void InboxFilterProxyModel::onSourceAboutToBeReset() {
    beginResetModel();
}

void InboxFilterProxyModel::onSourceReset() {
    invalidateSourceCaches();
    m_proxyToSource = filteredAndSorted();
    rebuildSourceToProxy();
    endResetModel();
}

} // namespace vk
