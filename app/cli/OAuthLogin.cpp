#include "OAuthLogin.h"

#include "CliCommon.h"
#include "ConnectionOptions.h"
#include "accounts/SecretStore.h"
#include "common/Settings.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/DeviceAuthorization.h"
#include "oauth/OAuthTokenSource.h"

#include <QEventLoop>
#include <QHash>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>

#include <optional>

namespace Postino::Cli {

namespace {

// This process's access tokens, by account (plain values: nothing to tear down at exit).
QHash<QString, OAuthTokens>& tokenCache()
{
    static QHash<QString, OAuthTokens> cache;
    return cache;
}

} // namespace

OAuthHttpOptions OAuthLogin::httpOptions(const ConnectionOptions& options)
{
    OAuthHttpOptions http;
    http.resolve = options.resolve();
    http.extraCaCertificates = options.caCertificates();
    if (options.timeoutMs() > 0)
        http.timeoutMs = options.timeoutMs();
    return http;
}

void OAuthLogin::openBrowser(const QUrl& url, Context& ctx)
{
    const QString address = url.toString(QUrl::FullyEncoded);
    QString program = ctx.env.value(QStringLiteral("BROWSER")).section(QLatin1Char(':'), 0, 0).trimmed();
    QStringList arguments;
    if (program.isEmpty()) {
        const bool desktop = !ctx.env.value(QStringLiteral("DISPLAY")).isEmpty()
            || !ctx.env.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty();
        if (!desktop)
            return; // no desktop here: the address on stderr is for the user to open elsewhere
        program = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
        if (program.isEmpty())
            return;
    } else if (program.contains(QLatin1String("%s"))) {
        // The old $BROWSER convention: "%s" stands for the address.
        QStringList words = QProcess::splitCommand(program);
        if (words.isEmpty())
            return;
        for (QString& word : words)
            word.replace(QLatin1String("%s"), address);
        program = words.takeFirst();
        arguments = words;
    }
    if (arguments.isEmpty())
        arguments = {address};
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(ctx.env);
    process.setStandardOutputFile(QProcess::nullDevice());
    if (!process.startDetached()) {
        ctx.err << tr("Could not start the browser %1; open the address above yourself.").arg(program) << '\n';
        ctx.err.flush();
    }
}

Result<OAuthTokens> OAuthLogin::signIn(const ProviderOAuth2& provider, const OAuthClientId& client,
                                       const QString& email, bool deviceCode, const ConnectionOptions& options,
                                       Context& ctx)
{
    OAuthHttp http(httpOptions(options));
    std::optional<Result<OAuthTokens>> result;
    QEventLoop loop;
    const auto done = [&result, &loop](const Result<OAuthTokens>& r) {
        result = r;
        loop.quit();
    };
    if (deviceCode) {
        DeviceAuthorization flow(provider, client, &http);
        QObject::connect(
            &flow, &DeviceAuthorization::userCodeReady, &flow,
            [&ctx](const QString& code, const QString& uri, const QString& complete) {
                ctx.err << tr("To sign in, open this address on any device and enter the code %1:").arg(code) << '\n'
                        << (complete.isEmpty() ? uri : complete) << '\n'
                        << tr("Waiting for the sign-in…") << '\n';
                ctx.err.flush();
            });
        QObject::connect(&flow, &DeviceAuthorization::finished, &loop, done);
        flow.start();
        if (!result)
            loop.exec();
        return *result;
    }
    AuthorizationCodeFlow flow(provider, client, &http);
    flow.setLoginHint(email);
    flow.setBrowserOpener([&ctx](const QUrl& url) {
        ctx.err << tr("Open this address in a browser to sign in:") << '\n'
                << url.toString(QUrl::FullyEncoded) << '\n'
                << tr("Waiting for the sign-in…") << '\n';
        ctx.err.flush();
        openBrowser(url, ctx);
    });
    QObject::connect(&flow, &AuthorizationCodeFlow::finished, &loop, done);
    flow.start();
    if (!result)
        loop.exec();
    return *result;
}

void OAuthLogin::forget(const QString& account)
{
    tokenCache().remove(account);
}

Result<QString> OAuthLogin::accessToken(const Account& account, const ConnectionOptions& options, SecretStore& secrets)
{
    if (account.signInAgain) {
        return OAuthTokenSource::signInAgainError(account.name, tr("its last refresh was refused"));
    }
    OAuthTokens& cached = tokenCache()[account.name];
    if (!cached.needsRefresh(QDateTime::currentDateTimeUtc()))
        return cached.accessToken;

    const Settings settings(Settings::defaultFileName());
    OAuthClientId client;
    client.clientId = account.oauthClientId;
    if (!account.oauthProvider.isEmpty()
        && settings.stringValue(Settings::Key::OAuthClientId, account.oauthProvider).trimmed() == client.clientId)
        client.clientSecret = settings.stringValue(Settings::Key::OAuthClientSecret, account.oauthProvider).trimmed();

    // The account's own --resolve and --ca-file (stored with it) reach the authorisation server too; this
    // run's options win.
    OAuthHttpOptions httpOptionsNow = httpOptions(options);
    for (const QString& entry : account.resolve) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        if (colon > 0 && !httpOptionsNow.resolve.contains(entry.left(colon).toLower()))
            httpOptionsNow.resolve.insert(entry.left(colon).toLower(), entry.mid(colon + 1));
    }
    if (!account.caFile.isEmpty())
        httpOptionsNow.extraCaCertificates += QSslCertificate::fromPath(account.caFile, QSsl::Pem);
    OAuthHttp http(httpOptionsNow);
    OAuthTokenSource source(account.name, account.oauth2, client, &secrets, &http);
    source.adopt(cached);
    bool refused = false;
    QObject::connect(&source, &OAuthTokenSource::signInRequired, &source, [&refused] { refused = true; });
    std::optional<Result<QString>> result;
    QEventLoop loop;
    QObject context;
    source.accessToken(&context, [&result, &loop](const Result<QString>& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec(); // bounded by the keychain's and the token endpoint's own timeouts
    cached = source.current();
    if (refused) {
        // Persisted, so that the GUI and later runs know too; `account login NAME` clears it.
        AccountStore store = CliCommon::accountStore();
        Result<Account> stored = store.get(account.name);
        if (stored.ok()) {
            stored.value().signInAgain = true;
            (void)store.save(stored.value());
        }
    }
    return *result;
}

} // namespace Postino::Cli
