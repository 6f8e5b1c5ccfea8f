// The outbox runner with the real SmtpClient against the scripted server: what the fake Submission
// stands for in TestOutboxRunner, checked once against the real thing. Built only when the smtp module
// and its test server are in the tree.
#include "FakeSmtpServer.h"
#include "MockClock.h"
#include "SmtpScript.h"

#include "common/Settings.h"
#include "outbox/CredentialsProvider.h"
#include "outbox/OutboxRunner.h"
#include "outbox/OutboxStore.h"
#include "smtp/SmtpClient.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>

using namespace Postino;
using namespace Postino::Test::Script;

namespace {

class SmtpFactory final : public SubmissionFactory
{
public:
    std::unique_ptr<Submission> create(const SubmissionSettings& settings) override
    {
        return std::make_unique<SmtpClient>(settings);
    }
};

struct Rig
{
    Test::FakeSmtpServer server;
    QTemporaryDir dir;
    Test::MockClock clock;
    OutboxStore store {dir.path(), &clock};
    SmtpFactory factory;
    StaticCredentialsProvider credentials {std::nullopt, [this](const OutboxItem&) -> Result<SubmissionSettings> {
                                               SubmissionSettings s;
                                               s.endpoint.host = QStringLiteral("smtp.test");
                                               s.endpoint.connectAddress = QStringLiteral("127.0.0.1");
                                               s.endpoint.port = server.port();
                                               s.endpoint.security = Security::None;
                                               s.endpoint.heloName = QStringLiteral("client.test");
                                               return s;
                                           }};
    OutboxRunner runner {&store, &factory, &credentials};

    Rig()
    {
        server.setTimeout(10'000);
        runner.setAccountLimits(QStringLiteral("work"), {1, 0}); // one connection: the scripts say which
        runner.setRetryPolicy(RetryPolicy({60, 3600, 48}, [] { return 0.0; }));
    }

    static QByteArray message(int n)
    {
        return QStringLiteral("From: ada@example.test\r\nSubject: n%1\r\nMessage-ID: <%1@example.test>\r\n\r\n"
                              ".a line that needs dot-stuffing %1\r\n")
            .arg(n)
            .toUtf8();
    }

    QString queue(const QStringList& rcpts, int n)
    {
        OutboxItem item;
        item.account = QStringLiteral("work");
        item.sender = QStringLiteral("ada@example.test");
        for (const QString& r : rcpts)
            item.recipients.append({r, OutboxRecipient::State::Pending, {}});
        const QString id = store.add(item, message(n)).value().id;
        clock.advance(1);
        return id;
    }

    // Runs what is due and waits (bounded) for the run to end.
    bool run()
    {
        QSignalSpy finished(&runner, &OutboxRunner::finished);
        runner.runDue();
        return finished.wait(10'000) || !finished.isEmpty();
    }
};

} // namespace

class TestOutboxSmtp : public QObject
{
    Q_OBJECT
private slots:
    void twoMessagesShareOneConnectionAndKeepTheirBytes()
    {
        Rig rig;
        const QString a = QStringLiteral("a@example.test");
        const QString b = QStringLiteral("b@example.test");
        rig.server.addScript(greet({}) + transaction(QStringLiteral("ada@example.test"), {a})
                             + transaction(QStringLiteral("ada@example.test"), {b}) + quit());
        QVERIFY(rig.server.listen());
        const QString first = rig.queue({a}, 1);
        const QString second = rig.queue({b}, 2);
        QVERIFY(rig.run());
        QTRY_VERIFY_WITH_TIMEOUT(rig.server.finished(), 5000);
        QVERIFY2(rig.server.mismatch().isEmpty(), qPrintable(rig.server.mismatch()));
        QCOMPARE(rig.server.connectionCount(), 1);
        QCOMPARE(rig.server.messages().size(), 2);
        QCOMPARE(Test::FakeSmtpServer::unstuff(rig.server.messages().at(0)), Rig::message(1));
        QCOMPARE(Test::FakeSmtpServer::unstuff(rig.server.messages().at(1)), Rig::message(2));
        const OutboxItem sent = rig.store.find(first).value();
        QCOMPARE(sent.state, OutboxItem::State::Sent);
        QCOMPARE(rig.store.find(second).value().state, OutboxItem::State::Sent);
        QCOMPARE(sent.lastReply, QStringLiteral("250 2.0.0 Ok: queued as 1"));
        QVERIFY2(sent.transcript.contains(QStringLiteral("C: MAIL FROM:<ada@example.test>")),
                 qPrintable(sent.transcript.join(QLatin1Char('\n'))));
        QVERIFY(sent.transcript.contains(QStringLiteral("S: 220 smtp.test ESMTP Postino fake")));
    }

    void lostAfterTheDotIsResentAndFlagged()
    {
        Rig rig;
        const QString a = QStringLiteral("a@example.test");
        rig.server.addScript(greet({})
                             + QStringList {c("MAIL FROM:<ada@example.test>*"), s("250 2.1.0 Ok"),
                                            c("RCPT TO:<a@example.test>*"), s("250 2.1.5 Ok"), c("DATA"),
                                            s("354 go ahead"), QStringLiteral("DATA"), QStringLiteral("CLOSE")});
        rig.server.addScript(greet({}) + transaction(QStringLiteral("ada@example.test"), {a}) + quit());
        QVERIFY(rig.server.listen());
        const QString id = rig.queue({a}, 1);
        QVERIFY(rig.run());
        OutboxItem item = rig.store.load(id).value();
        QCOMPARE(item.state, OutboxItem::State::Queued);
        QVERIFY(item.possibleDuplicate);
        QVERIFY(!item.finalDotPending);
        QCOMPARE(item.history.last().outcome,
                 QStringLiteral("outcome unknown: connection lost after the final dot; the message may arrive twice"));
        rig.clock.advance(60'000);
        QVERIFY(rig.run());
        QTRY_VERIFY_WITH_TIMEOUT(rig.server.finished(), 5000);
        QCOMPARE(rig.server.messages().size(), 2);
        QCOMPARE(rig.server.messages().at(0), rig.server.messages().at(1)); // same bytes, same Message-ID
        QCOMPARE(rig.store.find(id).value().state, OutboxItem::State::Sent);
    }

    void refusedRecipientAbandonsTheTransaction()
    {
        Rig rig;
        rig.server.addScript(greet({})
                             + QStringList {c("MAIL FROM:<ada@example.test>*"), s("250 2.1.0 Ok"),
                                            c("RCPT TO:<a@example.test>*"), s("250 2.1.5 Ok"),
                                            c("RCPT TO:<b@example.test>*"),
                                            s("550 5.1.1 <b@example.test> no such user"), c("RSET"), s("250 2.0.0 Ok")}
                             + quit());
        QVERIFY(rig.server.listen());
        const QString id = rig.queue({QStringLiteral("a@example.test"), QStringLiteral("b@example.test")}, 1);
        QVERIFY(rig.run());
        QTRY_VERIFY_WITH_TIMEOUT(rig.server.finished(), 5000);
        QVERIFY2(rig.server.mismatch().isEmpty(), qPrintable(rig.server.mismatch()));
        QVERIFY(rig.server.messages().isEmpty());
        const OutboxItem item = rig.store.load(id).value();
        QCOMPARE(item.state, OutboxItem::State::Failed);
        QCOMPARE(item.lastErrorKind, ErrorKind::Permanent);
        QVERIFY2(item.lastError.contains(QStringLiteral("b@example.test")), qPrintable(item.lastError));
        QCOMPARE(item.recipients.at(1).reply, QStringLiteral("550 5.1.1 <b@example.test> no such user"));
    }

    void aStreamOfMessagesIsPipelinedOneRoundTripEach()
    {
        Rig rig;
        const QString a = QStringLiteral("a@example.test");
        // Each final dot is answered only once the next message's MAIL, RCPT and DATA are in: they
        // travelled with it.
        QStringList script = greet({QStringLiteral("PIPELINING")});
        script += QStringList {c("MAIL FROM:<ada@example.test>*"),
                               c("RCPT TO:<a@example.test>*"),
                               c("DATA"),
                               s("250 2.1.0 Ok"),
                               s("250 2.1.5 Ok"),
                               s("354 go ahead"),
                               QStringLiteral("DATA")};
        for (int i = 2; i <= 4; ++i) {
            script += QStringList {c("MAIL FROM:<ada@example.test>*"),
                                   c("RCPT TO:<a@example.test>*"),
                                   c("DATA"),
                                   s(qPrintable(QStringLiteral("250 2.0.0 Ok: queued as %1").arg(i - 1))),
                                   s("250 2.1.0 Ok"),
                                   s("250 2.1.5 Ok"),
                                   s("354 go ahead"),
                                   QStringLiteral("DATA")};
        }
        script += QStringList {s("250 2.0.0 Ok: queued as 4")} + quit();
        rig.server.addScript(script);
        QVERIFY(rig.server.listen());
        QStringList ids;
        for (int i = 1; i <= 4; ++i)
            ids << rig.queue({a}, i);
        QVERIFY(rig.run());
        QTRY_VERIFY_WITH_TIMEOUT(rig.server.finished(), 5000);
        QVERIFY2(rig.server.mismatch().isEmpty(), qPrintable(rig.server.mismatch()));
        QCOMPARE(rig.server.connectionCount(), 1);
        QCOMPARE(rig.server.messages().size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(Test::FakeSmtpServer::unstuff(rig.server.messages().at(i)), Rig::message(i + 1));
            const OutboxItem sent = rig.store.find(ids.at(i)).value();
            QCOMPARE(sent.state, OutboxItem::State::Sent);
            QCOMPARE(sent.lastReply, QStringLiteral("250 2.0.0 Ok: queued as %1").arg(i + 1));
            QCOMPARE(sent.attempts, 1);
            QVERIFY(!sent.possibleDuplicate);
            // Its own dialogue only, although the next message's commands travelled before its reply.
            const QString text = sent.transcript.join(QLatin1Char('\n'));
            QCOMPARE(sent.transcript.count(QStringLiteral("C: DATA")), 1);
            QCOMPARE(sent.transcript.count(QStringLiteral("C: .")), 1);
            QVERIFY2(sent.transcript.contains(QStringLiteral("S: 250 2.0.0 Ok: queued as %1").arg(i + 1)),
                     qPrintable(text));
            QCOMPARE(sent.transcript.filter(QStringLiteral("queued as")).size(), 1);
            QVERIFY2(sent.transcript.contains(QStringLiteral("S: 220 smtp.test ESMTP Postino fake")), qPrintable(text));
        }
        QVERIFY(rig.server.sentTogether({"\r\n.\r\nMAIL FROM:<ada@example.test>", "RCPT TO:<a@", "DATA\r\n"}));
        // The runner let go of the lock and checkpointed: everything is in the Sent folder's files.
        QVERIFY(!rig.runner.holdsLock());
        QVERIFY(rig.store.items().isEmpty());
        for (const QString& id : qAsConst(ids))
            QVERIFY(QFileInfo::exists(rig.store.sentDir() + QLatin1Char('/') + id + QStringLiteral("/item.json")));
    }

    void aMessageChangedOnDiskIsNeverCompleted()
    {
        Rig rig;
        const QString a = QStringLiteral("a@example.test");
        // The server gets the envelope and the body, but never the final dot: the client drops the
        // connection instead, so nothing is delivered.
        rig.server.addScript(greet({})
                             + QStringList {c("MAIL FROM:<ada@example.test>*"), s("250 2.1.0 Ok"),
                                            c("RCPT TO:<a@example.test>*"), s("250 2.1.5 Ok"), c("DATA"),
                                            s("354 go ahead"), QStringLiteral("SILENT")});
        QVERIFY(rig.server.listen());
        const QString id = rig.queue({a}, 1);
        // Same size, one byte different: only the SHA-256 can tell.
        const QString path = rig.store.messagePath(id);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() - 3] = 'X';
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        QSignalSpy damaged(&rig.store, &OutboxStore::itemDamaged);
        QVERIFY(rig.run());
        QCOMPARE(damaged.count(), 1);
        QCOMPARE(damaged.first().first().toString(), id);
        QVERIFY(rig.server.messages().isEmpty());
        QVERIFY(!rig.server.received().contains("\r\n.\r\n"));
        QVERIFY(rig.store.items().isEmpty());
        QVERIFY(QFileInfo::exists(rig.store.damagedDir() + QLatin1Char('/') + id + QStringLiteral("/message.eml")));
    }

    // CHUNKING: each message goes as BDAT n LAST, byte for byte (no dot-stuffing), its SHA-256 checked at
    // the hold before LAST; the next MAIL and RCPT follow once this one's RCPT is accepted, and its LAST
    // as soon as this one's reply is in: one round trip per message, no 354.
    void aStreamOfMessagesGoesInBdatChunks()
    {
        Rig rig;
        const QString a = QStringLiteral("a@example.test");
        QStringList script = greet({QStringLiteral("PIPELINING"), QStringLiteral("CHUNKING")});
        script += QStringList {c("MAIL FROM:<ada@example.test>*"), c("RCPT TO:<a@example.test>*"),
                               QStringLiteral("BDAT LAST"), s("250 2.1.0 Ok"), s("250 2.1.5 Ok")};
        for (int i = 2; i <= 4; ++i) {
            script += QStringList {c("MAIL FROM:<ada@example.test>*"),
                                   c("RCPT TO:<a@example.test>*"),
                                   s(qPrintable(QStringLiteral("250 2.0.0 Ok: queued as %1").arg(i - 1))),
                                   s("250 2.1.0 Ok"),
                                   s("250 2.1.5 Ok"),
                                   QStringLiteral("BDAT LAST")};
        }
        script += QStringList {s("250 2.0.0 Ok: queued as 4")} + quit();
        rig.server.addScript(script);
        QVERIFY(rig.server.listen());
        QStringList ids;
        for (int i = 1; i <= 4; ++i)
            ids << rig.queue({a}, i);
        QVERIFY(rig.run());
        QTRY_VERIFY_WITH_TIMEOUT(rig.server.finished(), 5000);
        QVERIFY2(rig.server.mismatch().isEmpty(), qPrintable(rig.server.mismatch()));
        QCOMPARE(rig.server.connectionCount(), 1);
        QCOMPARE(rig.server.messages().size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(rig.server.messages().at(i), Rig::message(i + 1)); // as stored: nothing stuffed
            const OutboxItem sent = rig.store.find(ids.at(i)).value();
            QCOMPARE(sent.state, OutboxItem::State::Sent);
            QCOMPARE(sent.lastReply, QStringLiteral("250 2.0.0 Ok: queued as %1").arg(i + 1));
            QVERIFY(!sent.possibleDuplicate);
            const QString text = sent.transcript.join(QLatin1Char('\n'));
            QCOMPARE(sent.transcript.count(QStringLiteral("C: BDAT %1 LAST").arg(Rig::message(i + 1).size())), 1);
            QCOMPARE(sent.transcript.filter(QStringLiteral("C: MAIL FROM")).size(), 1);
            QCOMPARE(sent.transcript.filter(QStringLiteral("queued as")).size(), 1);
            QVERIFY2(!text.contains(QStringLiteral("C: DATA")) && !text.contains(QStringLiteral("dot-stuffing")),
                     qPrintable(text));
        }
    }

    void aMessageChangedOnDiskNeverGetsItsLastChunk()
    {
        Rig rig;
        // Two recipients: the chunks wait for both RCPT replies; the body is read, its SHA-256 does not
        // match, and LAST never goes (the client drops the connection instead).
        rig.server.addScript(greet({QStringLiteral("PIPELINING"), QStringLiteral("CHUNKING")})
                             + QStringList {c("MAIL FROM:<ada@example.test>*"), c("RCPT TO:<a@example.test>*"),
                                            c("RCPT TO:<b@example.test>*"), s("250 2.1.0 Ok"), s("250 2.1.5 Ok"),
                                            s("250 2.1.5 Ok"), QStringLiteral("SILENT")});
        QVERIFY(rig.server.listen());
        const QString id = rig.queue({QStringLiteral("a@example.test"), QStringLiteral("b@example.test")}, 1);
        QFile file(rig.store.messagePath(id));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() - 3] = 'X';
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        QSignalSpy damaged(&rig.store, &OutboxStore::itemDamaged);
        QVERIFY(rig.run());
        QCOMPARE(damaged.count(), 1);
        QVERIFY(rig.server.messages().isEmpty());
        QVERIFY(!rig.server.received().contains("BDAT"));
        QVERIFY(QFileInfo::exists(rig.store.damagedDir() + QLatin1Char('/') + id + QStringLiteral("/message.eml")));
    }

    void lostAfterBdatLastIsResentAndFlagged()
    {
        Rig rig;
        const QString a = QStringLiteral("a@example.test");
        rig.server.addScript(greet({QStringLiteral("PIPELINING"), QStringLiteral("CHUNKING")})
                             + QStringList {c("MAIL FROM:<ada@example.test>*"), c("RCPT TO:<a@example.test>*"),
                                            QStringLiteral("BDAT LAST"), s("250 2.1.0 Ok"), s("250 2.1.5 Ok"),
                                            QStringLiteral("CLOSE")});
        // The second time, a server without CHUNKING: DATA.
        rig.server.addScript(greet({}) + transaction(QStringLiteral("ada@example.test"), {a}) + quit());
        QVERIFY(rig.server.listen());
        const QString id = rig.queue({a}, 1);
        QVERIFY(rig.run());
        OutboxItem item = rig.store.load(id).value();
        QCOMPARE(item.state, OutboxItem::State::Queued);
        QVERIFY(item.possibleDuplicate);
        QCOMPARE(item.history.last().outcome,
                 QStringLiteral("outcome unknown: connection lost after the final dot; the message may arrive twice"));
        rig.clock.advance(60'000);
        QVERIFY(rig.run());
        QTRY_VERIFY_WITH_TIMEOUT(rig.server.finished(), 5000);
        QVERIFY2(rig.server.mismatch().isEmpty(), qPrintable(rig.server.mismatch()));
        QCOMPARE(rig.server.messages().size(), 2);
        QCOMPARE(rig.server.messages().at(0), Rig::message(1));
        QCOMPARE(Test::FakeSmtpServer::unstuff(rig.server.messages().at(1)), Rig::message(1));
        QCOMPARE(rig.store.find(id).value().state, OutboxItem::State::Sent);
    }

    // accounts/<name>/chunking = false: a server that offers CHUNKING gets DATA.
    void chunkingTurnedOffForTheAccount()
    {
        Rig rig;
        const QString a = QStringLiteral("a@example.test");
        Settings settings(rig.dir.filePath(QStringLiteral("postino.ini")));
        settings.setValue(Settings::Key::AccountChunking, QStringLiteral("false"), QStringLiteral("work"));
        rig.runner.setSettings(&settings);
        rig.runner.setRetryPolicy(RetryPolicy({60, 3600, 48}, [] { return 0.0; }));
        rig.server.addScript(greet({QStringLiteral("CHUNKING")}) + transaction(QStringLiteral("ada@example.test"), {a})
                             + quit());
        QVERIFY(rig.server.listen());
        const QString id = rig.queue({a}, 1);
        QVERIFY(rig.run());
        QTRY_VERIFY_WITH_TIMEOUT(rig.server.finished(), 5000);
        QVERIFY2(rig.server.mismatch().isEmpty(), qPrintable(rig.server.mismatch()));
        QCOMPARE(Test::FakeSmtpServer::unstuff(rig.server.messages().value(0)), Rig::message(1));
        QCOMPARE(rig.store.find(id).value().state, OutboxItem::State::Sent);
        rig.runner.setSettings(nullptr);
    }

    void noDotGoesWhileTheJournalCannotReachTheDisk()
    {
        Rig rig;
        const QString a = QStringLiteral("a@example.test");
        rig.server.addScript(greet({})
                             + QStringList {c("MAIL FROM:<ada@example.test>*"), s("250 2.1.0 Ok"),
                                            c("RCPT TO:<a@example.test>*"), s("250 2.1.5 Ok"), c("DATA"),
                                            s("354 go ahead"), QStringLiteral("SILENT")});
        QVERIFY(rig.server.listen());
        const QString id = rig.queue({a}, 1);
        // From now on the journal's syncs fail (a disk going bad): its `sending` record never reaches
        // the disk, so the final dot must not go, and the run must not wait for it forever.
        rig.store.setWriteHook([](OutboxStore::Step step, const QString& path) {
            return step == OutboxStore::Step::SyncFile && path.endsWith(QStringLiteral("/journal")) ? EIO : 0;
        });
        QSignalSpy failed(&rig.store, &OutboxStore::journalSyncFailed);
        QVERIFY(rig.run());
        QVERIFY(failed.count() >= 1);
        QVERIFY(rig.server.messages().isEmpty());
        QVERIFY(!rig.server.received().contains("\r\n.\r\n"));
        const OutboxItem item = rig.store.load(id).value();
        QCOMPARE(item.state, OutboxItem::State::Queued);
        QCOMPARE(item.lastErrorKind, ErrorKind::IoError);
        QVERIFY2(item.lastError.contains(QStringLiteral("flushing to disk")), qPrintable(item.lastError));
        QVERIFY(!item.possibleDuplicate);
    }

    void orphanFromAnotherBootIsOutcomeUnknown_data()
    {
        QTest::addColumn<bool>("otherBoot");
        QTest::newRow("another boot: the dot mark may have been lost") << true;
        QTest::newRow("this boot: no dot mark means no dot") << false;
    }

    void orphanFromAnotherBootIsOutcomeUnknown()
    {
        QFETCH(bool, otherBoot);
        Rig rig;
        const QString a = QStringLiteral("a@example.test");
        rig.server.addScript(greet({}) + transaction(QStringLiteral("ada@example.test"), {a}) + quit());
        QVERIFY(rig.server.listen());
        const QString id = rig.queue({a}, 1);
        // What a runner that died in the middle of an attempt leaves, before its dot mark.
        OutboxItem item = rig.store.load(id).value();
        item.state = OutboxItem::State::Sending;
        item.attempts = 1;
        QFile boot(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        QVERIFY(boot.open(QIODevice::ReadOnly));
        item.sendingBoot = otherBoot ? QStringLiteral("00000000-0000-4000-8000-000000000000")
                                     : QString::fromLatin1(boot.readAll().trimmed());
        QVERIFY(rig.store.update(item).ok());
        QVERIFY(rig.run());
        QTRY_VERIFY_WITH_TIMEOUT(rig.server.finished(), 5000);
        const OutboxItem sent = rig.store.find(id).value();
        QCOMPARE(sent.state, OutboxItem::State::Sent);
        QCOMPARE(sent.possibleDuplicate, otherBoot);
    }

    void tooManyConnectionsAtTheGreetingBacksOffTheAccount()
    {
        Rig rig;
        rig.server.addScript({s("421 4.3.2 Too many connections, try again later"), QStringLiteral("CLOSE")});
        QVERIFY(rig.server.listen());
        const QString id = rig.queue({QStringLiteral("a@example.test")}, 1);
        const QDateTime t = rig.clock.now();
        QVERIFY(rig.run());
        const OutboxItem item = rig.store.load(id).value();
        QCOMPARE(item.state, OutboxItem::State::Queued);
        QCOMPARE(item.lastErrorKind, ErrorKind::Temporary);
        QVERIFY2(item.lastReply.startsWith(QStringLiteral("421 4.3.2")), qPrintable(item.lastReply));
        QCOMPARE(rig.runner.accountThrottledUntil(QStringLiteral("work")), t.addSecs(60));
    }
};

QTEST_GUILESS_MAIN(TestOutboxSmtp)
#include "TestOutboxSmtp.moc"
