// SmtpClient with CHUNKING (RFC 3030): the body in BDAT chunks against the scripted server, and DATA still
// for a server without it (or with SubmissionSettings::chunking off).
#include "FakeSmtpServer.h"
#include "SmtpClientRun.h"
#include "SmtpScript.h"
#include "WatchedFile.h"

#include "smtp/SmtpClient.h"

#include <QBuffer>
#include <QPointer>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTemporaryFile>
#include <QTest>

using namespace Postino;
using namespace Postino::Test;

namespace {

constexpr qint64 kChunk = 128 * 1024; // what the client puts in each chunk before the last

QStringList lines(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* line : list)
        out.append(QString::fromUtf8(line));
    return out;
}

QStringList caps(std::initializer_list<const char*> list)
{
    return lines(list);
}

// Leading dots that DATA would stuff: BDAT carries them as they are.
const QByteArray dottedBody = "Subject: hi\r\n\r\n.leading dot\r\n.\r\nend\r\n";

// A body of n bytes in 77-byte lines (CRLF already, so the bytes on the wire are the same).
QByteArray bigBody(qint64 n)
{
    QByteArray out = "Subject: big\r\n\r\n";
    const QByteArray line = QByteArray(75, 'b') + "\r\n";
    while (out.size() < n)
        out += line;
    out.truncate(static_cast<qsizetype>(n - 2));
    return out + "\r\n";
}

// One transaction (and, with second, another one after it on the same connection).
struct Case
{
    QStringList capabilities;
    QStringList recipients {QStringLiteral("bob@example.net")};
    QByteArray body = dottedBody;
    bool chunking = true; // SubmissionSettings::chunking
    QStringList script; // after the greeting, before the second transaction and QUIT
    bool second = false; // then a second message, which must be delivered after what script says
    QStringList secondScript;
    // expectations of the first transaction
    bool delivered = false;
    SmtpFailure txFailure = SmtpFailure::None;
    ErrorKind txKind = ErrorKind::None;
    int replyCode = 0; // of result.error.reply (or finalReply when delivered)
    QStringList recipientStates;
    SmtpFailure sessionFailure = SmtpFailure::None;
    bool outcomeUnknown = false;
    QList<qint64> chunkSizes; // what the server received, in order; empty: not checked
    QStringList transcriptHas;
    QStringList transcriptLacks; // no line matches (glob with *)
    QList<QByteArray> sentTogether;
    QList<QByteArray> notSentTogether;
};

bool globLine(const QStringList& transcript, const QString& pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(pattern).replace(QLatin1String("\\*"), QLatin1String(".*"))));
    for (const QString& line : transcript) {
        if (re.match(line).hasMatch())
            return true;
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(Case)

class TestSmtpChunking : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<Case>(); }
    void transaction_data();
    void transaction();
    void streamOfMessagesOneRoundTripEach();
    void holdsLastChunkUntilReleased();
    void abortWhileLastIsHeldSendsNothingMore();
    void largeBodyInBoundedChunks();
};

void TestSmtpChunking::transaction_data()
{
    QTest::addColumn<Case>("c");
    const QStringList both = caps({"PIPELINING", "CHUNKING", "8BITMIME"});
    const QString size = QString::number(dottedBody.size());
    const QStringList secondOk = lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "BDAT LAST",
                                        "S: 250 ok", "S: 250 ok", "S: 250 2.0.0 second queued"});
    const QStringList rsetThenSecond = lines({"C: RSET", "S: 250 ok"}) + secondOk;

    {
        Case c;
        c.capabilities = both;
        // MAIL, RCPT and the whole message in one flight: the server answers only once LAST is in.
        c.script = lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "BDAT LAST",
                          "S: 250 2.1.0 ok", "S: 250 2.1.5 ok", "S: 250 2.0.0 queued as 1"});
        c.delivered = true;
        c.replyCode = 250;
        c.recipientStates = {QStringLiteral("delivered")};
        c.chunkSizes = {dottedBody.size()};
        c.transcriptHas = {QStringLiteral("C: BDAT ") + size + QStringLiteral(" LAST"),
                           QStringLiteral("S: 250 2.0.0 queued as 1")};
        c.transcriptLacks = {QStringLiteral("C: DATA"), QStringLiteral("C: .*"), QStringLiteral("C: Subject*")};
        c.sentTogether = {"MAIL FROM:<ada@example.org>",
                          "RCPT TO:<bob@example.net>\r\nBDAT " + size.toLatin1() + " LAST\r\nSubject: hi"};
        QTest::newRow("pipelined: MAIL, RCPT and BDAT LAST in one flight, no dot-stuffing") << c;
    }
    {
        Case c;
        c.capabilities = caps({"CHUNKING"});
        c.script = lines({"C: MAIL FROM:<ada@example.org>", "S: 250 ok", "C: RCPT TO:<bob@example.net>", "S: 250 ok",
                          "BDAT LAST", "S: 250 queued"});
        c.delivered = true;
        c.replyCode = 250;
        c.recipientStates = {QStringLiteral("delivered")};
        c.chunkSizes = {dottedBody.size()};
        c.notSentTogether = {{"RCPT TO:", "BDAT"}};
        QTest::newRow("without PIPELINING: one step at a time") << c;
    }
    {
        Case c;
        c.capabilities = both;
        c.recipients = {QStringLiteral("bob@example.net"), QStringLiteral("carol@example.net")};
        c.script =
            lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "C: RCPT TO:<carol@example.net>",
                   "S: 250 ok", "S: 250 ok", "S: 250 ok", "BDAT LAST", "S: 250 queued"});
        c.delivered = true;
        c.replyCode = 250;
        c.recipientStates = {QStringLiteral("delivered"), QStringLiteral("delivered")};
        c.notSentTogether = {{"RCPT TO:<carol@", "BDAT"}};
        QTest::newRow("several recipients: BDAT waits for every RCPT reply") << c;
    }
    {
        Case c;
        c.capabilities = both;
        c.body = bigBody(2 * kChunk + 1000);
        c.script =
            lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "BDAT", "BDAT", "BDAT LAST",
                   "S: 250 ok", "S: 250 ok", "S: 250 2.0.0 chunk 1", "S: 250 2.0.0 chunk 2", "S: 250 2.0.0 queued"});
        c.delivered = true;
        c.replyCode = 250;
        c.chunkSizes = {kChunk, kChunk, 1000};
        c.transcriptHas = {QStringLiteral("C: BDAT 131072"), QStringLiteral("C: BDAT 1000 LAST")};
        QTest::newRow("multi-chunk, pipelined") << c;
    }
    {
        Case c;
        c.capabilities = caps({"CHUNKING"});
        c.body = bigBody(kChunk + 10);
        c.script = lines({"C: MAIL FROM:<ada@example.org>", "S: 250 ok", "C: RCPT TO:<bob@example.net>", "S: 250 ok",
                          "BDAT", "S: 250 2.0.0 chunk 1", "BDAT LAST", "S: 250 queued"});
        c.delivered = true;
        c.replyCode = 250;
        c.chunkSizes = {kChunk, 10};
        QTest::newRow("multi-chunk without PIPELINING") << c;
    }
    {
        Case c;
        c.capabilities = both;
        c.body = bigBody(kChunk);
        c.script = lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "BDAT LAST", "S: 250 ok",
                          "S: 250 ok", "S: 250 queued"});
        c.delivered = true;
        c.replyCode = 250;
        c.chunkSizes = {kChunk};
        QTest::newRow("exactly one chunk's size: one LAST chunk, no BDAT 0 LAST") << c;
    }
    {
        Case c;
        c.capabilities = both;
        c.body = QByteArray();
        c.script = lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "BDAT LAST", "S: 250 ok",
                          "S: 250 ok", "S: 250 queued"});
        c.delivered = true;
        c.replyCode = 250;
        c.chunkSizes = {0};
        c.transcriptHas = {QStringLiteral("C: BDAT 0 LAST")};
        QTest::newRow("empty message: BDAT 0 LAST") << c;
    }
    {
        Case c;
        c.capabilities = both;
        c.script = lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "BDAT LAST", "S: 250 ok",
                          "S: 250 ok", "S: 554 5.6.0 message rejected"});
        c.second = true;
        c.secondScript = rsetThenSecond;
        c.txFailure = SmtpFailure::PermanentReply;
        c.txKind = ErrorKind::Permanent;
        c.replyCode = 554;
        c.recipientStates = {QStringLiteral("permanent-failure")};
        QTest::newRow("5xx to BDAT LAST: refused, RSET before the next") << c;
    }
    {
        Case c;
        c.capabilities = both;
        c.script = lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "BDAT LAST", "S: 250 ok",
                          "S: 250 ok", "S: 451 4.3.0 try again later"});
        c.second = true;
        c.secondScript = rsetThenSecond;
        c.txFailure = SmtpFailure::TransientReply;
        c.txKind = ErrorKind::Temporary;
        c.replyCode = 451;
        c.recipientStates = {QStringLiteral("temporary-failure")};
        QTest::newRow("4xx to BDAT LAST: temporary, RSET before the next") << c;
    }
    {
        Case c;
        c.capabilities = caps({"CHUNKING"});
        c.body = bigBody(2 * kChunk + 5);
        // The first chunk is refused: no other chunk goes, RSET at once.
        c.script = lines({"C: MAIL FROM:<ada@example.org>", "S: 250 ok", "C: RCPT TO:<bob@example.net>", "S: 250 ok",
                          "BDAT", "S: 552 5.3.4 message too big", "C: RSET", "S: 250 ok"});
        c.second = true;
        c.secondScript =
            lines({"C: MAIL FROM:<ada@example.org>", "S: 250 ok", "C: RCPT TO:<bob@example.net>", "S: 250 ok", "BDAT",
                   "S: 250 ok", "BDAT", "S: 250 ok", "BDAT LAST", "S: 250 2.0.0 second queued"});
        c.txFailure = SmtpFailure::PermanentReply;
        c.txKind = ErrorKind::Permanent;
        c.replyCode = 552;
        c.recipientStates = {QStringLiteral("permanent-failure")};
        c.chunkSizes = {kChunk, kChunk, kChunk, 5};
        QTest::newRow("5xx to a first chunk: no more chunks, RSET") << c;
    }
    {
        Case c;
        c.capabilities = both;
        c.body = bigBody(2 * kChunk + 5);
        // Pipelined: the whole message is out when the second chunk is refused; the rest is discarded, and
        // LAST's reply is read before the transaction fails.
        c.script = lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "BDAT", "BDAT", "BDAT LAST",
                          "S: 250 ok", "S: 250 ok", "S: 250 ok", "S: 452 4.3.1 out of disk space",
                          "S: 503 5.5.1 previous chunk failed"});
        c.second = true;
        c.secondScript = lines({"C: RSET", "S: 250 ok", "C: MAIL FROM:<ada@example.org>",
                                "C: RCPT TO:<bob@example.net>", "BDAT", "BDAT", "BDAT LAST", "S: 250 ok", "S: 250 ok",
                                "S: 250 ok", "S: 250 ok", "S: 250 2.0.0 second queued"});
        c.txFailure = SmtpFailure::TransientReply;
        c.txKind = ErrorKind::Temporary;
        c.replyCode = 452;
        c.recipientStates = {QStringLiteral("temporary-failure")};
        QTest::newRow("4xx to a middle chunk, pipelined: every reply read, then RSET") << c;
    }
    {
        Case c;
        c.capabilities = both;
        c.recipients = {QStringLiteral("bob@example.net"), QStringLiteral("carol@example.net"),
                        QStringLiteral("dave@example.net")};
        c.script = lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>",
                          "C: RCPT TO:<carol@example.net>", "C: RCPT TO:<dave@example.net>", "S: 250 ok", "S: 250 ok",
                          "S: 550 5.1.1 <carol@example.net> no such user", "S: 250 ok", "C: RSET", "S: 250 ok"});
        c.txFailure = SmtpFailure::PermanentReply;
        c.txKind = ErrorKind::Permanent;
        c.replyCode = 550;
        c.recipientStates = {QStringLiteral("not-attempted"), QStringLiteral("permanent-failure"),
                             QStringLiteral("not-attempted")};
        c.transcriptLacks = {QStringLiteral("C: BDAT*")};
        QTest::newRow("some recipients refused (5xx): no chunk, RSET, nobody gets it") << c;
    }
    {
        Case c;
        c.capabilities = both;
        c.recipients = {QStringLiteral("bob@example.net"), QStringLiteral("carol@example.net")};
        c.script =
            lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "C: RCPT TO:<carol@example.net>",
                   "S: 250 ok", "S: 250 ok", "S: 450 4.2.0 mailbox busy", "BDAT LAST", "S: 250 queued"});
        c.delivered = true;
        c.txFailure = SmtpFailure::TransientReply;
        c.txKind = ErrorKind::Temporary;
        c.recipientStates = {QStringLiteral("delivered"), QStringLiteral("temporary-failure")};
        QTest::newRow("a recipient refused for now (4xx): the others get it") << c;
    }
    {
        Case c;
        c.capabilities = both;
        // The single recipient is refused after LAST went with it: LAST's reply is read, then RSET before
        // the next transaction (whose MAIL did not follow LAST).
        c.script = lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "BDAT LAST", "S: 250 ok",
                          "S: 550 5.1.1 no such user", "S: 554 5.5.1 Error: no valid recipients"});
        c.second = true;
        c.secondScript = rsetThenSecond;
        c.txFailure = SmtpFailure::PermanentReply;
        c.txKind = ErrorKind::Permanent;
        c.replyCode = 550;
        c.recipientStates = {QStringLiteral("permanent-failure")};
        QTest::newRow("every recipient refused, pipelined: LAST's reply read, then RSET") << c;
    }
    {
        Case c;
        c.capabilities = both;
        c.recipients = {QStringLiteral("bob@example.net"), QStringLiteral("carol@example.net")};
        c.script =
            lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "C: RCPT TO:<carol@example.net>",
                   "S: 250 ok", "S: 451 4.3.0 later", "S: 451 4.3.0 later", "C: RSET", "S: 250 ok"});
        c.txFailure = SmtpFailure::TransientReply;
        c.txKind = ErrorKind::Temporary;
        c.replyCode = 451;
        c.transcriptLacks = {QStringLiteral("C: BDAT*")};
        QTest::newRow("every recipient refused for now, several: RSET, no chunk") << c;
    }
    {
        Case c;
        c.capabilities = both;
        c.body = bigBody(kChunk + 100);
        // The single recipient is refused while a chunk is still unanswered: its reply is read, then RSET.
        c.script = lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "BDAT", "BDAT LAST",
                          "S: 250 ok", "S: 550 5.1.1 no such user", "S: 554 5.5.1 no valid recipients",
                          "S: 554 5.5.1 no valid recipients"});
        c.second = true;
        c.secondScript =
            lines({"C: RSET", "S: 250 ok", "C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "BDAT",
                   "BDAT LAST", "S: 250 ok", "S: 250 ok", "S: 250 ok", "S: 250 2.0.0 second queued"});
        c.txFailure = SmtpFailure::PermanentReply;
        c.replyCode = 550;
        QTest::newRow("recipient refused with chunks in flight: every BDAT reply read") << c;
    }
    {
        Case c;
        c.capabilities = both;
        c.script = lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "BDAT LAST", "S: 250 ok",
                          "S: 250 ok", "CLOSE"});
        c.txFailure = SmtpFailure::OutcomeUnknown;
        c.txKind = ErrorKind::Temporary;
        c.sessionFailure = SmtpFailure::OutcomeUnknown;
        c.outcomeUnknown = true;
        c.recipientStates = {QStringLiteral("temporary-failure")};
        QTest::newRow("connection lost after BDAT LAST: outcome unknown") << c;
    }
    {
        Case c;
        c.capabilities = caps({"CHUNKING"});
        c.body = bigBody(kChunk + 10);
        c.script = lines({"C: MAIL FROM:<ada@example.org>", "S: 250 ok", "C: RCPT TO:<bob@example.net>", "S: 250 ok",
                          "BDAT", "CLOSE"});
        c.txFailure = SmtpFailure::ConnectionLost;
        c.txKind = ErrorKind::Temporary;
        c.sessionFailure = SmtpFailure::ConnectionLost;
        c.recipientStates = {QStringLiteral("temporary-failure")};
        QTest::newRow("connection lost before LAST: not delivered, no doubt") << c;
    }
    {
        Case c;
        c.capabilities = caps({"PIPELINING", "8BITMIME"});
        c.script = lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "C: DATA", "S: 250 ok",
                          "S: 250 ok", "S: 354 go", "DATA", "S: 250 queued"});
        c.delivered = true;
        c.replyCode = 250;
        c.transcriptHas = {QStringLiteral("C: DATA"), QStringLiteral("C: .")};
        c.transcriptLacks = {QStringLiteral("C: BDAT*")};
        QTest::newRow("a server without CHUNKING gets DATA") << c;
    }
    {
        Case c;
        c.capabilities = both;
        c.chunking = false;
        c.script = lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "C: DATA", "S: 250 ok",
                          "S: 250 ok", "S: 354 go", "DATA", "S: 250 queued"});
        c.delivered = true;
        c.replyCode = 250;
        c.transcriptLacks = {QStringLiteral("C: BDAT*")};
        QTest::newRow("CHUNKING offered, turned off in the settings: DATA") << c;
    }
}

void TestSmtpChunking::transaction()
{
    QFETCH(Case, c);
    using namespace Script;
    FakeSmtpServer server;
    QStringList script = greet(c.capabilities) + c.script;
    if (c.second)
        script += c.secondScript;
    if (c.sessionFailure == SmtpFailure::None)
        script += quit();
    server.addScript(script);
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    run.settings.chunking = c.chunking;
    QVERIFY(run.open());
    QCOMPARE(run.readyCount, 1);
    QCOMPARE(run.client->capabilities().chunking, c.capabilities.contains(QLatin1String("CHUNKING")));

    Envelope envelope;
    envelope.sender = QStringLiteral("ada@example.org");
    envelope.recipients = c.recipients;
    QByteArray data = c.body;
    QBuffer body(&data);
    QVERIFY(body.open(QIODevice::ReadOnly));
    QVERIFY2(run.send(envelope, &body, data.size()), "no transactionFinished");
    const TransactionResult result = run.results.first();
    QVERIFY2(result.error.failure == c.txFailure,
             qPrintable(QStringLiteral("transaction failure %1 (%2), expected %3; server: %4")
                            .arg(smtpFailureName(result.error.failure), result.error.message,
                                 smtpFailureName(c.txFailure), server.mismatch())));
    if (c.txKind != ErrorKind::None)
        QCOMPARE(errorKindName(result.error.kind), errorKindName(c.txKind));
    QCOMPARE(result.delivered, c.delivered);
    QCOMPARE(result.outcomeUnknown, c.outcomeUnknown);
    if (c.replyCode != 0)
        QCOMPARE(c.delivered && !result.error.isError() ? result.finalReply.code : result.error.reply.code,
                 c.replyCode);
    if (!c.recipientStates.isEmpty()) {
        QStringList states;
        for (const RecipientResult& r : result.recipients)
            states << recipientStateName(r.state);
        QCOMPARE(states, c.recipientStates);
    }

    if (c.second) {
        QCOMPARE(run.client->state(), Submission::State::Ready);
        QByteArray again = c.body;
        QBuffer secondBody(&again);
        QVERIFY(secondBody.open(QIODevice::ReadOnly));
        QVERIFY2(run.send(envelope, &secondBody, again.size()), qPrintable(server.mismatch()));
        QVERIFY2(run.results.last().delivered, qPrintable(run.results.last().error.message + server.mismatch()));
        QCOMPARE(run.results.last().finalReply.toString(), QStringLiteral("250 2.0.0 second queued"));
    }
    if (c.sessionFailure == SmtpFailure::None) {
        QVERIFY(run.failures.isEmpty());
        QVERIFY(run.close());
    } else {
        QVERIFY(run.waitForFailure());
        QCOMPARE(smtpFailureName(run.failure()), smtpFailureName(c.sessionFailure));
    }

    QTRY_VERIFY_WITH_TIMEOUT(server.finished() || !server.mismatch().isEmpty(), 5000);
    QVERIFY2(server.mismatch().isEmpty(), qPrintable(server.mismatch()));
    // What arrived is the message as it is: no dot-stuffing, not a byte more or less.
    // (The fake server keeps each message whose LAST arrived, refused or not.)
    const bool viaData = !c.chunking || !c.capabilities.contains(QLatin1String("CHUNKING"));
    if (c.delivered || c.second) {
        if (!c.second)
            QCOMPARE(server.messages().size(), 1);
        QCOMPARE(viaData ? FakeSmtpServer::unstuff(server.messages().last()) : server.messages().last(), c.body);
    }
    if (!c.chunkSizes.isEmpty())
        QCOMPARE(server.chunkSizes(), c.chunkSizes);
    const QStringList transcript = run.transcript.lines();
    for (const QString& has : c.transcriptHas)
        QVERIFY2(globLine(transcript, has), qPrintable(has + QStringLiteral(" not in\n") + run.transcript.text()));
    for (const QString& lacks : c.transcriptLacks)
        QVERIFY2(!globLine(transcript, lacks), qPrintable(lacks + QStringLiteral(" in\n") + run.transcript.text()));
    // The transcript shows the BDAT commands, never the message's bytes.
    QVERIFY(!globLine(transcript, QStringLiteral("*leading dot*")));
    QVERIFY(!globLine(transcript, QStringLiteral("*bbbbbbbbbb*")));
    if (!c.sentTogether.isEmpty())
        QVERIFY(server.sentTogether(c.sentTogether));
    if (!c.notSentTogether.isEmpty())
        QVERIFY(!server.sentTogether(c.notSentTogether));
}

// Three messages, each handed over when the one before reaches its LAST chunk (as the outbox does): the
// next MAIL and RCPT follow as soon as this one's RCPT is accepted, its chunks at once after this one's
// reply, so each message costs one round trip and no 354.
void TestSmtpChunking::streamOfMessagesOneRoundTripEach()
{
    using namespace Script;
    FakeSmtpServer server;
    server.addScript(greet(caps({"PIPELINING", "CHUNKING"}))
                     + lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "BDAT LAST",
                              "S: 250 ok", "S: 250 ok", "C: MAIL FROM:<ada@example.org>",
                              "C: RCPT TO:<bob@example.net>", "S: 250 first queued", "S: 250 ok", "S: 250 ok",
                              "BDAT LAST", "C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>",
                              "S: 250 second queued", "S: 250 ok", "S: 250 ok", "BDAT LAST", "S: 250 third queued"})
                     + quit());
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    QVERIFY(run.open());
    QList<QByteArray> datas;
    std::vector<std::unique_ptr<QBuffer>> bodies;
    for (int i = 0; i < 3; ++i) {
        datas.append("Subject: m" + QByteArray::number(i) + "\r\n\r\n.Body " + QByteArray::number(i) + "\r\n");
        bodies.push_back(std::make_unique<QBuffer>());
        bodies.back()->setData(datas.last());
        QVERIFY(bodies.back()->open(QIODevice::ReadOnly));
    }
    int handed = 0;
    const auto sendNext = [&] {
        if (handed >= 3)
            return;
        Envelope e;
        e.sender = QStringLiteral("ada@example.org");
        e.recipients = {QStringLiteral("bob@example.net")};
        const int i = handed++;
        run.client->send(e, bodies[i].get(), datas[i].size());
    };
    QObject::connect(run.client.get(), &Submission::transactionFinished, &run, [&] { sendNext(); });
    sendNext();
    QVERIFY(run.client->canSendAhead());
    sendNext();
    QVERIFY(SmtpClientRun::waitFor([&] { return run.results.size() == 3; }, 10000));
    QCOMPARE(run.results.at(0).finalReply.toString(), QStringLiteral("250 first queued"));
    QCOMPARE(run.results.at(1).finalReply.toString(), QStringLiteral("250 second queued"));
    QCOMPARE(run.results.at(2).finalReply.toString(), QStringLiteral("250 third queued"));
    for (const TransactionResult& r : qAsConst(run.results))
        QVERIFY(r.delivered && !r.error.isError());
    QVERIFY(run.close());
    QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 5000);
    QVERIFY2(server.mismatch().isEmpty(), qPrintable(server.mismatch()));
    QCOMPARE(server.messages(), datas);
    QCOMPARE(run.transcript.lines().filter(QRegularExpression(QStringLiteral("^C: BDAT \\d+ LAST$"))).size(), 3);
}

void TestSmtpChunking::holdsLastChunkUntilReleased()
{
    using namespace Script;
    FakeSmtpServer server;
    server.addScript(greet(caps({"PIPELINING", "CHUNKING"}))
                     + lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "S: 250 ok",
                              "S: 250 ok", "BDAT LAST", "S: 250 queued"})
                     + quit());
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    run.settings.holdFinalDot = true;
    run.create();
    QVERIFY(run.open());
    int held = 0;
    QObject::connect(run.client.get(), &Submission::finalDotHeld, &run, [&] { ++held; });
    QByteArray data = dottedBody;
    QBuffer body(&data);
    QVERIFY(body.open(QIODevice::ReadOnly));
    Envelope e;
    e.sender = QStringLiteral("ada@example.org");
    e.recipients = {QStringLiteral("bob@example.net")};
    run.client->send(e, &body, data.size());
    QVERIFY(SmtpClientRun::waitFor([&] { return held == 1 && run.recipientReplies.size() == 1; }, 10000));
    // The whole message is read (its SHA-256 could be checked now), but LAST is held: nothing is committed.
    QTest::qWait(100);
    QVERIFY(!server.received().contains("BDAT"));
    QVERIFY(run.results.isEmpty());
    QCOMPARE(run.client->state(), Submission::State::Uploading);
    run.client->releaseFinalDot();
    QVERIFY(SmtpClientRun::waitFor([&] { return run.results.size() == 1; }, 10000));
    QVERIFY(run.results.first().delivered);
    QCOMPARE(held, 1);
    QVERIFY(run.close());
    QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 5000);
    QVERIFY2(server.mismatch().isEmpty(), qPrintable(server.mismatch()));
    QCOMPARE(server.messages(), QList<QByteArray> {dottedBody});
}

// What the outbox does when the message does not match its SHA-256 at the hold: abort. The chunks before
// the last may be on the wire; LAST never is, so the server discards them.
void TestSmtpChunking::abortWhileLastIsHeldSendsNothingMore()
{
    using namespace Script;
    FakeSmtpServer server;
    server.addScript(greet(caps({"PIPELINING", "CHUNKING"}))
                     + lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "BDAT", "S: 250 ok",
                              "S: 250 ok", "S: 250 chunk", "SILENT"}));
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    run.settings.holdFinalDot = true;
    run.create();
    QVERIFY(run.open());
    int held = 0;
    QObject::connect(run.client.get(), &Submission::finalDotHeld, &run, [&] { ++held; });
    QByteArray data = bigBody(kChunk + 50);
    QBuffer body(&data);
    QVERIFY(body.open(QIODevice::ReadOnly));
    Envelope e;
    e.sender = QStringLiteral("ada@example.org");
    e.recipients = {QStringLiteral("bob@example.net")};
    run.client->send(e, &body, data.size());
    QVERIFY(SmtpClientRun::waitFor([&] { return held == 1 && server.finished(); }, 10000));
    QVERIFY(run.results.isEmpty());
    run.client->abort();
    QVERIFY(SmtpClientRun::waitFor([&] { return !run.results.isEmpty(); }, 10000));
    QCOMPARE(held, 1);
    QVERIFY(!run.results.first().delivered);
    QVERIFY(!run.results.first().outcomeUnknown);
    QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 5000);
    QVERIFY2(server.mismatch().isEmpty(), qPrintable(server.mismatch()));
    QVERIFY(server.messages().isEmpty());
    QCOMPARE(server.chunkSizes(), QList<qint64> {kChunk});
    QVERIFY(!server.received().contains("LAST"));
}

// 8 MB over TLS with bare LFs: chunks of 128 KiB (CRLF-normalised as DATA would), read 64 KiB at a time and
// only while the socket holds less than 128 KiB besides the chunk just written; never the whole message.
void TestSmtpChunking::largeBodyInBoundedChunks()
{
    using namespace Script;
    QTemporaryFile file;
    QVERIFY(file.open());
    const QByteArray line = QByteArray(76, 'm') + '\n';
    const QByteArray block = line.repeated(1024);
    const qint64 size = 8 * 1024 * 1024;
    while (file.size() < size)
        file.write(block);
    file.close();
    const qint64 lineCount = file.size() / line.size();
    const qint64 wire = file.size() + lineCount; // every LF became CRLF
    const qint64 chunks = (wire - 1) / kChunk; // before the last

    QStringList script = greetTls(caps({"PIPELINING", "CHUNKING", "SIZE 52428800"}))
        + lines({"C: MAIL FROM:<ada@example.org> SIZE=*", "C: RCPT TO:<bob@example.net>"});
    for (qint64 i = 0; i < chunks; ++i)
        script << QStringLiteral("BDAT");
    script << QStringLiteral("BDAT LAST") << QStringLiteral("S: 250 ok") << QStringLiteral("S: 250 ok");
    for (qint64 i = 0; i < chunks; ++i)
        script << QStringLiteral("S: 250 chunk");
    script << QStringLiteral("S: 250 queued");
    FakeSmtpServer server;
    server.setTimeout(60000);
    server.addScript(script + quit());
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    run.settings.endpoint.security = Security::Tls;
    QVERIFY(run.open());
    QCOMPARE(run.readyCount, 1);
    WatchedFile body(file.fileName());
    QVERIFY(body.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    body.socket = run.client->findChild<QSslSocket*>();
    QVERIFY(body.socket);
    Envelope e;
    e.sender = QStringLiteral("ada@example.org");
    e.recipients = {QStringLiteral("bob@example.net")};
    QVERIFY(run.send(e, &body, body.size(), 60000));
    QVERIFY2(run.results.first().delivered, qPrintable(run.results.first().error.message + server.mismatch()));
    QVERIFY(run.close());
    QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 10000);
    QVERIFY2(server.mismatch().isEmpty(), qPrintable(server.mismatch()));
    QCOMPARE(server.messages().size(), 1);
    QCOMPARE(server.messages().first().size(), wire);
    QVERIFY(server.messages().first().endsWith("m\r\n"));
    QCOMPARE(server.chunkSizes().size(), chunks + 1);
    for (qint64 i = 0; i < chunks; ++i)
        QCOMPARE(server.chunkSizes().at(i), kChunk);
    QVERIFY(body.reads >= size / (64 * 1024));
    QVERIFY2(body.maxBuffered < 128 * 1024 + kChunk + 64, qPrintable(QString::number(body.maxBuffered)));
    QCOMPARE(run.progress.last().first, body.size());
    for (qsizetype i = 1; i < run.progress.size(); ++i)
        QVERIFY(run.progress.at(i).first >= run.progress.at(i - 1).first);
}

QTEST_GUILESS_MAIN(TestSmtpChunking)
#include "TestSmtpChunking.moc"
