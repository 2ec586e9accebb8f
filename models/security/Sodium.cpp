#include "Sodium.h"

#include <sodium.h>

namespace vk {

bool ensureSodium() {
    // sodium_init() is itself idempotent and thread-safe; the static only saves the repeated call.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace vk
