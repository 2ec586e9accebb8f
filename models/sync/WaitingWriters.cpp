#include "WaitingWriters.h"

#include <QHash>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace vk {

namespace {

// Process-wide on purpose: SQLite's lock belongs to the file, and the connections that share it (the
// nurse's on the GUI thread, the sync engine's on its own) know nothing of each other.
std::mutex g_lock;
std::condition_variable g_changed;
QHash<QString, int> g_waiting;

} // namespace

WaitingWriters::Waiting::Waiting(QString file)
    : m_file(std::move(file)) {
    const std::lock_guard lock(g_lock);
    ++g_waiting[m_file];
    g_changed.notify_all();
}

WaitingWriters::Waiting::~Waiting() {
    {
        const std::lock_guard lock(g_lock);
        if (--g_waiting[m_file] <= 0) {
            g_waiting.remove(m_file);
        }
    }
    g_changed.notify_all();
}

int WaitingWriters::count(const QString& file) {
    const std::lock_guard lock(g_lock);
    return g_waiting.value(file);
}

void WaitingWriters::letThrough(const QString& file, int timeoutMs) {
    std::unique_lock lock(g_lock);
    (void)g_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                             [&file] { return !g_waiting.contains(file); });
}

bool WaitingWriters::waitForWaiting(const QString& file, int timeoutMs) {
    std::unique_lock lock(g_lock);
    return g_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                              [&file] { return g_waiting.contains(file); });
}

} // namespace vk
