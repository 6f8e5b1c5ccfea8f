#include "drafts/ComposedMessage.h"
#include "drafts/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <mutex>
#include <optional>

using namespace Postino;

namespace {

ComposedMessage sample()
{
    ComposedMessage m;
    m.account = QStringLiteral("acc-1");
    m.identity = QStringLiteral("work");
    m.from = QStringLiteral("Ada Lovelace <ada@example.org>");
    m.to = QStringLiteral("bob@example.org, \"Carol, C.\" <carol@example.org>");
    m.cc = QStringLiteral("dan@example.org");
    m.bcc = QStringLiteral("eve@example.org");
    m.subject = QStringLiteral("Caffè ☕ at 10?");
    m.plainText = QStringLiteral("Line one\nLine two, città\n");
    m.html = QStringLiteral("<p>Line one</p>");
    m.attachments = {QStringLiteral("/tmp/a file.pdf"), QStringLiteral("/tmp/b.png")};
    return m;
}

} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTripKeepsEveryField()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QSignalSpy saved(&store, &DraftStore::draftSaved);
        const QString id = DraftStore::newId();
        QVERIFY(store.save(id, sample()).ok());
        QCOMPARE(saved.size(), 1);
        QVERIFY(store.contains(id));
        const Result<ComposedMessage> loaded = DraftStore(dir.path()).load(id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value(), sample());
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<ComposedMessage>("message");
        QTest::newRow("full message") << sample();
        QTest::newRow("empty message") << ComposedMessage();
        ComposedMessage plain = sample();
        plain.html.clear();
        plain.attachments.clear();
        QTest::newRow("plain text without attachments") << plain;
    }

    void jsonRoundTrip()
    {
        QFETCH(ComposedMessage, message);
        const Result<ComposedMessage> back = ComposedMessage::fromJson(message.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), message);
    }

    void overwriteIsAtomicAndLeavesNoTemporaryFiles()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        const QString id = DraftStore::newId();
        ComposedMessage message = sample();
        QVERIFY(store.save(id, message).ok());
        message.subject = QStringLiteral("second version");
        message.plainText = QString(100'000, QLatin1Char('x'));
        QVERIFY(store.save(id, message).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {id + u".json"});
        QCOMPARE(store.load(id).value().subject, QStringLiteral("second version"));
    }

    void listShowsNewestFirst()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        ComposedMessage first = sample();
        first.subject = QStringLiteral("first");
        ComposedMessage second = sample();
        second.subject = QStringLiteral("second");
        QVERIFY(store.save(QStringLiteral("a"), first).ok());
        QVERIFY(store.save(QStringLiteral("b"), second).ok());
        QFile fileA(dir.filePath(QStringLiteral("a.json")));
        QVERIFY(fileA.open(QIODevice::ReadWrite));
        QVERIFY(fileA.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60), QFileDevice::FileModificationTime));
        fileA.close();
        const QList<DraftStore::Entry> entries = store.list();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).subject, QStringLiteral("second"));
        QCOMPARE(entries.at(1).subject, QStringLiteral("first"));
        QCOMPARE(entries.at(1).to, sample().to);
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated JSON") << QByteArray("{\"subject\": \"half");
        QTest::newRow("not an object") << QByteArray("[1, 2, 3]");
        QTest::newRow("binary garbage") << QByteArray("\x00\x01\x02\xff", 4);
        QTest::newRow("wrong field type") << QByteArray("{\"subject\": 42}");
        QTest::newRow("attachments not a list") << QByteArray("{\"attachments\": \"a.pdf\"}");
        QTest::newRow("unknown format version") << QByteArray("{\"version\": 99}");
        QTest::newRow("empty file") << QByteArray();
    }

    void damagedFiles()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QVERIFY(store.save(QStringLiteral("good"), sample()).ok());
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(content);
        bad.close();

        const Result<ComposedMessage> loaded = store.load(QStringLiteral("bad"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind(), ErrorKind::DataError);
        QVERIFY(loaded.error().message().contains(QStringLiteral("bad.json")));
        const QList<DraftStore::Entry> entries = store.list();
        QCOMPARE(entries.size(), 2); // the damaged draft is listed with its error, the good one is intact
        for (const DraftStore::Entry& entry : entries)
            QCOMPARE(entry.error.isEmpty(), entry.id == QStringLiteral("good"));
        QVERIFY(bad.exists()); // never deleted behind the user's back
    }

    void missingDraftIsNoInput()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QCOMPARE(store.load(QStringLiteral("nope")).error().kind(), ErrorKind::NoInput);
        QCOMPARE(store.load(QStringLiteral("../escape")).error().kind(), ErrorKind::NoInput);
        QVERIFY(!store.save(QStringLiteral("../escape"), sample()).ok());
    }

    void removeDeletesAndSignals()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QVERIFY(store.save(QStringLiteral("x"), sample()).ok());
        QSignalSpy removed(&store, &DraftStore::draftRemoved);
        QVERIFY(store.remove(QStringLiteral("x")).ok());
        QCOMPARE(removed.size(), 1);
        QVERIFY(!store.contains(QStringLiteral("x")));
        QVERIFY(store.remove(QStringLiteral("x")).ok()); // already gone: fine
        QCOMPARE(removed.size(), 1);
    }

    void unwritableFolderIsAnIoError()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        DraftStore store(blocker + u"/drafts"); // a folder inside a regular file cannot exist
        const Status saved = store.save(QStringLiteral("x"), sample());
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind(), ErrorKind::IoError);
    }

    void asyncWritesRunOffThisThreadInOrderAndReportHere()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QSignalSpy saved(&store, &DraftStore::draftSaved);
        QSignalSpy removed(&store, &DraftStore::draftRemoved);
        std::mutex mutex;
        QList<QThread*> writers;
        QStringList steps;
        store.setWriteHook([&](Disk::Step step, const QString& path) {
            const std::lock_guard<std::mutex> lock(mutex);
            writers.append(QThread::currentThread());
            steps.append(QVariant::fromValue(step).toString() + u' ' + QFileInfo(path).fileName());
            return 0;
        });
        // Cleared before the locals it writes into go: the store's threads stop calling it then.
        const auto unhook1 = qScopeGuard([&] { store.setWriteHook({}); });
        QObject context;
        QStringList reports;
        const QString id = DraftStore::newId();
        ComposedMessage first = sample();
        ComposedMessage second = sample();
        second.subject = QStringLiteral("second");
        store.saveAsync(id, first, &context,
                        [&](const Status& s) { reports << QString::fromUtf16(s ? u"saved" : u"failed"); });
        store.saveAsync(id, second, &context,
                        [&](const Status& s) { reports << QString::fromUtf16(s ? u"saved" : u"failed"); });
        store.removeAsync(id, &context,
                          [&](const Status& s) { reports << QString::fromUtf16(s ? u"removed" : u"failed"); });
        QVERIFY(reports.isEmpty()); // later, on this thread
        QTRY_COMPARE_WITH_TIMEOUT(
            reports, QStringList({QStringLiteral("saved"), QStringLiteral("saved"), QStringLiteral("removed")}), 10000);
        QCOMPARE(saved.count(), 2);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!store.contains(id));
        const std::lock_guard<std::mutex> lock(mutex);
        QCOMPARE(
            steps,
            QStringList({u"WriteFile " + id + u".json", u"WriteFile " + id + u".json", u"Remove " + id + u".json"}));
        for (QThread* writer : std::as_const(writers))
            QVERIFY(writer != QThread::currentThread());
    }

    void anAsyncWriteThatFailsSaysWhyAndSignalsNothing()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QSignalSpy saved(&store, &DraftStore::draftSaved);
        store.setWriteHook([](Disk::Step, const QString&) { return ENOSPC; });
        QObject context;
        std::optional<Status> report;
        store.saveAsync(DraftStore::newId(), sample(), &context, [&](const Status& s) { report = s; });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 10000);
        QVERIFY(!*report);
        QCOMPARE(report->error().kind(), ErrorKind::IoError);
        QVERIFY2(report->error().message().contains(qt_error_string(ENOSPC)), qPrintable(report->error().message()));
        QCOMPARE(saved.count(), 0);
    }

    void aCallerGoneBeforeTheWriteEndsHearsNothingButTheDraftIsSaved()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QSignalSpy saved(&store, &DraftStore::draftSaved);
        bool told = false;
        const QString id = DraftStore::newId();
        {
            QObject caller;
            store.saveAsync(id, sample(), &caller, [&](const Status&) { told = true; });
        }
        store.waitForWrites();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QVERIFY(!told);
        QVERIFY(store.load(id).ok());
    }

    void estimatedSizeCountsAttachmentsInBase64()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("big.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(300'000, 'a'));
        file.close();
        ComposedMessage message;
        message.plainText = QStringLiteral("hi");
        const qint64 without = message.estimatedSize();
        message.attachments = {file.fileName()};
        const qint64 with = message.estimatedSize();
        QVERIFY(with - without >= 400'000); // 4/3
        QVERIFY(with - without <= 420'000); // plus line breaks and part headers, not much more
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "TestDraftStore.moc"
