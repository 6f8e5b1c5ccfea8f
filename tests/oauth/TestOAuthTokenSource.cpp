#include "oauth/OAuthTokenSource.h"

#include "FakeSecretStore.h"
#include "MockClock.h"
#include "ScriptedTransport.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Postino;

namespace {

ProviderOAuth2 provider()
{
    ProviderOAuth2 p;
    p.issuer = QStringLiteral("as.example.test");
    p.scope = QStringLiteral("smtp");
    p.authUrl = QStringLiteral("https://as.example.test/authorize");
    p.tokenUrl = QStringLiteral("https://as.example.test/token");
    return p;
}

QByteArray tokens(const QByteArray& access, int expiresIn, const QByteArray& refresh = {})
{
    QByteArray body = "{\"access_token\":\"" + access
        + "\",\"token_type\":\"Bearer\",\"expires_in\":" + QByteArray::number(expiresIn);
    if (!refresh.isEmpty())
        body += ",\"refresh_token\":\"" + refresh + "\"";
    return body + '}';
}

} // namespace

class TestOAuthTokenSource : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void refreshesWithTheKeychainsToken();
    void refreshesThirtySecondsEarly();
    void callersShareOneRefresh();
    void invalidateRefreshesOnceMore();
    void aRefusedRefreshAsksToSignInAgain();
    void noSignInStored();
    void aRotatedRefreshTokenIsKept();
    void noKeychain();
    void storeWritesTheRefreshTokenOnly();

private:
    // accessToken() once, waited for.
    Result<QString> ask();

    std::unique_ptr<Test::ScriptedTransport> m_transport;
    std::unique_ptr<Test::MockClock> m_clock;
    std::unique_ptr<Test::FakeSecretStore> m_secrets;
    std::unique_ptr<OAuthTokenSource> m_source;
};

void TestOAuthTokenSource::init()
{
    m_transport = std::make_unique<Test::ScriptedTransport>();
    m_clock = std::make_unique<Test::MockClock>();
    m_secrets = std::make_unique<Test::FakeSecretStore>();
    m_secrets->passwords.insert(QStringLiteral("work/oauth2-refresh-token"), QStringLiteral("rt-1"));
    m_source = std::make_unique<OAuthTokenSource>(QStringLiteral("work"), provider(),
                                                  OAuthClientId {QStringLiteral("client"), {}}, m_secrets.get(),
                                                  m_transport.get(), m_clock.get());
}

Result<QString> TestOAuthTokenSource::ask()
{
    std::optional<Result<QString>> answer;
    m_source->accessToken(this, [&answer](const Result<QString>& r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
        return Error(ErrorKind::Internal, QStringLiteral("no answer"));
    return *answer;
}

void TestOAuthTokenSource::refreshesWithTheKeychainsToken()
{
    QCOMPARE(OAuthTokenSource::refreshTokenKey(QStringLiteral("work")), QStringLiteral("work/oauth2-refresh-token"));
    m_transport->answer(200, tokens("at-1", 3600));
    const Result<QString> token = ask();
    QVERIFY2(token.ok(), qPrintable(token.error().message()));
    QCOMPARE(token.value(), QStringLiteral("at-1"));
    QCOMPARE(m_transport->requests.size(), 1);
    QCOMPARE(m_transport->requests.at(0).value(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
    QCOMPARE(m_transport->requests.at(0).value(QStringLiteral("refresh_token")), QStringLiteral("rt-1"));
    QCOMPARE(m_transport->requests.at(0).value(QStringLiteral("client_id")), QStringLiteral("client"));
    // Kept in memory: the next ask costs nothing.
    QCOMPARE(ask().value(), QStringLiteral("at-1"));
    QCOMPARE(m_transport->requests.size(), 1);
}

void TestOAuthTokenSource::refreshesThirtySecondsEarly()
{
    m_transport->answer(200, tokens("at-1", 120));
    m_transport->answer(200, tokens("at-2", 120));
    QCOMPARE(ask().value(), QStringLiteral("at-1"));
    m_clock->advance(89'000); // 31 s left
    QCOMPARE(ask().value(), QStringLiteral("at-1"));
    m_clock->advance(1'000); // 30 s left: refreshed now, before the server would refuse it
    QCOMPARE(ask().value(), QStringLiteral("at-2"));
    QCOMPARE(m_transport->requests.size(), 2);
}

void TestOAuthTokenSource::callersShareOneRefresh()
{
    m_transport->answer(200, tokens("at-1", 3600));
    int answers = 0;
    for (int i = 0; i < 3; ++i) {
        m_source->accessToken(this, [&answers](const Result<QString>& r) {
            QCOMPARE(r.value(), QStringLiteral("at-1"));
            ++answers;
        });
    }
    QTRY_COMPARE(answers, 3);
    QCOMPARE(m_transport->requests.size(), 1);
}

void TestOAuthTokenSource::invalidateRefreshesOnceMore()
{
    m_transport->answer(200, tokens("at-1", 3600));
    m_transport->answer(200, tokens("at-2", 3600));
    QCOMPARE(ask().value(), QStringLiteral("at-1"));
    m_source->invalidate(); // the server said 535 to at-1
    QCOMPARE(ask().value(), QStringLiteral("at-2"));
    QCOMPARE(m_transport->requests.size(), 2);
}

void TestOAuthTokenSource::aRefusedRefreshAsksToSignInAgain()
{
    QSignalSpy signIn(m_source.get(), &OAuthTokenSource::signInRequired);
    m_transport->answer(400, "{\"error\":\"invalid_grant\",\"error_description\":\"revoked\"}");
    const Result<QString> token = ask();
    QVERIFY(!token.ok());
    QCOMPARE(OAuthTokenResponse::errorCodeOf(token.error()), OAuthErrorCode::InvalidGrant);
    QVERIFY2(token.error().message().contains(QLatin1String("sign in again: postino-cli account login work")),
             qPrintable(token.error().message()));
    QCOMPARE(signIn.size(), 1);
    QCOMPARE(signIn.at(0).at(0).toString(), QStringLiteral("work"));
}

void TestOAuthTokenSource::noSignInStored()
{
    m_secrets->passwords.clear();
    QSignalSpy signIn(m_source.get(), &OAuthTokenSource::signInRequired);
    const Result<QString> token = ask();
    QVERIFY(!token.ok());
    QVERIFY(token.error().message().contains(QLatin1String("postino-cli account login work")));
    QCOMPARE(signIn.size(), 1);
    QVERIFY(m_transport->requests.isEmpty());
}

void TestOAuthTokenSource::aRotatedRefreshTokenIsKept()
{
    m_transport->answer(200, tokens("at-1", 3600, "rt-2"));
    QCOMPARE(ask().value(), QStringLiteral("at-1"));
    QTRY_COMPARE(m_secrets->passwords.value(QStringLiteral("work/oauth2-refresh-token")), QStringLiteral("rt-2"));
}

void TestOAuthTokenSource::noKeychain()
{
    m_secrets->unavailable = true;
    const Result<QString> token = ask();
    QVERIFY(!token.ok());
    QCOMPARE(token.error().kind(), ErrorKind::Config);
    QVERIFY(m_transport->requests.isEmpty());
}

void TestOAuthTokenSource::storeWritesTheRefreshTokenOnly()
{
    m_secrets->passwords.clear();
    OAuthTokens signedIn;
    signedIn.accessToken = QStringLiteral("at");
    signedIn.refreshToken = QStringLiteral("rt");
    QVERIFY(OAuthTokenSource::store(*m_secrets, QStringLiteral("work"), signedIn).ok());
    QCOMPARE(m_secrets->passwords.size(), 1);
    QCOMPARE(m_secrets->passwords.value(QStringLiteral("work/oauth2-refresh-token")), QStringLiteral("rt"));
    signedIn.refreshToken.clear();
    QVERIFY(!OAuthTokenSource::store(*m_secrets, QStringLiteral("work"), signedIn).ok());
}

QTEST_GUILESS_MAIN(TestOAuthTokenSource)
#include "TestOAuthTokenSource.moc"
