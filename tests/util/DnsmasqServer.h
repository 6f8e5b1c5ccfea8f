#pragma once

#include "discovery/DnsResolver.h"

#include <QProcess>
#include <QStringList>

namespace Postino::Test {

// A real dnsmasq on a random 127.0.0.x and a free port, answering only what it is given: records as
// dnsmasq options (--mx-host=..., --txt-record=..., --dns-rr=...), and for each of localDomains only from
// them (--local=/DOMAIN/: NXDOMAIN for a name it does not know, NODATA for a type a known name lacks);
// anything else is REFUSED (no upstream). Started with --no-resolv --no-hosts --conf-file=/dev/null, it
// stops by itself after maxSeconds (timeout(1)) and when this object goes.
class DnsmasqServer
{
public:
    // port 0: a free one; else that one (53 where a test needs what resolv.conf can name).
    DnsmasqServer(QStringList records, QStringList localDomains, quint16 port = 0, int maxSeconds = 60);
    ~DnsmasqServer();
    DnsmasqServer(const DnsmasqServer&) = delete;
    DnsmasqServer& operator=(const DnsmasqServer&) = delete;

    // The dnsmasq program, or empty when it is not installed (tests skip then).
    [[nodiscard]] static QString executable();
    // Starts it and waits (at most 5 s per try) until it answers; false with why when it cannot.
    [[nodiscard]] bool start(QString* why);
    [[nodiscard]] NameServer server() const { return m_server; }
    // What dnsmasq wrote (its log of queries, with --log-queries).
    [[nodiscard]] QString log();

private:
    [[nodiscard]] bool ready();
    void stop();

    QStringList m_records;
    QStringList m_localDomains;
    quint16 m_port;
    int m_maxSeconds;
    QProcess m_process;
    NameServer m_server;
    QString m_log;
};

// A UDP port on 127.0.0.x that takes queries and never answers (a name server that is down).
class SilentUdpPort
{
public:
    SilentUdpPort();
    ~SilentUdpPort();
    SilentUdpPort(const SilentUdpPort&) = delete;
    SilentUdpPort& operator=(const SilentUdpPort&) = delete;
    [[nodiscard]] NameServer server() const { return m_server; }

private:
    int m_fd = -1;
    NameServer m_server;
};

} // namespace Postino::Test
