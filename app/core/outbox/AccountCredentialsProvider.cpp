#include "AccountCredentialsProvider.h"

#include "accounts/AccountConnection.h"
#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"

namespace Postino {

AccountCredentialsProvider::AccountCredentialsProvider(const AccountStore* accounts, SecretStore* secrets,
                                                       QObject* context)
    : m_accounts(accounts)
    , m_secrets(secrets)
    , m_context(context)
{ }

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
