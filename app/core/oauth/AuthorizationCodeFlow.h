#pragma once

#include "common/Error.h"
#include "oauth/OAuthClient.h"
#include "oauth/Pkce.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

#include <functional>

namespace Postino {

class Clock;
class ClockTimer;
class RedirectListener;

// Signing in through the system browser: the authorisation code grant (RFC 6749 §4.1) with PKCE S256
// (RFC 7636), a random `state`, the RFC 9207 `iss` checked when the server sends it, and the redirect to
// a RedirectListener on http://127.0.0.1:<random port>/callback (RFC 8252). Then the code is exchanged at
// the token endpoint for an access token and a refresh token.
//
// Not QtNetworkAuth: Qt 6.4's QOAuth2AuthorizationCodeFlow has no PKCE, its QOAuthHttpServerReplyHandler
// listens on every interface, and it encodes Google's code (which holds "/") a second time (fixed in
// 6.8). This flow is written over QNetworkAccessManager (OAuthHttp) and a QTcpServer of our own.
//
// For a GUI: connect browserUrlReady (or setBrowserOpener) to QDesktopServices::openUrl, show a wait with a
// cancel button that calls cancel(), and take finished().
class AuthorizationCodeFlow : public QObject
{
    Q_OBJECT
public:
    // transport is not owned and must outlive the flow. clock: null is the system clock.
    AuthorizationCodeFlow(ProviderOAuth2 provider, OAuthClientId client, OAuthTransport* transport,
                          Clock* clock = nullptr, QObject* parent = nullptr);
    ~AuthorizationCodeFlow() override;

    // The address is given to the provider as login_hint, so the user signs in as that account.
    void setLoginHint(const QString& email) { m_loginHint = email; }
    // Called with the authorisation URL once the listener is ready (besides browserUrlReady).
    void setBrowserOpener(std::function<void(const QUrl&)> opener) { m_opener = std::move(opener); }
    // How long the user has to finish in the browser (default five minutes).
    void setTimeout(qint64 ms) { m_timeoutMs = ms; }

    // Starts listening and announces the URL; finished() comes once, later, whatever happens.
    void start();
    // Stops waiting: finished() with a Temporary "cancelled" error; nothing is stored.
    void cancel();

    [[nodiscard]] QUrl authorizationUrl() const { return m_url; }
    [[nodiscard]] QString redirectUri() const;

    // The authorisation request (RFC 6749 §4.1.1, RFC 7636 §4.3) for these values.
    [[nodiscard]] static QUrl buildAuthorizationUrl(const ProviderOAuth2& provider, const QString& clientId,
                                                    const QString& redirectUri, const QByteArray& state,
                                                    const QByteArray& challenge, const QString& loginHint);

signals:
    void browserUrlReady(const QUrl& url);
    // The browser came back with a code; the token endpoint is being asked.
    void exchangingCode();
    void finished(const Postino::Result<Postino::OAuthTokens>& result);

private:
    void finish(const Result<OAuthTokens>& result);

    OAuthTokenClient m_tokens;
    Clock* m_clock;
    RedirectListener* m_listener;
    ClockTimer* m_deadline;
    Pkce m_pkce;
    QByteArray m_state;
    QString m_loginHint;
    QUrl m_url;
    QString m_redirectUri; // the listener's, kept: the token request names it after the listener closed
    std::function<void(const QUrl&)> m_opener;
    qint64 m_timeoutMs = 5 * 60 * 1000;
    bool m_finished = false;
};

} // namespace Postino
