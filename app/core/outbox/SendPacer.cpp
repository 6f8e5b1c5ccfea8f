#include "SendPacer.h"

#include <algorithm>

namespace Postino {

SendPacer::SendPacer(PaceLimits limits)
{
    setLimits(limits);
}

void SendPacer::setLimits(PaceLimits limits)
{
    m_limits.ratePerMinute = qMax(0, limits.ratePerMinute);
    m_limits.dailyLimit = qMax(0, limits.dailyLimit);
    while (m_starts.size() > keepAtMost())
        m_starts.removeFirst();
}

void SendPacer::setStarts(const QList<QDateTime>& starts, const QDateTime& now)
{
    m_starts.clear();
    m_starts.reserve(starts.size());
    for (const QDateTime& start : starts) {
        if (start.isValid())
            m_starts.append(start.toMSecsSinceEpoch());
    }
    std::sort(m_starts.begin(), m_starts.end());
    trim(now.toMSecsSinceEpoch());
}

void SendPacer::note(const QDateTime& start)
{
    if (!start.isValid())
        return;
    const qint64 t = start.toMSecsSinceEpoch();
    // Kept in order even when told out of order.
    m_starts.insert(std::upper_bound(m_starts.begin(), m_starts.end(), t), t);
    trim(m_starts.last());
}

void SendPacer::trim(qint64 nowMsec)
{
    while (!m_starts.isEmpty() && m_starts.first() <= nowMsec - kWindowMsec)
        m_starts.removeFirst();
    while (m_starts.size() > keepAtMost())
        m_starts.removeFirst();
}

QList<QDateTime> SendPacer::starts() const
{
    QList<QDateTime> out;
    out.reserve(m_starts.size());
    for (qint64 t : m_starts)
        out.append(QDateTime::fromMSecsSinceEpoch(t, Qt::UTC));
    return out;
}

qint64 SendPacer::spacingMsec() const
{
    if (m_limits.ratePerMinute <= 0)
        return 0;
    return (60'000 + m_limits.ratePerMinute - 1) / m_limits.ratePerMinute;
}

qint64 SendPacer::dailyFreeAt(qint64 nowMsec) const
{
    const int limit = m_limits.dailyLimit;
    if (limit <= 0 || m_starts.size() < limit)
        return nowMsec;
    // Of the last `limit` starts, the oldest must leave the window before one more fits in it.
    const qint64 leaving = qMin(m_starts.at(m_starts.size() - limit), nowMsec);
    return qMax(nowMsec, leaving + kWindowMsec);
}

QDateTime SendPacer::nextStartAt(const QDateTime& now) const
{
    const qint64 t = now.toMSecsSinceEpoch();
    qint64 next = dailyFreeAt(t);
    if (m_limits.ratePerMinute > 0 && !m_starts.isEmpty())
        next = qMax(next, qMin(m_starts.last(), t) + spacingMsec());
    return next == t ? now : QDateTime::fromMSecsSinceEpoch(next, Qt::UTC);
}

int SendPacer::startsInWindow(const QDateTime& now) const
{
    const qint64 from = now.toMSecsSinceEpoch() - kWindowMsec;
    const auto first = std::upper_bound(m_starts.begin(), m_starts.end(), from);
    return static_cast<int>(std::distance(first, m_starts.end()));
}

bool SendPacer::dailyLimitReached(const QDateTime& now) const
{
    const qint64 t = now.toMSecsSinceEpoch();
    return m_limits.dailyLimit > 0 && dailyFreeAt(t) > t;
}

QString SendPacer::timeText(const QDateTime& at, const QDateTime& now, bool seconds)
{
    const QDateTime local = at.toLocalTime();
    const QString time = local.toString(seconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    if (local.date() == now.toLocalTime().date())
        return time;
    return local.toString(QStringLiteral("yyyy-MM-dd ")) + time;
}

QString SendPacer::reason(const QDateTime& now) const
{
    const QDateTime next = nextStartAt(now);
    if (next <= now)
        return {};
    if (dailyLimitReached(now)) {
        return tr("Daily limit reached (%1 per 24 hours); the next goes at %2.")
            .arg(QString::number(m_limits.dailyLimit), timeText(next, now, false));
    }
    return tr("Sending at most %1 a minute, evenly spaced; the next goes at %2.")
        .arg(QString::number(m_limits.ratePerMinute), timeText(next, now, true));
}

} // namespace Postino
