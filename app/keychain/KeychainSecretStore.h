#pragma once

#include "accounts/SecretStore.h"

namespace Postino {

// The system keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Store on
// Windows): service "postino", key = the account's name. Never falls back to a file: where no keychain
// answers, every call fails with SecretStore::noKeychainError() and nothing is stored.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(Postino::KeychainSecretStore)
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("postino"));

    [[nodiscard]] const QString& service() const { return m_service; }

    void readPassword(const QString& account, QObject* context, ReadCallback done) override;
    void writePassword(const QString& account, const QString& password, QObject* context, StatusCallback done) override;
    void deletePassword(const QString& account, QObject* context, StatusCallback done) override;

private:
    QString m_service;
};

} // namespace Postino
