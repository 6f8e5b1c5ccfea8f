#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Postino {

// Where passwords live: the system keychain in the application, a fake in tests. Asynchronous: each
// callback runs later on context's thread (never inside the call, never when context is gone). The
// ...Now() helpers wait in a bounded local event loop, for the CLI only; the GUI uses the callbacks.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(Postino::SecretStore)
public:
    // A password, or nullopt when none is stored for the account.
    using ReadResult = Result<std::optional<QString>>;
    using ReadCallback = std::function<void(const ReadResult&)>;
    using StatusCallback = std::function<void(const Status&)>;

    SecretStore() = default;
    virtual ~SecretStore() = default;
    SecretStore(const SecretStore&) = delete;
    SecretStore& operator=(const SecretStore&) = delete;

    virtual void readPassword(const QString& account, QObject* context, ReadCallback done) = 0;
    virtual void writePassword(const QString& account, const QString& password, QObject* context,
                               StatusCallback done) = 0;
    // Deleting what is not there succeeds.
    virtual void deletePassword(const QString& account, QObject* context, StatusCallback done) = 0;

    [[nodiscard]] ReadResult readPasswordNow(const QString& account, qint64 timeoutMs = 30'000);
    [[nodiscard]] Status writePasswordNow(const QString& account, const QString& password, qint64 timeoutMs = 30'000);
    [[nodiscard]] Status deletePasswordNow(const QString& account, qint64 timeoutMs = 30'000);

    // The message for "no keychain answered" (ErrorKind::Config), shared by every implementation.
    [[nodiscard]] static Error noKeychainError(const QString& detail = {});
};

} // namespace Postino
