#include "Clock.h"

#include <QTimer>

#include <limits>

namespace Postino {

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }

protected:
    void arm(ClockTimer* timer, qint64 msec) override
    {
        if (!timer->m_qtimer) {
            timer->m_qtimer = new QTimer(timer);
            timer->m_qtimer->setSingleShot(true);
            QObject::connect(timer->m_qtimer, &QTimer::timeout, timer, [timer] { Clock::fire(timer); });
        }
        // QTimer takes an int; a longer wait is re-armed by the owner when it fires early.
        const qint64 capped = qBound(qint64(0), msec, qint64(std::numeric_limits<int>::max()));
        timer->m_qtimer->setTimerType(capped < 5000 ? Qt::PreciseTimer : Qt::CoarseTimer);
        timer->m_qtimer->start(static_cast<int>(capped));
    }
    void disarm(ClockTimer* timer) override
    {
        if (timer->m_qtimer)
            timer->m_qtimer->stop();
    }
};

Clock* Clock::system()
{
    static SystemClock clock;
    return &clock;
}

void Clock::fire(ClockTimer* timer)
{
    if (!timer->m_active)
        return;
    timer->m_active = false;
    emit timer->timeout();
}

ClockTimer::ClockTimer(Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(Clock::orSystem(clock))
{ }

ClockTimer::~ClockTimer()
{
    if (m_active)
        m_clock->disarm(this);
}

void ClockTimer::start(qint64 msec)
{
    if (m_active)
        m_clock->disarm(this);
    m_interval = msec;
    m_active = true;
    m_clock->arm(this, msec);
}

void ClockTimer::stop()
{
    if (!m_active)
        return;
    m_active = false;
    m_clock->disarm(this);
}

} // namespace Postino
