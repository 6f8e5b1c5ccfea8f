#include "SendingLimits.h"

#include "discovery/IspdbParser.h"
#include "discovery/ProviderDatabase.h"

namespace Postino {

namespace {

QString normalizedHost(QString host)
{
    host = host.trimmed().toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

QString domainOf(const QString& email)
{
    const int at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : normalizedHost(email.mid(at + 1));
}

bool fitsAddress(const SendingLimits& limits, bool ownDomain)
{
    switch (limits.addresses) {
    case SendingLimits::Addresses::Any:
        return true;
    case SendingLimits::Addresses::Own:
        return ownDomain;
    case SendingLimits::Addresses::Other:
        return !ownDomain;
    }
    return false;
}

// Whether the limits are for this host: their own host, or one of the provider's outgoing servers.
bool fitsHost(const SendingLimits& limits, const ProviderEntry& entry, const QString& email, const QString& host)
{
    if (!limits.host.isEmpty())
        return normalizedHost(limits.host) == host;
    for (const ProviderServer& server : entry.outgoing) {
        if (normalizedHost(IspdbParser::substitute(server.hostname, email)) == host)
            return true;
    }
    return false;
}

} // namespace

std::optional<SendingLimits> defaultSendingLimits(const ProviderDatabase& db, const QString& email,
                                                  const QString& smtpHost)
{
    const QString host = normalizedHost(smtpHost);
    const QString domain = domainOf(email);
    for (const ProviderEntry& entry : db.providers()) {
        const bool ownDomain = !domain.isEmpty() && entry.domains.contains(domain);
        for (const SendingLimits& limits : entry.limits) {
            if (!fitsAddress(limits, ownDomain))
                continue;
            const bool fits = host.isEmpty() ? ownDomain : fitsHost(limits, entry, email, host);
            if (!fits)
                continue;
            SendingLimits found = limits;
            found.providerId = entry.id;
            return found;
        }
    }
    return std::nullopt;
}

} // namespace Postino
