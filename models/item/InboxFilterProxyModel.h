#pragma once

#include "InboxFilter.h"
#include "InboxSearchIndex.h"

#include <QAbstractProxyModel>

#include <vector>

namespace vk {

class InboxModel;

/// The inbox's one filter/sort proxy. Unlike QSortFilterProxyModel it compares the source's typed rows
/// directly (no QVariant per comparison), so a filter or sort change over 100k contacts stays within a frame
/// budget. Source inserts, updates and removals map to fine-grained proxy signals, so a selection stays on
/// its contact when rows arrive above it.
class InboxFilterProxyModel : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit InboxFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* sourceModel) override;
    [[nodiscard]] InboxModel* inboxModel() const { return m_source; }

    void setFilter(InboxFilter filter);
    [[nodiscard]] const InboxFilter& filter() const { return m_filter; }
    /// Default order: deadline, earliest first.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// Re-evaluates every row: call when time moved enough to change at-risk/overdue membership.
    void refresh();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] bool accepts(int sourceRow, qint64 nowMs) const;
    /// Every accepted source row, in proxy order.
    [[nodiscard]] std::vector<int> filteredAndSorted() const;
    /// Every source row in the current sort order, kept between filter changes: a filter or search change
    /// then only walks this order instead of sorting what it accepted.
    [[nodiscard]] const std::vector<int>& sortedSourceRows() const;
    /// The source's rows changed (inserted, removed, edited, reset): the cached order and search texts are
    /// stale.
    void invalidateSourceCaches();
    /// Sorts every source row into m_sortedRows (pinned rows first, then the rest, each block in the
    /// current order) and sets m_pinnedCount.
    void sortAllSourceRows() const;
    /// Turns the cached order into the other direction: each block reversed.
    void reverseSortedRows() const;
    [[nodiscard]] bool lessThan(int leftSourceRow, int rightSourceRow) const;
    /// The ascending order of two source rows on the sort column, then the deadline, then the id (a total
    /// order: negative, zero only for the same row, positive). Pinned rows are not its business.
    [[nodiscard]] int compareAscending(int leftSourceRow, int rightSourceRow) const;
    /// Rows kept above every other whatever the sort (a contact offered to the user).
    [[nodiscard]] bool pinned(int sourceRow) const;
    [[nodiscard]] int insertionPoint(int sourceRow) const;
    void rebuildSourceToProxy();
    void relayout();

    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void onRowsRemoved(const QModelIndex& parent, int first, int last);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void onSourceAboutToBeReset();
    void onSourceReset();

    InboxModel* m_source = nullptr;
    InboxFilter m_filter;
    int m_sortColumn = 4; // InboxModel::DeadlineColumn
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_proxyToSource;
    std::vector<int> m_sourceToProxy; ///< -1 for rows the filter hides
    // Caches rebuilt on demand, hence mutable: valid until the source or the sort changes.
    mutable std::vector<int> m_sortedRows;
    mutable std::size_t m_pinnedCount = 0; ///< how many of m_sortedRows, at its front, are pinned
    mutable bool m_sortedValid = false;
    mutable InboxSearchIndex m_searchIndex;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace vk
