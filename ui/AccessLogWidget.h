#pragma once

#include "domain/Result.h"
#include "region/AccessLogEntry.h"

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QTableView;

namespace vk {

class AccessLogModel;

/// The team lead's access-log extract for one patient (a patient may ask who read their data): who, from
/// which unit, when, doing what — read from the region store on a worker thread (the log is not cached), and
/// exportable as CSV. The export is itself logged before the file is written.
class AccessLogWidget : public QWidget {
    Q_OBJECT
public:
    /// Reads the extract. Runs on a worker thread: it must not touch widgets or the cache.
    using Fetch = std::function<Result<std::vector<AccessLogEntry>>()>;
    /// Makes the fetch for a patient on the UI thread (it copies what it needs: connection settings).
    using FetchFactory = std::function<Fetch(const QString& patientId)>;
    /// Logs the export of the patient's extract (through the outbox); an error stops the export.
    using ExportLogger = std::function<Status()>;

    explicit AccessLogWidget(QWidget* parent = nullptr);

    void setFetchFactory(FetchFactory factory);
    /// The patient whose log is shown; forgets the previous patient's rows.
    void setPatient(const QString& patientId, ExportLogger logExport);
    void clear();

    /// Starts reading the extract (the button).
    void fetch();
    /// Logs the export, then writes the shown extract to `path` as CSV.
    Status exportTo(const QString& path);

    [[nodiscard]] AccessLogModel* model() const { return m_model; }
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] bool isFetching() const { return m_fetching; }

Q_SIGNALS:
    /// A fetch ended (rows shown, or the reason in words).
    void fetchFinished(bool ok);

private:
    void showResult(quint64 generation, const Result<std::vector<AccessLogEntry>>& result);
    void exportWithDialog();
    void updateButtons();

    FetchFactory m_factory;
    ExportLogger m_logExport;
    QString m_patientId;
    quint64 m_generation = 0;
    bool m_fetching = false;
    AccessLogModel* m_model = nullptr;
    QPushButton* m_fetch = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace vk
