#pragma once

#include <cstdio>
#include <cstdlib>

/// A property a fuzz target checks beyond "does not crash": when it fails, the input is a finding and
/// libFuzzer keeps it (abort() counts as a crash).
#define VK_FUZZ_CHECK(condition)                                                                             \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "fuzz property failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);      \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
