#include "ServerOptions.h"

#include "ConnectionOptions.h"

namespace Postino::Cli {

ServerOptions::ServerOptions()
    : account(QStringLiteral("account"), tr("Send with this stored account."), QStringLiteral("NAME"))
    , host(QStringLiteral("host"), tr("Outgoing server."), QStringLiteral("HOST"))
    , port(QStringLiteral("port"), tr("Server port (465, 587, 25, ...)."), QStringLiteral("N"))
    , security(QStringLiteral("security"), tr("tls (implicit TLS), starttls, or none."),
               QStringLiteral("tls|starttls|none"))
    , username(QStringLiteral("username"), tr("Log in with this user name."), QStringLiteral("U"))
    , auth(QStringLiteral("auth"),
           tr("Authentication mechanism (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-256, XOAUTH2, OAUTHBEARER); default: the "
              "strongest offered."),
           QStringLiteral("MECH"))
    , allowInsecureAuth(QStringLiteral("allow-insecure-auth"),
                        tr("Allow sending the password without TLS to a remote server (never do this over the "
                           "internet)."))
{ }

void ServerOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({account, host, port, security, username, auth, allowInsecureAuth});
}

// --host, --port, --security and --allow-insecure-auth (the port's usual security, the security's usual
// port when one is not given), with this run's connection options.
Result<ServerEndpoint> ServerOptions::endpoint(const QCommandLineParser& parser,
                                               const ConnectionOptions& connection) const
{
    ServerEndpoint endpoint;
    endpoint.host = parser.value(host).trimmed();
    if (parser.isSet(security)) {
        const auto chosen = securityFromName(parser.value(security));
        if (!chosen) {
            return Error(ErrorKind::Usage,
                         tr("--security is tls, starttls or none, not \"%1\".").arg(parser.value(security)));
        }
        endpoint.security = *chosen;
    }
    if (parser.isSet(port)) {
        bool ok = false;
        const uint number = parser.value(port).toUInt(&ok);
        if (!ok || number == 0 || number > 65535) {
            return Error(ErrorKind::Usage,
                         tr("--port wants a number from 1 to 65535, not \"%1\".").arg(parser.value(port)));
        }
        endpoint.port = static_cast<quint16>(number);
        if (!parser.isSet(security))
            endpoint.security = number == 465 ? Security::Tls : Security::StartTls;
    } else {
        endpoint.port = endpoint.security == Security::Tls ? 465 : endpoint.security == Security::None ? 25 : 587;
    }
    endpoint.allowInsecureAuth = parser.isSet(allowInsecureAuth);
    connection.applyTo(endpoint);
    return endpoint;
}

// --username, --auth and the password (--password-env or --password-stdin), which must go together.
Result<Credentials> ServerOptions::credentials(const QCommandLineParser& parser, const ConnectionOptions& connection,
                                               Context& ctx, Password password) const
{
    Credentials credentials;
    credentials.username = parser.value(username);
    if (parser.isSet(auth)) {
        const auto mechanism = authMechanismFromName(parser.value(auth));
        if (!mechanism)
            return Error(ErrorKind::Usage, tr("--auth: unknown mechanism \"%1\".").arg(parser.value(auth)));
        credentials.mechanism = *mechanism;
    }
    auto secret = connection.password(parser, ctx);
    if (!secret.ok())
        return secret.error();
    credentials.secret = secret.value();
    if (!parser.isSet(account) && !credentials.secret.isEmpty() && credentials.username.isEmpty())
        return Error(ErrorKind::Usage, tr("A password was given but no --username to log in with."));
    if (password == Password::Required && credentials.wanted() && credentials.secret.isEmpty()
        && credentials.mechanism != AuthMechanism::None) {
        return Error(ErrorKind::Usage,
                     tr("--username %1 needs a password: give it with --password-env VAR or --password-stdin.")
                         .arg(credentials.username));
    }
    return credentials;
}

// The server options an ad-hoc item keeps, for this and later runs.
OutboxServer ServerOptions::adHocServer(const ServerEndpoint& endpoint, const Credentials& credentials,
                                        const QCommandLineParser& parser, const ConnectionOptions& connection) const
{
    OutboxServer server;
    server.host = endpoint.host;
    server.port = endpoint.port;
    server.security = endpoint.security;
    server.username = credentials.username;
    server.auth = credentials.mechanism;
    server.resolve = parser.values(connection.resolveOption);
    server.caFile = connection.caFile();
    server.pinnedSha256 = connection.fingerprint();
    server.allowInsecureAuth = endpoint.allowInsecureAuth;
    return server;
}

Result<ServerOptions::Route> ServerOptions::route(const QCommandLineParser& parser, const ConnectionOptions& connection,
                                                  Context& ctx, Password password) const
{
    if (parser.isSet(account) && parser.isSet(host))
        return Error(ErrorKind::Usage, tr("Give either --account NAME or --host HOST, not both."));
    if (!parser.isSet(account) && !parser.isSet(host)) {
        return Error(ErrorKind::Usage,
                     tr("Say where to send: --account NAME, or --host HOST --port N --security tls|starttls|none."));
    }
    ServerEndpoint adHoc;
    if (!parser.isSet(account)) {
        auto made = endpoint(parser, connection);
        if (!made.ok())
            return made.error();
        adHoc = made.value();
    }
    auto given = credentials(parser, connection, ctx, password);
    if (!given.ok())
        return given.error();
    Route route;
    route.credentials = given.value();
    if (parser.isSet(account))
        route.account = parser.value(account);
    else
        route.server = adHocServer(adHoc, route.credentials, parser, connection);
    return route;
}

} // namespace Postino::Cli
