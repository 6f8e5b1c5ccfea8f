#include "AccountCredentialsProvider.h"

#include "accounts/AccountConnection.h"
#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"
#include "oauth/OAuthHttp.h"
#include "oauth/OAuthTokenSource.h"

namespace Postino {

AccountCredentialsProvider::AccountCredentialsProvider(const AccountStore* accounts, SecretStore* secrets,
                                                       QObject* context)
    : m_accounts(accounts)
    , m_secrets(secrets)
    , m_context(context)
{ }

AccountCredentialsProvider::~AccountCredentialsProvider() = default;

void AccountCredentialsProvider::setHttpOptions(const OAuthHttpOptions& options)
{
    m_httpOptions = std::make_unique<OAuthHttpOptions>(options);
}

bool AccountCredentialsProvider::tokenRefused(const OutboxItem& item)
{
    const Result<Account> stored = m_accounts->get(item.account);
    if (item.isAdHoc() || !stored || !stored.value().usesOAuth2())
        return false;
    tokenSource(stored.value())->invalidate();
    return true;
}

OAuthTokenSource* AccountCredentialsProvider::tokenSource(const Account& account)
{
    auto& source = m_tokenSources[account.name];
    if (!source) {
        if (!m_http)
            m_http = std::make_unique<OAuthHttp>(m_httpOptions ? *m_httpOptions : OAuthHttpOptions());
        source = std::make_unique<OAuthTokenSource>(account.name, account.oauth2,
                                                    OAuthClientId {account.oauthClientId, {}}, m_secrets, m_http.get());
        QObject::connect(source.get(), &OAuthTokenSource::signInRequired, source.get(),
                         [this](const QString& name, const Error& error) {
                             if (m_signInRequired)
                                 m_signInRequired(name, error);
                         });
    }
    return source.get();
}

void AccountCredentialsProvider::settingsFor(const OutboxItem& item, Callback done)
{
    if (item.isAdHoc()) {
        auto endpoint = item.server.endpoint();
        if (!endpoint.ok()) {
            done(endpoint.error());
            return;
        }
        SubmissionSettings settings;
        settings.endpoint = endpoint.value();
        settings.credentials.username = item.server.username;
        settings.credentials.mechanism = item.server.auth;
        if (settings.credentials.wanted())
            settings.credentials.secret = QStringLiteral("postino"); // the test server takes any password
        done(settings);
        return;
    }
    const auto account = m_accounts->get(item.account);
    if (!account.ok()) {
        done(account.error());
        return;
    }
    // The endpoint first (an unreadable CA file fails at once), then the keychain when the account signs in.
    auto connection = submissionSettings(account.value(), QString());
    if (!connection.ok() || account.value().auth == AuthMechanism::None) {
        done(std::move(connection));
        return;
    }
    const Account stored = account.value();
    SubmissionSettings settings = connection.value();
    const QString name = stored.name;
    if (stored.usesOAuth2()) {
        tokenSource(stored)->accessToken(m_context, [settings, stored, done](const Result<QString>& token) mutable {
            if (!token.ok()) {
                done(token.error()); // "sign in again: ..." keeps the account's messages waiting
                return;
            }
            settings.credentials = signInCredentials(stored, token.value());
            done(settings);
        });
        return;
    }
    m_secrets->readPassword(
        name, m_context, [settings, stored, name, done](const SecretStore::ReadResult& read) mutable {
            if (!read.ok()) {
                done(read.error());
                return;
            }
            if (!read.value().has_value()) {
                done(Error(ErrorKind::Config,
                           tr("The account \"%1\" has no password in the keychain: open the account's settings and "
                              "enter it, then press Retry.")
                               .arg(name)));
                return;
            }
            settings.credentials = signInCredentials(stored, *read.value());
            done(settings);
        });
}

} // namespace Postino
