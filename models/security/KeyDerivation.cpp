#include "KeyDerivation.h"

#include "Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

#include <utility>

namespace vk {

namespace {

Error kdfError(const char* code, QString message) {
    return Error{QLatin1String(code), std::move(message)};
}

} // namespace

Result<SecureBuffer> KeyDerivation::derive(const SecureBuffer& password, const KdfParameters& parameters) {
    if (!ensureSodium()) {
        return kdfError("kdf.unavailable", QCoreApplication::translate(
                                               "vk::KeyDerivation", "The crypto library could not start."));
    }
    if (!parameters.isValid()) {
        return kdfError(
            "kdf.invalid_parameters",
            QCoreApplication::translate("vk::KeyDerivation", "The key derivation settings are not valid."));
    }
    SecureBuffer key(KeySize);
    if (!key.isValid()) {
        return kdfError("kdf.out_of_memory",
                        QCoreApplication::translate("vk::KeyDerivation",
                                                    "There is not enough memory to derive the key."));
    }
    // An empty password is legal for Argon2; libsodium only needs a valid pointer.
    static const char empty = 0;
    const char* passwordBytes = password.isEmpty() ? &empty : reinterpret_cast<const char*>(password.data());
    const int rc = crypto_pwhash(key.data(), key.size(), passwordBytes, password.size(),
                                 reinterpret_cast<const unsigned char*>(parameters.salt.constData()),
                                 parameters.opsLimit, parameters.memLimit, crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        return kdfError("kdf.out_of_memory",
                        QCoreApplication::translate("vk::KeyDerivation",
                                                    "There is not enough memory to derive the key."));
    }
    return key;
}

} // namespace vk
