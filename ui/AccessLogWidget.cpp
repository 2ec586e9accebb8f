#include "AccessLogWidget.h"

#include "item/AccessLogCsv.h"
#include "item/AccessLogModel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace vk {

AccessLogWidget::AccessLogWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new AccessLogModel(this))
    , m_fetch(new QPushButton(tr("Read access log"), this))
    , m_export(new QPushButton(tr("Export as CSV…"), this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this)) {
    setObjectName(QStringLiteral("accessLogWidget"));
    m_fetch->setObjectName(QStringLiteral("accessLogFetch"));
    m_export->setObjectName(QStringLiteral("accessLogExport"));
    m_message->setObjectName(QStringLiteral("accessLogMessage"));
    m_message->setWordWrap(true);
    m_message->setText(tr("Who has read this patient's data, from your units: read from the region store "
                          "when you ask for it (the log is not kept on the desk)."));
    m_table->setObjectName(QStringLiteral("accessLogTable"));
    m_table->setAccessibleName(tr("Access log"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AccessLogModel::TimeColumn, 150);
    m_table->setColumnWidth(AccessLogModel::UserColumn, 160);
    m_table->setColumnWidth(AccessLogModel::UnitColumn, 200);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_fetch);
    bar->addWidget(m_export);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_fetch, &QPushButton::clicked, this, &AccessLogWidget::fetch);
    connect(m_export, &QPushButton::clicked, this, &AccessLogWidget::exportWithDialog);
    updateButtons();
}

void AccessLogWidget::setFetchFactory(FetchFactory factory) {
    m_factory = std::move(factory);
    updateButtons();
}

void AccessLogWidget::setPatient(const QString& patientId, ExportLogger logExport) {
    if (patientId == m_patientId) {
        m_logExport = std::move(logExport);
        return;
    }
    clear();
    m_patientId = patientId;
    m_logExport = std::move(logExport);
    updateButtons();
}

void AccessLogWidget::clear() {
    ++m_generation; // a fetch still running answers for a patient no longer shown: dropped
    m_fetching = false;
    m_patientId.clear();
    m_logExport = nullptr;
    m_model->setEntries({});
    m_message->clear();
    updateButtons();
}

QString AccessLogWidget::messageText() const {
    return m_message->text();
}

void AccessLogWidget::fetch() {
    if (m_patientId.isEmpty() || !m_factory || m_fetching) {
        return;
    }
    Fetch work = m_factory(m_patientId);
    if (!work) {
        m_message->setText(tr("The desk has no connection settings for the region store."));
        return;
    }
    m_fetching = true;
    const quint64 generation = ++m_generation;
    m_message->setText(tr("Reading the access log from the region store…"));
    updateButtons();
    // The network may take seconds (or the connect timeout when offline): a worker thread keeps the window
    // responsive. The worker touches nothing but its own copy of the settings and the shared result; the
    // answer is shown when the thread has finished, on this widget's thread (and dropped if it is gone).
    auto result = std::make_shared<std::optional<Result<std::vector<AccessLogEntry>>>>();
    QThread* worker = QThread::create([work = std::move(work), result] { result->emplace(work()); });
    connect(worker, &QThread::finished, this, [this, generation, result] {
        if (result->has_value()) {
            showResult(generation, **result);
        }
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void AccessLogWidget::showResult(quint64 generation, const Result<std::vector<AccessLogEntry>>& result) {
    if (generation != m_generation) {
        return;
    }
    m_fetching = false;
    if (result.ok()) {
        m_model->setEntries(result.value());
        m_message->setText(tr("%n access(es) logged at your units, newest first.", nullptr,
                              static_cast<int>(result.value().size())));
    } else {
        m_message->setText(result.error().message);
    }
    updateButtons();
    Q_EMIT fetchFinished(result.ok());
}

Status AccessLogWidget::exportTo(const QString& path) {
    if (m_patientId.isEmpty() || !m_logExport) {
        return Error{QStringLiteral("access_log.no_patient"), tr("Open a patient first.")};
    }
    // PDL: the export is an access of its own, logged before anything leaves the desk.
    if (Status logged = m_logExport(); !logged) {
        return Error{logged.error().code,
                     tr("The access log was not exported because the export could not be logged: %1")
                         .arg(logged.error().message)};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(AccessLogCsv::format(m_model->entries())) < 0 ||
        !file.commit()) {
        return Error{QStringLiteral("access_log.write_failed"),
                     tr("The file could not be written (%1).").arg(file.errorString())};
    }
    return Done{};
}

void AccessLogWidget::exportWithDialog() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export access log"), tr("access-log.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const Status exported = exportTo(path);
    m_message->setText(exported ? tr("Exported %n access(es). The export is logged.", nullptr,
                                     static_cast<int>(m_model->entries().size()))
                                : exported.error().message);
}

void AccessLogWidget::updateButtons() {
    m_fetch->setEnabled(!m_patientId.isEmpty() && m_factory != nullptr && !m_fetching);
    m_export->setEnabled(!m_patientId.isEmpty() && !m_fetching && !m_model->entries().empty());
}

} // namespace vk
