#include "DnsmasqServer.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QUdpSocket>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Postino::Test {

namespace {

QHostAddress randomLoopback()
{
    auto* random = QRandomGenerator::global();
    return QHostAddress(QStringLiteral("127.0.0.%1").arg(random->bounded(2, 254)));
}

// A port on address that nothing uses for UDP or TCP right now.
quint16 freePort(const QHostAddress& address)
{
    QUdpSocket probe;
    if (!probe.bind(address, 0))
        return 0;
    return probe.localPort();
}

} // namespace

DnsmasqServer::DnsmasqServer(QStringList records, QStringList localDomains, quint16 port, int maxSeconds)
    : m_records(std::move(records))
    , m_localDomains(std::move(localDomains))
    , m_port(port)
    , m_maxSeconds(maxSeconds)
{ }

DnsmasqServer::~DnsmasqServer()
{
    stop();
}

QString DnsmasqServer::executable()
{
    QString found = QStandardPaths::findExecutable(QStringLiteral("dnsmasq"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(QStringLiteral("dnsmasq"), {QStringLiteral("/usr/sbin")});
    return found;
}

bool DnsmasqServer::start(QString* why)
{
    const QString exe = executable();
    if (exe.isEmpty()) {
        *why = QStringLiteral("dnsmasq is not installed");
        return false;
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QHostAddress address = randomLoopback();
        QUdpSocket portCheck;
        if (m_port != 0 && !portCheck.bind(address, m_port)) {
            *why = QStringLiteral("cannot bind %1:%2: %3")
                       .arg(address.toString())
                       .arg(m_port)
                       .arg(portCheck.errorString());
            return false;
        }
        portCheck.close();
        const quint16 port = m_port != 0 ? m_port : freePort(address);
        if (port == 0)
            continue;
        QStringList args {QString::number(m_maxSeconds),
                          exe,
                          QStringLiteral("--no-daemon"),
                          QStringLiteral("--port=%1").arg(port),
                          QStringLiteral("--listen-address=") + address.toString(),
                          QStringLiteral("--bind-interfaces"),
                          QStringLiteral("--no-resolv"),
                          QStringLiteral("--no-hosts"),
                          QStringLiteral("--no-poll"),
                          QStringLiteral("--conf-file=/dev/null"),
                          QStringLiteral("--pid-file="),
                          QStringLiteral("--log-facility=-"),
                          QStringLiteral("--log-queries")};
        for (const QString& domain : std::as_const(m_localDomains))
            args.append(QStringLiteral("--local=/%1/").arg(domain));
        args += m_records;
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("timeout"), args);
        if (!m_process.waitForStarted(5000)) {
            *why = QStringLiteral("dnsmasq did not start: ") + m_process.errorString();
            return false;
        }
        m_server = {address, port};
        if (ready())
            return true;
        stop();
        *why = QStringLiteral("dnsmasq did not answer on %1: %2").arg(m_server.toString(), m_log);
    }
    return false;
}

bool DnsmasqServer::ready()
{
    // Any answer to a query (NXDOMAIN, REFUSED) means it listens.
    const QByteArray query = QByteArray::fromHex("123401000001000000000000") + QByteArray("\x05ready\x04test\x00", 12)
        + QByteArray::fromHex("00010001");
    QUdpSocket socket;
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        socket.writeDatagram(query, m_server.address, m_server.port);
        if (socket.waitForReadyRead(100)) {
            const QByteArray reply = socket.receiveDatagram().data();
            if (reply.startsWith(QByteArray::fromHex("1234")))
                return true;
        }
    }
    return false;
}

QString DnsmasqServer::log()
{
    m_log += QString::fromUtf8(m_process.readAll());
    return m_log;
}

void DnsmasqServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    m_log += QString::fromUtf8(m_process.readAll());
}

SilentUdpPort::SilentUdpPort()
{
    // A plain socket that is bound and never read: queries pile up unanswered, and no ICMP error tells
    // the sender that nobody is there.
    for (int attempt = 0; attempt < 5 && m_fd < 0; ++attempt) {
        const QHostAddress address = randomLoopback();
        const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in in {};
        in.sin_family = AF_INET;
        in.sin_addr.s_addr = htonl(address.toIPv4Address());
        in.sin_port = 0;
        socklen_t length = sizeof(in);
        if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&in), sizeof(in)) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr*>(&in), &length) == 0) {
            m_fd = fd;
            m_server = {address, ntohs(in.sin_port)};
        } else if (fd >= 0) {
            ::close(fd);
        }
    }
}

SilentUdpPort::~SilentUdpPort()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace Postino::Test
