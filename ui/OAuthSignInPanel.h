#pragma once

#include "discovery/IspdbParser.h"
#include "oauth/OAuthClient.h"
#include "oauth/OAuthHttp.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAbstractButton;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Postino {

class AuthorizationCodeFlow;
class Clock;
class DeviceAuthorization;
class Settings;

// Signing in with a provider's OAuth2, for the account wizard's first page and the Sign In Again dialog of an
// existing account. It shows a note, "Sign in with PROVIDER…" (the system browser and a one-shot loopback
// listener: AuthorizationCodeFlow) and, where the provider's file gives a device authorisation endpoint,
// "Sign In on Another Device…" (RFC 8628: the code to type and the page to open it on, with Copy Code and
// Open Page). While it waits, Cancel Sign-In ends the wait; what came of it is said in words. The client ID
// is resolved when a sign-in starts (OAuthClientConfig: the given one, postino.ini, the packager's); without
// one, its problem is shown in words and nothing starts. Nothing is stored here: the owner keeps tokens().
class OAuthSignInPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OAuthSignInPanel(QWidget* parent = nullptr);
    ~OAuthSignInPanel() override;

    // Test seam: what opens a sign-in page (QDesktopServices::openUrl when unset).
    static void setBrowserOpener(std::function<void(const QUrl&)> opener);
    static void openBrowser(const QUrl& url);

    // The provider to sign in with; another provider than before forgets the sign-in and what was said.
    void setProvider(const ProviderEntry& provider);
    [[nodiscard]] const ProviderEntry& provider() const { return m_provider; }
    // The address signed in as (the login hint); another address forgets the sign-in.
    void setLoginHint(const QString& email);
    // The client ID the account already has, tried before postino.ini and the packager's (empty: none).
    void setGivenClientId(const QString& clientId) { m_givenClientId = clientId; }
    // postino.ini for the client ID (not owned; null: Settings::defaultFileName() is read at each sign-in).
    void setSettings(const Settings* settings) { m_settings = settings; }
    // How the authorisation server is reached (--resolve, extra CA certificates, the clock); before a sign-in.
    void setHttpOptions(OAuthHttpOptions options);
    // Another button for the row of Sign in and Cancel (the wizard's "Use an App Password Instead").
    void addButton(QAbstractButton* button);

    // True while a sign-in waits for the person (browser or other device).
    [[nodiscard]] bool isWaiting() const { return !m_flow.isNull() || !m_deviceFlow.isNull(); }
    [[nodiscard]] bool offersDeviceSignIn() const;
    // The tokens of the last sign-in, for signedInAs(); the client it was made with.
    [[nodiscard]] const std::optional<OAuthTokens>& tokens() const { return m_tokens; }
    [[nodiscard]] const OAuthClientId& client() const { return m_client; }
    [[nodiscard]] const QString& signedInAs() const { return m_signedInAs; }
    // Shows a line in the status (an error of the owner's, e.g. the keychain refused the sign-in).
    void setStatus(const QString& text);

public slots:
    void signIn(); // in the browser
    void signInOnDevice(); // the device grant
    void cancel(); // finished follows: nothing is kept
    void forget(); // the sign-in and the status

signals:
    // Waiting started or ended, a sign-in came or failed, or was forgotten.
    void changed();
    void signedIn(const Postino::OAuthTokens& tokens);

private:
    // Resolves the client and makes the transport; false (the reason shown) without a client ID.
    bool prepare();
    void finish(const Result<OAuthTokens>& result);
    void showDeviceCode(const QString& userCode, const QString& uri, const QString& uriComplete);
    void update();
    [[nodiscard]] QString providerName() const;

    QLabel* m_note;
    QPushButton* m_signIn;
    QPushButton* m_deviceButton;
    QPushButton* m_cancel;
    QHBoxLayout* m_buttons;
    QLabel* m_status;
    QWidget* m_deviceBox;
    QLabel* m_deviceText;
    QLabel* m_deviceCode;
    QPushButton* m_copyCode;
    QPushButton* m_openPage;
    QString m_devicePage;

    ProviderEntry m_provider;
    QString m_loginHint;
    QString m_givenClientId;
    const Settings* m_settings = nullptr;
    OAuthHttpOptions m_httpOptions;
    std::unique_ptr<OAuthHttp> m_http;
    OAuthClientId m_client;
    std::optional<OAuthTokens> m_tokens;
    QString m_signedInAs;
    QPointer<AuthorizationCodeFlow> m_flow;
    QPointer<DeviceAuthorization> m_deviceFlow;
};

} // namespace Postino
