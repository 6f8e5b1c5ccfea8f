#include "CliCommon.h"

#include "outbox/OutboxRunner.h"

#include "ConnectionOptions.h"
#include "KeychainSecretStore.h"
#include "OAuthLogin.h"
#include "common/Paths.h"
#include "discovery/DiscoveryTypes.h"
#include "smtp/Transcript.h"

#include <QFile>

namespace Postino::Cli {

Result<QString> CliCommon::readTextFile(const QString& path, const QString& what)
{
    QFile file(path);
    if (!file.exists())
        return Error(ErrorKind::NoInput,
                     QCoreApplication::translate("Postino::Cli::SendCommand", "The %1 file \"%2\" does not exist.")
                         .arg(what, path));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::NoInput,
                     QCoreApplication::translate("Postino::Cli::SendCommand", "The %1 file \"%2\" cannot be read: %3.")
                         .arg(what, path, file.errorString()));
    }
    const QByteArray data = file.readAll();
    QString text = QString::fromUtf8(data);
    if (text.contains(QChar::ReplacementCharacter) && !data.contains("\xef\xbf\xbd")) {
        return Error(
            ErrorKind::DataError,
            QCoreApplication::translate("Postino::Cli::SendCommand",
                                        "The %1 file \"%2\" is not UTF-8 text. Convert it, for example with iconv -t "
                                        "UTF-8.")
                .arg(what, path));
    }
    return text;
}

QHash<quint16, quint16> CliCommon::testPortMap(const Context& ctx)
{
    QHash<quint16, quint16> map;
    const QString text = ctx.env.value(QStringLiteral("POSTINO_TEST_PORT_MAP"));
    for (const QString& pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = pair.split(QLatin1Char('='));
        if (parts.size() != 2)
            continue;
        const uint from = parts.at(0).trimmed().toUInt();
        const uint to = parts.at(1).trimmed().toUInt();
        if (from > 0 && from <= 65535 && to > 0 && to <= 65535)
            map.insert(static_cast<quint16>(from), static_cast<quint16>(to));
    }
    return map;
}

Result<quint16> CliCommon::parsePort(const QString& text, const QString& option)
{
    bool ok = false;
    const uint port = text.trimmed().toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return Error(ErrorKind::Usage, tr("%1 wants a port number from 1 to 65535, not \"%2\".").arg(option, text));
    return static_cast<quint16>(port);
}

Result<Security> CliCommon::parseSecurity(const QString& text, const QString& option)
{
    const auto security = securityFromName(text.trimmed().toLower());
    if (!security)
        return Error(ErrorKind::Usage, tr("%1 is tls, starttls or none, not \"%2\".").arg(option, text));
    return *security;
}

AccountStore CliCommon::accountStore()
{
    return AccountStore(AccountStore::defaultFilePath(Paths::override()));
}

std::unique_ptr<SecretStore> CliCommon::secretStore()
{
    return std::make_unique<KeychainSecretStore>();
}

Status CliCommon::applyRetryInitial(const QCommandLineParser& parser, const QCommandLineOption& option,
                                    OutboxRunner& runner)
{
    if (!parser.isSet(option))
        return {};
    bool ok = false;
    const qint64 seconds = parser.value(option).toLongLong(&ok);
    if (!ok || seconds < 1) {
        return Error(ErrorKind::Usage,
                     tr("--retry-initial wants a whole number of seconds, not \"%1\".").arg(parser.value(option)));
    }
    runner.setRetryInitialOverride(seconds);
    return {};
}

Status CliCommon::attachTranscript(Transcript& transcript, const ConnectionOptions& options, Context& ctx)
{
    if (!options.transcriptPath().isEmpty()) {
        const Status opened = transcript.writeTo(options.transcriptPath());
        if (!opened.ok())
            return opened;
    }
    if (options.verbose()) {
        QObject::connect(&transcript, &Transcript::lineAdded, &transcript, [&ctx](const QString& line) {
            ctx.err << line << '\n';
            ctx.err.flush();
        });
    }
    return {};
}

Result<AccountConnection> loadAccountConnection(const QString& name, const ConnectionOptions& options,
                                                const QCommandLineParser& parser, Context& ctx, SecretStore* secrets)
{
    std::optional<QString> given;
    if (options.passwordGiven(parser)) {
        auto password = options.password(parser, ctx);
        if (!password.ok())
            return password.error();
        given = password.value();
    }
    return loadAccountConnection(name, options, given, secrets);
}

Result<AccountConnection> loadAccountConnection(const QString& name, const ConnectionOptions& options,
                                                const std::optional<QString>& givenPassword, SecretStore* secrets)
{
    const AccountStore store = CliCommon::accountStore();
    auto account = store.get(name);
    if (!account.ok())
        return account.error();

    AccountConnection connection;
    connection.account = account.value();
    // The stored endpoint with this run's options on top (a --resolve given now wins for its host).
    auto settings = submissionSettings(connection.account, QString(), options.overrides());
    if (!settings.ok())
        return settings.error();
    connection.endpoint = settings.value().endpoint;
    connection.credentials = settings.value().credentials;
    if (connection.account.auth == AuthMechanism::None)
        return connection;

    if (givenPassword && !givenPassword->isEmpty()) {
        connection.credentials = signInCredentials(connection.account, *givenPassword);
        return connection;
    }

    std::unique_ptr<SecretStore> owned;
    if (!secrets) {
        owned = CliCommon::secretStore();
        secrets = owned.get();
    }
    if (connection.account.usesOAuth2()) {
        // The keychain holds a refresh token; the server gets a fresh access token (never cached by the
        // caller: it expires, and OAuthLogin refreshes it).
        const Result<QString> token = OAuthLogin::accessToken(connection.account, options, *secrets);
        if (!token.ok())
            return token.error();
        connection.credentials = signInCredentials(connection.account, token.value());
        return connection;
    }
    const SecretStore::ReadResult stored = secrets->readPasswordNow(connection.account.name);
    if (!stored.ok()) {
        const Error& e = stored.error();
        return Error(ErrorKind::Config,
                     CliCommon::tr("Cannot read the password of the account %1 from the system keychain (%2). Start "
                                   "a keyring (e.g. gnome-keyring), or give the password for this run with "
                                   "--password-env VAR or --password-stdin.")
                         .arg(connection.account.name, e.detail().isEmpty() ? e.message() : e.detail()));
    }
    if (!stored.value()) {
        return Error(ErrorKind::Config,
                     CliCommon::tr("The keychain holds no password for the account %1. Give it with --password-env "
                                   "VAR or --password-stdin, or store it with 'postino-cli account remove %1' and "
                                   "'account add' again.")
                         .arg(connection.account.name));
    }
    connection.credentials = signInCredentials(connection.account, *stored.value());
    connection.passwordFromKeychain = true;
    return connection;
}

} // namespace Postino::Cli
