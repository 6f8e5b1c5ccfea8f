#include "domain/DnsSpfLookups.h"

#include <algorithm>

namespace Postino {

namespace {

template<typename T, typename R>
SpfAnswer<R> convert(const DnsAnswer<T>& answer, const std::function<R(const T&)>& map)
{
    if (!answer.answered())
        return SpfAnswer<R>::failed(answer.error);
    QList<R> records;
    records.reserve(answer.records.size());
    for (const T& record : answer.records)
        records.append(map(record));
    return SpfAnswer<R>::found(std::move(records));
}

} // namespace

DnsSpfLookups::DnsSpfLookups(DnsResolver& resolver)
    : m_resolver(resolver)
{ }

void DnsSpfLookups::txt(const QString& name, QObject* context, std::function<void(const SpfAnswer<QStringList>&)> done)
{
    m_resolver.lookupTxt(name, context, [done = std::move(done)](const DnsAnswer<TxtRecord>& answer) {
        done(convert<TxtRecord, QStringList>(answer, [](const TxtRecord& record) {
            QStringList strings;
            for (const QByteArray& s : record.strings)
                strings.append(QString::fromUtf8(s));
            return strings;
        }));
    });
}

void DnsSpfLookups::addresses(const QString& name, bool ipv6, QObject* context,
                              std::function<void(const SpfAnswer<QHostAddress>&)> done)
{
    auto handle = [done = std::move(done)](const DnsAnswer<QHostAddress>& answer) {
        done(convert<QHostAddress, QHostAddress>(answer, [](const QHostAddress& a) { return a; }));
    };
    if (ipv6)
        m_resolver.lookupAaaa(name, context, std::move(handle));
    else
        m_resolver.lookupA(name, context, std::move(handle));
}

void DnsSpfLookups::mx(const QString& name, QObject* context, std::function<void(const SpfAnswer<QString>&)> done)
{
    m_resolver.lookupMx(name, context, [done = std::move(done)](const DnsAnswer<MxRecord>& answer) {
        DnsAnswer<MxRecord> sorted = answer;
        std::stable_sort(sorted.records.begin(), sorted.records.end(),
                         [](const MxRecord& a, const MxRecord& b) { return a.preference < b.preference; });
        done(convert<MxRecord, QString>(sorted, [](const MxRecord& r) {
            QString exchange = r.exchange;
            if (exchange.endsWith(QLatin1Char('.')) && exchange.size() > 1)
                exchange.chop(1);
            return exchange;
        }));
    });
}

void DnsSpfLookups::ptr(const QHostAddress& address, QObject* context,
                        std::function<void(const SpfAnswer<QString>&)> done)
{
    m_resolver.lookupPtr(address, context, [done = std::move(done)](const DnsAnswer<QString>& answer) {
        done(convert<QString, QString>(
            answer, [](const QString& name) { return name.endsWith(QLatin1Char('.')) ? name.chopped(1) : name; }));
    });
}

} // namespace Postino
