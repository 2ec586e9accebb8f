#pragma once

#include <QString>

namespace vk {

/// What vardinkorg-storm was asked to do (its command line).
struct StormOptions {
    int desks = 10;
    int seconds = 60;
    bool faults = false;
    int thinkMs = 100;                ///< pause between a desk's actions
    int contactsPerDesk = 30;         ///< waiting in the units when the storm starts
    double feedPerDeskPerMinute = 20; ///< the feed simulator's rate, per desk
    int faultEverySeconds = 5;
    quint64 seed = 1;
    bool keep = false; ///< keep the caches and the cluster's database for a look afterwards
};

} // namespace vk
