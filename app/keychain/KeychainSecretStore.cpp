#include "KeychainSecretStore.h"

#include "common/Log.h"
#include "common/SecretMemory.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace Postino {

namespace {

Error keychainError(QKeychain::Job* job, const QString& account)
{
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error(ErrorKind::Config,
                     KeychainSecretStore::tr("The system keychain refused access to the password of the account %1. "
                                             "Unlock the keychain (or allow Postino) and try again.")
                         .arg(account),
                     detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::EntryNotFound:
    case QKeychain::NoError:
        break;
    }
    return SecretStore::noKeychainError(detail);
}

// Runs done(value) on context's thread, later, if context still exists.
template<typename T>
void answer(QObject* context, std::function<void(const T&)> done, T value)
{
    QPointer<QObject> guard(context);
    if (!guard)
        return;
    QMetaObject::invokeMethod(
        guard,
        [guard, done = std::move(done), value = std::move(value)] {
            if (guard)
                done(value);
        },
        Qt::QueuedConnection);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{ }

void KeychainSecretStore::readPassword(const QString& account, QObject* context, ReadCallback done)
{
    SecretMemory::protectProcess(); // the answer will hold the password
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(account);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, account, guard, done](QKeychain::Job*) {
        if (!guard)
            return;
        ReadResult result = std::optional<QString>();
        if (job->error() == QKeychain::NoError)
            result = std::optional<QString>(job->textData());
        else if (job->error() != QKeychain::EntryNotFound)
            result = keychainError(job, account);
        qCDebug(lcAccounts) << "keychain read" << account << (result.ok() ? "ok" : "failed");
        answer<ReadResult>(guard, done, result);
    });
    job->start();
}

void KeychainSecretStore::writePassword(const QString& account, const QString& password, QObject* context,
                                        StatusCallback done)
{
    SecretMemory::protectProcess();
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setTextData(password);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, account, guard, done](QKeychain::Job*) {
        if (!guard)
            return;
        const Status status = job->error() == QKeychain::NoError ? Status() : Status(keychainError(job, account));
        qCDebug(lcAccounts) << "keychain write" << account << (status.ok() ? "ok" : "failed");
        answer<Status>(guard, done, status);
    });
    job->start();
}

void KeychainSecretStore::deletePassword(const QString& account, QObject* context, StatusCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(account);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, account, guard, done](QKeychain::Job*) {
        if (!guard)
            return;
        const bool gone = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        const Status status = gone ? Status() : Status(keychainError(job, account));
        answer<Status>(guard, done, status);
    });
    job->start();
}

} // namespace Postino
