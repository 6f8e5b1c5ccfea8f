#include "OAuthClientConfig.h"

#include "common/Settings.h"

// Set by CMake for this file only (POSTINO_OAUTH_CLIENT_ID_GOOGLE and friends); empty by default.
#ifndef POSTINO_OAUTH_CLIENT_ID_GOOGLE
#define POSTINO_OAUTH_CLIENT_ID_GOOGLE ""
#endif
#ifndef POSTINO_OAUTH_CLIENT_SECRET_GOOGLE
#define POSTINO_OAUTH_CLIENT_SECRET_GOOGLE ""
#endif
#ifndef POSTINO_OAUTH_CLIENT_ID_MICROSOFT
#define POSTINO_OAUTH_CLIENT_ID_MICROSOFT ""
#endif

namespace Postino {

OAuthClientId OAuthClientConfig::builtIn(const QString& providerId)
{
    if (providerId == QLatin1String("gmail.com"))
        return {QString::fromUtf8(POSTINO_OAUTH_CLIENT_ID_GOOGLE),
                QString::fromUtf8(POSTINO_OAUTH_CLIENT_SECRET_GOOGLE)};
    if (providerId == QLatin1String("outlook.com"))
        return {QString::fromUtf8(POSTINO_OAUTH_CLIENT_ID_MICROSOFT), {}};
    return {};
}

Result<OAuthClientId> OAuthClientConfig::resolve(const ProviderEntry& provider, const QString& commandLineId,
                                                 const Settings* settings)
{
    const QString name = provider.displayName.isEmpty() ? provider.id : provider.displayName;
    if (!provider.oauth2.isValid()) {
        return Error(ErrorKind::Config,
                     tr("%1 has no OAuth2 sign-in in the provider database; add an <oAuth2> element in a provider "
                        "file of your own, or sign in with a password.")
                         .arg(name));
    }
    OAuthClientId client;
    if (settings) {
        client.clientId = settings->stringValue(Settings::Key::OAuthClientId, provider.id).trimmed();
        client.clientSecret = settings->stringValue(Settings::Key::OAuthClientSecret, provider.id).trimmed();
    }
    if (!commandLineId.trimmed().isEmpty()) {
        if (commandLineId.trimmed() != client.clientId)
            client.clientSecret.clear(); // a secret belongs to its own client
        client.clientId = commandLineId.trimmed();
    }
    if (client.clientId.isEmpty())
        client = builtIn(provider.id);
    if (!client.clientId.isEmpty())
        return client;

    const QString where = provider.oauth2.registrationUrl.isEmpty()
        ? tr("Register Postino as a desktop (installed) application with %1.").arg(name)
        : tr("Register Postino as a desktop (installed) application with %1 at %2, with the redirect "
             "http://127.0.0.1 and the scope %3.")
              .arg(name, provider.oauth2.registrationUrl, provider.oauth2.scope);
    const QString use = tr("Then give its client ID with --oauth-client-id ID, or set oauth/%1/client_id in "
                           "postino.ini.")
                            .arg(provider.id);
    QString message = tr("Postino has no OAuth2 client ID for %1 (none is built in).").arg(name) + QLatin1Char(' ')
        + where + QLatin1Char(' ') + use;
    if (!provider.appPasswordUrl.isEmpty()) {
        message += QLatin1Char(' ')
            + tr("Or sign in with an app password made at %1 (account add with --password-env or --password-stdin).")
                  .arg(provider.appPasswordUrl);
    }
    return Error(ErrorKind::Config, message);
}

} // namespace Postino
