#include "OAuthClient.h"

#include "common/Clock.h"

#include <QUrl>

namespace Postino {

OAuthTokenClient::OAuthTokenClient(ProviderOAuth2 provider, OAuthClientId client, OAuthTransport* transport,
                                   Clock* clock)
    : m_provider(std::move(provider))
    , m_client(std::move(client))
    , m_transport(transport)
    , m_clock(Clock::orSystem(clock))
{ }

void OAuthTokenClient::post(OAuthForm form, QObject* context, std::function<void(Result<OAuthTokens>)> done)
{
    form.append({QStringLiteral("client_id"), m_client.clientId});
    if (!m_client.clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), m_client.clientSecret});
    const QUrl url(m_provider.tokenUrl);
    const QString endpoint = url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    Clock* clock = m_clock;
    m_transport->postForm(url, form, context, [done, endpoint, clock](const OAuthTransport::Reply& reply) {
        if (reply.httpStatus == 0) {
            done(Error(ErrorKind::Temporary, reply.error));
            return;
        }
        if (reply.httpStatus != 200) {
            done(OAuthTokenResponse::parseError(reply.httpStatus, reply.body, endpoint));
            return;
        }
        done(OAuthTokenResponse::parse(reply.body, clock->now(), endpoint));
    });
}

void OAuthTokenClient::exchangeCode(const QString& code, const QByteArray& verifier, const QString& redirectUri,
                                    QObject* context, Callback done)
{
    OAuthForm form;
    form.append({QStringLiteral("grant_type"), QStringLiteral("authorization_code")});
    form.append({QStringLiteral("code"), code});
    form.append({QStringLiteral("redirect_uri"), redirectUri});
    form.append({QStringLiteral("code_verifier"), QString::fromLatin1(verifier)});
    const QString tokenUrl = m_provider.tokenUrl;
    post(form, context, [done, tokenUrl](Result<OAuthTokens> result) {
        if (result && result.value().refreshToken.isEmpty()) {
            done(Error(ErrorKind::Permanent,
                       tr("The sign-in server %1 gave no refresh token, so Postino could not send later without "
                          "asking again; check that the provider file's scope asks for offline access.")
                           .arg(tokenUrl)));
            return;
        }
        done(result);
    });
}

void OAuthTokenClient::refresh(const QString& refreshToken, QObject* context, Callback done)
{
    OAuthForm form;
    form.append({QStringLiteral("grant_type"), QStringLiteral("refresh_token")});
    form.append({QStringLiteral("refresh_token"), refreshToken});
    post(form, context, [done, refreshToken](Result<OAuthTokens> result) {
        if (result && result.value().refreshToken.isEmpty())
            result.value().refreshToken = refreshToken;
        done(result);
    });
}

void OAuthTokenClient::pollDevice(const QByteArray& deviceCode, QObject* context, Callback done)
{
    OAuthForm form;
    form.append({QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")});
    form.append({QStringLiteral("device_code"), QString::fromLatin1(deviceCode)});
    post(form, context, [done](Result<OAuthTokens> result) { done(result); });
}

} // namespace Postino
