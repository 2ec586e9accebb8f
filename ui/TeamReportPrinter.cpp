#include "TeamReportPrinter.h"

#include "TeamOverviewWidget.h"
#include "item/InboxModel.h"

#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

namespace vk {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString channelWords(const QString& storage) {
    const std::optional<Channel> channel = channelFromStorage(storage);
    return channel ? InboxModel::channelText(*channel) : storage;
}

const char* kCodeChart = "vk-chart://codes";
const char* kTrendChart = "vk-chart://trend";

} // namespace

QString TeamReportPrinter::html(const TeamStatistics& s, bool english) {
    const QLocale locale;
    QString out;
    out += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Queue review report")));
    out += QStringLiteral("<p>%1</p>")
               .arg(esc(
                   tr("Period %1 – %2. Figures from the region store; kontakt samma dag counts callbacks and "
                      "voicemails on the day their promise falls due (after closing time, weekends and "
                      "holidays count on the next working day; a booked callback called early is a miss).")
                       .arg(locale.toString(s.from, QLocale::ShortFormat),
                            locale.toString(s.to, QLocale::ShortFormat))));

    qint64 phoneMet = 0;
    qint64 phoneDecided = 0;
    qint64 eserviceMet = 0;
    qint64 eserviceDecided = 0;
    qint64 assessmentMet = 0;
    qint64 assessmentTotal = 0;
    qint64 turnedAway = 0;
    for (const DailyFiguresRow& row : s.daily) {
        phoneMet += row.phoneMet;
        phoneDecided += row.phoneMet + row.phoneEarly + row.phoneMissed;
        eserviceMet += row.eserviceMet;
        eserviceDecided += row.eserviceMet + row.eserviceMissed;
        assessmentMet += row.assessmentMet;
        assessmentTotal += row.assessmentTotal;
        turnedAway += row.turnedAway;
    }
    out += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='4'>")
               .arg(esc(tr("Summary")));
    const auto summaryRow = [&out](const QString& label, const QString& value) {
        out += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>").arg(esc(label), esc(value));
    };
    summaryRow(tr("Same-day contact (phone)"), TeamOverviewWidget::share(phoneMet, phoneDecided));
    summaryRow(tr("1177 answered within target"), TeamOverviewWidget::share(eserviceMet, eserviceDecided));
    summaryRow(tr("Medical assessment within 3 days"),
               TeamOverviewWidget::share(assessmentMet, assessmentTotal));
    summaryRow(tr("Callers turned away"), locale.toString(turnedAway));
    out += QStringLiteral("</table>");

    out += QStringLiteral("<h2>%1</h2><img src='%2'/>")
               .arg(esc(tr("Same-day contact per day")), QLatin1String(kTrendChart));
    out += QStringLiteral(
               "<table border='1' cellspacing='0' cellpadding='4'><tr><th>%1</th><th>%2</th><th>%3</th>"
               "<th>%4</th><th>%5</th></tr>")
               .arg(esc(tr("Day")), esc(tr("Unit")), esc(tr("Same-day contact (phone)")),
                    esc(tr("1177 answered within target")), esc(tr("Callers turned away")));
    for (const DailyFiguresRow& row : s.daily) {
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td align='right'>%4</td>"
                              "<td align='right'>%5</td></tr>")
                   .arg(esc(locale.toString(row.day, QLocale::ShortFormat)), esc(row.unitName),
                        esc(TeamOverviewWidget::share(row.phoneMet,
                                                      row.phoneMet + row.phoneEarly + row.phoneMissed)),
                        esc(TeamOverviewWidget::share(row.eserviceMet, row.eserviceMet + row.eserviceMissed)),
                        esc(locale.toString(row.turnedAway)));
    }
    out += QStringLiteral("</table>");

    out +=
        QStringLiteral("<h2>%1</h2><img src='%2'/>").arg(esc(tr("Eftermärkning")), QLatin1String(kCodeChart));
    out += QStringLiteral(
               "<table border='1' cellspacing='0' cellpadding='4'><tr><th>%1</th><th>%2</th><th>%3</th>"
               "<th>%4</th></tr>")
               .arg(esc(tr("Unit")), esc(tr("Channel")), esc(tr("Code")), esc(tr("Contacts")));
    for (const CodeCountRow& row : s.codes) {
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 %4</td><td align='right'>%5</td></tr>")
                   .arg(esc(row.unitName), esc(channelWords(row.channel)), esc(row.code),
                        esc(english ? row.labelEn : row.labelSv), esc(locale.toString(row.contacts)));
    }
    out += QStringLiteral("</table>");

    out += QStringLiteral(
               "<h2>%1</h2><table border='1' cellspacing='0' cellpadding='4'><tr><th>%2</th><th>%3</th>"
               "<th>%4</th></tr>")
               .arg(esc(tr("Handled per staff member")), esc(tr("Staff member")), esc(tr("Completed")),
                    esc(tr("Closed otherwise")));
    for (const HandledRow& row : s.handled) {
        out += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td></tr>")
                   .arg(esc(row.name), esc(locale.toString(row.completed)),
                        esc(locale.toString(row.closedOther)));
    }
    out += QStringLiteral("</table>");
    return out;
}

Status TeamReportPrinter::printPdf(const TeamStatistics& statistics, bool english, const QImage& codeChart,
                                   const QImage& trendChart, const QString& path) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setCreator(QStringLiteral("Vårdinkorg"));
    printer.setDocName(tr("Queue review report"));

    QTextDocument document;
    document.addResource(QTextDocument::ImageResource, QUrl(QLatin1String(kCodeChart)), codeChart);
    document.addResource(QTextDocument::ImageResource, QUrl(QLatin1String(kTrendChart)), trendChart);
    document.setHtml(html(statistics, english));
    document.print(&printer);
    if (!QFile::exists(path) || QFile(path).size() == 0) {
        return Error{QStringLiteral("export.write_failed"),
                     tr("The PDF report could not be written to %1.").arg(path)};
    }
    return Done{};
}

} // namespace vk
