#include "MockClock.h"

#include "outbox/OutboxStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace Postino;

namespace {

const QByteArray kMessage = QByteArrayLiteral("From: Ada <ada@example.test>\r\n"
                                              "To: bob@example.test\r\n"
                                              "Subject: Quarterly\r\n"
                                              " report\r\n"
                                              "Message-ID: <1@example.test>\r\n"
                                              "\r\n"
                                              "Hello Bob.\r\n");

OutboxItem sampleItem()
{
    OutboxItem item;
    item.account = QStringLiteral("work");
    item.sender = QStringLiteral("ada@example.test");
    item.recipients = {{QStringLiteral("bob@example.test"), OutboxRecipient::State::Pending, {}},
                       {QStringLiteral("carol@example.test"), OutboxRecipient::State::Pending, {}}};
    item.body = Envelope::Body::EightBitMime;
    item.requestDsn = true;
    return item;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestOutboxStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTripKeepsEveryFieldAndTheExactBytes()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        QSignalSpy added(&store, &OutboxStore::itemAdded);
        OutboxItem in = sampleItem();
        in.history.append({clock.now(), QStringLiteral("queued")});
        Result<OutboxItem> r = store.add(in, kMessage);
        QVERIFY2(r.ok(), qPrintable(r.error().message()));
        const OutboxItem& saved = r.value();
        QCOMPARE(added.count(), 1);
        QVERIFY(saved.id.startsWith(QStringLiteral("20261122T100000000-")));
        QCOMPARE(saved.created, clock.now());
        QCOMPARE(saved.nextAttempt, clock.now());
        QCOMPARE(saved.size, kMessage.size());
        QCOMPARE(saved.subject, QStringLiteral("Quarterly report"));
        QCOMPARE(saved.from, QStringLiteral("Ada <ada@example.test>"));
        QCOMPARE(saved.messageId, QStringLiteral("<1@example.test>"));

        OutboxStore again(dir.path(), &clock);
        Result<OutboxItem> loaded = again.load(saved.id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
        const OutboxItem& out = loaded.value();
        QCOMPARE(out.toStorageJson(), saved.toStorageJson());
        QCOMPARE(out.recipients.size(), 2);
        QCOMPARE(out.body, Envelope::Body::EightBitMime);
        QVERIFY(out.requestDsn);
        QCOMPARE(out.history.size(), 1);
        QCOMPARE(readFile(again.messagePath(saved.id)), kMessage);
        QCOMPARE(again.message(saved.id).value(), kMessage);
        QCOMPARE(again.items().size(), 1);
        QVERIFY(again.problems().isEmpty());
    }

    void adHocServerOptionsAreKeptButNeverAPassword()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        OutboxItem in = sampleItem();
        in.account.clear();
        in.server.host = QStringLiteral("smtp.example.test");
        in.server.port = 465;
        in.server.security = Security::Tls;
        in.server.username = QStringLiteral("ada");
        in.server.resolve = {QStringLiteral("smtp.example.test:127.0.0.1")};
        in.server.pinnedSha256 = QByteArrayLiteral("ab12");
        Result<OutboxItem> r = store.add(in, kMessage);
        QVERIFY(r.ok());
        const Result<OutboxItem> loaded = store.load(r.value().id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().server.host, QStringLiteral("smtp.example.test"));
        QCOMPARE(loaded.value().server.port, quint16(465));
        QCOMPARE(loaded.value().server.security, Security::Tls);
        QCOMPARE(loaded.value().server.resolve, in.server.resolve);
        QCOMPARE(loaded.value().accountKey(), QStringLiteral("ad-hoc:ada@smtp.example.test:465"));
        const Result<ServerEndpoint> endpoint = loaded.value().server.endpoint();
        QVERIFY(endpoint.ok());
        QCOMPARE(endpoint.value().connectAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(endpoint.value().host, QStringLiteral("smtp.example.test"));
        const QByteArray meta =
            readFile(dir.path() + QStringLiteral("/outbox/") + r.value().id + QStringLiteral("/item.json"));
        QVERIFY(!meta.contains("password"));
        QVERIFY(!meta.contains("secret"));
    }

    void idsSortByCreationAndNeverCollide()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        QStringList ids;
        for (int i = 0; i < 5; ++i) {
            ids << store.add(sampleItem(), kMessage).value().id;
            clock.advance(1);
        }
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(ids, sorted);
        QStringList listed;
        for (const OutboxItem& item : store.items())
            listed << item.id;
        QCOMPARE(listed, ids);
    }

    void addWritesSyncsRenamesThenSyncsTheFolder()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        QStringList steps;
        const QString base = dir.path() + QStringLiteral("/outbox/");
        store.setWriteHook([&](OutboxStore::Step step, const QString& path) {
            QString p = path;
            p.remove(base);
            p.replace(QRegularExpression(QStringLiteral("[0-9]{8}T[0-9-a-f]+")), QStringLiteral("ID"));
            steps << QStringLiteral("%1 %2").arg(
                QString::fromLatin1(QMetaEnum::fromType<OutboxStore::Step>().valueToKey(static_cast<int>(step))), p);
            return 0;
        });
        // Cleared before the locals it writes into go: the store's threads stop calling it then.
        const auto unhook1 = qScopeGuard([&] { store.setWriteHook({}); });
        Result<OutboxItem> r = store.add(sampleItem(), kMessage);
        QVERIFY(r.ok());
        const QStringList expected {
            QStringLiteral("CreateDir ") + dir.path() + QStringLiteral("/outbox"),
            QStringLiteral("SyncDir ") + dir.path(), // the new outbox folder's name
            QStringLiteral("CreateDir .new-ID"),
            QStringLiteral("WriteFile .new-ID/message.eml.tmp"),
            QStringLiteral("SyncFile .new-ID/message.eml.tmp"),
            QStringLiteral("Rename .new-ID/message.eml"),
            QStringLiteral("SyncDir .new-ID"),
            QStringLiteral("WriteFile .new-ID/item.json.tmp"),
            QStringLiteral("SyncFile .new-ID/item.json.tmp"),
            QStringLiteral("Rename .new-ID/item.json"),
            QStringLiteral("SyncDir .new-ID"),
            QStringLiteral("Rename ID"),
            QStringLiteral("SyncDir ") + dir.path() + QStringLiteral("/outbox"),
        };
        QCOMPARE(steps, expected);

        steps.clear();
        OutboxItem item = r.value();
        item.attempts = 1;
        QVERIFY(store.update(item).ok());
        QCOMPARE(
            steps,
            (QStringList {QStringLiteral("WriteFile ID/item.json.tmp"), QStringLiteral("SyncFile ID/item.json.tmp"),
                          QStringLiteral("Rename ID/item.json"), QStringLiteral("SyncDir ID")}));
    }

    void writeFailureLeavesNothingHalfWritten_data()
    {
        QTest::addColumn<int>("failAt"); // index of the step that fails
        QTest::addColumn<int>("err");
        QTest::newRow("outbox folder cannot be created") << 0 << EACCES;
        QTest::newRow("outbox folder's name cannot be synced") << 1 << EIO;
        QTest::newRow("disk full while writing the message") << 3 << ENOSPC;
        QTest::newRow("fsync of the message fails") << 4 << EIO;
        QTest::newRow("rename of the message fails") << 5 << EROFS;
        QTest::newRow("disk full while writing the metadata") << 7 << ENOSPC;
        QTest::newRow("item folder cannot be renamed into place") << 11 << EROFS;
        QTest::newRow("outbox folder cannot be synced") << 12 << EIO;
    }

    void writeFailureLeavesNothingHalfWritten()
    {
        QFETCH(int, failAt);
        QFETCH(int, err);
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        int step = 0;
        store.setWriteHook([&](OutboxStore::Step, const QString&) { return step++ == failAt ? err : 0; });
        // Cleared before the locals it writes into go: the store's threads stop calling it then.
        const auto unhook2 = qScopeGuard([&] { store.setWriteHook({}); });
        QSignalSpy added(&store, &OutboxStore::itemAdded);
        const Result<OutboxItem> r = store.add(sampleItem(), kMessage);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ErrorKind::IoError);
        QVERIFY2(r.error().message().contains(QString::fromLocal8Bit(std::strerror(err))),
                 qPrintable(r.error().message()));
        QVERIFY(r.error().message().contains(QStringLiteral("outbox")));
        QCOMPARE(added.count(), 0);
        store.setWriteHook({});
        QVERIFY(store.items().isEmpty());
        QVERIFY(store.problems().isEmpty());
        const QStringList left = entries(store.outboxDir());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    // A batch (a campaign's messages): every file written without a sync of its own, one syncfs() of the
    // file system, then the folders renamed into place, in order, and one sync of the outbox.
    void addBatchSyncsOnceForAllItems()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        QStringList steps;
        const QString base = dir.path() + QStringLiteral("/outbox/");
        store.setWriteHook([&](OutboxStore::Step step, const QString& path) {
            QString p = path;
            p.remove(base);
            p.replace(QRegularExpression(QStringLiteral("[0-9]{8}T[0-9-a-f]+")), QStringLiteral("ID"));
            steps << QStringLiteral("%1 %2").arg(
                QString::fromLatin1(QMetaEnum::fromType<OutboxStore::Step>().valueToKey(static_cast<int>(step))), p);
            return 0;
        });
        // Cleared before the locals it writes into go: the store's threads stop calling it then.
        const auto unhook3 = qScopeGuard([&] { store.setWriteHook({}); });
        QSignalSpy added(&store, &OutboxStore::itemAdded);
        QList<OutboxItem> items;
        QList<MessageWriter> writes;
        for (int i = 0; i < 3; ++i) {
            OutboxItem item = sampleItem();
            item.subject = QStringLiteral("n%1").arg(i);
            items << item;
            writes << [](QIODevice* out) -> Status {
                out->write(kMessage);
                return {};
            };
        }
        const Result<QList<OutboxItem>> r = store.addBatch(items, writes);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
        QCOMPARE(steps.filter(QStringLiteral("SyncFile")).size(), 0);
        const QString fsync = QStringLiteral("SyncDir ") + dir.path() + QStringLiteral("/outbox");
        QCOMPARE(steps.count(fsync), 2); // the syncfs() and the outbox's own sync
        const auto firstSync = steps.indexOf(fsync);
        QCOMPARE(steps.mid(firstSync + 1),
                 (QStringList {QStringLiteral("Rename ID"), QStringLiteral("Rename ID"), QStringLiteral("Rename ID"),
                               fsync}));
        QCOMPARE(steps.filter(QStringLiteral("WriteFile")).size(), 6);
        QVERIFY(steps.indexOf(QRegularExpression(QStringLiteral("^WriteFile"))) < firstSync);
        QCOMPARE(added.count(), 3);
        const QList<OutboxItem> listed = store.items();
        QCOMPARE(listed.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(listed.at(i).subject, QStringLiteral("n%1").arg(i)); // ids sort as the batch was ordered
            QCOMPARE(listed.at(i).id, r.value().at(i).id);
            QCOMPARE(listed.at(i).size, qint64(kMessage.size()));
            QCOMPARE(listed.at(i).state, OutboxItem::State::Queued);
        }
        QVERIFY(store.find(listed.at(2).id).ok()); // the message's checksum holds
    }

    void addBatchFailureLeavesNothing_data()
    {
        QTest::addColumn<int>("failAt");
        QTest::addColumn<int>("err");
        // Steps: CreateDir outbox, SyncDir of its parent; per item CreateDir, WriteFile, Rename, WriteFile,
        // Rename (5 each, from 2); then the syncfs (17), the three folder renames (18-20) and the outbox's
        // sync (21).
        QTest::newRow("disk full writing the second message") << 8 << ENOSPC;
        QTest::newRow("the syncfs fails") << 17 << EIO;
        QTest::newRow("the second folder cannot be renamed") << 19 << EROFS;
        QTest::newRow("the outbox cannot be synced") << 21 << EIO;
    }

    void addBatchFailureLeavesNothing()
    {
        QFETCH(int, failAt);
        QFETCH(int, err);
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        int step = 0;
        store.setWriteHook([&](OutboxStore::Step, const QString&) { return step++ == failAt ? err : 0; });
        // Cleared before the locals it writes into go: the store's threads stop calling it then.
        const auto unhook4 = qScopeGuard([&] { store.setWriteHook({}); });
        QSignalSpy added(&store, &OutboxStore::itemAdded);
        QList<OutboxItem> items {sampleItem(), sampleItem(), sampleItem()};
        const MessageWriter write = [](QIODevice* out) -> Status {
            out->write(kMessage);
            return {};
        };
        const Result<QList<OutboxItem>> r = store.addBatch(items, {write, write, write});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ErrorKind::IoError);
        QVERIFY2(r.error().message().contains(QString::fromLocal8Bit(std::strerror(err))),
                 qPrintable(r.error().message()));
        QCOMPARE(added.count(), 0);
        store.setWriteHook({});
        QVERIFY(store.items().isEmpty());
        const QStringList left = entries(store.outboxDir());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    void outboxUnderAFileFailsClearly()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        writeFile(dir.filePath(QStringLiteral("not-a-dir")), "x");
        OutboxStore store(dir.filePath(QStringLiteral("not-a-dir")), &clock);
        const Result<OutboxItem> r = store.add(sampleItem(), kMessage);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ErrorKind::IoError);
        QVERIFY(r.error().message().contains(QStringLiteral("not-a-dir")));
    }

    void readOnlyOutboxFailsClearly()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders");
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        QVERIFY(QDir().mkpath(store.outboxDir()));
        QVERIFY(QFile::setPermissions(store.outboxDir(), QFile::ReadOwner | QFile::ExeOwner));
        const Result<OutboxItem> r = store.add(sampleItem(), kMessage);
        QFile::setPermissions(store.outboxDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ErrorKind::IoError);
        QVERIFY(r.error().message().contains(QString::fromLocal8Bit(std::strerror(EACCES))));
        QVERIFY(entries(store.outboxDir()).isEmpty());
    }

    void failedUpdateKeepsThePreviousState()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        OutboxItem item = store.add(sampleItem(), kMessage).value();
        store.setWriteHook(
            [](OutboxStore::Step step, const QString&) { return step == OutboxStore::Step::Rename ? ENOSPC : 0; });
        item.attempts = 7;
        const Status s = store.update(item);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind(), ErrorKind::IoError);
        store.setWriteHook({});
        QCOMPARE(store.load(item.id).value().attempts, 0);
        QCOMPARE(entries(store.outboxDir() + QLatin1Char('/') + item.id),
                 (QStringList {QStringLiteral("item.json"), QStringLiteral("message.eml")}));
    }

    void damagedItemIsMovedAsideAndReported_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content"); // "<delete>" removes the file; "<truncate>" halves it
        QTest::addColumn<QString>("reason");
        QTest::newRow("zero-length metadata") << "item.json" << QByteArray() << "empty";
        QTest::newRow("truncated metadata") << "item.json" << QByteArray("<truncate>") << "not valid JSON";
        QTest::newRow("metadata that is not JSON") << "item.json" << QByteArray("garbage") << "not valid JSON";
        QTest::newRow("metadata edited behind its checksum") << "item.json" << QByteArray("<edit>") << "checksum";
        QTest::newRow("metadata missing") << "item.json" << QByteArray("<delete>") << "item.json is missing";
        QTest::newRow("message missing") << "message.eml" << QByteArray("<delete>") << "message.eml is missing";
        QTest::newRow("message truncated") << "message.eml" << QByteArray("<truncate>") << "truncated";
        QTest::newRow("message zero-length") << "message.eml" << QByteArray() << "truncated";
        QTest::newRow("message altered, same size") << "message.eml" << QByteArray("<flip>") << "checksum";
    }

    void damagedItemIsMovedAsideAndReported()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        Test::MockClock clock;
        QString badId;
        QString goodId;
        {
            OutboxStore store(dir.path(), &clock);
            badId = store.add(sampleItem(), kMessage).value().id;
            clock.advance(1);
            goodId = store.add(sampleItem(), kMessage).value().id;
        }
        const QString path = dir.path() + QStringLiteral("/outbox/") + badId + QLatin1Char('/') + file;
        const QByteArray original = readFile(path);
        if (content == "<delete>") {
            QVERIFY(QFile::remove(path));
        } else if (content == "<truncate>") {
            writeFile(path, original.left(original.size() / 2));
        } else if (content == "<edit>") {
            QByteArray edited = original;
            edited.replace("\"attempts\":0", "\"attempts\":9");
            QVERIFY(edited != original);
            writeFile(path, edited);
        } else if (content == "<flip>") {
            QByteArray flipped = original;
            flipped[flipped.size() - 3] = 'X';
            writeFile(path, flipped);
        } else {
            writeFile(path, content);
        }

        OutboxStore store(dir.path(), &clock);
        QSignalSpy damaged(&store, &OutboxStore::itemDamaged);
        const QList<OutboxItem> items = store.items();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().id, goodId);
        QCOMPARE(damaged.count(), 1);
        QCOMPARE(damaged.first().at(0).toString(), badId);
        QCOMPARE(store.problems().size(), 1);
        const OutboxProblem& problem = store.problems().first();
        QCOMPARE(problem.id, badId);
        QVERIFY2(problem.reason.contains(reason), qPrintable(problem.reason));
        QCOMPARE(problem.movedTo, store.damagedDir() + QLatin1Char('/') + badId);
        QVERIFY(QFileInfo(problem.movedTo).isDir());
        QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/outbox/") + badId));
        // Moved aside once: the next look finds nothing wrong.
        QCOMPARE(store.items().size(), 1);
        QCOMPARE(damaged.count(), 1);
    }

    void loadingADamagedItemByIdReportsIt()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        const QString id = store.add(sampleItem(), kMessage).value().id;
        writeFile(dir.path() + QStringLiteral("/outbox/") + id + QStringLiteral("/item.json"), "{");
        const Result<OutboxItem> r = store.load(id);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ErrorKind::DataError);
        QVERIFY(r.error().message().contains(id));
        QCOMPARE(store.problems().size(), 1);
        QCOMPARE(store.load(id).error().kind(), ErrorKind::NoInput);
    }

    void anItemThatCannotBeReadIsNotTakenForDamaged()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        const QString id = store.add(sampleItem(), kMessage).value().id;
        // A read() that fails (EISDIR here, standing in for a failing disk's EIO): an I/O error, and
        // the item stays where it is, for the next look once the disk answers.
        const QString meta = dir.path() + QStringLiteral("/outbox/") + id + QStringLiteral("/item.json");
        QVERIFY(QFile::rename(meta, meta + QStringLiteral(".kept")));
        QVERIFY(QDir().mkdir(meta));
        const Result<OutboxItem> r = store.load(id);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), ErrorKind::IoError);
        QVERIFY2(r.error().message().contains(QStringLiteral("item.json cannot be read")),
                 qPrintable(r.error().message()));
        QVERIFY(store.problems().isEmpty());
        QVERIFY(QDir().rmdir(meta));
        QVERIFY(QFile::rename(meta + QStringLiteral(".kept"), meta));
        QCOMPARE(store.load(id).value().id, id);
    }

    void strayFileIsMovedAsideAndAbandonedStagingIsCleared()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        QVERIFY(QDir().mkpath(store.outboxDir() + QStringLiteral("/.new-20260101T000000000-00000000")));
        writeFile(store.outboxDir() + QStringLiteral("/stray.txt"), "?");
        QVERIFY(store.items().isEmpty());
        QCOMPARE(store.problems().size(), 1);
        QCOMPARE(store.problems().first().id, QStringLiteral("stray.txt"));
        // A staging folder may belong to another process writing right now: kept while recent...
        QVERIFY(QFileInfo::exists(store.outboxDir() + QStringLiteral("/.new-20260101T000000000-00000000")));
        // ...and cleared once clearly abandoned.
        clock.setNow(QDateTime::currentDateTimeUtc().addSecs(7200));
        QVERIFY(store.items().isEmpty());
        QVERIFY(!QFileInfo::exists(store.outboxDir() + QStringLiteral("/.new-20260101T000000000-00000000")));
    }

    void markSentCommitsThenMovesToTheSentFolder()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        OutboxItem item = store.add(sampleItem(), kMessage).value();
        QStringList steps;
        store.setWriteHook([&](OutboxStore::Step step, const QString& path) {
            if (step == OutboxStore::Step::Rename)
                steps << QFileInfo(path).fileName();
            return 0;
        });
        // Cleared before the locals it writes into go: the store's threads stop calling it then.
        const auto unhook5 = qScopeGuard([&] { store.setWriteHook({}); });
        QSignalSpy removed(&store, &OutboxStore::itemRemoved);
        QVERIFY(store.markSent(item).ok());
        QCOMPARE(steps, QStringList {QStringLiteral("item.json")}); // the state first
        QCOMPARE(removed.count(), 1);
        QVERIFY(store.items().isEmpty());
        const QList<OutboxItem> sent = store.sentItems();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().state, OutboxItem::State::Sent);
        QCOMPARE(readFile(store.sentDir() + QLatin1Char('/') + item.id + QStringLiteral("/message.eml")), kMessage);
    }

    // The Sent view opens a message the journal says is sent before the checkpoint moves it into Sent/.
    void aSentMessageCanBeReadBeforeItsCheckpoint()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        OutboxItem item = store.add(sampleItem(), kMessage).value();
        QVERIFY(store.openJournal().ok());
        item.state = OutboxItem::State::Sent;
        QVERIFY(store.record(item).ok());
        QVERIFY(!QFileInfo::exists(store.sentDir() + QLatin1Char('/') + item.id)); // not moved yet
        QCOMPARE(store.sentMessage(item.id).value(), kMessage);
        QVERIFY(store.checkpoint().ok());
        QVERIFY(QFileInfo::exists(store.sentDir() + QLatin1Char('/') + item.id));
        QCOMPARE(store.sentMessage(item.id).value(), kMessage);
        QVERIFY(!store.sentMessage(QStringLiteral("../outbox")).ok());
        store.closeJournal();
    }

    void itemCommittedAsSentButNotMovedIsFiledOnLoad()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        OutboxItem item = store.add(sampleItem(), kMessage).value();
        item.state = OutboxItem::State::Sent;
        QVERIFY(store.update(item).ok()); // as if the process died right after committing `sent`
        QVERIFY(store.items().isEmpty());
        QCOMPARE(store.sentItems().size(), 1);
    }

    void storageBytesAreTheStorageJson_data()
    {
        QTest::addColumn<bool>("adHoc");
        QTest::addColumn<QString>("campaign");
        QTest::newRow("account") << false << QString();
        QTest::newRow("ad-hoc server") << true << QString();
        QTest::newRow("a campaign's message") << false << QStringLiteral("Novità di dicembre");
    }

    void storageBytesAreTheStorageJson()
    {
        QFETCH(bool, adHoc);
        QFETCH(QString, campaign);
        OutboxItem item = sampleItem();
        item.id = QStringLiteral("20261123T010203004-0a1b2c3d");
        item.campaign = campaign;
        item.campaignRow = campaign.isEmpty() ? 0 : 1234;
        if (adHoc) {
            item.account.clear();
            item.server.host = QStringLiteral("smtp.example.test");
            item.server.port = 465;
            item.server.security = Security::Tls;
            item.server.username = QStringLiteral("ada");
            item.server.resolve = {QStringLiteral("smtp.example.test:127.0.0.1")};
            item.server.pinnedSha256 = "abcdef";
        }
        // Everything JSON must escape, and text that must come back exactly.
        item.subject = QStringLiteral("Caffè \"al\" banco \\ tab\there\nnew line \u0001\u001f € 😀");
        item.lastError = QString::fromUtf8("550 5.1.1 <b@example.test>\r\n\b\f");
        item.transcript = {QStringLiteral("S: 220 smtp ESMTP"), QStringLiteral("C: MAIL FROM:<ada@example.test>"),
                           QStringLiteral("-- \u00e8\u4e2d\u6587")};
        item.created = QDateTime(QDate(2026, 11, 23), QTime(1, 2, 3, 4), Qt::UTC);
        item.windowStart = item.created;
        item.lastAttempt = item.created.addSecs(60);
        item.attempts = 3;
        item.size = 12'345'678'901;
        item.revision = 18'446'744'073'709'551'615ULL;
        item.history.append({item.created, QStringLiteral("451 4.3.0 \"later\"")});
        item.recipients[0].state = OutboxRecipient::State::Sent;
        item.recipients[0].reply = QStringLiteral("250 ok");
        item.finalDotPending = true;
        item.sendingBoot = QStringLiteral("baf4ad1b-724a-41a1-8e2c-e9211e3f5929");
        if (!adHoc)
            item.notBefore = item.created.addDays(1); // Send Later
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(item.toStorageBytes(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.object(), item.toStorageJson());
        const OutboxItem back = OutboxItem::fromStorageJson(parsed.object()).value();
        QCOMPARE(back.subject, item.subject);
        QCOMPARE(back.lastError, item.lastError);
        QCOMPARE(back.transcript, item.transcript);
        QCOMPARE(back.size, item.size);
        QCOMPARE(back.revision, item.revision);
        QCOMPARE(back.campaign, item.campaign);
        QCOMPARE(back.campaignRow, item.campaignRow);
        QCOMPARE(back.notBefore, item.notBefore);
        QCOMPARE(item.toJson().contains(QStringLiteral("campaign")), !campaign.isEmpty());
        QCOMPARE(back.toStorageBytes(), item.toStorageBytes());
    }

    // --- the journal ---

    void journalIsSeenByOtherProcessesAndReplayedAfterACrash()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        QString id;
        {
            OutboxStore runner(dir.path(), &clock);
            OutboxItem item = runner.add(sampleItem(), kMessage).value();
            id = item.id;
            QVERIFY(runner.openJournal().ok());
            item.state = OutboxItem::State::Sending;
            item.attempts = 1;
            QVERIFY(runner.record(item).ok());
            item.finalDotPending = true;
            QVERIFY(runner.record(item).ok());
            // item.json is untouched: the journal carries the state, and another process reads it there.
            OutboxStore other(dir.path(), &clock);
            const QList<OutboxItem> seen = other.items();
            QCOMPARE(seen.size(), 1);
            QCOMPARE(seen.first().state, OutboxItem::State::Sending);
            QVERIFY(seen.first().finalDotPending);
            QCOMPARE(other.load(id).value().attempts, 1);
            QVERIFY(readFile(runner.outboxDir() + QLatin1Char('/') + id + QStringLiteral("/item.json"))
                        .contains("\"state\":\"queued\""));
            // Sent: out of the outbox at once for everybody, in Sent before the checkpoint files it there.
            QSignalSpy sentAdded(&runner, &OutboxStore::sentAdded);
            QVERIFY(runner.markSent(item).ok());
            QCOMPARE(sentAdded.count(), 1);
            QVERIFY(runner.items().isEmpty());
            QVERIFY(other.items().isEmpty());
            QCOMPARE(other.sentItems().size(), 1);
            QCOMPARE(other.find(id).value().state, OutboxItem::State::Sent);
            QVERIFY(runner.syncJournal().ok());
            QCOMPARE(runner.journalSynced(), runner.journalWritten());
            // The runner dies here: no checkpoint, no close.
        }
        QVERIFY(QFileInfo::exists(dir.path() + QStringLiteral("/outbox/") + id));
        OutboxStore next(dir.path(), &clock);
        QVERIFY(next.openJournal().ok()); // replays, checkpoints
        QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/outbox/") + id));
        QCOMPARE(QFileInfo(dir.path() + QStringLiteral("/outbox/journal")).size(), 16); // its header, no record
        const OutboxItem filed = next.find(id).value();
        QCOMPARE(filed.state, OutboxItem::State::Sent);
        QCOMPARE(readFile(next.sentDir() + QLatin1Char('/') + id + QStringLiteral("/message.eml")), kMessage);
        QVERIFY(next.closeJournal().ok());
        // What a later process reads from the files alone.
        OutboxStore later(dir.path(), &clock);
        QCOMPARE(later.sentItems().size(), 1);
        QCOMPARE(later.sentItems().first().state, OutboxItem::State::Sent);
    }

    void tornAndDamagedJournalRecordsAreSkipped()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        QString id;
        const QString journal = dir.path() + QStringLiteral("/outbox/journal");
        qint64 lastStart = 0;
        {
            OutboxStore runner(dir.path(), &clock);
            OutboxItem item = runner.add(sampleItem(), kMessage).value();
            id = item.id;
            QVERIFY(runner.openJournal().ok());
            item.state = OutboxItem::State::Sending;
            QVERIFY(runner.record(item).ok());
            lastStart = QFileInfo(journal).size();
            QVERIFY(runner.markSent(item).ok());
        }
        QByteArray data = readFile(journal);
        QVERIFY(data.startsWith("\x89PJRNL2\n"));
        QVERIFY(data.size() > lastStart + 12);
        // The newer `sent` garbled (its check does not match), then a copy of it cut short.
        const QByteArray sent = data.mid(lastStart);
        data[lastStart + 10] = static_cast<char>(data[lastStart + 10] ^ 0x01);
        data += sent.left(sent.size() - 1);
        writeFile(journal, data);
        OutboxStore other(dir.path(), &clock);
        QCOMPARE(other.items().size(), 1);
        QCOMPARE(other.items().first().state, OutboxItem::State::Sending);
        OutboxStore next(dir.path(), &clock);
        QVERIFY(next.openJournal().ok());
        QCOMPARE(next.load(id).value().state, OutboxItem::State::Sending);
        QVERIFY(next.closeJournal().ok());
        QVERIFY(readFile(dir.path() + QStringLiteral("/outbox/") + id + QStringLiteral("/item.json"))
                    .contains("\"state\":\"sending\""));
        QVERIFY(next.problems().isEmpty());
    }

    void journalGoesOnWithoutACheckpointAfterATornRecord()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        QString id;
        {
            OutboxStore gui(dir.path(), &clock);
            OutboxItem item = gui.add(sampleItem(), kMessage).value();
            id = item.id;
            QVERIFY(gui.openJournal(false).ok());
            item.state = OutboxItem::State::Sending;
            QVERIFY(gui.record(item).ok());
            QVERIFY(gui.closeJournal(false).ok()); // the GUI's way: synced, not checkpointed
        }
        const QString journal = dir.path() + QStringLiteral("/outbox/journal");
        QVERIFY(QFileInfo(journal).size() > 0);
        QByteArray data = readFile(journal);
        writeFile(journal,
                  data
                      + QByteArray("\x40\x00\x00\x00\x12\x34\x56\x78"
                                   "F\x1c",
                                   10)); // died mid-record
        OutboxStore next(dir.path(), &clock);
        QCOMPARE(next.load(id).value().state, OutboxItem::State::Sending);
        QVERIFY(next.openJournal(false).ok());
        OutboxItem item = next.load(id).value();
        item.state = OutboxItem::State::Queued;
        item.lastError = QStringLiteral("interrupted");
        QVERIFY(next.record(item).ok());
        QVERIFY(next.closeJournal(false).ok());
        QVERIFY(readFile(journal).startsWith(data)); // the torn tail is gone, the new record follows
        OutboxStore reader(dir.path(), &clock);
        QCOMPARE(reader.load(id).value().lastError, QStringLiteral("interrupted"));
        QCOMPARE(reader.items().size(), 1);
        QVERIFY(reader.problems().isEmpty());
    }

    void aBigJournalIsCheckpointedWhateverKeepsItOpen()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        OutboxItem item = store.add(sampleItem(), kMessage).value();
        QVERIFY(store.openJournal(false).ok()); // the GUI's way: no checkpoint at open or close
        // Few lines, but long ones (a long transcript): the size, not the count, calls for a checkpoint.
        for (int i = 0; i < 2000; ++i)
            item.transcript << QStringLiteral("S: 250-%1").arg(QString(120, QLatin1Char('x')));
        const QString journal = dir.path() + QStringLiteral("/outbox/journal");
        qint64 biggest = 0;
        for (int i = 0; i < 40; ++i) {
            item.attempts = i;
            item.transcript[0] = QStringLiteral("C: EHLO attempt %1").arg(i); // a new transcript each time
            QVERIFY(store.record(item).ok());
            biggest = qMax(biggest, QFileInfo(journal).size());
        }
        QVERIFY2(biggest < 9 * 1024 * 1024, qPrintable(QString::number(biggest)));
        QVERIFY(QFileInfo(journal).size() < 8 * 1024 * 1024);
        QVERIFY(store.closeJournal(false).ok());
        OutboxStore later(dir.path(), &clock);
        QCOMPARE(later.load(item.id).value().attempts, 39);
    }

    void checkpointKeepsANewerItemJsonWrittenMeanwhile()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore runner(dir.path(), &clock);
        OutboxItem item = runner.add(sampleItem(), kMessage).value();
        QVERIFY(runner.openJournal().ok());
        item.state = OutboxItem::State::Failed;
        item.lastError = QStringLiteral("550 refused");
        QVERIFY(runner.record(item).ok());
        // The user retries it from the GUI (another process) while the runner holds the journal.
        OutboxStore gui(dir.path(), &clock);
        OutboxItem seen = gui.load(item.id).value();
        QCOMPARE(seen.state, OutboxItem::State::Failed);
        seen.state = OutboxItem::State::Queued;
        seen.lastError = QStringLiteral("retry requested");
        QVERIFY(gui.update(seen).ok());
        QVERIFY(runner.closeJournal().ok());
        OutboxStore later(dir.path(), &clock);
        const OutboxItem now = later.load(item.id).value();
        QCOMPARE(now.state, OutboxItem::State::Queued);
        QCOMPARE(now.lastError, QStringLiteral("retry requested"));
    }

    // After a power cut during a checkpoint's sync, the item can be both in the outbox and in Sent, each with
    // its older item.json (the move durable in Sent only; found by tests/cli/test_powercut.py). The journal's
    // sent version replaces the stale copy in Sent instead of going beside it as <id>-1.
    void aStaleCopyInSentIsReplacedByTheSentItem()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        OutboxItem item = store.add(sampleItem(), kMessage).value();
        const QString stale = store.sentDir() + QLatin1Char('/') + item.id;
        QVERIFY(QDir().mkpath(stale));
        for (const QString& name : {QStringLiteral("item.json"), QStringLiteral("message.eml")})
            QVERIFY(QFile::copy(store.outboxDir() + QLatin1Char('/') + item.id + QLatin1Char('/') + name,
                                stale + QLatin1Char('/') + name));
        QVERIFY(store.openJournal().ok());
        item.state = OutboxItem::State::Sent;
        QVERIFY(store.record(item).ok());
        QVERIFY(store.closeJournal().ok());

        OutboxStore later(dir.path(), &clock);
        const QList<OutboxItem> sent = later.sentItems();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().id, item.id);
        QCOMPARE(sent.first().state, OutboxItem::State::Sent);
        QVERIFY(later.items().isEmpty());
        QCOMPARE(QDir(store.sentDir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList {item.id});
    }

    void journalSyncsInTheBackground()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        OutboxItem item = store.add(sampleItem(), kMessage).value();
        QVERIFY(store.openJournal().ok());
        const quint64 before = store.journalWritten();
        item.state = OutboxItem::State::Sending;
        QVERIFY(store.record(item).ok());
        QVERIFY(store.journalWritten() > before);
        QVERIFY(store.journalSynced() < store.journalWritten());
        QSignalSpy synced(&store, &OutboxStore::journalSyncedTo);
        store.requestJournalSync();
        QVERIFY(synced.wait(10'000));
        QCOMPARE(synced.last().at(0).toULongLong(), store.journalWritten());
        QCOMPARE(store.journalSynced(), store.journalWritten());
        // A line nobody asks about reaches the disk by itself, soon.
        item.finalDotPending = true;
        QVERIFY(store.record(item).ok());
        QTRY_COMPARE_WITH_TIMEOUT(store.journalSynced(), store.journalWritten(), 5000);
        QVERIFY(store.closeJournal().ok());
    }

    void removeDeletesAndUnknownIdsAreNoInput()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        const QString id = store.add(sampleItem(), kMessage).value().id;
        QVERIFY(store.remove(id).ok());
        QVERIFY(store.items().isEmpty());
        QVERIFY(entries(store.outboxDir()).isEmpty());
        QCOMPARE(store.remove(id).error().kind(), ErrorKind::NoInput);
        QCOMPARE(store.remove(QStringLiteral("../x")).error().kind(), ErrorKind::NoInput);
        QCOMPARE(store.load(QStringLiteral("nope")).error().kind(), ErrorKind::NoInput);
    }

    void exitCodesFollowTheCliContract_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        const int F = int(OutboxItem::State::Failed);
        QTest::newRow("sent") << int(OutboxItem::State::Sent) << int(ErrorKind::None) << 0;
        QTest::newRow("queued for retry") << int(OutboxItem::State::Queued) << int(ErrorKind::Temporary) << 75;
        QTest::newRow("waiting for a password") << int(OutboxItem::State::Queued) << int(ErrorKind::Config) << 75;
        QTest::newRow("refused with 5xx") << F << int(ErrorKind::Permanent) << 69;
        QTest::newRow("certificate refused") << F << int(ErrorKind::Security) << 69;
        QTest::newRow("password refused") << F << int(ErrorKind::Auth) << 77;
        QTest::newRow("gave up after 48 hours") << F << int(ErrorKind::Temporary) << 69;
        QTest::newRow("non-ASCII local part without SMTPUTF8") << F << int(ErrorKind::DataError) << 65;
    }

    void exitCodesFollowTheCliContract()
    {
        QFETCH(int, state);
        QFETCH(int, kind);
        QFETCH(int, code);
        OutboxItem item = sampleItem();
        item.state = static_cast<OutboxItem::State>(state);
        item.lastErrorKind = static_cast<ErrorKind>(kind);
        QCOMPARE(item.exitCode(), code);
    }

    void queueExitCodeIsTheWorstOfTheQueue()
    {
        OutboxItem queued = sampleItem();
        OutboxItem failed = sampleItem();
        failed.state = OutboxItem::State::Failed;
        QCOMPARE(OutboxItem::queueExitCode({}), 0);
        QCOMPARE(OutboxItem::queueExitCode({queued}), 75);
        QCOMPARE(OutboxItem::queueExitCode({queued, failed}), 69);
    }

    void listJsonHasTheCliShape()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        OutboxItem item = store.add(sampleItem(), kMessage).value();
        item.recipients[0].state = OutboxRecipient::State::Sent;
        item.recipients[0].reply = QStringLiteral("250 2.1.5 Ok");
        item.attempts = 1;
        item.lastError = QStringLiteral("try later");
        const QJsonObject o = item.toJson();
        for (const char* key : {"id", "state", "account", "from", "subject", "size", "attempts", "next_attempt",
                                "last_error", "recipients"}) {
            QVERIFY2(o.contains(QLatin1String(key)), key);
        }
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(o.value(QStringLiteral("account")).toString(), QStringLiteral("work"));
        QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("Ada <ada@example.test>"));
        QCOMPARE(o.value(QStringLiteral("size")).toInteger(), kMessage.size());
        QCOMPARE(o.value(QStringLiteral("next_attempt")).toString(), QStringLiteral("2026-11-22T10:00:00Z"));
        const QJsonArray rcpts = o.value(QStringLiteral("recipients")).toArray();
        QCOMPARE(rcpts.size(), 2);
        QCOMPARE(rcpts.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QCOMPARE(rcpts.at(0).toObject().value(QStringLiteral("reply")).toString(), QStringLiteral("250 2.1.5 Ok"));
        QCOMPARE(rcpts.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QVERIFY(rcpts.at(1).toObject().value(QStringLiteral("reply")).isNull());
        const QJsonObject send = item.toSendJson();
        for (const char* key : {"id", "state", "recipients", "reply", "attempts", "next_attempt", "message_id"})
            QVERIFY2(send.contains(QLatin1String(key)), key);
        QCOMPARE(send.value(QStringLiteral("message_id")).toString(), QStringLiteral("<1@example.test>"));
        item.state = OutboxItem::State::Failed;
        QVERIFY(item.toJson().value(QStringLiteral("next_attempt")).isNull());
        QCOMPARE(item.toSendJson().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    }
};

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "TestOutboxStore.moc"
