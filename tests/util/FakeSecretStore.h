#pragma once

#include "accounts/SecretStore.h"

#include <QHash>

namespace Postino::Test {

// Passwords in memory; unavailable = true plays a machine with no keychain.
class FakeSecretStore final : public SecretStore
{
public:
    QHash<QString, QString> passwords;
    bool unavailable = false;

    void readPassword(const QString& account, QObject* context, ReadCallback done) override;
    void writePassword(const QString& account, const QString& password, QObject* context, StatusCallback done) override;
    void deletePassword(const QString& account, QObject* context, StatusCallback done) override;
};

} // namespace Postino::Test
