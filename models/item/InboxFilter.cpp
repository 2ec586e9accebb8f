#include "InboxFilter.h"

#include "InboxRow.h"

namespace vk {

bool InboxFilter::accepts(const InboxRow& row, Urgency rowUrgency, const QString& me) const {
    return acceptsExceptSearch(row, rowUrgency, me) && (search.isEmpty() || search.matches(row));
}

bool InboxFilter::acceptsExceptSearch(const InboxRow& row, Urgency rowUrgency, const QString& me) const {
    // Cheapest tests first: this runs for every cached contact on each filter change.
    return acceptsKind(row.channel, row.status) && acceptsUrgency(rowUrgency) && acceptsRowDetails(row, me);
}

bool InboxFilter::acceptsUrgency(Urgency rowUrgency) const {
    switch (urgency) {
    case UrgencyFilter::Any:
        return true;
    case UrgencyFilter::AtRiskOrOverdue:
        return rowUrgency == Urgency::AtRisk || rowUrgency == Urgency::Overdue;
    case UrgencyFilter::OverdueOnly:
        return rowUrgency == Urgency::Overdue;
    }
    return true;
}

bool InboxFilter::acceptsRowDetails(const InboxRow& row, const QString& me) const {
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
    if (!units.isEmpty() && !units.contains(row.unitId)) {
        return false;
    }
    if (!code.isEmpty() && row.code != code) {
        return false;
    }
    return true;
}

} // namespace vk
