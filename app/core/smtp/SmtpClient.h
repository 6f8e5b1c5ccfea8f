#pragma once

#include "mime/Envelope.h"
#include "smtp/SmtpTypes.h"

#include <QObject>

#include <memory>

class QIODevice;

namespace Postino {

class Clock;
class Transcript;

// One SMTP submission session: a non-blocking state machine over QSslSocket, safe on the GUI thread.
//
//   open()  -> connect, greeting, EHLO, [STARTTLS, EHLO], [AUTH]  -> ready() | failed()
//   send()  -> MAIL, RCPT..., DATA, body, "."                      -> transactionFinished()
//   send()  again (RSET is sent between transactions when needed)
//   close() -> QUIT                                                -> closed()
//
// failed() ends the session (the socket is closed); a failed *transaction* (5xx on RCPT, 452, ...)
// is reported through transactionFinished() and the session stays usable unless the error says
// otherwise (421, connection lost).
class SmtpClient : public QObject
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

    explicit SmtpClient(QObject* parent = nullptr, Clock* clock = nullptr);
    ~SmtpClient() override;

    void setEndpoint(const ServerEndpoint& endpoint);
    void setCredentials(const Credentials& credentials);
    void setTimeouts(const SmtpTimeouts& timeouts);
    // Not owned; may be null. Receives every protocol line, AUTH payloads redacted.
    void setTranscript(Transcript* transcript);
    // Verification only (probe): after AUTH, emit ready() and do not expect send().
    [[nodiscard]] const ServerEndpoint& endpoint() const;

    [[nodiscard]] State state() const;
    [[nodiscard]] const Capabilities& capabilities() const;
    [[nodiscard]] const TlsSessionInfo& tlsInfo() const;
    [[nodiscard]] AuthMechanism authMechanismUsed() const;
    [[nodiscard]] const SmtpReply& greeting() const;

public slots:
    void open();
    // body is read from its current position to its end; it must stay alive until transactionFinished().
    // size is its length in bytes as stored (before CRLF normalisation and dot-stuffing), for SIZE=.
    void send(const Postino::Envelope& envelope, QIODevice* body, qint64 size);
    void close();
    // Drops the connection at once, without QUIT.
    void abort();
    // Answer to passwordRequested().
    void providePassword(const QString& secret);

signals:
    void stateChanged(Postino::SmtpClient::State state);
    // The server wants AUTH and no secret was given: answer with providePassword() or abort().
    void passwordRequested(const QString& username);
    void ready();
    void uploadProgress(qint64 sent, qint64 total);
    void recipientReplied(const QString& address, const Postino::SmtpReply& reply);
    void transactionFinished(const Postino::TransactionResult& result);
    void failed(const Postino::SmtpError& error);
    void closed();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Postino
