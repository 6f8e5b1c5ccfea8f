#pragma once

#include "Command.h"
#include "accounts/Account.h"
#include "oauth/OAuthClient.h"
#include "oauth/OAuthHttp.h"

#include <QCoreApplication>
#include <QUrl>

namespace Postino {
class SecretStore;
}

namespace Postino::Cli {

class ConnectionOptions;

// The CLI's side of OAuth2 (cli.md, "Signing in with OAuth2"): signing in through the browser or with a
// code on another device, and fresh access tokens for send, queue run and account test.
class OAuthLogin
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Cli::OAuthLogin)
public:
    OAuthLogin() = delete;

    // --resolve, --ca-file and --timeout, as they apply to the authorisation server.
    [[nodiscard]] static OAuthHttpOptions httpOptions(const ConnectionOptions& options);
    // Signs in and waits: the authorisation URL on stderr on a line of its own (and opened with $BROWSER,
    // else xdg-open where there is a desktop), or with deviceCode the code and the address to enter it at.
    [[nodiscard]] static Result<OAuthTokens> signIn(const ProviderOAuth2& provider, const OAuthClientId& client,
                                                    const QString& email, bool deviceCode,
                                                    const ConnectionOptions& options, Context& ctx);
    // Opens url with $BROWSER (its first entry), else xdg-open when DISPLAY or WAYLAND_DISPLAY is set.
    static void openBrowser(const QUrl& url, Context& ctx);
    // A fresh access token for an OAuth2 account (kept for this process, refreshed 30 s before it
    // expires); a refused refresh marks the account "sign in again" in accounts.ini.
    [[nodiscard]] static Result<QString> accessToken(const Account& account, const ConnectionOptions& options,
                                                     SecretStore& secrets);
    // Forgets this process's access token of account (the server refused it).
    static void forget(const QString& account);
};

} // namespace Postino::Cli
