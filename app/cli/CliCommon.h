#pragma once

#include "Command.h"
#include "accounts/Account.h"
#include "accounts/AccountStore.h"
#include "common/Error.h"
#include "smtp/SmtpTypes.h"

#include <QHash>

#include <memory>
#include <optional>

namespace Postino {
class OutboxRunner;
class SecretStore;
class Transcript;
} // namespace Postino

namespace Postino::Cli {

class ConnectionOptions;

// Small pieces several commands share (send, queue, probe, account).
class CliCommon
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Cli::CliCommon)
public:
    CliCommon() = delete;

    // A port from 1 to 65535, or a Usage error naming option.
    [[nodiscard]] static Result<quint16> parsePort(const QString& text, const QString& option);
    // "tls", "starttls" or "none", or a Usage error naming option.
    [[nodiscard]] static Result<Security> parseSecurity(const QString& text, const QString& option);

    // The accounts of this run: <config>/postino/accounts.ini, or DIR/accounts.ini with --config-dir (call
    // after ConnectionOptions::read()).
    [[nodiscard]] static AccountStore accountStore();
    // The system keychain (QtKeychain, service "postino").
    [[nodiscard]] static std::unique_ptr<SecretStore> secretStore();

    // --retry-initial SECONDS (option, when given): the runner's first backoff step for this run, or a
    // Usage error for anything but a whole number of seconds from 1.
    [[nodiscard]] static Status applyRetryInitial(const QCommandLineParser& parser, const QCommandLineOption& option,
                                                  OutboxRunner& runner);

    // A UTF-8 text file (a body, a template): NoInput when it is missing or unreadable, DataError when it is
    // not UTF-8; what names the file for people ("body", "HTML").
    [[nodiscard]] static Result<QString> readTextFile(const QString& path, const QString& what);

    // The test-only port map, POSTINO_TEST_PORT_MAP="465=12345,587=12346" (a session for port 465 connects to
    // 12345 instead); anything malformed is ignored.
    [[nodiscard]] static QHash<quint16, quint16> testPortMap(const Context& ctx);

    // Sends the transcript to --transcript FILE and, with -v, to stderr.
    [[nodiscard]] static Status attachTranscript(Transcript& transcript, const ConnectionOptions& options,
                                                 Context& ctx);
};

// A stored account made ready to connect: its endpoint (the account's CA file, pinned fingerprint and
// --resolve entries, plus what this run's connection options add) and its credentials.
struct AccountConnection
{
    Account account;
    ServerEndpoint endpoint;
    Credentials credentials; // username empty when the account signs in with no password (auth NONE)
    bool passwordFromKeychain = false;
};

// Loads the account NAME for send, queue run and account test. The password comes from --password-env or
// --password-stdin when given, else from the keychain. Errors: an unknown account is Config (78); no
// keychain answering and no password given is Config (78); no password stored for the account is Config
// (78), saying to give one with --password-env. secrets: null uses CliCommon::secretStore().
[[nodiscard]] Result<AccountConnection> loadAccountConnection(const QString& name, const ConnectionOptions& options,
                                                              const QCommandLineParser& parser, Context& ctx,
                                                              SecretStore* secrets = nullptr);
// The same with the password already read (nullopt: none given, use the keychain).
[[nodiscard]] Result<AccountConnection> loadAccountConnection(const QString& name, const ConnectionOptions& options,
                                                              const std::optional<QString>& givenPassword,
                                                              SecretStore* secrets = nullptr);

} // namespace Postino::Cli
