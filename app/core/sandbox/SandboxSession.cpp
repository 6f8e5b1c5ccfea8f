#include "SandboxSession.h"
#include "common/Text.h"

#include "SandboxMailbox.h"
#include "common/Clock.h"
#include "common/Log.h"

#include <QPointer>
#include <QTcpSocket>

#include <algorithm>

namespace Postino {

namespace {

constexpr qint64 ReadChunk = 64 * 1024;

bool startsWithNoCase(const QByteArray& text, const QByteArray& prefix)
{
    return text.size() >= prefix.size() && text.left(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

// "<path> PARAM=VALUE ..." after "FROM:" / "TO:". Returns false when there is no <...>.
bool splitPath(const QByteArray& text, QByteArray* path, QList<QByteArray>* params)
{
    const QByteArray trimmed = text.trimmed();
    if (!trimmed.startsWith('<'))
        return false;
    qsizetype end = -1;
    bool quoted = false;
    for (qsizetype i = 1; i < trimmed.size(); ++i) {
        const char c = trimmed.at(i);
        if (c == '\\' && quoted) {
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == '>' && !quoted) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return false;
    QByteArray inner = trimmed.mid(1, end - 1);
    // A source route ("@a,@b:user@c", RFC 5321 section 4.1.2) is accepted and ignored.
    if (inner.startsWith('@')) {
        const qsizetype colon = inner.indexOf(':');
        if (colon < 0)
            return false;
        inner = inner.mid(colon + 1);
    }
    *path = inner;
    const QByteArray rest = trimmed.mid(end + 1).simplified();
    params->clear();
    if (!rest.isEmpty())
        *params = rest.split(' ');
    return true;
}

// AUTH payloads never reach the trace: only the verb and the mechanism are shown.
QByteArray redactedForTrace(const QByteArray& line)
{
    if (line.left(5).compare("AUTH ", Qt::CaseInsensitive) != 0)
        return line;
    const qsizetype space = line.indexOf(' ', 5);
    return space < 0 ? line : line.left(space) + " [redacted]";
}

bool isPlausibleMailbox(const QByteArray& address)
{
    const qsizetype at = address.lastIndexOf('@');
    if (at <= 0 || at == address.size() - 1)
        return false;
    return std::none_of(address.cbegin(), address.cend(), [](char c) { return c == ' ' || c == '\t'; });
}

} // namespace

SandboxSession::SandboxSession(QTcpSocket* socket, SandboxMailbox* mailbox, const SandboxLimits& limits, Clock* clock,
                               QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_mailbox(mailbox)
    , m_limits(limits)
    , m_clock(Clock::orSystem(clock))
    , m_idle(new ClockTimer(m_clock, this))
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(ReadChunk);
    connect(m_socket, &QTcpSocket::readyRead, this, &SandboxSession::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_state = State::Closed;
        m_idle->stop();
        emit finished();
    });
    connect(m_idle, &ClockTimer::timeout, this,
            [this] { closeWith("421 4.4.2 Idle for too long, closing the connection"); });
}

SandboxSession::~SandboxSession() = default;

void SandboxSession::start()
{
    reply("220 127.0.0.1 ESMTP Postino sandbox: messages are captured here and never delivered");
    m_idle->start(m_limits.idleTimeoutMs);
}

void SandboxSession::abort()
{
    m_state = State::Closed;
    m_idle->stop();
    m_socket->abort();
}

void SandboxSession::reply(const QByteArray& text)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    qCDebug(lcSmtp).noquote() << "sandbox S:" << QString::fromUtf8(text);
    m_socket->write(text + "\r\n");
}

void SandboxSession::error(const QByteArray& text)
{
    reply(text);
    if (++m_errors >= m_limits.maxErrors)
        closeWith("421 4.7.0 Too many errors, closing the connection");
}

void SandboxSession::closeWith(const QByteArray& text)
{
    if (m_state == State::Closed)
        return;
    reply(text);
    m_state = State::Closed;
    m_idle->stop();
    m_buffer.clear();
    m_socket->disconnectFromHost(); // writes what is pending first
}

void SandboxSession::resetTransaction()
{
    m_hasSender = false;
    m_sender.clear();
    m_recipients.clear();
    m_smtpUtf8 = false;
    m_data.clear();
    m_dataSize = 0;
    m_dataTooBig = false;
    m_dataLineTooLong = false;
}

void SandboxSession::onReadyRead()
{
    if (m_state == State::Closed) {
        m_socket->readAll(); // after QUIT: nothing more is read
        return;
    }
    m_idle->start(m_limits.idleTimeoutMs);
    drain();
}

void SandboxSession::drain()
{
    for (;;) {
        processBuffered();
        if (m_state == State::Closed || m_state == State::Storing || m_socket->bytesAvailable() <= 0)
            return;
        m_buffer.append(m_socket->read(ReadChunk));
    }
}

void SandboxSession::processBuffered()
{
    qsizetype start = 0;
    while (m_state != State::Closed && m_state != State::Storing) {
        const qsizetype eol = m_buffer.indexOf('\n', start);
        if (eol < 0)
            break;
        QByteArray line = m_buffer.mid(start, eol - start);
        start = eol + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_discardingLine) {
            m_discardingLine = false; // the end of an overlong line, already answered
            continue;
        }
        if (line.size() > m_limits.maxLineLength) {
            if (m_state == State::Data)
                m_dataLineTooLong = true;
            else
                error("500 5.5.6 Line too long");
            continue;
        }
        processLine(line);
    }
    m_buffer.remove(0, start);
    if (m_state == State::Storing)
        return; // what follows the message waits, whole lines or not
    // A line that does not end within the limit is answered now and skipped up to its end.
    if (m_buffer.size() > m_limits.maxLineLength + 1 && m_state != State::Closed) {
        m_buffer.clear();
        if (!m_discardingLine) {
            m_discardingLine = true;
            if (m_state == State::Data)
                m_dataLineTooLong = true;
            else
                error("500 5.5.6 Line too long");
        }
    } else if (m_discardingLine) {
        m_buffer.clear();
    }
}

void SandboxSession::processLine(const QByteArray& line)
{
    switch (m_state) {
    case State::Data:
        handleDataLine(line);
        break;
    case State::AuthPlain:
    case State::AuthLoginUser:
    case State::AuthLoginPassword:
        qCDebug(lcSmtp).noquote() << "sandbox C: [redacted authentication response]";
        handleAuthResponse(line);
        break;
    case State::Command:
        qCDebug(lcSmtp).noquote() << "sandbox C:" << QString::fromUtf8(redactedForTrace(line));
        handleCommand(line);
        break;
    case State::Storing:
    case State::Closed:
        break;
    }
}

void SandboxSession::handleCommand(const QByteArray& line)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
    const QByteArray argument = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();

    if (verb == "EHLO" || verb == "HELO") {
        handleHello(verb, argument);
    } else if (verb == "MAIL") {
        handleMail(argument);
    } else if (verb == "RCPT") {
        handleRcpt(argument);
    } else if (verb == "DATA") {
        if (!argument.isEmpty())
            error("501 5.5.4 DATA takes no argument");
        else if (!m_hasSender)
            error("503 5.5.1 Send MAIL FROM first");
        else if (m_recipients.isEmpty())
            error("503 5.5.1 Send RCPT TO first: no valid recipients yet");
        else {
            m_state = State::Data;
            reply("354 Go ahead; end with <CR><LF>.<CR><LF>");
        }
    } else if (verb == "RSET") {
        resetTransaction();
        reply("250 2.0.0 Reset");
    } else if (verb == "NOOP") {
        reply("250 2.0.0 OK");
    } else if (verb == "QUIT") {
        closeWith("221 2.0.0 Bye");
    } else if (verb == "VRFY") {
        if (argument.isEmpty())
            error("501 5.5.4 VRFY needs an address");
        else
            reply("252 2.5.0 Cannot verify the user, but the sandbox will accept the message");
    } else if (verb == "EXPN") {
        error("502 5.5.1 EXPN is not offered by the sandbox");
    } else if (verb == "HELP") {
        reply("214 2.0.0 Commands: EHLO HELO MAIL RCPT DATA RSET NOOP QUIT VRFY AUTH HELP");
    } else if (verb == "AUTH") {
        handleAuth(argument);
    } else if (verb == "STARTTLS") {
        error("502 5.5.1 STARTTLS is not offered by the sandbox: it only listens on this computer");
    } else {
        error("500 5.5.2 Command not recognized");
    }
}

void SandboxSession::handleHello(const QByteArray& verb, const QByteArray& argument)
{
    if (argument.isEmpty()) {
        error("501 5.5.4 " + verb + " needs your host name");
        return;
    }
    resetTransaction();
    m_greeted = true;
    m_esmtp = verb == "EHLO";
    if (!m_esmtp) {
        reply("250 127.0.0.1 Hello " + argument);
        return;
    }
    reply("250-127.0.0.1 Hello " + argument + "\r\n250-PIPELINING\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250-SIZE "
          + QByteArray::number(m_limits.maxMessageSize) + "\r\n250-ENHANCEDSTATUSCODES\r\n250 AUTH PLAIN LOGIN");
}

void SandboxSession::handleMail(const QByteArray& argument)
{
    if (!m_greeted) {
        error("503 5.5.1 Send EHLO or HELO first");
        return;
    }
    if (m_hasSender) {
        error("503 5.5.1 A MAIL command was already given; send RSET to start again");
        return;
    }
    QByteArray path;
    QList<QByteArray> params;
    if (!startsWithNoCase(argument, "FROM:") || !splitPath(argument.mid(5), &path, &params)) {
        error("501 5.5.4 Syntax: MAIL FROM:<address> [parameters]");
        return;
    }
    bool smtpUtf8 = false;
    if (const QByteArray refusal = mailParameterRefusal(params, &smtpUtf8); !refusal.isEmpty()) {
        error(refusal);
        return;
    }
    if (!path.isEmpty() && !isPlausibleMailbox(path)) {
        error("553 5.1.7 The sender address is not valid");
        return;
    }
    if (!isAscii(path) && !smtpUtf8) {
        error("553 5.6.7 A non-ASCII address needs the SMTPUTF8 parameter");
        return;
    }
    m_hasSender = true;
    m_smtpUtf8 = smtpUtf8;
    m_sender = QString::fromUtf8(path);
    reply("250 2.1.0 Sender OK");
}

// The reply that refuses MAIL's parameters, or empty when they are all fine; *smtpUtf8 when SMTPUTF8 is
// among them.
QByteArray SandboxSession::mailParameterRefusal(const QList<QByteArray>& params, bool* smtpUtf8) const
{
    for (const QByteArray& param : params) {
        const qsizetype eq = param.indexOf('=');
        const QByteArray key = (eq < 0 ? param : param.left(eq)).toUpper();
        const QByteArray value = eq < 0 ? QByteArray() : param.mid(eq + 1);
        if (!m_esmtp)
            return "555 5.5.4 Parameters need EHLO";
        if (key == "SIZE") {
            bool ok = false;
            const qint64 size = value.toLongLong(&ok);
            if (!ok || size < 0)
                return "501 5.5.4 SIZE needs a number";
            if (size > m_limits.maxMessageSize)
                return "552 5.3.4 Message too big: the limit is " + QByteArray::number(m_limits.maxMessageSize)
                    + " bytes";
        } else if (key == "BODY") {
            const QByteArray body = value.toUpper();
            if (body != "7BIT" && body != "8BITMIME")
                return "501 5.5.4 BODY must be 7BIT or 8BITMIME";
        } else if (key == "SMTPUTF8" && value.isEmpty()) {
            *smtpUtf8 = true;
        } else if (key == "AUTH") {
            // RFC 4954 section 5: accepted and ignored.
        } else {
            return "555 5.5.4 Unsupported MAIL parameter " + key;
        }
    }
    return {};
}

void SandboxSession::handleRcpt(const QByteArray& argument)
{
    if (!m_hasSender) {
        error("503 5.5.1 Send MAIL FROM first");
        return;
    }
    QByteArray path;
    QList<QByteArray> params;
    if (!startsWithNoCase(argument, "TO:") || !splitPath(argument.mid(3), &path, &params)) {
        error("501 5.5.4 Syntax: RCPT TO:<address>");
        return;
    }
    if (!params.isEmpty()) {
        error("555 5.5.4 RCPT parameters are not supported");
        return;
    }
    if (path.compare("postmaster", Qt::CaseInsensitive) != 0 && !isPlausibleMailbox(path)) {
        error("553 5.1.3 The recipient address is not valid");
        return;
    }
    if (!isAscii(path) && !m_smtpUtf8) {
        error("553 5.6.7 A non-ASCII address needs SMTPUTF8 on MAIL FROM");
        return;
    }
    if (m_recipients.size() >= m_limits.maxRecipients) {
        reply("452 4.5.3 Too many recipients: at most " + QByteArray::number(m_limits.maxRecipients));
        return;
    }
    m_recipients.append(QString::fromUtf8(path));
    reply("250 2.1.5 Recipient OK");
}

void SandboxSession::handleAuth(const QByteArray& argument)
{
    if (!m_esmtp) {
        error("503 5.5.1 Send EHLO first");
        return;
    }
    if (m_authenticated) {
        error("503 5.5.1 Already authenticated");
        return;
    }
    if (m_hasSender) {
        error("503 5.5.1 AUTH is not allowed during a mail transaction");
        return;
    }
    const qsizetype space = argument.indexOf(' ');
    const QByteArray mechanism = (space < 0 ? argument : argument.left(space)).toUpper();
    const QByteArray initial = space < 0 ? QByteArray() : argument.mid(space + 1).trimmed();
    if (mechanism == "PLAIN") {
        m_state = State::AuthPlain;
        if (initial.isEmpty())
            reply("334 ");
        else
            handleAuthResponse(initial);
    } else if (mechanism == "LOGIN") {
        m_state = State::AuthLoginUser;
        if (initial.isEmpty())
            reply("334 VXNlcm5hbWU6"); // "Username:"
        else
            handleAuthResponse(initial);
    } else if (mechanism.isEmpty()) {
        error("501 5.5.4 AUTH needs a mechanism: PLAIN or LOGIN");
    } else {
        error("504 5.5.4 Unsupported mechanism; use PLAIN or LOGIN");
    }
}

void SandboxSession::handleAuthResponse(const QByteArray& line)
{
    // AUTH payloads are never logged.
    if (line == "*") {
        m_state = State::Command;
        error("501 5.0.0 Authentication cancelled");
        return;
    }
    const QByteArray encoded = line == "=" ? QByteArray() : line;
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        m_state = State::Command;
        error("501 5.5.2 The response is not valid base64");
        return;
    }
    switch (m_state) {
    case State::AuthPlain:
        m_state = State::Command;
        if (decoded.decoded.count('\0') != 2) {
            error("501 5.5.2 Malformed PLAIN response");
            return;
        }
        break;
    case State::AuthLoginUser:
        m_state = State::AuthLoginPassword;
        reply("334 UGFzc3dvcmQ6"); // "Password:"
        return;
    default:
        m_state = State::Command;
        break;
    }
    m_authenticated = true;
    reply("235 2.7.0 Authentication succeeded (a sandbox accepts every user name and password)");
}

void SandboxSession::handleDataLine(const QByteArray& line)
{
    if (line == ".") {
        finishData();
        return;
    }
    // Dot-unstuffing (RFC 5321 section 4.5.2): a leading dot was doubled by the client.
    const QByteArray content = line.startsWith('.') ? line.mid(1) : line;
    m_dataSize += content.size() + 2;
    if (m_dataSize > m_limits.maxMessageSize) {
        m_dataTooBig = true;
        m_data.clear(); // keep reading to the end, but store nothing more
        return;
    }
    m_data.append(content);
    m_data.append("\r\n");
}

void SandboxSession::finishData()
{
    m_state = State::Command;
    if (m_dataTooBig) {
        error("552 5.3.4 Message too big: the limit is " + QByteArray::number(m_limits.maxMessageSize) + " bytes");
    } else if (m_dataLineTooLong) {
        error("500 5.5.6 A line of the message is longer than " + QByteArray::number(m_limits.maxLineLength)
              + " characters");
    } else {
        // Written off this thread (it can be as large as the limit); the reply, and whatever the client
        // sent after the message, wait for it.
        m_state = State::Storing;
        QPointer<SandboxSession> self(this);
        m_mailbox->storeAsync(m_sender, m_recipients, m_data, m_clock->now(), [self](const Result<QString>& stored) {
            if (self)
                self->onStored(stored);
        });
    }
    resetTransaction();
}

void SandboxSession::onStored(const Result<QString>& stored)
{
    if (m_state != State::Storing)
        return; // closed meanwhile
    m_state = State::Command;
    if (stored) {
        reply("250 2.0.0 OK: captured as " + stored.value().toLatin1());
    } else {
        qCWarning(lcSmtp).noquote() << "Sandbox could not store a message:" << stored.error().message();
        reply("451 4.3.0 The sandbox could not store the message; try again later");
    }
    drain();
}

} // namespace Postino
