#include "FakeDnsResolver.h"

#include <QPointer>

namespace Postino::Test {

namespace {

template<typename T>
void later(QObject* context, std::function<void(const DnsAnswer<T>&)> done, QList<T> records)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, done = std::move(done), records = std::move(records)] {
            if (guard)
                done(DnsAnswer<T> {records, {}});
        },
        Qt::QueuedConnection);
}

} // namespace

void FakeDnsResolver::lookupMx(const QString& name, QObject* context,
                               std::function<void(const DnsAnswer<MxRecord>&)> done)
{
    asked.append(QStringLiteral("MX ") + name);
    if (!silent.contains(name))
        later<MxRecord>(context, std::move(done), mx.value(name));
}

void FakeDnsResolver::lookupSrv(const QString& name, QObject* context,
                                std::function<void(const DnsAnswer<SrvRecord>&)> done)
{
    asked.append(QStringLiteral("SRV ") + name);
    if (!silent.contains(name))
        later<SrvRecord>(context, std::move(done), srv.value(name));
}

void FakeDnsResolver::lookupTxt(const QString& name, QObject* context,
                                std::function<void(const DnsAnswer<QString>&)> done)
{
    asked.append(QStringLiteral("TXT ") + name);
    if (!silent.contains(name))
        later<QString>(context, std::move(done), txt.value(name));
}

} // namespace Postino::Test
