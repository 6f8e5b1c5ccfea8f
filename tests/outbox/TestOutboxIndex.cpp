#include "outbox/OutboxIndex.h"
#include "outbox/OutboxStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>

using namespace Postino;

namespace {

QByteArray messageFor(int n)
{
    return QStringLiteral("From: Ada <ada@example.test>\r\nTo: bob@example.test\r\nSubject: Item %1\r\n"
                          "Message-ID: <%1@example.test>\r\n\r\nHello %1.\r\n")
        .arg(n)
        .toUtf8();
}

OutboxItem newItem()
{
    OutboxItem item;
    item.account = QStringLiteral("work");
    item.sender = QStringLiteral("ada@example.test");
    item.recipients = {{QStringLiteral("bob@example.test"), OutboxRecipient::State::Pending, {}}};
    return item;
}

// Every field set to something that must come back exactly.
OutboxItem fullItem(bool adHoc, const QString& campaign)
{
    OutboxItem item = newItem();
    item.id = QStringLiteral("20261123T010203004-0a1b2c3d");
    item.recipients.append({QStringLiteral("carol@example.test"), OutboxRecipient::State::Failed,
                            QStringLiteral("550 5.1.1 no such user")});
    item.body = Envelope::Body::EightBitMime;
    item.requestDsn = true;
    item.envelopeId = "env-1";
    if (adHoc) {
        item.account.clear();
        item.server.host = QStringLiteral("smtp.example.test");
        item.server.port = 465;
        item.server.security = Security::Tls;
        item.server.username = QStringLiteral("ada");
        item.server.auth = AuthMechanism::Login;
        item.server.resolve = {QStringLiteral("smtp.example.test:127.0.0.1")};
        item.server.caFile = QStringLiteral("/etc/ca.pem");
        item.server.pinnedSha256 = "abcdef";
        item.server.allowInsecureAuth = true;
    }
    item.state = OutboxItem::State::Failed;
    item.attempts = 3;
    item.created = QDateTime(QDate(2026, 11, 23), QTime(1, 2, 3, 4), Qt::UTC);
    item.windowStart = item.created.addSecs(5);
    item.nextAttempt = item.created.addSecs(600);
    item.notBefore = adHoc ? QDateTime() : item.created.addDays(1);
    item.lastAttempt = item.created.addSecs(60);
    item.lastError = QString::fromUtf8("550 5.1.1 <b@example.test>\r\n\b\f");
    item.lastReply = QStringLiteral("550 5.1.1 no");
    item.lastErrorKind = ErrorKind::Permanent;
    item.transcript = {QStringLiteral("S: 220 smtp ESMTP"), QStringLiteral("-- \u00e8\u4e2d\u6587 😀")};
    item.messageId = QStringLiteral("<1@example.test>");
    item.subject = QStringLiteral("Caffè \"al\" banco \\ tab\there € 😀");
    item.from = QStringLiteral("Ada <ada@example.test>");
    item.size = 12'345'678'901;
    item.messageSha256 = "0123456789abcdef";
    item.history = {{item.created, QStringLiteral("451 4.3.0 later")}, {item.lastAttempt, QStringLiteral("sent")}};
    item.campaign = campaign;
    item.campaignRow = campaign.isEmpty() ? 0 : 1234;
    item.possibleDuplicate = true;
    item.finalDotPending = true;
    item.sendingBoot = QStringLiteral("baf4ad1b-724a-41a1-8e2c-e9211e3f5929");
    item.revision = 18'446'744'073'709'551'615ULL;
    return item;
}

// Every item.json (and message.eml) under dir an hour old: older than the index's margin for a file that
// may still change within its clock tick, as files are that were not written a moment ago.
void ageFiles(const QString& dir)
{
    const struct timespec times[2] = {{std::time(nullptr) - 3600, 0}, {std::time(nullptr) - 3600, 0}};
    for (const QString& id : QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const char* name : {"item.json", "message.eml"}) {
            const QByteArray path = QFile::encodeName(dir + QLatin1Char('/') + id + QLatin1Char('/')) + name;
            QCOMPARE(::utimensat(AT_FDCWD, path.constData(), times, 0), 0);
        }
    }
}

QStringList ids(const QList<OutboxItem>& items)
{
    QStringList out;
    for (const OutboxItem& item : items)
        out << item.id;
    return out;
}

} // namespace

class TestOutboxIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_ids;

    // A fresh outbox of count aged items in m_dir, listed once (which writes the index).
    void fill(int count)
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.path()));
        m_ids.clear();
        OutboxStore store(m_dir.path());
        for (int i = 0; i < count; ++i) {
            const Result<OutboxItem> added = store.add(newItem(), messageFor(i));
            QVERIFY(added.ok());
            m_ids << added.value().id;
        }
        m_ids.sort(); // the listing's order: ids made in one millisecond differ in their random part
        ageFiles(store.outboxDir());
        QCOMPARE(ids(store.items(OutboxStore::Check::Metadata)), m_ids);
        QVERIFY(QFileInfo::exists(indexPath()));
    }
    QString indexPath() const { return m_dir.path() + QStringLiteral("/outbox/index"); }
    QString itemFile(const QString& id) const { return m_dir.path() + QStringLiteral("/outbox/%1/item.json").arg(id); }

private slots:
    void codecKeepsEveryField_data()
    {
        QTest::addColumn<bool>("adHoc");
        QTest::addColumn<QString>("campaign");
        QTest::newRow("account") << false << QString();
        QTest::newRow("ad-hoc server") << true << QString();
        QTest::newRow("a campaign's message") << false << QStringLiteral("Novità di dicembre");
    }

    void codecKeepsEveryField()
    {
        QFETCH(bool, adHoc);
        QFETCH(QString, campaign);
        const OutboxItem item = fullItem(adHoc, campaign);
        const std::optional<OutboxItem> back = OutboxIndex::decodeItem(OutboxIndex::encodeItem(item));
        QVERIFY(back);
        QCOMPARE(back->toStorageBytes(), item.toStorageBytes());
        QCOMPARE(back->toJson(), item.toJson());
        QCOMPARE(back->server.allowInsecureAuth, adHoc);
        // What is not an item is refused, whatever its length.
        const QByteArray bytes = OutboxIndex::encodeItem(item);
        for (qsizetype cut = 0; cut < bytes.size(); cut += 7)
            QVERIFY(!OutboxIndex::decodeItem(QByteArrayView(bytes).first(cut)));
        QVERIFY(!OutboxIndex::decodeItem(QByteArray(bytes + "x")));
    }

    void aFreshStoreTakesTheItemsFromTheIndex()
    {
        fill(40);
        OutboxStore other(m_dir.path());
        const QList<OutboxItem> listed = other.items(OutboxStore::Check::Metadata);
        QCOMPARE(ids(listed), m_ids);
        QCOMPARE(other.itemFilesParsed(), 0);
        // The same items as parsing them gives.
        OutboxStore parsing(m_dir.path());
        QVERIFY(QFile::remove(indexPath()));
        const QList<OutboxItem> parsed = parsing.items(OutboxStore::Check::Metadata);
        QCOMPARE(parsing.itemFilesParsed(), 40);
        for (int i = 0; i < listed.size(); ++i)
            QCOMPARE(listed.at(i).toStorageBytes(), parsed.at(i).toStorageBytes());
    }

    void aDeletedIndexIsRebuilt()
    {
        fill(30);
        QVERIFY(QFile::remove(indexPath()));
        OutboxStore rebuilding(m_dir.path());
        QCOMPARE(ids(rebuilding.items(OutboxStore::Check::Metadata)), m_ids);
        QCOMPARE(rebuilding.itemFilesParsed(), 30);
        QVERIFY(QFileInfo::exists(indexPath()));
        OutboxStore next(m_dir.path());
        QCOMPARE(ids(next.items(OutboxStore::Check::Metadata)), m_ids);
        QCOMPARE(next.itemFilesParsed(), 0);
    }

    void aDamagedIndexIsNotBelievedAndRebuilt_data()
    {
        QTest::addColumn<int>("at"); // byte offset to damage: <0 from the end
        QTest::addColumn<int>("parsed"); // item.json files the next listing parses
        QTest::newRow("its header") << 3 << 20;
        QTest::newRow("the time in its header") << 18 << 20;
        QTest::newRow("a record's bytes") << 60 << 1;
        QTest::newRow("the last record's last byte") << -1 << 1;
    }

    void aDamagedIndexIsNotBelievedAndRebuilt()
    {
        QFETCH(int, at);
        QFETCH(int, parsed);
        fill(20);
        QFile file(indexPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const qsizetype pos = at < 0 ? bytes.size() + at : at;
        bytes[pos] = static_cast<char>(bytes.at(pos) ^ 0x5a);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        OutboxStore other(m_dir.path());
        QCOMPARE(ids(other.items(OutboxStore::Check::Metadata)), m_ids);
        QCOMPARE(other.itemFilesParsed(), parsed);
        if (parsed == 20) { // a listing that parsed them all writes it again
            OutboxStore next(m_dir.path());
            QCOMPARE(ids(next.items(OutboxStore::Check::Metadata)), m_ids);
            QCOMPARE(next.itemFilesParsed(), 0);
        }
    }

    void aTornIndexGivesWhatItHolds()
    {
        fill(20);
        QFile file(indexPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() * 2 / 3));
        file.close();
        OutboxStore other(m_dir.path());
        QCOMPARE(ids(other.items(OutboxStore::Check::Metadata)), m_ids);
        QVERIFY(other.itemFilesParsed() > 0);
        QVERIFY(other.itemFilesParsed() < 20);
        QVERIFY(QFile::resize(indexPath(), 0));
        OutboxStore emptied(m_dir.path());
        QCOMPARE(ids(emptied.items(OutboxStore::Check::Metadata)), m_ids);
        QCOMPARE(emptied.itemFilesParsed(), 20);
    }

    // Another process's changes are seen although the index does not know them.
    void anotherProcessesWritesAreSeen()
    {
        fill(12);
        OutboxStore gui(m_dir.path());
        QCOMPARE(gui.items(OutboxStore::Check::Metadata).size(), 12);
        QCOMPARE(gui.itemFilesParsed(), 0);

        OutboxStore cli(m_dir.path()); // `send --queue`, `queue retry`, `queue remove`
        const Result<OutboxItem> added = cli.add(newItem(), messageFor(99));
        QVERIFY(added.ok());
        Result<OutboxItem> changed = cli.load(m_ids.at(3));
        QVERIFY(changed.ok());
        changed.value().state = OutboxItem::State::Failed;
        changed.value().lastError = QStringLiteral("given up");
        QVERIFY(cli.update(changed.value()).ok());
        QVERIFY(cli.remove(m_ids.at(5)).ok());

        QStringList expected = m_ids;
        expected.removeAt(5);
        expected << added.value().id;
        expected.sort();
        for (OutboxStore* store : {&gui, static_cast<OutboxStore*>(nullptr)}) {
            OutboxStore fresh(m_dir.path());
            OutboxStore& reader = store ? *store : fresh;
            const QList<OutboxItem> items = reader.items(OutboxStore::Check::Metadata);
            QCOMPARE(ids(items), expected);
            QCOMPARE(items.at(3).state, OutboxItem::State::Failed);
            QCOMPARE(items.at(3).lastError, QStringLiteral("given up"));
        }
    }

    // A file changed in place within its clock tick may keep its stamp: an index never vouches for a file
    // that changed within a second of the listing that wrote it.
    void aRecentFileIsAlwaysParsed()
    {
        fill(10);
        const QString id = m_ids.at(2);
        OutboxStore writer(m_dir.path());
        Result<OutboxItem> item = writer.load(id);
        QVERIFY(item.ok());
        item.value().attempts = 7;
        QVERIFY(writer.update(item.value()).ok()); // now: too recent for any index
        OutboxStore lister(m_dir.path());
        QCOMPARE(lister.items(OutboxStore::Check::Metadata).at(2).attempts, 7);
        QCOMPARE(lister.itemFilesParsed(), 1);
        OutboxIndex::Contents contents;
        FileStamp stamp;
        contents = OutboxIndex::read(indexPath(), &stamp);
        QVERIFY(contents.present);
        QVERIFY(!contents.entries.contains(id));
        QCOMPARE(contents.entries.size(), 9);
    }

    // The journal is the truth until it is checkpointed: what a runner recorded wins over the index.
    void theJournalWinsOverTheIndex()
    {
        fill(8);
        OutboxStore runner(m_dir.path());
        QVERIFY(runner.openJournal().ok());
        Result<OutboxItem> item = runner.load(m_ids.at(1), OutboxStore::Check::Metadata);
        QVERIFY(item.ok());
        item.value().state = OutboxItem::State::Sending;
        QVERIFY(runner.record(item.value()).ok());
        OutboxStore reader(m_dir.path());
        const QList<OutboxItem> items = reader.items(OutboxStore::Check::Metadata);
        QCOMPARE(items.at(1).state, OutboxItem::State::Sending);
        QCOMPARE(reader.itemFilesParsed(), 0);
        (void)runner.closeJournal(true);
    }

    // A temporary index left by a process that died is cleared once it is old; one being written is left alone.
    void anAbandonedTemporaryIndexIsCleared()
    {
        fill(3);
        const QString abandoned = m_dir.path() + QStringLiteral("/outbox/index.tmp-1-1");
        const QString writing = m_dir.path() + QStringLiteral("/outbox/index.tmp-2-1");
        for (const QString& path : {abandoned, writing}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("partial");
        }
        const struct timespec old[2] = {{std::time(nullptr) - 7200, 0}, {std::time(nullptr) - 7200, 0}};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(abandoned).constData(), old, 0), 0);
        OutboxStore store(m_dir.path());
        QCOMPARE(ids(store.items(OutboxStore::Check::Metadata)), m_ids);
        QVERIFY(!QFileInfo::exists(abandoned));
        QVERIFY(QFileInfo::exists(writing));
        QVERIFY(store.problems().isEmpty());
    }

    void theSentFolderHasAnIndexToo()
    {
        fill(6);
        OutboxStore store(m_dir.path());
        for (int i = 0; i < 4; ++i) {
            Result<OutboxItem> item = store.load(m_ids.at(i));
            QVERIFY(item.ok());
            QVERIFY(store.markSent(item.value()).ok());
        }
        ageFiles(store.sentDir());
        QCOMPARE(ids(store.sentItems(OutboxStore::Check::Metadata)), m_ids.mid(0, 4));
        QVERIFY(QFileInfo::exists(store.sentDir() + QStringLiteral("/index")));
        OutboxStore other(m_dir.path());
        QCOMPARE(ids(other.sentItems(OutboxStore::Check::Metadata)), m_ids.mid(0, 4));
        QCOMPARE(other.itemFilesParsed(), 0);
        // The index file is no item: not moved aside, not listed.
        QCOMPARE(ids(other.items(OutboxStore::Check::Metadata)), m_ids.mid(4));
        QVERIFY(other.problems().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutboxIndex)
#include "TestOutboxIndex.moc"
