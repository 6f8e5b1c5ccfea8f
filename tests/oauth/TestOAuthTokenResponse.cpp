#include "oauth/OAuthTokens.h"

#include <QTest>

using namespace Postino;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
const QString kEndpoint = QStringLiteral("https://as.example.test/token");
} // namespace

class TestOAuthTokenResponse : public QObject
{
    Q_OBJECT
private slots:
    void readsAToken();
    void expiresInAsString();
    void withoutExpiresInAnHour();
    void aFractionOfASecondRoundsUp();
    void rejects_data();
    void rejects();
    void errors_data();
    void errors();
    void refreshMargin();
};

void TestOAuthTokenResponse::readsAToken()
{
    const Result<OAuthTokens> tokens = OAuthTokenResponse::parse(
        R"({"access_token":"at-1","token_type":"bearer","expires_in":3599,"refresh_token":"rt-1","scope":"s"})", kNow,
        kEndpoint);
    QVERIFY2(tokens.ok(), qPrintable(tokens.error().message()));
    QCOMPARE(tokens.value().accessToken, QStringLiteral("at-1"));
    QCOMPARE(tokens.value().refreshToken, QStringLiteral("rt-1"));
    QCOMPARE(tokens.value().expiresAt, kNow.addSecs(3599));
    QCOMPARE(tokens.value().scope, QStringLiteral("s"));
}

void TestOAuthTokenResponse::expiresInAsString()
{
    const Result<OAuthTokens> tokens =
        OAuthTokenResponse::parse(R"({"access_token":"a","token_type":"Bearer","expires_in":"60"})", kNow, kEndpoint);
    QVERIFY(tokens.ok());
    QCOMPARE(tokens.value().expiresAt, kNow.addSecs(60));
    QVERIFY(tokens.value().refreshToken.isEmpty());
}

// Found by fuzz_oauth_tokens: expires_in 0.599 made a token that had expired as it arrived.
void TestOAuthTokenResponse::aFractionOfASecondRoundsUp()
{
    const Result<OAuthTokens> tokens =
        OAuthTokenResponse::parse(R"({"access_token":"a","token_type":"Bearer","expires_in":.599})", kNow, kEndpoint);
    QVERIFY(tokens.ok()); // Qt's JSON reader takes ".599" as a number
    QCOMPARE(tokens.value().expiresAt, kNow.addSecs(1));
    const Result<OAuthTokens> fraction =
        OAuthTokenResponse::parse(R"({"access_token":"a","token_type":"Bearer","expires_in":0.599})", kNow, kEndpoint);
    QVERIFY(fraction.ok());
    QCOMPARE(fraction.value().expiresAt, kNow.addSecs(1));
    const Result<OAuthTokens> more =
        OAuthTokenResponse::parse(R"({"access_token":"a","token_type":"Bearer","expires_in":"59.2"})", kNow, kEndpoint);
    QCOMPARE(more.value().expiresAt, kNow.addSecs(60));
}

void TestOAuthTokenResponse::withoutExpiresInAnHour()
{
    const Result<OAuthTokens> tokens =
        OAuthTokenResponse::parse(R"({"access_token":"a","token_type":"Bearer"})", kNow, kEndpoint);
    QVERIFY(tokens.ok());
    QCOMPARE(tokens.value().expiresAt, kNow.addSecs(3600));
}

void TestOAuthTokenResponse::rejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("why");
    QTest::newRow("not JSON") << QByteArray("<html>") << "not JSON";
    QTest::newRow("an array") << QByteArray("[1]") << "object";
    QTest::newRow("no access token") << QByteArray(R"({"token_type":"Bearer"})") << "access_token";
    QTest::newRow("an empty access token")
        << QByteArray(R"({"access_token":"","token_type":"Bearer"})") << "access_token";
    QTest::newRow("a number for the token")
        << QByteArray(R"({"access_token":5,"token_type":"Bearer"})") << "access_token";
    QTest::newRow("no token type") << QByteArray(R"({"access_token":"a"})") << "Bearer";
    QTest::newRow("a MAC token") << QByteArray(R"({"access_token":"a","token_type":"mac"})") << "Bearer";
    QTest::newRow("negative expiry") << QByteArray(R"({"access_token":"a","token_type":"Bearer","expires_in":-1})")
                                     << "expires_in";
    QTest::newRow("expiry in words") << QByteArray(R"({"access_token":"a","token_type":"Bearer","expires_in":"soon"})")
                                     << "expires_in";
    QTest::newRow("a refresh token that is no string")
        << QByteArray(R"({"access_token":"a","token_type":"Bearer","refresh_token":{}})") << "refresh_token";
    QTest::newRow("too large") << QByteArray(R"({"access_token":")") + QByteArray(70000, 'a') + "\"}"
                               << "larger";
}

void TestOAuthTokenResponse::rejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, why);
    const Result<OAuthTokens> tokens = OAuthTokenResponse::parse(body, kNow, kEndpoint);
    QVERIFY(!tokens.ok());
    QVERIFY2(tokens.error().message().contains(why), qPrintable(tokens.error().message()));
    QVERIFY(tokens.error().message().contains(kEndpoint));
}

void TestOAuthTokenResponse::errors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<OAuthErrorCode>("code");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("words");
    QTest::newRow("invalid_grant") << 400
                                   << QByteArray(R"({"error":"invalid_grant","error_description":"Token revoked"})")
                                   << OAuthErrorCode::InvalidGrant << ErrorKind::Auth << "sign in again";
    QTest::newRow("invalid_client") << 401 << QByteArray(R"({"error":"invalid_client"})")
                                    << OAuthErrorCode::InvalidClient << ErrorKind::Config << "client ID";
    QTest::newRow("authorization_pending")
        << 400 << QByteArray(R"({"error":"authorization_pending"})") << OAuthErrorCode::AuthorizationPending
        << ErrorKind::Temporary << "authorization_pending";
    QTest::newRow("slow_down") << 400 << QByteArray(R"({"error":"slow_down"})") << OAuthErrorCode::SlowDown
                               << ErrorKind::Temporary << "slow_down";
    QTest::newRow("expired_token") << 400 << QByteArray(R"({"error":"expired_token"})") << OAuthErrorCode::ExpiredToken
                                   << ErrorKind::Auth << "expired";
    QTest::newRow("access_denied") << 400 << QByteArray(R"({"error":"access_denied"})") << OAuthErrorCode::AccessDenied
                                   << ErrorKind::Auth << "refused";
    QTest::newRow("another code") << 400 << QByteArray(R"({"error":"invalid_scope"})") << OAuthErrorCode::Other
                                  << ErrorKind::Permanent << "invalid_scope";
    QTest::newRow("a 503 page") << 503 << QByteArray("<html>busy</html>") << OAuthErrorCode::Other
                                << ErrorKind::Temporary << "503";
    QTest::newRow("an error in a 200") << 200 << QByteArray(R"({"error":"invalid_grant"})")
                                       << OAuthErrorCode::InvalidGrant << ErrorKind::Auth << "invalid_grant";
}

void TestOAuthTokenResponse::errors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(OAuthErrorCode, code);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, words);
    const Error error = status == 200 ? OAuthTokenResponse::parse(body, kNow, kEndpoint).error()
                                      : OAuthTokenResponse::parseError(status, body, kEndpoint);
    QCOMPARE(OAuthTokenResponse::errorCodeOf(error), code);
    QCOMPARE(error.kind(), kind);
    QVERIFY2(error.message().contains(words), qPrintable(error.message()));
}

void TestOAuthTokenResponse::refreshMargin()
{
    OAuthTokens tokens;
    QVERIFY(tokens.needsRefresh(kNow)); // no access token yet
    tokens.accessToken = QStringLiteral("a");
    tokens.expiresAt = kNow.addSecs(31);
    QVERIFY(!tokens.needsRefresh(kNow));
    QVERIFY(tokens.needsRefresh(kNow.addSecs(1))); // 30 s left: refreshed early
    QVERIFY(tokens.needsRefresh(kNow.addSecs(100)));
    QCOMPARE(OAuthTokenResponse::errorCodeOf(Error(ErrorKind::Auth, QStringLiteral("x"))), OAuthErrorCode::Other);
}

QTEST_GUILESS_MAIN(TestOAuthTokenResponse)
#include "TestOAuthTokenResponse.moc"
