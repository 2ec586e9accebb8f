#pragma once

#include "domain/Result.h"

#include <QElapsedTimer>

namespace vk {

class PgConnection;

/// Tells the region store that this desk is signed in, so new contacts of the user's patients can be
/// pre-offered to her (region.desk_on_duty / desk_off_duty, migration 0017). The store lets the mark expire
/// after 15 minutes; the sync engine refreshes it from its rounds (the periodic pull runs every 30 s) and
/// clears it when it stops, which is what sign-out and auto-lock do.
class DeskPresence {
public:
    /// How often the mark is renewed: well inside the store's 15 minutes, rare enough to cost nothing.
    static constexpr qint64 RefreshMs = 60 * 1000;

    /// Marks the desk on duty when it has not been marked on this connection, or not for RefreshMs.
    Status refreshIfDue(PgConnection& connection);
    /// Clears the mark (best effort: it expires by itself when the store cannot be reached).
    void signOff(PgConnection& connection);
    /// The connection was replaced: mark again on the next round.
    void forget() { m_marked.invalidate(); }

private:
    QElapsedTimer m_marked; ///< monotonic: the desk's clock may be a test's fixed clock
};

} // namespace vk
