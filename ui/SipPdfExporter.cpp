#include "SipPdfExporter.h"

#include "SipPlanHtml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>

namespace vk {

Status SipPdfExporter::write(const SipPlan& plan, const QString& path) {
    const QFileInfo target(path);
    if (path.isEmpty() || !target.absoluteDir().exists()) {
        return Error{QStringLiteral("sip.export_folder"),
                     tr("The folder to save the PDF in does not exist.")};
    }
    // The save dialog asked before replacing a file; removing it first lets the check below see this write.
    if (target.exists() && !QFile::remove(target.absoluteFilePath())) {
        return Error{QStringLiteral("sip.export_replace"), tr("The existing file could not be replaced.")};
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(target.absoluteFilePath());
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setCreator(QStringLiteral("Vårdinkorg"));
    // The document title is visible in file lists and viewers' title bars: no patient data in it.
    printer.setDocName(tr("SIP"));

    QTextDocument document;
    document.setHtml(SipPlanHtml::render(plan, SipPlanHtml::Part::WholeDocument));
    document.print(&printer);
    const QFileInfo written(target.absoluteFilePath());
    if (printer.printerState() == QPrinter::Error || !written.exists() || written.size() == 0) {
        return Error{QStringLiteral("sip.export_failed"),
                     tr("The PDF could not be written. Check that the folder is writable and try again.")};
    }
    return Done{};
}

} // namespace vk
