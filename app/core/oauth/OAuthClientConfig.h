#pragma once

#include "common/Error.h"
#include "discovery/IspdbParser.h"
#include "oauth/OAuthClient.h"

#include <QCoreApplication>
#include <QString>

namespace Postino {

class Settings;

// Which client ID Postino signs in with at a provider. Postino ships none of another application's: the
// first of these that is set wins —
//   1. the command line's (--oauth-client-id);
//   2. the setting oauth/<provider id>/client_id (and client_secret) in postino.ini;
//   3. the packager's, built in with the CMake options POSTINO_OAUTH_CLIENT_ID_GOOGLE / _MICROSOFT (and
//      POSTINO_OAUTH_CLIENT_SECRET_GOOGLE), empty by default.
// With none, a Config error (78) says what to register, where, and where to put it, and names the
// provider's app-password route where it has one.
class OAuthClientConfig
{
    Q_DECLARE_TR_FUNCTIONS(Postino::OAuthClientConfig)
public:
    // settings may be null (no postino.ini).
    [[nodiscard]] static Result<OAuthClientId> resolve(const ProviderEntry& provider, const QString& commandLineId,
                                                       const Settings* settings);
    // The packager's client for a provider id ("gmail.com", "outlook.com"), or an empty one.
    [[nodiscard]] static OAuthClientId builtIn(const QString& providerId);
};

} // namespace Postino
