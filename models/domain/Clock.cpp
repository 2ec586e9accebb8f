#include "Clock.h"

namespace vk {

// Out-of-line so the vtable has a home in exactly one translation unit.
Clock::~Clock() = default;

} // namespace vk
