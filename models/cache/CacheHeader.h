#pragma once

#include "security/KdfParameters.h"
#include "security/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace vk {

/// The small, non-secret file next to each cache: it says "this is a Vårdinkorg cache", how to derive its key
/// and how to tell a wrong password from a damaged file before SQLCipher is asked anything.
///
/// Format: the line "VKCACHE1", then one JSON object: {"kdf": {"algorithm": "argon2id13", "opslimit": N,
/// "memlimit": N, "salt": base64}, "key_check": base64 BLAKE2b-256 keyed with the cache key over a fixed
/// label, "cipher": {page size, HMAC settings}}. The key check lets an attacker test guesses no faster than
/// the database itself does: each guess still costs one Argon2id derivation.
struct CacheHeader {
    static constexpr const char* Magic = "VKCACHE1";

    enum class ReadStatus { Ok, Missing, Foreign, Malformed, Unreadable };

    KdfParameters kdf;
    QByteArray keyCheck;
    int cipherPageSize = 4096;
    bool cipherUseHmac = true;
    QString cipherHmacAlgorithm = QStringLiteral("HMAC_SHA1");
    QString cipherKdfAlgorithm = QStringLiteral("PBKDF2_HMAC_SHA1");

    /// The key-check value of `key`.
    [[nodiscard]] static QByteArray keyCheckFor(const SecureBuffer& key);
    /// Whether `key` is the key this header was written for (constant-time comparison).
    [[nodiscard]] bool matches(const SecureBuffer& key) const;

    /// Reads `path`; `status` says why nothing was read.
    [[nodiscard]] static CacheHeader read(const QString& path, ReadStatus* status);
    /// Parses a header file's content (at most 64 KiB are looked at by read()); `status` as for read().
    [[nodiscard]] static CacheHeader parse(const QByteArray& content, ReadStatus* status);
    /// Writes atomically (temporary file + rename), owner-only permissions.
    [[nodiscard]] bool write(const QString& path) const;
};

} // namespace vk
