#include "smtp/Sasl.h"

#include <QHostAddress>
#include <QTest>

using namespace Postino;

class TestSasl : public QObject
{
    Q_OBJECT
private slots:
    void plainRfc4616()
    {
        SaslPlain plain(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"));
        QCOMPARE(*plain.initialResponse(), QByteArray("\0tim\0tanstaaftanstaaf", 21));
        QCOMPARE(plain.initialResponse()->toBase64(), QByteArray("AHRpbQB0YW5zdGFhZnRhbnN0YWFm"));
    }

    void loginPrompts()
    {
        SaslLogin login(QStringLiteral("ada"), QStringLiteral("secret"));
        QVERIFY(!login.initialResponse());
        QCOMPARE(login.respond("Username:").value(), QByteArray("ada"));
        QCOMPARE(login.respond("Password:").value(), QByteArray("secret"));
    }

    void cramMd5Rfc2195()
    {
        SaslCramMd5 cram(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"));
        QVERIFY(!cram.initialResponse());
        const auto response = cram.respond("<1896.697170952@postoffice.reston.mci.net>");
        QVERIFY(response.ok());
        QCOMPARE(response.value(), QByteArray("tim b913a602c7eda7a495b4e6e7334d3890"));
    }

    void xoauth2Format()
    {
        SaslXOAuth2 x(QStringLiteral("someuser@example.com"),
                      QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"));
        QCOMPARE(*x.initialResponse(),
                 QByteArray("user=someuser@example.com\x01"
                            "auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01"));
        QCOMPARE(x.respond("{\"status\":\"401\"}").value(), QByteArray(""));
    }

    void oauthBearerRfc7628()
    {
        // RFC 7628 section 4.1 (without host and port, which are optional).
        SaslOAuthBearer o(QStringLiteral("user@example.com"),
                          QStringLiteral("vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="));
        QCOMPARE(*o.initialResponse(),
                 QByteArray("n,a=user@example.com,\x01"
                            "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01"));
        // An error challenge is answered with a lone %x01, i.e. "AQ==" in base64.
        QCOMPARE(o.respond("{\"status\":\"invalid_token\"}").value().toBase64(), QByteArray("AQ=="));
        SaslOAuthBearer escaped(QStringLiteral("a,b=c"), QStringLiteral("t"));
        QVERIFY(escaped.initialResponse()->startsWith("n,a=a=2Cb=3Dc,"));
    }

    void scramSha256Rfc7677()
    {
        SaslScramSha256 scram(QStringLiteral("user"), QStringLiteral("pencil"), "rOprNGfwEbeRWgbNEkqO");
        QCOMPARE(*scram.initialResponse(), QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO"));
        const auto final = scram.respond("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                         "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
        QVERIFY(final.ok());
        QCOMPARE(final.value(),
                 QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                            "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="));
        QVERIFY(!scram.finish().ok()); // not verified yet
        const auto last = scram.respond("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
        QVERIFY(last.ok());
        QCOMPARE(last.value(), QByteArray(""));
        QVERIFY(scram.finish().ok());
    }

    void scramRejectsWrongServerSignature()
    {
        SaslScramSha256 scram(QStringLiteral("user"), QStringLiteral("pencil"), "rOprNGfwEbeRWgbNEkqO");
        (void)scram.initialResponse();
        QVERIFY(scram.respond("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
                    .ok());
        const auto last = scram.respond("v=AAAATRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
        QVERIFY(!last.ok());
        QCOMPARE(last.error().kind(), ErrorKind::Security);
        QVERIFY(!scram.finish().ok());
    }

    void scramRejectsForeignNonce()
    {
        SaslScramSha256 scram(QStringLiteral("user"), QStringLiteral("pencil"), "abc");
        (void)scram.initialResponse();
        QVERIFY(!scram.respond("r=xyz123,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096").ok());
    }

    void choice_data()
    {
        QTest::addColumn<QStringList>("offered");
        QTest::addColumn<AuthMechanism>("requested");
        QTest::addColumn<AuthMechanism>("chosen");
        const QStringList all {QStringLiteral("LOGIN"),    QStringLiteral("PLAIN"),
                               QStringLiteral("CRAM-MD5"), QStringLiteral("SCRAM-SHA-256"),
                               QStringLiteral("XOAUTH2"),  QStringLiteral("OAUTHBEARER")};
        QTest::newRow("auto picks SCRAM first") << all << AuthMechanism::Auto << AuthMechanism::ScramSha256;
        QTest::newRow("auto then CRAM-MD5") << QStringList {QStringLiteral("PLAIN"), QStringLiteral("CRAM-MD5")}
                                            << AuthMechanism::Auto << AuthMechanism::CramMd5;
        QTest::newRow("auto then PLAIN") << QStringList {QStringLiteral("LOGIN"), QStringLiteral("PLAIN")}
                                         << AuthMechanism::Auto << AuthMechanism::Plain;
        QTest::newRow("auto then LOGIN") << QStringList {QStringLiteral("LOGIN")} << AuthMechanism::Auto
                                         << AuthMechanism::Login;
        QTest::newRow("auto never picks OAuth")
            << QStringList {QStringLiteral("XOAUTH2"), QStringLiteral("OAUTHBEARER")} << AuthMechanism::Auto
            << AuthMechanism::None;
        QTest::newRow("specific offered") << all << AuthMechanism::Login << AuthMechanism::Login;
        QTest::newRow("specific XOAUTH2") << all << AuthMechanism::XOAuth2 << AuthMechanism::XOAuth2;
        QTest::newRow("specific not offered")
            << QStringList {QStringLiteral("PLAIN")} << AuthMechanism::CramMd5 << AuthMechanism::None;
        QTest::newRow("nothing offered") << QStringList() << AuthMechanism::Auto << AuthMechanism::None;
    }

    void choice()
    {
        QFETCH(QStringList, offered);
        QFETCH(AuthMechanism, requested);
        QFETCH(AuthMechanism, chosen);
        QCOMPARE(chooseAuthMechanism(offered, requested), chosen);
    }

    void insecureAuthPolicy_data()
    {
        QTest::addColumn<bool>("encrypted");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<bool>("allow");
        QTest::addColumn<bool>("may");
        QTest::newRow("TLS to a remote host") << true << QStringLiteral("203.0.113.5") << false << true;
        QTest::newRow("clear to a remote host") << false << QStringLiteral("203.0.113.5") << false << false;
        QTest::newRow("clear to a remote IPv6 host") << false << QStringLiteral("2001:db8::1") << false << false;
        QTest::newRow("clear to a remote host, explicitly allowed")
            << false << QStringLiteral("203.0.113.5") << true << true;
        QTest::newRow("clear to 127.0.0.1") << false << QStringLiteral("127.0.0.1") << false << true;
        QTest::newRow("clear to ::1") << false << QStringLiteral("::1") << false << true;
    }

    void insecureAuthPolicy()
    {
        QFETCH(bool, encrypted);
        QFETCH(QString, peer);
        QFETCH(bool, allow);
        QFETCH(bool, may);
        QCOMPARE(mayAuthenticate(encrypted, QHostAddress(peer), QStringLiteral("smtp.example.com"), allow), may);
    }
};

QTEST_GUILESS_MAIN(TestSasl)
#include "TestSasl.moc"
