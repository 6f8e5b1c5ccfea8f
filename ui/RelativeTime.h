#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Postino {

// Times for people: the clock time, and how far it is from now ("23:57 (in 2 minutes)").
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(Postino::RelativeTime)
public:
    // "in 40 seconds", "in 2 minutes", "in 3 hours", "in 2 days", "now", "5 minutes ago": the distance
    // rounded to the unit people would say (up to 90 minutes in minutes, up to 36 hours in hours).
    [[nodiscard]] static QString distance(const QDateTime& when, const QDateTime& now);
    // The clock time (with the date when it is not today) and the distance: "23:57 (in 2 minutes)".
    [[nodiscard]] static QString clockAndDistance(const QDateTime& when, const QDateTime& now);
};

} // namespace Postino
