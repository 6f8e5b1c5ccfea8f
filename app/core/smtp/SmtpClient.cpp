#include "SmtpClient.h"

#include "common/Clock.h"
#include "common/Log.h"
#include "common/SecretMemory.h"
#include "smtp/Sasl.h"
#include "smtp/SmtpClient_p.h"
#include "smtp/Transcript.h"

#include <QSslSocket>

// SmtpClient: the public API over SmtpClient::Private, the single send path, and reading replies and
// matching them to the commands they answer. The behaviour is described in SmtpClient_p.h.

namespace Postino {

SmtpClient::Private::Private(SmtpClient* client, const SubmissionSettings& settings)
    : q(client)
    , s(settings)
    , clock(Clock::orSystem(settings.clock))
    , transcript(settings.transcript)
    , timer(new ClockTimer(clock, client))
{
    QObject::connect(timer, &ClockTimer::timeout, q, [this] { onTimeout(); });
}

SmtpClient::Private::~Private() = default;

void SmtpClient::Private::setState(State next)
{
    if (state == next)
        return;
    qCDebug(lcSmtp) << where() << state << "->" << next;
    state = next;
    emit q->stateChanged(next);
}

void SmtpClient::Private::note(const QString& text)
{
    qCDebug(lcSmtp).noquote() << "--" << text;
    if (transcript)
        transcript->addNote(text);
}

void SmtpClient::Private::arm(qint64 msec)
{
    timer->start(msec);
}

// The single send path: every command passes here, and the transcript shows each one's fixed form.
void SmtpClient::Private::send(const Flight& flight)
{
    QByteArray bytes;
    bool secret = false;
    for (const auto& [command, pending] : flight) {
        const QByteArray verb = command.verb();
        secret = secret || verb.isEmpty() || verb == "AUTH";
        if (transcript)
            transcript->addClient(command);
        qCDebug(lcSmtp).noquote() << "C:" << command.transcriptText();
        Pending numbered = pending;
        numbered.serial = ++commandsSent;
        expected.enqueue(numbered);
        bytes += command.wire();
    }
    socket->write(bytes);
    if (secret)
        SecretMemory::wipe(bytes); // the socket has its own copy now
}

void SmtpClient::Private::onReadyRead()
{
    if (finished || !socket)
        return;
    sentWhenRead = commandsSent;
    while (socket->bytesAvailable() > 0) {
        const QByteArray chunk = socket->read(16 * 1024);
        if (chunk.isEmpty())
            break;
        if (!parser.feed(chunk)) {
            failProtocol(parser.errorString());
            return;
        }
    }
    while (!finished && parser.hasReply()) {
        QList<QByteArray> raw;
        const SmtpReply reply = parser.takeReply(&raw);
        for (const QByteArray& line : qAsConst(raw)) {
            qCDebug(lcSmtp).noquote() << "S:" << QString::fromUtf8(line);
            if (transcript)
                transcript->addServer(line);
        }
        handleReply(reply);
        if (state == State::TlsHandshake)
            break; // nothing may follow the STARTTLS 220 (checked in onStartTlsReply)
    }
}

void SmtpClient::Private::handleReply(const SmtpReply& reply)
{
    // 421 may come at any time, answering a command or not (RFC 5321 section 3.8).
    const bool quitting = !expected.isEmpty() && expected.head().what == Expect::Quit;
    if (reply.code == 421 && !quitting) {
        SmtpError error =
            makeError(SmtpFailure::ServiceUnavailable, ErrorKind::Temporary,
                      SmtpClient::tr("%1 is closing the connection (421: %2). The service is not available now; the "
                                     "message was not sent and can be sent again later.")
                          .arg(where(), reply.toString()),
                      reply);
        fail(error);
        return;
    }
    if (expected.isEmpty()) {
        failProtocol(SmtpClient::tr("The server sent a reply nobody asked for (%1).").arg(reply.toString()));
        return;
    }
    const Pending pending = expected.dequeue();
    if (pending.serial > sentWhenRead) {
        // It was here before the command it would answer was sent.
        failProtocol(
            SmtpClient::tr("The server sent a reply before the command it answers (%1).").arg(reply.toString()));
        return;
    }
    dispatch(pending, reply);
}

// Hands the reply to the step that sent the command it answers.
void SmtpClient::Private::dispatch(const Pending& pending, const SmtpReply& reply)
{
    switch (pending.what) {
    case Expect::Greeting:
        onGreeting(reply);
        break;
    case Expect::Ehlo:
        onEhlo(reply);
        break;
    case Expect::Helo:
        onHelo(reply);
        break;
    case Expect::StartTls:
        onStartTlsReply(reply);
        break;
    case Expect::Auth:
        onAuthReply(reply);
        break;
    case Expect::Mail:
        onMailReply(reply);
        break;
    case Expect::Rcpt:
        onRcptReply(pending.index, reply);
        break;
    case Expect::Data:
        onDataReply(reply);
        break;
    case Expect::Bdat:
        onChunkReply(reply);
        break;
    case Expect::DataEnd:
        onFinalReply(reply);
        break;
    case Expect::Rset:
        onRsetReply(pending.index, reply);
        break;
    case Expect::Quit:
        closeDone();
        break;
    }
}

SmtpClient::SmtpClient(const SubmissionSettings& settings, QObject* parent)
    : Submission(parent)
    , d(std::make_unique<Private>(this, settings))
{
    qRegisterMetaType<Postino::SmtpReply>();
    qRegisterMetaType<Postino::SmtpError>();
    qRegisterMetaType<Postino::TransactionResult>();
}

SmtpClient::~SmtpClient()
{
    if (d->socket)
        QObject::disconnect(d->socket, nullptr, this, nullptr);
}

Submission::State SmtpClient::state() const
{
    return d->state;
}

const ServerEndpoint& SmtpClient::endpoint() const
{
    return d->s.endpoint;
}

const Capabilities& SmtpClient::capabilities() const
{
    return d->caps;
}

const TlsSessionInfo& SmtpClient::tlsInfo() const
{
    return d->tls;
}

AuthMechanism SmtpClient::authMechanismUsed() const
{
    return d->authUsed;
}

const SmtpReply& SmtpClient::greeting() const
{
    return d->greeting;
}

void SmtpClient::open()
{
    d->open();
}

void SmtpClient::send(const Postino::Envelope& envelope, QIODevice* body, qint64 size)
{
    d->send(envelope, body, size);
}

void SmtpClient::checkRecipients(const Postino::Envelope& envelope)
{
    d->checkRecipients(envelope);
}

void SmtpClient::close()
{
    d->close();
}

void SmtpClient::abort()
{
    d->abort();
}

void SmtpClient::providePassword(const QString& secret)
{
    d->providePassword(secret);
}

void SmtpClient::releaseFinalDot()
{
    d->releaseFinalDot();
}

bool SmtpClient::canSendAhead() const
{
    return d->canSendAhead();
}

bool SmtpClient::holdsFinalDot() const
{
    return d->s.holdFinalDot;
}

namespace {
class SmtpSubmissionFactory final : public SubmissionFactory
{
public:
    std::unique_ptr<Submission> create(const SubmissionSettings& settings) override
    {
        return std::make_unique<SmtpClient>(settings);
    }
};
} // namespace

SubmissionFactory* SubmissionFactory::smtp()
{
    static SmtpSubmissionFactory factory;
    return &factory;
}

} // namespace Postino
