#pragma once

#include "region/TeamFigures.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace vk {

class BarChartWidget;
class TeamReviewService;

/// The team lead's statistics of a period: eftermärkning distribution per unit, channel and code (table and
/// bar chart), the daily trend of same-day contact, handled per staff member; and the exports (CSV of the
/// period's contacts, PDF report). Every query runs in the region store off the UI thread
/// (TeamReviewService).
class TeamStatisticsWidget : public QWidget {
    Q_OBJECT
public:
    /// Asks where to save an export: (suggested file name, file type filter) → path, empty to cancel.
    using SavePathChooser = std::function<QString(const QString&, const QString&)>;

    explicit TeamStatisticsWidget(TeamReviewService* service, QWidget* parent = nullptr);

    /// Replaces the file dialog (tests, scripted screenshots).
    void setSavePathChooser(SavePathChooser chooser);
    /// Sets the period and asks the store for its statistics.
    void showPeriod(const QDate& from, const QDate& to);
    /// Asks for the statistics of the period in the picker.
    void load();
    void exportCsv();
    void exportPdf();

    [[nodiscard]] const TeamStatistics& statistics() const { return m_statistics; }
    [[nodiscard]] QTableWidget* codeTable() const { return m_codes; }
    [[nodiscard]] QTableWidget* handledTable() const { return m_handled; }
    [[nodiscard]] BarChartWidget* codeChart() const { return m_codeChart; }
    [[nodiscard]] BarChartWidget* trendChart() const { return m_trendChart; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }
    [[nodiscard]] QCheckBox* identityBox() const { return m_identity; }

Q_SIGNALS:
    /// Statistics arrived and are shown.
    void statisticsShown();
    /// An export was written (or failed); `message` is already translated.
    void exportFinished(bool ok, const QString& message);

private:
    void showStatistics(const TeamStatistics& statistics);
    void writeCsv(const QList<ExportRow>& rows, bool withIdentity);
    void setBusy(bool busy, const QString& text);

    TeamReviewService* m_service = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_pdf = nullptr;
    QCheckBox* m_identity = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_codes = nullptr;
    QTableWidget* m_handled = nullptr;
    BarChartWidget* m_codeChart = nullptr;
    BarChartWidget* m_trendChart = nullptr;
    TeamStatistics m_statistics;
    SavePathChooser m_savePath;
    QString m_pendingCsvPath;
};

} // namespace vk
