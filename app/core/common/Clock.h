#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace Postino {

class ClockTimer;

// The one source of time for core code: wall time and timers. Production code uses Clock::system();
// tests inject a MockClock (tests/util) whose advance() fires due timers at once, so that a
// five-minute SMTP timeout or a one-hour backoff is tested in milliseconds.
class Clock
{
public:
    Clock() = default;
    virtual ~Clock() = default;
    Clock(const Clock&) = delete;
    Clock& operator=(const Clock&) = delete;

    [[nodiscard]] virtual QDateTime now() const = 0; // always UTC
    [[nodiscard]] static Clock* system();
    // clock ? clock : system(): lets constructors take an optional clock.
    [[nodiscard]] static Clock* orSystem(Clock* clock) { return clock ? clock : system(); }

protected:
    friend class ClockTimer;
    virtual void arm(ClockTimer* timer, qint64 msec) = 0;
    virtual void disarm(ClockTimer* timer) = 0;
    static void fire(ClockTimer* timer);
};

// A single-shot timer driven by a Clock.
class ClockTimer : public QObject
{
    Q_OBJECT
public:
    explicit ClockTimer(Clock* clock = nullptr, QObject* parent = nullptr);
    ~ClockTimer() override;

    void start(qint64 msec);
    void stop();
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] qint64 interval() const { return m_interval; }
    [[nodiscard]] Clock* clock() const { return m_clock; }

signals:
    void timeout();

private:
    friend class Clock;
    friend class SystemClock;
    Clock* m_clock;
    QTimer* m_qtimer = nullptr; // used by the system clock only
    qint64 m_interval = 0;
    bool m_active = false;
};

} // namespace Postino
