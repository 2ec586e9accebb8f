#include "SipRequirements.h"

#include <algorithm>

namespace vk {

namespace {

bool hasInsatsOf(const SipPlan& plan, const char* huvudman) {
    return std::any_of(plan.insatser.begin(), plan.insatser.end(), [huvudman](const SipPlan::Insats& insats) {
        return insats.huvudman == QLatin1String(huvudman) && !insats.description.trimmed().isEmpty();
    });
}

} // namespace

QList<SipRequirements::Element> SipRequirements::missing(const SipPlan& plan) {
    QList<Element> result;
    const bool anyInsats =
        std::any_of(plan.insatser.begin(), plan.insatser.end(),
                    [](const SipPlan::Insats& insats) { return !insats.description.trimmed().isEmpty(); });
    if (!anyInsats) {
        result << Element::Insatser;
    }
    // A SIP exists because the person needs both huvudmän: each must say what it does.
    if (!hasInsatsOf(plan, "region") || !hasInsatsOf(plan, "kommun")) {
        result << Element::HuvudmanInsatser;
    }
    const bool anyOther = std::any_of(
        plan.otherActions.begin(), plan.otherActions.end(), [](const SipPlan::OtherAction& action) {
            return !action.actor.trimmed().isEmpty() && !action.description.trimmed().isEmpty();
        });
    if (!anyOther) {
        result << Element::OtherActions;
    }
    if (plan.overallResponsible != QLatin1String("region") &&
        plan.overallResponsible != QLatin1String("kommun")) {
        result << Element::OverallResponsible;
    }
    return result;
}

QString SipRequirements::title(Element element) {
    switch (element) {
    case Element::Insatser:
        return tr("Which insatser are needed");
    case Element::HuvudmanInsatser:
        return tr("Which insatser each huvudman is responsible for");
    case Element::OtherActions:
        return tr("Which åtgärder others take");
    case Element::OverallResponsible:
        return tr("Which huvudman has the overall responsibility");
    }
    return {};
}

QString SipRequirements::explanation(const SipPlan& plan, Element element) {
    switch (element) {
    case Element::Insatser:
        return tr("The plan names no insatser.");
    case Element::HuvudmanInsatser: {
        const bool region = hasInsatsOf(plan, "region");
        const bool kommun = hasInsatsOf(plan, "kommun");
        if (!region && !kommun) {
            return tr("No insats has a responsible huvudman.");
        }
        return region ? tr("The plan names no insats the kommun is responsible for.")
                      : tr("The plan names no insats the region is responsible for.");
    }
    case Element::OtherActions:
        return tr("The plan names no åtgärder by others (närstående, school, Försäkringskassan…).");
    case Element::OverallResponsible:
        return tr("No huvudman has been given the overall responsibility.");
    }
    return {};
}

} // namespace vk
