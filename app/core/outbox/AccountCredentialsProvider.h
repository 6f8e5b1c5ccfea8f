#pragma once

#include "outbox/CredentialsProvider.h"

#include <QCoreApplication>
#include <QPointer>

namespace Postino {

class AccountStore;
class SecretStore;

// Settings for the application's outbox: a stored account's server with its password read from the
// keychain (asynchronously), or an item's own ad-hoc server (the built-in test server: no password).
class AccountCredentialsProvider final : public CredentialsProvider
{
    Q_DECLARE_TR_FUNCTIONS(Postino::AccountCredentialsProvider)
public:
    // None is owned; context is where the keychain's answers arrive (the GUI thread's object).
    AccountCredentialsProvider(const AccountStore* accounts, SecretStore* secrets, QObject* context);

    void settingsFor(const OutboxItem& item, Callback done) override;

private:
    const AccountStore* m_accounts;
    SecretStore* m_secrets;
    QPointer<QObject> m_context;
};

} // namespace Postino
