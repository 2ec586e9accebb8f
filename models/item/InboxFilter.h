#pragma once

#include "InboxSearch.h"
#include "domain/ContactKinds.h"

#include <QSet>
#include <QString>

namespace vk {

struct InboxRow;

/// What the nurse asked to see. Plain value: the proxy holds one and re-evaluates rows against it.
struct InboxFilter {
    enum class Scope : quint8 { All, Mine, Unassigned, MyPatients };
    enum class UrgencyFilter : quint8 { Any, AtRiskOrOverdue, OverdueOnly };

    static constexpr quint8 bit(Channel channel) { return quint8(1u << static_cast<unsigned>(channel)); }
    static constexpr quint8 bit(ContactStatus status) { return quint8(1u << static_cast<unsigned>(status)); }
    static constexpr quint8 AllChannels = 0b111;
    static constexpr quint8 OpenStatuses = 0b000111; // new, claimed, not reached
    static constexpr quint8 AllStatuses = 0b111111;

    quint8 channels = AllChannels;
    quint8 statuses = OpenStatuses;
    Scope scope = Scope::All;
    QSet<QString> units; ///< empty: every unit the user belongs to
    QString code;        ///< empty: any eftermärkning code
    UrgencyFilter urgency = UrgencyFilter::Any;
    InboxSearch search;

    /// `me` is the current user's staff id.
    [[nodiscard]] bool accepts(const InboxRow& row, Urgency rowUrgency, const QString& me) const;
    /// Everything but the search: the proxy runs a text search over all rows at once (InboxSearchIndex).
    [[nodiscard]] bool acceptsExceptSearch(const InboxRow& row, Urgency rowUrgency, const QString& me) const;

    // The parts of acceptsExceptSearch, for a caller that reads channel, status and urgency from key columns
    // (InboxSortKeys) and visits a row only when the rest of the filter needs it.
    [[nodiscard]] bool acceptsKind(Channel channel, ContactStatus status) const {
        return (channels & bit(channel)) != 0 && (statuses & bit(status)) != 0;
    }
    [[nodiscard]] bool acceptsUrgency(Urgency rowUrgency) const;
    /// Scope, units and code: the criteria that need the row itself.
    [[nodiscard]] bool acceptsRowDetails(const InboxRow& row, const QString& me) const;
    /// Whether acceptsRowDetails can refuse anything.
    [[nodiscard]] bool looksAtRowDetails() const {
        return scope != Scope::All || !units.isEmpty() || !code.isEmpty();
    }
};

} // namespace vk
