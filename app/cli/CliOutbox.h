#pragma once

#include "ConnectionOptions.h"
#include "accounts/AccountStore.h"
#include "campaign/CampaignService.h"
#include "common/Settings.h"
#include "outbox/CredentialsProvider.h"
#include "outbox/OutboxRunner.h"
#include "outbox/OutboxStore.h"

#include <QHash>

#include <optional>

namespace Postino {
class Transcript;
}

namespace Postino::Cli {

// Where and as whom the CLI sends an outbox item. Stored accounts: the account file and the keychain
// (read once per account and run), unless --password-env/--password-stdin gave the password. Ad-hoc
// items: their stored options and the password given for this run. Connection options given for this
// run (--resolve, --ca-file, --trust-fingerprint, --timeout) add to the stored ones; --transcript/-v
// get the dialogue.
class CliCredentials final : public CredentialsProvider
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Cli::CliCredentials)
public:
    CliCredentials(const ConnectionOptions& options, std::optional<QString> password, Transcript* transcript);
    void settingsFor(const OutboxItem& item, Callback done) override;
    bool tokenRefused(const OutboxItem& item) override;

    // The settings of a stored account (server and credentials), for `send --account`, `queue run` and
    // `account test`. Config errors (78) say what is missing: the account, or a password.
    [[nodiscard]] Result<SubmissionSettings> accountSettings(const QString& name);

private:
    void finish(SubmissionSettings& settings, bool applyOptions) const;

    const ConnectionOptions& m_options;
    std::optional<QString> m_password;
    Transcript* m_transcript;
    StaticCredentialsProvider m_adHoc;
    QHash<QString, QString> m_keychainCache;
};

// The outbox as the CLI uses it: the store, the settings, a runner, and a bounded wait for it.
class CliOutbox
{
public:
    explicit CliOutbox(CredentialsProvider* credentials);

    [[nodiscard]] OutboxStore& store() { return m_store; }
    [[nodiscard]] OutboxRunner& runner() { return m_runner; }
    [[nodiscard]] Settings& settings() { return m_settings; }
    [[nodiscard]] CampaignService& campaigns() { return m_campaigns.service; }

    // Starts the runner with start() and waits for finished(). Every wait of the runner is bounded by
    // its own timeouts; hardLimitMs is a last resort against a bug (0: none).
    void runToEnd(const std::function<void()>& start, qint64 hardLimitMs = 0);

private:
    OutboxStore m_store;
    Settings m_settings;
    AccountStore m_accounts; // the runner's default limits: what each account's provider allows
    CampaignRoom m_campaigns; // the runner asks its gate: a paused campaign's messages wait
    OutboxRunner m_runner;
};

} // namespace Postino::Cli
