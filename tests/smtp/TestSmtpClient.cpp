#include "FakeSmtpServer.h"
#include "SmtpClientRun.h"
#include "SmtpScript.h"
#include "TestCertificates.h"
#include "WatchedFile.h"

#include "smtp/Sasl.h"
#include "smtp/SmtpClient.h"

#include <QBuffer>
#include <QHostInfo>
#include <QLocale>
#include <QPointer>
#include <QSslSocket>
#include <QTemporaryFile>
#include <QTest>

using namespace Postino;
using namespace Postino::Test;

namespace {

// One session: what the client is given, what the server says, and what must come of it.
struct Scenario
{
    // client side
    Security security = Security::None;
    QString user;
    QString password;
    AuthMechanism mechanism = AuthMechanism::Auto;
    QByteArray pin;
    bool trustTestCa = true;
    QString host = QStringLiteral("smtp.test");
    QString passwordOnRequest; // given to passwordRequested()
    Envelope envelope;
    QByteArray body;
    bool send = false;
    bool close = true;
    // server side
    QStringList script;
    // expectations
    SmtpFailure failure = SmtpFailure::None; // of the session (failed())
    ErrorKind kind = ErrorKind::None;
    SmtpFailure txFailure = SmtpFailure::None; // of the transaction
    ErrorKind txKind = ErrorKind::None;
    bool delivered = false;
    bool outcomeUnknown = false;
    QStringList recipientStates; // recipientStateName() per recipient
    bool checkStored = false;
    QByteArray stored; // what the server received between 354 and the final dot (dot-stuffed, CRLF)
    QStringList messageHas; // substrings of the (session or transaction) error message
    QStringList transcriptHas;
    QStringList sentLacks; // must not appear in the client's bytes (AUTH, MAIL after a failed STARTTLS ...)
    QList<QByteArray> sentTogether; // must have travelled in one read (PIPELINING)
    bool pinned = false;
    int certificateProblems = 0;
};

Envelope envelope(const QStringList& recipients, const QString& sender = QStringLiteral("ada@example.org"))
{
    Envelope e;
    e.sender = sender;
    e.recipients = recipients;
    return e;
}

const QByteArray simpleBody = "Subject: hi\r\n\r\nHello.\r\n";

QStringList operator+(const QStringList& a, const char* line)
{
    return a + QStringList {QString::fromUtf8(line)};
}

} // namespace

Q_DECLARE_METATYPE(Scenario)

class TestSmtpClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().error()));
        qRegisterMetaType<Scenario>();
        SaslScramSha256::setNonceForTesting("rOprNGfwEbeRWgbNEkqO"); // RFC 7677's example exchange
    }

    void session_data();
    void session();
    void timeouts_data();
    void timeouts();
    void dotStuffing_data();
    void dotStuffing();
    void pipeliningSendsEnvelopeInOneFlight();
    void secondTransactionAfterRsetNeed();
    void pipelinedDataForOneRecipient();
    void pipelinedDataRecipientRefused();
    void pipelinedData354AfterRefusalDropsConnection();
    void checkRecipientsNeverSendsData_data();
    void checkRecipientsNeverSendsData();
    void sendsAheadAcrossMessages();
    void sendAheadAfterRefusedDot();
    void sendAheadConnectionLostAfterDot();
    void holdsFinalDotUntilReleased();
    void streamsLargeBodyWithBoundedBuffers_data();
    void streamsLargeBodyWithBoundedBuffers();
    void connectionRefused();
    void passwordRequestedAndAbort();
    void quitIsBounded();
    void stalledUploadTimesOut();
    void defaultHeloName();
    void factoryAndScriptsPerConnection();
    void unsolicited421WhileIdle();
};

void TestSmtpClient::session_data()
{
    using namespace Script;
    QTest::addColumn<Scenario>("scenario");
    const QStringList one {QStringLiteral("bob@example.net")};
    const QStringList three {QStringLiteral("bob@example.net"), QStringLiteral("carol@example.net"),
                             QStringLiteral("dave@example.net")};
    const QString authCaps = QStringLiteral("AUTH PLAIN LOGIN");

    // --- happy paths ---
    {
        Scenario s;
        s.envelope = envelope(one);
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("8BITMIME")}) + transaction(QStringLiteral("ada@example.org"), one) + quit();
        s.delivered = true;
        s.recipientStates = {QStringLiteral("delivered")};
        s.checkStored = true;
        s.stored = simpleBody;
        s.transcriptHas = {QStringLiteral("C: MAIL FROM:<ada@example.org>"), QStringLiteral("S: 221 2.0.0 Bye")};
        QTest::newRow("plain: happy path") << s;
    }
    {
        Scenario s;
        s.security = Security::StartTls;
        s.user = QStringLiteral("ada");
        s.password = QStringLiteral("secret");
        s.envelope = envelope(one);
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("STARTTLS"), QStringLiteral("AUTH LOGIN")}) + startTls({authCaps})
            + authPlain() + transaction(QStringLiteral("ada@example.org"), one) + quit();
        s.delivered = true;
        s.recipientStates = {QStringLiteral("delivered")};
        s.checkStored = true;
        s.stored = simpleBody;
        s.transcriptHas = {QStringLiteral("-- TLS TLSv1.*"), QStringLiteral("C: AUTH PLAIN <redacted>")};
        QTest::newRow("starttls: happy path, capabilities forgotten after TLS (PLAIN chosen)") << s;
    }
    {
        Scenario s;
        s.security = Security::Tls;
        s.user = QStringLiteral("ada");
        s.password = QStringLiteral("secret");
        s.envelope = envelope(one);
        s.body = simpleBody;
        s.send = true;
        s.script = greetTls({authCaps}) + authPlain() + transaction(QStringLiteral("ada@example.org"), one) + quit();
        s.delivered = true;
        s.recipientStates = {QStringLiteral("delivered")};
        s.checkStored = true;
        s.stored = simpleBody;
        s.transcriptHas = {QStringLiteral("-- TLS TLSv1.*"), QStringLiteral("S: 220 smtp.test ESMTP Postino fake")};
        QTest::newRow("implicit tls: happy path via connectAddress, verified against smtp.test") << s;
    }
    {
        Scenario s;
        s.script = QStringList {QStringLiteral("S: 220 old.test"), QStringLiteral("C: EHLO client.test"),
                                QStringLiteral("S: 502 5.5.1 what?"), QStringLiteral("C: HELO client.test"),
                                QStringLiteral("S: 250 old.test")}
            + quit();
        QTest::newRow("plain: HELO fallback after 502") << s;
    }
    {
        Scenario s;
        s.security = Security::StartTls;
        s.script = QStringList {QStringLiteral("S: 220 old.test"), QStringLiteral("C: EHLO client.test"),
                                QStringLiteral("S: 502 5.5.1 what?")};
        s.failure = SmtpFailure::PermanentReply;
        s.kind = ErrorKind::Permanent;
        QTest::newRow("starttls: no HELO fallback") << s;
    }

    // --- STARTTLS ---
    {
        Scenario s;
        s.security = Security::StartTls;
        s.user = QStringLiteral("ada");
        s.password = QStringLiteral("secret");
        s.script = greet({authCaps});
        s.failure = SmtpFailure::NoStartTls;
        s.kind = ErrorKind::Security;
        s.messageHas = {QStringLiteral("offered no STARTTLS; refusing to send the password in clear"),
                        QStringLiteral("smtp.test:")};
        s.sentLacks = {QStringLiteral("AUTH"), QStringLiteral("MAIL")};
        QTest::newRow("starttls: not offered, fail closed") << s;
    }
    {
        Scenario s;
        s.security = Security::StartTls;
        s.script = greet({QStringLiteral("STARTTLS")}) + "C: STARTTLS" + "S: 454 4.7.0 TLS not available";
        s.failure = SmtpFailure::StartTlsRefused;
        s.kind = ErrorKind::Temporary;
        s.sentLacks = {QStringLiteral("AUTH"), QStringLiteral("MAIL")};
        QTest::newRow("starttls: 454 is temporary") << s;
    }
    {
        Scenario s;
        s.security = Security::StartTls;
        s.script = greet({QStringLiteral("STARTTLS")}) + "C: STARTTLS" + "S: 502 5.5.1 not implemented";
        s.failure = SmtpFailure::StartTlsRefused;
        s.kind = ErrorKind::Security;
        QTest::newRow("starttls: 502 is a security failure") << s;
    }
    {
        Scenario s;
        s.security = Security::StartTls;
        s.script = greet({QStringLiteral("STARTTLS")}) + "C: STARTTLS" + "S: 250 sure";
        s.failure = SmtpFailure::StartTlsRefused;
        s.kind = ErrorKind::Security;
        QTest::newRow("starttls: 250 instead of 220") << s;
    }
    {
        Scenario s;
        s.security = Security::StartTls;
        s.user = QStringLiteral("ada");
        s.password = QStringLiteral("secret");
        s.script = greet({QStringLiteral("STARTTLS"), authCaps}) + "C: STARTTLS"
            + "S:RAW 220 go ahead\\r\\n250-injected\\r\\n250 AUTH PLAIN\\r\\n" + "SILENT";
        s.failure = SmtpFailure::ProtocolError;
        s.kind = ErrorKind::Temporary;
        s.messageHas = {QStringLiteral("after agreeing to STARTTLS")};
        s.sentLacks = {QStringLiteral("AUTH"), QStringLiteral("EHLO client.test\r\nEHLO")};
        QTest::newRow("starttls: bytes injected after the 220") << s;
    }
    {
        Scenario s;
        s.security = Security::StartTls;
        s.script = greet({QStringLiteral("STARTTLS")}) + "C: STARTTLS" + "S:RAW 220 go ahead\\r\\n" + "WAIT 50"
            + "S:RAW garbage instead of TLS\\r\\n" + "SILENT";
        s.failure = SmtpFailure::TlsHandshake;
        s.kind = ErrorKind::Security;
        s.sentLacks = {QStringLiteral("AUTH"), QStringLiteral("MAIL"),
                       QStringLiteral("EHLO client.test\r\nSTARTTLS\r\nEHLO")};
        QTest::newRow("starttls: handshake failure (garbage instead of TLS)") << s;
    }

    // --- certificates ---
    const struct
    {
        const char* name;
        const char* kind;
        bool trustCa;
        int problems;
        const char* says;
    } certificateCases[] = {
        {"expired", "expired", true, 1, "expired"},
        {"wrong host", "wronghost", true, 1, "other.invalid"},
        {"self-signed", "selfsigned", true, 1, "self-signed"},
        {"untrusted CA", "valid", false, 1, "not a trusted authority"},
    };
    for (const auto& c : certificateCases) {
        const QString kind = QString::fromLatin1(c.kind);
        {
            Scenario s;
            s.security = Security::Tls;
            s.trustTestCa = c.trustCa;
            s.script = {QStringLiteral("TLS ") + kind};
            s.failure = SmtpFailure::Certificate;
            s.kind = ErrorKind::Security;
            s.certificateProblems = c.problems;
            s.messageHas = {QString::fromLatin1(c.says), QString::fromLatin1(TestCertificates::instance().sha256(kind)),
                            QStringLiteral("--trust-fingerprint")};
            QTest::addRow("certificate %s: refused", c.name) << s;
        }
        {
            Scenario s;
            s.security = Security::Tls;
            s.trustTestCa = c.trustCa;
            s.pin = TestCertificates::instance().sha256(kind);
            s.script = greetTls({}, kind) + quit();
            s.pinned = true;
            QTest::addRow("certificate %s: accepted by its pin", c.name) << s;
        }
        {
            Scenario s;
            s.security = Security::Tls;
            s.trustTestCa = c.trustCa;
            s.pin = TestCertificates::instance().sha256(QStringLiteral("valid") == kind ? QStringLiteral("expired")
                                                                                        : QStringLiteral("valid"));
            s.script = {QStringLiteral("TLS ") + kind};
            s.failure = SmtpFailure::Certificate;
            s.kind = ErrorKind::Security;
            s.messageHas = {QStringLiteral("not the pinned certificate")};
            QTest::addRow("certificate %s: wrong pin refused", c.name) << s;
        }
    }
    {
        Scenario s;
        s.security = Security::StartTls;
        s.user = QStringLiteral("ada");
        s.password = QStringLiteral("secret");
        s.script = greet({QStringLiteral("STARTTLS"), authCaps}) + "C: STARTTLS" + "S: 220 go ahead" + "TLS expired";
        s.failure = SmtpFailure::Certificate;
        s.kind = ErrorKind::Security;
        s.sentLacks = {QStringLiteral("AUTH")};
        QTest::newRow("certificate expired after STARTTLS: no AUTH") << s;
    }

    {
        // 127.0.0.1 is in the certificate, other.test is not: verification must use the host name.
        Scenario s;
        s.security = Security::Tls;
        s.host = QStringLiteral("other.test");
        s.script = {QStringLiteral("TLS valid")};
        s.failure = SmtpFailure::Certificate;
        s.kind = ErrorKind::Security;
        s.messageHas = {QStringLiteral("not for other.test")};
        QTest::newRow("resolve: verified against the host name, not the connect address") << s;
    }

    // --- AUTH ---
    {
        Scenario s;
        s.user = QStringLiteral("ada");
        s.password = QStringLiteral("secret");
        s.mechanism = AuthMechanism::Login;
        s.script = greet({authCaps})
            + QStringList {QStringLiteral("C: AUTH LOGIN"), QStringLiteral("S: 334 VXNlcm5hbWU6"),
                           QStringLiteral("C: YWRh"),       QStringLiteral("S: 334 UGFzc3dvcmQ6"),
                           QStringLiteral("C: c2VjcmV0"),   QStringLiteral("S: 235 2.7.0 ok")}
            + quit();
        QTest::newRow("auth: LOGIN when asked for") << s;
    }
    {
        Scenario s;
        s.user = QStringLiteral("ada");
        s.password = QStringLiteral("secret");
        s.script = greet({QStringLiteral("AUTH LOGIN CRAM-MD5 PLAIN")})
            + QStringList {QStringLiteral("C: AUTH CRAM-MD5"), QStringLiteral("S: 334 PDEyMzQ1QHNtdHAudGVzdD4="),
                           QStringLiteral("C: *"), QStringLiteral("S: 235 2.7.0 ok")}
            + quit();
        QTest::newRow("auth: CRAM-MD5 preferred over PLAIN and LOGIN") << s;
    }
    {
        Scenario s;
        s.user = QStringLiteral("ada");
        s.password = QStringLiteral("secret");
        s.script = greet({QStringLiteral("AUTH=PLAIN LOGIN")}) + authPlain() + quit();
        QTest::newRow("auth: old AUTH= form understood") << s;
    }
    {
        Scenario s;
        s.user = QStringLiteral("ada");
        s.password = QStringLiteral("wrong");
        s.envelope = envelope(one);
        s.send = true;
        s.script = greet({authCaps, QStringLiteral("ENHANCEDSTATUSCODES")})
            + QStringList {QStringLiteral("C: AUTH PLAIN *"),
                           QStringLiteral("S: 535 5.7.8 Authentication credentials invalid")};
        s.failure = SmtpFailure::AuthFailed;
        s.kind = ErrorKind::Auth;
        s.messageHas = {QStringLiteral("ada"), QStringLiteral("535 5.7.8")};
        s.sentLacks = {QStringLiteral("MAIL")};
        QTest::newRow("auth: 535 fails, never retried") << s;
    }
    {
        Scenario s;
        s.user = QStringLiteral("ada");
        s.password = QStringLiteral("secret");
        s.script = greet({authCaps}) + "C: AUTH PLAIN *" + "S: 454 4.7.0 Temporary authentication failure";
        s.failure = SmtpFailure::AuthFailed;
        s.kind = ErrorKind::Temporary;
        QTest::newRow("auth: 454 is temporary") << s;
    }
    {
        Scenario s;
        s.user = QStringLiteral("ada");
        s.password = QStringLiteral("secret");
        s.script = greet({QStringLiteral("SIZE 1000")}) + quit();
        s.script = greet({QStringLiteral("SIZE 1000")});
        s.failure = SmtpFailure::AuthUnsupported;
        s.kind = ErrorKind::Auth;
        QTest::newRow("auth: wanted but no AUTH offered") << s;
    }
    {
        Scenario s;
        s.user = QStringLiteral("ada");
        s.password = QStringLiteral("secret");
        s.mechanism = AuthMechanism::CramMd5;
        s.script = greet({authCaps});
        s.failure = SmtpFailure::AuthUnsupported;
        s.kind = ErrorKind::Auth;
        s.messageHas = {QStringLiteral("PLAIN, LOGIN"), QStringLiteral("CRAM-MD5")};
        QTest::newRow("auth: asked mechanism not offered") << s;
    }
    {
        Scenario s;
        s.user = QStringLiteral("ada");
        s.passwordOnRequest = QStringLiteral("secret");
        s.script = greet({authCaps}) + authPlain() + quit();
        QTest::newRow("auth: password requested by signal") << s;
    }
    {
        Scenario s;
        s.user = QStringLiteral("ada");
        s.password = QStringLiteral("token");
        s.mechanism = AuthMechanism::OAuthBearer;
        s.script = greet({QStringLiteral("AUTH PLAIN OAUTHBEARER")})
            + QStringList {QStringLiteral("C: AUTH OAUTHBEARER *"),
                           QStringLiteral("S: 334 eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIn0="), QStringLiteral("C: AQ=="),
                           QStringLiteral("S: 535 5.7.8 invalid token")};
        s.failure = SmtpFailure::AuthFailed;
        s.kind = ErrorKind::Auth;
        QTest::newRow("auth: OAUTHBEARER error challenge answered AQ== then 535") << s;
    }
    {
        // Microsoft's access tokens run to about 2,500 bytes: the AUTH line (some 3,400 octets of base64) goes
        // out whole, and the token is redacted like any other.
        Scenario s;
        s.user = QStringLiteral("ada@contoso.test");
        s.password = QString(2500, QLatin1Char('t'));
        s.mechanism = AuthMechanism::XOAuth2;
        const QByteArray saslResponse = QByteArray("user=ada@contoso.test\x01"
                                                   "auth=Bearer ")
            + QByteArray(2500, 't') + "\x01\x01";
        const QByteArray initial = saslResponse.toBase64();
        s.script = greet({QStringLiteral("AUTH LOGIN XOAUTH2")})
            + QStringList {QStringLiteral("C: AUTH XOAUTH2 ") + QString::fromLatin1(initial),
                           QStringLiteral("S: 235 2.7.0 Authentication successful")}
            + quit();
        s.transcriptHas = {QStringLiteral("C: AUTH XOAUTH2 <redacted>")};
        QTest::newRow("auth: XOAUTH2 with a Microsoft-sized token") << s;
    }

    {
        Scenario s;
        s.user = QStringLiteral("ada");
        s.password = QStringLiteral("secret");
        s.script = greet({authCaps}) + "C: AUTH PLAIN *" + "S: 534 5.7.9 Please log in with your web browser";
        s.failure = SmtpFailure::AuthFailed;
        s.kind = ErrorKind::Auth;
        QTest::newRow("auth: 534 is an auth failure") << s;
    }
    {
        Scenario s;
        s.user = QStringLiteral("ada");
        s.password = QStringLiteral("secret");
        s.script = greet({authCaps}) + "C: AUTH PLAIN *" + "S: 504 5.5.4 Unrecognized authentication type";
        s.failure = SmtpFailure::AuthUnsupported;
        s.kind = ErrorKind::Auth;
        QTest::newRow("auth: 504 means the mechanism is not supported after all") << s;
    }
    const QByteArray scramFirst = "n,,n=user,r=rOprNGfwEbeRWgbNEkqO";
    const QByteArray scramServerFirst =
        "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
    const QByteArray scramFinal = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                  "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
    const QStringList scramStart {QStringLiteral("C: AUTH SCRAM-SHA-256 ") + QString::fromLatin1(scramFirst.toBase64()),
                                  QStringLiteral("S: 334 ") + QString::fromLatin1(scramServerFirst.toBase64()),
                                  QStringLiteral("C: ") + QString::fromLatin1(scramFinal.toBase64())};
    {
        Scenario s;
        s.user = QStringLiteral("user");
        s.password = QStringLiteral("pencil");
        s.script = greet({QStringLiteral("AUTH PLAIN LOGIN SCRAM-SHA-256")}) + scramStart
            + QStringList {QStringLiteral("S: 334 ")
                           + QString::fromLatin1(
                               QByteArray("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=").toBase64())}
            + "C: " + "S: 235 2.7.0 ok" + quit();
        QTest::newRow("auth: SCRAM-SHA-256 preferred, server signature verified") << s;
    }
    {
        Scenario s;
        s.user = QStringLiteral("user");
        s.password = QStringLiteral("pencil");
        s.script = greet({QStringLiteral("AUTH PLAIN SCRAM-SHA-256")}) + scramStart
            + QStringList {
                QStringLiteral("S: 334 ")
                + QString::fromLatin1(QByteArray("v=AAAATRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=").toBase64())};
        s.failure = SmtpFailure::AuthFailed;
        s.kind = ErrorKind::Security;
        s.messageHas = {QStringLiteral("signature")};
        QTest::newRow("auth: SCRAM-SHA-256 wrong server signature") << s;
    }
    {
        Scenario s;
        s.user = QStringLiteral("user");
        s.password = QStringLiteral("pencil");
        s.envelope = envelope(one);
        s.send = true;
        s.script = greet({QStringLiteral("AUTH SCRAM-SHA-256")}) + scramStart + "S: 235 2.7.0 ok, trust me";
        s.failure = SmtpFailure::AuthFailed;
        s.kind = ErrorKind::Security;
        s.sentLacks = {QStringLiteral("MAIL")};
        QTest::newRow("auth: SCRAM-SHA-256 success without server proof") << s;
    }

    // --- extensions ---
    {
        Scenario s;
        s.envelope = envelope(one);
        s.body = QByteArray(2000, 'x');
        s.send = true;
        s.script = greet({QStringLiteral("SIZE 1000")}) + quit();
        s.txFailure = SmtpFailure::MessageTooLarge;
        s.txKind = ErrorKind::Permanent;
        s.recipientStates = {QStringLiteral("not-attempted")};
        // Both sizes, as the user's locale writes them.
        s.messageHas = {QLocale().formattedDataSize(2000, 1, QLocale::DataSizeTraditionalFormat),
                        QLocale().formattedDataSize(1000, 1, QLocale::DataSizeTraditionalFormat)};
        s.sentLacks = {QStringLiteral("MAIL")};
        QTest::newRow("SIZE: too large refused before upload") << s;
    }
    {
        Scenario s;
        s.envelope = envelope(one);
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("SIZE 1000")})
            + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org> SIZE=23"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: RCPT TO:<bob@example.net>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"),
                           QStringLiteral("DATA"),
                           QStringLiteral("S: 250 ok")}
            + quit();
        s.delivered = true;
        s.recipientStates = {QStringLiteral("delivered")};
        QTest::newRow("SIZE: declared on MAIL") << s;
    }
    {
        Scenario s;
        s.envelope = envelope(one);
        s.envelope.body = Envelope::Body::EightBitMime;
        s.body = "Subject: caf\xc3\xa9\r\n\r\ncaf\xc3\xa9\r\n";
        s.send = true;
        s.script = greet({QStringLiteral("8BITMIME")})
            + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org> BODY=8BITMIME"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: RCPT TO:<bob@example.net>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"),
                           QStringLiteral("DATA"),
                           QStringLiteral("S: 250 ok")}
            + quit();
        s.delivered = true;
        s.checkStored = true;
        s.stored = s.body;
        QTest::newRow("8BITMIME: BODY=8BITMIME") << s;
    }
    {
        Scenario s;
        s.envelope = envelope(one);
        s.envelope.body = Envelope::Body::EightBitMime;
        s.body = "caf\xc3\xa9\r\n";
        s.send = true;
        s.script = greet({QStringLiteral("SIZE")}) + quit();
        s.txFailure = SmtpFailure::EightBitUnsupported;
        s.txKind = ErrorKind::DataError;
        s.messageHas = {QStringLiteral("8BITMIME")};
        QTest::newRow("8BITMIME: 8-bit body, server lacks it") << s;
    }
    {
        Scenario s;
        s.envelope = envelope({QStringLiteral("mario@città.it")});
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("8BITMIME")})
            + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: RCPT TO:<mario@xn--citt-3na.it>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"),
                           QStringLiteral("DATA"),
                           QStringLiteral("S: 250 ok")}
            + quit();
        s.delivered = true;
        QTest::newRow("IDN: A-labels without SMTPUTF8") << s;
    }
    {
        Scenario s;
        s.envelope = envelope({QStringLiteral("mario@città.it")});
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("SMTPUTF8"), QStringLiteral("8BITMIME")})
            + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org> SMTPUTF8"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: RCPT TO:<mario@città.it>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"),
                           QStringLiteral("DATA"),
                           QStringLiteral("S: 250 ok")}
            + quit();
        s.delivered = true;
        QTest::newRow("SMTPUTF8: UTF-8 domain when offered") << s;
    }
    {
        Scenario s;
        s.envelope = envelope({QStringLiteral("jürgen@example.de")});
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("SMTPUTF8")})
            + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org> SMTPUTF8"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: RCPT TO:<jürgen@example.de>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"),
                           QStringLiteral("DATA"),
                           QStringLiteral("S: 250 ok")}
            + quit();
        s.delivered = true;
        QTest::newRow("SMTPUTF8: UTF-8 local part when offered") << s;
    }
    {
        Scenario s;
        s.envelope = envelope({QStringLiteral("jürgen@example.de")});
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("8BITMIME")}) + quit();
        s.txFailure = SmtpFailure::NeedsSmtpUtf8;
        s.txKind = ErrorKind::DataError;
        s.messageHas = {QStringLiteral("jürgen@example.de")};
        s.sentLacks = {QStringLiteral("MAIL")};
        QTest::newRow("SMTPUTF8: UTF-8 local part without it") << s;
    }
    {
        Scenario s;
        s.envelope = envelope({QStringLiteral("bob@example.net")});
        s.envelope.requestDsn = true;
        s.envelope.envelopeId = "id+1=x";
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("DSN")})
            + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org> RET=HDRS ENVID=id+2B1+3Dx"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: RCPT TO:<bob@example.net> NOTIFY=SUCCESS,FAILURE "
                                          "ORCPT=rfc822;bob@example.net"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"),
                           QStringLiteral("DATA"),
                           QStringLiteral("S: 250 ok")}
            + quit();
        s.delivered = true;
        QTest::newRow("DSN: NOTIFY, ORCPT, RET, ENVID when offered") << s;
    }
    {
        Scenario s;
        s.envelope = envelope({QStringLiteral("bob@example.net")});
        s.envelope.requestDsn = true;
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("8BITMIME")})
            + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: RCPT TO:<bob@example.net>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"),
                           QStringLiteral("DATA"),
                           QStringLiteral("S: 250 ok")}
            + quit();
        s.delivered = true;
        QTest::newRow("DSN: nothing when not offered") << s;
    }

    // --- 421 ---
    {
        Scenario s;
        s.script = QStringList {QStringLiteral("S: 421 4.3.2 Too busy, try later"), QStringLiteral("CLOSE")};
        s.failure = SmtpFailure::ServiceUnavailable;
        s.kind = ErrorKind::Temporary;
        QTest::newRow("421 greeting") << s;
    }
    {
        Scenario s;
        s.envelope = envelope(one);
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("8BITMIME")})
            + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org>"), QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: RCPT TO:<bob@example.net>"),
                           QStringLiteral("S: 421 4.4.2 Timeout, closing"), QStringLiteral("CLOSE")};
        s.failure = SmtpFailure::ServiceUnavailable;
        s.kind = ErrorKind::Temporary;
        s.txFailure = SmtpFailure::ServiceUnavailable;
        s.txKind = ErrorKind::Temporary;
        s.recipientStates = {QStringLiteral("not-attempted")};
        QTest::newRow("421 mid-transaction: transaction then session fail") << s;
    }

    // --- recipients ---
    {
        Scenario s;
        s.envelope = envelope(three);
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("8BITMIME")})
            + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: RCPT TO:<bob@example.net>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: RCPT TO:<carol@example.net>"),
                           QStringLiteral("S: 550 5.1.1 <carol@example.net> no such user"),
                           QStringLiteral("C: RSET"),
                           QStringLiteral("S: 250 ok")}
            + quit();
        s.txFailure = SmtpFailure::PermanentReply;
        s.txKind = ErrorKind::Permanent;
        s.recipientStates = {QStringLiteral("not-attempted"), QStringLiteral("permanent-failure"),
                             QStringLiteral("not-attempted")};
        s.messageHas = {QStringLiteral("carol@example.net"), QStringLiteral("550")};
        s.sentLacks = {QStringLiteral("DATA"), QStringLiteral("dave@")};
        QTest::newRow("550 on one recipient of three: RSET, nothing sent") << s;
    }
    {
        Scenario s;
        s.envelope = envelope(three);
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("PIPELINING")})
            + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org>"),
                           QStringLiteral("C: RCPT TO:<bob@example.net>"),
                           QStringLiteral("C: RCPT TO:<carol@example.net>"),
                           QStringLiteral("C: RCPT TO:<dave@example.net>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("S: 550 5.1.1 no such user"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: RSET"),
                           QStringLiteral("S: 250 ok")}
            + quit();
        s.txFailure = SmtpFailure::PermanentReply;
        s.txKind = ErrorKind::Permanent;
        s.recipientStates = {QStringLiteral("not-attempted"), QStringLiteral("permanent-failure"),
                             QStringLiteral("not-attempted")};
        s.messageHas = {QStringLiteral("carol@example.net")};
        s.sentLacks = {QStringLiteral("DATA")};
        s.sentTogether = {"MAIL FROM:<ada@example.org>", "RCPT TO:<bob@", "RCPT TO:<carol@", "RCPT TO:<dave@"};
        QTest::newRow("pipelining: 550 on one of three, no DATA in the flight, RSET") << s;
    }
    {
        Scenario s;
        s.envelope = envelope(three);
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("PIPELINING")})
            + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org>"),
                           QStringLiteral("C: RCPT TO:<bob@example.net>"),
                           QStringLiteral("C: RCPT TO:<carol@example.net>"),
                           QStringLiteral("C: RCPT TO:<dave@example.net>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("S: 452 4.2.2 mailbox full"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"),
                           QStringLiteral("DATA"),
                           QStringLiteral("S: 250 ok")}
            + quit();
        s.delivered = true;
        s.txFailure = SmtpFailure::TransientReply;
        s.txKind = ErrorKind::Temporary;
        s.recipientStates = {QStringLiteral("delivered"), QStringLiteral("temporary-failure"),
                             QStringLiteral("delivered")};
        s.messageHas = {QStringLiteral("carol@example.net")};
        s.checkStored = true;
        s.stored = simpleBody;
        QTest::newRow("452 on one of three: the accepted ones get it") << s;
    }
    {
        Scenario s;
        s.envelope = envelope(one);
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("8BITMIME")})
            + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: RCPT TO:<bob@example.net>"),
                           QStringLiteral("S: 452 4.2.2 full"),
                           QStringLiteral("C: RSET"),
                           QStringLiteral("S: 250 ok")}
            + quit();
        s.txFailure = SmtpFailure::TransientReply;
        s.txKind = ErrorKind::Temporary;
        s.recipientStates = {QStringLiteral("temporary-failure")};
        s.sentLacks = {QStringLiteral("DATA")};
        QTest::newRow("452 on the only recipient: RSET, temporary") << s;
    }
    {
        Scenario s;
        s.envelope = envelope(one);
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("8BITMIME")})
            + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org>"), QStringLiteral("S: 553 5.7.1 not yours"),
                           QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok")}
            + quit();
        s.txFailure = SmtpFailure::PermanentReply;
        s.txKind = ErrorKind::Permanent;
        s.recipientStates = {QStringLiteral("not-attempted")};
        s.messageHas = {QStringLiteral("ada@example.org")};
        QTest::newRow("MAIL refused 553") << s;
    }
    {
        Scenario s;
        s.envelope = envelope(one);
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("8BITMIME")})
            + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: RCPT TO:<bob@example.net>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: DATA"),
                           QStringLiteral("S: 451 4.3.0 try later")}
            + quit();
        s.txFailure = SmtpFailure::TransientReply;
        s.txKind = ErrorKind::Temporary;
        s.recipientStates = {QStringLiteral("temporary-failure")};
        QTest::newRow("451 at DATA") << s;
    }
    {
        Scenario s;
        s.envelope = envelope(one);
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("8BITMIME")})
            + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: RCPT TO:<bob@example.net>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"),
                           QStringLiteral("DATA"),
                           QStringLiteral("S: 554 5.6.0 spam")}
            + quit();
        s.txFailure = SmtpFailure::PermanentReply;
        s.txKind = ErrorKind::Permanent;
        s.recipientStates = {QStringLiteral("permanent-failure")};
        QTest::newRow("554 after the final dot") << s;
    }
    {
        Scenario s;
        s.envelope = envelope(one);
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("8BITMIME")})
            + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: RCPT TO:<bob@example.net>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"),
                           QStringLiteral("DATA"),
                           QStringLiteral("S: 451 4.3.0 local error")}
            + quit();
        s.txFailure = SmtpFailure::TransientReply;
        s.txKind = ErrorKind::Temporary;
        s.recipientStates = {QStringLiteral("temporary-failure")};
        QTest::newRow("451 after the final dot") << s;
    }
    {
        Scenario s;
        s.envelope = envelope(one);
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("8BITMIME")})
            + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: RCPT TO:<bob@example.net>"),
                           QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"),
                           QStringLiteral("DATA"),
                           QStringLiteral("CLOSE")};
        s.failure = SmtpFailure::OutcomeUnknown;
        s.kind = ErrorKind::Temporary;
        s.txFailure = SmtpFailure::OutcomeUnknown;
        s.txKind = ErrorKind::Temporary;
        s.outcomeUnknown = true;
        s.checkStored = true;
        s.stored = simpleBody;
        QTest::newRow("dropped after the final dot: outcome unknown") << s;
    }
    {
        Scenario s;
        s.envelope = envelope(one);
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("8BITMIME")})
            + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org>"), QStringLiteral("S: 250 ok"),
                           QStringLiteral("CLOSE")};
        s.failure = SmtpFailure::ConnectionLost;
        s.kind = ErrorKind::Temporary;
        s.txFailure = SmtpFailure::ConnectionLost;
        QTest::newRow("dropped before RCPT: connection lost") << s;
    }
    {
        Scenario s;
        s.script = {QStringLiteral("S: 220 smtp.test"), QStringLiteral("C: EHLO client.test"), QStringLiteral("CLOSE")};
        s.failure = SmtpFailure::ConnectionLost;
        s.kind = ErrorKind::Temporary;
        QTest::newRow("dropped after EHLO") << s;
    }
    {
        Scenario s;
        s.script = {QStringLiteral("CLOSE")};
        s.failure = SmtpFailure::ConnectionLost;
        s.kind = ErrorKind::Temporary;
        QTest::newRow("dropped before the greeting") << s;
    }

    // --- garbled replies ---
    const struct
    {
        const char* name;
        QStringList script;
    } garbled[] = {
        {"reply with no CRLF then close", {QStringLiteral("S:RAW 220 smtp.test ready"), QStringLiteral("CLOSE")}},
        {"endless multi-line reply",
         {QStringLiteral("S:REPEAT 1000 220-smtp.test more\\r\\n"), QStringLiteral("SILENT")}},
        {"10 MB line", {QStringLiteral("S:RAW 220 "), QStringLiteral("S:REPEAT 10485760 x"), QStringLiteral("SILENT")}},
        {"non-digit greeting", {QStringLiteral("S: hello there"), QStringLiteral("SILENT")}},
        {"code changes mid-reply",
         QStringList {QStringLiteral("S: 220 smtp.test"), QStringLiteral("C: EHLO client.test"),
                      QStringLiteral("S: 250-smtp.test"), QStringLiteral("S: 220 PIPELINING"),
                      QStringLiteral("SILENT")}},
        {"unsolicited reply", {QStringLiteral("S:RAW 220 smtp.test\\r\\n250 extra\\r\\n"), QStringLiteral("SILENT")}},
    };
    for (const auto& g : garbled) {
        Scenario s;
        s.script = g.script;
        s.failure = g.name == QByteArray("reply with no CRLF then close") ? SmtpFailure::ConnectionLost
                                                                          : SmtpFailure::ProtocolError;
        s.kind = ErrorKind::Temporary;
        QTest::addRow("garbled: %s", g.name) << s;
    }
    // Wrong (but well-formed) codes at every step.
    {
        Scenario s;
        s.script = {QStringLiteral("S: 250 not a greeting"), QStringLiteral("SILENT")};
        s.failure = SmtpFailure::ProtocolError;
        s.kind = ErrorKind::Temporary;
        QTest::newRow("wrong code: greeting 250") << s;
    }
    {
        Scenario s;
        s.script = {QStringLiteral("S: 554 go away"), QStringLiteral("SILENT")};
        s.failure = SmtpFailure::PermanentReply;
        s.kind = ErrorKind::Permanent;
        QTest::newRow("wrong code: greeting 554") << s;
    }
    {
        Scenario s;
        s.script = {QStringLiteral("S: 220 smtp.test"), QStringLiteral("C: EHLO client.test"),
                    QStringLiteral("S: 354 what"), QStringLiteral("SILENT")};
        s.failure = SmtpFailure::ProtocolError;
        QTest::newRow("wrong code: EHLO 354") << s;
    }
    {
        Scenario s;
        s.user = QStringLiteral("ada");
        s.password = QStringLiteral("secret");
        s.script = greet({authCaps}) + "C: AUTH PLAIN *" + "S: 250 fine" + "SILENT";
        s.failure = SmtpFailure::ProtocolError;
        QTest::newRow("wrong code: AUTH 250") << s;
    }
    {
        Scenario s;
        s.envelope = envelope(one);
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("8BITMIME")}) + "C: MAIL FROM:<ada@example.org>" + "S: 354 what" + "SILENT";
        s.failure = SmtpFailure::ProtocolError;
        s.txFailure = SmtpFailure::ProtocolError;
        QTest::newRow("wrong code: MAIL 354") << s;
    }
    {
        Scenario s;
        s.envelope = envelope(one);
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("8BITMIME")}) + "C: MAIL FROM:<ada@example.org>" + "S: 250 ok"
            + "C: RCPT TO:<bob@example.net>" + "S: 354 what" + "SILENT";
        s.failure = SmtpFailure::ProtocolError;
        s.txFailure = SmtpFailure::ProtocolError;
        QTest::newRow("wrong code: RCPT 354") << s;
    }
    {
        Scenario s;
        s.envelope = envelope(one);
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("8BITMIME")}) + "C: MAIL FROM:<ada@example.org>" + "S: 250 ok"
            + "C: RCPT TO:<bob@example.net>" + "S: 250 ok" + "C: DATA" + "S: 250 what" + "SILENT";
        s.failure = SmtpFailure::ProtocolError;
        s.txFailure = SmtpFailure::ProtocolError;
        QTest::newRow("wrong code: DATA 250") << s;
    }
    {
        Scenario s;
        s.envelope = envelope(one);
        s.body = simpleBody;
        s.send = true;
        s.script = greet({QStringLiteral("8BITMIME")}) + transaction(QStringLiteral("ada@example.org"), one)
            + QStringList {QStringLiteral("C: QUIT"), QStringLiteral("S: 500 whatever"), QStringLiteral("CLOSE")};
        s.delivered = true;
        QTest::newRow("wrong code: QUIT 500 still closes") << s;
    }
}

void TestSmtpClient::session()
{
    QFETCH(Scenario, scenario);
    FakeSmtpServer server;
    server.addScript(scenario.script);
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    run.settings.endpoint.security = scenario.security;
    run.settings.endpoint.pinnedSha256 = scenario.pin;
    run.settings.endpoint.host = scenario.host;
    if (!scenario.trustTestCa)
        run.settings.endpoint.extraCaCertificates.clear();
    run.settings.credentials = {scenario.user, scenario.password, scenario.mechanism};
    run.passwordToGive = scenario.passwordOnRequest;

    QVERIFY(run.open());
    if (!scenario.passwordOnRequest.isEmpty()) {
        QCOMPARE(run.passwordRequests, QStringList {scenario.user});
        QTRY_VERIFY_WITH_TIMEOUT(run.readyCount > 0 || !run.failures.isEmpty(), 10000);
    }
    QBuffer body(&scenario.body);
    QVERIFY(body.open(QIODevice::ReadOnly));
    if (run.readyCount > 0 && scenario.send) {
        QVERIFY2(run.send(scenario.envelope, &body, scenario.body.size()), "no transactionFinished");
    }
    if (run.failures.isEmpty() && scenario.close)
        QVERIFY(run.close());

    // The session.
    const SmtpError sessionError = run.failures.value(0);
    QVERIFY2(
        run.failure() == scenario.failure,
        qPrintable(QStringLiteral("session failure %1 (%2), expected %3")
                       .arg(smtpFailureName(run.failure()), sessionError.message, smtpFailureName(scenario.failure))));
    if (scenario.kind != ErrorKind::None)
        QCOMPARE(errorKindName(sessionError.kind), errorKindName(scenario.kind));
    QVERIFY(run.failures.size() <= 1);
    if (scenario.failure == SmtpFailure::None)
        QCOMPARE(run.closedCount, scenario.close ? 1 : 0);
    QCOMPARE(run.client->state(),
             scenario.close || scenario.failure != SmtpFailure::None ? Submission::State::Closed : run.client->state());
    if (scenario.failure == SmtpFailure::Certificate) {
        QVERIFY(!sessionError.certificate.sha256.isEmpty());
        if (scenario.certificateProblems > 0)
            QCOMPARE(sessionError.certificateProblems.size(), scenario.certificateProblems);
    }
    QCOMPARE(run.client->tlsInfo().pinned, scenario.pinned);

    // The transaction.
    const bool sent = scenario.send && (run.readyCount > 0);
    if (sent) {
        QCOMPARE(run.results.size(), 1);
        const TransactionResult& result = run.results.first();
        QVERIFY2(result.error.failure == scenario.txFailure,
                 qPrintable(QStringLiteral("transaction failure %1 (%2), expected %3")
                                .arg(smtpFailureName(result.error.failure), result.error.message,
                                     smtpFailureName(scenario.txFailure))));
        if (scenario.txKind != ErrorKind::None)
            QCOMPARE(errorKindName(result.error.kind), errorKindName(scenario.txKind));
        QCOMPARE(result.delivered, scenario.delivered);
        QCOMPARE(result.outcomeUnknown, scenario.outcomeUnknown);
        if (!scenario.recipientStates.isEmpty()) {
            QStringList states;
            for (const RecipientResult& r : result.recipients)
                states << recipientStateName(r.state);
            QCOMPARE(states, scenario.recipientStates);
        }
        for (const QString& has : scenario.messageHas)
            QVERIFY2(result.error.message.contains(has) || sessionError.message.contains(has),
                     qPrintable(QStringLiteral("\"%1\" not in \"%2\"").arg(has, result.error.message)));
    } else {
        QVERIFY(run.results.isEmpty());
        for (const QString& has : scenario.messageHas)
            QVERIFY2(sessionError.message.contains(has),
                     qPrintable(QStringLiteral("\"%1\" not in \"%2\"").arg(has, sessionError.message)));
    }

    // The server's side.
    QTRY_VERIFY_WITH_TIMEOUT(server.finished() || !server.mismatch().isEmpty(), 5000);
    QVERIFY2(server.mismatch().isEmpty(), qPrintable(server.mismatch()));
    if (scenario.checkStored) {
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(server.messages().first(), scenario.stored);
    } else if (!scenario.delivered) {
        QVERIFY(server.messages().size()
                <= (scenario.outcomeUnknown || scenario.txFailure != SmtpFailure::None ? 1 : 0));
    }
    const QByteArray clientSent = server.received(0);
    for (const QString& lacks : scenario.sentLacks)
        QVERIFY2(!clientSent.contains(lacks.toUtf8()), qPrintable(QStringLiteral("client sent \"%1\"").arg(lacks)));
    if (!scenario.sentTogether.isEmpty())
        QVERIFY(server.sentTogether(scenario.sentTogether));
    if (scenario.failure == SmtpFailure::TlsHandshake || scenario.failure == SmtpFailure::ProtocolError) {
        const QByteArray clear = server.clearAfterStartTls(0);
        QVERIFY(!clear.contains("AUTH") && !clear.contains("MAIL") && !clear.contains("EHLO"));
    }
    for (const QString& pattern : scenario.transcriptHas) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(
            QRegularExpression::escape(pattern).replace(QLatin1String("\\*"), QLatin1String(".*"))));
        bool found = false;
        for (const QString& line : run.transcript.lines())
            found = found || re.match(line).hasMatch();
        QVERIFY2(found,
                 qPrintable(QStringLiteral("\"%1\" not in the transcript:\n%2").arg(pattern, run.transcript.text())));
    }
}

// Silence at each step: the MockClock moves past the step's limit and the client gives up.
void TestSmtpClient::timeouts_data()
{
    using namespace Script;
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<int>("waitState");
    QTest::addColumn<qint64>("advance");
    QTest::addColumn<bool>("send");
    QTest::addColumn<int>("failure");
    QTest::addColumn<Security>("security");

    const SmtpTimeouts t;
    const QStringList mailOk {QStringLiteral("C: MAIL FROM:<ada@example.org>"), QStringLiteral("S: 250 ok")};
    const int timeout = static_cast<int>(SmtpFailure::Timeout);
    QTest::newRow("greeting") << QStringList {QStringLiteral("SILENT")} << int(Submission::State::Greeting)
                              << t.greeting << false << timeout << Security::None;
    QTest::newRow("greeting without CRLF")
        << QStringList {QStringLiteral("S:RAW 220 never ends"), QStringLiteral("SILENT")}
        << int(Submission::State::Greeting) << t.greeting << false << timeout << Security::None;
    QTest::newRow("EHLO") << QStringList {QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO client.test"),
                                          QStringLiteral("SILENT")}
                          << int(Submission::State::Ehlo) << t.command << false << timeout << Security::None;
    QTest::newRow("MAIL") << (greet({}) + QStringList {QStringLiteral("C: MAIL FROM:*"), QStringLiteral("SILENT")})
                          << int(Submission::State::MailFrom) << t.mail << true << timeout << Security::None;
    QTest::newRow("RCPT") << (greet({}) + mailOk
                              + QStringList {QStringLiteral("C: RCPT TO:*"), QStringLiteral("SILENT")})
                          << int(Submission::State::RcptTo) << t.rcpt << true << timeout << Security::None;
    QTest::newRow("DATA") << (greet({}) + mailOk
                              + QStringList {QStringLiteral("C: RCPT TO:*"), QStringLiteral("S: 250 ok"),
                                             QStringLiteral("C: DATA"), QStringLiteral("SILENT")})
                          << int(Submission::State::Data) << t.data << true << timeout << Security::None;
    QTest::newRow("after the final dot: outcome unknown")
        << (greet({}) + mailOk
            + QStringList {QStringLiteral("C: RCPT TO:*"), QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"),
                           QStringLiteral("S: 354 go"), QStringLiteral("DATA"), QStringLiteral("SILENT")})
        << int(Submission::State::AwaitingFinalReply) << t.dataTerm << true << int(SmtpFailure::OutcomeUnknown)
        << Security::None;
    QTest::newRow("implicit TLS handshake")
        << QStringList {QStringLiteral("SILENT")} << int(Submission::State::TlsHandshake) << t.command << false
        << timeout << Security::Tls;
    QTest::newRow("STARTTLS reply") << (greet({QStringLiteral("STARTTLS")})
                                        + QStringList {QStringLiteral("C: STARTTLS"), QStringLiteral("SILENT")})
                                    << int(Submission::State::StartTls) << t.command << false << timeout
                                    << Security::StartTls;
    QTest::newRow("TLS handshake after STARTTLS 220")
        << (greet({QStringLiteral("STARTTLS")})
            + QStringList {QStringLiteral("C: STARTTLS"), QStringLiteral("S: 220 go"), QStringLiteral("SILENT")})
        << int(Submission::State::TlsHandshake) << t.command << false << timeout << Security::StartTls;
}

void TestSmtpClient::timeouts()
{
    QFETCH(QStringList, script);
    QFETCH(int, waitState);
    QFETCH(qint64, advance);
    QFETCH(bool, send);
    QFETCH(int, failure);
    QFETCH(Security, security);

    FakeSmtpServer server;
    server.addScript(script);
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    run.settings.endpoint.security = security;
    run.create();
    run.client->open();
    QByteArray data = simpleBody;
    QBuffer body(&data);
    QVERIFY(body.open(QIODevice::ReadOnly));
    if (send) {
        QTRY_VERIFY_WITH_TIMEOUT(run.readyCount == 1, 10000);
        run.client->send(envelope({QStringLiteral("bob@example.net")}), &body, data.size());
    }
    QVERIFY(run.waitForState(static_cast<Submission::State>(waitState)));
    QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 5000); // the server is silent now
    // Just short of the limit nothing happens; at the limit the client gives up.
    run.clock.advance(advance - 1000);
    QTest::qWait(20);
    QVERIFY(run.failures.isEmpty());
    run.clock.advance(1000);
    QVERIFY(run.waitForFailure(1000));
    QCOMPARE(smtpFailureName(run.failure()), smtpFailureName(static_cast<SmtpFailure>(failure)));
    QCOMPARE(run.failures.first().kind, ErrorKind::Temporary);
    if (send) {
        QCOMPARE(run.results.size(), 1);
        QCOMPARE(run.results.first().outcomeUnknown, failure == int(SmtpFailure::OutcomeUnknown));
    }
    QCOMPARE(run.client->state(), Submission::State::Closed);
}

void TestSmtpClient::dotStuffing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("wire"); // what the server must receive before the final ".CRLF"
    QTest::newRow("first line is a dot") << QByteArray(".\r\nnext\r\n") << QByteArray("..\r\nnext\r\n");
    QTest::newRow("leading dots") << QByteArray("a\r\n.b\r\n..c\r\n") << QByteArray("a\r\n..b\r\n...c\r\n");
    QTest::newRow("LF dot CRLF inside") << QByteArray("a\n.\r\nb\r\n") << QByteArray("a\r\n..\r\nb\r\n");
    QTest::newRow("CRLF dot LF inside") << QByteArray("a\r\n.\nb") << QByteArray("a\r\n..\r\nb\r\n");
    QTest::newRow("lone CR") << QByteArray("a\rb\r\n") << QByteArray("a\r\nb\r\n");
    QTest::newRow("bare LF") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n");
    QTest::newRow("no final newline") << QByteArray("abc") << QByteArray("abc\r\n");
    QTest::newRow("ends with a dot line, no newline") << QByteArray("a\r\n.") << QByteArray("a\r\n..\r\n");
    QTest::newRow("empty body") << QByteArray() << QByteArray();
    QTest::newRow("CRLF split at the chunk boundary") << QByteArray(QByteArray(64 * 1024 - 1, 'x') + "\r\n.y\r\n")
                                                      << QByteArray(QByteArray(64 * 1024 - 1, 'x') + "\r\n..y\r\n");
    QTest::newRow("dot at the start of the second chunk") << QByteArray(QByteArray(64 * 1024 - 2, 'x') + "\r\n.z")
                                                          << QByteArray(QByteArray(64 * 1024 - 2, 'x') + "\r\n..z\r\n");
}

void TestSmtpClient::dotStuffing()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, wire);
    using namespace Script;
    FakeSmtpServer server;
    server.addScript(greet({}) + transaction(QStringLiteral("ada@example.org"), {QStringLiteral("bob@example.net")})
                     + quit());
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    QVERIFY(run.open());
    QBuffer device(&body);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QVERIFY(run.send(envelope({QStringLiteral("bob@example.net")}), &device, body.size()));
    QVERIFY(run.results.first().delivered);
    QVERIFY(run.close());
    QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 5000);
    QCOMPARE(server.messages().size(), 1);
    QCOMPARE(server.messages().first(), wire);
    QVERIFY(!run.progress.isEmpty());
    QCOMPARE(run.progress.last(), qMakePair(qint64(body.size()), qint64(body.size())));
}

void TestSmtpClient::pipeliningSendsEnvelopeInOneFlight()
{
    using namespace Script;
    FakeSmtpServer server;
    // The script itself proves the flight: the server answers MAIL only after both RCPTs arrived.
    server.addScript(greet({QStringLiteral("PIPELINING"), QStringLiteral("8BITMIME")})
                     + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org>"),
                                    QStringLiteral("C: RCPT TO:<bob@example.net>"),
                                    QStringLiteral("C: RCPT TO:<carol@example.net>"), QStringLiteral("S: 250 ok"),
                                    QStringLiteral("S: 250 ok"), QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"),
                                    QStringLiteral("S: 354 go"), QStringLiteral("DATA"), QStringLiteral("S: 250 ok")}
                     + quit());
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    QVERIFY(run.open());
    QByteArray data = simpleBody;
    QBuffer body(&data);
    QVERIFY(body.open(QIODevice::ReadOnly));
    QVERIFY(run.send(envelope({QStringLiteral("bob@example.net"), QStringLiteral("carol@example.net")}), &body,
                     data.size()));
    QVERIFY(run.results.first().delivered);
    QCOMPARE(run.recipientReplies.size(), 2);
    QVERIFY(run.close());
    QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 5000);
    QVERIFY(server.sentTogether({"MAIL FROM:", "RCPT TO:<bob@", "RCPT TO:<carol@"}));
    QVERIFY(!server.sentTogether({"RCPT TO:<carol@", "DATA"}));
    // The transcript shows the flight before the replies.
    const QStringList lines = run.transcript.lines();
    const auto mail = lines.indexOf(QStringLiteral("C: MAIL FROM:<ada@example.org>"));
    QVERIFY(mail >= 0);
    QCOMPARE(lines.value(mail + 1), QStringLiteral("C: RCPT TO:<bob@example.net>"));
    QCOMPARE(lines.value(mail + 2), QStringLiteral("C: RCPT TO:<carol@example.net>"));
    QCOMPARE(lines.value(mail + 3), QStringLiteral("S: 250 ok"));
}

void TestSmtpClient::secondTransactionAfterRsetNeed()
{
    using namespace Script;
    FakeSmtpServer server;
    const QStringList to {QStringLiteral("bob@example.net")};
    server.addScript(greet({})
                     + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org>"), QStringLiteral("S: 250 ok"),
                                    QStringLiteral("C: RCPT TO:<bob@example.net>"), QStringLiteral("S: 250 ok"),
                                    QStringLiteral("C: DATA"), QStringLiteral("S: 451 4.3.0 later")}
                     + QStringList {QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok")}
                     + transaction(QStringLiteral("ada@example.org"), to)
                     + transaction(QStringLiteral("ada@example.org"), to) + quit());
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    QVERIFY(run.open());
    for (int i = 0; i < 3; ++i) {
        QByteArray data = simpleBody;
        QBuffer body(&data);
        QVERIFY(body.open(QIODevice::ReadOnly));
        QVERIFY(run.send(envelope(to), &body, data.size()));
        QCOMPARE(run.results.last().delivered, i > 0);
        QCOMPARE(run.client->state(), Submission::State::Ready);
    }
    QVERIFY(run.close());
    QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 5000);
    QVERIFY2(server.mismatch().isEmpty(), qPrintable(server.mismatch()));
    QCOMPARE(server.messages().size(), 2);
}

void TestSmtpClient::streamsLargeBodyWithBoundedBuffers_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<qint64>("size");
    QTest::newRow("plain, 25 MB") << Security::None << qint64(25 * 1024 * 1024);
    QTest::newRow("implicit TLS, 8 MB") << Security::Tls << qint64(8 * 1024 * 1024);
}

void TestSmtpClient::streamsLargeBodyWithBoundedBuffers()
{
    QFETCH(Security, security);
    QFETCH(qint64, size);
    using namespace Script;
    QTemporaryFile file;
    QVERIFY(file.open());
    const QByteArray line = QByteArray(76, 'm') + '\n'; // bare LF, normalised on the way
    const QByteArray block = line.repeated(1024);
    while (file.size() < size)
        file.write(block);
    file.close();

    FakeSmtpServer server;
    server.setTimeout(60000);
    const QStringList to {QStringLiteral("bob@example.net")};
    server.addScript((security == Security::Tls ? greetTls({QStringLiteral("SIZE 52428800")})
                                                : greet({QStringLiteral("SIZE 52428800")}))
                     + transaction(QStringLiteral("ada@example.org"), to) + quit());
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    run.settings.endpoint.security = security;
    QVERIFY(run.open());
    QCOMPARE(run.readyCount, 1);
    WatchedFile body(file.fileName());
    QVERIFY(body.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    body.socket = run.client->findChild<QSslSocket*>();
    QVERIFY(body.socket);
    QVERIFY(run.send(envelope(to), &body, body.size(), 60000));
    QVERIFY(run.results.first().delivered);
    QVERIFY(run.close());
    QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 10000);
    QCOMPARE(server.messages().size(), 1);
    const qint64 lines = body.size() / line.size();
    QCOMPARE(server.messages().first().size(), body.size() + lines); // every LF became CRLF
    QVERIFY(server.messages().first().endsWith("m\r\n"));
    // Read in 64 KiB chunks, and only while less than 128 KiB waits in the socket (plain or encrypted).
    QVERIFY(body.reads >= size / (64 * 1024));
    QVERIFY2(body.maxBuffered < 128 * 1024, qPrintable(QString::number(body.maxBuffered)));
    QVERIFY(run.progress.size() > 1);
    for (qsizetype i = 1; i < run.progress.size(); ++i)
        QVERIFY(run.progress.at(i).first >= run.progress.at(i - 1).first);
    QCOMPARE(run.progress.last().first, body.size());
}

void TestSmtpClient::connectionRefused()
{
    // A port that was just free: nothing listens there.
    quint16 port = 0;
    {
        FakeSmtpServer probe;
        QVERIFY(probe.listen());
        port = probe.port();
    }
    SmtpClientRun run(port);
    QVERIFY(run.open());
    QCOMPARE(run.failure(), SmtpFailure::ConnectionRefused);
    QCOMPARE(run.failures.first().kind, ErrorKind::Temporary);
    QCOMPARE(smtpFailureName(run.failure()), QStringLiteral("refused"));
    QVERIFY(run.failures.first().message.contains(QStringLiteral("smtp.test:%1").arg(port)));
}

void TestSmtpClient::passwordRequestedAndAbort()
{
    using namespace Script;
    FakeSmtpServer server;
    server.addScript(greet({QStringLiteral("AUTH PLAIN")}));
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    run.settings.credentials.username = QStringLiteral("ada");
    QVERIFY(run.open());
    QCOMPARE(run.passwordRequests, QStringList {QStringLiteral("ada")});
    QCOMPARE(run.client->state(), Submission::State::Authenticating);
    run.client->abort();
    QCOMPARE(run.closedCount, 1);
    QCOMPARE(run.client->state(), Submission::State::Closed);
    QVERIFY(run.failures.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 5000);
    QVERIFY(!server.received(0).contains("AUTH"));
}

void TestSmtpClient::quitIsBounded()
{
    using namespace Script;
    FakeSmtpServer server;
    server.addScript(greet({}) + QStringList {QStringLiteral("C: QUIT"), QStringLiteral("SILENT")});
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    QVERIFY(run.open());
    run.client->close();
    QVERIFY(run.waitForState(Submission::State::Quitting));
    QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 5000);
    QCOMPARE(run.closedCount, 0);
    run.clock.advance(10'000);
    QTRY_COMPARE_WITH_TIMEOUT(run.closedCount, 1, 1000);
    QVERIFY(run.failures.isEmpty());
}

void TestSmtpClient::stalledUploadTimesOut()
{
    using namespace Script;
    FakeSmtpServer server;
    server.addScript(greet({})
                     + QStringList {QStringLiteral("C: MAIL FROM:*"), QStringLiteral("S: 250 ok"),
                                    QStringLiteral("C: RCPT TO:*"), QStringLiteral("S: 250 ok"),
                                    QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("STALL")});
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    QVERIFY(run.open());
    QByteArray data = QByteArray(999, 'q').append('\n').repeated(16 * 1024); // 16 MB
    QBuffer body(&data);
    QVERIFY(body.open(QIODevice::ReadOnly));
    run.client->send(envelope({QStringLiteral("bob@example.net")}), &body, data.size());
    QVERIFY(run.waitForState(Submission::State::Uploading));
    // Wait (real time, bounded) until the upload stops moving: the kernel buffers are full.
    qsizetype seen = -1;
    for (int i = 0; i < 100 && run.progress.size() != seen; ++i) {
        seen = run.progress.size();
        SmtpClientRun::waitFor([] { return false; }, 100);
    }
    QCOMPARE(run.client->state(), Submission::State::Uploading);
    QVERIFY(body.pos() < data.size());
    run.clock.advance(SmtpTimeouts().dataBlock - 1000);
    QVERIFY(run.failures.isEmpty());
    run.clock.advance(1000);
    QVERIFY(run.waitForFailure(1000));
    QCOMPARE(run.failure(), SmtpFailure::Timeout);
    QCOMPARE(run.results.size(), 1);
    QVERIFY(!run.results.first().outcomeUnknown);
    QVERIFY(!run.results.first().delivered);
    QVERIFY(run.failures.first().message.contains(QStringLiteral("upload")));
}

void TestSmtpClient::defaultHeloName()
{
    FakeSmtpServer server;
    server.addScript(QStringList {QStringLiteral("S: 220 smtp.test"), QStringLiteral("C: EHLO *"),
                                  QStringLiteral("S: 250 smtp.test")}
                     + Script::quit());
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    run.settings.endpoint.heloName.clear();
    QVERIFY(run.open());
    QVERIFY(run.close());
    const QString local = QHostInfo::localHostName();
    const QString expected = local.contains(QLatin1Char('.')) ? local : QStringLiteral("[127.0.0.1]");
    QVERIFY2(run.transcript.lines().contains(QStringLiteral("C: EHLO ") + expected), qPrintable(run.transcript.text()));
}

// Two sessions from the factory against one server: each connection consumes the next script; a
// third connection is a mismatch.
void TestSmtpClient::factoryAndScriptsPerConnection()
{
    using namespace Script;
    FakeSmtpServer server;
    const QStringList to {QStringLiteral("bob@example.net")};
    server.addScript(greet({}) + transaction(QStringLiteral("ada@example.org"), to) + quit());
    server.addScript(greet({QStringLiteral("PIPELINING")})
                     + QStringList {QStringLiteral("C: MAIL FROM:<ada@example.org>"),
                                    QStringLiteral("C: RCPT TO:<bob@example.net>"), QStringLiteral("S: 250 ok"),
                                    QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                                    QStringLiteral("DATA"), QStringLiteral("S: 250 ok")}
                     + quit());
    QVERIFY(server.listen());
    for (int i = 0; i < 2; ++i) {
        SmtpClientRun run(server.port());
        std::unique_ptr<Submission> submission = SubmissionFactory::smtp()->create(run.settings);
        QVERIFY(qobject_cast<SmtpClient*>(submission.get()));
        int ready = 0;
        QList<TransactionResult> results;
        int closed = 0;
        connect(submission.get(), &Submission::ready, this, [&ready] { ++ready; });
        connect(submission.get(), &Submission::transactionFinished, this,
                [&results](const TransactionResult& r) { results.append(r); });
        connect(submission.get(), &Submission::closed, this, [&closed] { ++closed; });
        submission->open();
        QVERIFY(SmtpClientRun::waitFor([&] { return ready == 1; }, 10000));
        QByteArray data = simpleBody;
        QBuffer body(&data);
        QVERIFY(body.open(QIODevice::ReadOnly));
        submission->send(envelope(to), &body, data.size());
        QVERIFY(SmtpClientRun::waitFor([&] { return results.size() == 1; }, 10000));
        QVERIFY(results.first().delivered);
        submission->close();
        QVERIFY(SmtpClientRun::waitFor([&] { return closed == 1; }, 10000));
    }
    QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 5000);
    QCOMPARE(server.connectionCount(), 2);
    QCOMPARE(server.messages().size(), 2);
    QVERIFY(server.sentTogether({"MAIL FROM:", "RCPT TO:"}, 1));
    QVERIFY(!server.sentTogether({"MAIL FROM:", "RCPT TO:"}, 0));

    SmtpClientRun extra(server.port());
    QVERIFY(extra.open());
    QTRY_VERIFY_WITH_TIMEOUT(!server.mismatch().isEmpty(), 5000);
    QVERIFY(server.mismatch().contains(QStringLiteral("unexpected connection")));
    QVERIFY(!server.finished());
}

void TestSmtpClient::unsolicited421WhileIdle()
{
    FakeSmtpServer server;
    server.addScript(Script::greet({})
                     + QStringList {QStringLiteral("WAIT 50"), QStringLiteral("S: 421 4.3.2 System shutting down"),
                                    QStringLiteral("CLOSE")});
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    QVERIFY(run.open());
    QCOMPARE(run.readyCount, 1);
    QVERIFY(run.waitForFailure());
    QCOMPARE(run.failure(), SmtpFailure::ServiceUnavailable);
    QCOMPARE(run.failures.first().kind, ErrorKind::Temporary);
    QCOMPARE(run.failures.first().reply.code, 421);
    QVERIFY(run.results.isEmpty());
}

QTEST_GUILESS_MAIN(TestSmtpClient)
namespace {
QStringList lines(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* line : list)
        out.append(QString::fromUtf8(line));
    return out;
}
} // namespace

void TestSmtpClient::pipelinedDataForOneRecipient()
{
    using namespace Script;
    FakeSmtpServer server;
    // The server answers only after DATA arrived: the flight is MAIL, RCPT and DATA.
    server.addScript(greet({QStringLiteral("PIPELINING")})
                     + lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "C: DATA", "S: 250 ok",
                              "S: 250 ok", "S: 354 go", "DATA", "S: 250 queued"})
                     + quit());
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    QVERIFY(run.open());
    QByteArray data = simpleBody;
    QBuffer body(&data);
    QVERIFY(body.open(QIODevice::ReadOnly));
    QVERIFY(run.send(envelope({QStringLiteral("bob@example.net")}), &body, data.size()));
    QVERIFY(run.results.first().delivered);
    QVERIFY(run.close());
    QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 5000);
    QVERIFY2(server.mismatch().isEmpty(), qPrintable(server.mismatch()));
    QVERIFY(server.sentTogether({"MAIL FROM:", "RCPT TO:<bob@", "DATA\r\n"}));
}

void TestSmtpClient::pipelinedDataRecipientRefused()
{
    using namespace Script;
    FakeSmtpServer server;
    server.addScript(greet({QStringLiteral("PIPELINING")})
                     + lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "C: DATA", "S: 250 ok",
                              "S: 550 5.1.1 no such user", "S: 554 5.5.1 no valid recipients", "C: RSET", "S: 250 ok"})
                     + quit());
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    QVERIFY(run.open());
    QByteArray data = simpleBody;
    QBuffer body(&data);
    QVERIFY(body.open(QIODevice::ReadOnly));
    QVERIFY(run.send(envelope({QStringLiteral("bob@example.net")}), &body, data.size()));
    const TransactionResult& r = run.results.first();
    QVERIFY(!r.delivered);
    QCOMPARE(r.error.kind, ErrorKind::Permanent);
    QVERIFY2(r.error.message.contains(QLatin1String("bob@example.net")), qPrintable(r.error.message));
    QCOMPARE(r.error.reply.code, 550);
    QCOMPARE(r.recipients.first().state, RecipientState::PermanentFailure);
    QCOMPARE(run.client->state(), Submission::State::Ready);
    QVERIFY(run.close());
    QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 5000);
    QVERIFY2(server.mismatch().isEmpty(), qPrintable(server.mismatch()));
    QCOMPARE(server.messageBytesReceived(), 0);
}

void TestSmtpClient::checkRecipientsNeverSendsData_data()
{
    QTest::addColumn<bool>("pipelining");
    QTest::addColumn<QString>("rcptReply");
    QTest::addColumn<QString>("mailReply");
    QTest::addColumn<QString>("state");
    QTest::newRow("pipelined, refused") << true << QStringLiteral("554 5.7.1 Relay access denied")
                                        << QStringLiteral("250 ok") << QStringLiteral("permanent-failure");
    QTest::newRow("pipelined, accepted (an open relay)")
        << true << QStringLiteral("250 2.1.5 ok") << QStringLiteral("250 ok") << QStringLiteral("accepted");
    QTest::newRow("one at a time, accepted")
        << false << QStringLiteral("250 2.1.5 ok") << QStringLiteral("250 ok") << QStringLiteral("accepted");
    QTest::newRow("one at a time, deferred") << false << QStringLiteral("451 4.7.1 greylisted")
                                             << QStringLiteral("250 ok") << QStringLiteral("temporary-failure");
    QTest::newRow("sender refused") << false << QString() << QStringLiteral("553 5.7.1 sender rejected")
                                    << QStringLiteral("not-attempted");
}

// MAIL and RCPT, then RSET, whatever the answers: DATA never goes, and each recipient's state is the server's.
void TestSmtpClient::checkRecipientsNeverSendsData()
{
    QFETCH(bool, pipelining);
    QFETCH(QString, rcptReply);
    QFETCH(QString, mailReply);
    QFETCH(QString, state);
    using namespace Script;
    FakeSmtpServer server;
    QStringList script = greet(pipelining ? QStringList {QStringLiteral("PIPELINING"), QStringLiteral("SIZE 1000")}
                                          : QStringList {QStringLiteral("SIZE 1000")});
    script.append(QStringLiteral("C: MAIL FROM:<relay@example.net>"));
    if (pipelining)
        script.append(QStringLiteral("C: RCPT TO:<someone@example.org>"));
    script.append(QStringLiteral("S: ") + mailReply);
    if (!rcptReply.isEmpty()) {
        if (!pipelining)
            script.append(QStringLiteral("C: RCPT TO:<someone@example.org>"));
        script.append(QStringLiteral("S: ") + rcptReply);
    }
    script += lines({"C: RSET", "S: 250 ok"}) + quit();
    server.addScript(script);
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    QVERIFY(run.open());
    QCOMPARE(run.client->capabilities().serverName, QStringLiteral("smtp.test"));
    run.client->checkRecipients(envelope({QStringLiteral("someone@example.org")}, QStringLiteral("relay@example.net")));
    QVERIFY(SmtpClientRun::waitFor([&run] { return !run.results.isEmpty(); }, 10000));
    const TransactionResult& r = run.results.first();
    QVERIFY(!r.delivered);
    QCOMPARE(recipientStateName(r.recipients.first().state), state);
    QCOMPARE(r.error.isError(), rcptReply.isEmpty());
    QCOMPARE(run.client->state(), Submission::State::Ready);
    QVERIFY(run.close());
    QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 5000);
    QVERIFY2(server.mismatch().isEmpty(), qPrintable(server.mismatch()));
    QCOMPARE(server.messageBytesReceived(), 0);
}

void TestSmtpClient::pipelinedData354AfterRefusalDropsConnection()
{
    using namespace Script;
    FakeSmtpServer server;
    // A broken server: the recipient is refused, yet DATA gets 354. Not one byte of the message may go.
    server.addScript(greet({QStringLiteral("PIPELINING")})
                     + lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "C: DATA", "S: 250 ok",
                              "S: 550 5.1.1 no such user", "S: 354 go ahead anyway", "SILENT"}));
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    QVERIFY(run.open());
    QByteArray data = simpleBody;
    QBuffer body(&data);
    QVERIFY(body.open(QIODevice::ReadOnly));
    QVERIFY(run.send(envelope({QStringLiteral("bob@example.net")}), &body, data.size()));
    QVERIFY(run.waitForFailure());
    const TransactionResult& r = run.results.first();
    QVERIFY(!r.delivered);
    QVERIFY(!r.outcomeUnknown);
    QCOMPARE(r.error.kind, ErrorKind::Permanent);
    QCOMPARE(r.error.reply.code, 550);
    QCOMPARE(run.failure(), SmtpFailure::ProtocolError);
    QVERIFY(!server.received().contains("Hello."));
    QVERIFY(!server.received().contains("\r\n.\r\n"));
}

// Drives one client through several messages, each handed over as soon as the one before reaches its
// final dot (as the outbox does), and records the order of the results.
namespace {
struct AheadRun
{
    explicit AheadRun(SmtpClientRun& r, int count)
        : run(r)
    {
        for (int i = 0; i < count; ++i) {
            datas.append("Subject: m" + QByteArray::number(i) + "\r\n\r\nBody " + QByteArray::number(i) + ".\r\n");
            bodies.push_back(std::make_unique<QBuffer>());
        }
        for (int i = 0; i < count; ++i) {
            bodies[i]->setData(datas[i]);
            bodies[i]->open(QIODevice::ReadOnly);
        }
    }
    void sendNext()
    {
        if (handed >= static_cast<int>(bodies.size()))
            return;
        Envelope e;
        e.sender = QStringLiteral("ada@example.org");
        e.recipients = {QStringLiteral("bob@example.net")};
        const int i = handed++;
        run.client->send(e, bodies[i].get(), datas[i].size());
    }
    SmtpClientRun& run;
    QList<QByteArray> datas;
    std::vector<std::unique_ptr<QBuffer>> bodies;
    int handed = 0;
};
} // namespace

void TestSmtpClient::sendsAheadAcrossMessages()
{
    using namespace Script;
    FakeSmtpServer server;
    // The server answers the first dot only once the second MAIL/RCPT/DATA are in: they travelled with it.
    server.addScript(greet({QStringLiteral("PIPELINING")})
                     + lines({"C: MAIL FROM:<ada@example.org>",
                              "C: RCPT TO:<bob@example.net>",
                              "C: DATA",
                              "S: 250 ok",
                              "S: 250 ok",
                              "S: 354 go",
                              "DATA",
                              "C: MAIL FROM:<ada@example.org>",
                              "C: RCPT TO:<bob@example.net>",
                              "C: DATA",
                              "S: 250 first queued",
                              "S: 250 ok",
                              "S: 250 ok",
                              "S: 354 go",
                              "DATA",
                              "C: MAIL FROM:<ada@example.org>",
                              "C: RCPT TO:<bob@example.net>",
                              "C: DATA",
                              "S: 250 second queued",
                              "S: 250 ok",
                              "S: 250 ok",
                              "S: 354 go",
                              "DATA",
                              "S: 250 third queued"})
                     + quit());
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    QVERIFY(run.open());
    AheadRun ahead(run, 3);
    QObject::connect(run.client.get(), &Submission::transactionFinished, &run, [&] { ahead.sendNext(); });
    ahead.sendNext();
    QVERIFY(run.client->canSendAhead());
    ahead.sendNext();
    QVERIFY(!run.client->canSendAhead()); // one queued at a time
    QVERIFY(SmtpClientRun::waitFor([&] { return run.results.size() == 3; }, 10000));
    QCOMPARE(run.results.at(0).finalReply.toString(), QStringLiteral("250 first queued"));
    QCOMPARE(run.results.at(1).finalReply.toString(), QStringLiteral("250 second queued"));
    QCOMPARE(run.results.at(2).finalReply.toString(), QStringLiteral("250 third queued"));
    for (const TransactionResult& r : qAsConst(run.results))
        QVERIFY(r.delivered && !r.error.isError());
    QCOMPARE(run.client->state(), Submission::State::Ready);
    QVERIFY(run.close());
    QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 5000);
    QVERIFY2(server.mismatch().isEmpty(), qPrintable(server.mismatch()));
    QCOMPARE(server.messages().size(), 3);
    QCOMPARE(server.messages().at(1), ahead.datas.at(1));
    QVERIFY(server.sentTogether({"Body 0.\r\n.\r\nMAIL FROM:<ada@example.org>", "RCPT TO:<bob@", "DATA\r\n"}));
}

void TestSmtpClient::sendAheadAfterRefusedDot()
{
    using namespace Script;
    FakeSmtpServer server;
    server.addScript(
        greet({QStringLiteral("PIPELINING")})
        + lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "C: DATA", "S: 250 ok", "S: 250 ok",
                 "S: 354 go", "DATA", "C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "C: DATA",
                 "S: 451 4.3.0 try later", "S: 250 ok", "S: 250 ok", "S: 354 go", "DATA", "S: 250 second queued"})
        + quit());
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    QVERIFY(run.open());
    AheadRun ahead(run, 2);
    ahead.sendNext();
    ahead.sendNext();
    QVERIFY(SmtpClientRun::waitFor([&] { return run.results.size() == 2; }, 10000));
    QVERIFY(!run.results.at(0).delivered);
    QCOMPARE(run.results.at(0).error.kind, ErrorKind::Temporary);
    QCOMPARE(run.results.at(0).finalReply.code, 451);
    QVERIFY(run.results.at(1).delivered);
    QVERIFY(run.close());
    QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 5000);
    QVERIFY2(server.mismatch().isEmpty(), qPrintable(server.mismatch()));
}

void TestSmtpClient::sendAheadConnectionLostAfterDot()
{
    using namespace Script;
    FakeSmtpServer server;
    server.addScript(greet({QStringLiteral("PIPELINING")})
                     + lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "C: DATA", "S: 250 ok",
                              "S: 250 ok", "S: 354 go", "DATA", "C: MAIL FROM:<ada@example.org>",
                              "C: RCPT TO:<bob@example.net>", "C: DATA", "CLOSE"}));
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    QVERIFY(run.open());
    AheadRun ahead(run, 2);
    ahead.sendNext();
    ahead.sendNext();
    QVERIFY(run.waitForFailure());
    QCOMPARE(run.results.size(), 2);
    // The first one's dot went: its outcome is unknown. The second never reached its dot.
    QVERIFY(run.results.at(0).outcomeUnknown);
    QCOMPARE(run.results.at(0).error.failure, SmtpFailure::OutcomeUnknown);
    QVERIFY(!run.results.at(1).outcomeUnknown);
    QVERIFY(!run.results.at(1).delivered);
    QCOMPARE(run.results.at(1).error.failure, SmtpFailure::ConnectionLost);
    QCOMPARE(run.results.at(1).error.kind, ErrorKind::Temporary);
    QCOMPARE(run.results.at(1).recipients.first().state, RecipientState::NotAttempted);
    QCOMPARE(run.failure(), SmtpFailure::OutcomeUnknown);
}

void TestSmtpClient::holdsFinalDotUntilReleased()
{
    using namespace Script;
    FakeSmtpServer server;
    server.addScript(greet({QStringLiteral("PIPELINING")})
                     + lines({"C: MAIL FROM:<ada@example.org>", "C: RCPT TO:<bob@example.net>", "C: DATA", "S: 250 ok",
                              "S: 250 ok", "S: 354 go", "DATA", "S: 250 queued"})
                     + quit());
    QVERIFY(server.listen());
    SmtpClientRun run(server.port());
    run.settings.holdFinalDot = true;
    run.create();
    QVERIFY(run.open());
    int held = 0;
    QObject::connect(run.client.get(), &Submission::finalDotHeld, &run, [&] { ++held; });
    QByteArray data = simpleBody;
    QBuffer body(&data);
    QVERIFY(body.open(QIODevice::ReadOnly));
    run.client->send(envelope({QStringLiteral("bob@example.net")}), &body, data.size());
    QVERIFY(SmtpClientRun::waitFor([&] { return held == 1; }, 10000));
    // The whole body is on the wire, but not the dot: nothing is delivered until it is released.
    QTest::qWait(200);
    QVERIFY(run.results.isEmpty());
    QCOMPARE(server.messages().size(), 0);
    QCOMPARE(run.client->state(), Submission::State::Uploading);
    run.client->releaseFinalDot();
    QVERIFY(SmtpClientRun::waitFor([&] { return run.results.size() == 1; }, 10000));
    QVERIFY(run.results.first().delivered);
    QCOMPARE(held, 1);
    QVERIFY(run.close());
    QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 5000);
    QCOMPARE(server.messages().size(), 1);
}

#include "TestSmtpClient.moc"
