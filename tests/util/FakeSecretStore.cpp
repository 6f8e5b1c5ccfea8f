#include "FakeSecretStore.h"

#include <QPointer>

namespace Postino::Test {

namespace {

template<typename T>
void later(QObject* context, std::function<void(const T&)> done, T value)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, done = std::move(done), value = std::move(value)] {
            if (guard)
                done(value);
        },
        Qt::QueuedConnection);
}

} // namespace

void FakeSecretStore::readPassword(const QString& account, QObject* context, ReadCallback done)
{
    ReadResult result = unavailable   ? ReadResult(noKeychainError())
        : passwords.contains(account) ? ReadResult(std::optional<QString>(passwords.value(account)))
                                      : ReadResult(std::optional<QString>());
    later<ReadResult>(context, std::move(done), result);
}

void FakeSecretStore::writePassword(const QString& account, const QString& password, QObject* context,
                                    StatusCallback done)
{
    if (!unavailable)
        passwords.insert(account, password);
    later<Status>(context, std::move(done), unavailable ? Status(noKeychainError()) : Status());
}

void FakeSecretStore::deletePassword(const QString& account, QObject* context, StatusCallback done)
{
    if (!unavailable)
        passwords.remove(account);
    later<Status>(context, std::move(done), unavailable ? Status(noKeychainError()) : Status());
}

} // namespace Postino::Test
