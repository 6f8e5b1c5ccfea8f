#include "SmtpClient_p.h"

#include "common/Clock.h"
#include "common/Log.h"
#include "common/SecretMemory.h"
#include "smtp/Sasl.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

// SmtpClient::Private, the connection: connect, greeting, EHLO (or HELO), STARTTLS, the server's
// certificate, AUTH; and its end: QUIT, or abort.

namespace Postino {

namespace {

constexpr qint64 socketReadBuffer = 1024 * 1024; // bounds what the socket itself buffers
constexpr qint64 quitTimeout = 10'000;

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

void SmtpClient::Private::open()
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

void SmtpClient::Private::onConnected()
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

void SmtpClient::Private::onEncrypted()
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

QString SmtpClient::Private::heloName() const
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

void SmtpClient::Private::sendEhlo()
{
    setState(State::Ehlo);
    arm(s.timeouts.command);
    send(SmtpCommand::plain("EHLO " + heloName().toUtf8()), {Expect::Ehlo});
}

void SmtpClient::Private::onGreeting(const SmtpReply& reply)
{
    greeting = reply;
    if (reply.code != 220) {
        failUnexpected(reply, SmtpClient::tr("the connection"));
        return;
    }
    sendEhlo();
}

void SmtpClient::Private::onEhlo(const SmtpReply& reply)
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

void SmtpClient::Private::onHelo(const SmtpReply& reply)
{
    if (reply.code != 250) {
        failUnexpected(reply, QStringLiteral("HELO"));
        return;
    }
    caps = Capabilities();
    afterHello();
}

void SmtpClient::Private::afterHello()
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

void SmtpClient::Private::onStartTlsReply(const SmtpReply& reply)
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

void SmtpClient::Private::onSslErrors(const QList<QSslError>& errors)
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
    const QByteArray pin = CertificateInfo::normalisedPin(s.endpoint.pinnedSha256);
    if (info.matchesPin(pin)) {
        // Exactly these errors, for exactly this certificate: never a blanket ignoreSslErrors().
        socket->ignoreSslErrors(errors);
        tls.pinned = true;
        note(QStringLiteral("certificate accepted by its pinned SHA-256 fingerprint %1").arg(QString::fromLatin1(pin)));
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
                          .arg(where(), error.certificateProblems.join(QLatin1String("; ")), info.subject, info.issuer,
                               validity, QString::fromLatin1(info.sha256));
    if (!pin.isEmpty()) {
        message +=
            QLatin1Char(' ') + SmtpClient::tr("It is not the pinned certificate (%1).").arg(QString::fromLatin1(pin));
    }
    message += QLatin1Char(' ')
        + SmtpClient::tr("If you trust this certificate, pin it with --trust-fingerprint %1.")
              .arg(QString::fromLatin1(info.sha256));
    error.message = message;
    certificateError = error;
    // The handshake now fails (SslHandshakeFailedError), which reports certificateError.
}

QString SmtpClient::Private::describe(const QSslError& error, const CertificateInfo& info) const
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

void SmtpClient::Private::startAuth()
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

void SmtpClient::Private::beginAuth(AuthMechanism mechanism)
{
    SecretMemory::protectProcess();
    sasl = SaslMechanism::create(mechanism, s.credentials.username, s.credentials.secret);
    authUsed = mechanism;
    std::optional<QByteArray> initial = sasl->initialResponse();
    arm(s.timeouts.command);
    if (initial) {
        send(SmtpCommand::auth(sasl->name(), initial->isEmpty() ? QByteArray("=") : initial->toBase64()),
             {Expect::Auth});
        SecretMemory::wipe(*initial);
    } else {
        send(SmtpCommand::auth(sasl->name()), {Expect::Auth});
    }
}

void SmtpClient::Private::providePassword(const QString& secret)
{
    if (!waitingForPassword || finished)
        return;
    waitingForPassword = false;
    s.credentials.secret = secret;
    beginAuth(pendingMechanism);
}

void SmtpClient::Private::onAuthReply(const SmtpReply& reply)
{
    if (reply.code == 334 && sasl) {
        const QByteArray challenge = QByteArray::fromBase64(reply.lines.value(0).trimmed());
        Result<QByteArray> response = sasl->respond(challenge);
        if (!response) {
            fail(makeError(SmtpFailure::AuthFailed, response.error().kind(),
                           SmtpClient::tr("Authentication with %1 failed: %2").arg(where(), response.error().message()),
                           reply));
            return;
        }
        arm(s.timeouts.command);
        send(SmtpCommand::secret(response.value().toBase64()), {Expect::Auth});
        SecretMemory::wipe(response.value());
        return;
    }
    if (reply.code == 235) {
        const Status verified = sasl ? sasl->finish() : Status();
        sasl.reset();
        if (!verified) {
            fail(makeError(SmtpFailure::AuthFailed, verified.error().kind(),
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

void SmtpClient::Private::becomeReady()
{
    timer->stop();
    setState(State::Ready);
    qCInfo(lcSmtp).noquote() << "ready:" << where();
    emit q->ready();
}

void SmtpClient::Private::close()
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

void SmtpClient::Private::closeDone()
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

void SmtpClient::Private::abort()
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
} // namespace Postino
