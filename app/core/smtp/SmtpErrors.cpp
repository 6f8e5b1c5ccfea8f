#include "SmtpClient_p.h"

#include "common/Clock.h"
#include "common/Log.h"

#include <QSslSocket>

// SmtpClient::Private, the errors: how a session ends when something goes wrong (a reply the step
// cannot use, a protocol error, a timeout, a socket error, a lost connection) and the words for it.

namespace Postino {

// A reply that is not the one the step needs: 4xx temporary, 5xx permanent, anything else garbled.
void SmtpClient::Private::failUnexpected(const SmtpReply& reply, const QString& step)
{
    if (reply.isTransient()) {
        fail(makeError(
            SmtpFailure::TransientReply, ErrorKind::Temporary,
            SmtpClient::tr("%1 refused %2 for now (%3). Try again later.").arg(where(), step, reply.toString()),
            reply));
    } else if (reply.isPermanent()) {
        fail(makeError(SmtpFailure::PermanentReply, ErrorKind::Permanent,
                       SmtpClient::tr("%1 refused %2 (%3). Check the server settings (host, port, security) or "
                                      "ask its administrator.")
                           .arg(where(), step, reply.toString()),
                       reply));
    } else {
        fail(makeError(SmtpFailure::ProtocolError, ErrorKind::Temporary,
                       SmtpClient::tr("%1 answered %2 with an unexpected reply (%3). The server is not speaking "
                                      "SMTP as expected; check the port and security settings.")
                           .arg(where(), step, reply.toString()),
                       reply));
    }
}

SmtpError SmtpClient::Private::makeError(SmtpFailure failure, ErrorKind kind, const QString& message,
                                         const SmtpReply& reply) const
{
    SmtpError error;
    error.failure = failure;
    error.kind = kind;
    error.message = message;
    error.reply = reply;
    return error;
}

void SmtpClient::Private::failProtocol(const QString& what)
{
    fail(makeError(SmtpFailure::ProtocolError, ErrorKind::Temporary,
                   SmtpClient::tr("Protocol error talking to %1: %2 The connection was closed; try again later, and "
                                  "tell the server's administrator if it persists.")
                       .arg(where(), what)));
}

// Ends the session: the transaction (if any) is reported first, then failed().
void SmtpClient::Private::fail(const SmtpError& error)
{
    if (finished)
        return;
    finished = true;
    timer->stop();
    qCWarning(lcSmtp).noquote() << "failed:" << smtpFailureName(error.failure) << error.message;
    note(QStringLiteral("failed: %1").arg(smtpFailureName(error.failure)));
    if (transaction) {
        if (result.outcomeUnknown) {
            for (RecipientResult& r : result.recipients) {
                if (r.state == RecipientState::Accepted)
                    r.state = RecipientState::TemporaryFailure;
            }
        } else {
            for (RecipientResult& r : result.recipients) {
                if (r.state == RecipientState::Accepted)
                    r.state = error.kind == ErrorKind::Temporary ? RecipientState::TemporaryFailure
                                                                 : RecipientState::NotAttempted;
            }
        }
        finishTransaction(error);
    }
    finishNext(error);
    dropSocket();
    setState(State::Closed);
    emit q->failed(error);
}

void SmtpClient::Private::dropSocket()
{
    if (!socket)
        return;
    QObject::disconnect(socket, nullptr, q, nullptr);
    socket->abort();
    socket->deleteLater();
    socket = nullptr;
}

// Whether the final dot is on its way or sent: a silence or a loss now leaves the outcome unknown.
bool SmtpClient::Private::afterFinalDot() const
{
    return state == State::AwaitingFinalReply || (state == State::Uploading && terminatorQueued);
}

void SmtpClient::Private::onTimeout()
{
    if (finished)
        return;
    if (state == State::Quitting) {
        closeDone();
        return;
    }
    const QString waitingFor = describeWait();
    const qint64 seconds = timer->interval() / 1000;
    if (afterFinalDot()) {
        result.outcomeUnknown = true;
        fail(makeError(SmtpFailure::OutcomeUnknown, ErrorKind::Temporary,
                       SmtpClient::tr("%1 did not confirm the message within %2 seconds after it was sent; it may "
                                      "or may not have been delivered. Sending again may duplicate it.")
                           .arg(where())
                           .arg(seconds)));
        return;
    }
    if (state == State::Greeting && s.endpoint.security != Security::Tls) {
        // Connected, then silence: what a server that expects TLS from the first byte looks like.
        fail(makeError(SmtpFailure::Timeout, ErrorKind::Temporary,
                       SmtpClient::tr("%1 accepted the connection but sent no greeting within %2 seconds. A "
                                      "server that expects TLS from the first byte (as on port 465) does this: "
                                      "try security tls; otherwise the server is busy, try again later.")
                           .arg(where())
                           .arg(seconds)));
        return;
    }
    fail(makeError(SmtpFailure::Timeout, ErrorKind::Temporary,
                   SmtpClient::tr("%1 did not answer within %2 seconds while waiting for %3. The server may be "
                                  "down or a firewall may block the port; try again later.")
                       .arg(where())
                       .arg(seconds)
                       .arg(waitingFor)));
}

QString SmtpClient::Private::describeWait() const
{
    switch (state) {
    case State::Connecting:
        return SmtpClient::tr("the connection");
    case State::Greeting:
        return SmtpClient::tr("the greeting");
    case State::Ehlo:
        return SmtpClient::tr("the reply to EHLO");
    case State::StartTls:
        return SmtpClient::tr("the reply to STARTTLS");
    case State::TlsHandshake:
        return SmtpClient::tr("the TLS handshake");
    case State::Authenticating:
        return SmtpClient::tr("the reply to AUTH");
    case State::MailFrom:
        return SmtpClient::tr("the reply to MAIL FROM");
    case State::RcptTo:
        return SmtpClient::tr("the reply to RCPT TO");
    case State::Data:
        return SmtpClient::tr("the reply to DATA");
    case State::Uploading:
        return SmtpClient::tr("the message upload to proceed");
    case State::Resetting:
        return SmtpClient::tr("the reply to RSET");
    default:
        return SmtpClient::tr("a reply");
    }
}

void SmtpClient::Private::onSocketError(QAbstractSocket::SocketError socketError)
{
    if (finished)
        return;
    if (state == State::Quitting) {
        closeDone();
        return;
    }
    switch (socketError) {
    case QAbstractSocket::ConnectionRefusedError:
        fail(makeError(SmtpFailure::ConnectionRefused, ErrorKind::Temporary,
                       SmtpClient::tr("Could not connect to %1: the connection was refused. Check the host name "
                                      "and port, or try again later.")
                           .arg(where())));
        return;
    case QAbstractSocket::HostNotFoundError:
        fail(makeError(SmtpFailure::HostNotFound, ErrorKind::Temporary,
                       SmtpClient::tr("The host %1 was not found. Check its name and your network connection.")
                           .arg(s.endpoint.host)));
        return;
    case QAbstractSocket::RemoteHostClosedError:
        onDisconnected();
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        if (certificateError.isError()) {
            fail(certificateError);
            return;
        }
        fail(makeError(SmtpFailure::TlsHandshake, ErrorKind::Security,
                       SmtpClient::tr("The TLS handshake with %1 failed (%2). Check that the port matches the "
                                      "security setting: implicit TLS is usually port 465, STARTTLS port 587.")
                           .arg(where(), socket ? socket->errorString() : QString())));
        return;
    default:
        break;
    }
    onDisconnected();
}

void SmtpClient::Private::onDisconnected()
{
    if (finished || !socket)
        return;
    if (state == State::Quitting) {
        closeDone();
        return;
    }
    onReadyRead(); // replies that came with the close (a 421, say) are read first
    if (finished)
        return;
    if (state == State::TlsHandshake && certificateError.isError()) {
        fail(certificateError);
        return;
    }
    if (state == State::TlsHandshake) {
        fail(makeError(SmtpFailure::TlsHandshake, ErrorKind::Security,
                       SmtpClient::tr("%1 closed the connection during the TLS handshake. Check that the port "
                                      "matches the security setting: implicit TLS is usually port 465, STARTTLS "
                                      "port 587.")
                           .arg(where())));
        return;
    }
    if (afterFinalDot()) {
        result.outcomeUnknown = true;
        fail(makeError(SmtpFailure::OutcomeUnknown, ErrorKind::Temporary,
                       SmtpClient::tr("The connection to %1 was lost after the message was sent and before the "
                                      "server confirmed it; it may or may not have been delivered. Sending again "
                                      "may duplicate it.")
                           .arg(where())));
        return;
    }
    fail(makeError(SmtpFailure::ConnectionLost, ErrorKind::Temporary,
                   SmtpClient::tr("The connection to %1 was lost while waiting for %2. Try again later.")
                       .arg(where(), describeWait())));
}

void SmtpClient::Private::failLocalIo(const QString& reason)
{
    // The server holds a partial message; dropping the connection makes it discard it.
    fail(makeError(SmtpFailure::LocalIo, ErrorKind::IoError,
                   SmtpClient::tr("The message could not be read while sending it to %1 (%2); nothing was "
                                  "delivered. Check the file and send again.")
                       .arg(where(), reason)));
}
} // namespace Postino
