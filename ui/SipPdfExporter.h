#pragma once

#include "domain/Result.h"
#include "sip/SipPlan.h"

#include <QCoreApplication>

namespace vk {

/// Prints a SIP to a PDF file with Qt's own printing (QPrinter in PDF mode rendering the plan's rich text),
/// the same text the plan view shows plus the patient's identity and every note.
class SipPdfExporter {
    Q_DECLARE_TR_FUNCTIONS(vk::SipPdfExporter)

public:
    /// Writes the plan to `path` (replaced if it exists).
    [[nodiscard]] static Status write(const SipPlan& plan, const QString& path);
};

} // namespace vk
