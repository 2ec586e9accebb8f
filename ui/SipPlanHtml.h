#pragma once

#include "sip/SipPlan.h"

#include <QCoreApplication>

namespace vk {

/// A SIP as a rich-text document: the same text on screen and in the printout, so what is exported is what
/// the nurse saw. The required elements still missing come first, in words.
class SipPlanHtml {
    Q_DECLARE_TR_FUNCTIONS(vk::SipPlanHtml)

public:
    enum class Part {
        Plan,          ///< the plan without its notes (the view lists notes separately)
        WholeDocument, ///< with the patient's identity, meetings and every note: the printout
    };

    [[nodiscard]] static QString render(const SipPlan& plan, Part part);
    /// The required elements still missing, as an HTML list; empty when the plan has all four.
    [[nodiscard]] static QString missingElements(const SipPlan& plan);
};

} // namespace vk
