#pragma once

#include "domain/Clock.h"

namespace vk::test {

/// A clock that stands still until a test moves it.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime now);
    [[nodiscard]] QDateTime now() const override { return m_now; }
    void set(const QDateTime& now);
    void advance(qint64 seconds);

private:
    QDateTime m_now;
};

} // namespace vk::test
