#pragma once

#include "common/Error.h"
#include "discovery/IspdbParser.h"
#include "oauth/OAuthHttp.h"
#include "oauth/OAuthTokens.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace Postino {

class Clock;

// Who Postino is to the provider: the client ID the user or packager registered (Postino ships none of
// another application's), and for Google's "installed app" clients their non-secret secret.
struct OAuthClientId
{
    QString clientId;
    QString clientSecret; // empty: a public client (RFC 6749 §2.1), which is the usual case
};

// The token endpoint (RFC 6749 §4.1.3, §6; RFC 7636 §4.5): a code exchanged for tokens, a refresh token
// for a new access token. Every answer is read by OAuthTokenResponse.
class OAuthTokenClient
{
    Q_DECLARE_TR_FUNCTIONS(Postino::OAuthTokenClient)
public:
    using Callback = std::function<void(const Result<OAuthTokens>&)>;

    // None is owned; all must outlive the requests. clock: null is the system clock.
    OAuthTokenClient(ProviderOAuth2 provider, OAuthClientId client, OAuthTransport* transport, Clock* clock = nullptr);

    // The first grant must come with a refresh token (offline access); without one it is an error.
    void exchangeCode(const QString& code, const QByteArray& verifier, const QString& redirectUri, QObject* context,
                      Callback done);
    // The answer keeps refreshToken when the endpoint sends no new one (RFC 6749 §6 allows both).
    void refresh(const QString& refreshToken, QObject* context, Callback done);
    // One poll of the device grant (RFC 8628 §3.4).
    void pollDevice(const QByteArray& deviceCode, QObject* context, Callback done);

    [[nodiscard]] const ProviderOAuth2& provider() const { return m_provider; }
    [[nodiscard]] const OAuthClientId& client() const { return m_client; }

private:
    void post(OAuthForm form, QObject* context, std::function<void(Result<OAuthTokens>)> done);

    ProviderOAuth2 m_provider;
    OAuthClientId m_client;
    OAuthTransport* m_transport;
    Clock* m_clock;
};

} // namespace Postino
