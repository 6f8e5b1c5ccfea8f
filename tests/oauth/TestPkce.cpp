#include "oauth/Pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Postino;

class TestPkce : public QObject
{
    Q_OBJECT
private slots:
    void rfc7636AppendixB();
    void verifierHasTheRightShape();
    void everyVerifierIsNew();
    void randomTokens();
};

// RFC 7636 Appendix B: the example verifier (from the octets 116, 24, 223, ...) and its S256 challenge.
void TestPkce::rfc7636AppendixB()
{
    const QByteArray octets("\x74\x18\xdf\xb4\x97\x99\xe0\x25\x4f\xfa\x60\x7d\xd8\xad\xbb\xba\x16\xd4\x25"
                            "\x4d\x69\xd6\xbf\xf0\x5b\x58\x05\x58\x53\x84\x8d\x79",
                            32);
    QCOMPARE(octets.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
             QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestPkce::verifierHasTheRightShape()
{
    const Pkce pkce = Pkce::generate();
    QCOMPARE(pkce.verifier.size(), 64);
    // unreserved characters only (RFC 7636 §4.1); base64url has no '.' or '~' but is within the set
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
    QVERIFY(unreserved.match(QString::fromLatin1(pkce.verifier)).hasMatch());
    QCOMPARE(pkce.challenge, Pkce::challengeFor(pkce.verifier));
    QCOMPARE(pkce.challenge.size(), 43); // 32 bytes of SHA-256, base64url without padding
    QVERIFY(!pkce.challenge.contains('='));
}

void TestPkce::everyVerifierIsNew()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i)
        seen.insert(Pkce::generate().verifier);
    QCOMPARE(seen.size(), 200);
}

void TestPkce::randomTokens()
{
    QCOMPARE(Pkce::randomToken(32).size(), 43);
    QCOMPARE(Pkce::randomToken(3).size(), 4);
    QVERIFY(Pkce::randomToken(32) != Pkce::randomToken(32));
    QVERIFY(!Pkce::randomToken(32).contains('+'));
    QVERIFY(!Pkce::randomToken(32).contains('/'));
}

QTEST_GUILESS_MAIN(TestPkce)
#include "TestPkce.moc"
