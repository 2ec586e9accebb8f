#pragma once

namespace vk {

/// Initialises libsodium once per process (thread-safe); returns false when the library cannot be used.
[[nodiscard]] bool ensureSodium();

} // namespace vk
