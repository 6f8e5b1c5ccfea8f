#pragma once

#include "discovery/DnsResolver.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Postino::Test {

// Answers from tables, later from the event loop (like the real one); names in silent never answer.
class FakeDnsResolver final : public DnsResolver
{
public:
    QHash<QString, QList<MxRecord>> mx;
    QHash<QString, QList<SrvRecord>> srv;
    QHash<QString, QList<QString>> txt;
    QSet<QString> silent;
    QStringList asked; // "MX name", "SRV name", "TXT name"

    void lookupMx(const QString& name, QObject* context, std::function<void(const DnsAnswer<MxRecord>&)> done) override;
    void lookupSrv(const QString& name, QObject* context,
                   std::function<void(const DnsAnswer<SrvRecord>&)> done) override;
    void lookupTxt(const QString& name, QObject* context, std::function<void(const DnsAnswer<QString>&)> done) override;
};

} // namespace Postino::Test
