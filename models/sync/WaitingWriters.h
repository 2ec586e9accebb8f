#pragma once

#include <QString>

namespace vk {

/// The writers of each cache file in this process that are waiting for its write lock (at BEGIN IMMEDIATE),
/// so a long writer can step aside between its transactions. SQLite's lock has no queue: a waiting
/// connection polls in its busy handler (every 100 ms once it has waited a while), and a writer that commits
/// and begins again at once keeps the lock, however long the other waits. The sync engine applies a large
/// pull in slices and lets the nurse's action through between two of them (found by vardinkorg-storm: with
/// 50 desks on two cores an action waited out the 5 s busy timeout behind a pull and failed as "busy").
class WaitingWriters {
public:
    /// Counts the current thread as waiting to write `file` while it lives.
    class Waiting {
    public:
        explicit Waiting(QString file);
        ~Waiting();
        Waiting(const Waiting&) = delete;
        Waiting& operator=(const Waiting&) = delete;

    private:
        QString m_file;
    };

    /// How many writers of `file` wait now.
    [[nodiscard]] static int count(const QString& file);
    /// Returns once no writer of `file` waits any more (each got the lock or gave up), or after `timeoutMs`.
    static void letThrough(const QString& file, int timeoutMs);
    /// Returns once a writer of `file` waits, or after `timeoutMs`; true when one does (for tests).
    [[nodiscard]] static bool waitForWaiting(const QString& file, int timeoutMs);
};

} // namespace vk
