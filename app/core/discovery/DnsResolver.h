#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Postino {

struct MxRecord
{
    QString exchange; // without the trailing dot
    quint16 preference = 0;
};

struct SrvRecord
{
    QString target; // "." means: no such service here (RFC 2782)
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
};

// The answer to one look-up. No records and no error: the name has none (NXDOMAIN or NODATA).
template<typename T>
struct DnsAnswer
{
    QList<T> records;
    QString error; // translated; empty on success
};

// MX, SRV and TXT look-ups, asynchronous. The callback runs later on context's thread, never inside
// the call, and not at all when context is gone.
class DnsResolver
{
public:
    DnsResolver() = default;
    virtual ~DnsResolver() = default;
    DnsResolver(const DnsResolver&) = delete;
    DnsResolver& operator=(const DnsResolver&) = delete;

    virtual void lookupMx(const QString& name, QObject* context,
                          std::function<void(const DnsAnswer<MxRecord>&)> done) = 0;
    virtual void lookupSrv(const QString& name, QObject* context,
                           std::function<void(const DnsAnswer<SrvRecord>&)> done) = 0;
    virtual void lookupTxt(const QString& name, QObject* context,
                           std::function<void(const DnsAnswer<QString>&)> done) = 0;
};

// The real resolver: QDnsLookup, against the system's name servers or one given (--dns-server; Qt 6.4
// always asks it on port 53).
class SystemDnsResolver final : public DnsResolver
{
    Q_DECLARE_TR_FUNCTIONS(Postino::SystemDnsResolver)
public:
    explicit SystemDnsResolver(const QHostAddress& nameServer = {});

    void lookupMx(const QString& name, QObject* context, std::function<void(const DnsAnswer<MxRecord>&)> done) override;
    void lookupSrv(const QString& name, QObject* context,
                   std::function<void(const DnsAnswer<SrvRecord>&)> done) override;
    void lookupTxt(const QString& name, QObject* context, std::function<void(const DnsAnswer<QString>&)> done) override;

private:
    QHostAddress m_nameServer;
};

} // namespace Postino
