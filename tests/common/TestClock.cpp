#include "MockClock.h"

#include "common/Clock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Postino;

class TestClock : public QObject
{
    Q_OBJECT
private slots:
    void mockTimersFireInDeadlineOrder()
    {
        Test::MockClock clock;
        const QDateTime start = clock.now();
        ClockTimer late(&clock), early(&clock), never(&clock);
        QStringList fired;
        QList<qint64> seenAt;
        connect(&late, &ClockTimer::timeout, this, [&] {
            fired << QStringLiteral("late");
            seenAt << start.msecsTo(clock.now());
        });
        connect(&early, &ClockTimer::timeout, this, [&] {
            fired << QStringLiteral("early");
            seenAt << start.msecsTo(clock.now());
        });
        connect(&never, &ClockTimer::timeout, this, [&] { fired << QStringLiteral("never"); });
        late.start(3'600'000);
        early.start(60'000);
        never.start(7'200'000);

        QCOMPARE(clock.advance(3'600'000), 2);
        QCOMPARE(fired, (QStringList {QStringLiteral("early"), QStringLiteral("late")}));
        QCOMPARE(seenAt, (QList<qint64> {60'000, 3'600'000}));
        QVERIFY(!early.isActive());
        QVERIFY(never.isActive());
        QCOMPARE(clock.armedTimers(), 1);
    }

    void stoppedAndDestroyedTimersNeverFire()
    {
        Test::MockClock clock;
        int count = 0;
        ClockTimer stopped(&clock);
        connect(&stopped, &ClockTimer::timeout, this, [&] { ++count; });
        stopped.start(10);
        stopped.stop();
        {
            ClockTimer gone(&clock);
            connect(&gone, &ClockTimer::timeout, this, [&] { ++count; });
            gone.start(10);
        }
        QCOMPARE(clock.armedTimers(), 0);
        QCOMPARE(clock.advance(1000), 0);
        QCOMPARE(count, 0);
    }

    void restartReplacesDeadline()
    {
        Test::MockClock clock;
        ClockTimer timer(&clock);
        QSignalSpy spy(&timer, &ClockTimer::timeout);
        timer.start(100);
        clock.advance(50);
        timer.start(100); // restarted: now due at 150
        clock.advance(60);
        QCOMPARE(spy.count(), 0);
        clock.advance(40);
        QCOMPARE(spy.count(), 1);
    }

    void selfRearmingTimerIsBounded()
    {
        Test::MockClock clock;
        ClockTimer timer(&clock);
        int count = 0;
        connect(&timer, &ClockTimer::timeout, this, [&] {
            ++count;
            timer.start(0);
        });
        timer.start(0);
        clock.advance(1); // must return although the timer re-arms itself forever
        QVERIFY(count > 1);
    }

    void systemClockTimerFires()
    {
        ClockTimer timer(Clock::system());
        QSignalSpy spy(&timer, &ClockTimer::timeout);
        timer.start(10);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(Clock::system()->now().timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "TestClock.moc"
