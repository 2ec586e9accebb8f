#include "TeamStatisticsWidget.h"

#include "BarChartWidget.h"
#include "MessageBox.h"
#include "TeamOverviewWidget.h"
#include "TeamReportPrinter.h"
#include "item/InboxModel.h"
#include "region/TeamCsvExport.h"
#include "region/TeamReviewService.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vk {

namespace {

QTableWidget* makeTable(const QString& objectName, const QString& accessibleName, const QStringList& headers,
                        QWidget* parent) {
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setMinimumHeight(160);
    return table;
}

QTableWidgetItem* cell(const QString& text, bool number = false) {
    auto* item = new QTableWidgetItem(text);
    if (number) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

bool english() {
    return QLocale().language() != QLocale::Swedish;
}

} // namespace

TeamStatisticsWidget::TeamStatisticsWidget(TeamReviewService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_show(new QPushButton(tr("Show"), this))
    , m_csv(new QPushButton(tr("Export CSV…"), this))
    , m_pdf(new QPushButton(tr("PDF report…"), this))
    , m_identity(new QCheckBox(tr("Include patient identity (logged as access)"), this))
    , m_status(new QLabel(this))
    , m_codes(makeTable(QStringLiteral("statsCodeTable"), tr("Eftermärkning per unit, channel and code"),
                        {tr("Unit"), tr("Channel"), tr("Code"), tr("Contacts"), tr("Share of unit")}, this))
    , m_handled(makeTable(QStringLiteral("statsHandledTable"), tr("Handled per staff member"),
                          {tr("Staff member"), tr("Completed"), tr("Closed otherwise")}, this))
    , m_codeChart(new BarChartWidget(this))
    , m_trendChart(new BarChartWidget(this)) {
    setObjectName(QStringLiteral("teamStatistics"));
    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("statsFrom"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_from->setDate(today.addDays(1 - today.day()));
    m_to->setObjectName(QStringLiteral("statsTo"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_to->setDate(today);
    m_show->setObjectName(QStringLiteral("statsShow"));
    m_csv->setObjectName(QStringLiteral("statsExportCsv"));
    m_csv->setToolTip(tr("One row per contact that arrived in the period, for regional follow-up"));
    m_pdf->setObjectName(QStringLiteral("statsExportPdf"));
    m_identity->setObjectName(QStringLiteral("statsIncludeIdentity"));
    m_identity->setToolTip(
        tr("Adds personnummer and names to the CSV. Every exported contact is logged as an "
           "access in your name."));
    m_status->setObjectName(QStringLiteral("statsStatus"));
    m_status->setWordWrap(true);
    m_codeChart->setObjectName(QStringLiteral("statsCodeChart"));
    m_codeChart->setAccessibleName(tr("Completed contacts per eftermärkning code"));
    m_codeChart->setEmptyText(tr("No completed contacts in the period."));
    m_trendChart->setObjectName(QStringLiteral("statsTrendChart"));
    m_trendChart->setAccessibleName(tr("Same-day contact per day"));
    m_trendChart->setEmptyText(tr("No phone contacts were due in the period."));

    auto* picker = new QHBoxLayout;
    picker->addWidget(new QLabel(tr("From"), this));
    picker->addWidget(m_from);
    picker->addWidget(new QLabel(tr("to"), this));
    picker->addWidget(m_to);
    picker->addWidget(m_show);
    picker->addStretch(1);
    picker->addWidget(m_identity);
    picker->addWidget(m_csv);
    picker->addWidget(m_pdf);

    auto* content = new QWidget(this);
    auto* body = new QVBoxLayout(content);
    body->addWidget(heading(tr("Same-day contact per day (phone)"), content));
    body->addWidget(m_trendChart);
    body->addWidget(heading(tr("Eftermärkning"), content));
    body->addWidget(m_codeChart);
    body->addWidget(m_codes);
    body->addWidget(heading(tr("Handled per staff member"), content));
    body->addWidget(m_handled);
    body->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(picker);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    m_savePath = [this](const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(this, tr("Save export"), suggested, filter);
    };
    connect(m_show, &QPushButton::clicked, this, &TeamStatisticsWidget::load);
    connect(m_csv, &QPushButton::clicked, this, &TeamStatisticsWidget::exportCsv);
    connect(m_pdf, &QPushButton::clicked, this, &TeamStatisticsWidget::exportPdf);
    connect(m_service, &TeamReviewService::statisticsReady, this, &TeamStatisticsWidget::showStatistics);
    connect(m_service, &TeamReviewService::statisticsFailed, this, [this](const Error& error) {
        setBusy(false, tr("The statistics could not be computed: %1").arg(error.message));
    });
    connect(m_service, &TeamReviewService::exportReady, this, &TeamStatisticsWidget::writeCsv);
    connect(m_service, &TeamReviewService::exportFailed, this, [this](const Error& error) {
        m_pendingCsvPath.clear();
        const QString message = tr("The export could not be made: %1").arg(error.message);
        setBusy(false, message);
        Q_EMIT exportFinished(false, message);
    });
    m_pdf->setEnabled(false);
}

void TeamStatisticsWidget::setSavePathChooser(SavePathChooser chooser) {
    m_savePath = std::move(chooser);
}

void TeamStatisticsWidget::setBusy(bool busy, const QString& text) {
    m_show->setEnabled(!busy);
    m_csv->setEnabled(!busy);
    m_status->setText(text);
}

void TeamStatisticsWidget::showPeriod(const QDate& from, const QDate& to) {
    m_from->setDate(from);
    m_to->setDate(to);
    load();
}

void TeamStatisticsWidget::load() {
    if (m_to->date() < m_from->date()) {
        m_status->setText(tr("The period ends before it starts. Choose the dates again."));
        return;
    }
    setBusy(true, tr("Computing the statistics in the region store…"));
    m_service->loadStatistics(m_from->date(), m_to->date());
}

void TeamStatisticsWidget::showStatistics(const TeamStatistics& statistics) {
    m_statistics = statistics;
    const QLocale locale;
    const bool en = english();
    QMap<QString, qint64> unitTotals;
    for (const CodeCountRow& row : statistics.codes) {
        unitTotals[row.unitName] += row.contacts;
    }
    m_codes->setRowCount(int(statistics.codes.size()));
    QList<QString> codeOrder;
    QMap<QString, qint64> codeTotals;
    QMap<QString, QString> codeLabels;
    for (int r = 0; r < statistics.codes.size(); ++r) {
        const CodeCountRow& row = statistics.codes.at(r);
        const std::optional<Channel> channel = channelFromStorage(row.channel);
        const qint64 unitTotal = unitTotals.value(row.unitName);
        m_codes->setItem(r, 0, cell(row.unitName));
        m_codes->setItem(r, 1, cell(channel ? InboxModel::channelText(*channel) : row.channel));
        m_codes->setItem(r, 2, cell(QStringLiteral("%1 %2").arg(row.code, en ? row.labelEn : row.labelSv)));
        m_codes->setItem(r, 3, cell(locale.toString(row.contacts), true));
        m_codes->setItem(r, 4,
                         cell(unitTotal > 0 ? QStringLiteral("%1 %").arg(locale.toString(
                                                  100.0 * double(row.contacts) / double(unitTotal), 'f', 1))
                                            : QString(),
                              true));
        if (!codeTotals.contains(row.code)) {
            codeOrder.append(row.code);
            codeLabels.insert(row.code, en ? row.labelEn : row.labelSv);
        }
        codeTotals[row.code] += row.contacts;
    }
    m_codes->resizeColumnsToContents();
    QList<BarChartWidget::Bar> codeBars;
    for (const QString& code : codeOrder) {
        codeBars.append({QStringLiteral("%1 %2").arg(code, codeLabels.value(code)),
                         double(codeTotals.value(code)), locale.toString(codeTotals.value(code))});
    }
    std::stable_sort(
        codeBars.begin(), codeBars.end(),
        [](const BarChartWidget::Bar& a, const BarChartWidget::Bar& b) { return a.value > b.value; });
    m_codeChart->setBars(codeBars);

    // Per day over every led unit: the same-day share of the phone contacts decided that day.
    QMap<QDate, std::pair<qint64, qint64>> days;
    for (const DailyFiguresRow& row : statistics.daily) {
        auto& [met, decided] = days[row.day];
        met += row.phoneMet;
        decided += row.phoneMet + row.phoneEarly + row.phoneMissed;
    }
    QList<BarChartWidget::Bar> trendBars;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        const auto [met, decided] = it.value();
        if (decided == 0) {
            continue;
        }
        const double percent = 100.0 * double(met) / double(decided);
        trendBars.append({locale.toString(it.key(), QStringLiteral("ddd d MMM")), percent,
                          tr("%1 % (%2 of %3)").arg(qRound(percent)).arg(met).arg(decided)});
    }
    m_trendChart->setBars(trendBars, 100.0);

    m_handled->setRowCount(int(statistics.handled.size()));
    for (int r = 0; r < statistics.handled.size(); ++r) {
        const HandledRow& row = statistics.handled.at(r);
        m_handled->setItem(r, 0, cell(row.name));
        m_handled->setItem(r, 1, cell(locale.toString(row.completed), true));
        m_handled->setItem(r, 2, cell(locale.toString(row.closedOther), true));
    }
    m_handled->resizeColumnsToContents();
    m_pdf->setEnabled(true);
    qint64 completed = 0;
    for (const HandledRow& row : statistics.handled) {
        completed += row.completed;
    }
    setBusy(false, tr("%1 – %2: %n contact(s) completed.", nullptr, int(completed))
                       .arg(locale.toString(statistics.from, QLocale::ShortFormat),
                            locale.toString(statistics.to, QLocale::ShortFormat)));
    Q_EMIT statisticsShown();
}

void TeamStatisticsWidget::exportCsv() {
    const bool withIdentity = m_identity->isChecked();
    if (withIdentity &&
        MessageBox::question(
            this, tr("Export with patient identity"),
            tr("The file will contain personnummer and names. Every exported contact is logged "
               "as an access in your name. Export with identity?")) != MessageBox::Button::Yes) {
        return;
    }
    const QString suggested =
        QStringLiteral("vardinkorg-%1-%2.csv")
            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    const QString path = m_savePath(suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    m_pendingCsvPath = path;
    setBusy(true, tr("Exporting from the region store…"));
    m_service->exportContacts(m_from->date(), m_to->date(), withIdentity);
}

void TeamStatisticsWidget::writeCsv(const QList<ExportRow>& rows, bool withIdentity) {
    const QString path = m_pendingCsvPath;
    m_pendingCsvPath.clear();
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    const bool written =
        file.open(QIODevice::WriteOnly) && TeamCsvExport::write(file, rows, withIdentity) && file.commit();
    const QString message =
        written
            ? (withIdentity ? tr("%n contact(s) exported with patient identity to %1; the export is logged.",
                                 nullptr, int(rows.size()))
                                  .arg(path)
                            : tr("%n contact(s) exported to %1.", nullptr, int(rows.size())).arg(path))
            : tr("The file %1 could not be written.").arg(path);
    setBusy(false, message);
    Q_EMIT exportFinished(written, message);
}

void TeamStatisticsWidget::exportPdf() {
    if (!m_statistics.from.isValid()) {
        return;
    }
    const QString suggested =
        QStringLiteral("vardinkorg-rapport-%1-%2.pdf")
            .arg(m_statistics.from.toString(Qt::ISODate), m_statistics.to.toString(Qt::ISODate));
    const QString path = m_savePath(suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const Status printed = TeamReportPrinter::printPdf(m_statistics, english(), m_codeChart->render(900),
                                                       m_trendChart->render(900), path);
    const QString message = printed ? tr("The report was saved to %1.").arg(path) : printed.error().message;
    m_status->setText(message);
    Q_EMIT exportFinished(printed.ok(), message);
}

} // namespace vk
