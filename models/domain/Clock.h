#pragma once

#include <QDateTime>

namespace vk {

/// Source of the current time; injected everywhere so deadlines and leases can be tested at fixed instants.
class Clock {
public:
    virtual ~Clock();
    /// The current instant, always in UTC.
    [[nodiscard]] virtual QDateTime now() const = 0;
};

} // namespace vk
