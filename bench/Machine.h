#pragma once
// The machine a figure was measured on, as every bench program and the scenario runner report it. Header-only
// and free of Qt, so the plain-SQLite baseline program can use it too.

#include <fstream>
#include <string>
#include <thread>

namespace vk::bench {

inline std::string machine() {
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    std::string model = "unknown cpu";
    while (std::getline(cpuinfo, line)) {
        if (line.rfind("model name", 0) == 0) {
            model = line.substr(line.find(':') + 2);
            break;
        }
    }
    return model + ", " + std::to_string(std::thread::hardware_concurrency()) + " cores";
}

} // namespace vk::bench
