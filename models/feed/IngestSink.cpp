#include "IngestSink.h"

namespace vk {

// Out-of-line so the vtable has a home in exactly one translation unit.
IngestSink::~IngestSink() = default;

} // namespace vk
