#include "DnsResolver.h"

#include "common/Log.h"

#include <QDnsLookup>

namespace Postino {

namespace {

QString withoutDot(QString name)
{
    if (name.endsWith(QLatin1Char('.')) && name.size() > 1)
        name.chop(1);
    return name;
}

// Starts a look-up owned by context; collect() turns the finished look-up into the answer.
template<typename T>
void startLookup(QDnsLookup::Type type, const QString& name, const QHostAddress& nameServer, QObject* context,
                 std::function<void(const DnsAnswer<T>&)> done, std::function<QList<T>(QDnsLookup*)> collect)
{
    auto* lookup =
        nameServer.isNull() ? new QDnsLookup(type, name, context) : new QDnsLookup(type, name, nameServer, context);
    QObject::connect(lookup, &QDnsLookup::finished, context, [lookup, name, done, collect] {
        DnsAnswer<T> answer;
        const QDnsLookup::Error error = lookup->error();
        if (error == QDnsLookup::NoError) {
            answer.records = collect(lookup);
        } else if (error != QDnsLookup::NotFoundError) {
            answer.error = SystemDnsResolver::tr("The DNS look-up of %1 failed: %2").arg(name, lookup->errorString());
            qCDebug(lcDiscovery) << "DNS" << name << "failed:" << lookup->errorString();
        }
        lookup->deleteLater();
        done(answer);
    });
    lookup->lookup();
}

} // namespace

SystemDnsResolver::SystemDnsResolver(const QHostAddress& nameServer)
    : m_nameServer(nameServer)
{ }

void SystemDnsResolver::lookupMx(const QString& name, QObject* context,
                                 std::function<void(const DnsAnswer<MxRecord>&)> done)
{
    startLookup<MxRecord>(QDnsLookup::MX, name, m_nameServer, context, std::move(done), [](QDnsLookup* lookup) {
        QList<MxRecord> records;
        for (const QDnsMailExchangeRecord& record : lookup->mailExchangeRecords())
            records.append({withoutDot(record.exchange()).toLower(), record.preference()});
        return records;
    });
}

void SystemDnsResolver::lookupSrv(const QString& name, QObject* context,
                                  std::function<void(const DnsAnswer<SrvRecord>&)> done)
{
    startLookup<SrvRecord>(QDnsLookup::SRV, name, m_nameServer, context, std::move(done), [](QDnsLookup* lookup) {
        QList<SrvRecord> records;
        for (const QDnsServiceRecord& record : lookup->serviceRecords()) {
            const QString target =
                record.target() == QLatin1String(".") ? record.target() : withoutDot(record.target()).toLower();
            records.append(
                {target.isEmpty() ? QStringLiteral(".") : target, record.port(), record.priority(), record.weight()});
        }
        return records;
    });
}

void SystemDnsResolver::lookupTxt(const QString& name, QObject* context,
                                  std::function<void(const DnsAnswer<QString>&)> done)
{
    startLookup<QString>(QDnsLookup::TXT, name, m_nameServer, context, std::move(done), [](QDnsLookup* lookup) {
        QList<QString> records;
        for (const QDnsTextRecord& record : lookup->textRecords()) {
            QByteArray joined;
            for (const QByteArray& part : record.values())
                joined += part;
            records.append(QString::fromUtf8(joined));
        }
        return records;
    });
}

} // namespace Postino
