#include "FakeDnsResolver.h"

#include <QPointer>

namespace Postino::Test {

void FakeDnsResolver::addTxt(const QString& name, const QStringList& strings)
{
    TxtRecord record;
    for (const QString& s : strings)
        record.strings.append(s.toUtf8());
    txt[name].append(record);
}

bool FakeDnsResolver::known(const QString& name) const
{
    return mx.contains(name) || srv.contains(name) || txt.contains(name) || a.contains(name) || aaaa.contains(name)
        || ptr.contains(name) || tlsa.contains(name) || cname.contains(name);
}

template<typename T>
void FakeDnsResolver::answer(const QString& type, const QString& name, QObject* context,
                             std::function<void(const DnsAnswer<T>&)> done, const QList<T>& records)
{
    const QString key = type + QLatin1Char(' ') + name;
    asked.append(key);
    if (silent.contains(name))
        return;
    DnsAnswer<T> result;
    result.outcome = !records.isEmpty() ? DnsOutcome::Records : known(name) ? DnsOutcome::NoData : DnsOutcome::NxDomain;
    result.outcome = outcome.value(key, result.outcome);
    result.dnssec = dnssec.value(name, defaultDnssec);
    if (result.dnssec == DnssecStatus::Bogus) // as the real one: nothing of a bogus answer is used
        result.outcome = DnsOutcome::ServerFailure;
    if (result.outcome == DnsOutcome::Records)
        result.records = records;
    if (result.dnssec == DnssecStatus::Bogus) {
        result.error = QStringLiteral("The DNSSEC signatures of %1 (%2) do not verify (fake).").arg(name, type);
    } else if (!result.answered()) {
        result.dnssec = DnssecStatus::Indeterminate;
        result.error = result.outcome == DnsOutcome::TimedOut
            ? QStringLiteral("The DNS look-up of %1 (%2) got no answer (fake).").arg(name, type)
            : QStringLiteral("The DNS look-up of %1 (%2) failed (fake SERVFAIL).").arg(name, type);
    }
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, done = std::move(done), result] {
            if (guard)
                done(result);
        },
        Qt::QueuedConnection);
}

void FakeDnsResolver::lookupMx(const QString& name, QObject* context,
                               std::function<void(const DnsAnswer<MxRecord>&)> done)
{
    answer<MxRecord>(QStringLiteral("MX"), name, context, std::move(done), mx.value(name));
}

void FakeDnsResolver::lookupSrv(const QString& name, QObject* context,
                                std::function<void(const DnsAnswer<SrvRecord>&)> done)
{
    answer<SrvRecord>(QStringLiteral("SRV"), name, context, std::move(done), srv.value(name));
}

void FakeDnsResolver::lookupTxt(const QString& name, QObject* context,
                                std::function<void(const DnsAnswer<TxtRecord>&)> done)
{
    answer<TxtRecord>(QStringLiteral("TXT"), name, context, std::move(done), txt.value(name));
}

void FakeDnsResolver::lookupA(const QString& name, QObject* context,
                              std::function<void(const DnsAnswer<QHostAddress>&)> done)
{
    answer<QHostAddress>(QStringLiteral("A"), name, context, std::move(done), a.value(name));
}

void FakeDnsResolver::lookupAaaa(const QString& name, QObject* context,
                                 std::function<void(const DnsAnswer<QHostAddress>&)> done)
{
    answer<QHostAddress>(QStringLiteral("AAAA"), name, context, std::move(done), aaaa.value(name));
}

void FakeDnsResolver::lookupPtr(const QHostAddress& address, QObject* context,
                                std::function<void(const DnsAnswer<QString>&)> done)
{
    answer<QString>(QStringLiteral("PTR"), address.toString(), context, std::move(done), ptr.value(address.toString()));
}

void FakeDnsResolver::lookupTlsa(const QString& name, QObject* context,
                                 std::function<void(const DnsAnswer<TlsaRecord>&)> done)
{
    answer<TlsaRecord>(QStringLiteral("TLSA"), name, context, std::move(done), tlsa.value(name));
}

void FakeDnsResolver::lookupCname(const QString& name, QObject* context,
                                  std::function<void(const DnsAnswer<QString>&)> done)
{
    const QList<QString> target = cname.contains(name) ? QList<QString> {cname.value(name)} : QList<QString> {};
    answer<QString>(QStringLiteral("CNAME"), name, context, std::move(done), target);
}

} // namespace Postino::Test
