#include "CliOutbox.h"

#include "accounts/AccountStore.h"
#include "accounts/KeychainSecretStore.h"
#include "common/Paths.h"
#include "smtp/Transcript.h"

#include <QEventLoop>
#include <QTimer>

namespace Postino::Cli {

CliCredentials::CliCredentials(const ConnectionOptions& options, std::optional<QString> password,
                               Transcript* transcript)
    : m_options(options)
    , m_password(std::move(password))
    , m_transcript(transcript)
    , m_adHoc(m_password)
{
    QStringList resolve;
    for (auto it = options.resolve().cbegin(); it != options.resolve().cend(); ++it)
        resolve << it.key() + QLatin1Char(':') + it.value();
    m_adHoc.setExtraResolve(resolve);
    if (options.timeoutMs() > 0)
        m_adHoc.setTimeouts(SmtpTimeouts::uniform(options.timeoutMs()));
}

void CliCredentials::finish(SubmissionSettings& settings) const
{
    m_options.applyTo(settings.endpoint);
    if (m_options.timeoutMs() > 0)
        settings.timeouts = SmtpTimeouts::uniform(m_options.timeoutMs());
    if (m_transcript)
        settings.transcript = m_transcript;
}

Result<SubmissionSettings> CliCredentials::accountSettings(const QString& name)
{
    AccountStore accounts(AccountStore::defaultFilePath());
    Result<Account> account = accounts.get(name);
    if (!account.ok()) {
        return Error(ErrorKind::Config,
                     tr("There is no account named \"%1\". See `postino-cli account list`, or add it with "
                        "`postino-cli account add`.")
                         .arg(name));
    }
    Result<ServerEndpoint> endpoint = account.value().endpoint();
    if (!endpoint.ok())
        return endpoint.error();
    SubmissionSettings settings;
    settings.endpoint = endpoint.value();
    if (account.value().auth != AuthMechanism::None) {
        settings.credentials.username = account.value().effectiveUsername();
        settings.credentials.mechanism = account.value().auth;
        if (m_password) {
            settings.credentials.secret = *m_password;
        } else if (m_keychainCache.contains(name)) {
            settings.credentials.secret = m_keychainCache.value(name);
        } else {
            KeychainSecretStore keychain;
            SecretStore::ReadResult stored = keychain.readPasswordNow(name);
            if (!stored.ok())
                return stored.error();
            if (!stored.value()) {
                return Error(ErrorKind::Config,
                             tr("No password for the account \"%1\" is stored in the keychain. Store it with "
                                "`postino-cli account add`, or give it with --password-env VAR.")
                                 .arg(name));
            }
            m_keychainCache.insert(name, *stored.value());
            settings.credentials.secret = *stored.value();
        }
    }
    finish(settings);
    return settings;
}

void CliCredentials::settingsFor(const OutboxItem& item, Callback done)
{
    if (!item.isAdHoc()) {
        done(accountSettings(item.account));
        return;
    }
    m_adHoc.settingsFor(item, [this, done](Result<SubmissionSettings> result) {
        if (result.ok())
            finish(result.value());
        done(std::move(result));
    });
}

CliOutbox::CliOutbox(CredentialsProvider* credentials)
    : m_store(OutboxStore::defaultBaseDir())
    , m_settings(Settings::defaultFileName())
    , m_runner(&m_store, SubmissionFactory::smtp(), credentials)
{
    m_runner.setSettings(&m_settings);
}

void CliOutbox::runToEnd(const std::function<void()>& start, qint64 hardLimitMs)
{
    QEventLoop loop;
    QObject::connect(&m_runner, &OutboxRunner::finished, &loop, &QEventLoop::quit);
    if (hardLimitMs > 0) {
        QTimer::singleShot(hardLimitMs, &loop, [this] { m_runner.stop(); });
    }
    start();
    if (m_runner.isRunning())
        loop.exec();
}

} // namespace Postino::Cli
