#include "MockClock.h"

#include "sandbox/ParsedMessage.h"
#include "sandbox/SandboxMailbox.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Postino;

namespace {

constexpr int WaitMs = 5000;

// A line-oriented SMTP client for driving the sandbox: sends raw bytes, reads whole replies.
class Client
{
public:
    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, WaitMs);
    }

    void send(const QByteArray& bytes) { m_socket.write(bytes); }

    // The next n replies; each is its lines joined with '\n' ("250-a\n250 b"). Fewer on timeout.
    QList<QByteArray> replies(int n)
    {
        QList<QByteArray> result;
        (void)QTest::qWaitFor(
            [&] {
                m_buffer += m_socket.readAll();
                while (result.size() < n) {
                    const qsizetype eol = m_buffer.indexOf("\r\n");
                    if (eol < 0)
                        break;
                    const QByteArray line = m_buffer.left(eol);
                    m_buffer.remove(0, eol + 2);
                    m_pending += m_pending.isEmpty() ? line : "\n" + line;
                    if (line.size() <= 3 || line.at(3) == ' ') {
                        result.append(m_pending);
                        m_pending.clear();
                    }
                }
                return result.size() >= n;
            },
            WaitMs);
        return result;
    }

    QByteArray reply() { return replies(1).value(0); }

    // The three-digit codes of the next n replies.
    QList<int> codes(int n)
    {
        QList<int> result;
        for (const QByteArray& r : replies(n))
            result.append(r.left(3).toInt());
        return result;
    }

    bool waitForDisconnect()
    {
        return QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, WaitMs);
    }

    QTcpSocket& socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_pending;
};

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;

    void startServer(const SandboxLimits& limits = {}, Clock* clock = nullptr)
    {
        m_server = std::make_unique<SandboxServer>(m_dir->path(), clock);
        m_server->setLimits(limits);
        const Status started = m_server->start(0);
        QVERIFY2(started.ok(), qPrintable(started.error().message()));
        QVERIFY(m_server->port() != 0);
    }

    void connectClient(Client& client)
    {
        QVERIFY(client.connectTo(m_server->port()));
        QVERIFY(client.reply().startsWith("220 "));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void aCaptureThatCannotBeWrittenIs451AndTheSessionGoesOn()
    {
        startServer();
        // The folder becomes a file: the capture's write fails (on the worker thread).
        const QString folder = m_server->mailbox()->folder();
        QVERIFY(QDir(folder).removeRecursively());
        {
            QFile blocker(folder);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        Client client;
        connectClient(client);
        client.send("EHLO client.test\r\nMAIL FROM:<ada@example.org>\r\nRCPT TO:<bob@example.org>\r\nDATA\r\n");
        QCOMPARE(client.replies(4).size(), 4);
        // The message, then commands pipelined behind it: they are answered after the capture's reply.
        client.send("Subject: lost\r\n\r\nbody\r\n.\r\nNOOP\r\nQUIT\r\n");
        const QList<QByteArray> end = client.replies(3);
        QCOMPARE(end.size(), 3);
        QVERIFY2(end.at(0).startsWith("451 4.3.0"), end.at(0).constData());
        QVERIFY(end.at(1).startsWith("250 "));
        QVERIFY(end.at(2).startsWith("221 "));
        QCOMPARE(m_server->mailbox()->rowCount(), 0);
    }

    void fullPipelinedSessionIsCapturedInOrder()
    {
        startServer();
        QSignalSpy captured(m_server.get(), &SandboxServer::messageCaptured);
        Client client;
        connectClient(client);
        // Everything up to DATA in one write, as a PIPELINING client does.
        client.send("EHLO client.test\r\nMAIL FROM:<ada@example.org> SIZE=120 BODY=8BITMIME\r\n"
                    "RCPT TO:<bob@example.org>\r\nRCPT TO:<carol@example.org>\r\nDATA\r\n");
        const QList<QByteArray> replies = client.replies(5);
        QCOMPARE(replies.size(), 5);
        const QByteArray ehlo = replies.at(0);
        QVERIFY(ehlo.startsWith("250-"));
        for (const QByteArray& keyword :
             {QByteArray("PIPELINING"), QByteArray("8BITMIME"), QByteArray("SMTPUTF8"), QByteArray("SIZE 26214400"),
              QByteArray("ENHANCEDSTATUSCODES"), QByteArray("AUTH PLAIN LOGIN")})
            QVERIFY2(ehlo.contains(keyword), keyword.constData());
        QVERIFY(replies.at(1).startsWith("250 2.1.0"));
        QVERIFY(replies.at(2).startsWith("250 2.1.5"));
        QVERIFY(replies.at(3).startsWith("250 2.1.5"));
        QVERIFY(replies.at(4).startsWith("354 "));

        client.send("Subject: dots\r\n\r\n..leading dot\r\n.....\r\nmiddle . dot\r\n.\r\nNOOP\r\nQUIT\r\n");
        const QList<QByteArray> end = client.replies(3);
        QCOMPARE(end.size(), 3);
        QVERIFY(end.at(0).startsWith("250 2.0.0"));
        QVERIFY(end.at(1).startsWith("250 "));
        QVERIFY(end.at(2).startsWith("221 "));
        QVERIFY(client.waitForDisconnect());

        QCOMPARE(captured.size(), 1);
        const QString id = captured.at(0).at(0).toString();
        QVERIFY(end.at(0).contains(id.toLatin1()));
        const auto message = m_server->mailbox()->message(id);
        QVERIFY(message.has_value());
        QCOMPARE(message->envelopeSender, QStringLiteral("ada@example.org"));
        QCOMPARE(message->envelopeRecipients,
                 (QStringList {QStringLiteral("bob@example.org"), QStringLiteral("carol@example.org")}));
        QCOMPARE(message->subject, QStringLiteral("dots"));
        const Result<QByteArray> raw = m_server->mailbox()->rawMessage(id);
        QVERIFY(raw.ok());
        QCOMPARE(raw.value(), QByteArray("Subject: dots\r\n\r\n.leading dot\r\n....\r\nmiddle . dot\r\n"));
    }

    void replies_data()
    {
        QTest::addColumn<QByteArrayList>("commands");
        QTest::addColumn<QList<int>>("codes");

        auto row = [](const char* name, QByteArrayList commands, QList<int> codes) {
            QTest::newRow(name) << commands << codes;
        };
        row("MAIL before EHLO is a bad sequence", {"MAIL FROM:<a@b.test>"}, {503});
        row("RCPT before MAIL is a bad sequence", {"EHLO c", "RCPT TO:<a@b.test>"}, {250, 503});
        row("DATA before RCPT is a bad sequence", {"EHLO c", "MAIL FROM:<a@b.test>", "DATA"}, {250, 250, 503});
        row("DATA before MAIL is a bad sequence", {"EHLO c", "DATA"}, {250, 503});
        row("a second MAIL is a bad sequence", {"EHLO c", "MAIL FROM:<a@b.test>", "MAIL FROM:<a@b.test>"},
            {250, 250, 503});
        row("RSET ends the transaction", {"EHLO c", "MAIL FROM:<a@b.test>", "RSET", "RCPT TO:<x@y.test>"},
            {250, 250, 250, 503});
        row("EHLO again ends the transaction", {"EHLO c", "MAIL FROM:<a@b.test>", "EHLO c", "RCPT TO:<x@y.test>"},
            {250, 250, 250, 503});
        row("HELO works without extensions", {"HELO c", "MAIL FROM:<a@b.test>", "RCPT TO:<x@y.test>"}, {250, 250, 250});
        row("MAIL parameters need EHLO", {"HELO c", "MAIL FROM:<a@b.test> SIZE=10"}, {250, 555});
        row("HELO without a name is refused", {"HELO"}, {501});
        row("EHLO without a name is refused", {"EHLO"}, {501});
        row("unknown command", {"FROB"}, {500});
        row("empty line", {""}, {500});
        row("commands are case-insensitive", {"ehlo c", "mail from:<a@b.test>", "rcpt to:<x@y.test>"}, {250, 250, 250});
        row("NOOP", {"NOOP"}, {250});
        row("VRFY cannot verify but accepts", {"VRFY bob"}, {252});
        row("HELP", {"HELP"}, {214});
        row("STARTTLS is not offered", {"EHLO c", "STARTTLS"}, {250, 502});
        row("null sender is accepted", {"EHLO c", "MAIL FROM:<>"}, {250, 250});
        row("space after the colon is tolerated", {"EHLO c", "MAIL FROM: <a@b.test>"}, {250, 250});
        row("source route is ignored", {"EHLO c", "MAIL FROM:<a@b.test>", "RCPT TO:<@relay.test:x@y.test>"},
            {250, 250, 250});
        row("address without brackets is a syntax error", {"EHLO c", "MAIL FROM:a@b.test"}, {250, 501});
        row("address without a domain is refused", {"EHLO c", "MAIL FROM:<a>"}, {250, 553});
        row("postmaster needs no domain", {"EHLO c", "MAIL FROM:<a@b.test>", "RCPT TO:<Postmaster>"}, {250, 250, 250});
        row("empty recipient is refused", {"EHLO c", "MAIL FROM:<a@b.test>", "RCPT TO:<>"}, {250, 250, 553});
        row("SIZE over the limit is refused at MAIL", {"EHLO c", "MAIL FROM:<a@b.test> SIZE=999999999"}, {250, 552});
        row("SIZE that is not a number", {"EHLO c", "MAIL FROM:<a@b.test> SIZE=big"}, {250, 501});
        row("BODY=8BITMIME accepted", {"EHLO c", "MAIL FROM:<a@b.test> BODY=8BITMIME"}, {250, 250});
        row("BODY=BINARYMIME refused", {"EHLO c", "MAIL FROM:<a@b.test> BODY=BINARYMIME"}, {250, 501});
        row("unknown MAIL parameter", {"EHLO c", "MAIL FROM:<a@b.test> FROB=1"}, {250, 555});
        row("RCPT parameters are refused", {"EHLO c", "MAIL FROM:<a@b.test>", "RCPT TO:<x@y.test> NOTIFY=NEVER"},
            {250, 250, 555});
        row("non-ASCII sender needs SMTPUTF8", {"EHLO c", "MAIL FROM:<jos\xc3\xa9@b.test>"}, {250, 553});
        row("non-ASCII sender with SMTPUTF8",
            {"EHLO c", "MAIL FROM:<jos\xc3\xa9@b.test> SMTPUTF8", "RCPT TO:<\xc3\xa8@y.test>"}, {250, 250, 250});
        row("non-ASCII recipient needs SMTPUTF8", {"EHLO c", "MAIL FROM:<a@b.test>", "RCPT TO:<\xc3\xa8@y.test>"},
            {250, 250, 553});
        row("DATA takes no argument", {"EHLO c", "MAIL FROM:<a@b.test>", "RCPT TO:<x@y.test>", "DATA now"},
            {250, 250, 250, 501});
        row("AUTH PLAIN with an initial response", {"EHLO c", "AUTH PLAIN AGFueQB0aGluZw=="}, {250, 235});
        row("AUTH PLAIN after a challenge", {"EHLO c", "AUTH PLAIN", "AGFueQB0aGluZw=="}, {250, 334, 235});
        row("AUTH LOGIN asks user name and password", {"EHLO c", "AUTH LOGIN", "dXNlcg==", "cGFzcw=="},
            {250, 334, 334, 235});
        row("AUTH LOGIN with the user name at once", {"EHLO c", "AUTH LOGIN dXNlcg==", "cGFzcw=="}, {250, 334, 235});
        row("AUTH can be cancelled", {"EHLO c", "AUTH PLAIN", "*", "NOOP"}, {250, 334, 501, 250});
        row("AUTH with bad base64", {"EHLO c", "AUTH PLAIN !!!!"}, {250, 501});
        row("AUTH PLAIN without the separators", {"EHLO c", "AUTH PLAIN dXNlcg=="}, {250, 501});
        row("AUTH with an unknown mechanism", {"EHLO c", "AUTH CRAM-MD5"}, {250, 504});
        row("AUTH twice", {"EHLO c", "AUTH PLAIN AGFueQB0aGluZw==", "AUTH PLAIN AGFueQB0aGluZw=="}, {250, 235, 503});
        row("AUTH needs EHLO", {"HELO c", "AUTH PLAIN AGFueQB0aGluZw=="}, {250, 503});
        row("AUTH inside a transaction", {"EHLO c", "MAIL FROM:<a@b.test>", "AUTH PLAIN AGFueQB0aGluZw=="},
            {250, 250, 503});
        row("a command line over the limit", {"NOOP " + QByteArray(5000, 'x'), "NOOP"}, {500, 250});
    }

    void replies()
    {
        QFETCH(QByteArrayList, commands);
        QFETCH(QList<int>, codes);
        startServer();
        Client client;
        connectClient(client);
        for (const QByteArray& command : std::as_const(commands))
            client.send(command + "\r\n");
        QCOMPARE(client.codes(static_cast<int>(codes.size())), codes);
    }

    void overlongLineInPiecesIsAnsweredOnce()
    {
        startServer();
        Client client;
        connectClient(client);
        client.send("NOOP " + QByteArray(3000, 'a'));
        QTest::qWait(20);
        client.send(QByteArray(3000, 'b'));
        QTest::qWait(20);
        client.send(QByteArray(3000, 'c') + "\r\nNOOP\r\n");
        QCOMPARE(client.codes(2), (QList<int> {500, 250}));
        client.send("NOOP\r\n");
        QCOMPARE(client.codes(1), QList<int> {250}); // nothing else was queued in between
    }

    void messageOverTheSizeLimitIsRefused()
    {
        SandboxLimits limits;
        limits.maxMessageSize = 200;
        startServer(limits);
        Client client;
        connectClient(client);
        client.send("EHLO c\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<x@y.test>\r\nDATA\r\n");
        QCOMPARE(client.codes(4), (QList<int> {250, 250, 250, 354}));
        QByteArray data;
        for (int i = 0; i < 10; ++i)
            data += "This line is thirty characters\r\n";
        client.send(data + ".\r\n");
        const QByteArray reply = client.reply();
        QVERIFY2(reply.startsWith("552 5.3.4"), reply.constData());
        QCOMPARE(m_server->mailbox()->rowCount(), 0);
        // The session goes on with a fresh transaction.
        client.send("MAIL FROM:<a@b.test>\r\nRCPT TO:<x@y.test>\r\nDATA\r\nsmall\r\n.\r\n");
        QCOMPARE(client.codes(4), (QList<int> {250, 250, 354, 250}));
        QCOMPARE(m_server->mailbox()->rowCount(), 1);
    }

    void tooManyRecipientsAreRefusedOneByOne()
    {
        SandboxLimits limits;
        limits.maxRecipients = 2;
        startServer(limits);
        Client client;
        connectClient(client);
        client.send("EHLO c\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<1@y.test>\r\nRCPT TO:<2@y.test>\r\n"
                    "RCPT TO:<3@y.test>\r\nDATA\r\nhi\r\n.\r\n");
        QCOMPARE(client.codes(6), (QList<int> {250, 250, 250, 250, 452, 354}));
        QCOMPARE(client.codes(1), QList<int> {250});
        QCOMPARE(m_server->mailbox()->messages().value(0).envelopeRecipients.size(), 2);
    }

    void overlongDataLineRefusesTheMessage()
    {
        SandboxLimits limits;
        limits.maxLineLength = 100;
        startServer(limits);
        Client client;
        connectClient(client);
        client.send("EHLO c\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<x@y.test>\r\nDATA\r\n");
        QCOMPARE(client.codes(4), (QList<int> {250, 250, 250, 354}));
        client.send("ok\r\n" + QByteArray(500, 'z') + "\r\nok\r\n.\r\nNOOP\r\n");
        const QList<QByteArray> replies = client.replies(2);
        QCOMPARE(replies.size(), 2);
        QVERIFY2(replies.at(0).startsWith("500 5.5.6"), replies.at(0).constData());
        QVERIFY(replies.at(1).startsWith("250"));
        QCOMPARE(m_server->mailbox()->rowCount(), 0);
    }

    void idleClientIsDisconnected()
    {
        Test::MockClock clock;
        SandboxLimits limits;
        limits.idleTimeoutMs = 60'000;
        startServer(limits, &clock);
        Client client;
        connectClient(client);
        client.send("NOOP\r\n");
        QCOMPARE(client.codes(1), QList<int> {250});
        QCOMPARE(clock.advance(59'000), 0);
        QCOMPARE(clock.advance(1'000), 1);
        const QByteArray reply = client.reply();
        QVERIFY2(reply.startsWith("421 4.4.2"), reply.constData());
        QVERIFY(client.waitForDisconnect());
        QTRY_COMPARE_WITH_TIMEOUT(m_server->sessionCount(), 0, WaitMs);
    }

    void tooManyErrorsCloseTheSession()
    {
        SandboxLimits limits;
        limits.maxErrors = 3;
        startServer(limits);
        Client client;
        connectClient(client);
        client.send("A\r\nB\r\nC\r\nNOOP\r\n");
        QCOMPARE(client.codes(4), (QList<int> {500, 500, 500, 421}));
        QVERIFY(client.waitForDisconnect());
    }

    void concurrentClientsEachGetTheirMessageStored()
    {
        startServer();
        constexpr int Clients = 12;
        std::vector<std::unique_ptr<Client>> clients;
        for (int i = 0; i < Clients; ++i) {
            clients.push_back(std::make_unique<Client>());
            connectClient(*clients.back());
        }
        QCOMPARE(m_server->sessionCount(), Clients);
        // Interleave: every client is mid-transaction while the others talk.
        for (int i = 0; i < Clients; ++i)
            clients[i]->send("EHLO c" + QByteArray::number(i) + "\r\nMAIL FROM:<s" + QByteArray::number(i)
                             + "@b.test>\r\n");
        for (int i = Clients - 1; i >= 0; --i)
            clients[i]->send("RCPT TO:<r@y.test>\r\nDATA\r\n");
        for (int i = 0; i < Clients; ++i)
            clients[i]->send("Subject: from " + QByteArray::number(i) + "\r\n\r\nbody\r\n.\r\nQUIT\r\n");
        for (int i = 0; i < Clients; ++i)
            QCOMPARE(clients[i]->codes(6), (QList<int> {250, 250, 250, 354, 250, 221}));
        QCOMPARE(m_server->mailbox()->rowCount(), Clients);
        QStringList senders;
        for (const CapturedMessage& message : m_server->mailbox()->messages())
            senders.append(message.envelopeSender);
        senders.sort();
        QCOMPARE(senders.size(), Clients);
        QCOMPARE(senders.removeDuplicates(), 0);
    }

    void connectionsOverTheLimitAreTurnedAway()
    {
        SandboxLimits limits;
        limits.maxSessions = 2;
        startServer(limits);
        Client a, b, c;
        connectClient(a);
        connectClient(b);
        QVERIFY(c.connectTo(m_server->port()));
        const QByteArray reply = c.reply();
        QVERIFY2(reply.startsWith("421 4.3.2"), reply.constData());
        QVERIFY(c.waitForDisconnect());
        // A slot frees up when a client leaves.
        a.send("QUIT\r\n");
        QVERIFY(a.waitForDisconnect());
        QTRY_COMPARE_WITH_TIMEOUT(m_server->sessionCount(), 1, WaitMs);
        Client d;
        connectClient(d);
    }

    void capturesAreStoredOnDiskAndListedAfterARestart()
    {
        startServer();
        Client client;
        connectClient(client);
        client.send("EHLO c\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<x@y.test>\r\nDATA\r\n"
                    "From: =?UTF-8?Q?Ren=C3=A9e?= <a@b.test>\r\nTo: x@y.test\r\nSubject: kept\r\n\r\nhi\r\n.\r\n");
        QCOMPARE(client.codes(5), (QList<int> {250, 250, 250, 354, 250}));
        const QString id = m_server->mailbox()->messages().value(0).id;
        QVERIFY(!id.isEmpty());
        QDir dir(m_dir->path());
        QCOMPARE(dir.entryList(QDir::Files, QDir::Name), (QStringList {id + u".eml", id + u".json"}));

        SandboxMailbox reopened(m_dir->path());
        QCOMPARE(reopened.rowCount(), 1);
        const CapturedMessage message = reopened.messages().value(0);
        QCOMPARE(message.id, id);
        QCOMPARE(message.from, QStringLiteral("Renée <a@b.test>"));
        QCOMPARE(message.to, QStringLiteral("x@y.test"));
        QCOMPARE(message.subject, QStringLiteral("kept"));
        QCOMPARE(message.envelopeRecipients, QStringList {QStringLiteral("x@y.test")});
        QCOMPARE(reopened.data(reopened.index(0, SandboxMailbox::SubjectColumn)).toString(), QStringLiteral("kept"));
        QVERIFY(reopened.remove(id).ok());
        QCOMPARE(reopened.rowCount(), 0);
        QVERIFY(dir.entryList(QDir::Files).isEmpty());
        QVERIFY(!reopened.rawMessage(id).ok());
    }

    void mailboxKeepsAtMostItsLimit()
    {
        SandboxMailbox mailbox(m_dir->path());
        mailbox.setMaxMessages(3);
        const QDateTime start(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(mailbox
                        .store(QStringLiteral("a@b.test"), {QStringLiteral("x@y.test")},
                               "Subject: " + QByteArray::number(i) + "\r\n\r\n", start.addSecs(i))
                        .ok());
        }
        QCOMPARE(mailbox.rowCount(), 3);
        QCOMPARE(mailbox.messages().value(0).subject, QStringLiteral("4")); // newest first
        QCOMPARE(mailbox.messages().value(2).subject, QStringLiteral("2"));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 6);
    }

    void mailboxDestroyedWhileACaptureIsWritten()
    {
        bool reported = false;
        {
            SandboxMailbox mailbox(m_dir->path());
            const QByteArray big = "Subject: big\r\n\r\n" + QByteArray(8 * 1024 * 1024, 'x') + "\r\n";
            mailbox.storeAsync(QStringLiteral("a@b.test"), {QStringLiteral("x@y.test")}, big,
                               QDateTime::currentDateTimeUtc(), [&](const Result<QString>&) { reported = true; });
        } // the destructor waits for the write; its report goes nowhere
        QCoreApplication::processEvents();
        QVERIFY(!reported);
        // The capture itself was written whole: a new mailbox on the folder finds it.
        SandboxMailbox reopened(m_dir->path());
        QCOMPARE(reopened.rowCount(), 1);
        QCOMPARE(reopened.messages().value(0).subject, QStringLiteral("big"));
    }

    void stopClosesThePortAndTheSessions()
    {
        startServer();
        const quint16 port = m_server->port();
        Client client;
        connectClient(client);
        QSignalSpy stopped(m_server.get(), &SandboxServer::stopped);
        m_server->stop();
        QCOMPARE(stopped.size(), 1);
        QVERIFY(!m_server->isRunning());
        QVERIFY(client.waitForDisconnect());
        Client late;
        late.socket().connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(QTest::qWaitFor([&] { return late.socket().state() == QAbstractSocket::UnconnectedState; }, WaitMs));
    }

    void authPayloadsNeverReachTheTrace()
    {
        static QStringList trace;
        trace.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("postino.smtp.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& message) { trace.append(message); });
        startServer();
        Client client;
        connectClient(client);
        // "\0ada\0s3cret-password" and "ada" / "s3cret-password"
        client.send("EHLO c\r\nAUTH PLAIN AGFkYQBzM2NyZXQtcGFzc3dvcmQ=\r\n");
        const QList<int> plain = client.codes(2);
        Client second;
        connectClient(second);
        second.send("EHLO c\r\nAUTH LOGIN YWRh\r\nczNjcmV0LXBhc3N3b3Jk\r\n");
        const QList<int> login = second.codes(3);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QStringLiteral("postino.smtp.debug=false"));

        QCOMPARE(plain, (QList<int> {250, 235}));
        QCOMPARE(login, (QList<int> {250, 334, 235}));
        const QString all = trace.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("sandbox C: EHLO c")), qPrintable(all)); // the trace was on
        QVERIFY(all.contains(QStringLiteral("sandbox C: AUTH PLAIN [redacted]")));
        QVERIFY(all.contains(QStringLiteral("sandbox C: AUTH LOGIN [redacted]")));
        for (const char* secret : {"AGFkYQBzM2NyZXQtcGFzc3dvcmQ=", "YWRh", "czNjcmV0LXBhc3N3b3Jk", "s3cret"})
            QVERIFY2(!all.contains(QLatin1String(secret)), secret);
    }

    void pythonSmtplibSendsAMultipartMessage()
    {
        const QString python = qEnvironmentVariable("SYSTEM_PYTHON", QStringLiteral("/usr/bin/python3"));
        if (!QFile::exists(python))
            QSKIP("No system Python to run smtplib with");
        startServer();
        QSignalSpy captured(m_server.get(), &SandboxServer::messageCaptured);
        const QString script = QStringLiteral(R"PY(
import smtplib, sys
from email.message import EmailMessage
msg = EmailMessage()
msg['From'] = 'Ada <ada@example.org>'
msg['To'] = 'Bob <bob@example.org>, josé@example.org'
msg['Subject'] = 'Caffè con lo smtplib'
msg.set_content('Prima riga\n.una riga con il punto\nCittà\n')
msg.add_alternative('<p>Città</p>', subtype='html')
msg.add_attachment(bytes(range(256)) * 4, maintype='application', subtype='octet-stream', filename='dati.bin')
with smtplib.SMTP('127.0.0.1', int(sys.argv[1]), timeout=10) as s:
    s.ehlo('python.test')
    assert s.has_extn('pipelining') and s.has_extn('smtputf8') and s.has_extn('size')
    s.login('anyone', 'any password')
    refused = s.send_message(msg)
    assert not refused, refused
    s.noop()
print('sent')
)PY");
        QProcess process;
        process.start(python, {QStringLiteral("-c"), script, QString::number(m_server->port())});
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(finished.wait(20'000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QCOMPARE(process.readAllStandardOutput().trimmed(), QByteArray("sent"));

        QCOMPARE(captured.size(), 1);
        const QString id = captured.at(0).at(0).toString();
        const auto message = m_server->mailbox()->message(id);
        QVERIFY(message.has_value());
        QCOMPARE(message->envelopeSender, QStringLiteral("ada@example.org"));
        QCOMPARE(message->envelopeRecipients,
                 (QStringList {QStringLiteral("bob@example.org"), QStringLiteral("josé@example.org")}));
        QCOMPARE(message->subject, QStringLiteral("Caffè con lo smtplib"));
        const ParsedMessage parsed = ParsedMessage::parse(m_server->mailbox()->rawMessage(id).value());
        QCOMPARE(parsed.textBody(), QStringLiteral("Prima riga\n.una riga con il punto\nCittà\n"));
        QCOMPARE(parsed.htmlBody().trimmed(), QStringLiteral("<p>Città</p>"));
        QCOMPARE(parsed.attachments().size(), 1);
        QCOMPARE(parsed.attachments().constFirst().fileName, QStringLiteral("dati.bin"));
        QCOMPARE(parsed.attachments().constFirst().size, qint64(1024));
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "TestSandboxServer.moc"
