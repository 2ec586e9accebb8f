#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace vk {

/// Argon2id parameters and salt of one derived key. Not secret: they are stored next to the cache.
struct KdfParameters {
    static constexpr std::size_t SaltSize = 16;
    /// Defaults measured on the 2-core development machine: 4 passes over 128 MiB take about 270 ms.
    static constexpr std::uint64_t DefaultOpsLimit = 4;
    static constexpr std::size_t DefaultMemLimit = std::size_t{128} * 1024 * 1024;

    std::uint64_t opsLimit = DefaultOpsLimit;
    std::size_t memLimit = DefaultMemLimit;
    QByteArray salt; ///< exactly SaltSize bytes

    /// Default cost with a fresh random salt.
    [[nodiscard]] static KdfParameters withRandomSalt();
    /// The cheapest parameters libsodium accepts, with a fresh random salt: for tests only, never for real
    /// caches.
    [[nodiscard]] static KdfParameters fastForTests();
    /// Whether libsodium accepts these limits and the salt has the right size.
    [[nodiscard]] bool isValid() const;

    friend bool operator==(const KdfParameters&, const KdfParameters&) = default;
};

} // namespace vk
