#include "AccountConnection.h"

namespace Postino {

void ConnectionOverrides::applyTo(ServerEndpoint& endpoint) const
{
    const QString address = resolve.value(endpoint.host.toLower());
    if (!address.isEmpty())
        endpoint.connectAddress = address;
    endpoint.extraCaCertificates += extraCaCertificates;
    if (!pinnedSha256.isEmpty())
        endpoint.pinnedSha256 = pinnedSha256;
}

Credentials signInCredentials(const Account& account, const QString& secret)
{
    Credentials credentials;
    credentials.mechanism = account.auth;
    if (account.auth == AuthMechanism::None || secret.isEmpty())
        return credentials;
    credentials.username = account.effectiveUsername();
    credentials.secret = secret;
    return credentials;
}

Result<SubmissionSettings> submissionSettings(const Account& account, const QString& secret,
                                              const ConnectionOverrides& overrides)
{
    auto endpoint = account.endpoint();
    if (!endpoint.ok())
        return endpoint.error();
    SubmissionSettings settings;
    settings.endpoint = endpoint.value();
    overrides.applyTo(settings.endpoint);
    settings.credentials = signInCredentials(account, secret);
    if (overrides.timeouts)
        settings.timeouts = *overrides.timeouts;
    settings.transcript = overrides.transcript;
    settings.clock = overrides.clock;
    return settings;
}

} // namespace Postino
