#include "outbox/SendPacer.h"

#include <QTest>

using namespace Postino;

namespace {

// 2026-11-22 22:00 UTC: 23:00 in Rome (the test runs with TZ=Europe/Rome), an hour before midnight.
const QDateTime kT0(QDate(2026, 11, 22), QTime(22, 0), Qt::UTC);
constexpr qint64 kDay = 24 * 3600;

QDateTime at(qint64 seconds)
{
    return kT0.addSecs(seconds);
}

QList<QDateTime> times(const QList<qint64>& seconds)
{
    QList<QDateTime> out;
    for (qint64 s : seconds)
        out.append(at(s));
    return out;
}

// Sends `count` messages as soon as the pacer lets each go, from `from` on: their starts.
QList<QDateTime> sendAsSoonAsAllowed(SendPacer& pacer, int count, const QDateTime& from)
{
    QList<QDateTime> starts;
    QDateTime now = from;
    for (int i = 0; i < count; ++i) {
        now = pacer.nextStartAt(now);
        pacer.note(now);
        starts.append(now);
    }
    return starts;
}

// The most starts in any window of `seconds` (half-open: a start exactly `seconds` after another is
// in the next window).
int mostInAnyWindow(const QList<QDateTime>& starts, qint64 seconds)
{
    int most = 0;
    for (int i = 0; i < starts.size(); ++i) {
        int n = 0;
        for (int j = i; j < starts.size() && starts.at(i).msecsTo(starts.at(j)) < seconds * 1000; ++j)
            ++n;
        most = qMax(most, n);
    }
    return most;
}

} // namespace

class TestSendPacer : public QObject
{
    Q_OBJECT
private slots:
    void nextStartAt_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("daily");
        QTest::addColumn<QList<qint64>>("starts"); // seconds after T0
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("next"); // msec after T0
        QTest::newRow("no limits: now") << 0 << 0 << QList<qint64> {0, 0, 0} << qint64(0) << qint64(0);
        QTest::newRow("nothing sent yet: now") << 30 << 500 << QList<qint64> {} << qint64(5) << qint64(5000);
        QTest::newRow("30 a minute: 2 s after the last start")
            << 30 << 0 << QList<qint64> {0} << qint64(0) << qint64(2000);
        QTest::newRow("30 a minute, the spacing already passed: now")
            << 30 << 0 << QList<qint64> {0} << qint64(3) << qint64(3000);
        QTest::newRow("7 a minute: 8.572 s, rounded up") << 7 << 0 << QList<qint64> {0} << qint64(0) << qint64(8572);
        QTest::newRow("1 a minute: a minute after the last start")
            << 1 << 0 << QList<qint64> {0, 10} << qint64(20) << qint64(70'000);
        QTest::newRow("daily limit not reached: now") << 0 << 3 << QList<qint64> {0, 1} << qint64(2) << qint64(2000);
        QTest::newRow("daily limit reached: the oldest start + 24 h")
            << 0 << 3 << QList<qint64> {0, 1, 2} << qint64(3) << qint64(kDay * 1000);
        QTest::newRow("the window slid: the oldest of the last three + 24 h")
            << 0 << 3 << QList<qint64> {0, 1, 2, kDay, kDay + 1} << qint64(kDay + 1) << qint64((kDay + 2) * 1000);
        QTest::newRow("starts older than 24 h do not count")
            << 0 << 2 << QList<qint64> {0, 1} << qint64(kDay + 1) << qint64((kDay + 1) * 1000);
        QTest::newRow("exactly 24 h later the oldest has left the window")
            << 0 << 1 << QList<qint64> {0} << qint64(kDay) << qint64(kDay * 1000);
        QTest::newRow("both: the later of the two")
            << 30 << 2 << QList<qint64> {0, 100} << qint64(100) << qint64(kDay * 1000);
        QTest::newRow("the clock was set back: a start in the future counts as now")
            << 30 << 0 << QList<qint64> {600} << qint64(0) << qint64(2000);
    }

    void nextStartAt()
    {
        QFETCH(int, rate);
        QFETCH(int, daily);
        QFETCH(QList<qint64>, starts);
        QFETCH(qint64, now);
        QFETCH(qint64, next);
        SendPacer pacer({rate, daily});
        pacer.setStarts(times(starts), at(now));
        QCOMPARE(pacer.nextStartAt(at(now)), kT0.addMSecs(next));
        // The same starts noted one by one come to the same.
        SendPacer noted({rate, daily});
        for (const QDateTime& start : times(starts))
            noted.note(start);
        QCOMPARE(noted.nextStartAt(at(now)), kT0.addMSecs(next));
    }

    void aRateIsEvenlySpacedNeverABurst_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<qint64>("spacing");
        QTest::newRow("30 a minute: every 2 s") << 30 << qint64(2000);
        QTest::newRow("2 a minute: every 30 s") << 2 << qint64(30'000);
        QTest::newRow("7 a minute: every 8.572 s") << 7 << qint64(8572);
        QTest::newRow("1000 a minute: every 60 ms") << 1000 << qint64(60);
    }

    void aRateIsEvenlySpacedNeverABurst()
    {
        QFETCH(int, rate);
        QFETCH(qint64, spacing);
        SendPacer pacer({rate, 0});
        const QList<QDateTime> starts = sendAsSoonAsAllowed(pacer, 3 * rate, kT0);
        QCOMPARE(starts.first(), kT0);
        for (int i = 1; i < starts.size(); ++i)
            QCOMPARE(starts.at(i - 1).msecsTo(starts.at(i)), spacing);
        QVERIFY(mostInAnyWindow(starts, 60) <= rate);
        QCOMPARE(pacer.keptStarts(), 1); // a rate needs only the last start
    }

    void theDaysLimitHoldsAcrossMidnight()
    {
        SendPacer pacer({0, 5});
        const QDateTime evening = kT0.addSecs(-30 * 60); // 22:30 in Rome
        const QList<QDateTime> first = sendAsSoonAsAllowed(pacer, 5, evening);
        QCOMPARE(first, QList<QDateTime>(5, evening)); // no rate: the five go at once
        // Midnight passes and the count goes on: the sixth waits for the first start + 24 h.
        const QDateTime afterMidnight = kT0.addSecs(2 * 3600);
        QVERIFY(pacer.dailyLimitReached(afterMidnight));
        QCOMPARE(pacer.startsInWindow(afterMidnight), 5);
        QCOMPARE(pacer.nextStartAt(afterMidnight), evening.addSecs(kDay));
        const QList<QDateTime> next = sendAsSoonAsAllowed(pacer, 3, afterMidnight);
        QCOMPARE(next, QList<QDateTime>(3, evening.addSecs(kDay)));
        QCOMPARE(pacer.startsInWindow(next.last()), 3); // the first five left the window as these came
    }

    void theWindowSlides_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("daily");
        QTest::addColumn<int>("count");
        QTest::newRow("500 a day") << 0 << 500 << 1600;
        QTest::newRow("200 a day, 30 a minute") << 30 << 200 << 700;
        QTest::newRow("10,000 a day, 30 a minute") << 30 << 10'000 << 20'000;
    }

    void theWindowSlides()
    {
        QFETCH(int, rate);
        QFETCH(int, daily);
        QFETCH(int, count);
        SendPacer pacer({rate, daily});
        const QList<QDateTime> starts = sendAsSoonAsAllowed(pacer, count, kT0);
        // No 24 hours ever hold more than the limit; and the limit is used (each start is as early as allowed).
        for (int i = daily; i < starts.size(); ++i)
            QVERIFY2(starts.at(i - daily).msecsTo(starts.at(i)) >= SendPacer::kWindowMsec,
                     qPrintable(QString::number(i)));
        QCOMPARE(starts.at(daily).msecsTo(starts.at(0).addSecs(kDay)), qint64(0));
        QVERIFY(pacer.keptStarts() <= daily);
    }

    void oldStartsAreForgotten()
    {
        SendPacer pacer({30, 100});
        pacer.setStarts(times({0, 10, kDay + 20}), at(kDay + 20));
        QCOMPARE(pacer.keptStarts(), 1);
        QCOMPARE(pacer.starts(), times({kDay + 20}));
        pacer.note(at(2 * kDay + 30));
        QCOMPARE(pacer.starts(), times({2 * kDay + 30}));
        // Out of order, they are kept in order.
        pacer.note(at(2 * kDay + 10));
        QCOMPARE(pacer.starts(), times({2 * kDay + 10, 2 * kDay + 30}));
    }

    void reason_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("daily");
        QTest::addColumn<QList<qint64>>("starts");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QString>("reason");
        QTest::newRow("may start now: no reason") << 30 << 500 << QList<qint64> {0} << qint64(5) << QString();
        QTest::newRow("spacing") << 30 << 500 << QList<qint64> {0} << qint64(1)
                                 << QStringLiteral(
                                        "Sending at most 30 a minute, evenly spaced; the next goes at 23:00:02.");
        QTest::newRow("the day's limit, tomorrow")
            << 30 << 2 << QList<qint64> {-3600 + 120, 0} << qint64(10)
            << QStringLiteral("Daily limit reached (2 per 24 hours); the next goes at 2026-11-23 22:02.");
        QTest::newRow("the day's limit, later today")
            << 0 << 1 << QList<qint64> {-kDay + 1800} << qint64(0)
            << QStringLiteral("Daily limit reached (1 per 24 hours); the next goes at 23:30.");
    }

    void reason()
    {
        QFETCH(int, rate);
        QFETCH(int, daily);
        QFETCH(QList<qint64>, starts);
        QFETCH(qint64, now);
        QFETCH(QString, reason);
        SendPacer pacer({rate, daily});
        pacer.setStarts(times(starts), at(now));
        QCOMPARE(pacer.reason(at(now)), reason);
    }

    void tighterLimitsKeepWhatTheyNeed()
    {
        SendPacer pacer({0, 10});
        pacer.setStarts(times({0, 1, 2, 3, 4}), at(5));
        QCOMPARE(pacer.keptStarts(), 5);
        pacer.setLimits({0, 2});
        QCOMPARE(pacer.starts(), times({3, 4}));
        QCOMPARE(pacer.nextStartAt(at(5)), at(kDay + 3));
        pacer.setLimits({0, 0});
        QVERIFY(!pacer.isPaced());
        QCOMPARE(pacer.nextStartAt(at(5)), at(5));
    }
};

QTEST_GUILESS_MAIN(TestSendPacer)
#include "TestSendPacer.moc"
