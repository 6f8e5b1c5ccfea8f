#include "discovery/AutoconfigClient.h"

#include "TestCertificates.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Postino;
using namespace Postino::Test;

class TestAutoconfigClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void urls();
    void fetches_data();
    void fetches();
    void refuses_data();
    void refuses();
    void timesOut();
    void pins_data();
    void pins();

private:
    AutoconfigAnswer fetch(AutoconfigClient& client, AutoconfigLocation location, const QString& email);
    AutoconfigOptions options() const;

    QProcess m_server;
    quint16 m_port = 0;
};

void TestAutoconfigClient::initTestCase()
{
    TestCertificates& certs = TestCertificates::instance();
    QVERIFY2(certs.isValid(), qPrintable(certs.error()));
    m_server.setProgram(systemPython());
    m_server.setArguments({sourceDir() + QStringLiteral("/tests/discovery/autoconfig-server.py"),
                           certs.certPath(QStringLiteral("valid")), certs.keyPath(QStringLiteral("valid"))});
    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server.start();
    QVERIFY(m_server.waitForStarted(5000));
    QVERIFY(m_server.waitForReadyRead(10000));
    bool ok = false;
    m_port = static_cast<quint16>(m_server.readLine().trimmed().toUInt(&ok));
    QVERIFY(ok && m_port > 0);
}

void TestAutoconfigClient::cleanupTestCase()
{
    m_server.closeWriteChannel(); // the server exits when its stdin closes
    if (!m_server.waitForFinished(3000))
        m_server.kill();
}

AutoconfigOptions TestAutoconfigClient::options() const
{
    AutoconfigOptions o;
    o.port = m_port;
    o.extraCaCertificates = {TestCertificates::instance().ca()};
    for (const char* host : {"autoconfig.postino.test", "mail.postino.test", "autoconfig.mail.postino.test",
                             "big.postino.test", "missing.postino.test", "slow.postino.test"})
        o.resolve.insert(QLatin1String(host), QStringLiteral("127.0.0.1"));
    o.timeoutMs = 5000;
    return o;
}

AutoconfigAnswer TestAutoconfigClient::fetch(AutoconfigClient& client, AutoconfigLocation location,
                                             const QString& email)
{
    AutoconfigAnswer answer;
    answer.error = QStringLiteral("the client never answered");
    bool done = false;
    QObject context;
    client.fetch(location, email, {}, &context, [&](const AutoconfigAnswer& a) {
        answer = a;
        done = true;
    });
    QDeadlineTimer deadline(10000);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return answer;
}

void TestAutoconfigClient::urls()
{
    const AutoconfigClient client;
    QCOMPARE(
        client.urlFor(AutoconfigLocation::Autoconfig, QStringLiteral("ada+x@Example.test")).toString(),
        QStringLiteral("https://autoconfig.example.test/mail/config-v1.1.xml?emailaddress=ada%2Bx%40Example.test"));
    QCOMPARE(client.urlFor(AutoconfigLocation::WellKnown, QStringLiteral("ada@example.test")).toString(),
             QStringLiteral("https://example.test/.well-known/autoconfig/mail/config-v1.1.xml"));
    QCOMPARE(client.urlFor(AutoconfigLocation::WellKnown, QStringLiteral("ada@example.test"), QStringLiteral("mx.test"))
                 .host(),
             QStringLiteral("mx.test"));
}

void TestAutoconfigClient::fetches_data()
{
    QTest::addColumn<AutoconfigLocation>("location");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("smtpHost");
    QTest::addColumn<DiscoverySource>("source");
    QTest::newRow("autoconfig host") << AutoconfigLocation::Autoconfig << QStringLiteral("ada@postino.test")
                                     << QStringLiteral("smtp.postino.test") << DiscoverySource::Autoconfig;
    QTest::newRow("well-known location") << AutoconfigLocation::WellKnown << QStringLiteral("ada@mail.postino.test")
                                         << QStringLiteral("smtp.mail.postino.test") << DiscoverySource::WellKnown;
}

void TestAutoconfigClient::fetches()
{
    QFETCH(AutoconfigLocation, location);
    QFETCH(QString, email);
    QFETCH(QString, smtpHost);
    QFETCH(DiscoverySource, source);
    AutoconfigClient client(options());
    const AutoconfigAnswer answer = fetch(client, location, email);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.candidates.size(), 1);
    // The Host header was the real name (the server builds the SMTP host from it) ...
    QCOMPARE(answer.candidates.first().host, smtpHost);
    QCOMPARE(answer.candidates.first().source, source);
    QCOMPARE(answer.candidates.first().port, quint16(465));
    // ... and the address went along in the query (the server echoes it as the username).
    QCOMPARE(answer.candidates.first().username, email);
    QCOMPARE(answer.url.host(),
             location == AutoconfigLocation::Autoconfig ? QStringLiteral("autoconfig.postino.test")
                                                        : QStringLiteral("mail.postino.test"));
}

void TestAutoconfigClient::refuses_data()
{
    QTest::addColumn<AutoconfigLocation>("location");
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("trustTestCa");
    QTest::addColumn<QString>("problem");
    // *.postino.test does not cover autoconfig.mail.postino.test: the certificate names another host.
    QTest::newRow("certificate for another name")
        << AutoconfigLocation::Autoconfig << QStringLiteral("ada@mail.postino.test") << true
        << QStringLiteral("certificate of autoconfig.mail.postino.test was refused");
    QTest::newRow("certificate from an untrusted CA")
        << AutoconfigLocation::Autoconfig << QStringLiteral("ada@postino.test") << false
        << QStringLiteral("certificate of autoconfig.postino.test was refused");
    QTest::newRow("more than 1 MiB") << AutoconfigLocation::WellKnown << QStringLiteral("ada@big.postino.test") << true
                                     << QStringLiteral("more than 1048576 bytes");
    QTest::newRow("nothing there") << AutoconfigLocation::WellKnown << QStringLiteral("ada@missing.postino.test")
                                   << true << QStringLiteral("HTTP 404");
}

void TestAutoconfigClient::refuses()
{
    QFETCH(AutoconfigLocation, location);
    QFETCH(QString, email);
    QFETCH(bool, trustTestCa);
    QFETCH(QString, problem);
    AutoconfigOptions o = options();
    if (!trustTestCa)
        o.extraCaCertificates.clear();
    AutoconfigClient client(o);
    const AutoconfigAnswer answer = fetch(client, location, email);
    QVERIFY(answer.candidates.isEmpty());
    QVERIFY2(answer.error.contains(problem), qPrintable(answer.error));
}

void TestAutoconfigClient::timesOut()
{
    AutoconfigOptions o = options();
    o.timeoutMs = 300;
    AutoconfigClient client(o);
    QElapsedTimer timer;
    timer.start();
    const AutoconfigAnswer answer =
        fetch(client, AutoconfigLocation::WellKnown, QStringLiteral("ada@slow.postino.test"));
    QVERIFY(answer.candidates.isEmpty());
    QVERIFY2(answer.error.contains(QLatin1String("did not answer")), qPrintable(answer.error));
    QVERIFY(timer.elapsed() < 3000);
}

// --trust-fingerprint pins the autoconfig fetch as it pins the SMTP certificate (cli.md): the pinned certificate is
// accepted although it does not verify, another one is refused with both fingerprints in the error, and a
// certificate that verifies needs no pin.
void TestAutoconfigClient::pins_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("trustTestCa");
    QTest::addColumn<QString>("pinKind");
    QTest::addColumn<QString>("problem"); // empty: fetched
    QTest::newRow("untrusted CA, pinned")
        << QStringLiteral("ada@postino.test") << false << QStringLiteral("valid") << QString();
    QTest::newRow("another name, pinned")
        << QStringLiteral("ada@mail.postino.test") << true << QStringLiteral("valid") << QString();
    QTest::newRow("untrusted CA, another pin") << QStringLiteral("ada@postino.test") << false
                                               << QStringLiteral("selfsigned") << QStringLiteral("not the pinned");
    QTest::newRow("verified, another pin")
        << QStringLiteral("ada@postino.test") << true << QStringLiteral("selfsigned") << QString();
}

void TestAutoconfigClient::pins()
{
    QFETCH(QString, email);
    QFETCH(bool, trustTestCa);
    QFETCH(QString, pinKind);
    QFETCH(QString, problem);
    AutoconfigOptions o = options();
    if (!trustTestCa)
        o.extraCaCertificates.clear();
    const QByteArray pin = TestCertificates::instance().sha256(pinKind);
    QVERIFY(!pin.isEmpty());
    o.pinnedSha256 = pin.toUpper(); // as a person may type it
    AutoconfigClient client(o);
    const AutoconfigAnswer answer = fetch(client, AutoconfigLocation::Autoconfig, email);
    if (problem.isEmpty()) {
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
        QCOMPARE(answer.candidates.size(), 1);
        return;
    }
    QVERIFY(answer.candidates.isEmpty());
    QVERIFY2(answer.error.contains(problem), qPrintable(answer.error));
    QVERIFY2(answer.error.contains(QString::fromLatin1(TestCertificates::instance().sha256(QStringLiteral("valid")))),
             qPrintable(answer.error));
    QVERIFY2(answer.error.contains(QString::fromLatin1(pin)), qPrintable(answer.error));
}

QTEST_GUILESS_MAIN(TestAutoconfigClient)
#include "TestAutoconfigClient.moc"
