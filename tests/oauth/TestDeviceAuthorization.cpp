#include "oauth/DeviceAuthorization.h"

#include "MockClock.h"
#include "ScriptedTransport.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Postino;

namespace {

ProviderOAuth2 provider(bool device = true)
{
    ProviderOAuth2 p;
    p.issuer = QStringLiteral("login.example.test");
    p.scope = QStringLiteral("smtp offline_access");
    p.authUrl = QStringLiteral("https://login.example.test/authorize");
    p.tokenUrl = QStringLiteral("https://login.example.test/token");
    if (device)
        p.deviceAuthUrl = QStringLiteral("https://login.example.test/devicecode");
    return p;
}

const QByteArray kCode = R"({"device_code":"dc-1","user_code":"ABCD-EFGH",)"
                         R"("verification_uri":"https://login.example.test/device","expires_in":900,"interval":5})";
const QByteArray kPending = R"({"error":"authorization_pending"})";
const QByteArray kTokens = R"({"access_token":"at","token_type":"Bearer","expires_in":3600,"refresh_token":"rt"})";

} // namespace

class TestDeviceAuthorization : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void pollsUntilSignedIn();
    void slowDownAddsFiveSeconds();
    void expiredToken();
    void accessDenied();
    void theCodeRunsOut();
    void noDeviceSignInForThisProvider();
    void parsesGooglesSpelling();
    void rejectsABadDeviceAnswer();

private:
    // Lets queued answers arrive (the transport answers on the next event loop turn).
    static void settle() { QCoreApplication::processEvents(); }

    std::unique_ptr<Test::ScriptedTransport> m_transport;
    std::unique_ptr<Test::MockClock> m_clock;
};

void TestDeviceAuthorization::init()
{
    m_transport = std::make_unique<Test::ScriptedTransport>();
    m_clock = std::make_unique<Test::MockClock>();
}

void TestDeviceAuthorization::pollsUntilSignedIn()
{
    DeviceAuthorization flow(provider(), {QStringLiteral("client-1"), {}}, m_transport.get(), m_clock.get());
    QSignalSpy codes(&flow, &DeviceAuthorization::userCodeReady);
    Test::FinishedSpy finished(&flow);
    m_transport->answer(200, kCode);
    m_transport->answer(400, kPending);
    m_transport->answer(400, kPending);
    m_transport->answer(200, kTokens);
    flow.start();
    QTRY_COMPARE(codes.size(), 1);
    QCOMPARE(codes.at(0).at(0).toString(), QStringLiteral("ABCD-EFGH"));
    QCOMPARE(codes.at(0).at(1).toString(), QStringLiteral("https://login.example.test/device"));
    QCOMPARE(m_transport->requests.size(), 1);
    QCOMPARE(m_transport->requests.at(0).url, QUrl(provider().deviceAuthUrl));
    QCOMPARE(m_transport->requests.at(0).value(QStringLiteral("scope")), provider().scope);
    QCOMPARE(m_transport->requests.at(0).value(QStringLiteral("client_id")), QStringLiteral("client-1"));

    // Nothing is asked before the interval has passed.
    m_clock->advance(4'999);
    QCOMPARE(m_transport->requests.size(), 1);
    m_clock->advance(1);
    QCOMPARE(m_transport->requests.size(), 2);
    const Test::ScriptedTransport::Request& poll = m_transport->requests.at(1);
    QCOMPARE(poll.url, QUrl(provider().tokenUrl));
    QCOMPARE(poll.value(QStringLiteral("grant_type")), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    QCOMPARE(poll.value(QStringLiteral("device_code")), QStringLiteral("dc-1"));
    settle();
    m_clock->advance(5'000);
    QCOMPARE(m_transport->requests.size(), 3);
    settle();
    m_clock->advance(5'000);
    QCOMPARE(m_transport->requests.size(), 4);
    QTRY_COMPARE(finished.size(), 1);
    const auto result = finished.last();
    QVERIFY2(result.ok(), qPrintable(result.error().message()));
    QCOMPARE(result.value().refreshToken, QStringLiteral("rt"));
}

void TestDeviceAuthorization::slowDownAddsFiveSeconds()
{
    DeviceAuthorization flow(provider(), {QStringLiteral("c"), {}}, m_transport.get(), m_clock.get());
    Test::FinishedSpy finished(&flow);
    m_transport->answer(200, kCode);
    m_transport->answer(400, R"({"error":"slow_down"})");
    m_transport->answer(400, R"({"error":"slow_down"})");
    m_transport->answer(200, kTokens);
    flow.start();
    settle();
    QCOMPARE(flow.interval(), qint64(5));
    m_clock->advance(5'000);
    settle();
    QCOMPARE(flow.interval(), qint64(10));
    m_clock->advance(9'999);
    QCOMPARE(m_transport->requests.size(), 2);
    m_clock->advance(1);
    QCOMPARE(m_transport->requests.size(), 3);
    settle();
    QCOMPARE(flow.interval(), qint64(15));
    m_clock->advance(14'999);
    QCOMPARE(m_transport->requests.size(), 3);
    m_clock->advance(1);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.last().ok());
}

void TestDeviceAuthorization::expiredToken()
{
    DeviceAuthorization flow(provider(), {QStringLiteral("c"), {}}, m_transport.get(), m_clock.get());
    Test::FinishedSpy finished(&flow);
    m_transport->answer(200, kCode);
    m_transport->answer(400, R"({"error":"expired_token"})");
    flow.start();
    QTRY_COMPARE(m_transport->requests.size(), 1);
    settle();
    m_clock->advance(5'000);
    QTRY_COMPARE(finished.size(), 1);
    const auto result = finished.last();
    QCOMPARE(OAuthTokenResponse::errorCodeOf(result.error()), OAuthErrorCode::ExpiredToken);
    QCOMPARE(result.error().kind(), ErrorKind::Auth);
}

void TestDeviceAuthorization::accessDenied()
{
    DeviceAuthorization flow(provider(), {QStringLiteral("c"), {}}, m_transport.get(), m_clock.get());
    Test::FinishedSpy finished(&flow);
    m_transport->answer(200, kCode);
    m_transport->answer(400, R"({"error":"access_denied"})");
    flow.start();
    QTRY_COMPARE(m_transport->requests.size(), 1);
    settle();
    m_clock->advance(5'000);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(OAuthTokenResponse::errorCodeOf(finished.last().error()), OAuthErrorCode::AccessDenied);
    // No poll after the end.
    m_clock->advance(60'000);
    QCOMPARE(m_transport->requests.size(), 2);
}

void TestDeviceAuthorization::theCodeRunsOut()
{
    DeviceAuthorization flow(provider(), {QStringLiteral("c"), {}}, m_transport.get(), m_clock.get());
    Test::FinishedSpy finished(&flow);
    m_transport->answer(200,
                        R"({"device_code":"d","user_code":"U","verification_uri":"https://x.test/d",)"
                        R"("expires_in":12,"interval":5})");
    m_transport->answer(400, kPending);
    m_transport->answer(400, kPending);
    flow.start();
    QTRY_COMPARE(m_transport->requests.size(), 1);
    settle();
    m_clock->advance(5'000);
    settle();
    m_clock->advance(5'000);
    QTRY_COMPARE(finished.size(), 1);
    const auto result = finished.last();
    QCOMPARE(OAuthTokenResponse::errorCodeOf(result.error()), OAuthErrorCode::ExpiredToken);
    QVERIFY(result.error().message().contains(QLatin1String("U")));
    QCOMPARE(m_transport->requests.size(), 3);
}

void TestDeviceAuthorization::noDeviceSignInForThisProvider()
{
    DeviceAuthorization flow(provider(false), {QStringLiteral("c"), {}}, m_transport.get(), m_clock.get());
    Test::FinishedSpy finished(&flow);
    flow.start();
    QTRY_COMPARE(finished.size(), 1);
    const auto result = finished.last();
    QCOMPARE(result.error().kind(), ErrorKind::Config);
    QVERIFY(result.error().message().contains(QLatin1String("--device-code")));
    QVERIFY(m_transport->requests.isEmpty());
}

void TestDeviceAuthorization::parsesGooglesSpelling()
{
    const Result<DeviceCode> code = DeviceCode::parse(
        R"({"device_code":"d","user_code":"U","verification_url":"https://www.google.com/device","expires_in":"1800"})",
        QStringLiteral("e"));
    QVERIFY2(code.ok(), qPrintable(code.error().message()));
    QCOMPARE(code.value().verificationUri, QStringLiteral("https://www.google.com/device"));
    QCOMPARE(code.value().expiresIn, qint64(1800));
    QCOMPARE(code.value().interval, qint64(5)); // RFC 8628's default
}

void TestDeviceAuthorization::rejectsABadDeviceAnswer()
{
    for (const QByteArray& body :
         {QByteArray("nope"), QByteArray(R"({"user_code":"U","verification_uri":"https://x/","expires_in":5})"),
          QByteArray(R"({"device_code":"d","user_code":"U","verification_uri":"javascript:x","expires_in":5})"),
          QByteArray(R"({"device_code":"d","user_code":"U","verification_uri":"https://x/","expires_in":0})"),
          QByteArray(
              R"({"device_code":"d","user_code":"U","verification_uri":"https://x/","expires_in":9,"interval":0})")}) {
        QVERIFY2(!DeviceCode::parse(body, QStringLiteral("e")).ok(), body.constData());
    }
}

QTEST_GUILESS_MAIN(TestDeviceAuthorization)
#include "TestDeviceAuthorization.moc"
