// Hostile input for the cache's timestamp form (models/domain/UtcTimestamp): every time a pulled row or the
// feed brings. Property: a text that reads as an instant writes back to a text that reads as the same
// instant.
#include "FuzzCheck.h"
#include "domain/UtcTimestamp.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace vk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const std::optional<qint64> ms = UtcTimestamp::toMs(text);
    if (ms) {
        const std::optional<qint64> again = UtcTimestamp::toMs(UtcTimestamp::fromMs(*ms));
        VK_FUZZ_CHECK(again && *again == *ms);
    }
    return 0;
}
