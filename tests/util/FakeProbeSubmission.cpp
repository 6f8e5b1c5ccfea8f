#include "FakeProbeSubmission.h"

namespace Postino::Test {

namespace {
int g_live = 0;
}

FakeProbeSubmission::FakeProbeSubmission(const SubmissionSettings& settings, FakeServerScript script)
    : m_settings(settings)
    , m_script(std::move(script))
    , m_timer(settings.clock)
    , m_greetingTimer(settings.clock)
{
    ++g_live;
    connect(&m_timer, &ClockTimer::timeout, this, [this] { decide(); });
    connect(&m_greetingTimer, &ClockTimer::timeout, this, [this] { greet(); });
}

FakeProbeSubmission::~FakeProbeSubmission()
{
    --g_live;
}

int FakeProbeSubmission::liveCount()
{
    return g_live;
}

void FakeProbeSubmission::open()
{
    m_state = State::Connecting;
    if (m_script.blackhole) {
        m_timer.start(m_settings.timeouts.connect);
        return;
    }
    if (m_script.silent) {
        m_state = State::Greeting;
        return;
    }
    if (m_script.failure == SmtpFailure::ConnectionRefused) {
        m_timer.start(m_script.delayMs);
        return;
    }
    m_state = State::Greeting;
    if (m_script.greetingMs <= 0)
        greet();
    else
        m_greetingTimer.start(m_script.greetingMs);
    m_timer.start(m_script.delayMs);
}

void FakeProbeSubmission::greet()
{
    m_greeting.code = 220;
    m_greeting.lines = {m_settings.endpoint.host.toUtf8() + " ESMTP fake"};
    m_state = State::Ehlo;
}

void FakeProbeSubmission::decide()
{
    if (m_script.blackhole) {
        m_state = State::Closed;
        SmtpError error;
        error.failure = SmtpFailure::Timeout;
        error.message = QStringLiteral("no answer to the connection within %1 ms").arg(m_settings.timeouts.connect);
        emit failed(error);
        return;
    }
    m_greetingTimer.stop();
    if (m_greeting.code == 0 && m_script.failure != SmtpFailure::ConnectionRefused)
        greet();
    SmtpError error;
    error.failure = m_script.failure;
    error.reply = m_script.reply;
    error.message = m_script.message;
    const bool reachedEhlo = error.failure == SmtpFailure::None || error.failure == SmtpFailure::AuthFailed
        || error.failure == SmtpFailure::AuthUnsupported;
    if (reachedEhlo) {
        m_capabilities.raw = m_script.capabilities;
        m_capabilities.maxSize = m_script.maxSize;
        m_capabilities.esmtp = true;
        m_capabilities.serverName = m_script.serverName.isEmpty() ? m_settings.endpoint.host : m_script.serverName;
        for (const QString& line : qAsConst(m_capabilities.raw)) {
            if (line.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0)
                m_capabilities.startTls = true;
        }
        if (m_settings.endpoint.security != Security::None) {
            m_tls.encrypted = true;
            m_tls.protocol = m_script.tlsProtocol;
            m_tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
            m_tls.peer.subject = QStringLiteral("CN=") + m_settings.endpoint.host;
            m_tls.peer.issuer = QStringLiteral("CN=Postino Test CA");
            m_tls.peer.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
            m_tls.peer.sha256 = QByteArrayLiteral("ab12");
        }
    }
    if (error.failure == SmtpFailure::None && m_settings.credentials.wanted()) {
        m_auth = AuthMechanism::Plain;
        if (!m_script.acceptedUsernames.isEmpty()
            && !m_script.acceptedUsernames.contains(m_settings.credentials.username)) {
            error.failure = SmtpFailure::AuthFailed;
            error.reply.code = 535;
            error.reply.enhanced = QByteArrayLiteral("5.7.8");
            error.reply.lines = {QByteArrayLiteral("Authentication credentials invalid")};
            error.message = QStringLiteral("authentication failed");
        }
    }
    if (error.failure == SmtpFailure::None) {
        m_state = State::Ready;
        emit ready();
    } else {
        m_state = State::Closed;
        emit failed(error);
    }
}

void FakeProbeSubmission::send(const Postino::Envelope&, QIODevice*, qint64) { }

QStringList& FakeProbeSubmissionFactory::recipientChecks()
{
    static QStringList checks;
    return checks;
}

void FakeProbeSubmission::checkRecipients(const Postino::Envelope& envelope)
{
    FakeProbeSubmissionFactory::recipientChecks().append(
        QStringLiteral("%1:%2 %3 -> %4")
            .arg(m_settings.endpoint.host)
            .arg(m_settings.endpoint.port)
            .arg(envelope.sender, envelope.recipients.join(QLatin1Char(','))));
    TransactionResult result;
    const bool mailOk = m_script.mailReply.code == 0 || m_script.mailReply.isPositive();
    for (const QString& address : envelope.recipients) {
        RecipientResult r;
        r.address = address;
        if (!mailOk) {
            r.state = RecipientState::NotAttempted;
        } else {
            r.reply = m_script.rcpt.value(address);
            if (r.reply.code == 0) {
                r.reply.code = 250;
                r.reply.lines = {QByteArrayLiteral("Ok")};
            }
            r.state = r.reply.isPositive() ? RecipientState::Accepted
                : r.reply.isTransient()    ? RecipientState::TemporaryFailure
                                           : RecipientState::PermanentFailure;
        }
        result.recipients.append(r);
    }
    if (!mailOk) {
        result.error.failure = SmtpFailure::PermanentReply;
        result.error.kind = ErrorKind::Permanent;
        result.error.reply = m_script.mailReply;
        result.error.message = QStringLiteral("refused the sender");
    }
    QMetaObject::invokeMethod(
        this, [this, result] { emit transactionFinished(result); }, Qt::QueuedConnection);
}

void FakeProbeSubmission::close()
{
    m_timer.stop();
    m_greetingTimer.stop();
    m_state = State::Closed;
    QMetaObject::invokeMethod(
        this, [this] { emit closed(); }, Qt::QueuedConnection);
}

void FakeProbeSubmission::abort()
{
    m_timer.stop();
    m_greetingTimer.stop();
    m_state = State::Closed;
}

void FakeProbeSubmission::providePassword(const QString&) { }

QString FakeProbeSubmissionFactory::keyOf(const QString& host, quint16 port, Security security)
{
    const char* word = security == Security::Tls ? "tls" : security == Security::StartTls ? "starttls" : "none";
    return host.toLower() + QLatin1Char(':') + QString::number(port) + QLatin1Char(':') + QLatin1String(word);
}

void FakeProbeSubmissionFactory::script(const QString& host, quint16 port, Security security,
                                        const FakeServerScript& script)
{
    m_scripts.insert(keyOf(host, port, security), script);
}

std::unique_ptr<Submission> FakeProbeSubmissionFactory::create(const SubmissionSettings& settings)
{
    m_created.append(settings);
    const ServerEndpoint& e = settings.endpoint;
    FakeServerScript script = m_scripts.value(keyOf(e.host, e.port, e.security), unknown);
    if (!m_scripts.contains(keyOf(e.host, e.port, e.security)) && unknown.failure == SmtpFailure::None
        && !unknown.blackhole) {
        script.failure = SmtpFailure::ConnectionRefused;
        script.message = QStringLiteral("Connection refused");
        script.delayMs = 1;
    }
    return std::make_unique<FakeProbeSubmission>(settings, script);
}

QStringList FakeProbeSubmissionFactory::usernamesTried(const QString& host, quint16 port) const
{
    QStringList names;
    for (const SubmissionSettings& s : m_created) {
        if (s.endpoint.host == host && s.endpoint.port == port)
            names.append(s.credentials.username);
    }
    return names;
}

} // namespace Postino::Test
