#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/DeviceAuthorization.h"
#include "oauth/OAuthHttp.h"

#include "MockClock.h"
#include "OAuthTestServer.h"
#include "TestCertificates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Postino;

namespace {

const QString kHost = Test::kOAuthHost;
const QString kClient = Test::kOAuthClient;

using AuthorisationServer = Test::OAuthTestServer;
using Browser = Test::StandInBrowser;

} // namespace

class TestOAuthAgainstServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void signsInThenRefreshes();
    void aRefusedRefresh();
    void accessDenied();
    void aWrongIssuer();
    void aHangingTokenEndpoint();
    void deviceGrant();
    void anUntrustedServer();

private:
    // Runs the browser flow against server; the result.
    Result<OAuthTokens> signIn(const AuthorisationServer& server, OAuthTransport& transport);
    [[nodiscard]] OAuthHttpOptions options() const;

    std::unique_ptr<Test::MockClock> m_clock;
};

void TestOAuthAgainstServer::initTestCase()
{
    if (!QFile::exists(Test::systemPython()))
        QSKIP("no /usr/bin/python3");
    QVERIFY2(Test::TestCertificates::instance().isValid(), qPrintable(Test::TestCertificates::instance().error()));
}

void TestOAuthAgainstServer::init()
{
    m_clock = std::make_unique<Test::MockClock>();
    m_clock->setNow(QDateTime::currentDateTimeUtc());
}

OAuthHttpOptions TestOAuthAgainstServer::options() const
{
    OAuthHttpOptions o;
    o.resolve.insert(kHost, QStringLiteral("127.0.0.1")); // --resolve: TLS still verifies as.postino.test
    o.extraCaCertificates = {Test::TestCertificates::instance().ca()}; // --ca-file
    o.timeoutMs = 20'000;
    o.clock = m_clock.get();
    return o;
}

Result<OAuthTokens> TestOAuthAgainstServer::signIn(const AuthorisationServer& server, OAuthTransport& transport)
{
    AuthorizationCodeFlow flow(server.provider(), {kClient, {}}, &transport, m_clock.get());
    Browser browser;
    flow.setBrowserOpener([&browser](const QUrl& url) { browser.open(url); });
    std::optional<Result<OAuthTokens>> result;
    QObject::connect(&flow, &AuthorizationCodeFlow::finished, &flow,
                     [&result](const Result<OAuthTokens>& r) { result = r; });
    flow.start();
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20'000))
        return Error(ErrorKind::Internal, QStringLiteral("the flow did not finish"));
    return *result;
}

void TestOAuthAgainstServer::signsInThenRefreshes()
{
    AuthorisationServer server;
    QVERIFY(server.port() != 0);
    OAuthHttp http(options());
    const Result<OAuthTokens> tokens = signIn(server, http);
    QVERIFY2(tokens.ok(),
             qPrintable(tokens.error().message() + QLatin1Char(' ')
                        + QString::fromUtf8(QJsonDocument(server.state()).toJson())));
    QVERIFY(tokens.value().accessToken.startsWith(QLatin1String("at-")));
    QVERIFY(tokens.value().refreshToken.startsWith(QLatin1String("rt-")));
    QCOMPARE(server.state().value(QLatin1String("errors")).toArray().size(), 0);

    OAuthTokenClient client(server.provider(), {kClient, {}}, &http, m_clock.get());
    std::optional<Result<OAuthTokens>> refreshed;
    client.refresh(tokens.value().refreshToken, this, [&refreshed](const Result<OAuthTokens>& r) { refreshed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 20'000);
    QVERIFY2(refreshed->ok(), qPrintable(refreshed->error().message()));
    QVERIFY(refreshed->value().accessToken != tokens.value().accessToken);
    QCOMPARE(refreshed->value().refreshToken, tokens.value().refreshToken); // kept when none is sent
}

void TestOAuthAgainstServer::aRefusedRefresh()
{
    AuthorisationServer server({QStringLiteral("--refuse-refresh")});
    OAuthHttp http(options());
    const Result<OAuthTokens> tokens = signIn(server, http);
    QVERIFY2(tokens.ok(), qPrintable(tokens.error().message()));
    OAuthTokenClient client(server.provider(), {kClient, {}}, &http, m_clock.get());
    std::optional<Result<OAuthTokens>> refreshed;
    client.refresh(tokens.value().refreshToken, this, [&refreshed](const Result<OAuthTokens>& r) { refreshed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 20'000);
    QCOMPARE(OAuthTokenResponse::errorCodeOf(refreshed->error()), OAuthErrorCode::InvalidGrant);
    QVERIFY(refreshed->error().message().contains(QLatin1String("revoked")));
}

void TestOAuthAgainstServer::accessDenied()
{
    AuthorisationServer server({QStringLiteral("--deny")});
    OAuthHttp http(options());
    const Result<OAuthTokens> tokens = signIn(server, http);
    QVERIFY(!tokens.ok());
    QCOMPARE(OAuthTokenResponse::errorCodeOf(tokens.error()), OAuthErrorCode::AccessDenied);
    QCOMPARE(server.state().value(QLatin1String("counts")).toObject().value(QLatin1String("token")).toInt(), 0);
}

void TestOAuthAgainstServer::aWrongIssuer()
{
    AuthorisationServer server({QStringLiteral("--wrong-iss")});
    OAuthHttp http(options());
    const Result<OAuthTokens> tokens = signIn(server, http);
    QVERIFY(!tokens.ok());
    QCOMPARE(tokens.error().kind(), ErrorKind::Security);
    QCOMPARE(server.state().value(QLatin1String("counts")).toObject().value(QLatin1String("token")).toInt(), 0);
}

void TestOAuthAgainstServer::aHangingTokenEndpoint()
{
    AuthorisationServer server({QStringLiteral("--hang-token")});
    OAuthHttp http(options());
    AuthorizationCodeFlow flow(server.provider(), {kClient, {}}, &http, m_clock.get());
    Browser browser;
    flow.setBrowserOpener([&browser](const QUrl& url) { browser.open(url); });
    std::optional<Result<OAuthTokens>> result;
    QObject::connect(&flow, &AuthorizationCodeFlow::finished, &flow,
                     [&result](const Result<OAuthTokens>& r) { result = r; });
    bool exchanging = false;
    QObject::connect(&flow, &AuthorizationCodeFlow::exchangingCode, &flow, [&exchanging] { exchanging = true; });
    flow.start();
    QTRY_VERIFY_WITH_TIMEOUT(exchanging, 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        server.state().value(QLatin1String("counts")).toObject().value(QLatin1String("token")).toInt() == 1, 10'000);
    QVERIFY(!result);
    m_clock->advance(20'000); // the timeout, on the clock
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY2(result->error().message().contains(QLatin1String("did not answer within 20 seconds")),
             qPrintable(result->error().message()));
}

void TestOAuthAgainstServer::deviceGrant()
{
    AuthorisationServer server;
    // The requests' timeouts on the system clock: the MockClock holds only the flow's poll timer.
    OAuthHttpOptions o = options();
    o.clock = nullptr;
    OAuthHttp http(o);
    DeviceAuthorization flow(server.provider(), {kClient, {}}, &http, m_clock.get());
    QString userCode;
    QObject::connect(&flow, &DeviceAuthorization::userCodeReady, &flow,
                     [&userCode](const QString& code, const QString&, const QString&) { userCode = code; });
    std::optional<Result<OAuthTokens>> result;
    QObject::connect(&flow, &DeviceAuthorization::finished, &flow,
                     [&result](const Result<OAuthTokens>& r) { result = r; });
    flow.start();
    QTRY_VERIFY_WITH_TIMEOUT(!userCode.isEmpty() || result, 20'000);
    QCOMPARE(userCode, QStringLiteral("WDJB-MJHT"));
    // The server answers authorization_pending, then slow_down, then the tokens: each poll waits for the
    // flow's interval on the clock (1 s, then 1 s, then 6 s).
    QList<qint64> waits;
    while (!result && waits.size() < 5) {
        QTRY_VERIFY_WITH_TIMEOUT(m_clock->armedTimers() == 1 || result, 20'000);
        if (result)
            break;
        const QDateTime before = m_clock->now();
        QVERIFY(m_clock->advanceToNextTimer());
        waits.append(before.msecsTo(m_clock->now()));
        QTRY_VERIFY_WITH_TIMEOUT(m_clock->armedTimers() == 0 || result, 20'000); // the poll is under way
    }
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
    QVERIFY2(result->ok(), qPrintable(result->error().message()));
    QVERIFY(result->value().refreshToken.startsWith(QLatin1String("rt-")));
    QCOMPARE(waits, (QList<qint64> {1000, 1000, 6000}));
}

// Without the test CA the authorisation server's certificate does not verify: nothing is sent.
void TestOAuthAgainstServer::anUntrustedServer()
{
    AuthorisationServer server;
    OAuthHttpOptions o = options();
    o.extraCaCertificates.clear();
    OAuthHttp http(o);
    OAuthTokenClient client(server.provider(), {kClient, {}}, &http, m_clock.get());
    std::optional<Result<OAuthTokens>> refreshed;
    client.refresh(QStringLiteral("rt-x"), this, [&refreshed](const Result<OAuthTokens>& r) { refreshed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 20'000);
    QVERIFY(!refreshed->ok());
    QCOMPARE(refreshed->error().kind(), ErrorKind::Temporary);
    QCOMPARE(server.state().value(QLatin1String("counts")).toObject().value(QLatin1String("token")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestOAuthAgainstServer)
#include "TestOAuthAgainstServer.moc"
