#pragma once

#include "discovery/DnsResolver.h"
#include "domain/SpfLookups.h"

namespace Postino {

// SpfLookups over the DnsResolver, exactly as SpfLookups.h maps each call: TXT records as their
// character-strings, A or AAAA, MX exchanges sorted by preference, PTR names; NXDOMAIN and NODATA are
// Void, every answer that did not come (SERVFAIL, REFUSED, a timeout, a bogus DNSSEC answer) is a
// TemporaryError with the resolver's text.
class DnsSpfLookups final : public SpfLookups
{
public:
    explicit DnsSpfLookups(DnsResolver& resolver);

    void txt(const QString& name, QObject* context, std::function<void(const SpfAnswer<QStringList>&)> done) override;
    void addresses(const QString& name, bool ipv6, QObject* context,
                   std::function<void(const SpfAnswer<QHostAddress>&)> done) override;
    void mx(const QString& name, QObject* context, std::function<void(const SpfAnswer<QString>&)> done) override;
    void ptr(const QHostAddress& address, QObject* context,
             std::function<void(const SpfAnswer<QString>&)> done) override;

private:
    DnsResolver& m_resolver;
};

} // namespace Postino
