#pragma once

#include "mime/Envelope.h"
#include "smtp/SmtpTypes.h"

#include <QObject>

#include <memory>

class QIODevice;

namespace Postino {

class Clock;
class Transcript;

// Message submission, whatever carries it. The UI, the outbox and the probe talk to this interface
// only, and get instances from a SubmissionFactory; SmtpClient is the real one.
//
//   open()  -> connect, greeting, EHLO, [STARTTLS, EHLO], [AUTH]  -> ready() | failed()
//   send()  -> MAIL, RCPT..., DATA, body, "."                      -> transactionFinished()
//              (with CHUNKING: MAIL, RCPT..., BDAT n ..., BDAT n LAST; "the final dot" below is that LAST chunk)
//   send()  again (RSET is sent between transactions when needed)
//   send()  while a transaction runs, if canSendAhead(): the next one's MAIL, RCPT and (for a single
//           recipient) DATA go out right after this one's final dot (RFC 2920 across messages);
//           transactionFinished() comes once per send(), in order
//   checkRecipients() -> MAIL, RCPT..., RSET (never DATA)        -> transactionFinished()
//   close() -> QUIT                                                -> closed()
//
// failed() ends the session (the connection is gone); a failed *transaction* (5xx on RCPT, 452, 451
// at DATA) is reported through transactionFinished() and the session stays usable unless its error
// is ServiceUnavailable (421), ConnectionLost, Timeout or OutcomeUnknown, after which failed() follows.
class Submission : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Connecting,
        Greeting,
        Ehlo,
        StartTls,
        TlsHandshake,
        Authenticating,
        Ready,
        MailFrom,
        RcptTo,
        Data,
        Uploading,
        AwaitingFinalReply,
        Resetting,
        Quitting,
        Closed,
    };
    Q_ENUM(State)

    using QObject::QObject;
    ~Submission() override = default;

    [[nodiscard]] virtual State state() const = 0;
    [[nodiscard]] virtual const ServerEndpoint& endpoint() const = 0;
    [[nodiscard]] virtual const Capabilities& capabilities() const = 0;
    [[nodiscard]] virtual const TlsSessionInfo& tlsInfo() const = 0;
    [[nodiscard]] virtual AuthMechanism authMechanismUsed() const = 0;
    [[nodiscard]] virtual const SmtpReply& greeting() const = 0;
    // Whether send() may be called now although a transaction is still running (PIPELINING).
    [[nodiscard]] virtual bool canSendAhead() const { return false; }
    // Whether it honours SubmissionSettings::holdFinalDot (emits finalDotHeld() and waits).
    [[nodiscard]] virtual bool holdsFinalDot() const { return false; }

public slots:
    virtual void open() = 0;
    // body is read from its current position to its end; it must stay alive until transactionFinished().
    // size is its length in bytes as stored (before CRLF normalisation and dot-stuffing), for SIZE=.
    virtual void send(const Postino::Envelope& envelope, QIODevice* body, qint64 size) = 0;
    // MAIL FROM and each RCPT TO, then RSET: which recipients the server would take, and nothing is ever sent
    // (no DATA, no BDAT). Only when ready, like send(). transactionFinished() reports it: delivered false, each
    // recipient Accepted, TemporaryFailure or PermanentFailure as the server answered its RCPT (all of them
    // NotAttempted, with the error, when MAIL was refused). The domain check's open-relay test uses it.
    virtual void checkRecipients(const Postino::Envelope& envelope) = 0;
    virtual void close() = 0;
    // Drops the connection at once, without QUIT.
    virtual void abort() = 0;
    // Answer to passwordRequested().
    virtual void providePassword(const QString& secret) = 0;
    // Answer to finalDotHeld(): the final dot of the running transaction may go now.
    virtual void releaseFinalDot() { }

signals:
    void stateChanged(Postino::Submission::State state);
    // The server wants AUTH and no secret was given: answer with providePassword() or abort().
    void passwordRequested(const QString& username);
    void ready();
    void uploadProgress(qint64 sent, qint64 total);
    // The final-dot hold (SubmissionSettings::holdFinalDot): the whole body is handed over, and the final
    // dot is held until releaseFinalDot() (the caller commits "the dot may have gone" first).
    void finalDotHeld();
    void recipientReplied(const QString& address, const Postino::SmtpReply& reply);
    void transactionFinished(const Postino::TransactionResult& result);
    void failed(const Postino::SmtpError& error);
    void closed();
};

// Everything a submission session needs, given once at creation.
struct SubmissionSettings
{
    ServerEndpoint endpoint;
    Credentials credentials;
    SmtpTimeouts timeouts;
    Transcript* transcript = nullptr; // not owned; may be null
    Clock* clock = nullptr; // null: the system clock
    bool holdFinalDot = false; // see Submission::finalDotHeld()
    // BDAT (RFC 3030) when the server offers CHUNKING; false: always DATA (a server that offers it and
    // botches it; accounts/<name>/chunking = false).
    bool chunking = true;
};

class SubmissionFactory
{
public:
    virtual ~SubmissionFactory() = default;
    [[nodiscard]] virtual std::unique_ptr<Submission> create(const SubmissionSettings& settings) = 0;
    // The real one: SmtpClient over QSslSocket.
    [[nodiscard]] static SubmissionFactory* smtp();
};

} // namespace Postino
