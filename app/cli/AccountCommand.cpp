#include "AccountCommand.h"

#include "CliCommon.h"
#include "ConnectionOptions.h"
#include "OAuthLogin.h"
#include "ProbeCommand.h"
#include "accounts/SecretStore.h"
#include "common/Paths.h"
#include "common/Settings.h"
#include "discovery/DiscoveryTypes.h"
#include "discovery/ProviderDatabase.h"
#include "oauth/OAuthAccount.h"
#include "oauth/OAuthClientConfig.h"
#include "oauth/OAuthTokenSource.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace Postino::Cli {

namespace {

struct AddOptions
{
    QCommandLineOption email {QStringLiteral("email"), AccountCommand::tr("The account's e-mail address."),
                              QStringLiteral("ADDR")};
    QCommandLineOption displayName {QStringLiteral("display-name"), AccountCommand::tr("The name shown to recipients."),
                                    QStringLiteral("TEXT")};
    QCommandLineOption probe {QStringLiteral("probe"),
                              AccountCommand::tr("Find and verify the server (as postino-cli probe does).")};
    QCommandLineOption test {QStringLiteral("test"),
                             AccountCommand::tr("With --host: connect and verify before storing the account.")};
    QCommandLineOption host {QStringLiteral("host"), AccountCommand::tr("Outgoing server."), QStringLiteral("HOST")};
    QCommandLineOption port {QStringLiteral("port"), AccountCommand::tr("Server port (465, 587, 25, ...)."),
                             QStringLiteral("N")};
    QCommandLineOption security {QStringLiteral("security"),
                                 AccountCommand::tr("tls (implicit TLS), starttls, or none."),
                                 QStringLiteral("tls|starttls|none")};
    QCommandLineOption username {QStringLiteral("username"),
                                 AccountCommand::tr("Sign in with this user name (default: the address)."),
                                 QStringLiteral("U")};
    QCommandLineOption auth {QStringLiteral("auth"),
                             AccountCommand::tr("Authentication mechanism (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-256, "
                                                "XOAUTH2, OAUTHBEARER), or NONE for a server that needs no sign-in; "
                                                "default: the strongest offered."),
                             QStringLiteral("MECH")};
    QCommandLineOption oauth {QStringLiteral("oauth"),
                              AccountCommand::tr("Sign in with OAuth2 through the browser (Gmail, Microsoft 365, and "
                                                 "any provider whose provider file has <oAuth2>).")};
    QCommandLineOption oauthClientId {QStringLiteral("oauth-client-id"),
                                      AccountCommand::tr("The OAuth2 client ID registered for Postino with the "
                                                         "provider (default: the setting oauth/PROVIDER/client_id)."),
                                      QStringLiteral("ID")};
    QCommandLineOption deviceCode {QStringLiteral("device-code"),
                                   AccountCommand::tr("With --oauth: sign in on another device with a code (RFC "
                                                      "8628), where the provider allows it.")};
    QCommandLineOption noPassword {QStringLiteral("no-password"),
                                   AccountCommand::tr("Store no password (for systems without a keychain): send and "
                                                      "account test then need --password-env or --password-stdin on "
                                                      "every run.")};
};

QStringList resolveEntries(const ConnectionOptions& options)
{
    QStringList entries;
    for (auto it = options.resolve().cbegin(); it != options.resolve().cend(); ++it)
        entries.append(it.key() + QLatin1Char(':') + it.value());
    entries.sort();
    return entries;
}

Error unknownSubcommand(const QString& what)
{
    return Error(ErrorKind::Usage,
                 AccountCommand::tr("account wants add, login, list, test or remove, not \"%1\". Run "
                                    "'postino-cli account --help' for the forms.")
                     .arg(what));
}

// --host, --port and --security (the port's usual one when not given).
Status readServer(const QCommandLineParser& parser, const AddOptions& o, Account& account)
{
    account.host = parser.value(o.host).trimmed().toLower();
    if (!parser.isSet(o.port)) {
        return Error(ErrorKind::Usage,
                     AccountCommand::tr("--host needs --port N (465 for implicit TLS, 587 "
                                        "for STARTTLS)."));
    }
    auto port = CliCommon::parsePort(parser.value(o.port), QStringLiteral("--port"));
    if (!port.ok())
        return port.error();
    account.port = port.value();
    if (!parser.isSet(o.security)) {
        account.security = account.port == 465 ? Security::Tls : Security::StartTls;
        return {};
    }
    auto security = CliCommon::parseSecurity(parser.value(o.security), QStringLiteral("--security"));
    if (!security.ok())
        return security.error();
    account.security = security.value();
    return {};
}

// The account add's options describe, before any server is probed: Usage errors for what is missing or
// contradicts, in the order cli.md lists the options.
Result<Account> describedAccount(const QCommandLineParser& parser, const AddOptions& o, ConnectionOptions& connection)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return Error(ErrorKind::Usage,
                     AccountCommand::tr("account add wants one NAME, like: postino-cli account "
                                        "add work --email ada@example.com --probe"));
    Account account;
    account.name = positional.constFirst();
    if (!Account::isValidName(account.name)) {
        return Error(ErrorKind::Usage,
                     AccountCommand::tr("\"%1\" cannot name an account: use 1 to 64 letters, "
                                        "digits, '.', '_' or '-', starting with a letter or digit.")
                         .arg(account.name));
    }
    if (!parser.isSet(o.email))
        return Error(ErrorKind::Usage, AccountCommand::tr("account add needs the address: --email ADDR."));
    account.email = parser.value(o.email).trimmed();
    account.displayName = parser.value(o.displayName);
    account.username = parser.value(o.username).trimmed();

    const bool probe = parser.isSet(o.probe);
    const bool manual = parser.isSet(o.host);
    const bool oauth = parser.isSet(o.oauth);
    if (!oauth && (parser.isSet(o.oauthClientId) || parser.isSet(o.deviceCode))) {
        return Error(ErrorKind::Usage, AccountCommand::tr("--oauth-client-id and --device-code go with --oauth."));
    }
    if (oauth && probe) {
        return Error(ErrorKind::Usage,
                     AccountCommand::tr("--oauth finds the server in the provider database; drop --probe (or give "
                                        "--host, --port and --security)."));
    }
    if (!oauth && probe == manual) {
        return Error(ErrorKind::Usage,
                     AccountCommand::tr("Say how to find the server: --probe, or --host HOST "
                                        "--port N --security tls|starttls|none (not both)."));
    }
    if (!manual && (parser.isSet(o.port) || parser.isSet(o.security) || parser.isSet(o.test))) {
        return Error(ErrorKind::Usage,
                     AccountCommand::tr("--port, --security and --test go with --host; --probe "
                                        "finds them itself."));
    }
    if (manual) {
        if (const Status server = readServer(parser, o, account); !server.ok())
            return server.error();
    }
    if (parser.isSet(o.auth)) {
        const auto mechanism = authMechanismFromName(parser.value(o.auth).trimmed().toUpper());
        if (!mechanism)
            return Error(ErrorKind::Usage,
                         AccountCommand::tr("--auth: unknown mechanism \"%1\".").arg(parser.value(o.auth)));
        account.auth = *mechanism;
    }
    if (const Status read = connection.read(parser); !read.ok())
        return read.error();
    account.caFile = connection.caFile();
    account.pinnedSha256 = connection.fingerprint();
    account.resolve = resolveEntries(connection);
    if (const Status valid = account.validate(); !valid.ok())
        return valid.error();
    return account;
}

// A name already taken is a Usage error (64): the command line asks for it; the stored configuration is fine.
Status nameIsFree(const AccountStore& store, const QString& name)
{
    if (!store.contains(name))
        return {};
    return Error(ErrorKind::Usage,
                 AccountCommand::tr("An account named %1 exists already (in %2). Choose "
                                    "another name, or remove it first with 'postino-cli "
                                    "account remove %1'.")
                     .arg(name, store.filePath()));
}

// A password, --no-password and --auth NONE must agree.
Status passwordChoice(const Account& account, const QString& password, bool noPassword)
{
    const bool needsPassword = account.auth != AuthMechanism::None;
    if (noPassword && !password.isEmpty()) {
        return Error(ErrorKind::Usage,
                     AccountCommand::tr("--no-password and a password (--password-env or "
                                        "--password-stdin) contradict each other; give one."));
    }
    if (!needsPassword && !password.isEmpty()) {
        return Error(ErrorKind::Usage,
                     AccountCommand::tr("--auth NONE signs in with no password; drop "
                                        "--password-env / --password-stdin."));
    }
    if (needsPassword && password.isEmpty() && !noPassword) {
        return Error(ErrorKind::Usage,
                     AccountCommand::tr("Give the account's password with --password-env VAR or --password-stdin "
                                        "(it goes to the system keychain), or --no-password to store none (send "
                                        "and account test will then need --password-env every time), or --auth "
                                        "NONE for a server without sign-in."));
    }
    return {};
}

// The password into the keychain; a keychain that does not answer is a Config error (78) saying what to do.
Status writePassword(SecretStore& secrets, const QString& name, const QString& password)
{
    const Status written = secrets.writePasswordNow(name, password);
    if (written.ok())
        return {};
    const Error& e = written.error();
    return Error(ErrorKind::Config,
                 AccountCommand::tr("Cannot store the password of %1 in the system keychain (%2). The account was "
                                    "not added. Start a keyring (e.g. gnome-keyring), or add the account with "
                                    "--no-password and give the password to each run with --password-env.")
                     .arg(name, e.detail().isEmpty() ? e.message() : e.detail()));
}

// "Added the account work: smtp.example.com:465 (tls), password in the system keychain."
QString addedLine(const Account& account, bool passwordStored)
{
    const bool needsPassword = account.auth != AuthMechanism::None;
    return AccountCommand::tr("Added the account %1: %2:%3 (%4)%5.")
        .arg(account.name, account.host, QString::number(account.port), securityName(account.security),
             passwordStored      ? AccountCommand::tr(", password in the system keychain")
                 : needsPassword ? AccountCommand::tr(", no password stored: give it with --password-env on each run")
                                 : QString());
}

// --probe finds and verifies the server, --test verifies the one given (as postino-cli probe does).
int probeServer(const Account& account, const QString& password, bool manual, const ConnectionOptions& connection,
                Context& ctx, ProbeResult* result)
{
    ProbeSettings settings;
    settings.email = account.email;
    settings.username = account.username;
    settings.password = password;
    settings.applyTimings(Settings(Settings::defaultFileName()));
    if (manual) {
        settings.host = account.host;
        settings.port = account.port;
        settings.security = account.security;
    }
    return ProbeCommand::runAndReport(settings, connection, ctx, ProbeCommand::Output::StderrOnly, result);
}

// What the probe found goes into the account: the server, its SIZE, and the user name it signed in with.
void adoptProbed(Account& account, const ProbeCandidate& chosen)
{
    account.host = chosen.server.host;
    account.port = chosen.server.port;
    account.security = chosen.server.security;
    account.maxMessageSize = chosen.maxSize;
    if (account.username.isEmpty() && !chosen.usernameUsed.isEmpty()
        && chosen.usernameUsed.compare(account.email, Qt::CaseInsensitive) != 0)
        account.username = chosen.usernameUsed;
    else if (account.username.isEmpty() && !chosen.server.username.isEmpty()
             && chosen.server.username.compare(account.email, Qt::CaseInsensitive) != 0)
        account.username = chosen.server.username;
}

// --probe or --test before the account is stored: what the probe found goes into the account. When it
// fails, the password just stored is forgotten, the account is not added, and the probe's code returned.
int verifyServer(Account& account, const QString& password, bool manual, const ConnectionOptions& connection,
                 Context& ctx, const std::function<void()>& forgetPassword)
{
    ProbeResult result;
    const int code = probeServer(account, password, manual, connection, ctx, &result);
    if (code != 0) {
        forgetPassword();
        ctx.err << AccountCommand::tr("The account %1 was not added.").arg(account.name) << '\n';
        ctx.err.flush();
        if (connection.json())
            printJson(ctx, QJsonDocument(result.toJson()));
        return code;
    }
    adoptProbed(account, *result.server());
    return 0;
}

// The refresh token into the keychain; a keychain that does not answer is a Config error (78).
Status storeSignIn(SecretStore& secrets, const QString& name, const OAuthTokens& tokens)
{
    const Status written = OAuthTokenSource::store(secrets, name, tokens);
    if (written.ok())
        return {};
    const Error& e = written.error();
    return Error(ErrorKind::Config,
                 AccountCommand::tr("Cannot keep the sign-in of %1 in the system keychain (%2); nothing was stored. "
                                    "Start a keyring (e.g. gnome-keyring) and sign in again.")
                     .arg(name, e.detail().isEmpty() ? e.message() : e.detail()));
}

// Signs in (browser or device code) and reports a failure: "nothing was stored" is the flows' own word.
Result<OAuthTokens> signInFor(const Account& account, const OAuthClientId& client, bool deviceCode,
                              const ConnectionOptions& connection, Context& ctx)
{
    Result<OAuthTokens> tokens = OAuthLogin::signIn(account.oauth2, client, account.email, deviceCode, connection, ctx);
    if (!tokens.ok())
        return tokens.error();
    return tokens;
}

} // namespace

AccountCommand::AccountCommand()
    : Command(QStringLiteral("account"), tr("Add, list, test and remove stored accounts."))
{ }

int AccountCommand::execute(const QStringList& args, Context& ctx)
{
    const QString sub = args.value(1);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        QTextStream& stream = sub.isEmpty() ? ctx.err : ctx.out;
        stream << tr("Usage:\n"
                     "  postino-cli account add NAME --email ADDR [--display-name TEXT]\n"
                     "                          (--probe | --host HOST --port N --security tls|starttls|none "
                     "[--test])\n"
                     "                          [--username U] [--auth MECH]\n"
                     "                          [--password-env VAR | --password-stdin | --no-password]\n"
                     "  postino-cli account add NAME --email ADDR --oauth [--oauth-client-id ID] [--device-code]\n"
                     "  postino-cli account login NAME [--device-code]\n"
                     "  postino-cli account list [--json]\n"
                     "  postino-cli account test NAME [--json]\n"
                     "  postino-cli account remove NAME\n"
                     "Passwords are kept in the system keychain only. Run 'postino-cli account add --help' for the "
                     "options.")
               << '\n';
        stream.flush();
        return sub.isEmpty() ? 64 : 0;
    }
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return add(rest, ctx);
    if (sub == QLatin1String("list"))
        return list(rest, ctx);
    if (sub == QLatin1String("test"))
        return test(rest, ctx);
    if (sub == QLatin1String("remove"))
        return remove(rest, ctx);
    if (sub == QLatin1String("login"))
        return login(rest, ctx);
    return reportError(ctx, unknownSubcommand(sub));
}

bool AccountCommand::parseSimple(QCommandLineParser& parser, const QStringList& args, Context& ctx, int* code)
{
    const ConnectionOptions shared;
    parser.addOptions({shared.configDirOption, shared.jsonOption});
    if (!parse(parser, args, ctx)) {
        *code = parser.isSet(QStringLiteral("help")) ? 0 : 64;
        return false;
    }
    if (const Status dir = shared.readConfigDir(parser); !dir) {
        *code = reportError(ctx, dir.error());
        return false;
    }
    return true;
}

int AccountCommand::add(const QStringList& args, Context& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The account's name (letters, digits, '.', '_', '-')."));
    ConnectionOptions connection;
    AddOptions o;
    connection.addTo(parser);
    parser.addOptions({o.email, o.displayName, o.probe, o.test, o.host, o.port, o.security, o.username, o.auth,
                       o.noPassword, o.oauth, o.oauthClientId, o.deviceCode});
    if (!parse(parser, args, ctx))
        return parser.isSet(QStringLiteral("help")) ? 0 : 64;
    auto described = describedAccount(parser, o, connection);
    if (!described.ok())
        return reportError(ctx, described.error());
    Account account = described.value();

    AccountStore store = CliCommon::accountStore();
    if (const Status free = nameIsFree(store, account.name); !free.ok())
        return reportError(ctx, free.error());

    if (parser.isSet(o.oauth))
        return addOAuth(account, parser.value(o.oauthClientId), parser.isSet(o.deviceCode),
                        connection.passwordGiven(parser) || parser.isSet(o.noPassword) || parser.isSet(o.auth),
                        parser.isSet(o.host), connection, ctx);

    auto password = connection.password(parser, ctx);
    if (!password.ok())
        return reportError(ctx, password.error());
    if (const Status choice = passwordChoice(account, password.value(), parser.isSet(o.noPassword)); !choice.ok())
        return reportError(ctx, choice.error());

    // The keychain first, so that a missing keychain fails at once (78) and nothing is stored.
    std::unique_ptr<SecretStore> secrets = CliCommon::secretStore();
    const bool storePassword = !password.value().isEmpty();
    if (storePassword) {
        if (const Status written = writePassword(*secrets, account.name, password.value()); !written.ok())
            return reportError(ctx, written.error());
    }
    const auto forgetPassword = [&] {
        if (storePassword)
            (void)secrets->deletePasswordNow(account.name);
    };

    if (parser.isSet(o.probe) || parser.isSet(o.test)) {
        const int code = verifyServer(account, password.value(), parser.isSet(o.host), connection, ctx, forgetPassword);
        if (code != 0)
            return code;
    }

    if (const Status added = store.add(account); !added.ok()) {
        forgetPassword();
        return reportError(ctx, added.error());
    }
    if (connection.json())
        printJson(ctx, QJsonDocument(account.toJson()));
    ctx.err << addedLine(account, storePassword) << '\n';
    ctx.err.flush();
    return 0;
}

int AccountCommand::list(const QStringList& args, Context& ctx)
{
    QCommandLineParser parser;
    int code = 0;
    if (!parseSimple(parser, args, ctx, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return reportError(ctx, Error(ErrorKind::Usage, tr("account list takes no arguments.")));
    const QList<Account> accounts = CliCommon::accountStore().list();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Account& account : accounts)
            array.append(account.toJson());
        printJson(ctx, QJsonDocument(array));
        return 0;
    }
    if (accounts.isEmpty()) {
        ctx.err << tr("No accounts yet; add one with 'postino-cli account add NAME --email ADDR --probe'.") << '\n';
        ctx.err.flush();
        return 0;
    }
    QList<QStringList> rows {{tr("NAME"), tr("EMAIL"), tr("SERVER"), tr("SECURITY"), tr("USERNAME")}};
    for (const Account& a : accounts) {
        rows.append(
            {a.name,
             a.displayName.isEmpty() ? a.email : a.displayName + QStringLiteral(" <") + a.email + QLatin1Char('>'),
             a.host + QLatin1Char(':') + QString::number(a.port), securityName(a.security),
             a.auth == AuthMechanism::None ? tr("(no sign-in)") : a.effectiveUsername()});
    }
    QList<int> widths(rows.constFirst().size(), 0);
    for (const QStringList& row : std::as_const(rows)) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), static_cast<int>(row.at(i).size()));
    }
    for (const QStringList& row : std::as_const(rows)) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += row.at(i).leftJustified(widths.at(i) + 2);
        ctx.out << line.trimmed() << '\n';
    }
    ctx.out.flush();
    return 0;
}

int AccountCommand::test(const QStringList& args, Context& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The stored account to test."));
    ConnectionOptions connection;
    connection.addTo(parser);
    if (!parse(parser, args, ctx))
        return parser.isSet(QStringLiteral("help")) ? 0 : 64;
    ctx.failureJson = probeFailureJson({});
    if (parser.positionalArguments().size() != 1)
        return reportError(ctx, Error(ErrorKind::Usage, tr("account test wants one NAME.")));
    if (const Status read = connection.read(parser); !read.ok())
        return reportError(ctx, read.error());

    auto loaded = loadAccountConnection(parser.positionalArguments().constFirst(), connection, parser, ctx);
    if (!loaded.ok())
        return reportError(ctx, loaded.error());
    const AccountConnection& c = loaded.value();

    ProbeSettings settings;
    settings.email = c.account.email;
    settings.username = c.credentials.username;
    settings.password = c.credentials.secret;
    if (c.account.usesOAuth2())
        settings.mechanism = c.account.auth; // the token goes over XOAUTH2 (OAUTHBEARER), never as a password
    settings.applyTimings(Settings(Settings::defaultFileName()));
    settings.host = c.endpoint.host;
    settings.port = c.endpoint.port;
    settings.security = c.endpoint.security;
    for (const QString& entry : c.account.resolve) {
        const auto colon = entry.indexOf(QLatin1Char(':'));
        if (colon > 0)
            settings.resolve.insert(entry.left(colon).toLower(), entry.mid(colon + 1));
    }
    settings.extraCaCertificates = c.endpoint.extraCaCertificates;
    settings.pinnedSha256 = c.endpoint.pinnedSha256;
    ProbeResult result;
    const int code = ProbeCommand::runAndReport(settings, connection, ctx, ProbeCommand::Output::Report, &result);
    // A server that answered EHLO told its largest message size (even when it refused the password): the
    // account keeps it for the desktop composer's warning. The test's outcome does not depend on it.
    if (const ProbeCandidate* chosen = result.server(); chosen && !chosen->capabilities.isEmpty()) {
        if (const Status stored = CliCommon::accountStore().rememberMaxMessageSize(c.account.name, chosen->maxSize);
            !stored.ok()) {
            ctx.err << tr("Note: the server's message size limit could not be stored with the account: %1")
                           .arg(stored.error().message())
                    << '\n';
            ctx.err.flush();
        }
    }
    return code;
}

int AccountCommand::remove(const QStringList& args, Context& ctx)
{
    QCommandLineParser parser;
    int code = 0;
    if (!parseSimple(parser, args, ctx, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return reportError(ctx, Error(ErrorKind::Usage, tr("account remove wants one NAME.")));
    const QString name = parser.positionalArguments().constFirst();
    AccountStore store = CliCommon::accountStore();
    if (auto account = store.get(name); !account.ok())
        return reportError(ctx, account.error());
    if (const Status removed = store.remove(name); !removed.ok())
        return reportError(ctx, removed.error());
    std::unique_ptr<SecretStore> secrets = CliCommon::secretStore();
    (void)secrets->deletePasswordNow(OAuthTokenSource::refreshTokenKey(name)); // an OAuth2 sign-in, if any
    if (const Status deleted = secrets->deletePasswordNow(name); !deleted.ok()) {
        const Error& e = deleted.error();
        ctx.err << tr("Removed the account %1; no keychain answered to delete its password, if it had one (%2).")
                       .arg(name, e.detail().isEmpty() ? e.message() : e.detail())
                << '\n';
    } else {
        ctx.err << tr("Removed the account %1 and its password.").arg(name) << '\n';
    }
    ctx.err.flush();
    if (parser.isSet(QStringLiteral("json")))
        printJson(ctx, QJsonDocument(QJsonObject {{QStringLiteral("removed"), name}}));
    return 0;
}

int AccountCommand::addOAuth(Account account, const QString& clientIdOption, bool deviceCode, bool passwordOptions,
                             bool serverGiven, const ConnectionOptions& connection, Context& ctx)
{
    if (passwordOptions) {
        return reportError(ctx,
                           Error(ErrorKind::Usage,
                                 tr("--oauth signs in through the browser with the provider's own mechanism; drop "
                                    "--password-env, --password-stdin, --no-password and --auth.")));
    }
    Result<const ProviderEntry*> provider = OAuthAccount::apply(account, ProviderDatabase::installed(), serverGiven);
    if (!provider.ok())
        return reportError(ctx, provider.error());
    const Settings settings(Settings::defaultFileName());
    const Result<OAuthClientId> client = OAuthClientConfig::resolve(*provider.value(), clientIdOption, &settings);
    if (!client.ok())
        return reportError(ctx, client.error());
    account.oauthClientId = client.value().clientId;
    if (const Status valid = account.validate(); !valid.ok())
        return reportError(ctx, valid.error());

    const Result<OAuthTokens> tokens = signInFor(account, client.value(), deviceCode, connection, ctx);
    if (!tokens.ok()) {
        ctx.err << tr("The account %1 was not added.").arg(account.name) << '\n';
        ctx.err.flush();
        return reportError(ctx, tokens.error());
    }
    std::unique_ptr<SecretStore> secrets = CliCommon::secretStore();
    if (const Status stored = storeSignIn(*secrets, account.name, tokens.value()); !stored.ok())
        return reportError(ctx, stored.error());
    AccountStore store = CliCommon::accountStore();
    if (const Status added = store.add(account); !added.ok()) {
        (void)secrets->deletePasswordNow(OAuthTokenSource::refreshTokenKey(account.name));
        return reportError(ctx, added.error());
    }
    if (connection.json())
        printJson(ctx, QJsonDocument(account.toJson()));
    ctx.err << tr("Added the account %1: %2:%3 (%4), signed in with OAuth2 (%5); the sign-in is kept in the system "
                  "keychain.")
                   .arg(account.name, account.host, QString::number(account.port), securityName(account.security),
                        authMechanismName(account.auth))
            << '\n';
    ctx.err.flush();
    return 0;
}

int AccountCommand::login(const QStringList& args, Context& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The stored OAuth2 account to sign in again."));
    ConnectionOptions connection;
    connection.addTo(parser, false);
    AddOptions o;
    parser.addOptions({o.deviceCode, o.oauthClientId});
    if (!parse(parser, args, ctx))
        return parser.isSet(QStringLiteral("help")) ? 0 : 64;
    if (parser.positionalArguments().size() != 1)
        return reportError(ctx, Error(ErrorKind::Usage, tr("account login wants one NAME.")));
    if (const Status read = connection.read(parser); !read.ok())
        return reportError(ctx, read.error());
    AccountStore store = CliCommon::accountStore();
    Result<Account> loaded = store.get(parser.positionalArguments().constFirst());
    if (!loaded.ok())
        return reportError(ctx, loaded.error());
    Account account = loaded.value();
    if (!account.usesOAuth2()) {
        return reportError(ctx,
                           Error(ErrorKind::Usage,
                                 tr("The account %1 signs in with a password, not OAuth2; to sign in with OAuth2, "
                                    "remove it and add it again with --oauth.")
                                     .arg(account.name)));
    }
    ProviderEntry entry;
    entry.id = account.oauthProvider;
    entry.displayName = account.oauthProvider;
    entry.oauth2 = account.oauth2;
    if (const ProviderEntry* known = ProviderDatabase::installed().findById(account.oauthProvider))
        entry.appPasswordUrl = known->appPasswordUrl;
    const Settings settings(Settings::defaultFileName());
    const QString given = parser.isSet(o.oauthClientId) ? parser.value(o.oauthClientId) : account.oauthClientId;
    const Result<OAuthClientId> client = OAuthClientConfig::resolve(entry, given, &settings);
    if (!client.ok())
        return reportError(ctx, client.error());

    const Result<OAuthTokens> tokens = signInFor(account, client.value(), parser.isSet(o.deviceCode), connection, ctx);
    if (!tokens.ok())
        return reportError(ctx, tokens.error());
    std::unique_ptr<SecretStore> secrets = CliCommon::secretStore();
    if (const Status stored = storeSignIn(*secrets, account.name, tokens.value()); !stored.ok())
        return reportError(ctx, stored.error());
    account.signInAgain = false;
    account.oauthClientId = client.value().clientId;
    if (const Status saved = store.save(account); !saved.ok())
        return reportError(ctx, saved.error());
    ctx.err << tr("Signed in again as %1; the messages of %2 waiting in the outbox go with the next queue run.")
                   .arg(account.effectiveUsername(), account.name)
            << '\n';
    ctx.err.flush();
    return 0;
}

} // namespace Postino::Cli
