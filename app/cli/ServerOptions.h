#pragma once

#include "Command.h"
#include "outbox/OutboxItem.h"
#include "smtp/SmtpTypes.h"

#include <QCommandLineOption>

namespace Postino::Cli {

class ConnectionOptions;

// Where a message goes and as whom, as `send`, `campaign create` and `campaign test` take it: a stored
// account (--account NAME), or direct server options (--host HOST --port N --security tls|starttls|none
// [--username U] [--auth MECH] [--allow-insecure-auth]) that an ad-hoc outbox item keeps (never the
// password).
class ServerOptions
{
    // The words are send's, where they were first written (and translated).
    Q_DECLARE_TR_FUNCTIONS(Postino::Cli::SendCommand)
public:
    ServerOptions();
    void addTo(QCommandLineParser& parser) const;

    // A stored account's name, or the server options of this run with the credentials.
    struct Route
    {
        QString account;
        OutboxServer server;
        Credentials credentials;
    };
    // Required: --username needs a password now (send). Later: the password comes when the messages are
    // sent (campaign create: `queue run --password-env`), and one given now is not kept.
    enum class Password { Required, Later };
    // Usage errors name the option; reads the password (--password-env, --password-stdin) when given.
    [[nodiscard]] Result<Route> route(const QCommandLineParser& parser, const ConnectionOptions& connection,
                                      Context& ctx, Password password = Password::Required) const;

    const QCommandLineOption account;
    const QCommandLineOption host;
    const QCommandLineOption port;
    const QCommandLineOption security;
    const QCommandLineOption username;
    const QCommandLineOption auth;
    const QCommandLineOption allowInsecureAuth;

private:
    [[nodiscard]] Result<ServerEndpoint> endpoint(const QCommandLineParser& parser,
                                                  const ConnectionOptions& connection) const;
    [[nodiscard]] Result<Credentials> credentials(const QCommandLineParser& parser, const ConnectionOptions& connection,
                                                  Context& ctx, Password password) const;
    [[nodiscard]] OutboxServer adHocServer(const ServerEndpoint& endpoint, const Credentials& credentials,
                                           const QCommandLineParser& parser, const ConnectionOptions& connection) const;
};

} // namespace Postino::Cli
