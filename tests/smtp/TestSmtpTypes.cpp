#include "TestCertificates.h"

#include "smtp/SmtpTypes.h"

#include <QTest>

using namespace Postino;

class TestSmtpTypes : public QObject
{
    Q_OBJECT
private slots:
    void securityNames()
    {
        for (Security s : {Security::Tls, Security::StartTls, Security::None})
            QCOMPARE(securityFromName(securityName(s)), std::optional<Security>(s));
        QCOMPARE(securityName(Security::StartTls), QStringLiteral("starttls"));
        QCOMPARE(securityFromName(QStringLiteral("SSL")), std::optional<Security>(Security::Tls));
        QVERIFY(!securityFromName(QStringLiteral("maybe")));
    }

    void mechanismNames()
    {
        for (AuthMechanism m :
             {AuthMechanism::Auto, AuthMechanism::None, AuthMechanism::Plain, AuthMechanism::Login,
              AuthMechanism::CramMd5, AuthMechanism::XOAuth2, AuthMechanism::OAuthBearer, AuthMechanism::ScramSha256})
            QCOMPARE(authMechanismFromName(authMechanismName(m)), std::optional<AuthMechanism>(m));
        QCOMPARE(authMechanismName(AuthMechanism::CramMd5), QStringLiteral("CRAM-MD5"));
        QCOMPARE(authMechanismFromName(QStringLiteral("scram-sha-256")),
                 std::optional<AuthMechanism>(AuthMechanism::ScramSha256));
        QVERIFY(!authMechanismFromName(QStringLiteral("GSSAPI")));
    }

    void failureNamesFollowTheProbeContract_data()
    {
        QTest::addColumn<SmtpFailure>("failure");
        QTest::addColumn<QString>("name");
        QTest::newRow("ok") << SmtpFailure::None << QStringLiteral("ok");
        QTest::newRow("refused") << SmtpFailure::ConnectionRefused << QStringLiteral("refused");
        QTest::newRow("host not found") << SmtpFailure::HostNotFound << QStringLiteral("refused");
        QTest::newRow("timeout") << SmtpFailure::Timeout << QStringLiteral("timeout");
        QTest::newRow("tls") << SmtpFailure::TlsHandshake << QStringLiteral("tls-error");
        QTest::newRow("cert") << SmtpFailure::Certificate << QStringLiteral("cert-error");
        QTest::newRow("no starttls") << SmtpFailure::NoStartTls << QStringLiteral("no-starttls");
        QTest::newRow("starttls refused") << SmtpFailure::StartTlsRefused << QStringLiteral("no-starttls");
        QTest::newRow("auth failed") << SmtpFailure::AuthFailed << QStringLiteral("auth-failed");
        QTest::newRow("auth unsupported") << SmtpFailure::AuthUnsupported << QStringLiteral("auth-unsupported");
        QTest::newRow("auth insecure") << SmtpFailure::AuthInsecure << QStringLiteral("auth-unsupported");
        QTest::newRow("protocol") << SmtpFailure::ProtocolError << QStringLiteral("protocol-error");
        QTest::newRow("421") << SmtpFailure::ServiceUnavailable << QStringLiteral("service-unavailable");
        QTest::newRow("outcome unknown") << SmtpFailure::OutcomeUnknown << QStringLiteral("outcome-unknown");
        QTest::newRow("too large") << SmtpFailure::MessageTooLarge << QStringLiteral("message-too-large");
    }

    void failureNamesFollowTheProbeContract()
    {
        QFETCH(SmtpFailure, failure);
        QFETCH(QString, name);
        QCOMPARE(smtpFailureName(failure), name);
    }

    void capabilitiesFromEhlo()
    {
        SmtpReply ehlo;
        ehlo.code = 250;
        ehlo.lines = {
            "smtp.test greets you", "PIPELINING", "SIZE 35882577", "8BITMIME", "auth plain LOGIN", "AUTH=CRAM-MD5",
            "ENHANCEDSTATUSCODES",  "SMTPUTF8",   "DSN",           "CHUNKING", "STARTTLS"};
        const Capabilities caps = Capabilities::fromEhlo(ehlo);
        QVERIFY(caps.esmtp && caps.pipelining && caps.eightBitMime && caps.enhancedStatusCodes && caps.smtpUtf8
                && caps.dsn && caps.chunking && caps.startTls && caps.size);
        QCOMPARE(caps.maxSize, qint64(35882577));
        QCOMPARE(caps.authMechanisms,
                 (QStringList {QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")}));
        QCOMPARE(caps.raw.size(), 10);
        QCOMPARE(caps.raw.at(1), QStringLiteral("SIZE 35882577"));

        SmtpReply bare;
        bare.code = 250;
        bare.lines = {"smtp.test", "SIZE"};
        const Capabilities few = Capabilities::fromEhlo(bare);
        QVERIFY(few.size);
        QCOMPARE(few.maxSize, qint64(0));
        QVERIFY(!few.startTls && !few.pipelining && few.authMechanisms.isEmpty());
    }

    void certificateInfo()
    {
        const auto& certificates = Test::TestCertificates::instance();
        QVERIFY2(certificates.isValid(), qPrintable(certificates.error()));
        const CertificateInfo info = CertificateInfo::from(certificates.certificate(QStringLiteral("valid")));
        QCOMPARE(info.subject, QStringLiteral("CN=smtp.test"));
        QCOMPARE(info.issuer, QStringLiteral("CN=Postino Test CA"));
        QCOMPARE(info.sha256, certificates.sha256(QStringLiteral("valid")));
        QVERIFY(info.subjectAltNames.contains(QStringLiteral("smtp.test")));
        QVERIFY(info.notBefore < info.notAfter);
        QVERIFY(CertificateInfo::from(QSslCertificate()).sha256.isEmpty());
    }

    void uniformTimeouts()
    {
        const SmtpTimeouts t = SmtpTimeouts::uniform(7000);
        for (qint64 v : {t.connect, t.greeting, t.command, t.mail, t.rcpt, t.data, t.dataBlock, t.dataTerm})
            QCOMPARE(v, qint64(7000));
    }

    void errorCarriesReply()
    {
        SmtpError error;
        error.failure = SmtpFailure::AuthFailed;
        error.kind = ErrorKind::Auth;
        error.message = QStringLiteral("refused");
        error.reply.code = 535;
        error.reply.lines = {"nope"};
        QVERIFY(error.isError());
        QCOMPARE(error.toError().exitCode(), 77);
        QCOMPARE(error.toError().detail(), QStringLiteral("535 nope"));
    }
};

QTEST_GUILESS_MAIN(TestSmtpTypes)
#include "TestSmtpTypes.moc"
