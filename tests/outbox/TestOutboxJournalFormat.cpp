// The outbox's files as later versions find them: an outbox written by an earlier version (a fixture,
// tests/outbox/fixtures/outbox-v1) loads and is migrated, and a journal cut short at any byte of its last
// record (a runner that died mid-write) loads with everything before that record and nothing damaged.
#include "MockClock.h"

#include "outbox/OutboxStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Postino;

namespace {

const QByteArray kMessage = QByteArrayLiteral("From: Ada <ada@example.test>\r\n"
                                              "To: bob@example.test\r\n"
                                              "Subject: Cut\r\n"
                                              "Message-ID: <cut@example.test>\r\n"
                                              "\r\n"
                                              "Hello Bob.\r\n");

OutboxItem sampleItem()
{
    OutboxItem item;
    item.account = QStringLiteral("work");
    item.sender = QStringLiteral("ada@example.test");
    item.recipients = {{QStringLiteral("bob@example.test"), OutboxRecipient::State::Pending, {}},
                       {QStringLiteral("carol@example.test"), OutboxRecipient::State::Pending, {}}};
    return item;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// Copies the folder tree from into to (which exists), files and folders alike.
bool copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QDir().mkpath(QFileInfo(target).path()) || !writeFile(target, readFile(path))) {
            return false; // (QFile::copy() syncs each copy: far slower, and nothing here needs it)
        }
    }
    return true;
}

QString fixtureDir()
{
    return qEnvironmentVariable("POSTINO_SOURCE_DIR") + QStringLiteral("/tests/outbox/fixtures/outbox-v1");
}

// The fixture's ids (MakeOutboxFixture): 1-3 queued, 4 failed, 5 filed under Sent, 6 sent in the
// journal only, 3 in `sending` with its final dot pending in the journal.
QString fixtureId(int n)
{
    return QStringLiteral("20261122T100000000-%1").arg(n, 8, 10, QLatin1Char('0'));
}

QHash<QString, OutboxItem> byId(const QList<OutboxItem>& items)
{
    QHash<QString, OutboxItem> out;
    for (const OutboxItem& item : items)
        out.insert(item.id, item);
    return out;
}

} // namespace

class TestOutboxJournalFormat : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(QFileInfo(fixtureDir()).isDir(), qPrintable(fixtureDir())); }

    // What another process (the GUI, `queue list`) sees of the old outbox before anyone migrates it.
    void anOutboxOfTheFirstFormatReadsAsItWasLeft()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(fixtureDir(), dir.path()));
        Test::MockClock clock;
        OutboxStore reader(dir.path(), &clock);
        const QHash<QString, OutboxItem> items = byId(reader.items());
        QCOMPARE(items.size(), 4);
        for (int n : {1, 2})
            QCOMPARE(items.value(fixtureId(n)).state, OutboxItem::State::Queued);
        const OutboxItem sending = items.value(fixtureId(3));
        QCOMPARE(sending.state, OutboxItem::State::Sending);
        QVERIFY(sending.finalDotPending);
        QCOMPARE(sending.attempts, 1);
        const OutboxItem failed = items.value(fixtureId(4));
        QCOMPARE(failed.state, OutboxItem::State::Failed);
        QCOMPARE(failed.lastReply, QStringLiteral("550 5.1.1 no such user"));
        QCOMPARE(failed.recipients.first().state, OutboxRecipient::State::Failed);
        QCOMPARE(failed.transcript.size(), 4);
        const QHash<QString, OutboxItem> sent = byId(reader.sentItems());
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.value(fixtureId(5)).recipients.first().reply, QStringLiteral("250 2.0.0 Ok: queued as A1"));
        const OutboxItem journalled = sent.value(fixtureId(6));
        QCOMPARE(journalled.state, OutboxItem::State::Sent);
        QCOMPARE(journalled.recipients.size(), 2);
        QCOMPARE(journalled.recipients.at(1).reply, QStringLiteral("250 2.1.5 Ok"));
        QCOMPARE(journalled.transcript.size(), 9);
        QCOMPARE(journalled.history.size(), 1);
        QVERIFY(reader.problems().isEmpty());
    }

    // The first runner to open it replays the old journal, checkpoints it and goes on in today's format.
    void anOutboxOfTheFirstFormatIsMigratedOnFirstOpen()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(fixtureDir(), dir.path()));
        const QByteArray oldJournal = readFile(dir.path() + QStringLiteral("/outbox/journal"));
        QVERIFY(!oldJournal.isEmpty());
        Test::MockClock clock;
        QString id3 = fixtureId(3);
        {
            OutboxStore runner(dir.path(), &clock);
            QVERIFY(runner.openJournal().ok());
            QVERIFY(runner.problems().isEmpty());
            // Checkpointed: the sent one filed under Sent, the one in `sending` says so in its item.json.
            QVERIFY(!QFileInfo::exists(runner.outboxDir() + QLatin1Char('/') + fixtureId(6)));
            QVERIFY(QFileInfo(runner.sentDir() + QLatin1Char('/') + fixtureId(6)).isDir());
            QVERIFY(readFile(runner.outboxDir() + QLatin1Char('/') + id3 + QStringLiteral("/item.json"))
                        .contains("\"state\":\"sending\""));
            // A runner's recovery of the orphan, recorded in the journal of today's format.
            OutboxItem item = runner.load(id3).value();
            item.state = OutboxItem::State::Queued;
            item.finalDotPending = false;
            item.possibleDuplicate = true;
            item.lastError = QStringLiteral("outcome unknown");
            QVERIFY(runner.record(item).ok());
            QVERIFY(runner.syncJournal().ok());
            const QByteArray journal = readFile(runner.outboxDir() + QStringLiteral("/journal"));
            QVERIFY(!journal.isEmpty());
            QVERIFY(journal.startsWith("\x89PJRNL2\n")); // format 2's magic
            QVERIFY(!journal.contains(oldJournal.left(64)));
            // Another process reads the new journal.
            OutboxStore other(dir.path(), &clock);
            const OutboxItem seen = other.load(id3).value();
            QCOMPARE(seen.state, OutboxItem::State::Queued);
            QVERIFY(seen.possibleDuplicate);
            // The runner dies: the next one replays the new journal.
        }
        OutboxStore next(dir.path(), &clock);
        QVERIFY(next.openJournal().ok());
        const QHash<QString, OutboxItem> items = byId(next.items());
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.value(id3).lastError, QStringLiteral("outcome unknown"));
        QVERIFY(items.value(id3).possibleDuplicate);
        QCOMPARE(next.sentItems().size(), 2);
        QVERIFY(next.closeJournal().ok());
        QVERIFY(next.problems().isEmpty());
        // Every message is where it was, byte for byte.
        QCOMPARE(next.message(fixtureId(1)).value(),
                 readFile(fixtureDir() + QStringLiteral("/outbox/") + fixtureId(1) + QStringLiteral("/message.eml")));
        QCOMPARE(next.sentMessage(fixtureId(6)).value(),
                 readFile(fixtureDir() + QStringLiteral("/outbox/") + fixtureId(6) + QStringLiteral("/message.eml")));
    }

    // The old journal's last line cut at every byte: its earlier lines count, the cut one is ignored.
    void aJournalOfTheFirstFormatCutAnywhereInItsLastLineLoads()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(fixtureDir(), dir.path()));
        const QString journal = dir.path() + QStringLiteral("/outbox/journal");
        const QByteArray whole = readFile(journal);
        QVERIFY(whole.endsWith('\n'));
        const qsizetype lastStart = whole.lastIndexOf('\n', whole.size() - 2) + 1;
        QVERIFY(lastStart > 0);
        Test::MockClock clock;
        for (qsizetype cut = lastStart; cut < whole.size(); ++cut) {
            QVERIFY(writeFile(journal, whole.left(cut)));
            OutboxStore reader(dir.path(), &clock);
            // The last line is 6's `sent`: without it, 6 is still in `sending` with its dot pending.
            const OutboxItem six = reader.load(fixtureId(6)).value();
            QVERIFY2(six.state == OutboxItem::State::Sending && six.finalDotPending, qPrintable(QString::number(cut)));
            QCOMPARE(reader.items().size(), 5);
            QVERIFY(reader.problems().isEmpty());
        }
    }

    // Today's journal cut at every byte of its last record, as a runner that died mid-write leaves it:
    // what was synced before it loads, the torn record is ignored (not damage), and the next runner goes
    // on from there with a journal that every reader takes whole.
    void aJournalCutAnywhereInItsLastRecordLoads()
    {
        QTemporaryDir origin;
        Test::MockClock clock;
        QString a;
        QString b;
        qint64 lastStart = 0;
        qint64 end = 0;
        {
            OutboxStore runner(origin.path(), &clock);
            OutboxItem itemA = runner.add(sampleItem(), kMessage).value();
            OutboxItem itemB = runner.add(sampleItem(), kMessage).value();
            a = itemA.id;
            b = itemB.id;
            QVERIFY(runner.openJournal().ok());
            const QString journal = origin.path() + QStringLiteral("/outbox/journal");
            for (OutboxItem* item : {&itemA, &itemB}) {
                item->state = OutboxItem::State::Sending;
                item->attempts = 1;
                item->lastAttempt = clock.now();
                item->sendingBoot = QStringLiteral("boot");
                QVERIFY(runner.record(*item).ok());
            }
            QVERIFY(runner.recordDotPending(itemA).ok());
            QVERIFY(runner.syncJournal().ok());
            lastStart = QFileInfo(journal).size(); // written with write(): in the file at once
            // The last record: A sent, with its replies and its transcript.
            for (OutboxRecipient& r : itemA.recipients) {
                r.state = OutboxRecipient::State::Sent;
                r.reply = QStringLiteral("250 2.1.5 Ok");
            }
            itemA.transcript = {QStringLiteral("C: MAIL FROM:<ada@example.test>"), QStringLiteral("S: 250 2.1.0 Ok"),
                                QStringLiteral("S: 250 2.0.0 Ok: queued as C3")};
            itemA.addEvent(clock.now(), QStringLiteral("sent"));
            QVERIFY(runner.markSent(itemA).ok());
            QVERIFY(runner.syncJournal().ok());
            end = QFileInfo(journal).size();
        }
        const QByteArray whole = readFile(origin.path() + QStringLiteral("/outbox/journal"));
        QCOMPARE(qint64(whole.size()), end);
        QVERIFY(lastStart > 0 && lastStart < end);
        {
            // Whole, it says A was sent.
            OutboxStore reader(origin.path(), &clock);
            QCOMPARE(reader.find(a).value().state, OutboxItem::State::Sent);
        }
        // Every cut is read; the next runner's open and append (which wait for the disk) are tried at every
        // cut of a small record, and at 128 cuts spread over a large one and the 16 bytes at each end.
        const qint64 stride = qMax<qint64>(1, (end - lastStart) / 128);
        QTemporaryDir readDir; // read only: the same folder for every cut
        QVERIFY(copyTree(origin.path(), readDir.path()));
        for (qint64 cut = lastStart; cut < end; ++cut) {
            const QString at = QString::number(cut);
            const bool append = cut < lastStart + 16 || cut >= end - 16 || (cut - lastStart) % stride == 0;
            QVERIFY(writeFile(readDir.path() + QStringLiteral("/outbox/journal"), whole.left(cut)));
            {
                OutboxStore reader(readDir.path(), &clock);
                const QHash<QString, OutboxItem> items = byId(reader.items());
                QCOMPARE(items.size(), 2);
                QVERIFY2(items.value(a).state == OutboxItem::State::Sending, qPrintable(at));
                QVERIFY2(items.value(a).finalDotPending, qPrintable(at));
                QVERIFY2(items.value(b).state == OutboxItem::State::Sending, qPrintable(at));
                QVERIFY2(reader.problems().isEmpty(), qPrintable(at));
            }
            if (!append)
                continue;
            QTemporaryDir dir;
            QVERIFY(copyTree(origin.path(), dir.path()));
            const QString journal = dir.path() + QStringLiteral("/outbox/journal");
            QVERIFY(writeFile(journal, whole.left(cut)));
            // The next runner: opens it without a checkpoint (the GUI's way), so the torn tail must go and
            // its own record follow whole.
            {
                OutboxStore next(dir.path(), &clock);
                QVERIFY2(next.openJournal(false).ok(), qPrintable(at));
                OutboxItem item = next.load(b).value();
                item.state = OutboxItem::State::Queued;
                item.lastError = QStringLiteral("interrupted");
                QVERIFY(next.record(item).ok());
                QVERIFY(next.closeJournal(false).ok());
            }
            QVERIFY2(readFile(journal).startsWith(whole.left(lastStart)), qPrintable(at));
            OutboxStore later(dir.path(), &clock);
            QVERIFY2(later.load(b).value().lastError == QStringLiteral("interrupted"), qPrintable(at));
            QVERIFY2(later.load(a).value().state == OutboxItem::State::Sending, qPrintable(at));
            QVERIFY2(later.problems().isEmpty(), qPrintable(at));
        }
    }
};

QTEST_GUILESS_MAIN(TestOutboxJournalFormat)
#include "TestOutboxJournalFormat.moc"
