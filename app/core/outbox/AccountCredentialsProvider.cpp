#include "AccountCredentialsProvider.h"

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
    auto endpoint = account.value().endpoint();
    if (!endpoint.ok()) {
        done(endpoint.error());
        return;
    }
    SubmissionSettings settings;
    settings.endpoint = endpoint.value();
    if (account.value().auth == AuthMechanism::None) {
        done(settings);
        return;
    }
    settings.credentials.username = account.value().effectiveUsername();
    settings.credentials.mechanism = account.value().auth;
    const QString name = account.value().name;
    m_secrets->readPassword(name, m_context, [settings, name, done](const SecretStore::ReadResult& read) mutable {
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
        settings.credentials.secret = *read.value();
        done(settings);
    });
}

} // namespace Postino
