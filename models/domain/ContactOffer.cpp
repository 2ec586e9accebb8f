#include "ContactOffer.h"

namespace vk {

bool ContactOffer::holds(ContactStatus status, const QString& holderId, qint64 nowMs) const {
    return !staffId.isEmpty() && untilMs > nowMs && status == ContactStatus::New && holderId.isEmpty();
}

ContactOffer::State ContactOffer::stateFor(const QString& me, ContactStatus status, const QString& holderId,
                                           qint64 nowMs) const {
    if (!holds(status, holderId, nowMs)) {
        return State::None;
    }
    return !me.isEmpty() && staffId == me ? State::ToMe : State::ToOther;
}

} // namespace vk
