#include "OAuthTokenSource.h"

#include "accounts/SecretStore.h"
#include "common/Clock.h"
#include "oauth/OAuthLog.h"

namespace Postino {

OAuthTokenSource::OAuthTokenSource(QString account, ProviderOAuth2 provider, OAuthClientId client, SecretStore* secrets,
                                   OAuthTransport* transport, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_tokens(std::move(provider), std::move(client), transport, clock)
    , m_secrets(secrets)
    , m_clock(Clock::orSystem(clock))
{ }

OAuthTokenSource::~OAuthTokenSource() = default;

QString OAuthTokenSource::refreshTokenKey(const QString& account)
{
    return account + QStringLiteral("/oauth2-refresh-token");
}

QString OAuthTokenSource::signInAgainText(const QString& account)
{
    // The item's last error says it, and an outbox is shared by the CLI and the desktop app: both ways.
    return tr("sign in again: postino-cli account login %1, or Account > Sign In Again… in Postino's window")
        .arg(account);
}

Error OAuthTokenSource::signInAgainError(const QString& account, const QString& why)
{
    return OAuthTokenResponse::makeError(ErrorKind::Auth,
                                         tr("The account %1 must sign in again (%2); its messages wait. To do so, %3.")
                                             .arg(account, why, signInAgainText(account)),
                                         QStringLiteral("invalid_grant"));
}

Status OAuthTokenSource::store(SecretStore& secrets, const QString& account, const OAuthTokens& tokens)
{
    if (tokens.refreshToken.isEmpty())
        return Error(ErrorKind::Internal, tr("The sign-in of %1 gave no refresh token to keep.").arg(account));
    return secrets.writePasswordNow(refreshTokenKey(account), tokens.refreshToken);
}

void OAuthTokenSource::storeAsync(SecretStore& secrets, const QString& account, const OAuthTokens& tokens,
                                  QObject* context, std::function<void(const Status&)> done)
{
    if (tokens.refreshToken.isEmpty()) {
        const Status missing =
            Error(ErrorKind::Internal, tr("The sign-in of %1 gave no refresh token to keep.").arg(account));
        QMetaObject::invokeMethod(
            context, [done = std::move(done), missing] { done(missing); }, Qt::QueuedConnection);
        return;
    }
    secrets.writePassword(refreshTokenKey(account), tokens.refreshToken, context, std::move(done));
}

void OAuthTokenSource::adopt(const OAuthTokens& tokens)
{
    m_current = tokens;
}

void OAuthTokenSource::invalidate()
{
    m_current.accessToken.clear();
}

void OAuthTokenSource::accessToken(QObject* context, Callback done)
{
    m_waiters.append({QPointer<QObject>(context), std::move(done)});
    if (!m_current.needsRefresh(m_clock->now())) {
        const QString token = m_current.accessToken;
        QMetaObject::invokeMethod(
            this, [this, token] { deliver(token); }, Qt::QueuedConnection);
        return;
    }
    if (!m_refreshing)
        refresh();
}

void OAuthTokenSource::refresh()
{
    m_refreshing = true;
    m_secrets->readPassword(refreshTokenKey(m_account), this, [this](const SecretStore::ReadResult& read) {
        if (!read.ok()) {
            deliver(read.error()); // no keychain: a Config error, the account's messages wait
            return;
        }
        if (!read.value() || read.value()->isEmpty()) {
            const Error error = signInAgainError(m_account, tr("no sign-in is stored in the keychain"));
            emit signInRequired(m_account, error);
            deliver(error);
            return;
        }
        const QString stored = *read.value();
        m_tokens.refresh(stored, this, [this, stored](const Result<OAuthTokens>& result) {
            if (!result) {
                if (OAuthTokenResponse::errorCodeOf(result.error()) == OAuthErrorCode::InvalidGrant) {
                    const Error error = signInAgainError(m_account, result.error().message());
                    emit signInRequired(m_account, error);
                    deliver(error);
                } else {
                    deliver(result.error());
                }
                return;
            }
            m_current = result.value();
            qCDebug(lcOAuth) << "access token of" << m_account << "refreshed, valid until" << m_current.expiresAt;
            if (m_current.refreshToken != stored) {
                // The server rotated the refresh token: the new one replaces the old in the keychain.
                m_secrets->writePassword(refreshTokenKey(m_account), m_current.refreshToken, this,
                                         [this](const Status& written) {
                                             if (!written.ok())
                                                 qCWarning(lcOAuth) << "could not keep the new refresh token of"
                                                                    << m_account << written.error().message();
                                         });
            }
            deliver(m_current.accessToken);
        });
    });
}

void OAuthTokenSource::deliver(const Result<QString>& result)
{
    m_refreshing = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter& waiter : waiters) {
        if (waiter.context)
            waiter.done(result);
    }
}

} // namespace Postino
