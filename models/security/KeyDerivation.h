#pragma once

#include "KdfParameters.h"
#include "SecureBuffer.h"
#include "domain/Result.h"

namespace vk {

/// Derives the 32-byte cache key from a password with Argon2id (libsodium crypto_pwhash).
class KeyDerivation {
public:
    static constexpr std::size_t KeySize = 32;

    /// The key for `password` under `parameters`; deterministic for the same password, salt and cost.
    [[nodiscard]] static Result<SecureBuffer> derive(const SecureBuffer& password,
                                                     const KdfParameters& parameters);
};

} // namespace vk
