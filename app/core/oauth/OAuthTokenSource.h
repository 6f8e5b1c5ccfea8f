#pragma once

#include "common/Error.h"
#include "oauth/OAuthClient.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace Postino {

class Clock;
class SecretStore;

// The access token of one OAuth2 account, for whatever signs in to its SMTP server (the outbox, the
// checks). The refresh token lives in the keychain (SecretStore, under refreshTokenKey(account)), never in
// a file; the access token lives here, in memory, with its expiry. accessToken() refreshes it at the token
// endpoint when there is none or it expires within 30 seconds; invalidate() after the server refused it
// (a 334 error challenge, a 535) makes the next call refresh once more. Callers that ask while a refresh is
// under way share it. A refresh the server refuses (invalid_grant), or no refresh token at all, is
// signInRequired(): the account must sign in again (`postino-cli account login NAME`); its messages wait.
class OAuthTokenSource : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<QString>&)>;

    // secrets and transport are not owned and must outlive the source. clock: null is the system clock.
    OAuthTokenSource(QString account, ProviderOAuth2 provider, OAuthClientId client, SecretStore* secrets,
                     OAuthTransport* transport, Clock* clock = nullptr, QObject* parent = nullptr);
    ~OAuthTokenSource() override;

    // The keychain entry of an account's refresh token: "NAME/oauth2-refresh-token" (no account name holds
    // a '/', so it never meets a password's entry).
    [[nodiscard]] static QString refreshTokenKey(const QString& account);
    // The words of "sign in again" for account, in the outbox's last_error and the CLI's stderr.
    [[nodiscard]] static QString signInAgainText(const QString& account);

    // A fresh access token; done runs once, later, on context's thread while context lives.
    void accessToken(QObject* context, Callback done);
    // The server refused the access token: the next accessToken() gets a new one.
    void invalidate();
    // A sign-in just made: keeps its access token (the refresh token is stored by the caller, see store()).
    void adopt(const OAuthTokens& tokens);
    // Writes tokens' refresh token to the keychain for account (the CLI's account add --oauth / login).
    [[nodiscard]] static Status store(SecretStore& secrets, const QString& account, const OAuthTokens& tokens);
    // The same without waiting (the wizard): done runs once, later, on context's thread while context lives.
    static void storeAsync(SecretStore& secrets, const QString& account, const OAuthTokens& tokens, QObject* context,
                           std::function<void(const Status&)> done);

    [[nodiscard]] const QString& account() const { return m_account; }
    // The tokens held now (the access token may be expired; the refresh token is not kept here).
    [[nodiscard]] const OAuthTokens& current() const { return m_current; }
    // The error of an account that must sign in again (Auth, errorCodeOf() InvalidGrant); why in words.
    [[nodiscard]] static Error signInAgainError(const QString& account, const QString& why);

signals:
    void signInRequired(const QString& account, const Postino::Error& error);

private:
    void refresh();
    void deliver(const Result<QString>& result);

    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };

    QString m_account;
    OAuthTokenClient m_tokens;
    SecretStore* m_secrets;
    Clock* m_clock;
    OAuthTokens m_current;
    QList<Waiter> m_waiters;
    bool m_refreshing = false;
};

} // namespace Postino
