#include "SystemClock.h"

namespace vk {

QDateTime SystemClock::now() const {
    return QDateTime::currentDateTimeUtc();
}

} // namespace vk
