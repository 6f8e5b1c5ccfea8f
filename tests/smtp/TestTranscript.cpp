#include "FakeSmtpServer.h"
#include "SmtpClientRun.h"
#include "SmtpScript.h"

#include "smtp/Sasl.h"
#include "smtp/SmtpCommand.h"
#include "smtp/Transcript.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Postino;
using namespace Postino::Test;

namespace {
QString b64(const QByteArray& raw)
{
    return QString::fromLatin1(raw.toBase64());
}
} // namespace

class TestTranscript : public QObject
{
    Q_OBJECT
private slots:
    void commandForms()
    {
        QCOMPARE(SmtpCommand::plain("EHLO x").transcriptText(), QStringLiteral("EHLO x"));
        QCOMPARE(SmtpCommand::plain("EHLO x").wire(), QByteArray("EHLO x\r\n"));
        const SmtpCommand auth = SmtpCommand::auth("PLAIN", "AGFkYQBzZWNyZXQ=");
        QCOMPARE(auth.wire(), QByteArray("AUTH PLAIN AGFkYQBzZWNyZXQ=\r\n"));
        QCOMPARE(auth.transcriptText(), QStringLiteral("AUTH PLAIN <redacted>"));
        QCOMPARE(SmtpCommand::auth("LOGIN").transcriptText(), QStringLiteral("AUTH LOGIN"));
        QCOMPARE(SmtpCommand::secret("c2VjcmV0").transcriptText(), QStringLiteral("<redacted>"));
        QCOMPARE(SmtpCommand::secret("c2VjcmV0").wire(), QByteArray("c2VjcmV0\r\n"));
    }

    void linesSignalAndFile()
    {
        Transcript transcript;
        QSignalSpy added(&transcript, &Transcript::lineAdded);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.txt"));
        transcript.addNote(QStringLiteral("connected to smtp.test:587 (127.0.0.1)"));
        QVERIFY(transcript.writeTo(path).ok());
        transcript.addServer("220 smtp.test");
        transcript.addClient(SmtpCommand::auth("PLAIN", "AGFkYQBzZWNyZXQ="));
        QCOMPARE(added.count(), 3);
        QCOMPARE(added.at(2).at(0).toString(), QStringLiteral("C: AUTH PLAIN <redacted>"));
        const QStringList expected {QStringLiteral("-- connected to smtp.test:587 (127.0.0.1)"),
                                    QStringLiteral("S: 220 smtp.test"), QStringLiteral("C: AUTH PLAIN <redacted>")};
        QCOMPARE(transcript.lines(), expected);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        QVERIFY(!transcript.writeTo(dir.filePath(QStringLiteral("no/such/dir/t.txt"))).ok());
    }

    // A whole session per mechanism through SmtpClient: no secret reaches the transcript.
    void redactionPerMechanism_data()
    {
        QTest::addColumn<AuthMechanism>("mechanism");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QStringList>("auth"); // the AUTH exchange in the script
        QTest::addColumn<QStringList>("secrets"); // must not appear anywhere in the transcript
        QTest::addColumn<QStringList>("shown"); // must appear, in this order

        const QString ada = QStringLiteral("ada");
        const QString pw = QStringLiteral("secret");
        const QByteArray plainBlob("\0ada\0secret", 11);
        const QStringList common {pw, b64("secret"), b64(plainBlob)};

        QTest::newRow("PLAIN") << AuthMechanism::Plain << ada << pw
                               << QStringList {QStringLiteral("C: AUTH PLAIN ") + b64(plainBlob),
                                               QStringLiteral("S: 235 2.7.0 ok")}
                               << common << QStringList {QStringLiteral("C: AUTH PLAIN <redacted>")};
        QTest::newRow("LOGIN") << AuthMechanism::Login << ada << pw
                               << QStringList {QStringLiteral("C: AUTH LOGIN"),
                                               QStringLiteral("S: 334 VXNlcm5hbWU6"),
                                               QStringLiteral("C: ") + b64("ada"),
                                               QStringLiteral("S: 334 UGFzc3dvcmQ6"),
                                               QStringLiteral("C: ") + b64("secret"),
                                               QStringLiteral("S: 235 2.7.0 ok")}
                               << (common + QStringList {b64("ada")})
                               << QStringList {QStringLiteral("C: AUTH LOGIN"), QStringLiteral("S: 334 VXNlcm5hbWU6"),
                                               QStringLiteral("C: <redacted>"), QStringLiteral("S: 334 UGFzc3dvcmQ6"),
                                               QStringLiteral("C: <redacted>")};
        const QByteArray challenge("<1896.697170952@postoffice.reston.mci.net>");
        const QByteArray cram =
            "ada " + QMessageAuthenticationCode::hash(challenge, "secret", QCryptographicHash::Md5).toHex();
        QTest::newRow("CRAM-MD5") << AuthMechanism::CramMd5 << ada << pw
                                  << QStringList {QStringLiteral("C: AUTH CRAM-MD5"),
                                                  QStringLiteral("S: 334 ") + b64(challenge),
                                                  QStringLiteral("C: ") + b64(cram), QStringLiteral("S: 235 2.7.0 ok")}
                                  << (common + QStringList {b64(cram), QString::fromLatin1(cram)})
                                  << QStringList {QStringLiteral("C: AUTH CRAM-MD5"), QStringLiteral("C: <redacted>")};
        const QString token = QStringLiteral("ya29.tokenvalue");
        const QByteArray xoauth = "user=ada\x01"
                                  "auth=Bearer ya29.tokenvalue\x01\x01";
        QTest::newRow("XOAUTH2") << AuthMechanism::XOAuth2 << ada << token
                                 << QStringList {QStringLiteral("C: AUTH XOAUTH2 ") + b64(xoauth),
                                                 QStringLiteral("S: 235 2.7.0 ok")}
                                 << QStringList {token, b64(xoauth), b64(token.toLatin1())}
                                 << QStringList {QStringLiteral("C: AUTH XOAUTH2 <redacted>")};
        QTest::newRow("XOAUTH2 error challenge")
            << AuthMechanism::XOAuth2 << ada << token
            << QStringList {QStringLiteral("C: AUTH XOAUTH2 ") + b64(xoauth),
                            QStringLiteral("S: 334 eyJzdGF0dXMiOiI0MDEifQ=="), QStringLiteral("C: "),
                            QStringLiteral("S: 535 5.7.8 Username and Password not accepted")}
            << QStringList {token, b64(xoauth)}
            << QStringList {QStringLiteral("C: AUTH XOAUTH2 <redacted>"), QStringLiteral("C: <redacted>")};
        const QByteArray bearer = "n,a=ada,\x01"
                                  "auth=Bearer ya29.tokenvalue\x01\x01";
        QTest::newRow("OAUTHBEARER error challenge")
            << AuthMechanism::OAuthBearer << ada << token
            << QStringList {QStringLiteral("C: AUTH OAUTHBEARER ") + b64(bearer),
                            QStringLiteral("S: 334 eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIn0="), QStringLiteral("C: AQ=="),
                            QStringLiteral("S: 535 5.7.8 invalid token")}
            << QStringList {token, b64(bearer)}
            << QStringList {QStringLiteral("C: AUTH OAUTHBEARER <redacted>"), QStringLiteral("C: <redacted>")};
        const QByteArray first = "n,,n=user,r=rOprNGfwEbeRWgbNEkqO";
        const QByteArray serverFirst =
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
        const QByteArray final = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                 "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
        QTest::newRow("SCRAM-SHA-256") << AuthMechanism::ScramSha256 << QStringLiteral("user")
                                       << QStringLiteral("pencil")
                                       << QStringList {QStringLiteral("C: AUTH SCRAM-SHA-256 ") + b64(first),
                                                       QStringLiteral("S: 334 ") + b64(serverFirst),
                                                       QStringLiteral("C: ") + b64(final),
                                                       QStringLiteral("S: 334 ")
                                                           + b64("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="),
                                                       QStringLiteral("C: "),
                                                       QStringLiteral("S: 235 2.7.0 ok")}
                                       << QStringList {QStringLiteral("pencil"), b64("pencil"), b64(first), b64(final),
                                                       QStringLiteral("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")}
                                       << QStringList {QStringLiteral("C: AUTH SCRAM-SHA-256 <redacted>"),
                                                       QStringLiteral("C: <redacted>"),
                                                       QStringLiteral("C: <redacted>")};
    }

    void redactionPerMechanism()
    {
        QFETCH(AuthMechanism, mechanism);
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(QStringList, auth);
        QFETCH(QStringList, secrets);
        QFETCH(QStringList, shown);

        SaslScramSha256::setNonceForTesting("rOprNGfwEbeRWgbNEkqO");
        FakeSmtpServer server;
        const bool succeeds = auth.last().startsWith(QLatin1String("S: 235"));
        QStringList script =
            Script::greet({QStringLiteral("AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2 OAUTHBEARER SCRAM-SHA-256")}) + auth;
        if (succeeds)
            script += Script::quit();
        server.addScript(script);
        QVERIFY(server.listen());
        SmtpClientRun run(server.port());
        run.settings.credentials = {user, secret, mechanism};
        QVERIFY(run.open());
        if (succeeds) {
            QCOMPARE(run.readyCount, 1);
            QVERIFY(run.close());
        } else {
            QCOMPARE(run.failure(), SmtpFailure::AuthFailed);
        }
        SaslScramSha256::setNonceForTesting({});
        QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 5000);
        QVERIFY2(server.mismatch().isEmpty(), qPrintable(server.mismatch()));

        const QString text = run.transcript.text();
        for (const QString& s : secrets)
            QVERIFY2(!text.contains(s), qPrintable(QStringLiteral("secret \"%1\" in:\n%2").arg(s, text)));
        qsizetype from = 0;
        for (const QString& line : shown) {
            const qsizetype at = run.transcript.lines().indexOf(line, from);
            QVERIFY2(at >= 0, qPrintable(QStringLiteral("\"%1\" missing from:\n%2").arg(line, text)));
            from = at + 1;
        }
        // Every client line after AUTH and before its final reply is redacted.
        bool inAuth = false;
        for (const QString& line : run.transcript.lines()) {
            if (line.startsWith(QLatin1String("C: AUTH ")))
                inAuth = true;
            else if (inAuth && line.startsWith(QLatin1String("S: ")) && !line.startsWith(QLatin1String("S: 334")))
                inAuth = false;
            else if (inAuth && line.startsWith(QLatin1String("C: ")))
                QCOMPARE(line, QStringLiteral("C: <redacted>"));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranscript)
#include "TestTranscript.moc"
