#include "FakeSmtpServer.h"
#include "SmtpScript.h"
#include "discovery/ConnectionCheck.h"

#include <QSignalSpy>
#include <QTest>

using namespace Postino;
using namespace Postino::Test::Script;
using Postino::Test::FakeSmtpServer;

Q_DECLARE_METATYPE(Postino::SmtpFailure)
Q_DECLARE_METATYPE(Postino::AuthMechanism)
Q_DECLARE_METATYPE(Postino::Security)
Q_DECLARE_METATYPE(std::optional<Postino::ConnectionStage>)

// ConnectionCheck: "does this account work?" against the scripted server, and core's ranking of failures.
class TestConnectionCheck : public QObject
{
    Q_OBJECT
private slots:
    void check_data();
    void check();
    void stageOfFailure_data();
    void stageOfFailure();
    void explainedSaysTheMessageThenTheExplanation();
    void cancelStopsWithoutFinished();
};

void TestConnectionCheck::check_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<Security>("security");
    QTest::addColumn<QString>("username"); // empty: no AUTH
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<SmtpFailure>("failure");
    QTest::addColumn<AuthMechanism>("authUsed");
    QTest::addColumn<qint64>("maxSize"); // what EHLO said, also after a refused password
    QTest::addColumn<bool>("quits"); // the script (ending with QUIT) ran to its end

    const QString none;
    QTest::newRow("no sign-in: the greeting and EHLO are enough, then QUIT")
        << (greet({QStringLiteral("SIZE 1000")}) + quit()) << Security::None << none << none << true
        << SmtpFailure::None << AuthMechanism::None << qint64(1000) << true;
    QTest::newRow("the password is accepted, then QUIT")
        << (greet({QStringLiteral("AUTH PLAIN")}) + authPlain() + quit()) << Security::None << QStringLiteral("ada")
        << QStringLiteral("secret") << true << SmtpFailure::None << AuthMechanism::Plain << qint64(0) << true;
    QTest::newRow("a refused password fails at AUTH and keeps what EHLO said")
        << (greet({QStringLiteral("SIZE 2000"), QStringLiteral("AUTH PLAIN")})
            + QStringList {c("AUTH PLAIN *"), s("535 5.7.8 Authentication credentials invalid"),
                           QStringLiteral("SILENT")})
        << Security::None << QStringLiteral("ada") << QStringLiteral("wrong") << false << SmtpFailure::AuthFailed
        << AuthMechanism::Plain << qint64(2000) << false;
    QTest::newRow("a server that wants a password nobody gave")
        << (greet({QStringLiteral("AUTH PLAIN")}) + QStringList {QStringLiteral("SILENT")}) << Security::None
        << QStringLiteral("ada") << none << false << SmtpFailure::AuthFailed << AuthMechanism::None << qint64(0)
        << false;
    QTest::newRow("STARTTLS wanted and not offered fails closed")
        << (greet({QStringLiteral("SIZE 1")}) + QStringList {QStringLiteral("SILENT")}) << Security::StartTls << none
        << none << false << SmtpFailure::NoStartTls << AuthMechanism::None << qint64(1) << false;
    QTest::newRow("a 421 greeting: the service is not available")
        << QStringList {s("421 4.3.2 try later"), QStringLiteral("CLOSE")} << Security::None << none << none << false
        << SmtpFailure::ServiceUnavailable << AuthMechanism::None << qint64(0) << false;
}

void TestConnectionCheck::check()
{
    QFETCH(QStringList, script);
    QFETCH(Security, security);
    QFETCH(QString, username);
    QFETCH(QString, secret);
    QFETCH(bool, ok);
    QFETCH(SmtpFailure, failure);
    QFETCH(AuthMechanism, authUsed);
    QFETCH(qint64, maxSize);
    QFETCH(bool, quits);

    FakeSmtpServer server;
    server.addScript(script);
    QVERIFY(server.listen());
    SubmissionSettings settings;
    settings.endpoint.host = QStringLiteral("127.0.0.1");
    settings.endpoint.port = server.port();
    settings.endpoint.security = security;
    settings.endpoint.heloName = QStringLiteral("client.test");
    settings.credentials.username = username;
    settings.credentials.secret = secret;
    settings.timeouts = SmtpTimeouts::uniform(5'000);

    ConnectionCheck check(SubmissionFactory::smtp());
    const QString wanted = QStringLiteral("the password, please");
    check.setPasswordWantedError(ErrorKind::Auth, wanted);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    QSignalSpy states(&check, &ConnectionCheck::stateChanged);
    check.start(settings);
    QVERIFY(check.isRunning());
    QVERIFY(check.session());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(!check.isRunning());
    QVERIFY(!check.session());
    QVERIFY(states.count() > 0);
    const auto result = finished.constFirst().constFirst().value<ConnectionCheckResult>();
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.error.failure, failure);
    QCOMPARE(result.error.isError(), !ok);
    QVERIFY(ok || !result.error.message.isEmpty());
    QCOMPARE(result.authUsed, authUsed);
    QCOMPARE(result.capabilities.maxSize, maxSize);
    if (!username.isEmpty() && secret.isEmpty()) {
        QCOMPARE(result.error.message, wanted);
        QCOMPARE(result.error.kind, ErrorKind::Auth);
    }
    if (quits)
        QTRY_VERIFY2_WITH_TIMEOUT(server.finished(), qPrintable(server.mismatch()), 5000);
    QCOMPARE(finished.count(), 1);
}

void TestConnectionCheck::stageOfFailure_data()
{
    QTest::addColumn<SmtpFailure>("failure");
    QTest::addColumn<std::optional<ConnectionStage>>("stage");

    const std::optional<ConnectionStage> running;
    QTest::newRow("an unknown name is the look-up")
        << SmtpFailure::HostNotFound << std::optional(ConnectionStage::Lookup);
    QTest::newRow("a refused connection is the connect")
        << SmtpFailure::ConnectionRefused << std::optional(ConnectionStage::Connect);
    QTest::newRow("a failed handshake is TLS") << SmtpFailure::TlsHandshake << std::optional(ConnectionStage::Tls);
    QTest::newRow("a certificate is TLS") << SmtpFailure::Certificate << std::optional(ConnectionStage::Tls);
    QTest::newRow("no STARTTLS is TLS") << SmtpFailure::NoStartTls << std::optional(ConnectionStage::Tls);
    QTest::newRow("a refused STARTTLS is TLS") << SmtpFailure::StartTlsRefused << std::optional(ConnectionStage::Tls);
    QTest::newRow("a refused password is signing in")
        << SmtpFailure::AuthFailed << std::optional(ConnectionStage::Auth);
    QTest::newRow("no common mechanism is signing in")
        << SmtpFailure::AuthUnsupported << std::optional(ConnectionStage::Auth);
    QTest::newRow("no AUTH in clear is signing in")
        << SmtpFailure::AuthInsecure << std::optional(ConnectionStage::Auth);
    QTest::newRow("a timeout is the stage that was running") << SmtpFailure::Timeout << running;
    QTest::newRow("a lost connection is the stage that was running") << SmtpFailure::ConnectionLost << running;
    QTest::newRow("a garbled reply is the stage that was running") << SmtpFailure::ProtocolError << running;
    QTest::newRow("a 421 is the stage that was running") << SmtpFailure::ServiceUnavailable << running;
}

void TestConnectionCheck::stageOfFailure()
{
    QFETCH(SmtpFailure, failure);
    QFETCH(std::optional<ConnectionStage>, stage);
    QCOMPARE(connectionStageOf(failure), stage);
}

void TestConnectionCheck::explainedSaysTheMessageThenTheExplanation()
{
    ConnectionCheckResult result;
    result.error.failure = SmtpFailure::AuthFailed;
    result.error.message = QStringLiteral("The server refused the password.");
    result.error.reply.code = 535;
    result.error.reply.enhanced = "5.7.8";
    result.error.reply.lines = {"Authentication credentials invalid"};
    QVERIFY(!result.explanation().isEmpty());
    QVERIFY(result.explained().startsWith(result.error.message + u' '));
    QVERIFY(result.explained().endsWith(result.explanation()));

    ConnectionCheckResult plain;
    plain.error.failure = SmtpFailure::ConnectionLost;
    plain.error.message = QStringLiteral("The connection was lost.");
    if (plain.explanation().isEmpty())
        QCOMPARE(plain.explained(), plain.error.message);
}

void TestConnectionCheck::cancelStopsWithoutFinished()
{
    FakeSmtpServer server;
    server.addScript({QStringLiteral("SILENT")});
    QVERIFY(server.listen());
    SubmissionSettings settings;
    settings.endpoint.host = QStringLiteral("127.0.0.1");
    settings.endpoint.port = server.port();
    settings.endpoint.security = Security::None;
    ConnectionCheck check(SubmissionFactory::smtp());
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    check.start(settings);
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 1, 5000);
    check.cancel();
    QVERIFY(!check.isRunning());
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);
}

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "TestConnectionCheck.moc"
