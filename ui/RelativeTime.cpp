#include "RelativeTime.h"

#include <QLocale>

namespace Postino {

QString RelativeTime::distance(const QDateTime& when, const QDateTime& now)
{
    const qint64 seconds = now.secsTo(when);
    const qint64 magnitude = qAbs(seconds);
    if (magnitude < 5)
        return tr("now");
    const bool future = seconds > 0;
    if (magnitude < 60) {
        const int n = static_cast<int>(magnitude);
        return future ? tr("in %n second(s)", nullptr, n) : tr("%n second(s) ago", nullptr, n);
    }
    if (magnitude < 90 * 60) {
        const int n = static_cast<int>((magnitude + 30) / 60);
        return future ? tr("in %n minute(s)", nullptr, n) : tr("%n minute(s) ago", nullptr, n);
    }
    if (magnitude < 36 * 3600) {
        const int n = static_cast<int>((magnitude + 1800) / 3600);
        return future ? tr("in %n hour(s)", nullptr, n) : tr("%n hour(s) ago", nullptr, n);
    }
    const int n = static_cast<int>((magnitude + 43200) / 86400);
    return future ? tr("in %n day(s)", nullptr, n) : tr("%n day(s) ago", nullptr, n);
}

QString RelativeTime::clockAndDistance(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid())
        return QStringLiteral("–");
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    const QString clock = local.date() == now.toLocalTime().date() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                                   : locale.toString(local, QLocale::ShortFormat);
    return tr("%1 (%2)").arg(clock, distance(when, now));
}

} // namespace Postino
