#pragma once

#include "SipPlan.h"

#include <QCoreApplication>
#include <QList>

namespace vk {

/// The four things a SIP must state (DOMAIN "SIP", HSL 16 kap. 4 §): which insatser are needed, which of them
/// each huvudman is responsible for, which åtgärder others take, and which huvudman has the overall
/// responsibility. Says which are still missing from a plan, so the plan view can flag them.
class SipRequirements {
    Q_DECLARE_TR_FUNCTIONS(vk::SipRequirements)
public:
    enum class Element {
        Insatser,           ///< no insats is named
        HuvudmanInsatser,   ///< region or kommun has no insats of its own (a SIP needs both huvudmän)
        OtherActions,       ///< no åtgärd by anyone other than the huvudmän
        OverallResponsible, ///< no huvudman has the overall responsibility
    };

    /// The required elements the plan lacks, in the order the law lists them; empty when the plan is
    /// complete.
    [[nodiscard]] static QList<Element> missing(const SipPlan& plan);
    /// The element as a heading ("Which insatser are needed").
    [[nodiscard]] static QString title(Element element);
    /// What exactly is missing in this plan, in a sentence.
    [[nodiscard]] static QString explanation(const SipPlan& plan, Element element);
};

} // namespace vk
