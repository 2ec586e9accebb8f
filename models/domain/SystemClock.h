#pragma once

#include "Clock.h"

namespace vk {

/// The wall clock of this machine.
class SystemClock final : public Clock {
public:
    [[nodiscard]] QDateTime now() const override;
};

} // namespace vk
