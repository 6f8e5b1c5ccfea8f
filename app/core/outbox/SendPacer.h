#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Postino {

// How fast an account may send: messages per minute, evenly spaced, and messages per rolling 24 hours.
// 0: no limit of that kind.
struct PaceLimits
{
    int ratePerMinute = 0;
    int dailyLimit = 0;

    [[nodiscard]] bool any() const { return ratePerMinute > 0 || dailyLimit > 0; }
    friend bool operator==(const PaceLimits& a, const PaceLimits& b)
    {
        return a.ratePerMinute == b.ratePerMinute && a.dailyLimit == b.dailyLimit;
    }
    friend bool operator!=(const PaceLimits& a, const PaceLimits& b) { return !(a == b); }
};

// When an account's next transaction may start, from its limits and the starts it already made. Pure:
// no clock, no disk, no timer; the caller says what time it is.
//
// - ratePerMinute: starts are spaced evenly, 60 s / rate apart (rounded up to the millisecond) from the
//   latest one: 30 a minute is one every 2 s, never 30 at once.
// - dailyLimit: never more than dailyLimit starts in any 24 hours; when the window is full, the next
//   start is the one that must leave it (the oldest of the last dailyLimit) + 24 h.
// - Starts older than 24 h are forgotten, and no more are kept than the limits need (the last
//   dailyLimit, or the last one). A start later than now (the clock was set back) counts as made now.
class SendPacer
{
    Q_DECLARE_TR_FUNCTIONS(Postino::SendPacer)
public:
    static constexpr qint64 kWindowMsec = 24 * 3600 * 1000;

    SendPacer() = default;
    explicit SendPacer(PaceLimits limits);

    [[nodiscard]] const PaceLimits& limits() const { return m_limits; }
    // Starts forgotten under tighter limits are not brought back by looser ones.
    void setLimits(PaceLimits limits);
    [[nodiscard]] bool isPaced() const { return m_limits.any(); }

    // Replaces what is known with these starts (read back from the disk), in any order.
    void setStarts(const QList<QDateTime>& starts, const QDateTime& now);
    // A transaction started at `start`.
    void note(const QDateTime& start);
    // What is kept, oldest first.
    [[nodiscard]] QList<QDateTime> starts() const;
    [[nodiscard]] int keptStarts() const { return static_cast<int>(m_starts.size()); }

    // The earliest time the next transaction may start: now, or later when a limit holds it back.
    [[nodiscard]] QDateTime nextStartAt(const QDateTime& now) const;
    // Starts in the 24 hours up to now (of those kept: at most dailyLimit, or one, are).
    [[nodiscard]] int startsInWindow(const QDateTime& now) const;
    [[nodiscard]] bool dailyLimitReached(const QDateTime& now) const;
    // Why the next start waits, for people ("Daily limit reached (500 per 24 hours); the next goes at
    // 14:02."); empty when it may start now. Times are local.
    [[nodiscard]] QString reason(const QDateTime& now) const;
    // The even spacing of the rate, in milliseconds; 0 without one.
    [[nodiscard]] qint64 spacingMsec() const;

    // A time as the reasons say it: HH:mm[:ss] today, with the date on another day (local time).
    [[nodiscard]] static QString timeText(const QDateTime& at, const QDateTime& now, bool seconds);

private:
    [[nodiscard]] int keepAtMost() const { return qMax(1, m_limits.dailyLimit); }
    void trim(qint64 nowMsec);
    // When the 24-hour window has room for one more start at nowMsec: nowMsec, or later.
    [[nodiscard]] qint64 dailyFreeAt(qint64 nowMsec) const;

    PaceLimits m_limits;
    QList<qint64> m_starts; // milliseconds since the epoch, oldest first
};

} // namespace Postino
