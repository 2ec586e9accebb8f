#include "FixedClock.h"

namespace vk::test {

FixedClock::FixedClock(QDateTime now)
    : m_now(now.toUTC()) {}

void FixedClock::set(const QDateTime& now) {
    m_now = now.toUTC();
}

void FixedClock::advance(qint64 seconds) {
    m_now = m_now.addSecs(seconds);
}

} // namespace vk::test
