#include "AuthorizationCodeFlow.h"

#include "common/Clock.h"
#include "oauth/OAuthLog.h"
#include "oauth/RedirectListener.h"

#include <QUrlQuery>

namespace Postino {

AuthorizationCodeFlow::AuthorizationCodeFlow(ProviderOAuth2 provider, OAuthClientId client, OAuthTransport* transport,
                                             Clock* clock, QObject* parent)
    : QObject(parent)
    , m_tokens(std::move(provider), std::move(client), transport, clock)
    , m_clock(Clock::orSystem(clock))
    , m_listener(new RedirectListener(m_clock, this))
    , m_deadline(new ClockTimer(m_clock, this))
{
    connect(m_deadline, &ClockTimer::timeout, this, [this] {
        finish(Error(ErrorKind::Temporary,
                     tr("The sign-in was not finished in the browser within %n minute(s); nothing was stored. "
                        "Start it again.",
                        nullptr, static_cast<int>(m_timeoutMs / 60000))));
    });
    connect(m_listener, &RedirectListener::failed, this, [this](const Error& error) { finish(error); });
    connect(m_listener, &RedirectListener::codeReceived, this, [this](const QString& code) {
        emit exchangingCode();
        m_tokens.exchangeCode(code, m_pkce.verifier, m_redirectUri, this,
                              [this](const Result<OAuthTokens>& result) { finish(result); });
    });
}

AuthorizationCodeFlow::~AuthorizationCodeFlow() = default;

QString AuthorizationCodeFlow::redirectUri() const
{
    return m_redirectUri;
}

QUrl AuthorizationCodeFlow::buildAuthorizationUrl(const ProviderOAuth2& provider, const QString& clientId,
                                                  const QString& redirectUri, const QByteArray& state,
                                                  const QByteArray& challenge, const QString& loginHint)
{
    QUrl url(provider.authUrl);
    QUrlQuery query(url);
    const auto add = [&query](const QString& key, const QString& value) {
        // Encoded here, so that QUrl leaves it alone: a scope URL's ':' and '/' and a '+' stay what they are.
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), clientId);
    add(QStringLiteral("redirect_uri"), redirectUri);
    add(QStringLiteral("scope"), provider.scope);
    add(QStringLiteral("state"), QString::fromLatin1(state));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!loginHint.isEmpty())
        add(QStringLiteral("login_hint"), loginHint);
    url.setQuery(query);
    return url;
}

void AuthorizationCodeFlow::start()
{
    const ProviderOAuth2& provider = m_tokens.provider();
    if (!provider.isValid()) {
        QMetaObject::invokeMethod(
            this, [this] { finish(Error(ErrorKind::Config, tr("The provider has no OAuth2 sign-in."))); },
            Qt::QueuedConnection);
        return;
    }
    const Status listening = m_listener->listen();
    if (!listening) {
        const Error error = listening.error();
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    m_pkce = Pkce::generate();
    m_state = Pkce::randomToken(32);
    m_listener->setExpectedState(m_state);
    m_listener->setExpectedIssuer(provider.issuer);
    m_redirectUri = m_listener->redirectUri();
    m_url = buildAuthorizationUrl(provider, m_tokens.client().clientId, m_redirectUri, m_state, m_pkce.challenge,
                                  m_loginHint);
    m_deadline->start(m_timeoutMs);
    qCDebug(lcOAuth) << "authorisation request to" << provider.authUrl;
    emit browserUrlReady(m_url);
    if (m_opener)
        m_opener(m_url);
}

void AuthorizationCodeFlow::cancel()
{
    finish(Error(ErrorKind::Temporary, tr("The sign-in was cancelled; nothing was stored.")));
}

void AuthorizationCodeFlow::finish(const Result<OAuthTokens>& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline->stop();
    m_listener->close();
    emit finished(result);
}

} // namespace Postino
