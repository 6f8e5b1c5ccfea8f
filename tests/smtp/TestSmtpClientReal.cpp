#include "RealSmtpServer.h"
#include "SmtpClientRun.h"
#include "TestCertificates.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

using namespace Postino;
using namespace Postino::Test;

// The same flows once more against a real server (aiosmtpd), for what a script cannot prove:
// a real TLS stack on the other side, real AUTH handling, real dot-unstuffing.
class TestSmtpClientReal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(systemPython()))
            QSKIP("no system python3 for aiosmtpd");
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().error()));
    }

    void send_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<Security>("security");
        QTest::addColumn<AuthMechanism>("mechanism");
        QTest::addColumn<bool>("auth");
        QTest::newRow("STARTTLS, AUTH PLAIN")
            << QStringLiteral("starttls") << Security::StartTls << AuthMechanism::Plain << true;
        QTest::newRow("STARTTLS, AUTH LOGIN")
            << QStringLiteral("starttls") << Security::StartTls << AuthMechanism::Login << true;
        QTest::newRow("implicit TLS, AUTH PLAIN")
            << QStringLiteral("tls") << Security::Tls << AuthMechanism::Plain << true;
        QTest::newRow("implicit TLS, AUTH LOGIN")
            << QStringLiteral("tls") << Security::Tls << AuthMechanism::Login << true;
        QTest::newRow("implicit TLS, AUTH chosen automatically")
            << QStringLiteral("tls") << Security::Tls << AuthMechanism::Auto << true;
        QTest::newRow("plain on loopback, no AUTH")
            << QStringLiteral("plain") << Security::None << AuthMechanism::Auto << false;
    }

    void send()
    {
        QFETCH(QString, mode);
        QFETCH(Security, security);
        QFETCH(AuthMechanism, mechanism);
        QFETCH(bool, auth);

        RealSmtpServer server;
        RealSmtpServer::Options options;
        options.mode = mode;
        options.maxSeconds = 30;
        if (auth) {
            options.user = QStringLiteral("ada");
            options.password = QStringLiteral("s3cret pass");
            options.authRequired = true;
        }
        QVERIFY2(server.start(options), qPrintable(server.error()));

        SmtpClientRun run(server.port());
        run.settings.endpoint.security = security;
        run.settings.clock = nullptr; // real time against a real server
        run.settings.timeouts = SmtpTimeouts::uniform(15000);
        if (auth)
            run.settings.credentials = {QStringLiteral("ada"), QStringLiteral("s3cret pass"), mechanism};
        QVERIFY(run.open(15000));
        QVERIFY2(run.failures.isEmpty(), qPrintable(run.failures.value(0).message + server.output()));
        QCOMPARE(run.readyCount, 1);
        QCOMPARE(run.client->tlsInfo().encrypted, security != Security::None);
        if (auth && mechanism != AuthMechanism::Auto)
            QCOMPARE(run.client->authMechanismUsed(), mechanism);

        QByteArray body = "From: ada@example.org\r\nTo: bob@example.net\r\nSubject: real\r\n\r\n"
                          ".leading dot\n..two dots\r\n.\r\nlone CR\rend";
        const QByteArray expected = "From: ada@example.org\r\nTo: bob@example.net\r\nSubject: real\r\n\r\n"
                                    ".leading dot\r\n..two dots\r\n.\r\nlone CR\r\nend\r\n";
        QBuffer device(&body);
        QVERIFY(device.open(QIODevice::ReadOnly));
        Envelope envelope;
        envelope.sender = QStringLiteral("ada@example.org");
        envelope.recipients = {QStringLiteral("bob@example.net"), QStringLiteral("carol@example.net")};
        QVERIFY(run.send(envelope, &device, body.size(), 15000));
        const TransactionResult& result = run.results.first();
        QVERIFY2(result.delivered, qPrintable(result.error.message));
        QVERIFY(!result.error.isError());
        QCOMPARE(result.recipients.size(), 2);
        QCOMPARE(result.recipients.at(1).state, RecipientState::Delivered);
        QVERIFY(run.close(15000));

        QTRY_COMPARE_WITH_TIMEOUT(server.messageCount(), 1, 5000);
        QCOMPARE(server.message(1), expected);
        const QJsonObject stored = server.envelope(1);
        QCOMPARE(stored.value(QStringLiteral("mail_from")).toString(), envelope.sender);
        QCOMPARE(stored.value(QStringLiteral("rcpt_tos")).toArray().size(), 2);
        QVERIFY(stored.value(QStringLiteral("mail_options"))
                    .toArray()
                    .contains(QStringLiteral("SIZE=%1").arg(body.size())));
        // The transcript never shows the password.
        QVERIFY(!run.transcript.text().contains(QStringLiteral("s3cret")));
        QVERIFY(!run.transcript.text().contains(QString::fromLatin1(QByteArray("s3cret pass").toBase64())));
    }

    void wrongPasswordIsAuthFailed()
    {
        RealSmtpServer server;
        RealSmtpServer::Options options;
        options.mode = QStringLiteral("tls");
        options.user = QStringLiteral("ada");
        options.password = QStringLiteral("right");
        options.authRequired = true;
        options.maxSeconds = 30;
        QVERIFY2(server.start(options), qPrintable(server.error()));
        SmtpClientRun run(server.port());
        run.settings.endpoint.security = Security::Tls;
        run.settings.clock = nullptr;
        run.settings.timeouts = SmtpTimeouts::uniform(15000);
        run.settings.credentials = {QStringLiteral("ada"), QStringLiteral("wrong"), AuthMechanism::Plain};
        QVERIFY(run.open(15000));
        QCOMPARE(run.failure(), SmtpFailure::AuthFailed);
        QCOMPARE(run.failures.first().kind, ErrorKind::Auth);
        QCOMPARE(run.failures.first().reply.code, 535);
    }
};

QTEST_GUILESS_MAIN(TestSmtpClientReal)
#include "TestSmtpClientReal.moc"
