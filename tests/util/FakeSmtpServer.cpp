#include "FakeSmtpServer.h"

#include "TestCertificates.h"

#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

namespace Postino::Test {

class FakeSmtpServer::Listener : public QTcpServer
{
public:
    explicit Listener(FakeSmtpServer* owner)
        : m_owner(owner)
    { }

protected:
    void incomingConnection(qintptr descriptor) override { m_owner->onIncoming(descriptor); }

private:
    FakeSmtpServer* m_owner;
};

struct FakeSmtpServer::Connection
{
    int number = 0;
    QSslSocket* socket = nullptr;
    QStringList script;
    int pos = 0;
    QByteArray buffer; // client bytes not consumed by the script yet
    QByteArray received;
    QList<QByteArray> reads;
    QByteArray clearAfterStartTls;
    bool sawStartTls = false;
    bool startTlsAgreed = false;
    bool waitingForTls = false;
    bool tlsUp = false;
    bool waiting = false;
    bool ended = false; // reached the end, SILENT or CLOSE
    bool silent = false;
    bool closed = false;
    bool inData = false;
    bool stalled = false;
    qsizetype dataScanFrom = 0;
    qint64 chunkLeft = -1; // bytes of the BDAT chunk still to come; -1: its command is not read yet
    QByteArray chunks; // the message so far, from BDAT chunks
    QTimer* giveUp = nullptr;
};

namespace {
bool globMatch(const QString& pattern, const QString& text)
{
    if (!pattern.contains(QLatin1Char('*')) && !pattern.contains(QLatin1Char('?')))
        return pattern == text;
    QString expression = QRegularExpression::escape(pattern);
    expression.replace(QLatin1String("\\*"), QLatin1String(".*"));
    expression.replace(QLatin1String("\\?"), QLatin1String("."));
    const QRegularExpression re(QRegularExpression::anchoredPattern(expression),
                                QRegularExpression::DotMatchesEverythingOption);
    return re.match(text).hasMatch();
}
} // namespace

FakeSmtpServer::FakeSmtpServer(QObject* parent)
    : QObject(parent)
    , m_listener(std::make_unique<Listener>(this))
{ }

FakeSmtpServer::~FakeSmtpServer()
{
    for (auto& c : m_connections) {
        if (c->socket) {
            c->socket->disconnect(this);
            c->socket->abort();
        }
    }
}

void FakeSmtpServer::addScript(const QStringList& script)
{
    m_scripts.append(script);
}

bool FakeSmtpServer::listen()
{
    return m_listener->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeSmtpServer::port() const
{
    return m_listener->serverPort();
}

bool FakeSmtpServer::finished() const
{
    if (!m_mismatch.isEmpty() || !m_scripts.isEmpty())
        return false;
    for (const auto& c : m_connections) {
        if (!c->ended)
            return false;
    }
    return !m_connections.empty();
}

int FakeSmtpServer::connectionCount() const
{
    return static_cast<int>(m_connections.size());
}

QByteArray FakeSmtpServer::received(int connection) const
{
    return connection < connectionCount() ? m_connections.at(connection)->received : QByteArray();
}

QList<QByteArray> FakeSmtpServer::reads(int connection) const
{
    return connection < connectionCount() ? m_connections.at(connection)->reads : QList<QByteArray>();
}

bool FakeSmtpServer::sentTogether(const QList<QByteArray>& needles, int connection) const
{
    for (const QByteArray& chunk : reads(connection)) {
        bool all = true;
        for (const QByteArray& needle : needles)
            all = all && chunk.contains(needle);
        if (all)
            return true;
    }
    return false;
}

QByteArray FakeSmtpServer::clearAfterStartTls(int connection) const
{
    return connection < connectionCount() ? m_connections.at(connection)->clearAfterStartTls : QByteArray();
}

bool FakeSmtpServer::tlsEstablished(int connection) const
{
    return connection < connectionCount() && m_connections.at(connection)->tlsUp;
}

QByteArray FakeSmtpServer::unstuff(const QByteArray& data)
{
    QByteArray out;
    out.reserve(data.size());
    bool lineStart = true;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (lineStart && c == '.') {
            lineStart = false;
            continue;
        }
        out.append(c);
        lineStart = c == '\n';
    }
    return out;
}

QByteArray FakeSmtpServer::unescape(const QString& text)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '\\' || i + 1 >= in.size()) {
            out.append(c);
            continue;
        }
        const char e = in.at(++i);
        if (e == 'r')
            out.append('\r');
        else if (e == 'n')
            out.append('\n');
        else if (e == 't')
            out.append('\t');
        else if (e == 'x' && i + 2 < in.size() + 0) {
            out.append(static_cast<char>(in.mid(i + 1, 2).toInt(nullptr, 16)));
            i += 2;
        } else
            out.append(e);
    }
    return out;
}

void FakeSmtpServer::setMismatch(Connection* c, const QString& what)
{
    const QString full = QStringLiteral("connection %1, script line %2: %3").arg(c->number).arg(c->pos + 1).arg(what);
    if (m_mismatch.isEmpty())
        m_mismatch = full;
    qWarning().noquote() << "FakeSmtpServer:" << full;
}

void FakeSmtpServer::onIncoming(qintptr descriptor)
{
    auto connection = std::make_unique<Connection>();
    Connection* c = connection.get();
    c->number = connectionCount();
    c->socket = new QSslSocket(this);
    if (!c->socket->setSocketDescriptor(descriptor)) {
        setMismatch(c, QStringLiteral("cannot take the connection"));
        return;
    }
    m_connections.push_back(std::move(connection));
    if (m_scripts.isEmpty()) {
        setMismatch(c, QStringLiteral("unexpected connection (no script left)"));
        c->ended = true;
        c->socket->abort();
        return;
    }
    c->script = m_scripts.takeFirst();
    c->giveUp = new QTimer(c->socket);
    c->giveUp->setSingleShot(true);
    connect(c->giveUp, &QTimer::timeout, this, [this, c] {
        if (!c->ended)
            setMismatch(c, QStringLiteral("the server gave up waiting (timeout)"));
        c->ended = true;
        c->socket->abort();
    });
    c->giveUp->start(m_timeoutMsec);
    connect(c->socket, &QSslSocket::readyRead, this, [this, c] { onReadyRead(c); });
    connect(c->socket, &QSslSocket::encrypted, this, [this, c] {
        c->tlsUp = true;
        c->waitingForTls = false;
        run(c);
    });
    connect(c->socket, &QSslSocket::disconnected, this, [this, c] {
        c->closed = true;
        if (c->waitingForTls && c->pos >= c->script.size())
            c->ended = true; // a TLS line ends the script: the client may refuse the certificate
        if (!c->ended) {
            const QString expected = c->pos < c->script.size() ? c->script.at(c->pos) : QString();
            setMismatch(c, QStringLiteral("the client closed the connection; expected \"%1\"").arg(expected));
            c->ended = true;
        }
        c->giveUp->stop();
    });
    connect(c->socket, &QSslSocket::sslErrors, this, [](const QList<QSslError>&) {});
    run(c);
}

void FakeSmtpServer::onReadyRead(Connection* c)
{
    if (c->stalled)
        return; // leave it in the kernel: the client's writes back up
    const QByteArray bytes = c->socket->readAll();
    if (bytes.isEmpty())
        return;
    c->reads.append(bytes);
    if (!c->inData)
        c->received += bytes;
    if (c->startTlsAgreed && !c->tlsUp)
        c->clearAfterStartTls += bytes;
    if (c->ended) {
        if (!c->closed && !c->silent)
            setMismatch(c,
                        QStringLiteral("client data after the end of the script: \"%1\"")
                            .arg(QString::fromUtf8(bytes.left(200))));
        else if (c->silent)
            setMismatch(c,
                        QStringLiteral("client data while the server was silent: \"%1\"")
                            .arg(QString::fromUtf8(bytes.left(200))));
        return;
    }
    c->buffer += bytes;
    run(c);
}

void FakeSmtpServer::run(Connection* c)
{
    while (!c->ended && !c->waitingForTls && !c->waiting) {
        if (c->inData) {
            // The terminator is CRLF.CRLF, or a lone ".CRLF" when the message is empty.
            qsizetype end = -1;
            qsizetype skip = 0;
            if (c->buffer.startsWith(".\r\n")) {
                end = 0;
                skip = 3;
            } else {
                const qsizetype at = c->buffer.indexOf("\r\n.\r\n", qMax<qsizetype>(0, c->dataScanFrom - 4));
                if (at >= 0) {
                    end = at + 2;
                    skip = 3;
                }
            }
            if (end < 0) {
                c->dataScanFrom = c->buffer.size();
                return;
            }
            m_messages.append(c->buffer.left(end));
            m_dataBytes += end + skip;
            c->buffer.remove(0, end + skip);
            c->inData = false;
            c->dataScanFrom = 0;
            ++c->pos;
            continue;
        }
        if (c->pos >= c->script.size()) {
            c->ended = true;
            c->giveUp->stop();
            if (!c->buffer.isEmpty())
                setMismatch(c,
                            QStringLiteral("client data after the end of the script: \"%1\"")
                                .arg(QString::fromUtf8(c->buffer.left(200))));
            emit scriptDone();
            return;
        }
        const QString line = c->script.at(c->pos);
        if (line.startsWith(QLatin1String("S:RAW "))) {
            const QByteArray raw = unescape(line.mid(6));
            if (c->sawStartTls && raw.startsWith("220"))
                c->startTlsAgreed = true;
            c->socket->write(raw);
        } else if (line.startsWith(QLatin1String("S:REPEAT "))) {
            const QString rest = line.mid(9);
            const auto space = rest.indexOf(QLatin1Char(' '));
            const qsizetype count = rest.left(space).toLongLong();
            const QByteArray unit = unescape(rest.mid(space + 1));
            c->socket->write(unit.repeated(count));
        } else if (line.startsWith(QLatin1String("S: "))) {
            const QByteArray reply = line.mid(3).toUtf8();
            if (c->sawStartTls && reply.startsWith("220"))
                c->startTlsAgreed = true;
            c->socket->write(reply + "\r\n");
        } else if (line.startsWith(QLatin1String("C: "))) {
            const qsizetype lf = c->buffer.indexOf('\n');
            if (lf < 0)
                return;
            QByteArray got = c->buffer.left(lf);
            c->buffer.remove(0, lf + 1);
            if (got.endsWith('\r'))
                got.chop(1);
            const QString expected = line.mid(3);
            const QString gotText = QString::fromUtf8(got);
            if (!globMatch(expected, gotText)) {
                setMismatch(c, QStringLiteral("expected \"%1\", got \"%2\"").arg(expected, gotText));
                c->ended = true;
                c->socket->abort();
                return;
            }
            if (gotText.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0)
                c->sawStartTls = true;
            if (gotText.compare(QLatin1String("RSET"), Qt::CaseInsensitive) == 0)
                c->chunks.clear();
        } else if (line == QLatin1String("TLS") || line.startsWith(QLatin1String("TLS "))) {
            if (!c->buffer.isEmpty()) {
                c->clearAfterStartTls += c->buffer;
                c->buffer.clear();
            }
            const QString kind = line.size() > 4 ? line.mid(4).trimmed() : QStringLiteral("valid");
            const TestCertificates& certificates = TestCertificates::instance();
            QSslConfiguration configuration = c->socket->sslConfiguration();
            configuration.setLocalCertificate(certificates.certificate(kind));
            configuration.setPrivateKey(certificates.key(kind));
            configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
            configuration.setProtocol(QSsl::TlsV1_2OrLater);
            c->socket->setSslConfiguration(configuration);
            c->waitingForTls = true;
            ++c->pos;
            c->socket->startServerEncryption();
            return;
        } else if (line == QLatin1String("BDAT") || line == QLatin1String("BDAT LAST")) {
            const bool last = line == QLatin1String("BDAT LAST");
            if (c->chunkLeft < 0) {
                const qsizetype lf = c->buffer.indexOf('\n');
                if (lf < 0)
                    return;
                QByteArray got = c->buffer.left(lf);
                c->buffer.remove(0, lf + 1);
                if (got.endsWith('\r'))
                    got.chop(1);
                static const QRegularExpression re(QStringLiteral("^BDAT ([0-9]{1,12})( LAST)?$"));
                const auto m = re.match(QString::fromUtf8(got));
                if (!m.hasMatch() || m.hasCaptured(2) != last) {
                    setMismatch(c, QStringLiteral("expected \"%1 n\", got \"%2\"").arg(line, QString::fromUtf8(got)));
                    c->ended = true;
                    c->socket->abort();
                    return;
                }
                c->chunkLeft = m.captured(1).toLongLong();
                m_chunkSizes.append(c->chunkLeft);
            }
            const qsizetype take = static_cast<qsizetype>(qMin<qint64>(c->chunkLeft, c->buffer.size()));
            c->chunks += c->buffer.left(take);
            c->buffer.remove(0, take);
            c->chunkLeft -= take;
            m_dataBytes += take;
            if (c->chunkLeft > 0)
                return;
            c->chunkLeft = -1;
            if (last) {
                m_messages.append(c->chunks);
                c->chunks.clear();
            }
        } else if (line == QLatin1String("DATA")) {
            c->inData = true;
            continue; // pos moves on when the message is complete
        } else if (line.startsWith(QLatin1String("WAIT "))) {
            c->waiting = true;
            ++c->pos;
            QTimer::singleShot(line.mid(5).toInt(), c->socket, [this, c] {
                c->waiting = false;
                run(c);
            });
            return;
        } else if (line == QLatin1String("STALL")) {
            c->stalled = true;
            c->socket->setReadBufferSize(4096);
            c->ended = true;
            c->giveUp->stop();
            ++c->pos;
            emit scriptDone();
            return;
        } else if (line == QLatin1String("SILENT")) {
            c->silent = true;
            c->ended = true;
            c->giveUp->stop();
            ++c->pos;
            emit scriptDone();
            return;
        } else if (line == QLatin1String("CLOSE")) {
            ++c->pos;
            c->ended = true;
            c->giveUp->stop();
            c->socket->flush();
            c->socket->disconnectFromHost();
            emit scriptDone();
            return;
        } else if (!line.startsWith(QLatin1Char('#')) && !line.trimmed().isEmpty()) {
            setMismatch(c, QStringLiteral("bad script line \"%1\"").arg(line));
            c->ended = true;
            c->socket->abort();
            return;
        }
        ++c->pos;
    }
}

} // namespace Postino::Test
