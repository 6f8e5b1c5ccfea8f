#include "oauth/OAuthTokens.h"
#include "oauth/RedirectListener.h"

#include "MockClock.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Postino;

namespace {

// A browser's side of one request: sends it, then collects the answer until the listener closes.
struct Visit
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray answer;

    Visit(quint16 port, const QByteArray& request)
    {
        QObject::connect(socket.get(), &QTcpSocket::readyRead, socket.get(), [this] { answer += socket->readAll(); });
        socket->connectToHost(QHostAddress::LocalHost, port);
        if (!request.isEmpty())
            socket->write(request);
    }
    [[nodiscard]] bool closed() const { return socket->state() == QAbstractSocket::UnconnectedState; }
    [[nodiscard]] int status() const { return answer.mid(9, 3).toInt(); }
};

QByteArray get(const QByteArray& target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\n\r\n";
}

} // namespace

class TestRedirectListener : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listensOnLoopbackOnly();
    void takesTheCode();
    void strayRequestsDoNotEndTheWait_data();
    void strayRequestsDoNotEndTheWait();
    void aSilentProbeIsDroppedAndBlocksNothing();
    void accessDenied();
    void accessDeniedWithAnotherStateIsIgnored();
    void issuerChecked_data();
    void issuerChecked();
    void closesAfterTheRedirect();
    void anOversizedRequestIsRefused();

private:
    std::unique_ptr<Test::MockClock> m_clock;
    std::unique_ptr<RedirectListener> m_listener;
};

void TestRedirectListener::init()
{
    m_clock = std::make_unique<Test::MockClock>();
    m_listener = std::make_unique<RedirectListener>(m_clock.get());
    QVERIFY(m_listener->listen().ok());
    m_listener->setExpectedState("s-1");
}

void TestRedirectListener::cleanup()
{
    m_listener.reset();
    m_clock.reset();
}

void TestRedirectListener::listensOnLoopbackOnly()
{
    const auto* server = m_listener->findChild<QTcpServer*>();
    QVERIFY(server);
    QCOMPARE(server->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(m_listener->port() != 0);
    QCOMPARE(m_listener->redirectUri(), QStringLiteral("http://127.0.0.1:%1/callback").arg(m_listener->port()));
    // Another listener gets another port.
    RedirectListener other(m_clock.get());
    QVERIFY(other.listen().ok());
    QVERIFY(other.port() != m_listener->port());
}

void TestRedirectListener::takesTheCode()
{
    QSignalSpy codes(m_listener.get(), &RedirectListener::codeReceived);
    QSignalSpy failures(m_listener.get(), &RedirectListener::failed);
    // Google's code holds "/", which the browser brings as %2F: decoded exactly once.
    Visit visit(m_listener->port(), get("/callback?state=s-1&code=4%2F0Ab%2Bc&scope=x"));
    QTRY_COMPARE(codes.size(), 1);
    QCOMPARE(codes.at(0).at(0).toString(), QStringLiteral("4/0Ab+c"));
    QTRY_VERIFY(visit.closed());
    QCOMPARE(visit.status(), 200);
    QVERIFY(visit.answer.contains("text/html; charset=utf-8"));
    QVERIFY(visit.answer.contains("<h1>"));
    QCOMPARE(failures.size(), 0);
}

void TestRedirectListener::strayRequestsDoNotEndTheWait_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("a probe that connects and leaves") << QByteArray() << 0;
    QTest::newRow("another path") << get("/favicon.ico") << 404;
    QTest::newRow("a code on another path") << get("/other?state=s-1&code=evil") << 404;
    QTest::newRow("a wrong state") << get("/callback?state=guess&code=evil") << 400;
    QTest::newRow("no state") << get("/callback?code=evil") << 400;
    QTest::newRow("a POST") << QByteArray("POST /callback?state=s-1&code=evil HTTP/1.1\r\n\r\n") << 405;
    QTest::newRow("not HTTP") << QByteArray("HELO example\r\n\r\n") << 400;
}

void TestRedirectListener::strayRequestsDoNotEndTheWait()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QSignalSpy codes(m_listener.get(), &RedirectListener::codeReceived);
    QSignalSpy failures(m_listener.get(), &RedirectListener::failed);
    {
        Visit stray(m_listener->port(), request);
        if (status == 0) {
            QTRY_COMPARE(stray.socket->state(), QAbstractSocket::ConnectedState);
            stray.socket->abort();
        } else {
            QTRY_VERIFY(stray.closed());
            QCOMPARE(stray.status(), status);
        }
    }
    QVERIFY(m_listener->isListening());
    QCOMPARE(codes.size(), 0);
    QCOMPARE(failures.size(), 0);
    // The real redirect still works.
    Visit visit(m_listener->port(), get("/callback?code=good&state=s-1"));
    QTRY_COMPARE(codes.size(), 1);
    QCOMPARE(codes.at(0).at(0).toString(), QStringLiteral("good"));
}

void TestRedirectListener::aSilentProbeIsDroppedAndBlocksNothing()
{
    QSignalSpy codes(m_listener.get(), &RedirectListener::codeReceived);
    Visit probe(m_listener->port(), "GET /callback?sta"); // never finishes its request
    QTRY_COMPARE(probe.socket->state(), QAbstractSocket::ConnectedState);
    QTest::qWait(20);
    Visit visit(m_listener->port(), get("/callback?code=good&state=s-1"));
    QTRY_COMPARE(codes.size(), 1);
    m_clock->advance(RedirectListener::kConnectionTimeoutMs + 1);
    QTRY_VERIFY(probe.closed());
}

void TestRedirectListener::accessDenied()
{
    QSignalSpy codes(m_listener.get(), &RedirectListener::codeReceived);
    QSignalSpy failures(m_listener.get(), &RedirectListener::failed);
    Visit visit(m_listener->port(), get("/callback?error=access_denied&error_description=The+user+said+no&state=s-1"));
    QTRY_COMPARE(failures.size(), 1);
    const auto error = failures.at(0).at(0).value<Error>();
    QCOMPARE(error.kind(), ErrorKind::Auth);
    QCOMPARE(OAuthTokenResponse::errorCodeOf(error), OAuthErrorCode::AccessDenied);
    QVERIFY2(error.message().contains(QLatin1String("access_denied")), qPrintable(error.message()));
    QVERIFY(error.message().contains(QLatin1String("nothing was stored")));
    QTRY_VERIFY(visit.closed());
    QCOMPARE(visit.status(), 200);
    QCOMPARE(codes.size(), 0);
    QVERIFY(!m_listener->isListening());
}

void TestRedirectListener::accessDeniedWithAnotherStateIsIgnored()
{
    QSignalSpy failures(m_listener.get(), &RedirectListener::failed);
    Visit visit(m_listener->port(), get("/callback?error=access_denied&state=other"));
    QTRY_VERIFY(visit.closed());
    QCOMPARE(visit.status(), 400);
    QCOMPARE(failures.size(), 0);
    QVERIFY(m_listener->isListening());
}

void TestRedirectListener::issuerChecked_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QByteArray>("iss");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("the host's https URL")
        << "accounts.google.com" << QByteArray("https%3A%2F%2Faccounts.google.com") << true;
    QTest::newRow("another host") << "accounts.google.com" << QByteArray("https%3A%2F%2Fevil.test") << false;
    QTest::newRow("plain http") << "accounts.google.com" << QByteArray("http%3A%2F%2Faccounts.google.com") << false;
    QTest::newRow("the same issuer URL") << "https://api.fastmail.com"
                                         << QByteArray("https%3A%2F%2Fapi.fastmail.com%2F") << true;
    QTest::newRow("another issuer URL") << "https://api.fastmail.com"
                                        << QByteArray("https%3A%2F%2Fapi.fastmail.com%2Fx") << false;
}

void TestRedirectListener::issuerChecked()
{
    QFETCH(QString, issuer);
    QFETCH(QByteArray, iss);
    QFETCH(bool, accepted);
    m_listener->setExpectedIssuer(issuer);
    QSignalSpy codes(m_listener.get(), &RedirectListener::codeReceived);
    QSignalSpy failures(m_listener.get(), &RedirectListener::failed);
    Visit visit(m_listener->port(), get("/callback?code=c&state=s-1&iss=" + iss));
    QTRY_COMPARE(codes.size() + failures.size(), 1);
    QCOMPARE(codes.size(), accepted ? 1 : 0);
    if (!accepted)
        QCOMPARE(failures.at(0).at(0).value<Error>().kind(), ErrorKind::Security);
}

void TestRedirectListener::closesAfterTheRedirect()
{
    QSignalSpy codes(m_listener.get(), &RedirectListener::codeReceived);
    Visit visit(m_listener->port(), get("/callback?code=c&state=s-1"));
    QTRY_COMPARE(codes.size(), 1);
    QVERIFY(!m_listener->isListening());
    // A replay of the same redirect finds nobody listening.
    Visit again(m_listener->port(), get("/callback?code=c&state=s-1"));
    QTRY_VERIFY(again.closed());
    QVERIFY(again.answer.isEmpty());
    QCOMPARE(codes.size(), 1);
}

void TestRedirectListener::anOversizedRequestIsRefused()
{
    QSignalSpy codes(m_listener.get(), &RedirectListener::codeReceived);
    Visit visit(m_listener->port(),
                "GET /callback?state=s-1&code=" + QByteArray(RedirectListener::kMaxRequestBytes, 'a'));
    QTRY_VERIFY(visit.closed());
    QCOMPARE(visit.status(), 431);
    QCOMPARE(codes.size(), 0);
    QVERIFY(m_listener->isListening());
}

QTEST_GUILESS_MAIN(TestRedirectListener)
#include "TestRedirectListener.moc"
