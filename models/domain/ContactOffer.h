#pragma once

#include "ContactKinds.h"

#include <QString>

namespace vk {

/// A new contact pre-offered to the patient's named contact (region migration 0017): who, and until when. The
/// region store decides and enforces it; the desk uses this to show it and to refuse a claim it knows the
/// store would refuse, without waiting for the push.
struct ContactOffer {
    enum class State : quint8 {
        None,    ///< no offer, or it lapsed, or someone holds the contact
        ToMe,    ///< offered to the current user
        ToOther, ///< offered to a colleague: they have it first
    };

    QString staffId;    ///< empty: no offer
    qint64 untilMs = 0; ///< UTC milliseconds since the epoch
    QString staffName;  ///< for "erbjuden Maria Berg"; may be empty when the cache lacks the colleague

    /// Whether the offer still holds at `nowMs`: offered, not lapsed, and the contact is new and unclaimed
    /// (the store ends the offer with the first claim; a desk's own tentative claim ends it here too).
    [[nodiscard]] bool holds(ContactStatus status, const QString& holderId, qint64 nowMs) const;
    /// What the offer means to `me` at `nowMs`.
    [[nodiscard]] State stateFor(const QString& me, ContactStatus status, const QString& holderId,
                                 qint64 nowMs) const;
};

} // namespace vk
