#include "InboxFilter.h"

#include "InboxRow.h"

namespace vk {

bool InboxFilter::accepts(const InboxRow& row, Urgency rowUrgency, const QString& me) const {
    return acceptsExceptSearch(row, rowUrgency, me) && (search.isEmpty() || search.matches(row));
}

bool InboxFilter::acceptsExceptSearch(const InboxRow& row, Urgency rowUrgency, const QString& me) const {
    // Cheapest tests first: this runs for every cached contact on each filter change.
    if ((channels & bit(row.channel)) == 0 || (statuses & bit(row.status)) == 0) {
        return false;
    }
    switch (scope) {
    case Scope::All:
        break;
    case Scope::Mine:
        if (row.holderId != me) {
            return false;
        }
        break;
    case Scope::Unassigned:
        if (!row.holderId.isEmpty()) {
            return false;
        }
        break;
    case Scope::MyPatients:
        if (!row.fromMyPatient) {
            return false;
        }
        break;
    }
    switch (urgency) {
    case UrgencyFilter::Any:
        break;
    case UrgencyFilter::AtRiskOrOverdue:
        if (rowUrgency != Urgency::AtRisk && rowUrgency != Urgency::Overdue) {
            return false;
        }
        break;
    case UrgencyFilter::OverdueOnly:
        if (rowUrgency != Urgency::Overdue) {
            return false;
        }
        break;
    }
    if (!units.isEmpty() && !units.contains(row.unitId)) {
        return false;
    }
    if (!code.isEmpty() && row.code != code) {
        return false;
    }
    return true;
}

} // namespace vk
