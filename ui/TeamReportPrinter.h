#pragma once

#include "domain/Result.h"
#include "region/TeamFigures.h"

#include <QCoreApplication>
#include <QImage>

namespace vk {

/// The PDF report of a period for the team lead: figures per day, the eftermärkning distribution with its
/// chart, and handled per staff member. Printed with Qt's own PDF printer (QtPrintSupport lives in ui/ only).
class TeamReportPrinter {
    Q_DECLARE_TR_FUNCTIONS(TeamReportPrinter)
public:
    /// The report as HTML (also what the PDF is printed from). `english` picks the code labels.
    [[nodiscard]] static QString html(const TeamStatistics& statistics, bool english);
    /// Writes the PDF to `path`; the chart images go in under their sections.
    [[nodiscard]] static Status printPdf(const TeamStatistics& statistics, bool english,
                                         const QImage& codeChart, const QImage& trendChart,
                                         const QString& path);
};

} // namespace vk
