#include "TeamOverviewWidget.h"

#include "item/InboxModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vk {

namespace {

// These tables are as high as their rows (a few dozen at most), plus the horizontal scroll bar when the
// columns are wider than the page: without it the scroll bar would cover the last row.
void fitHeight(QTableWidget* table) {
    const int rows = table->rowCount();
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int r = 0; r < rows; ++r) {
        height += table->rowHeight(r);
    }
    if (table->horizontalScrollBar()->maximum() > 0) {
        height += table->horizontalScrollBar()->sizeHint().height();
    }
    table->setFixedHeight(std::min(height, 320));
}

QTableWidget* makeTable(const QString& objectName, const QString& accessibleName, const QStringList& headers,
                        QWidget* parent) {
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    // The scroll bar comes and goes with the page's width, after the rows were fitted.
    QObject::connect(table->horizontalScrollBar(), &QScrollBar::rangeChanged, table,
                     [table] { fitHeight(table); });
    return table;
}

QTableWidgetItem* cell(const QString& text, bool number = false) {
    auto* item = new QTableWidgetItem(text);
    if (number) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

QTableWidgetItem* count(qint64 value) {
    return cell(QLocale().toString(value), true);
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString channelWords(const QString& storage) {
    const std::optional<Channel> channel = channelFromStorage(storage);
    return channel ? InboxModel::channelText(*channel) : storage;
}

void fit(QTableWidget* table) {
    table->resizeColumnsToContents();
    fitHeight(table);
}

} // namespace

TeamOverviewWidget::TeamOverviewWidget(QWidget* parent)
    : QWidget(parent)
    , m_source(new QLabel(this))
    , m_queues(makeTable(QStringLiteral("teamQueueTable"), tr("Open contacts per unit and channel"),
                         {tr("Unit"), tr("Channel"), tr("Waiting"), tr("Unassigned"), tr("At risk"),
                          tr("Overdue"), tr("Oldest waiting since"), tr("Stale claims")},
                         this))
    , m_today(makeTable(QStringLiteral("teamTodayTable"), tr("Today's vårdgaranti figures per unit"),
                        {tr("Unit"), tr("Same-day contact (phone)"), tr("Called too early"),
                         tr("Still due today"), tr("1177 answered within target"),
                         tr("Medical assessment within 3 days"), tr("Callers turned away")},
                        this))
    , m_staff(makeTable(
          QStringLiteral("teamStaffTable"), tr("Load per staff member"),
          {tr("Staff member"), tr("Holding now"), tr("Completed today"), tr("Median handling time")}, this)) {
    m_source->setObjectName(QStringLiteral("teamSourceLabel"));
    m_source->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_source);
    layout->addWidget(heading(tr("Queues"), this));
    layout->addWidget(m_queues);
    layout->addWidget(heading(tr("Today"), this));
    layout->addWidget(m_today);
    layout->addWidget(heading(tr("Staff"), this));
    layout->addWidget(m_staff);
    clear();
}

QString TeamOverviewWidget::share(qint64 met, qint64 total) {
    if (total <= 0) {
        return QStringLiteral("–");
    }
    const int percent = int(std::lround(100.0 * double(met) / double(total)));
    return tr("%1 of %2 (%3 %)").arg(QLocale().toString(met), QLocale().toString(total)).arg(percent);
}

QString TeamOverviewWidget::duration(qint64 seconds) {
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60) {
        return tr("%n min", nullptr, int(minutes));
    }
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

void TeamOverviewWidget::clear() {
    m_queues->setRowCount(0);
    m_today->setRowCount(0);
    m_staff->setRowCount(0);
    m_takenAt = {};
    m_live = false;
    m_problem.clear();
    m_source->setText(tr("No figures yet: they come from the region store once the desk is online."));
}

void TeamOverviewWidget::setOverview(const TeamOverview& overview, bool live) {
    m_takenAt = overview.takenAt;
    m_live = live;
    if (live) {
        m_problem.clear();
    }
    const QLocale locale;
    m_queues->setRowCount(int(overview.queues.size()));
    for (int r = 0; r < overview.queues.size(); ++r) {
        const QueueOverviewRow& row = overview.queues.at(r);
        m_queues->setItem(r, 0, cell(row.unitName));
        m_queues->setItem(r, 1, cell(channelWords(row.channel)));
        m_queues->setItem(r, 2, count(row.waiting));
        m_queues->setItem(r, 3, count(row.unassigned));
        m_queues->setItem(r, 4, count(row.atRisk));
        m_queues->setItem(r, 5, count(row.overdue));
        m_queues->setItem(r, 6,
                          cell(row.oldestReceived.isValid()
                                   ? locale.toString(row.oldestReceived.toLocalTime(), QLocale::ShortFormat)
                                   : QStringLiteral("–")));
        m_queues->setItem(r, 7, count(row.staleClaims));
    }
    m_today->setRowCount(int(overview.today.size()));
    for (int r = 0; r < overview.today.size(); ++r) {
        const DailyFiguresRow& row = overview.today.at(r);
        const qint64 decided = row.phoneMet + row.phoneEarly + row.phoneMissed;
        m_today->setItem(r, 0, cell(row.unitName));
        m_today->setItem(r, 1, cell(share(row.phoneMet, decided), true));
        m_today->setItem(r, 2, count(row.phoneEarly));
        m_today->setItem(r, 3, count(row.phonePending));
        m_today->setItem(r, 4, cell(share(row.eserviceMet, row.eserviceMet + row.eserviceMissed), true));
        m_today->setItem(r, 5, cell(share(row.assessmentMet, row.assessmentTotal), true));
        m_today->setItem(r, 6, count(row.turnedAway));
    }
    m_staff->setRowCount(int(overview.staff.size()));
    for (int r = 0; r < overview.staff.size(); ++r) {
        const StaffLoadRow& row = overview.staff.at(r);
        m_staff->setItem(r, 0, cell(row.name));
        m_staff->setItem(r, 1, count(row.holding));
        m_staff->setItem(r, 2, count(row.completedToday));
        m_staff->setItem(r, 3,
                         cell(row.medianHandlingSeconds ? duration(qint64(*row.medianHandlingSeconds))
                                                        : QStringLiteral("–"),
                              true));
    }
    fit(m_queues);
    fit(m_today);
    fit(m_staff);
    showSource();
}

void TeamOverviewWidget::setProblem(const QString& message) {
    m_problem = message;
    m_live = false;
    showSource();
}

void TeamOverviewWidget::showSource() {
    if (!m_takenAt.isValid()) {
        m_source->setText(m_problem.isEmpty()
                              ? tr("No figures yet: they come from the region store once the desk is online.")
                              : tr("No figures yet. %1").arg(m_problem));
        return;
    }
    const QString at = QLocale().toString(m_takenAt.toLocalTime(), QLocale::ShortFormat);
    if (m_live) {
        m_source->setText(tr("Live figures from the region store, %1.").arg(at));
    } else if (m_problem.isEmpty()) {
        m_source->setText(tr("Based on data as of %1 (kept on this desk).").arg(at));
    } else {
        m_source->setText(tr("Based on data as of %1 (kept on this desk). %2").arg(at, m_problem));
    }
}

} // namespace vk
