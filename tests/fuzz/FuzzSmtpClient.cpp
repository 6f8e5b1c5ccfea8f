// The SMTP client against a server that says whatever the input says (curl-fuzzer's smtp target is the model): a
// server on 127.0.0.1 in this process sends the input's replies in the input's fragments, one fragment each time
// the client has gone quiet, while a MockClock fires the client's timeouts when nothing is left to send. The
// server reads what the client sends and checks it:
//
// - every command line ends in CRLF, has no bare CR or LF, and is at most 998 octets before its CRLF;
// - no message content after the client read a refusal of the transaction (MAIL not 2xx, a RCPT 5xx, no RCPT
//   accepted, DATA not 354, a BDAT chunk not 2xx): content only goes after DATA once the 354 was read, and a
//   chunk written after a refusal was read is a message sent to nobody who agreed;
// - the content after DATA, unstuffed, and the chunks of BDAT are exactly the message given;
// - "delivered" is never reported without a 2xx read in reply to the final dot (or BDAT ... LAST);
// - the session ends (failed() or closed()) in a bounded number of steps.
//
// Replies are paired with commands the way the client pairs them (in order; the greeting answers the
// connection; a 421 that does not answer QUIT ends the session), using SmtpReplyParser on everything the server
// sent; which replies the client had read when it wrote each byte comes from its Transcript.
//
// Input: a flags byte, a byte for the recipients, a byte for the message, then the fragments (a length byte and
// that many bytes, each).

#include "FuzzCommon.h"
#include "MockClock.h"
#include "mime/Envelope.h"
#include "smtp/SmtpClient.h"
#include "smtp/SmtpReplyParser.h"
#include "smtp/Transcript.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHostAddress>
#include <QPointer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

#include <linux/sockios.h>
#include <sys/ioctl.h>

using namespace Postino;

namespace {

QCoreApplication* app = nullptr;
QTcpServer* listener = nullptr;

const QByteArray messages[] = {
    QByteArrayLiteral("Subject: hello\r\n\r\nHello.\r\n"),
    QByteArrayLiteral("Subject: dots\r\n\r\n.\r\n..two\r\n.x\r\nend\r\n"),
    QByteArrayLiteral("Subject: =?UTF-8?Q?caf=C3=A9?=\r\nContent-Type: text/plain; charset=utf-8\r\n\r\ncaffè\r\n"),
    QByteArrayLiteral("Subject: empty line at the end\r\n\r\n\r\n"),
};

const char* const recipients[] = {"b@example.org", "c@example.org", "zoe@città.it", "jörg@example.org"};

enum class Kind { Connect, Other, Mail, Rcpt, Data, DataEnd, Bdat, BdatLast, Quit };

struct Command
{
    Kind kind;
    int transaction; // the MAIL this command belongs to (-1: none yet)
};

struct Content
{
    int transaction;
    qint64 first; // the stream offsets of its first and last byte
    qint64 last;
};

class Session : public QObject
{
public:
    Session(const std::uint8_t* data, std::size_t size)
        : m_input(data, size)
    { }

    void run();

private:
    void settle();
    void onConnection();
    void onServerRead();
    void parseClientBytes();
    [[nodiscard]] bool clientHadRead(int reply, qint64 offset) const
    {
        return reply < m_stamps.size() && m_stamps.at(reply) <= offset;
    }
    [[nodiscard]] int replyCode(int command) const
    {
        return command < m_replyCodes.size() ? m_replyCodes.at(command) : 0;
    }
    void pairReplies();
    void onTranscriptLine(const QString& line);
    void onState();
    void sendMessage();
    void maybeSendNext();
    void checkAtEnd();

    Fuzz::Input m_input;
    Test::MockClock m_clock;
    Transcript m_transcript;
    std::unique_ptr<SmtpClient> m_client;
    QPointer<QSslSocket> m_clientSocket;
    QTcpSocket* m_server = nullptr;
    qint64 m_activity = 0;

    // The client's side.
    QList<Envelope> m_envelopes;
    QList<std::shared_ptr<QBuffer>> m_bodies;
    int m_sent = 0;
    int m_results = 0;
    bool m_finished = false;
    bool m_closing = false;
    qint64 m_clientFlushed = 0;
    QList<qint64> m_stamps; // for each reply the client read: how many bytes it had written then
    QList<int> m_deliveredAfter; // for each delivered result: how many replies the client had read then

    // The server's side.
    QByteArray m_sentByServer;
    QByteArray m_received;
    qint64 m_parsed = 0; // offset in m_received up to which it is parsed
    enum class Mode { Commands, Body, Chunk } m_mode = Mode::Commands;
    qint64 m_chunkLeft = 0;
    bool m_chunkLast = false;
    QByteArray m_content; // the message as received so far (unstuffed / chunks joined)
    QList<QByteArray> m_contents; // each finished message
    QList<Command> m_commands {{Kind::Connect, -1}};
    QList<Content> m_contentRanges;
    QList<int> m_replyCodes; // for each command, the code of the reply paired with it (in order)
    int m_transaction = -1;
    int m_pendingData = -1; // the index of a DATA command whose content has not been decided yet
};

void Session::run()
{
    const std::uint8_t flags = m_input.byte();
    const std::uint8_t who = m_input.byte();
    const std::uint8_t what = m_input.byte();

    SubmissionSettings settings;
    settings.endpoint.host = QStringLiteral("smtp.test");
    settings.endpoint.port = listener->serverPort();
    settings.endpoint.connectAddress = QStringLiteral("127.0.0.1");
    settings.endpoint.security = Security::None;
    settings.endpoint.heloName = QStringLiteral("client.test");
    if (flags & 0x02) {
        settings.credentials.username = QStringLiteral("user@example.org");
        settings.credentials.secret = QStringLiteral("secret");
    }
    settings.chunking = (flags & 0x01) != 0;
    settings.holdFinalDot = (flags & 0x04) != 0;
    settings.clock = &m_clock;
    settings.transcript = &m_transcript;

    const int messageCount = (flags & 0x08) ? 2 : 1;
    for (int m = 0; m < messageCount; ++m) {
        Envelope envelope;
        envelope.sender = (flags & 0x40) ? QStringLiteral("ädä@example.org") : QStringLiteral("ada@example.org");
        if ((flags & 0x80) && m == 0)
            envelope.sender.clear();
        const int count = 1 + (who >> (4 * m)) % 3;
        for (int r = 0; r < count; ++r)
            envelope.addRecipient(QString::fromUtf8(recipients[(who + r + m) % 4]));
        envelope.requestDsn = (flags & 0x10) != 0;
        envelope.body = (flags & 0x20) ? Envelope::Body::EightBitMime : Envelope::Body::SevenBit;
        m_envelopes.append(envelope);
        auto body = std::make_shared<QBuffer>();
        body->setData(messages[(what >> (2 * m)) % 4]);
        body->open(QIODevice::ReadOnly);
        m_bodies.append(body);
    }

    QList<QByteArray> fragments;
    while (!m_input.atEnd())
        fragments.append(m_input.piece());

    m_client = std::make_unique<SmtpClient>(settings);
    QObject::connect(&m_transcript, &Transcript::lineAdded, this,
                     [this](const QString& line) { onTranscriptLine(line); });
    QObject::connect(m_client.get(), &Submission::stateChanged, this, [this] { onState(); });
    QObject::connect(m_client.get(), &Submission::ready, this, [this] {
        ++m_activity;
        QTimer::singleShot(0, this, [this] { maybeSendNext(); });
    });
    QObject::connect(m_client.get(), &Submission::passwordRequested, this, [this] {
        QTimer::singleShot(0, this, [this] { m_client->providePassword(QStringLiteral("secret")); });
    });
    QObject::connect(m_client.get(), &Submission::finalDotHeld, this,
                     [this] { QTimer::singleShot(0, this, [this] { m_client->releaseFinalDot(); }); });
    QObject::connect(m_client.get(), &Submission::transactionFinished, this, [this](const TransactionResult& result) {
        ++m_activity;
        ++m_results;
        FUZZ_CHECK(m_results <= m_sent);
        if (result.delivered)
            m_deliveredAfter.append(static_cast<int>(m_stamps.size()));
        FUZZ_CHECK(result.delivered || result.error.isError());
        QTimer::singleShot(0, this, [this] { maybeSendNext(); });
    });
    QObject::connect(m_client.get(), &Submission::failed, this, [this](const SmtpError& error) {
        ++m_activity;
        FUZZ_CHECK(error.isError() && !error.message.isEmpty());
        m_finished = true;
    });
    QObject::connect(m_client.get(), &Submission::closed, this, [this] {
        ++m_activity;
        m_finished = true;
    });
    QObject::connect(listener, &QTcpServer::newConnection, this, [this] { onConnection(); });

    m_client->open();
    m_clientSocket = m_client->findChild<QSslSocket*>();
    if (m_clientSocket) {
        QObject::connect(m_clientSocket, &QIODevice::bytesWritten, this, [this](qint64 n) {
            m_clientFlushed += n;
            ++m_activity;
        });
        QObject::connect(m_clientSocket, &QIODevice::readyRead, this, [this] { ++m_activity; });
    }

    // Each step: let everything settle, then the server's next fragment, or else the client's next timeout.
    qsizetype next = 0;
    int steps = 0;
    constexpr int maxSteps = 4096;
    for (; steps < maxSteps && !m_finished; ++steps) {
        settle();
        if (m_finished)
            break;
        if (m_server && next < fragments.size()) {
            const QByteArray& fragment = fragments.at(next++);
            m_sentByServer += fragment;
            m_server->write(fragment);
            ++m_activity;
            pairReplies();
            continue;
        }
        if (!m_clock.advanceToNextTimer())
            break;
    }
    // It ends by itself: every wait has a timeout, and every step above was either a fragment or a timeout.
    FUZZ_CHECK(m_finished);

    QObject::disconnect(listener, nullptr, this, nullptr);
    settle(); // what is still on its way to the server
    if (m_server) {
        onServerRead();
        m_server->abort();
        delete m_server;
        m_server = nullptr;
    }
    if (qEnvironmentVariableIsSet("FUZZ_SMTP_CLIENT_VERBOSE")) { // to see what one input does
        std::fprintf(stderr, "%s--- %d steps, %d of %d messages sent, %d delivered\n", qPrintable(m_transcript.text()),
                     steps, m_sent, static_cast<int>(m_envelopes.size()), static_cast<int>(m_deliveredAfter.size()));
    }
    checkAtEnd();
    m_client.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// Bytes written to one end of the connection that the other has not read yet.
qint64 inFlight(const QAbstractSocket* socket)
{
    if (!socket || socket->socketDescriptor() < 0)
        return 0;
    const int fd = static_cast<int>(socket->socketDescriptor());
    int unread = 0;
    int unsent = 0;
    if (::ioctl(fd, FIONREAD, &unread) != 0)
        unread = 0;
    // Not yet sent at all (SIOCOUTQNSD; SIOCOUTQ would count what was sent and not yet acknowledged too, and the
    // peer acknowledges late: that would wait for its delayed ACK).
    if (::ioctl(fd, SIOCOUTQNSD, &unsent) != 0)
        unsent = 0;
    return unread + unsent + socket->bytesToWrite();
}

// Runs the event loop until nothing moves: no signal of either side, and no byte on the wire between them
// (waiting for those a little, in real time, bounded).
void Session::settle()
{
    for (int quiet = 0, waits = 0; quiet < 3;) {
        const qint64 before = m_activity;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (m_activity != before) {
            quiet = 0;
        } else if ((inFlight(m_clientSocket) > 0 || inFlight(m_server) > 0) && waits < 1000) {
            ++waits;
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 1);
        } else {
            ++quiet;
        }
    }
}

void Session::onConnection()
{
    ++m_activity;
    QTcpSocket* socket = listener->nextPendingConnection();
    if (!socket)
        return;
    if (m_server) { // one connection per session
        socket->abort();
        delete socket;
        return;
    }
    socket->setParent(nullptr);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // no Nagle: each fragment goes at once
    m_server = socket;
    if (m_clientSocket)
        m_clientSocket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QObject::connect(m_server, &QTcpSocket::readyRead, this, [this] { onServerRead(); });
    QObject::connect(m_server, &QTcpSocket::bytesWritten, this, [this] { ++m_activity; });
}

void Session::onServerRead()
{
    const QByteArray bytes = m_server->readAll();
    if (bytes.isEmpty())
        return;
    ++m_activity;
    m_received += bytes;
    parseClientBytes();
}

void Session::onTranscriptLine(const QString& line)
{
    // "S: 250-x" continues a reply; "S: 250 x" (or "S: 250") ends one.
    if (!line.startsWith(QLatin1String("S: ")))
        return;
    if (line.size() > 6 && line.at(6) == QLatin1Char('-'))
        return;
    const qint64 written = m_clientFlushed + (m_clientSocket ? m_clientSocket->bytesToWrite() : 0);
    m_stamps.append(written);
}

void Session::onState()
{
    ++m_activity;
    QTimer::singleShot(0, this, [this] { maybeSendNext(); });
}

void Session::maybeSendNext()
{
    if (m_finished || !m_client)
        return;
    const Submission::State state = m_client->state();
    if (m_sent < m_envelopes.size()) {
        if (state == Submission::State::Ready || (m_sent > 0 && m_client->canSendAhead()))
            sendMessage();
        return;
    }
    if (!m_closing && m_results == m_sent && state == Submission::State::Ready) {
        m_closing = true;
        m_client->close();
    }
}

void Session::sendMessage()
{
    const int i = m_sent++;
    ++m_activity;
    m_client->send(m_envelopes.at(i), m_bodies.at(i).get(), m_bodies.at(i)->size());
}

// The replies the server sent so far, paired with the commands the way the client pairs them.
void Session::pairReplies()
{
    SmtpReplyParser parser;
    parser.feed(m_sentByServer);
    QList<int> codes;
    while (parser.hasReply()) {
        const SmtpReply reply = parser.takeReply();
        const qsizetype index = codes.size();
        const bool quit = index < m_commands.size() && m_commands.at(index).kind == Kind::Quit;
        if (reply.code == 421 && !quit) {
            codes.append(421); // ends the session; nothing after it is paired
            break;
        }
        codes.append(reply.code);
    }
    m_replyCodes = codes;
}

void Session::parseClientBytes()
{
    pairReplies();
    while (m_parsed < m_received.size()) {
        if (m_mode == Mode::Chunk) {
            const qint64 n = qMin(m_chunkLeft, m_received.size() - m_parsed);
            m_content += m_received.mid(m_parsed, n);
            m_contentRanges.append({m_transaction, m_parsed, m_parsed + n - 1});
            m_parsed += n;
            m_chunkLeft -= n;
            if (m_chunkLeft > 0)
                return;
            m_mode = Mode::Commands;
            if (m_chunkLast) {
                m_contents.append(m_content);
                m_content.clear();
            }
            continue;
        }
        if (m_mode == Mode::Commands && m_pendingData >= 0) {
            // The bytes after DATA are the message only if the client had read a 354 for it when it wrote them.
            if (clientHadRead(m_pendingData, m_parsed) && replyCode(m_pendingData) == 354)
                m_mode = Mode::Body;
            m_pendingData = -1;
        }
        const qsizetype end = m_received.indexOf("\r\n", m_parsed);
        if (end < 0) {
            // A line still coming: no bare LF in it, and not already too long.
            const QByteArray partial = m_received.mid(m_parsed);
            if (m_mode == Mode::Commands) {
                FUZZ_CHECK(partial.size() <= 998 + 1);
                FUZZ_CHECK(!partial.contains('\n'));
                FUZZ_CHECK(partial.indexOf('\r') < 0 || partial.indexOf('\r') == partial.size() - 1);
            }
            return;
        }
        const QByteArray line = m_received.mid(m_parsed, end - m_parsed);
        const qint64 lineStart = m_parsed;
        m_parsed = end + 2;
        FUZZ_CHECK(!line.contains('\n'));
        FUZZ_CHECK(!line.contains('\r'));
        if (m_mode == Mode::Body) {
            if (line == ".") {
                m_mode = Mode::Commands;
                m_contents.append(m_content);
                m_content.clear();
                m_commands.append({Kind::DataEnd, m_transaction});
                continue;
            }
            m_content += (line.startsWith('.') ? line.mid(1) : line) + "\r\n";
            m_contentRanges.append({m_transaction, lineStart, end + 1});
            continue;
        }
        FUZZ_CHECK(line.size() <= 998);
        const QByteArray upper = line.toUpper();
        Kind kind = Kind::Other;
        if (upper.startsWith("MAIL FROM:")) {
            kind = Kind::Mail;
            m_transaction = static_cast<int>(m_commands.size());
            m_content.clear(); // the chunks of an abandoned transaction (its RSET went before this MAIL)
        } else if (upper.startsWith("RCPT TO:")) {
            kind = Kind::Rcpt;
        } else if (upper == "DATA") {
            kind = Kind::Data;
            m_pendingData = static_cast<int>(m_commands.size());
        } else if (upper.startsWith("BDAT ")) {
            const QList<QByteArray> words = line.split(' ');
            FUZZ_CHECK(words.size() == 2 || (words.size() == 3 && words.at(2) == "LAST"));
            bool ok = false;
            m_chunkLeft = words.at(1).toLongLong(&ok);
            FUZZ_CHECK(ok && m_chunkLeft >= 0);
            m_chunkLast = words.size() == 3;
            kind = m_chunkLast ? Kind::BdatLast : Kind::Bdat;
            m_mode = Mode::Chunk;
        } else if (upper == "QUIT") {
            kind = Kind::Quit;
        }
        m_commands.append({kind, m_transaction});
        if (m_mode == Mode::Chunk && m_chunkLeft == 0) {
            m_mode = Mode::Commands;
            if (m_chunkLast) {
                m_contents.append(m_content);
                m_content.clear();
            }
        }
    }
}

void Session::checkAtEnd()
{
    pairReplies();
    // When the client read each transaction's first refusal.
    QHash<int, qint64> refusedAt;
    QHash<int, int> rcptCount;
    QHash<int, int> rcptRead;
    QHash<int, bool> rcptAccepted;
    auto refuse = [&](int transaction, qint64 at) {
        if (!refusedAt.contains(transaction) || refusedAt.value(transaction) > at)
            refusedAt.insert(transaction, at);
    };
    for (qsizetype i = 0; i < m_commands.size(); ++i)
        if (m_commands.at(i).kind == Kind::Rcpt)
            ++rcptCount[m_commands.at(i).transaction];
    const qsizetype paired = qMin(m_commands.size(), qMin(m_replyCodes.size(), m_stamps.size()));
    for (qsizetype i = 0; i < paired; ++i) {
        const Command& command = m_commands.at(i);
        const int code = m_replyCodes.at(i);
        const qint64 read = m_stamps.at(i);
        const bool positive = code >= 200 && code < 300;
        switch (command.kind) {
        case Kind::Mail:
            if (!positive)
                refuse(command.transaction, read);
            break;
        case Kind::Rcpt:
            if (code >= 500)
                refuse(command.transaction, read);
            rcptAccepted[command.transaction] = rcptAccepted.value(command.transaction) || positive;
            if (++rcptRead[command.transaction] == rcptCount.value(command.transaction)
                && !rcptAccepted.value(command.transaction))
                refuse(command.transaction, read);
            break;
        case Kind::Data:
            if (code != 354)
                refuse(command.transaction, read);
            break;
        case Kind::Bdat:
            if (!positive)
                refuse(command.transaction, read);
            break;
        default:
            break;
        }
    }
    for (const Content& content : qAsConst(m_contentRanges)) {
        if (refusedAt.contains(content.transaction)) {
            if (content.last >= refusedAt.value(content.transaction))
                std::fprintf(stderr, "content [%lld, %lld] of the transaction at command %d, refused at %lld\n",
                             static_cast<long long>(content.first), static_cast<long long>(content.last),
                             content.transaction, static_cast<long long>(refusedAt.value(content.transaction)));
            FUZZ_CHECK(content.last < refusedAt.value(content.transaction));
        }
    }
    // Every whole message that went is one of those given, in order of sending.
    for (qsizetype i = 0; i < m_contents.size(); ++i) {
        bool known = false;
        for (const auto& body : qAsConst(m_bodies))
            known = known || body->data() == m_contents.at(i);
        FUZZ_CHECK(known);
    }
    // The i-th "delivered" came after at least i 2xx replies to final dots (or LAST chunks) had been read.
    for (qsizetype d = 0; d < m_deliveredAfter.size(); ++d) {
        int finalsAccepted = 0;
        const qsizetype read = qMin<qsizetype>(m_deliveredAfter.at(d), paired);
        for (qsizetype i = 0; i < read; ++i) {
            const Kind kind = m_commands.at(i).kind;
            const int code = m_replyCodes.at(i);
            if ((kind == Kind::DataEnd || kind == Kind::BdatLast) && code >= 200 && code < 300)
                ++finalsAccepted;
        }
        FUZZ_CHECK(finalsAccepted >= d + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
    app = new QCoreApplication(*argc, *argv);
    listener = new QTcpServer;
    if (!listener->listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "fuzz_smtp_client: cannot listen on 127.0.0.1\n");
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Session session(data, size);
    session.run();
    return 0;
}
