#include "MockClock.h"

namespace Postino::Test {

MockClock::MockClock(const QDateTime& start)
    : m_now(start.toUTC())
{ }

MockClock::~MockClock() = default;

void MockClock::arm(ClockTimer* timer, qint64 msec)
{
    m_deadlines.insert(timer, m_now.addMSecs(qMax<qint64>(0, msec)));
    m_order.insert(timer, ++m_sequence);
}

void MockClock::disarm(ClockTimer* timer)
{
    m_deadlines.remove(timer);
    m_order.remove(timer);
}

int MockClock::advance(qint64 msec)
{
    const QDateTime target = m_now.addMSecs(qMax<qint64>(0, msec));
    int fired = 0;
    // Bounded: a timer that re-arms itself with zero delay cannot spin this forever.
    for (int guard = 0; guard < 100000; ++guard) {
        ClockTimer* next = nullptr;
        QDateTime when;
        for (auto it = m_deadlines.cbegin(); it != m_deadlines.cend(); ++it) {
            if (it.value() > target)
                continue;
            if (!next || it.value() < when || (it.value() == when && m_order.value(it.key()) < m_order.value(next))) {
                next = it.key();
                when = it.value();
            }
        }
        if (!next)
            break;
        m_now = qMax(m_now, when);
        disarm(next);
        fire(next);
        ++fired;
    }
    m_now = qMax(m_now, target);
    return fired;
}

bool MockClock::advanceToNextTimer()
{
    if (m_deadlines.isEmpty())
        return false;
    QDateTime earliest;
    for (const QDateTime& deadline : qAsConst(m_deadlines)) {
        if (!earliest.isValid() || deadline < earliest)
            earliest = deadline;
    }
    advance(qMax<qint64>(0, m_now.msecsTo(earliest)));
    return true;
}

} // namespace Postino::Test
