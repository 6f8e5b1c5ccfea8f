#include "SmtpClient.h"

#include "common/Clock.h"
#include "common/Log.h"
#include "smtp/Sasl.h"
#include "smtp/SmtpCommand.h"
#include "smtp/SmtpReplyParser.h"
#include "smtp/Transcript.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QHostInfo>
#include <QIODevice>
#include <QLocale>
#include <QPointer>
#include <QQueue>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

#include <optional>
#include <utility>

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
// - holdFinalDot: the final dot waits for releaseFinalDot(), so the caller can commit first.
// - Recipients: any 5xx -> RSET, nobody gets the message, the error names the refused address;
//   the others are reported as NotAttempted. 4xx only -> the accepted ones get the message, the
//   others are TemporaryFailure (the result is delivered, with a Temporary error naming them).
//   No recipient accepted -> RSET, Temporary.
// - The body is streamed in 64 KiB chunks, CRLF-normalised and dot-stuffed on the way; the socket
//   is refilled only while less than 128 KiB (plaintext + ciphertext) waits to be written.
//   uploadProgress counts bytes of the source (as `size` does) whose output was handed to the socket.
// - Connection lost or silent after the final dot: outcomeUnknown, OutcomeUnknown (Temporary).
// - Errors: failed() always ends the session; a running transaction is reported first through
//   transactionFinished(). Do not delete the client from a slot connected to its signals
//   (use deleteLater()).

namespace Postino {

namespace {

constexpr qint64 bodyChunk = 64 * 1024; // read from the message source at a time
constexpr qint64 writeAhead = 2 * bodyChunk; // refill the socket when less than this waits to be written
constexpr qint64 socketReadBuffer = 1024 * 1024; // bounds what the socket itself buffers
constexpr qint64 quitTimeout = 10'000;

// What an outstanding reply answers. Replies are matched to commands in order (RFC 2920).
enum class Expect { Greeting, Ehlo, Helo, StartTls, Auth, Mail, Rcpt, Data, DataEnd, Rset, Quit };

struct Pending
{
    Expect what;
    int index = 0; // Rcpt: the recipient; Rset: 0 before a transaction, 1 abandoning one
    quint64 serial = 0; // how many commands had been sent when this one went (0: the greeting)
};

bool isAscii(const QString& s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// RFC 3461 section 4: xtext.
QByteArray xtext(const QByteArray& raw)
{
    QByteArray out;
    for (char ch : raw) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 33 && c <= 126 && c != '+' && c != '=') {
            out.append(ch);
        } else {
            out.append('+');
            out.append(QByteArray::number(c, 16).toUpper().rightJustified(2, '0'));
        }
    }
    return out;
}

bool looksLikeFqdn(const QString& name)
{
    if (!name.contains(QLatin1Char('.')) || name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('.')))
        return false;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('.') && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

QByteArray normalisePin(const QByteArray& pin)
{
    QByteArray out = pin.trimmed().toLower();
    out.replace(":", "");
    if (out.startsWith("sha256/"))
        out = out.mid(7);
    return out;
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    default:
        return QStringLiteral("TLS");
    }
}

} // namespace

class SmtpClient::Private
{
public:
    explicit Private(SmtpClient* client, const SubmissionSettings& settings)
        : q(client)
        , s(settings)
        , clock(Clock::orSystem(settings.clock))
        , transcript(settings.transcript)
        , timer(new ClockTimer(clock, client))
    {
        QObject::connect(timer, &ClockTimer::timeout, q, [this] { onTimeout(); });
    }

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
    QList<QByteArray> rcptPaths;
    SmtpError abandonError;
    bool dataPipelined = false; // DATA went in the MAIL/RCPT flight
    bool abandonAtData = false; // abandonError is known; the pipelined DATA's reply is still to come

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

    // The final dot's gate (SubmissionSettings::holdFinalDot).
    bool dotWanted = false;
    bool dotReleased = false;
    bool reporting = false; // inside transactionFinished()

    // The upload.
    bool atLineStart = true;
    bool previousCr = false;
    bool terminatorQueued = false;
    qint64 inputRead = 0;
    qint64 outputQueued = 0;
    qint64 outputWritten = 0;
    QQueue<QPair<qint64, qint64>> progressMarks; // (output offset, input offset) reached when written
    QMetaObject::Connection bodyReadyRead;

    [[nodiscard]] QString where() const { return QStringLiteral("%1:%2").arg(s.endpoint.host).arg(s.endpoint.port); }

    void setState(State next)
    {
        if (state == next)
            return;
        qCDebug(lcSmtp) << where() << state << "->" << next;
        state = next;
        emit q->stateChanged(next);
    }

    void note(const QString& text)
    {
        qCDebug(lcSmtp).noquote() << "--" << text;
        if (transcript)
            transcript->addNote(text);
    }

    void arm(qint64 msec) { timer->start(msec); }

    // The single send path: every command passes here, and the transcript shows each one's fixed form.
    void send(const QList<QPair<SmtpCommand, Pending>>& flight)
    {
        QByteArray bytes;
        for (const auto& [command, pending] : flight) {
            if (transcript)
                transcript->addClient(command);
            qCDebug(lcSmtp).noquote() << "C:" << command.transcriptText();
            Pending numbered = pending;
            numbered.serial = ++commandsSent;
            expected.enqueue(numbered);
            bytes += command.wire();
        }
        socket->write(bytes);
    }

    void send(const SmtpCommand& command, Pending pending) { send({qMakePair(command, pending)}); }

    // --- connecting ---

    void open()
    {
        if (state != State::Idle) {
            qCWarning(lcSmtp) << "open() called twice";
            return;
        }
        expected.clear();
        expected.enqueue({Expect::Greeting});
        socket = new QSslSocket(q);
        socket->setReadBufferSize(socketReadBuffer);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!s.endpoint.extraCaCertificates.isEmpty())
            configuration.addCaCertificates(s.endpoint.extraCaCertificates);
        socket->setSslConfiguration(configuration);
        socket->setPeerVerifyName(s.endpoint.host);

        QObject::connect(socket, &QSslSocket::connected, q, [this] { onConnected(); });
        QObject::connect(socket, &QSslSocket::encrypted, q, [this] { onEncrypted(); });
        QObject::connect(socket, &QSslSocket::readyRead, q, [this] { onReadyRead(); });
        QObject::connect(socket, &QSslSocket::bytesWritten, q, [this](qint64 n) { onBytesWritten(n); });
        // Over TLS, bytesWritten comes when data is encrypted; the ciphertext then waits in the
        // socket's own buffer, so refilling also follows what really leaves.
        QObject::connect(socket, &QSslSocket::encryptedBytesWritten, q, [this](qint64) {
            if (state == State::Uploading && !finished) {
                arm(s.timeouts.dataBlock);
                pumpBody();
            }
        });
        QObject::connect(socket, &QSslSocket::disconnected, q, [this] { onDisconnected(); });
        QObject::connect(socket, &QSslSocket::errorOccurred, q,
                         [this](QAbstractSocket::SocketError error) { onSocketError(error); });
        QObject::connect(socket, &QSslSocket::sslErrors, q,
                         [this](const QList<QSslError>& errors) { onSslErrors(errors); });

        const QString address = s.endpoint.connectAddress.isEmpty() ? s.endpoint.host : s.endpoint.connectAddress;
        setState(State::Connecting);
        arm(s.timeouts.connect);
        qCInfo(lcSmtp).noquote() << "connecting to" << where() << "via" << address << securityName(s.endpoint.security);
        if (s.endpoint.security == Security::Tls)
            socket->connectToHostEncrypted(address, s.endpoint.port, s.endpoint.host);
        else
            socket->connectToHost(address, s.endpoint.port);
    }

    void onConnected()
    {
        note(QStringLiteral("connected to %1 (%2)").arg(where(), socket->peerAddress().toString()));
        if (s.endpoint.security == Security::Tls) {
            setState(State::TlsHandshake);
            arm(s.timeouts.command);
            return;
        }
        setState(State::Greeting);
        arm(s.timeouts.greeting);
    }

    void onEncrypted()
    {
        tls.encrypted = true;
        tls.protocol = protocolName(socket->sessionProtocol());
        tls.cipher = socket->sessionCipher().name();
        tls.peer = CertificateInfo::from(socket->peerCertificate());
        note(QStringLiteral("TLS %1 %2").arg(tls.protocol, tls.cipher));
        if (s.endpoint.security == Security::Tls) {
            setState(State::Greeting);
            arm(s.timeouts.greeting);
            return;
        }
        // RFC 3207 section 4.2: forget everything learnt in clear and ask again.
        caps = Capabilities();
        parser.reset();
        sendEhlo();
    }

    QString heloName() const
    {
        if (!s.endpoint.heloName.isEmpty())
            return s.endpoint.heloName;
        const QString local = QHostInfo::localHostName();
        if (looksLikeFqdn(local))
            return local;
        const QHostAddress address = socket->localAddress();
        if (address.protocol() == QAbstractSocket::IPv6Protocol)
            return QStringLiteral("[IPv6:%1]").arg(address.toString());
        return QStringLiteral("[%1]").arg(address.toString());
    }

    void sendEhlo()
    {
        setState(State::Ehlo);
        arm(s.timeouts.command);
        send(SmtpCommand::plain("EHLO " + heloName().toUtf8()), {Expect::Ehlo});
    }

    // --- reading ---

    void onReadyRead()
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

    void handleReply(const SmtpReply& reply)
    {
        // 421 may come at any time, answering a command or not (RFC 5321 section 3.8).
        const bool quitting = !expected.isEmpty() && expected.head().what == Expect::Quit;
        if (reply.code == 421 && !quitting) {
            SmtpError error = makeError(
                SmtpFailure::ServiceUnavailable, ErrorKind::Temporary,
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

    // A reply that is not the one the step needs: 4xx temporary, 5xx permanent, anything else garbled.
    void failUnexpected(const SmtpReply& reply, const QString& step)
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

    void onGreeting(const SmtpReply& reply)
    {
        greeting = reply;
        if (reply.code != 220) {
            failUnexpected(reply, SmtpClient::tr("the connection"));
            return;
        }
        sendEhlo();
    }

    void onEhlo(const SmtpReply& reply)
    {
        if (reply.code == 250) {
            caps = Capabilities::fromEhlo(reply);
            parser.setEnhancedStatusCodes(caps.enhancedStatusCodes);
            afterHello();
            return;
        }
        if ((reply.code == 500 || reply.code == 502) && s.endpoint.security == Security::None && !heloTried) {
            heloTried = true;
            send(SmtpCommand::plain("HELO " + heloName().toUtf8()), {Expect::Helo});
            arm(s.timeouts.command);
            return;
        }
        failUnexpected(reply, QStringLiteral("EHLO"));
    }

    void onHelo(const SmtpReply& reply)
    {
        if (reply.code != 250) {
            failUnexpected(reply, QStringLiteral("HELO"));
            return;
        }
        caps = Capabilities();
        afterHello();
    }

    void afterHello()
    {
        if (s.endpoint.security == Security::StartTls && !tls.encrypted) {
            if (!caps.startTls) {
                fail(makeError(SmtpFailure::NoStartTls, ErrorKind::Security,
                               SmtpClient::tr("%1 offered no STARTTLS; refusing to send the password in clear (use "
                                              "--security tls on port 465, or fix the server)")
                                   .arg(where())));
                return;
            }
            setState(State::StartTls);
            arm(s.timeouts.command);
            send(SmtpCommand::plain("STARTTLS"), {Expect::StartTls});
            return;
        }
        startAuth();
    }

    void onStartTlsReply(const SmtpReply& reply)
    {
        if (reply.code != 220) {
            const bool temporary = reply.isTransient();
            fail(makeError(SmtpFailure::StartTlsRefused, temporary ? ErrorKind::Temporary : ErrorKind::Security,
                           temporary ? SmtpClient::tr("%1 refused STARTTLS for now (%2); nothing was sent in clear. "
                                                      "Try again later.")
                                           .arg(where(), reply.toString())
                                     : SmtpClient::tr("%1 refused STARTTLS (%2); refusing to continue in clear (use "
                                                      "--security tls on port 465, or fix the server).")
                                           .arg(where(), reply.toString()),
                           reply));
            return;
        }
        // Anything after the 220 and before the handshake came from someone in the path (CVE-2011-0411 style
        // command injection): it must not be read as if it were protected.
        if (parser.pendingBytes() > 0 || !expected.isEmpty() || socket->bytesAvailable() > 0) {
            failProtocol(SmtpClient::tr("The server sent data after agreeing to STARTTLS and before the TLS "
                                        "handshake; this is a sign of a man-in-the-middle injecting commands."));
            return;
        }
        setState(State::TlsHandshake);
        arm(s.timeouts.command);
        socket->startClientEncryption();
    }

    // --- certificates ---

    void onSslErrors(const QList<QSslError>& errors)
    {
        QSslCertificate certificate = socket->peerCertificate();
        if (certificate.isNull()) {
            for (const QSslError& error : errors) {
                if (!error.certificate().isNull()) {
                    certificate = error.certificate();
                    break;
                }
            }
        }
        const CertificateInfo info = CertificateInfo::from(certificate);
        const QByteArray pin = normalisePin(s.endpoint.pinnedSha256);
        if (!pin.isEmpty() && !certificate.isNull() && info.sha256 == pin) {
            // Exactly these errors, for exactly this certificate: never a blanket ignoreSslErrors().
            socket->ignoreSslErrors(errors);
            tls.pinned = true;
            note(QStringLiteral("certificate accepted by its pinned SHA-256 fingerprint %1")
                     .arg(QString::fromLatin1(pin)));
            return;
        }
        SmtpError error;
        error.failure = SmtpFailure::Certificate;
        error.kind = ErrorKind::Security;
        error.certificate = info;
        for (const QSslError& sslError : errors) {
            const QString problem = describe(sslError, info);
            if (!error.certificateProblems.contains(problem))
                error.certificateProblems.append(problem);
        }
        const QString validity = SmtpClient::tr("valid from %1 to %2")
                                     .arg(info.notBefore.toString(Qt::ISODate), info.notAfter.toString(Qt::ISODate));
        QString message = SmtpClient::tr("The TLS certificate of %1 was refused: %2. Subject %3, issuer %4, %5, "
                                         "SHA-256 fingerprint %6.")
                              .arg(where(), error.certificateProblems.join(QLatin1String("; ")), info.subject,
                                   info.issuer, validity, QString::fromLatin1(info.sha256));
        if (!pin.isEmpty()) {
            message += QLatin1Char(' ')
                + SmtpClient::tr("It is not the pinned certificate (%1).").arg(QString::fromLatin1(pin));
        }
        message += QLatin1Char(' ')
            + SmtpClient::tr("If you trust this certificate, pin it with --trust-fingerprint %1.")
                  .arg(QString::fromLatin1(info.sha256));
        error.message = message;
        certificateError = error;
        // The handshake now fails (SslHandshakeFailedError), which reports certificateError.
    }

    QString describe(const QSslError& error, const CertificateInfo& info) const
    {
        switch (error.error()) {
        case QSslError::CertificateExpired:
            return SmtpClient::tr("it expired on %1").arg(info.notAfter.toString(Qt::ISODate));
        case QSslError::CertificateNotYetValid:
            return SmtpClient::tr("it is not valid before %1").arg(info.notBefore.toString(Qt::ISODate));
        case QSslError::HostNameMismatch:
            return SmtpClient::tr("it is for %1, not for %2")
                .arg(info.subjectAltNames.isEmpty() ? info.subject : info.subjectAltNames.join(QLatin1String(", ")),
                     s.endpoint.host);
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            return SmtpClient::tr("it is self-signed");
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::InvalidCaCertificate:
            return SmtpClient::tr("its issuer (%1) is not a trusted authority").arg(info.issuer);
        default:
            return error.errorString();
        }
    }

    // --- authentication ---

    void startAuth()
    {
        if (!s.credentials.wanted()) {
            becomeReady();
            return;
        }
        if (!mayAuthenticate(tls.encrypted, socket->peerAddress(), s.endpoint.host, s.endpoint.allowInsecureAuth)) {
            fail(makeError(SmtpFailure::AuthInsecure, ErrorKind::Security,
                           SmtpClient::tr("The connection to %1 is not encrypted; refusing to send the password in "
                                          "clear (use --security tls or starttls).")
                               .arg(where())));
            return;
        }
        if (caps.authMechanisms.isEmpty()) {
            fail(makeError(SmtpFailure::AuthUnsupported, ErrorKind::Auth,
                           SmtpClient::tr("%1 does not offer authentication (no AUTH in its EHLO reply), but a user "
                                          "name was given. Use the submission port (587 or 465) or send without a "
                                          "user name.")
                               .arg(where())));
            return;
        }
        const AuthMechanism mechanism = chooseAuthMechanism(caps.authMechanisms, s.credentials.mechanism);
        if (mechanism == AuthMechanism::None) {
            const QString wanted = s.credentials.mechanism == AuthMechanism::Auto
                ? QStringLiteral("SCRAM-SHA-256, CRAM-MD5, PLAIN, LOGIN")
                : authMechanismName(s.credentials.mechanism);
            fail(makeError(SmtpFailure::AuthUnsupported, ErrorKind::Auth,
                           SmtpClient::tr("%1 offers the authentication mechanisms %2, none of which is usable here "
                                          "(wanted: %3). Choose another mechanism for the account.")
                               .arg(where(), caps.authMechanisms.join(QLatin1String(", ")), wanted)));
            return;
        }
        setState(State::Authenticating);
        if (s.credentials.secret.isEmpty()) {
            waitingForPassword = true;
            pendingMechanism = mechanism;
            timer->stop();
            emit q->passwordRequested(s.credentials.username);
            return;
        }
        beginAuth(mechanism);
    }

    void beginAuth(AuthMechanism mechanism)
    {
        sasl = SaslMechanism::create(mechanism, s.credentials.username, s.credentials.secret);
        authUsed = mechanism;
        const std::optional<QByteArray> initial = sasl->initialResponse();
        arm(s.timeouts.command);
        if (initial)
            send(SmtpCommand::auth(sasl->name(), initial->isEmpty() ? QByteArray("=") : initial->toBase64()),
                 {Expect::Auth});
        else
            send(SmtpCommand::auth(sasl->name()), {Expect::Auth});
    }

    void providePassword(const QString& secret)
    {
        if (!waitingForPassword || finished)
            return;
        waitingForPassword = false;
        s.credentials.secret = secret;
        beginAuth(pendingMechanism);
    }

    void onAuthReply(const SmtpReply& reply)
    {
        if (reply.code == 334 && sasl) {
            const QByteArray challenge = QByteArray::fromBase64(reply.lines.value(0).trimmed());
            const Result<QByteArray> response = sasl->respond(challenge);
            if (!response) {
                fail(makeError(
                    SmtpFailure::AuthFailed, response.error().kind(),
                    SmtpClient::tr("Authentication with %1 failed: %2").arg(where(), response.error().message()),
                    reply));
                return;
            }
            arm(s.timeouts.command);
            send(SmtpCommand::secret(response.value().toBase64()), {Expect::Auth});
            return;
        }
        if (reply.code == 235) {
            const Status verified = sasl ? sasl->finish() : Status();
            sasl.reset();
            if (!verified) {
                fail(makeError(
                    SmtpFailure::AuthFailed, verified.error().kind(),
                    SmtpClient::tr("Authentication with %1 failed: %2").arg(where(), verified.error().message()),
                    reply));
                return;
            }
            becomeReady();
            return;
        }
        sasl.reset();
        if (reply.isTransient()) {
            fail(makeError(SmtpFailure::AuthFailed, ErrorKind::Temporary,
                           SmtpClient::tr("%1 could not check the credentials for %2 just now (%3). Try again later.")
                               .arg(where(), s.credentials.username, reply.toString()),
                           reply));
            return;
        }
        if (reply.code == 504) {
            fail(makeError(SmtpFailure::AuthUnsupported, ErrorKind::Auth,
                           SmtpClient::tr("%1 does not accept the %2 authentication it announced (%3). Choose another "
                                          "mechanism for the account.")
                               .arg(where(), authMechanismName(authUsed), reply.toString()),
                           reply));
            return;
        }
        if (reply.isPermanent()) {
            fail(makeError(SmtpFailure::AuthFailed, ErrorKind::Auth,
                           SmtpClient::tr("%1 refused the credentials of %2 with %3 (%4). Check the user name and "
                                          "password; some providers need an app password.")
                               .arg(where(), s.credentials.username, authMechanismName(authUsed), reply.toString()),
                           reply));
            return;
        }
        failUnexpected(reply, QStringLiteral("AUTH"));
    }

    void becomeReady()
    {
        timer->stop();
        setState(State::Ready);
        qCInfo(lcSmtp).noquote() << "ready:" << where();
        emit q->ready();
    }

    // --- the transaction ---

    bool canSendAhead() const
    {
        if (!transaction || finished || next || !caps.pipelining || !socket)
            return false;
        switch (state) {
        case State::MailFrom:
        case State::RcptTo:
        case State::Data:
        case State::Uploading:
        case State::AwaitingFinalReply:
            return true;
        default:
            return false;
        }
    }

    void send(const Envelope& env, QIODevice* device, qint64 size)
    {
        if (reporting) {
            // Called from a slot of transactionFinished(): the state moves on (to the next transaction
            // or Ready) once the signal returns, so take it up from the event loop.
            QPointer<QIODevice> source(device);
            QMetaObject::invokeMethod(
                q, [this, env, source, size] { send(env, source.data(), size); }, Qt::QueuedConnection);
            return;
        }
        if (canSendAhead()) {
            next.emplace();
            next->envelope = env;
            next->body = device;
            next->size = size;
            if (terminatorQueued && (state == State::Uploading || state == State::AwaitingFinalReply))
                writeNext();
            return;
        }
        if (state != State::Ready || transaction) {
            TransactionResult refused;
            for (const QString& address : env.recipients)
                refused.recipients.append({address, RecipientState::NotAttempted, {}});
            refused.error =
                makeError(SmtpFailure::Cancelled, ErrorKind::Internal,
                          SmtpClient::tr("The connection to %1 is not ready to send a message.").arg(where()));
            QMetaObject::invokeMethod(
                q, [this, refused] { emit q->transactionFinished(refused); }, Qt::QueuedConnection);
            return;
        }
        beginTransaction(env, device, size);
        const SmtpError problem = checkEnvelope();
        if (problem.isError()) {
            finishTransactionLater(problem);
            return;
        }
        if (needRset) {
            setState(State::Resetting);
            arm(s.timeouts.command);
            send(SmtpCommand::plain("RSET"), {Expect::Rset, 0});
            return;
        }
        startMail();
    }

    void beginTransaction(const Envelope& env, QIODevice* device, qint64 size)
    {
        transaction = true;
        envelope = env;
        body = device;
        bodySize = size;
        result = TransactionResult();
        mailAccepted = false;
        mailReply = SmtpReply();
        rcptPaths.clear();
        dataPipelined = false;
        abandonAtData = false;
        for (const QString& address : env.recipients)
            result.recipients.append({address, RecipientState::Pending, {}});
    }

    // The commands that open a transaction: MAIL, and with PIPELINING every RCPT, and DATA when there
    // is a single recipient (see the notes at the top).
    QList<QPair<SmtpCommand, Pending>> envelopeFlight(bool* withData) const
    {
        QList<QPair<SmtpCommand, Pending>> flight;
        flight.append(qMakePair(mailCommand(), Pending {Expect::Mail}));
        *withData = false;
        if (caps.pipelining) {
            for (int i = 0; i < rcptPaths.size(); ++i)
                flight.append(qMakePair(rcptCommand(i), Pending {Expect::Rcpt, i}));
            if (rcptPaths.size() == 1) {
                flight.append(qMakePair(SmtpCommand::plain("DATA"), Pending {Expect::Data}));
                *withData = true;
            }
        }
        return flight;
    }

    // Puts the queued next transaction on the wire, right after this one's final dot. Its fields are
    // swapped in for the checks and the commands, and out again: the replies to this transaction come first.
    void writeNext()
    {
        if (!next || next->written || next->problem.isError())
            return;
        std::swap(envelope, next->envelope);
        std::swap(body, next->body);
        std::swap(bodySize, next->size);
        std::swap(mailPath, next->mailPath);
        std::swap(rcptPaths, next->rcptPaths);
        rcptPaths.clear();
        const SmtpError problem = checkEnvelope();
        QList<QPair<SmtpCommand, Pending>> flight;
        bool withData = false;
        if (!problem.isError())
            flight = envelopeFlight(&withData);
        std::swap(envelope, next->envelope);
        std::swap(body, next->body);
        std::swap(bodySize, next->size);
        std::swap(mailPath, next->mailPath);
        std::swap(rcptPaths, next->rcptPaths);
        if (problem.isError()) {
            next->problem = problem;
            return;
        }
        next->written = true;
        next->dataSent = withData;
        send(flight);
    }

    // After a transaction: the queued next one becomes the running one. False if there is none.
    bool promoteNext()
    {
        if (!next || finished)
            return false;
        Next n = std::move(*next);
        next.reset();
        beginTransaction(n.envelope, n.body, n.size);
        if (n.problem.isError()) {
            finishTransactionLater(n.problem);
            return true;
        }
        if (n.written) {
            mailPath = n.mailPath;
            rcptPaths = n.rcptPaths;
            pipelined = true;
            dataPipelined = n.dataSent;
            setState(State::MailFrom);
            arm(s.timeouts.mail);
            return true;
        }
        const SmtpError problem = checkEnvelope();
        if (problem.isError()) {
            finishTransactionLater(problem);
            return true;
        }
        if (needRset) {
            setState(State::Resetting);
            arm(s.timeouts.command);
            send(SmtpCommand::plain("RSET"), {Expect::Rset, 0});
            return true;
        }
        startMail();
        return true;
    }

    // What happens to the queued next transaction when the session ends: nothing of it was delivered.
    void finishNext(const SmtpError& error)
    {
        if (!next)
            return;
        Next n = std::move(*next);
        next.reset();
        TransactionResult unsent;
        for (const QString& address : n.envelope.recipients)
            unsent.recipients.append({address, RecipientState::NotAttempted, {}});
        unsent.error = error;
        if (error.failure == SmtpFailure::OutcomeUnknown) {
            // That was about the message before it; this one never reached its final dot.
            unsent.error =
                makeError(SmtpFailure::ConnectionLost, ErrorKind::Temporary,
                          SmtpClient::tr("The connection to %1 was lost while waiting for %2. Try again later.")
                              .arg(where(), describeWait()));
        }
        emit q->transactionFinished(unsent);
    }

    bool wantsSmtpUtf8() const
    {
        if (!caps.smtpUtf8)
            return false;
        if (!isAscii(envelope.sender))
            return true;
        for (const QString& r : envelope.recipients) {
            if (!isAscii(r))
                return true;
        }
        return false;
    }

    // Everything that can be refused before a byte is sent.
    SmtpError checkEnvelope()
    {
        if (envelope.recipients.isEmpty()) {
            return makeError(SmtpFailure::InvalidAddress, ErrorKind::DataError,
                             SmtpClient::tr("The message has no recipients. Add at least one."));
        }
        if (!body) {
            return makeError(SmtpFailure::LocalIo, ErrorKind::IoError,
                             SmtpClient::tr("The message to send to %1 could not be read.").arg(where()));
        }
        if (envelope.body == Envelope::Body::EightBitMime && !caps.eightBitMime) {
            return makeError(SmtpFailure::EightBitUnsupported, ErrorKind::DataError,
                             SmtpClient::tr("The message has 8-bit content, but %1 does not offer 8BITMIME. Encode the "
                                            "message as quoted-printable or base64, or use another server.")
                                 .arg(where()));
        }
        if (caps.maxSize > 0 && bodySize > caps.maxSize) {
            return makeError(SmtpFailure::MessageTooLarge, ErrorKind::Permanent,
                             SmtpClient::tr("The message is %1, larger than the %2 that %3 accepts; it was not sent. "
                                            "Make it smaller (fewer or smaller attachments).")
                                 .arg(formatSize(bodySize), formatSize(caps.maxSize), where()));
        }
        const bool utf8 = wantsSmtpUtf8();
        QStringList all = envelope.recipients;
        all.prepend(envelope.sender);
        for (qsizetype i = 0; i < all.size(); ++i) {
            const Result<QByteArray> path = encodeSmtpPath(all.at(i), utf8);
            if (!path) {
                QString local, domain;
                const bool unicodeLocal = splitAddrSpec(all.at(i), &local, &domain) && !isAscii(local);
                return makeError(unicodeLocal ? SmtpFailure::NeedsSmtpUtf8 : SmtpFailure::InvalidAddress,
                                 ErrorKind::DataError, path.error().message());
            }
            if (i == 0)
                mailPath = path.value();
            else
                rcptPaths.append(path.value());
        }
        return {};
    }

    // In the user's language and number format ("2,0 KB" in Italian), as every size Postino shows.
    static QString formatSize(qint64 bytes)
    {
        return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    }

    QByteArray mailPath;

    SmtpCommand mailCommand() const
    {
        QByteArray line = "MAIL FROM:" + mailPath;
        if (caps.size)
            line += " SIZE=" + QByteArray::number(bodySize);
        if (envelope.body == Envelope::Body::EightBitMime && caps.eightBitMime)
            line += " BODY=8BITMIME";
        if (wantsSmtpUtf8())
            line += " SMTPUTF8";
        if (envelope.requestDsn && caps.dsn) {
            line += " RET=HDRS";
            if (!envelope.envelopeId.isEmpty())
                line += " ENVID=" + xtext(envelope.envelopeId);
        }
        return SmtpCommand::plain(line);
    }

    SmtpCommand rcptCommand(int index) const
    {
        QByteArray line = "RCPT TO:" + rcptPaths.at(index);
        if (envelope.requestDsn && caps.dsn) {
            line += " NOTIFY=SUCCESS,FAILURE";
            // ORCPT carries the address as given; rfc822 addresses are ASCII (RFC 3461), so a
            // UTF-8 address goes with its domain in A-labels, or without ORCPT if its local part is not ASCII.
            const QString address = envelope.recipients.at(index);
            QString local, domain;
            if (splitAddrSpec(address, &local, &domain) && isAscii(local)) {
                const QString ace = domainToAce(domain);
                if (!ace.isEmpty())
                    line += " ORCPT=rfc822;" + xtext(local.toLatin1() + '@' + ace.toLatin1());
            }
        }
        return SmtpCommand::plain(line);
    }

    // RFC 2920: with PIPELINING, MAIL and every RCPT go in one flight. DATA joins it only for a single
    // recipient: with several, only after every RCPT reply is in do we decide between DATA and RSET,
    // because a DATA answered 354 would commit us to delivering to the recipients that were accepted
    // even when another one was refused with 5xx.
    void startMail()
    {
        pipelined = caps.pipelining;
        setState(State::MailFrom);
        arm(s.timeouts.mail);
        send(envelopeFlight(&dataPipelined));
    }

    void onMailReply(const SmtpReply& reply)
    {
        mailReply = reply;
        mailAccepted = reply.code >= 200 && reply.code < 300;
        if (!mailAccepted && !reply.isTransient() && !reply.isPermanent()) {
            failUnexpected(reply, QStringLiteral("MAIL FROM"));
            return;
        }
        if (pipelined) {
            setState(State::RcptTo);
            arm(s.timeouts.rcpt);
            return;
        }
        if (!mailAccepted) {
            afterRecipients();
            return;
        }
        sendRcpt(0);
    }

    void sendRcpt(int index)
    {
        setState(State::RcptTo);
        arm(s.timeouts.rcpt);
        send(rcptCommand(index), {Expect::Rcpt, index});
    }

    void onRcptReply(int index, const SmtpReply& reply)
    {
        if (!reply.isPositive() && !reply.isTransient() && !reply.isPermanent()) {
            failUnexpected(reply, QStringLiteral("RCPT TO"));
            return;
        }
        if (reply.code >= 300 && reply.code < 400) {
            failUnexpected(reply, QStringLiteral("RCPT TO"));
            return;
        }
        RecipientResult& recipient = result.recipients[index];
        recipient.reply = reply;
        recipient.state = reply.isPositive() ? RecipientState::Accepted
            : reply.isTransient()            ? RecipientState::TemporaryFailure
                                             : RecipientState::PermanentFailure;
        emit q->recipientReplied(recipient.address, reply);
        if (finished)
            return;
        const bool last = index + 1 >= rcptPaths.size();
        if (pipelined) {
            if (last)
                afterRecipients();
            else
                arm(s.timeouts.rcpt);
            return;
        }
        if (reply.isPermanent() || last)
            afterRecipients();
        else
            sendRcpt(index + 1);
    }

    void afterRecipients()
    {
        for (RecipientResult& r : result.recipients) {
            if (r.state == RecipientState::Pending)
                r.state = RecipientState::NotAttempted;
        }
        if (!mailAccepted) {
            for (RecipientResult& r : result.recipients)
                r.state = RecipientState::NotAttempted;
            const bool temporary = mailReply.isTransient();
            abandon(makeError(temporary ? SmtpFailure::TransientReply : SmtpFailure::PermanentReply,
                              temporary ? ErrorKind::Temporary : ErrorKind::Permanent,
                              SmtpClient::tr("%1 refused the sender %2 (%3); nothing was sent.")
                                  .arg(where(), envelope.sender, mailReply.toString()),
                              mailReply));
            return;
        }
        int accepted = 0;
        const RecipientResult* refused = nullptr;
        QStringList refusedNames;
        for (const RecipientResult& r : qAsConst(result.recipients)) {
            if (r.state == RecipientState::Accepted)
                ++accepted;
            if (r.state == RecipientState::PermanentFailure) {
                if (!refused)
                    refused = &r;
                refusedNames.append(r.address);
            }
        }
        if (refused) {
            // Nobody gets a partial send: the accepted ones are abandoned too.
            for (RecipientResult& r : result.recipients) {
                if (r.state == RecipientState::Accepted || r.state == RecipientState::TemporaryFailure)
                    r.state = RecipientState::NotAttempted;
            }
            abandon(makeError(
                SmtpFailure::PermanentReply, ErrorKind::Permanent,
                SmtpClient::tr("%1 refused the recipient %2 (%3); the message was sent to nobody, so "
                               "that no one gets a partial send. Correct or remove %4 and send again.")
                    .arg(where(), refused->address, refused->reply.toString(), refusedNames.join(QLatin1String(", "))),
                refused->reply));
            return;
        }
        if (accepted == 0) {
            const SmtpReply first = result.recipients.value(0).reply;
            abandon(makeError(SmtpFailure::TransientReply, ErrorKind::Temporary,
                              SmtpClient::tr("%1 refused every recipient for now (%2); nothing was sent. Try again "
                                             "later.")
                                  .arg(where(), first.toString()),
                              first));
            return;
        }
        setState(State::Data);
        arm(s.timeouts.data);
        if (!dataPipelined)
            send(SmtpCommand::plain("DATA"), {Expect::Data});
    }

    void abandon(const SmtpError& error)
    {
        abandonError = error;
        if (dataPipelined) {
            // DATA is on its way: its reply (503/554, nothing to send to) comes before RSET's.
            dataPipelined = false;
            abandonAtData = true;
            setState(State::Data);
            arm(s.timeouts.data);
            return;
        }
        setState(State::Resetting);
        arm(s.timeouts.command);
        send(SmtpCommand::plain("RSET"), {Expect::Rset, 1});
    }

    void onRsetReply(int purpose, const SmtpReply& reply)
    {
        if (reply.code != 250) {
            failUnexpected(reply, QStringLiteral("RSET"));
            return;
        }
        needRset = false;
        if (purpose == 0) {
            startMail();
            return;
        }
        finishTransaction(abandonError);
        becomeReadyAfterTransaction();
    }

    void onDataReply(const SmtpReply& reply)
    {
        if (abandonAtData) {
            abandonAtData = false;
            if (reply.code == 354) {
                // It wants the message although nobody may have it: report the refusal, then drop the
                // connection without sending a byte, which makes the server discard the transaction.
                finishTransaction(abandonError);
                failProtocol(SmtpClient::tr("the server answered DATA with 354 although no recipient was "
                                            "accepted."));
                return;
            }
            setState(State::Resetting);
            arm(s.timeouts.command);
            send(SmtpCommand::plain("RSET"), {Expect::Rset, 1});
            return;
        }
        if (reply.code == 354) {
            startUpload();
            return;
        }
        if (!reply.isTransient() && !reply.isPermanent()) {
            failUnexpected(reply, QStringLiteral("DATA"));
            return;
        }
        needRset = true;
        finishRefused(reply, SmtpClient::tr("DATA"));
    }

    // A 4xx/5xx to DATA or to the final dot: nothing was delivered.
    void finishRefused(const SmtpReply& reply, const QString& step)
    {
        const bool temporary = reply.isTransient();
        for (RecipientResult& r : result.recipients) {
            if (r.state == RecipientState::Accepted)
                r.state = temporary ? RecipientState::TemporaryFailure : RecipientState::PermanentFailure;
        }
        result.finalReply = reply;
        finishTransaction(makeError(
            temporary ? SmtpFailure::TransientReply : SmtpFailure::PermanentReply,
            temporary ? ErrorKind::Temporary : ErrorKind::Permanent,
            temporary ? SmtpClient::tr("%1 did not take the message at %2 (%3); nothing was delivered. It can be sent "
                                       "again later.")
                            .arg(where(), step, reply.toString())
                      : SmtpClient::tr("%1 refused the message at %2 (%3); nothing was delivered. Read the server's "
                                       "reason, change the message and send again.")
                            .arg(where(), step, reply.toString()),
            reply));
        becomeReadyAfterTransaction();
    }

    // --- the upload ---

    void releaseFinalDot()
    {
        if (dotReleased)
            return;
        dotReleased = true;
        if (dotWanted && state == State::Uploading && !terminatorQueued && !finished)
            queueTerminator();
    }

    void startUpload()
    {
        dotWanted = false;
        dotReleased = false;
        setState(State::Uploading);
        atLineStart = true;
        previousCr = false;
        terminatorQueued = false;
        inputRead = outputQueued = outputWritten = 0;
        progressMarks.clear();
        arm(s.timeouts.dataBlock);
        if (body && body->isSequential()) {
            bodyReadyRead = QObject::connect(body, &QIODevice::readyRead, q, [this] {
                if (state == State::Uploading)
                    pumpBody();
            });
        }
        pumpBody();
    }

    // CRLF normalisation and dot-stuffing (RFC 5321 section 4.5.2), carried across chunk boundaries.
    QByteArray encode(const char* data, qint64 size)
    {
        QByteArray out;
        out.reserve(static_cast<qsizetype>(size + size / 8 + 16));
        qint64 i = 0;
        while (i < size) {
            const char c = data[i];
            if (c == '\r') {
                out.append("\r\n");
                atLineStart = true;
                previousCr = true;
                ++i;
                continue;
            }
            if (c == '\n') {
                if (!previousCr) {
                    out.append("\r\n");
                    atLineStart = true;
                }
                previousCr = false;
                ++i;
                continue;
            }
            previousCr = false;
            if (atLineStart && c == '.')
                out.append('.');
            atLineStart = false;
            // The rest of the line goes in one piece.
            qint64 end = i + 1;
            while (end < size && data[end] != '\r' && data[end] != '\n')
                ++end;
            out.append(data + i, static_cast<qsizetype>(end - i));
            i = end;
        }
        return out;
    }

    void pumpBody()
    {
        if (finished || terminatorQueued)
            return;
        QByteArray buffer(static_cast<qsizetype>(bodyChunk), Qt::Uninitialized);
        // Backpressure: plaintext and ciphertext waiting in the socket together stay under writeAhead.
        while (!terminatorQueued && socket->bytesToWrite() + socket->encryptedBytesToWrite() < writeAhead) {
            if (!body) {
                failLocalIo(SmtpClient::tr("the message source went away"));
                return;
            }
            const qint64 n = body->read(buffer.data(), bodyChunk);
            if (n < 0) {
                failLocalIo(body->errorString());
                return;
            }
            if (n == 0) {
                if (body->isSequential() && !body->atEnd())
                    return; // more comes with readyRead
                if (s.holdFinalDot && !dotReleased) {
                    if (!dotWanted) {
                        dotWanted = true;
                        emit q->finalDotWanted(); // may call releaseFinalDot() at once
                    }
                    return;
                }
                queueTerminator();
                return;
            }
            inputRead += n;
            const QByteArray out = encode(buffer.constData(), n);
            outputQueued += out.size();
            progressMarks.enqueue(qMakePair(outputQueued, inputRead));
            socket->write(out);
        }
    }

    void queueTerminator()
    {
        QByteArray tail;
        if (!atLineStart)
            tail += "\r\n";
        tail += ".\r\n";
        terminatorQueued = true;
        outputQueued += tail.size();
        progressMarks.enqueue(qMakePair(outputQueued, inputRead));
        QObject::disconnect(bodyReadyRead);
        note(QStringLiteral("message: %1 bytes read, %2 bytes sent").arg(inputRead).arg(outputQueued));
        if (transcript)
            transcript->addClient(SmtpCommand::plain("."));
        expected.enqueue({Expect::DataEnd, 0, ++commandsSent});
        socket->write(tail);
        writeNext();
    }

    void onBytesWritten(qint64 n)
    {
        if (state != State::Uploading || finished)
            return;
        outputWritten += n;
        arm(s.timeouts.dataBlock);
        qint64 reached = -1;
        while (!progressMarks.isEmpty() && progressMarks.head().first <= outputWritten)
            reached = progressMarks.dequeue().second;
        if (reached >= 0)
            emit q->uploadProgress(reached, bodySize);
        if (finished)
            return;
        if (terminatorQueued) {
            if (socket->bytesToWrite() == 0 && progressMarks.isEmpty()) {
                setState(State::AwaitingFinalReply);
                arm(s.timeouts.dataTerm);
            }
            return;
        }
        pumpBody();
    }

    void onFinalReply(const SmtpReply& reply)
    {
        if (!reply.isPositive() && !reply.isTransient() && !reply.isPermanent()) {
            failUnexpected(reply, SmtpClient::tr("the end of the message"));
            return;
        }
        if (reply.code >= 300 && reply.code < 400) {
            result.outcomeUnknown = true;
            failUnexpected(reply, SmtpClient::tr("the end of the message"));
            return;
        }
        if (!reply.isPositive()) {
            finishRefused(reply, SmtpClient::tr("the end of the message"));
            return;
        }
        result.delivered = true;
        result.finalReply = reply;
        QStringList later;
        for (RecipientResult& r : result.recipients) {
            if (r.state == RecipientState::Accepted)
                r.state = RecipientState::Delivered;
            else if (r.state == RecipientState::TemporaryFailure)
                later.append(r.address);
        }
        SmtpError error;
        if (!later.isEmpty()) {
            error = makeError(SmtpFailure::TransientReply, ErrorKind::Temporary,
                              SmtpClient::tr("%1 took the message for some recipients but refused %2 for now; send "
                                             "again to those later.")
                                  .arg(where(), later.join(QLatin1String(", "))));
        }
        finishTransaction(error);
        becomeReadyAfterTransaction();
    }

    void failLocalIo(const QString& reason)
    {
        // The server holds a partial message; dropping the connection makes it discard it.
        fail(makeError(SmtpFailure::LocalIo, ErrorKind::IoError,
                       SmtpClient::tr("The message could not be read while sending it to %1 (%2); nothing was "
                                      "delivered. Check the file and send again.")
                           .arg(where(), reason)));
    }

    void finishTransactionLater(const SmtpError& error)
    {
        for (RecipientResult& r : result.recipients)
            r.state = RecipientState::NotAttempted;
        result.error = error;
        transaction = false;
        body = nullptr;
        const TransactionResult done = result;
        QMetaObject::invokeMethod(
            q, [this, done] { emit q->transactionFinished(done); }, Qt::QueuedConnection);
    }

    void finishTransaction(const SmtpError& error)
    {
        if (!transaction)
            return;
        transaction = false;
        QObject::disconnect(bodyReadyRead);
        body = nullptr;
        for (RecipientResult& r : result.recipients) {
            if (r.state == RecipientState::Pending)
                r.state = RecipientState::NotAttempted;
        }
        result.error = error;
        if (error.isError())
            qCInfo(lcSmtp).noquote() << "transaction failed:" << smtpFailureName(error.failure) << error.message;
        reporting = true;
        emit q->transactionFinished(result);
        reporting = false;
    }

    void becomeReadyAfterTransaction()
    {
        if (finished)
            return;
        timer->stop();
        setState(State::Ready);
        promoteNext();
    }

    // --- ending ---

    SmtpError makeError(SmtpFailure failure, ErrorKind kind, const QString& message, const SmtpReply& reply = {}) const
    {
        SmtpError error;
        error.failure = failure;
        error.kind = kind;
        error.message = message;
        error.reply = reply;
        return error;
    }

    void failProtocol(const QString& what)
    {
        fail(
            makeError(SmtpFailure::ProtocolError, ErrorKind::Temporary,
                      SmtpClient::tr("Protocol error talking to %1: %2 The connection was closed; try again later, and "
                                     "tell the server's administrator if it persists.")
                          .arg(where(), what)));
    }

    // Ends the session: the transaction (if any) is reported first, then failed().
    void fail(const SmtpError& error)
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

    void dropSocket()
    {
        if (!socket)
            return;
        QObject::disconnect(socket, nullptr, q, nullptr);
        socket->abort();
        socket->deleteLater();
        socket = nullptr;
    }

    void onTimeout()
    {
        if (finished)
            return;
        if (state == State::Quitting) {
            closeDone();
            return;
        }
        const bool afterDot = state == State::AwaitingFinalReply || (state == State::Uploading && terminatorQueued);
        const QString waitingFor = describeWait();
        const qint64 seconds = timer->interval() / 1000;
        if (afterDot) {
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

    QString describeWait() const
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

    void onSocketError(QAbstractSocket::SocketError socketError)
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

    void onDisconnected()
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
        const bool afterDot = state == State::AwaitingFinalReply || (state == State::Uploading && terminatorQueued);
        if (afterDot) {
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

    void close()
    {
        if (finished)
            return;
        if (state == State::Idle || !socket) {
            finished = true;
            setState(State::Closed);
            QMetaObject::invokeMethod(
                q, [this] { emit q->closed(); }, Qt::QueuedConnection);
            return;
        }
        if (state == State::Quitting)
            return;
        if (state != State::Ready && state != State::Authenticating) {
            abort();
            return;
        }
        waitingForPassword = false;
        setState(State::Quitting);
        arm(qMin(s.timeouts.command, quitTimeout));
        send(SmtpCommand::plain("QUIT"), {Expect::Quit});
    }

    void closeDone()
    {
        if (finished)
            return;
        finished = true;
        timer->stop();
        if (socket) {
            QObject::disconnect(socket, nullptr, q, nullptr);
            socket->disconnectFromHost();
            socket->deleteLater();
            socket = nullptr;
        }
        setState(State::Closed);
        emit q->closed();
    }

    void abort()
    {
        if (finished)
            return;
        finished = true;
        timer->stop();
        const SmtpError cancelled = makeError(SmtpFailure::Cancelled, ErrorKind::Temporary,
                                              SmtpClient::tr("Sending to %1 was cancelled.").arg(where()));
        if (transaction)
            finishTransaction(cancelled);
        finishNext(cancelled);
        dropSocket();
        setState(State::Closed);
        emit q->closed();
    }
};

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
