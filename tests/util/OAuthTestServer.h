#pragma once

#include "TestCertificates.h"
#include "discovery/IspdbParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace Postino::Test {

// The host and client ID the OAuth2 test server answers for (its certificate is for *.postino.test).
inline const QString kOAuthHost = QStringLiteral("as.postino.test");
inline const QString kOAuthClient = QStringLiteral("postino-test-client");

// tests/util/oauth/oauth_server.py on 127.0.0.1: checks PKCE, state, the loopback redirect and the client ID;
// flags make it misbehave (--refuse-refresh, --deny, --wrong-iss, --hang-token). Stops by itself after a minute.
class OAuthTestServer
{
public:
    explicit OAuthTestServer(const QStringList& flags = {})
    {
        auto& certs = TestCertificates::instance();
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(systemPython(),
                        QStringList {sourceDir() + QStringLiteral("/tests/util/oauth/oauth_server.py"),
                                     QStringLiteral("--cert"), certs.certPath(QStringLiteral("valid")),
                                     QStringLiteral("--key"), certs.keyPath(QStringLiteral("valid")),
                                     QStringLiteral("--port-file"), m_dir.filePath(QStringLiteral("port.json")),
                                     QStringLiteral("--state-file"), m_dir.filePath(QStringLiteral("state.json")),
                                     QStringLiteral("--tokens-file"), m_dir.filePath(QStringLiteral("tokens.json")),
                                     QStringLiteral("--client-id"), kOAuthClient, QStringLiteral("--lifetime"),
                                     QStringLiteral("60")}
                            + flags);
        // Waits on the port file, bounded; a test that needs the server checks port().
        (void)QTest::qWaitFor([this] { return port() != 0 || m_process.state() == QProcess::NotRunning; }, 10'000);
    }
    ~OAuthTestServer()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
    OAuthTestServer(const OAuthTestServer&) = delete;
    OAuthTestServer& operator=(const OAuthTestServer&) = delete;

    [[nodiscard]] int port() const { return json(QStringLiteral("port.json")).value(QLatin1String("port")).toInt(); }
    [[nodiscard]] QJsonObject state() const { return json(QStringLiteral("state.json")); }
    // The file of the access tokens it issued (token -> expiry), for RealSmtpServer::Options::oauthTokensFile.
    [[nodiscard]] QString tokensFile() const { return m_dir.filePath(QStringLiteral("tokens.json")); }
    // The access tokens it issued.
    [[nodiscard]] QStringList accessTokens() const { return json(QStringLiteral("tokens.json")).keys(); }
    [[nodiscard]] ProviderOAuth2 provider() const
    {
        const QString base = QStringLiteral("https://%1:%2").arg(kOAuthHost).arg(port());
        ProviderOAuth2 p;
        p.issuer = QStringLiteral("https://as.postino.test");
        p.scope = QStringLiteral("https://mail.example.test/ offline_access");
        p.authUrl = base + QStringLiteral("/authorize");
        p.tokenUrl = base + QStringLiteral("/token");
        p.deviceAuthUrl = base + QStringLiteral("/devicecode");
        return p;
    }

private:
    [[nodiscard]] QJsonObject json(const QString& name) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    QTemporaryDir m_dir;
    QProcess m_process;
};

// Plays the browser: tests/util/oauth/stand_in_browser.py fetches the URL (trusting the test CA, the test
// server's host resolved to 127.0.0.1) and follows the redirect to the listener.
class StandInBrowser
{
public:
    StandInBrowser() = default;
    StandInBrowser(const StandInBrowser&) = delete;
    StandInBrowser& operator=(const StandInBrowser&) = delete;
    void open(const QUrl& url)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("POSTINO_TEST_CA"), TestCertificates::instance().caPath());
        env.insert(QStringLiteral("POSTINO_TEST_RESOLVE"), kOAuthHost + QStringLiteral(":127.0.0.1"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(
            systemPython(),
            {sourceDir() + QStringLiteral("/tests/util/oauth/stand_in_browser.py"), url.toString(QUrl::FullyEncoded)});
    }
    ~StandInBrowser()
    {
        if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(10'000))
            m_process.kill();
    }

private:
    QProcess m_process;
};

} // namespace Postino::Test
