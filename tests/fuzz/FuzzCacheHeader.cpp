// Hostile input for the cache header (models/cache/CacheHeader): the non-secret file next to each cache,
// which anyone with access to the disk can change. Properties: only a header with the magic line, a valid KDF
// and a 32-byte key check reads as Ok, and an Ok header written and parsed again is the same.
#include "FuzzCheck.h"
#include "cache/CacheHeader.h"

#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace vk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray content(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    CacheHeader::ReadStatus status = CacheHeader::ReadStatus::Unreadable;
    const CacheHeader header = CacheHeader::parse(content, &status);
    if (status != CacheHeader::ReadStatus::Ok) {
        return 0;
    }
    VK_FUZZ_CHECK(content.startsWith(QByteArray(CacheHeader::Magic).append('\n')));
    VK_FUZZ_CHECK(header.kdf.isValid() && header.keyCheck.size() == 32);
    static QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/header");
    VK_FUZZ_CHECK(header.write(path));
    CacheHeader::ReadStatus again = CacheHeader::ReadStatus::Unreadable;
    const CacheHeader read = CacheHeader::read(path, &again);
    VK_FUZZ_CHECK(again == CacheHeader::ReadStatus::Ok && read.kdf.salt == header.kdf.salt &&
                  read.kdf.opsLimit == header.kdf.opsLimit && read.kdf.memLimit == header.kdf.memLimit &&
                  read.keyCheck == header.keyCheck && read.cipherPageSize == header.cipherPageSize);
    return 0;
}
