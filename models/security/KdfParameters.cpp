#include "KdfParameters.h"

#include "Sodium.h"

#include <sodium.h>

namespace vk {

namespace {

QByteArray randomSalt() {
    QByteArray salt(static_cast<qsizetype>(KdfParameters::SaltSize), '\0');
    if (ensureSodium()) {
        randombytes_buf(salt.data(), KdfParameters::SaltSize);
    }
    return salt;
}

} // namespace

KdfParameters KdfParameters::withRandomSalt() {
    KdfParameters parameters;
    parameters.salt = randomSalt();
    return parameters;
}

KdfParameters KdfParameters::fastForTests() {
    KdfParameters parameters;
    parameters.opsLimit = crypto_pwhash_OPSLIMIT_MIN;
    parameters.memLimit = crypto_pwhash_MEMLIMIT_MIN;
    parameters.salt = randomSalt();
    return parameters;
}

bool KdfParameters::isValid() const {
    return salt.size() == static_cast<qsizetype>(SaltSize) && opsLimit >= crypto_pwhash_OPSLIMIT_MIN &&
           opsLimit <= crypto_pwhash_OPSLIMIT_MAX && memLimit >= crypto_pwhash_MEMLIMIT_MIN &&
           memLimit <= crypto_pwhash_MEMLIMIT_MAX;
}

} // namespace vk
