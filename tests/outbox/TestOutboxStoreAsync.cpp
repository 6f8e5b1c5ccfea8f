// The outbox store's writes off its thread: each runs on the store's worker, and the store learns the
// outcome, tells its listeners and calls back on its own thread; nothing half-written is ever kept.
#include "MockClock.h"

#include "common/Sha256.h"
#include "outbox/OutboxStore.h"

#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <future>
#include <mutex>
#include <optional>

using namespace Postino;

namespace {

const QByteArray kHead = QByteArrayLiteral("From: Ada <ada@example.test>\r\n"
                                           "To: bob@example.test\r\n"
                                           "Subject: Streamed\r\n"
                                           "Message-ID: <s@example.test>\r\n"
                                           "\r\n");

QByteArray message(const char* body)
{
    return kHead + QByteArray(body);
}

MessageWriter writer(const QByteArray& bytes)
{
    return [bytes](QIODevice* device) -> Status {
        device->write(bytes);
        return {};
    };
}

OutboxItem sampleItem()
{
    OutboxItem item;
    item.account = QStringLiteral("work");
    item.sender = QStringLiteral("ada@example.test");
    item.recipients = {{QStringLiteral("bob@example.test"), OutboxRecipient::State::Pending, {}}};
    return item;
}

// A body of many small pieces, as a message builder writes it: 3 MB in lines of 76 characters.
QByteArray bigBody()
{
    QByteArray body;
    const QByteArray line = QByteArray(76, 'x') + "\r\n";
    while (body.size() < 3 * 1024 * 1024)
        body += line;
    return body;
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Waits (bounded) for an async call's report.
template<typename T>
bool waitFor(const std::optional<T>& result)
{
    return QTest::qWaitFor([&] { return result.has_value(); }, 10000);
}

} // namespace

class TestOutboxStoreAsync : public QObject
{
    Q_OBJECT
private slots:
    void addAsyncStreamsTheMessageOnTheWorkerAndReportsHere()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        QSignalSpy added(&store, &OutboxStore::itemAdded);
        const QByteArray body = bigBody();
        std::atomic<bool> onWorker {false};
        QThread* here = QThread::currentThread();
        std::optional<Result<OutboxItem>> result;
        QThread* reportedOn = nullptr;
        store.addAsync(
            sampleItem(),
            [&](QIODevice* device) -> Status {
                onWorker = QThread::currentThread() != here;
                device->write(kHead);
                for (qsizetype at = 0; at < body.size(); at += 78) // line by line, never whole
                    device->write(body.constData() + at, std::min<qsizetype>(78, body.size() - at));
                return {};
            },
            &store,
            [&](const Result<OutboxItem>& r) {
                reportedOn = QThread::currentThread();
                result = r;
            });
        QCOMPARE(added.count(), 0); // not before the write is done
        QCOMPARE(store.writesPending(), 1);
        QVERIFY(waitFor(result));
        QVERIFY2(result->ok(), qPrintable(result->error().message()));
        QVERIFY(onWorker);
        QCOMPARE(reportedOn, here);
        QCOMPARE(store.writesPending(), 0);
        QCOMPARE(added.count(), 1);
        const OutboxItem& item = result->value();
        QCOMPARE(added.first().first().toString(), item.id);
        QCOMPARE(item.size, kHead.size() + body.size());
        QCOMPARE(item.messageSha256, Sha256::hashHex(QByteArray(kHead + body)));
        QCOMPARE(item.subject, QStringLiteral("Streamed")); // described from the streamed header section
        QCOMPARE(item.messageId, QStringLiteral("<s@example.test>"));
        QCOMPARE(readFile(store.messagePath(item.id)), QByteArray(kHead + body));
        // Read back with the full check by a store that has cached nothing.
        OutboxStore other(dir.path(), &clock);
        const Result<OutboxItem> loaded = other.load(item.id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
        QCOMPARE(loaded.value().state, OutboxItem::State::Queued);
    }

    // Messages handed over while the worker is still busy go in together, with one commit (no fsync of
    // their own); should that commit fail, each is written on its own and none is lost.
    void addsGivenWhileTheWorkerIsBusyShareOneCommit_data()
    {
        QTest::addColumn<bool>("batchFails");
        QTest::newRow("one commit for the ten") << false;
        QTest::newRow("the commit fails: one by one") << true;
    }
    void addsGivenWhileTheWorkerIsBusyShareOneCommit()
    {
        QFETCH(bool, batchFails);
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        const QString earlier = store.add(sampleItem(), message("Earlier.\r\n")).value().id;
        auto idOf = [](int n) { return QStringLiteral("20261122T100000000-%1").arg(n, 8, 10, QLatin1Char('0')); };
        std::mutex mutex;
        QStringList syncs; // of the new items' files
        bool failed = false;
        const QString refused = store.outboxDir() + QLatin1Char('/') + idOf(2);
        store.setWriteHook([&](OutboxStore::Step step, const QString& path) {
            const std::lock_guard<std::mutex> lock(mutex);
            if (step == OutboxStore::Step::SyncFile && path.contains(QStringLiteral("/.new-")))
                syncs << path;
            if (batchFails && !failed && step == OutboxStore::Step::Rename && path == refused) {
                failed = true;
                return EIO;
            }
            return 0;
        });
        // Cleared before the locals it writes into go: the store's threads stop calling it then.
        const auto unhook1 = qScopeGuard([&] { store.setWriteHook({}); });
        // The worker is busy (a retry from the Outbox, say) while ten messages are handed over.
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        std::optional<Result<OutboxItem>> updated;
        store.updateAsync(
            earlier,
            [released](OutboxItem& item) -> Status {
                released.wait();
                item.lastError = QStringLiteral("retry requested");
                return {};
            },
            &store, [&updated](const Result<OutboxItem>& r) { updated = r; });
        QList<std::optional<Result<OutboxItem>>> results(10);
        QSignalSpy added(&store, &OutboxStore::itemAdded);
        for (int n = 1; n <= 10; ++n) {
            OutboxItem item = sampleItem();
            item.id = idOf(n);
            store.addAsync(item, writer(message("Hello.\r\n") + QByteArray::number(n)), &store,
                           [&results, n](const Result<OutboxItem>& r) { results[n - 1] = r; });
        }
        QCOMPARE(store.writesPending(), 11);
        release.set_value();
        QVERIFY(QTest::qWaitFor([&] { return store.writesPending() == 0; }, 10000));
        QVERIFY(updated.has_value() && updated->ok());
        QCOMPARE(added.count(), 10);
        OutboxStore other(dir.path(), &clock);
        for (int n = 1; n <= 10; ++n) {
            QVERIFY(results.at(n - 1).has_value());
            QVERIFY2(results.at(n - 1)->ok(), qPrintable(results.at(n - 1)->error().message()));
            const Result<OutboxItem> loaded = other.load(idOf(n)); // the full check
            QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
            QCOMPARE(readFile(other.messagePath(idOf(n))), message("Hello.\r\n") + QByteArray::number(n));
        }
        QCOMPARE(other.items().size(), 11);
        const std::lock_guard<std::mutex> lock(mutex);
        // Together: no fsync of their own (one syncfs() for all). One by one: each message and item.json synced.
        QVERIFY2(syncs.size() == (batchFails ? 20 : 0), qPrintable(syncs.join(QLatin1Char('\n'))));
        QCOMPARE(failed, batchFails);
        QVERIFY(
            QDir(store.outboxDir()).entryList({QStringLiteral(".new-*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
    }

    void addAsyncOnAFullDiskKeepsNothingAndSaysWhy()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        std::atomic<int> onThisThread {0};
        QThread* here = QThread::currentThread();
        store.setWriteHook([&](OutboxStore::Step step, const QString& path) {
            if (QThread::currentThread() == here)
                ++onThisThread;
            return step == OutboxStore::Step::SyncFile && path.contains(QStringLiteral("/.new-")) ? ENOSPC : 0;
        });
        // Cleared before the locals it writes into go: the store's threads stop calling it then.
        const auto unhook2 = qScopeGuard([&] { store.setWriteHook({}); });
        QSignalSpy added(&store, &OutboxStore::itemAdded);
        std::optional<Result<OutboxItem>> result;
        store.addAsync(
            sampleItem(),
            [](QIODevice* device) -> Status {
                device->write(message("Hello.\r\n"));
                return {};
            },
            &store, [&](const Result<OutboxItem>& r) { result = r; });
        QVERIFY(waitFor(result));
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), ErrorKind::IoError);
        QVERIFY2(result->error().message().contains(QString::fromLocal8Bit(std::strerror(ENOSPC))),
                 qPrintable(result->error().message()));
        QCOMPARE(onThisThread.load(), 0);
        QCOMPARE(added.count(), 0);
        QVERIFY(entries(store.outboxDir()).isEmpty());
    }

    void aWriterThatFailsIsReportedInItsOwnWordsAndNothingIsKept()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        std::optional<Result<OutboxItem>> result;
        store.addAsync(
            sampleItem(),
            [](QIODevice* device) -> Status {
                device->write(kHead);
                return Error(ErrorKind::NoInput, QStringLiteral("The attachment report.pdf is gone."));
            },
            &store, [&](const Result<OutboxItem>& r) { result = r; });
        QVERIFY(waitFor(result));
        QVERIFY(!result->ok());
        QCOMPARE(result->error().message(), QStringLiteral("The attachment report.pdf is gone."));
        QVERIFY(entries(store.outboxDir()).isEmpty());
        QVERIFY(store.items().isEmpty());
    }

    void updateAsyncCommitsTheChangeWithANewerRevision()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        const OutboxItem item = store.add(sampleItem(), message("Hi.\r\n")).value();
        QSignalSpy updated(&store, &OutboxStore::itemUpdated);
        std::optional<Result<OutboxItem>> result;
        store.updateAsync(
            item.id,
            [](OutboxItem& changed) {
                changed.attempts = 7;
                return Status();
            },
            &store, [&](const Result<OutboxItem>& r) { result = r; });
        QVERIFY(waitFor(result));
        QVERIFY2(result->ok(), qPrintable(result->error().message()));
        QCOMPARE(updated.count(), 1);
        QVERIFY(result->value().revision > item.revision);
        QCOMPARE(store.load(item.id).value().attempts, 7);
        QCOMPARE(OutboxStore(dir.path(), &clock).load(item.id).value().attempts, 7);

        // A change that refuses leaves the item as it was.
        result.reset();
        store.updateAsync(
            item.id, [](OutboxItem&) { return Status(Error(ErrorKind::Temporary, QStringLiteral("not now"))); }, &store,
            [&](const Result<OutboxItem>& r) { result = r; });
        QVERIFY(waitFor(result));
        QVERIFY(!result->ok());
        QCOMPARE(result->error().message(), QStringLiteral("not now"));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(OutboxStore(dir.path(), &clock).load(item.id).value().attempts, 7);
    }

    void updateAsyncOfADamagedItemMovesItAsideAndReportsIt()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        const OutboxItem item = store.add(sampleItem(), message("Hi.\r\n")).value();
        QFile body(store.messagePath(item.id));
        QVERIFY(body.open(QIODevice::ReadWrite));
        QVERIFY(body.seek(body.size() - 3));
        QCOMPARE(body.write("X"), 1); // same size, other bytes
        body.close();
        QSignalSpy damaged(&store, &OutboxStore::itemDamaged);
        QSignalSpy removed(&store, &OutboxStore::itemRemoved);
        std::optional<Result<OutboxItem>> result;
        store.updateAsync(
            item.id, [](OutboxItem&) { return Status(); }, &store, [&](const Result<OutboxItem>& r) { result = r; });
        QVERIFY(waitFor(result));
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), ErrorKind::DataError);
        QVERIFY2(result->error().message().contains(QStringLiteral("damaged")), qPrintable(result->error().message()));
        QCOMPARE(damaged.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(store.problems().size(), 1);
        QVERIFY(QFileInfo(store.problems().first().movedTo).isDir());
        QVERIFY(store.items().isEmpty());
    }

    void removeAsyncRemovesAndAnUnknownIdSaysSo()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        const OutboxItem item = store.add(sampleItem(), message("Hi.\r\n")).value();
        QSignalSpy removed(&store, &OutboxStore::itemRemoved);
        std::optional<Status> result;
        store.removeAsync(item.id, &store, [&](const Status& s) { result = s; });
        QVERIFY(waitFor(result));
        QVERIFY(result->ok());
        QCOMPARE(removed.count(), 1);
        QVERIFY(entries(store.outboxDir()).isEmpty());
        result.reset();
        store.removeAsync(item.id, &store, [&](const Status& s) { result = s; });
        QVERIFY(waitFor(result));
        QCOMPARE(result->error().kind(), ErrorKind::NoInput);
        QCOMPARE(removed.count(), 1);
    }

    void checkpointAsyncFilesTheClosedJournal()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        OutboxItem waiting = store.add(sampleItem(), message("One.\r\n")).value();
        OutboxItem sent = store.add(sampleItem(), message("Two.\r\n")).value();
        QVERIFY(store.openJournal().ok());
        waiting.attempts = 2;
        QVERIFY(store.record(waiting).ok());
        QVERIFY(store.markSent(sent).ok());
        QVERIFY(store.closeJournal(false).ok()); // as the GUI does: the checkpoint comes later
        const QString journal = store.outboxDir() + QStringLiteral("/journal");
        QVERIFY(QFileInfo::exists(journal));
        std::optional<Status> result;
        store.checkpointAsync(&store, [&](const Status& s) { result = s; });
        QVERIFY(waitFor(result));
        QVERIFY2(result->ok(), qPrintable(result->error().message()));
        QVERIFY(!QFileInfo::exists(journal));
        QVERIFY(QFileInfo(store.sentDir() + QLatin1Char('/') + sent.id).isDir());
        QCOMPARE(store.load(waiting.id).value().attempts, 2);
        OutboxStore fresh(dir.path(), &clock); // no journal to read: the item files say it all
        QCOMPARE(fresh.load(waiting.id).value().attempts, 2);
        QCOMPARE(fresh.items().size(), 1);
        QCOMPARE(fresh.sentItems().size(), 1);
    }

    void aReportForAContextThatIsGoneIsDroppedButTheStoreStillLearns()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        QSignalSpy added(&store, &OutboxStore::itemAdded);
        auto context = std::make_unique<QObject>();
        bool called = false;
        store.addAsync(
            sampleItem(),
            [](QIODevice* device) -> Status {
                device->write(message("Hi.\r\n"));
                return {};
            },
            context.get(), [&](const Result<OutboxItem>&) { called = true; });
        context.reset();
        // The store learns and reports in one go: once it has told its listeners, done() was dropped.
        QVERIFY(QTest::qWaitFor([&] { return added.count() == 1; }, 10000));
        QVERIFY(!called);
        QCOMPARE(store.writesPending(), 0);
    }

    void theDestructorWaitsForWhatIsBeingWritten()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        QString id;
        {
            OutboxStore store(dir.path(), &clock);
            OutboxItem item = sampleItem();
            item.id = QStringLiteral("20261202T100000000-00000001");
            id = item.id;
            store.addAsync(
                item,
                [](QIODevice* device) -> Status {
                    QThread::msleep(200); // still writing when the store goes
                    device->write(message("Late.\r\n"));
                    return {};
                },
                &store, [](const Result<OutboxItem>&) {});
        }
        OutboxStore later(dir.path(), &clock);
        const Result<OutboxItem> loaded = later.load(id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
        QCOMPARE(readFile(later.messagePath(id)), message("Late.\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestOutboxStoreAsync)
#include "TestOutboxStoreAsync.moc"
