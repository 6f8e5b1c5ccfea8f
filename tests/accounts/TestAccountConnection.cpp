#include "TestCertificates.h"
#include "accounts/AccountConnection.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Postino;

Q_DECLARE_METATYPE(Postino::AuthMechanism)

// submissionSettings(): the one way from a stored account to a connection.
class TestAccountConnection : public QObject
{
    Q_OBJECT
private slots:
    void credentials_data();
    void credentials();
    void endpoint_data();
    void endpoint();
    void anUnreadableCaFileIsAConfigError();
    void timeoutsTranscriptAndClockComeFromTheOverrides();
};

void TestAccountConnection::credentials_data()
{
    QTest::addColumn<AuthMechanism>("auth");
    QTest::addColumn<QString>("username"); // the account's; empty: the address
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("signsInAs"); // empty: no AUTH

    QTest::newRow("the address signs in with the password")
        << AuthMechanism::Auto << QString() << QStringLiteral("s3cret") << QStringLiteral("ada@example.org");
    QTest::newRow("a user name of its own")
        << AuthMechanism::Plain << QStringLiteral("ada") << QStringLiteral("s3cret") << QStringLiteral("ada");
    QTest::newRow("no password: no sign-in") << AuthMechanism::Auto << QString() << QString() << QString();
    QTest::newRow("auth NONE never signs in")
        << AuthMechanism::None << QStringLiteral("ada") << QStringLiteral("s3cret") << QString();
}

void TestAccountConnection::credentials()
{
    QFETCH(AuthMechanism, auth);
    QFETCH(QString, username);
    QFETCH(QString, secret);
    QFETCH(QString, signsInAs);

    Account account;
    account.name = QStringLiteral("ada");
    account.email = QStringLiteral("ada@example.org");
    account.host = QStringLiteral("smtp.example.org");
    account.auth = auth;
    account.username = username;
    const auto settings = submissionSettings(account, secret);
    QVERIFY(settings.ok());
    const Credentials& credentials = settings.value().credentials;
    QCOMPARE(credentials.username, signsInAs);
    QCOMPARE(credentials.wanted(), !signsInAs.isEmpty());
    QCOMPARE(credentials.secret, signsInAs.isEmpty() ? QString() : secret);
    QCOMPARE(credentials.mechanism, auth);
    QCOMPARE(signInCredentials(account, secret).username, signsInAs);
}

void TestAccountConnection::endpoint_data()
{
    QTest::addColumn<QStringList>("storedResolve"); // the account's --resolve entries
    QTest::addColumn<QString>("resolve"); // this run's --resolve for smtp.example.org; empty: none
    QTest::addColumn<QByteArray>("pin"); // this run's --trust-fingerprint; empty: none
    QTest::addColumn<QString>("connectAddress");
    QTest::addColumn<QByteArray>("pinned");

    const QByteArray storedPin(64, 'a');
    const QByteArray givenPin(64, 'b');
    QTest::newRow("the account's own endpoint")
        << QStringList {QStringLiteral("smtp.example.org:127.0.0.2")} << QString() << QByteArray()
        << QStringLiteral("127.0.0.2") << storedPin;
    QTest::newRow("a --resolve given now wins")
        << QStringList {QStringLiteral("smtp.example.org:127.0.0.2")} << QStringLiteral("127.0.0.3") << QByteArray()
        << QStringLiteral("127.0.0.3") << storedPin;
    QTest::newRow("a --resolve given now for a host with none stored")
        << QStringList {} << QStringLiteral("127.0.0.4") << QByteArray() << QStringLiteral("127.0.0.4") << storedPin;
    QTest::newRow("a fingerprint given now replaces the stored one")
        << QStringList {} << QString() << givenPin << QString() << givenPin;
}

void TestAccountConnection::endpoint()
{
    QFETCH(QStringList, storedResolve);
    QFETCH(QString, resolve);
    QFETCH(QByteArray, pin);
    QFETCH(QString, connectAddress);
    QFETCH(QByteArray, pinned);

    const auto& certs = Test::TestCertificates::instance();
    QVERIFY2(certs.isValid(), qPrintable(certs.error()));
    Account account;
    account.name = QStringLiteral("ada");
    account.email = QStringLiteral("ada@example.org");
    account.host = QStringLiteral("smtp.example.org");
    account.port = 465;
    account.security = Security::Tls;
    account.resolve = storedResolve;
    account.pinnedSha256 = QByteArray(64, 'a');
    account.caFile = certs.caPath();
    ConnectionOverrides overrides;
    if (!resolve.isEmpty())
        overrides.resolve.insert(QStringLiteral("smtp.example.org"), resolve);
    overrides.pinnedSha256 = pin;
    overrides.extraCaCertificates = {certs.ca()};

    const auto settings = submissionSettings(account, QString(), overrides);
    QVERIFY2(settings.ok(), qPrintable(settings.error().message()));
    const ServerEndpoint& endpoint = settings.value().endpoint;
    QCOMPARE(endpoint.host, QStringLiteral("smtp.example.org"));
    QCOMPARE(endpoint.port, quint16(465));
    QCOMPARE(endpoint.security, Security::Tls);
    QCOMPARE(endpoint.connectAddress, connectAddress);
    QCOMPARE(endpoint.pinnedSha256, pinned);
    // The account's CA file, and the one given now added to it.
    const auto stored = submissionSettings(account, QString());
    QVERIFY(stored.ok());
    QVERIFY(stored.value().endpoint.extraCaCertificates.contains(certs.ca()));
    QCOMPARE(endpoint.extraCaCertificates.size(), stored.value().endpoint.extraCaCertificates.size() + 1);
}

void TestAccountConnection::anUnreadableCaFileIsAConfigError()
{
    QTemporaryDir dir;
    Account account;
    account.name = QStringLiteral("ada");
    account.host = QStringLiteral("smtp.example.org");
    account.caFile = dir.filePath(QStringLiteral("missing.pem"));
    const auto settings = submissionSettings(account, QStringLiteral("s3cret"));
    QVERIFY(!settings.ok());
    QCOMPARE(settings.error().kind(), ErrorKind::Config);
}

void TestAccountConnection::timeoutsTranscriptAndClockComeFromTheOverrides()
{
    Account account;
    account.name = QStringLiteral("ada");
    account.host = QStringLiteral("smtp.example.org");
    const auto plain = submissionSettings(account, QString());
    QVERIFY(plain.ok());
    QCOMPARE(plain.value().timeouts.dataTerm, SmtpTimeouts().dataTerm);
    QVERIFY(!plain.value().transcript);
    QVERIFY(!plain.value().clock);

    ConnectionOverrides overrides;
    overrides.timeouts = SmtpTimeouts::uniform(20'000);
    const auto quick = submissionSettings(account, QString(), overrides);
    QVERIFY(quick.ok());
    QCOMPARE(quick.value().timeouts.dataTerm, qint64(20'000));
    QCOMPARE(quick.value().timeouts.connect, qint64(20'000));
}

QTEST_GUILESS_MAIN(TestAccountConnection)
#include "TestAccountConnection.moc"
