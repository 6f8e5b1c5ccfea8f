#pragma once

#include "outbox/CredentialsProvider.h"

#include <QCoreApplication>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>

namespace Postino {

struct Account;
class AccountStore;
class OAuthHttp;
struct OAuthHttpOptions;
class OAuthTokenSource;
class SecretStore;

// Settings for the application's outbox: a stored account's server with its password read from the
// keychain (asynchronously), or an item's own ad-hoc server (the built-in test server: no password). An
// OAuth2 account gets a fresh access token from its OAuthTokenSource (one per account, kept for the
// provider's life), whose refresh token is the keychain's.
class AccountCredentialsProvider final : public CredentialsProvider
{
    Q_DECLARE_TR_FUNCTIONS(Postino::AccountCredentialsProvider)
public:
    // None is owned; context is where the keychain's answers arrive (the GUI thread's object).
    AccountCredentialsProvider(const AccountStore* accounts, SecretStore* secrets, QObject* context);
    ~AccountCredentialsProvider() override;

    void settingsFor(const OutboxItem& item, Callback done) override;
    bool tokenRefused(const OutboxItem& item) override;
    // Called (on the context's thread) when an OAuth2 account must sign in again: its refresh was refused
    // (invalid_grant) or no sign-in is stored. Its messages wait meanwhile.
    void setSignInRequiredHandler(std::function<void(const QString& account, const Error& error)> handler)
    {
        m_signInRequired = std::move(handler);
    }

    // How the token endpoints are reached (before the first token source is made).
    void setHttpOptions(const OAuthHttpOptions& options);

    // The token source of an OAuth2 account (made on first use); for a GUI to connect signInRequired().
    [[nodiscard]] OAuthTokenSource* tokenSource(const Account& account);

private:
    const AccountStore* m_accounts;
    std::unique_ptr<OAuthHttpOptions> m_httpOptions;
    std::unique_ptr<OAuthHttp> m_http;
    std::map<QString, std::unique_ptr<OAuthTokenSource>> m_tokenSources;
    std::function<void(const QString& account, const Error& error)> m_signInRequired;
    SecretStore* m_secrets;
    QPointer<QObject> m_context;
};

} // namespace Postino
