#include "OAuthAccount.h"

#include "discovery/DiscoveryTypes.h"
#include "discovery/ProviderDatabase.h"

#include <QDir>

namespace Postino {

namespace {

QString domainOf(const QString& email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1).trimmed().toLower();
}

} // namespace

const ProviderEntry* OAuthAccount::providerFor(const QString& email, const ProviderDatabase& providers)
{
    const QString domain = domainOf(email);
    if (domain.isEmpty())
        return nullptr;
    const ProviderEntry* provider = providers.findByDomain(domain);
    return provider && provider->oauth2.isValid() ? provider : nullptr;
}

Result<const ProviderEntry*> OAuthAccount::apply(Account& account, const ProviderDatabase& providers, bool serverGiven)
{
    const ProviderEntry* provider = providerFor(account.email, providers);
    if (!provider) {
        return Error(ErrorKind::Config,
                     tr("No provider file says how %1 signs in with OAuth2. Add one in %2 (an ISPDB "
                        "config-v1.1.xml with its <oAuth2> element), or sign in with a password.")
                         .arg(domainOf(account.email), QDir::toNativeSeparators(ProviderDatabase::userDirectory())));
    }
    if (!serverGiven) {
        const QList<ServerCandidate> candidates =
            IspdbParser::candidates(*provider, account.email, DiscoverySource::Builtin);
        const ServerCandidate* chosen = nullptr;
        for (const ServerCandidate& candidate : candidates) {
            if (candidate.authentication.contains(QStringLiteral("OAuth2"), Qt::CaseInsensitive)) {
                chosen = &candidate;
                break;
            }
        }
        if (!chosen && !candidates.isEmpty())
            chosen = &candidates.constFirst();
        if (!chosen) {
            return Error(ErrorKind::Config,
                         tr("The provider file of %1 names no outgoing server; give one with --host, --port and "
                            "--security.")
                             .arg(provider->id));
        }
        account.host = chosen->host;
        account.port = chosen->port;
        account.security = chosen->security;
        if (account.username.isEmpty() && chosen->username.compare(account.email, Qt::CaseInsensitive) != 0)
            account.username = chosen->username;
    }
    account.auth = provider->oauth2.mechanism;
    account.oauth2 = provider->oauth2;
    account.oauthProvider = provider->id;
    return provider;
}

} // namespace Postino
