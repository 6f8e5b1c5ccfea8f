#include "common/SerialWorker.h"
#include "common/ThreadInbox.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

using namespace Postino;

class TestSerialWorker : public QObject
{
    Q_OBJECT

private slots:
    void jobsRunInOrderOffThisThreadAndResultsComeBackHere()
    {
        SerialWorker worker;
        QObject context;
        QList<int> ran;
        std::mutex mutex;
        QList<int> results;
        QList<QThread*> resultThreads;
        std::atomic<bool> offThread {true};
        for (int i = 0; i < 20; ++i) {
            worker.run(
                [&, i] {
                    if (QThread::currentThread() == qApp->thread())
                        offThread = false;
                    const std::lock_guard<std::mutex> lock(mutex);
                    ran.append(i);
                    return i * i;
                },
                &context,
                [&](int square) {
                    results.append(square);
                    resultThreads.append(QThread::currentThread());
                });
        }
        QVERIFY(results.isEmpty()); // never before the event loop runs
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 20, 10000);
        QVERIFY(offThread);
        QList<int> expected;
        for (int i = 0; i < 20; ++i)
            expected.append(i * i);
        QCOMPARE(results, expected);
        {
            const std::lock_guard<std::mutex> lock(mutex);
            QCOMPARE(ran.size(), 20);
            for (int i = 0; i < 20; ++i)
                QCOMPARE(ran.at(i), i);
        }
        for (QThread* thread : std::as_const(resultThreads))
            QCOMPARE(thread, qApp->thread());
    }

    void aVoidJobReportsWithoutAValue()
    {
        SerialWorker worker;
        QObject context;
        std::atomic<bool> ran {false};
        bool told = false;
        worker.run([&] { ran = true; }, &context, [&] { told = true; });
        QTRY_VERIFY_WITH_TIMEOUT(told, 10000);
        QVERIFY(ran);
    }

    void aContextGoneBeforeTheResultHearsNothing()
    {
        SerialWorker worker;
        auto context = std::make_unique<QObject>();
        QSemaphore go;
        bool told = false;
        worker.run(
            [&] {
                go.acquire();
                return 1;
            },
            context.get(), [&](int) { told = true; });
        context.reset(); // while the job still runs
        go.release();
        worker.waitForDone();
        // One more job with a live context: its result comes after the first one's would have.
        QObject later;
        bool laterTold = false;
        worker.run([] { return 2; }, &later, [&](int) { laterTold = true; });
        QTRY_VERIFY_WITH_TIMEOUT(laterTold, 10000);
        QVERIFY(!told);
    }

    void theDestructorWaitsForEveryJobAndDropsTheirResults()
    {
        std::atomic<int> ran {0};
        bool told = false;
        QObject context;
        {
            SerialWorker worker;
            for (int i = 0; i < 5; ++i) {
                worker.run(
                    [&] {
                        QThread::msleep(20);
                        ++ran;
                        return 0;
                    },
                    &context, [&](int) { told = true; });
            }
        } // waits here
        QCOMPARE(ran.load(), 5);
        QCoreApplication::processEvents(); // results queued before the worker went would arrive here
        QVERIFY(!told);
    }

    void dropPendingKeepsJobsNotStartedFromStarting()
    {
        SerialWorker worker;
        QSemaphore started;
        QSemaphore go;
        std::atomic<int> ran {0};
        worker.run([&] {
            started.release();
            go.acquire();
            ++ran;
        });
        for (int i = 0; i < 3; ++i)
            worker.run([&] { ++ran; });
        QVERIFY(started.tryAcquire(1, 10000)); // the first one runs; the others wait behind it
        worker.dropPending();
        go.release();
        worker.waitForDone();
        QCOMPARE(ran.load(), 1);
    }

    void moreThreadsLetALaterJobOvertakeAHeldOne()
    {
        SerialWorker worker(2);
        QObject context;
        QSemaphore go;
        QList<int> order;
        worker.run(
            [&] {
                go.acquire();
                return 1;
            },
            &context, [&](int n) { order.append(n); });
        worker.run([] { return 2; }, &context, [&](int n) { order.append(n); });
        QTRY_COMPARE_WITH_TIMEOUT(order, QList<int>({2}), 10000);
        go.release();
        QTRY_COMPARE_WITH_TIMEOUT(order, QList<int>({2, 1}), 10000);
    }

    // ThreadInbox, under both: calls put from another thread run here one per event, oldest first, so that a
    // call that spins an event loop of its own (a dialog) runs the next ones inside it and in order.
    void anInboxRunsCallsInOrderEvenInsideANestedEventLoop()
    {
        ThreadInbox inbox;
        QList<QString> order;
        std::thread putter([&] {
            inbox.put([&] {
                order.append(QStringLiteral("1 begins"));
                QEventLoop nested;
                QTimer::singleShot(0, &nested, [&] {
                    // Bounded: the others were put before this call ran, so they are queued already.
                    for (int spins = 0; spins < 1000 && order.size() < 3; ++spins)
                        QCoreApplication::processEvents();
                    nested.quit();
                });
                nested.exec();
                order.append(QStringLiteral("1 ends"));
            });
            inbox.put([&] { order.append(QStringLiteral("2")); });
            inbox.put([&] { order.append(QStringLiteral("3")); });
        });
        putter.join();
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), qsizetype(4), 10000);
        QCOMPARE(order,
                 QList<QString>(
                     {QStringLiteral("1 begins"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("1 ends")}));
    }
};

QTEST_GUILESS_MAIN(TestSerialWorker)
#include "TestSerialWorker.moc"
