// SharedWriteHook, the stores' test seam as their threads see it: every copy shares the hook, and once set()
// has returned the old hook never runs again on any thread, so a test can clear it and destroy what it wrote
// into (the journal's sync thread once kept calling a hook the test had cleared, into a watch already gone).
#include "common/WriteHook.h"

#include <QTest>

#include <atomic>
#include <cerrno>
#include <thread>

using namespace Postino;

class TestWriteHook : public QObject
{
    Q_OBJECT
private slots:
    void emptyInjectsNothing();
    void copiesShareTheHook();
    void aHookMayWriteThroughItsStoreAgain();
    void afterSetTheOldHookNeverRuns();
};

void TestWriteHook::emptyInjectsNothing()
{
    const SharedWriteHook hook;
    QCOMPARE(hook.injected(Disk::Step::WriteFile, QStringLiteral("/x")), 0);
    SharedWriteHook cleared;
    cleared.set([](Disk::Step, const QString&) { return ENOSPC; });
    cleared.set({});
    QCOMPARE(cleared.injected(Disk::Step::WriteFile, QStringLiteral("/x")), 0);
}

void TestWriteHook::copiesShareTheHook()
{
    SharedWriteHook store;
    const SharedWriteHook worker = store; // as a store hands itself to its worker, before any hook is set
    QCOMPARE(worker.injected(Disk::Step::SyncFile, QStringLiteral("/j")), 0);
    store.set([](Disk::Step step, const QString& path) {
        return step == Disk::Step::SyncFile && path == QLatin1String("/j") ? EIO : 0;
    });
    QCOMPARE(worker.injected(Disk::Step::SyncFile, QStringLiteral("/j")), EIO);
    QCOMPARE(worker.injected(Disk::Step::WriteFile, QStringLiteral("/j")), 0);
    // Space returns: the copy that was handed out hears of it too.
    store.set({});
    QCOMPARE(worker.injected(Disk::Step::SyncFile, QStringLiteral("/j")), 0);
}

void TestWriteHook::aHookMayWriteThroughItsStoreAgain()
{
    SharedWriteHook hook;
    int depth = 0;
    hook.set([&](Disk::Step step, const QString&) {
        ++depth;
        // A step that takes another step, on the same thread and under the same lock.
        return step == Disk::Step::Rename ? hook.injected(Disk::Step::SyncDir, QStringLiteral("/d")) : EROFS;
    });
    QCOMPARE(hook.injected(Disk::Step::Rename, QStringLiteral("/f")), EROFS);
    QCOMPARE(depth, 2);
}

void TestWriteHook::afterSetTheOldHookNeverRuns()
{
    SharedWriteHook hook;
    std::atomic<bool> cleared {false};
    std::atomic<int> lateCalls {0};
    std::atomic<int> calls {0};
    hook.set([&](Disk::Step, const QString&) {
        if (cleared.load())
            ++lateCalls;
        ++calls;
        std::this_thread::yield(); // a step that takes a while, so that set() comes while one runs
        return 0;
    });
    const SharedWriteHook onTheThread = hook;
    std::atomic<bool> stop {false};
    std::thread writer([&] {
        for (int i = 0; i < 2'000'000 && !stop.load(); ++i)
            (void)onTheThread.injected(Disk::Step::WriteFile, QStringLiteral("/f"));
    });
    QTRY_VERIFY_WITH_TIMEOUT(calls.load() >= 100, 30'000); // the thread runs (a slow start under a sanitizer)
    hook.set({});
    cleared = true; // from here on, the old hook must not be entered
    const int before = calls.load();
    for (int i = 0; i < 1000; ++i)
        std::this_thread::yield();
    stop = true;
    writer.join();
    QCOMPARE(lateCalls.load(), 0);
    QCOMPARE(calls.load(), before);
}

QTEST_GUILESS_MAIN(TestWriteHook)
#include "TestWriteHook.moc"
