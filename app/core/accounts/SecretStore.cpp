#include "SecretStore.h"

#include "common/Clock.h"

#include <QEventLoop>

namespace Postino {

namespace {

// Runs start(finish) and waits for finish, at most timeoutMs.
template<typename T>
T waitFor(qint64 timeoutMs, T timedOut, const std::function<void(QObject*, std::function<void(const T&)>)>& start)
{
    QEventLoop loop;
    std::optional<T> answer;
    ClockTimer deadline;
    QObject::connect(&deadline, &ClockTimer::timeout, &loop, &QEventLoop::quit);
    start(&loop, [&answer, &loop](const T& value) {
        answer = value;
        loop.quit();
    });
    if (!answer) {
        deadline.start(timeoutMs);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return answer ? *answer : timedOut;
}

} // namespace

Error SecretStore::noKeychainError(const QString& detail)
{
    return Error(ErrorKind::Config,
                 tr("No keychain answered (Secret Service over D-Bus); Postino stores passwords only in the system "
                    "keychain. Start a keyring (e.g. gnome-keyring) or use --password-env for this run."),
                 detail);
}

SecretStore::ReadResult SecretStore::readPasswordNow(const QString& account, qint64 timeoutMs)
{
    return waitFor<ReadResult>(timeoutMs, noKeychainError(tr("no answer within the time limit")),
                               [this, &account](QObject* context, std::function<void(const ReadResult&)> done) {
                                   readPassword(account, context, std::move(done));
                               });
}

Status SecretStore::writePasswordNow(const QString& account, const QString& password, qint64 timeoutMs)
{
    return waitFor<Status>(timeoutMs, noKeychainError(tr("no answer within the time limit")),
                           [this, &account, &password](QObject* context, std::function<void(const Status&)> done) {
                               writePassword(account, password, context, std::move(done));
                           });
}

Status SecretStore::deletePasswordNow(const QString& account, qint64 timeoutMs)
{
    return waitFor<Status>(timeoutMs, noKeychainError(tr("no answer within the time limit")),
                           [this, &account](QObject* context, std::function<void(const Status&)> done) {
                               deletePassword(account, context, std::move(done));
                           });
}

} // namespace Postino
