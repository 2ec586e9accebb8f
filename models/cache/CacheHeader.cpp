#include "CacheHeader.h"

#include "security/Sodium.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

namespace vk {

namespace {

constexpr const char KeyCheckLabel[] = "Vardinkorg cache key check v1";
constexpr qint64 MaxHeaderBytes = 64 * 1024;

} // namespace

QByteArray CacheHeader::keyCheckFor(const SecureBuffer& key) {
    QByteArray check(crypto_generichash_BYTES, '\0');
    if (!ensureSodium() || key.isEmpty()) {
        return {};
    }
    crypto_generichash(reinterpret_cast<unsigned char*>(check.data()), static_cast<std::size_t>(check.size()),
                       reinterpret_cast<const unsigned char*>(KeyCheckLabel), sizeof(KeyCheckLabel) - 1,
                       key.data(), key.size());
    return check;
}

bool CacheHeader::matches(const SecureBuffer& key) const {
    const QByteArray expected = keyCheckFor(key);
    return !expected.isEmpty() && expected.size() == keyCheck.size() &&
           sodium_memcmp(expected.constData(), keyCheck.constData(),
                         static_cast<std::size_t>(expected.size())) == 0;
}

CacheHeader CacheHeader::read(const QString& path, ReadStatus* status) {
    CacheHeader header;
    QFile file(path);
    if (!file.exists()) {
        *status = ReadStatus::Missing;
        return header;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *status = ReadStatus::Unreadable;
        return header;
    }
    return parse(file.read(MaxHeaderBytes + 1), status);
}

CacheHeader CacheHeader::parse(const QByteArray& content, ReadStatus* status) {
    CacheHeader header;
    const qsizetype newline = content.indexOf('\n');
    if (newline < 0 || content.left(newline) != Magic) {
        *status = ReadStatus::Foreign;
        return header;
    }
    if (content.size() > MaxHeaderBytes) {
        *status = ReadStatus::Malformed;
        return header;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(content.mid(newline + 1), &error);
    const QJsonObject root = document.object();
    const QJsonObject kdf = root.value(QLatin1String("kdf")).toObject();
    const QJsonObject cipher = root.value(QLatin1String("cipher")).toObject();
    if (error.error != QJsonParseError::NoError || !document.isObject() ||
        kdf.value(QLatin1String("algorithm")).toString() != QLatin1String("argon2id13")) {
        *status = ReadStatus::Malformed;
        return header;
    }
    // JSON numbers are doubles: exact for every limit libsodium accepts on 64-bit (far below 2^53). A value
    // outside [0, 2^53] (negative, huge, not a number) is refused before the cast, which would be undefined.
    const double opsLimit = kdf.value(QLatin1String("opslimit")).toDouble(-1);
    const double memLimit = kdf.value(QLatin1String("memlimit")).toDouble(-1);
    constexpr double Largest = 9007199254740992.0; // 2^53
    if (!(opsLimit >= 0 && opsLimit <= Largest && memLimit >= 0 && memLimit <= Largest)) {
        *status = ReadStatus::Malformed;
        return header;
    }
    header.kdf.opsLimit = static_cast<std::uint64_t>(opsLimit);
    header.kdf.memLimit = static_cast<std::size_t>(memLimit);
    header.kdf.salt = QByteArray::fromBase64(kdf.value(QLatin1String("salt")).toString().toLatin1());
    header.keyCheck = QByteArray::fromBase64(root.value(QLatin1String("key_check")).toString().toLatin1());
    header.cipherPageSize = cipher.value(QLatin1String("page_size")).toInt(4096);
    header.cipherUseHmac = cipher.value(QLatin1String("use_hmac")).toBool(true);
    header.cipherHmacAlgorithm =
        cipher.value(QLatin1String("hmac_algorithm")).toString(QStringLiteral("HMAC_SHA1"));
    header.cipherKdfAlgorithm =
        cipher.value(QLatin1String("kdf_algorithm")).toString(QStringLiteral("PBKDF2_HMAC_SHA1"));
    if (!header.kdf.isValid() || header.keyCheck.size() != static_cast<qsizetype>(crypto_generichash_BYTES)) {
        *status = ReadStatus::Malformed;
        return header;
    }
    *status = ReadStatus::Ok;
    return header;
}

bool CacheHeader::write(const QString& path) const {
    QJsonObject kdfObject{
        {QStringLiteral("algorithm"), QStringLiteral("argon2id13")},
        {QStringLiteral("opslimit"), static_cast<double>(kdf.opsLimit)},
        {QStringLiteral("memlimit"), static_cast<double>(kdf.memLimit)},
        {QStringLiteral("salt"), QString::fromLatin1(kdf.salt.toBase64())},
    };
    QJsonObject cipherObject{
        {QStringLiteral("page_size"), cipherPageSize},
        {QStringLiteral("use_hmac"), cipherUseHmac},
        {QStringLiteral("hmac_algorithm"), cipherHmacAlgorithm},
        {QStringLiteral("kdf_algorithm"), cipherKdfAlgorithm},
    };
    QJsonObject root{
        {QStringLiteral("kdf"), kdfObject},
        {QStringLiteral("key_check"), QString::fromLatin1(keyCheck.toBase64())},
        {QStringLiteral("cipher"), cipherObject},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(Magic);
    file.write("\n");
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return false;
    }
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace vk
