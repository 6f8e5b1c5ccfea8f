#pragma once

#include "Command.h"
#include "accounts/Account.h"

namespace Postino::Cli {

class ConnectionOptions;

// postino-cli account add|list|test|remove (cli.md, "account"). Passwords go to the system keychain only;
// `add --no-password` stores an account without one (send and account test then need --password-env or
// --password-stdin on every run), for systems where no keychain answers.
class AccountCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Cli::AccountCommand)
public:
    AccountCommand();
    int execute(const QStringList& args, Context& ctx) override;

private:
    int add(const QStringList& args, Context& ctx);
    int list(const QStringList& args, Context& ctx);
    int test(const QStringList& args, Context& ctx);
    int remove(const QStringList& args, Context& ctx);
    // account login NAME [--device-code]: a stored OAuth2 account signs in again (cli.md).
    int login(const QStringList& args, Context& ctx);
    // account add --oauth: the provider's server and <oAuth2>, a sign-in, then the refresh token in the
    // keychain and the account stored; nothing is stored when any step fails.
    int addOAuth(Account account, const QString& clientIdOption, bool deviceCode, bool passwordOptions,
                 bool serverGiven, const ConnectionOptions& connection, Context& ctx);
    // --config-dir and --json only (list, remove): returns false after reporting a problem in *code.
    bool parseSimple(QCommandLineParser& parser, const QStringList& args, Context& ctx, int* code);
};

} // namespace Postino::Cli
