#pragma once

#include "common/Clock.h"

#include <QHash>

namespace Postino::Test {

// A clock that only moves when told to. advance() fires every timer that falls due on the way, in
// deadline order, each seeing now() at its own deadline.
class MockClock final : public Clock
{
public:
    explicit MockClock(const QDateTime& start = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
    ~MockClock() override;

    [[nodiscard]] QDateTime now() const override { return m_now; }
    void setNow(const QDateTime& now) { m_now = now.toUTC(); }
    // Moves time forward by msec and fires what falls due. Returns how many timers fired.
    int advance(qint64 msec);
    // Moves time to the earliest armed deadline (if any) and fires it. Returns false when none is armed.
    bool advanceToNextTimer();
    [[nodiscard]] int armedTimers() const { return static_cast<int>(m_deadlines.size()); }

protected:
    void arm(ClockTimer* timer, qint64 msec) override;
    void disarm(ClockTimer* timer) override;

private:
    QDateTime m_now;
    QHash<ClockTimer*, QDateTime> m_deadlines;
    qint64 m_sequence = 0;
    QHash<ClockTimer*, qint64> m_order;
};

} // namespace Postino::Test
