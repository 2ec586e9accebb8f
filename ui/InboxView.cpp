#include "InboxView.h"

#include "InboxItemDelegate.h"
#include "item/InboxFilterProxyModel.h"
#include "item/InboxModel.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace vk {

namespace {

// Searching re-filters every cached contact; wait for a pause in typing rather than filtering on each key.
constexpr int SearchDebounceMs = 150;

enum class StateChoice { Open, Overdue, AtRisk, Closed, All };

} // namespace

InboxView::InboxView(InboxModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new InboxFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_badge(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this)) {
    setObjectName(QStringLiteral("inboxView"));
    m_proxy->setSourceModel(model);

    m_search->setObjectName(QStringLiteral("inboxSearch"));
    m_search->setPlaceholderText(tr("Search name, personnummer or subject ( / )"));
    m_search->setAccessibleName(tr("Search the inbox"));
    m_search->setClearButtonEnabled(true);

    m_scope->setObjectName(QStringLiteral("inboxScope"));
    m_scope->setAccessibleName(tr("Whose contacts"));
    m_scope->addItem(tr("All"), static_cast<int>(InboxFilter::Scope::All));
    m_scope->addItem(tr("Mine"), static_cast<int>(InboxFilter::Scope::Mine));
    m_scope->addItem(tr("Unassigned"), static_cast<int>(InboxFilter::Scope::Unassigned));
    m_scope->addItem(tr("My patients"), static_cast<int>(InboxFilter::Scope::MyPatients));

    m_channel->setObjectName(QStringLiteral("inboxChannel"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->addItem(tr("All channels"), InboxFilter::AllChannels);
    m_channel->addItem(tr("Callbacks"), InboxFilter::bit(Channel::Callback));
    m_channel->addItem(tr("Voicemails"), InboxFilter::bit(Channel::Voicemail));
    m_channel->addItem(tr("1177 requests"), InboxFilter::bit(Channel::EService));

    m_state->setObjectName(QStringLiteral("inboxState"));
    m_state->setAccessibleName(tr("State"));
    m_state->addItem(tr("Open"), static_cast<int>(StateChoice::Open));
    m_state->addItem(tr("Overdue"), static_cast<int>(StateChoice::Overdue));
    m_state->addItem(tr("At risk or overdue"), static_cast<int>(StateChoice::AtRisk));
    m_state->addItem(tr("Closed"), static_cast<int>(StateChoice::Closed));
    m_state->addItem(tr("All"), static_cast<int>(StateChoice::All));

    m_badge->setObjectName(QStringLiteral("inboxNewBadge"));
    m_badge->setFocusPolicy(Qt::NoFocus);
    m_badge->setVisible(false);
    m_count->setObjectName(QStringLiteral("inboxCount"));

    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new InboxItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InboxModel::DeadlineColumn, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row height: the view then never measures 100k rows (no ResizeToContents on a big view).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int widths[] = {140, 250, 260, 120, 140, 150};
    for (int column = 0; column < 6; ++column) {
        m_table->setColumnWidth(column, widths[column]);
    }
    m_table->installEventFilter(this);
    m_search->installEventFilter(this);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_scope);
    bar->addWidget(m_channel);
    bar->addWidget(m_state);
    bar->addWidget(m_badge);
    bar->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(SearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &InboxView::applyFilter);
    for (QComboBox* combo : {m_scope, m_channel, m_state}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &InboxView::applyFilter);
    }
    connect(m_model, &InboxModel::contactsArrived, this, &InboxView::showArrived);
    connect(m_badge, &QToolButton::clicked, this, [this] {
        m_table->scrollToTop();
        clearBadge();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                Q_EMIT currentContactChanged(current.data(InboxModel::IdRole).toString());
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT contactActivated(index.data(InboxModel::IdRole).toString());
    });
    const auto updateCount = [this] { m_count->setText(tr("%n contact(s)", nullptr, m_proxy->rowCount())); };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateCount);
    updateCount();
    applyFilter();
}

QString InboxView::currentContactId() const {
    return m_table->currentIndex().data(InboxModel::IdRole).toString();
}

bool InboxView::selectContact(const QString& id) {
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0) {
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        return false;
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

bool InboxView::selectNext() {
    const int next = m_table->currentIndex().row() + 1;
    if (next >= m_proxy->rowCount()) {
        return false;
    }
    m_table->setCurrentIndex(m_proxy->index(next, 0));
    return true;
}

QString InboxView::contactAfter(const QString& id) const {
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0) {
        return {};
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid() || index.row() + 1 >= m_proxy->rowCount()) {
        return {};
    }
    return m_proxy->index(index.row() + 1, 0).data(InboxModel::IdRole).toString();
}

void InboxView::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InboxView::setScope(InboxFilter::Scope scope) {
    const int index = m_scope->findData(static_cast<int>(scope));
    if (index >= 0) {
        m_scope->setCurrentIndex(index);
    }
}

bool InboxView::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search) {
        if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Down || key->key() == Qt::Key_Return) {
            if (key->key() == Qt::Key_Escape) {
                m_search->clear();
            }
            m_table->setFocus(Qt::ShortcutFocusReason);
            if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0) {
                m_table->setCurrentIndex(m_proxy->index(0, 0));
            }
            return true;
        }
        return false;
    }
    if (watched == m_table && key->modifiers() == Qt::NoModifier) {
        const int row = m_table->currentIndex().row();
        switch (key->key()) {
        case Qt::Key_J:
            if (row + 1 < m_proxy->rowCount()) {
                m_table->setCurrentIndex(m_proxy->index(row + 1, 0));
            }
            return true;
        case Qt::Key_K:
            if (row > 0) {
                m_table->setCurrentIndex(m_proxy->index(row - 1, 0));
            }
            return true;
        case Qt::Key_Slash:
            focusSearch();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InboxView::applyFilter() {
    InboxFilter filter;
    filter.scope = static_cast<InboxFilter::Scope>(m_scope->currentData().toInt());
    filter.channels = static_cast<quint8>(m_channel->currentData().toUInt());
    switch (static_cast<StateChoice>(m_state->currentData().toInt())) {
    case StateChoice::Open:
        break;
    case StateChoice::Overdue:
        filter.urgency = InboxFilter::UrgencyFilter::OverdueOnly;
        break;
    case StateChoice::AtRisk:
        filter.urgency = InboxFilter::UrgencyFilter::AtRiskOrOverdue;
        break;
    case StateChoice::Closed:
        filter.statuses = InboxFilter::AllStatuses & ~InboxFilter::OpenStatuses;
        break;
    case StateChoice::All:
        filter.statuses = InboxFilter::AllStatuses;
        break;
    }
    filter.search = InboxSearch(m_search->text());
    filter.units = m_units;
    m_proxy->setFilter(std::move(filter));
}

void InboxView::setUnits(const QSet<QString>& unitIds) {
    if (unitIds == m_units) {
        return;
    }
    m_units = unitIds;
    applyFilter();
}

void InboxView::setMultiSelection(bool enabled) {
    m_table->setSelectionMode(enabled ? QAbstractItemView::ExtendedSelection
                                      : QAbstractItemView::SingleSelection);
}

QStringList InboxView::selectedContactIds() const {
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    ids.reserve(rows.size());
    for (const QModelIndex& index : rows) {
        ids.append(index.data(InboxModel::IdRole).toString());
    }
    return ids;
}

void InboxView::showArrived(int count) {
    m_newCount += count;
    m_badge->setText(tr("%n new", nullptr, m_newCount));
    m_badge->setVisible(true);
}

void InboxView::clearBadge() {
    m_newCount = 0;
    m_badge->setVisible(false);
}

} // namespace vk
