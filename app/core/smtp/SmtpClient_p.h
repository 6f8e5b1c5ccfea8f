#pragma once

// Private to SmtpClient: the state machine's data and steps, shared by the files that hold its phases.
// Nothing outside app/core/smtp/SmtpClient*.cpp and Smtp{Connection,Transaction,Envelope,Upload,Errors}.cpp
// includes this.

#include "smtp/DotStuffer.h"
#include "smtp/SmtpClient.h"
#include "smtp/SmtpCommand.h"
#include "smtp/SmtpReplyParser.h"

#include <QAbstractSocket>
#include <QPointer>
#include <QQueue>
#include <QSslError>

#include <memory>
#include <optional>

// How SmtpClient behaves where RFCs leave a choice (see also SmtpReplyParser.h):
//
// - One state machine (Submission::State) driven by socket signals and one ClockTimer; replies are
//   matched in order to a queue of what each outstanding command expects. A reply that arrived
//   before the command it would answer was sent is a protocol error.
// - STARTTLS fails closed: not offered, refused, or broken means the session ends before AUTH, MAIL
//   or any message byte. Bytes already buffered when the 220 is handled are an injection attempt.
//   After TLS every capability is forgotten and EHLO is sent again.
// - PIPELINING: MAIL and all RCPTs go in one write. With several recipients DATA is sent only after
//   every RCPT reply is in, so that a 5xx for one recipient can still abandon the transaction with
//   RSET (a 354 would commit us to a partial send). With one recipient DATA joins the flight: if the
//   recipient is refused there is nothing partial, and the server answers DATA with 503/554 (a 354
//   then, against RFC 2920, makes us drop the connection rather than send a byte).
// - Across messages: send() during a transaction queues the next one, whose MAIL/RCPT/DATA go out
//   together with this one's final dot, so a stream of messages costs one round trip each.
// - Final-dot hold (SubmissionSettings::holdFinalDot): once the whole body is written the final dot
//   is held, finalDotHeld() is emitted, and the dot goes at releaseFinalDot(), so the caller can commit first.
// - Recipients: any 5xx -> RSET, nobody gets the message, the error names the refused address;
//   the others are reported as NotAttempted. 4xx only -> the accepted ones get the message, the
//   others are TemporaryFailure (the result is delivered, with a Temporary error naming them).
//   No recipient accepted -> RSET, Temporary.
// - The body is streamed in 64 KiB chunks, CRLF-normalised and dot-stuffed on the way (DotStuffer); the
//   socket is refilled only while less than 128 KiB (plaintext + ciphertext) waits to be written.
//   uploadProgress counts bytes of the source (as `size` does) whose output was handed to the socket.
// - CHUNKING (RFC 3030), unless SubmissionSettings::chunking is off: the body goes in BDAT chunks of at
//   most 128 KiB (CRLF-normalised like DATA's, never dot-stuffed; the transcript shows "BDAT n [LAST]", not
//   the bytes), read ahead one chunk so that the last one is sent as "BDAT n LAST". Its rules follow DATA's:
//   with PIPELINING the chunks of a single-recipient message follow MAIL and RCPT in the same flight, with
//   several recipients they start once every RCPT reply is in; without PIPELINING each chunk waits for the
//   reply to the one before. The LAST chunk, which commits the server, is what the final-dot hold holds,
//   what afterFinalDot() means, and a loss after it leaves the outcome unknown. A 4xx/5xx to a chunk (or a
//   refused envelope once chunks went) ends the sending: the replies to the chunks already sent are read
//   (LAST's too, if it went), then RSET, at once or, if LAST went, before the next transaction; the
//   transaction fails as a refused DATA does. A 4xx/5xx to LAST is a refused final dot, and RSET goes
//   before the next transaction too (unless its MAIL already followed LAST). The next message's MAIL
//   follows LAST only once this one's recipients are accepted: RFC 3030 does not say that a LAST refused
//   for want of a valid recipient ends the transaction (Postfix 3.7 ends it). BINARYMIME is never asked for:
//   Envelope::Body has no binary form, MessageBuilder writes 7bit/8bit MIME only.
// - checkRecipients(): the same envelope steps (PIPELINING included) without DATA or any chunk; once every RCPT
//   reply is in, RSET, and the transaction is reported with each recipient's state as answered.
// - Connection lost or silent after the final dot: outcomeUnknown, OutcomeUnknown (Temporary).
// - Errors: failed() always ends the session; a running transaction is reported first through
//   transactionFinished(). Do not delete the client from a slot connected to its signals
//   (use deleteLater()).
//
// The phases, one file each (all strings stay in the SmtpClient::tr() context):
//   SmtpClient.cpp       the public API, the single send path, reading replies and matching them to commands
//   SmtpConnection.cpp   connect, greeting, EHLO/HELO, STARTTLS, certificate checks, AUTH, QUIT and abort
//   SmtpTransaction.cpp  send(), MAIL/RCPT/DATA replies, RSET, send-ahead across messages, the results
//   SmtpEnvelope.cpp     the checks before a byte is sent and the MAIL/RCPT(/DATA) commands
//   SmtpUpload.cpp       the body upload with backpressure, the final dot (and its hold), the final reply
//   SmtpChunking.cpp     the body in BDAT chunks, their replies, and ending a failed chunked transaction
//   SmtpErrors.cpp       ending the session: errors, timeouts, socket errors, lost connections

class QIODevice;
class QSslSocket;

namespace Postino {

class ClockTimer;
class SaslMechanism;

namespace SmtpInternal {

// What an outstanding reply answers. Replies are matched to commands in order (RFC 2920).
// Bdat: a chunk before the last; DataEnd: the final dot, or the BDAT ... LAST chunk.
enum class Expect { Greeting, Ehlo, Helo, StartTls, Auth, Mail, Rcpt, Data, Bdat, DataEnd, Rset, Quit };

struct Pending
{
    Expect what;
    int index = 0; // Rcpt: the recipient; Rset: 0 before a transaction, 1 abandoning one
    quint64 serial = 0; // how many commands had been sent when this one went (0: the greeting)
};

// The body's sizes: read from the source at a time; the socket is refilled while less than kWriteAhead
// waits in it; a BDAT chunk before the last carries exactly kChunkSize bytes.
constexpr qint64 kBodyRead = 64 * 1024;
constexpr qint64 kWriteAhead = 2 * kBodyRead;
constexpr qsizetype kChunkSize = 128 * 1024;

// What RSET is sent for (Pending::index of Expect::Rset).
enum RsetPurpose { RsetBeforeTransaction = 0, RsetAbandoning = 1 };

} // namespace SmtpInternal

class SmtpClient::Private
{
public:
    using Expect = SmtpInternal::Expect;
    using Pending = SmtpInternal::Pending;
    using Flight = QList<QPair<SmtpCommand, Pending>>;

    explicit Private(SmtpClient* client, const SubmissionSettings& settings);
    ~Private();

    SmtpClient* q;
    SubmissionSettings s;
    Clock* clock;
    QPointer<Transcript> transcript;
    ClockTimer* timer;
    QSslSocket* socket = nullptr;
    SmtpReplyParser parser;
    State state = State::Idle;
    Capabilities caps;
    TlsSessionInfo tls;
    AuthMechanism authUsed = AuthMechanism::None;
    SmtpReply greeting;
    QQueue<Pending> expected;
    quint64 commandsSent = 0;
    quint64 sentWhenRead = 0; // commandsSent when the replies being handled were read
    bool finished = false; // failed() or closed() was emitted
    bool heloTried = false;
    bool waitingForPassword = false;
    AuthMechanism pendingMechanism = AuthMechanism::None;
    std::unique_ptr<SaslMechanism> sasl;
    SmtpError certificateError;

    // The transaction.
    bool transaction = false;
    bool needRset = false;
    bool pipelined = false;
    bool mailAccepted = false;
    SmtpReply mailReply;
    Envelope envelope;
    QPointer<QIODevice> body;
    qint64 bodySize = 0;
    TransactionResult result;
    QByteArray mailPath;
    QList<QByteArray> rcptPaths;
    SmtpError abandonError;
    bool dataPipelined = false; // DATA (or, with BDAT, the first chunks) went in the MAIL/RCPT flight
    bool abandonAtData = false; // abandonError is known; the pipelined DATA's reply is still to come
    bool reporting = false; // inside transactionFinished()
    bool envelopeOnly = false; // checkRecipients(): MAIL and RCPT, then RSET; never DATA

    // The next transaction, queued by send() while this one runs.
    struct Next
    {
        Envelope envelope;
        QPointer<QIODevice> body;
        qint64 size = 0;
        bool written = false; // its MAIL/RCPT(/DATA) are on the wire
        bool dataSent = false;
        QByteArray mailPath;
        QList<QByteArray> rcptPaths;
        SmtpError problem; // refused before a byte was sent
    };
    std::optional<Next> next;

    // The final-dot hold (SubmissionSettings::holdFinalDot).
    bool finalDotHeld = false; // finalDotHeld() was emitted for this upload
    bool finalDotReleased = false; // releaseFinalDot() was called for this upload

    // The upload.
    DotStuffer stuffer;
    bool terminatorQueued = false;
    qint64 inputRead = 0;
    qint64 outputQueued = 0;
    qint64 outputWritten = 0;
    QQueue<QPair<qint64, qint64>> progressMarks; // (output offset, input offset) reached when written
    QMetaObject::Connection bodyReadyRead;

    // The upload in BDAT chunks (SmtpChunking.cpp).
    bool chunked = false; // this upload goes in BDAT chunks
    bool recipientsDone = false; // every RCPT reply is in and someone was accepted: LAST may go
    bool bodyAtEnd = false; // the whole source is read; chunkBuffer holds the LAST chunk's bytes
    QByteArray chunkBuffer; // read and CRLF-normalised, not yet sent (at most a chunk and a read)
    int chunksUnanswered = 0; // chunks before LAST whose reply is still to come
    qint64 chunkProgress = 0; // source bytes the chunks sent so far stand for (uploadProgress)
    bool chunkingFailed = false; // a chunk or the envelope was refused: no more chunks, then RSET

    [[nodiscard]] QString where() const { return QStringLiteral("%1:%2").arg(s.endpoint.host).arg(s.endpoint.port); }
    void setState(State next);
    void note(const QString& text);
    void arm(qint64 msec);

    // SmtpClient.cpp: sending commands, reading replies.
    void send(const Flight& flight);
    void send(const SmtpCommand& command, Pending pending) { send({qMakePair(command, pending)}); }
    void onReadyRead();
    void handleReply(const SmtpReply& reply);
    void dispatch(const Pending& pending, const SmtpReply& reply);

    // SmtpConnection.cpp: connecting, TLS, authentication, closing.
    void open();
    void onConnected();
    void onEncrypted();
    [[nodiscard]] QString heloName() const;
    void sendEhlo();
    void onGreeting(const SmtpReply& reply);
    void onEhlo(const SmtpReply& reply);
    void onHelo(const SmtpReply& reply);
    void afterHello();
    void onStartTlsReply(const SmtpReply& reply);
    void onSslErrors(const QList<QSslError>& errors);
    [[nodiscard]] QString describe(const QSslError& error, const CertificateInfo& info) const;
    void startAuth();
    void beginAuth(AuthMechanism mechanism);
    void providePassword(const QString& secret);
    void onAuthReply(const SmtpReply& reply);
    void becomeReady();
    void close();
    void closeDone();
    void abort();

    // SmtpTransaction.cpp: the transaction and send-ahead.
    [[nodiscard]] bool canSendAhead() const;
    void send(const Envelope& env, QIODevice* device, qint64 size);
    void checkRecipients(const Envelope& env);
    void beginTransaction(const Envelope& env, QIODevice* device, qint64 size);
    void startEnvelope();
    void sendRset(SmtpInternal::RsetPurpose purpose);
    void writeNext();
    void swapNext();
    bool promoteNext();
    void finishNext(const SmtpError& error);
    void startMail();
    void onMailReply(const SmtpReply& reply);
    void sendRcpt(int index);
    void onRcptReply(int index, const SmtpReply& reply);
    void afterRecipients();
    void abandon(const SmtpError& error);
    void onRsetReply(int purpose, const SmtpReply& reply);
    void onDataReply(const SmtpReply& reply);
    void finishRefused(const SmtpReply& reply, const QString& step);
    [[nodiscard]] SmtpError refusedError(const SmtpReply& reply, const QString& step);
    void finishTransactionLater(const SmtpError& error);
    void finishTransaction(const SmtpError& error);
    void becomeReadyAfterTransaction();

    // SmtpEnvelope.cpp: checks and commands for the envelope.
    [[nodiscard]] Flight envelopeFlight(bool* withData) const;
    [[nodiscard]] bool wantsSmtpUtf8() const;
    SmtpError checkEnvelope();
    [[nodiscard]] static QString formatSize(qint64 bytes);
    [[nodiscard]] SmtpCommand mailCommand() const;
    [[nodiscard]] SmtpCommand rcptCommand(int index) const;
    [[nodiscard]] bool useChunking() const { return s.chunking && caps.chunking; }

    // SmtpUpload.cpp: the body and the final dot.
    void releaseFinalDot();
    void startUpload();
    void pumpBody();
    void queueTerminator();
    void onBytesWritten(qint64 n);
    void onFinalReply(const SmtpReply& reply);

    // SmtpChunking.cpp: the body in BDAT chunks.
    void startChunks();
    void pumpChunks();
    void sendChunk(qsizetype length, bool last);
    void tryLastChunk();
    void queueLastChunk();
    void onChunkReply(const SmtpReply& reply);
    void stopChunks(const SmtpError& error);
    void afterStoppedChunks();

    // SmtpErrors.cpp: ending the session with an error.
    void failUnexpected(const SmtpReply& reply, const QString& step);
    [[nodiscard]] SmtpError makeError(SmtpFailure failure, ErrorKind kind, const QString& message,
                                      const SmtpReply& reply = {}) const;
    void failProtocol(const QString& what);
    void fail(const SmtpError& error);
    void dropSocket();
    [[nodiscard]] bool afterFinalDot() const;
    void onTimeout();
    [[nodiscard]] QString describeWait() const;
    void onSocketError(QAbstractSocket::SocketError socketError);
    void onDisconnected();
    void failLocalIo(const QString& reason);
};

} // namespace Postino
