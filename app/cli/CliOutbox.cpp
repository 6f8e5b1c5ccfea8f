#include "CliOutbox.h"

#include "OAuthLogin.h"

#include "CliCommon.h"
#include "common/Paths.h"
#include "discovery/ProviderDatabase.h"
#include "outbox/ProviderLimits.h"
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

void CliCredentials::finish(SubmissionSettings& settings, bool applyOptions) const
{
    if (applyOptions)
        m_options.applyTo(settings.endpoint);
    if (m_options.timeoutMs() > 0)
        settings.timeouts = SmtpTimeouts::uniform(m_options.timeoutMs());
    if (m_transcript)
        settings.transcript = m_transcript;
}

Result<SubmissionSettings> CliCredentials::accountSettings(const QString& name)
{
    // The keychain is asked once per account and run; a password given on the command line wins.
    std::optional<QString> password = m_password;
    if (!password && m_keychainCache.contains(name))
        password = m_keychainCache.value(name);
    Result<AccountConnection> connection = loadAccountConnection(name, m_options, password);
    if (!connection.ok())
        return connection.error();
    if (connection.value().passwordFromKeychain)
        m_keychainCache.insert(name, connection.value().credentials.secret);
    SubmissionSettings settings;
    settings.endpoint = connection.value().endpoint; // the run's options are already applied
    settings.credentials = connection.value().credentials;
    finish(settings, false);
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
            finish(result.value(), true);
        done(std::move(result));
    });
}

bool CliCredentials::tokenRefused(const OutboxItem& item)
{
    if (item.isAdHoc() || m_password)
        return false; // a token given for this run cannot be refreshed here
    const Result<Account> account = AccountStore(AccountStore::defaultFilePath(Paths::override())).get(item.account);
    if (!account || !account.value().usesOAuth2())
        return false;
    OAuthLogin::forget(item.account);
    return true;
}

CliOutbox::CliOutbox(CredentialsProvider* credentials)
    : m_store(OutboxStore::defaultBaseDir())
    , m_settings(Settings::defaultFileName())
    , m_accounts(AccountStore::defaultFilePath(Paths::override()))
    , m_campaigns(OutboxStore::defaultBaseDir(), &m_store)
    , m_runner(&m_store, SubmissionFactory::smtp(), credentials)
{
    m_runner.setSettings(&m_settings);
    m_runner.setLocalAccount(accountsOnThisMachine(m_accounts));
    m_runner.setDefaultLimits(providerDefaultLimits(m_accounts, ProviderDatabase::installed()));
    // A paused campaign's messages wait, a sending one's go at its pace (over the provider's).
    m_campaigns.service.attach(&m_runner);
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
