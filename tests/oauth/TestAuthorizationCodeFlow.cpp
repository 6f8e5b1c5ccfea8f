#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/OAuthHttp.h"
#include "oauth/Pkce.h"

#include "MockClock.h"
#include "ScriptedTransport.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Postino;

namespace {

ProviderOAuth2 provider()
{
    ProviderOAuth2 p;
    p.issuer = QStringLiteral("as.example.test");
    p.scope = QStringLiteral("https://outlook.office.com/SMTP.Send offline_access");
    p.authUrl = QStringLiteral("https://as.example.test/authorize?tenant=x");
    p.tokenUrl = QStringLiteral("https://as.example.test/token");
    return p;
}

QString param(const QUrl& url, const QString& key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

// The browser coming back to the listener.
void redirect(const QString& redirectUri, const QByteArray& query)
{
    auto* socket = new QTcpSocket;
    const QUrl uri(redirectUri);
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // A refused connection (the listener closed, as after a cancel) never disconnects: it ends here.
    QObject::connect(socket, &QTcpSocket::errorOccurred, socket, &QObject::deleteLater);
    socket->connectToHost(QHostAddress::LocalHost, static_cast<quint16>(uri.port()));
    socket->write("GET " + uri.path().toLatin1() + '?' + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
}

const QByteArray kTokens = R"({"access_token":"at","token_type":"Bearer","expires_in":600,"refresh_token":"rt"})";

} // namespace

class TestAuthorizationCodeFlow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void signsIn();
    void aGrantWithoutARefreshTokenIsRefused();
    void theTokenEndpointRefuses();
    void cancelled();
    void theUserTakesTooLong();
    void accessDeniedEndsIt();
    void aProviderWithoutOAuth2();
    void httpTimesOutAHangingEndpoint();
    void httpRefusesPlainHttp();

private:
    // Starts a flow and returns the URL it asked the browser to open.
    QUrl startFlow(AuthorizationCodeFlow& flow);

    std::unique_ptr<Test::ScriptedTransport> m_transport;
    std::unique_ptr<Test::MockClock> m_clock;
};

void TestAuthorizationCodeFlow::init()
{
    m_transport = std::make_unique<Test::ScriptedTransport>();
    m_clock = std::make_unique<Test::MockClock>();
}

QUrl TestAuthorizationCodeFlow::startFlow(AuthorizationCodeFlow& flow)
{
    QUrl opened;
    flow.setBrowserOpener([&opened](const QUrl& url) { opened = url; });
    QSignalSpy ready(&flow, &AuthorizationCodeFlow::browserUrlReady);
    flow.start();
    if (ready.size() != 1 || opened != flow.authorizationUrl())
        return {};
    return opened;
}

void TestAuthorizationCodeFlow::signsIn()
{
    AuthorizationCodeFlow flow(provider(), {QStringLiteral("client-1"), {}}, m_transport.get(), m_clock.get());
    flow.setLoginHint(QStringLiteral("ada@example.test"));
    Test::FinishedSpy finished(&flow);
    const QUrl url = startFlow(flow);
    QVERIFY(url.isValid());
    QCOMPARE(url.host(), QStringLiteral("as.example.test"));
    QCOMPARE(url.path(), QStringLiteral("/authorize"));
    QCOMPARE(param(url, QStringLiteral("tenant")), QStringLiteral("x")); // the provider's own query stays
    QCOMPARE(param(url, QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(param(url, QStringLiteral("client_id")), QStringLiteral("client-1"));
    QCOMPARE(param(url, QStringLiteral("scope")), provider().scope);
    QCOMPARE(param(url, QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(param(url, QStringLiteral("login_hint")), QStringLiteral("ada@example.test"));
    QCOMPARE(param(url, QStringLiteral("redirect_uri")), flow.redirectUri());
    QVERIFY(flow.redirectUri().startsWith(QLatin1String("http://127.0.0.1:")));
    const QString state = param(url, QStringLiteral("state"));
    QVERIFY(state.size() >= 43);
    // The scope is sent as one value, its space encoded.
    QVERIFY(url.toString(QUrl::FullyEncoded).contains(QLatin1String("SMTP.Send%20offline_access")));

    m_transport->answer(200, kTokens);
    redirect(flow.redirectUri(), "code=4%2Fabc&state=" + state.toLatin1());
    QTRY_COMPARE(finished.size(), 1);
    const auto result = finished.last();
    QVERIFY2(result.ok(), qPrintable(result.error().message()));
    QCOMPARE(result.value().accessToken, QStringLiteral("at"));
    QCOMPARE(result.value().refreshToken, QStringLiteral("rt"));
    QCOMPARE(result.value().expiresAt, m_clock->now().addSecs(600));

    QCOMPARE(m_transport->requests.size(), 1);
    const Test::ScriptedTransport::Request& exchange = m_transport->requests.at(0);
    QCOMPARE(exchange.url, QUrl(provider().tokenUrl));
    QCOMPARE(exchange.value(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
    QCOMPARE(exchange.value(QStringLiteral("code")), QStringLiteral("4/abc"));
    QCOMPARE(exchange.value(QStringLiteral("client_id")), QStringLiteral("client-1"));
    QCOMPARE(exchange.value(QStringLiteral("redirect_uri")), param(url, QStringLiteral("redirect_uri")));
    // The verifier sent is the one whose challenge the browser carried.
    QCOMPARE(Pkce::challengeFor(exchange.value(QStringLiteral("code_verifier")).toLatin1()),
             param(url, QStringLiteral("code_challenge")).toLatin1());
    QVERIFY(exchange.value(QStringLiteral("client_secret")).isEmpty());
}

void TestAuthorizationCodeFlow::aGrantWithoutARefreshTokenIsRefused()
{
    AuthorizationCodeFlow flow(provider(), {QStringLiteral("c"), QStringLiteral("not-secret")}, m_transport.get(),
                               m_clock.get());
    Test::FinishedSpy finished(&flow);
    const QUrl url = startFlow(flow);
    m_transport->answer(200, R"({"access_token":"at","token_type":"Bearer","expires_in":600})");
    redirect(flow.redirectUri(), "code=c&state=" + param(url, QStringLiteral("state")).toLatin1());
    QTRY_COMPARE(finished.size(), 1);
    const auto result = finished.last();
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message().contains(QLatin1String("refresh token")), qPrintable(result.error().message()));
    QCOMPARE(m_transport->requests.at(0).value(QStringLiteral("client_secret")), QStringLiteral("not-secret"));
}

void TestAuthorizationCodeFlow::theTokenEndpointRefuses()
{
    AuthorizationCodeFlow flow(provider(), {QStringLiteral("c"), {}}, m_transport.get(), m_clock.get());
    Test::FinishedSpy finished(&flow);
    QSignalSpy exchanging(&flow, &AuthorizationCodeFlow::exchangingCode);
    const QUrl url = startFlow(flow);
    m_transport->answer(400, R"({"error":"invalid_grant","error_description":"code already used"})");
    redirect(flow.redirectUri(), "code=c&state=" + param(url, QStringLiteral("state")).toLatin1());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(exchanging.size(), 1);
    const auto result = finished.last();
    QCOMPARE(OAuthTokenResponse::errorCodeOf(result.error()), OAuthErrorCode::InvalidGrant);
    QVERIFY(result.error().message().contains(QLatin1String("code already used")));
}

void TestAuthorizationCodeFlow::cancelled()
{
    AuthorizationCodeFlow flow(provider(), {QStringLiteral("c"), {}}, m_transport.get(), m_clock.get());
    Test::FinishedSpy finished(&flow);
    const QUrl url = startFlow(flow);
    const QString uri = flow.redirectUri();
    flow.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.last().error().message().contains(QLatin1String("cancelled")));
    // A late redirect changes nothing.
    redirect(uri, "code=c&state=" + param(url, QStringLiteral("state")).toLatin1());
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QVERIFY(m_transport->requests.isEmpty());
}

void TestAuthorizationCodeFlow::theUserTakesTooLong()
{
    AuthorizationCodeFlow flow(provider(), {QStringLiteral("c"), {}}, m_transport.get(), m_clock.get());
    flow.setTimeout(120'000);
    Test::FinishedSpy finished(&flow);
    startFlow(flow);
    m_clock->advance(119'000);
    QCOMPARE(finished.size(), 0);
    m_clock->advance(1'000);
    QCOMPARE(finished.size(), 1);
    const auto result = finished.last();
    QCOMPARE(result.error().kind(), ErrorKind::Temporary);
    QVERIFY2(result.error().message().contains(QLatin1String("2 minute")), qPrintable(result.error().message()));
}

void TestAuthorizationCodeFlow::accessDeniedEndsIt()
{
    AuthorizationCodeFlow flow(provider(), {QStringLiteral("c"), {}}, m_transport.get(), m_clock.get());
    Test::FinishedSpy finished(&flow);
    const QUrl url = startFlow(flow);
    redirect(flow.redirectUri(), "error=access_denied&state=" + param(url, QStringLiteral("state")).toLatin1());
    QTRY_COMPARE(finished.size(), 1);
    const auto result = finished.last();
    QCOMPARE(OAuthTokenResponse::errorCodeOf(result.error()), OAuthErrorCode::AccessDenied);
    QVERIFY(m_transport->requests.isEmpty());
}

void TestAuthorizationCodeFlow::aProviderWithoutOAuth2()
{
    AuthorizationCodeFlow flow(ProviderOAuth2(), {QStringLiteral("c"), {}}, m_transport.get(), m_clock.get());
    Test::FinishedSpy finished(&flow);
    flow.start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.last().error().kind(), ErrorKind::Config);
}

// A token endpoint that takes the connection and never answers: the request fails at the timeout.
void TestAuthorizationCodeFlow::httpTimesOutAHangingEndpoint()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    OAuthHttpOptions options;
    options.timeoutMs = 5'000;
    options.clock = m_clock.get();
    OAuthHttp http(options);
    QObject context;
    std::optional<OAuthTransport::Reply> reply;
    http.postForm(QUrl(QStringLiteral("https://127.0.0.1:%1/token").arg(silent.serverPort())),
                  {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")}}, &context,
                  [&reply](const OAuthTransport::Reply& r) { reply = r; });
    QTRY_VERIFY(silent.hasPendingConnections() || silent.findChildren<QTcpSocket*>().size() > 0);
    QTest::qWait(20);
    QVERIFY(!reply);
    m_clock->advance(5'000);
    QTRY_VERIFY(reply.has_value());
    QCOMPARE(reply->httpStatus, 0);
    QVERIFY2(reply->error.contains(QLatin1String("did not answer within 5 seconds")), qPrintable(reply->error));
}

void TestAuthorizationCodeFlow::httpRefusesPlainHttp()
{
    OAuthHttp http;
    QObject context;
    std::optional<OAuthTransport::Reply> reply;
    http.postForm(QUrl(QStringLiteral("http://127.0.0.1:9/token")), {}, &context,
                  [&reply](const OAuthTransport::Reply& r) { reply = r; });
    QVERIFY(!reply); // never inside the call
    QTRY_VERIFY(reply.has_value());
    QVERIFY(reply->error.contains(QLatin1String("https://")));
}

QTEST_GUILESS_MAIN(TestAuthorizationCodeFlow)
#include "TestAuthorizationCodeFlow.moc"
