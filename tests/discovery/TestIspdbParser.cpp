#include "discovery/IspdbParser.h"

#include <QTest>

using namespace Postino;

namespace {

QByteArray document(const QByteArray& servers, const QByteArray& extra = {})
{
    return QByteArrayLiteral("<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\" "
                             "xmlns:postino=\"https://postino.invalid/ispdb-extensions\">\n"
                             "<emailProvider id=\"example.test\"><domain>Example.TEST</domain>"
                             "<displayName>Example</displayName><displayShortName>Ex</displayShortName>")
        + extra
        + QByteArrayLiteral("<incomingServer type=\"imap\"><hostname>imap.example.test</hostname><port>993</port>"
                            "<socketType>SSL</socketType><username>%EMAILLOCALPART%</username>"
                            "<authentication>password-cleartext</authentication></incomingServer>")
        + servers + QByteArrayLiteral("</emailProvider></clientConfig>\n");
}

QByteArray server(const QByteArray& host, const QByteArray& port, const QByteArray& socket,
                  const QByteArray& user = "%EMAILADDRESS%", const QByteArray& type = "smtp")
{
    return "<outgoingServer type=\"" + type + "\"><hostname>" + host + "</hostname><port>" + port
        + "</port><socketType>" + socket + "</socketType><authentication>password-cleartext</authentication>"
        + "<username>" + user + "</username></outgoingServer>";
}

QByteArray oauth2(const QByteArray& authUrl = "https://as.example.test/authorize",
                  const QByteArray& tokenUrl = "https://as.example.test/token", const QByteArray& more = {})
{
    return "<oAuth2><issuer>as.example.test</issuer><scope>smtp offline_access</scope><authURL>" + authUrl
        + "</authURL><tokenURL>" + tokenUrl + "</tokenURL>" + more + "</oAuth2>";
}

// An ISPDB document with the <oAuth2> element where ISPDB puts it: after </emailProvider>.
QByteArray documentWithOAuth2(const QByteArray& element)
{
    QByteArray xml = document(server("smtp.example.test", "465", "SSL"));
    const QByteArray replacement = QByteArray("</emailProvider>") + element;
    xml.replace(QByteArray("</emailProvider>"), replacement);
    return xml;
}

} // namespace

class TestIspdbParser : public QObject
{
    Q_OBJECT
private slots:
    void parsesOutgoingServersInOrder();
    void substitutes_data();
    void substitutes();
    void rejects_data();
    void rejects();
    void readsExtensions();
    void readsSendingLimits();
    void readsOAuth2_data();
    void readsOAuth2();
    void withoutOAuth2TheEntryHasNone();
};

void TestIspdbParser::parsesOutgoingServersInOrder()
{
    const Result<ProviderEntry> entry = IspdbParser::parse(
        document(server("smtp.example.test", "465", "SSL") + server("smtp.example.test", "587", "STARTTLS")
                 + server("ews.example.test", "443", "SSL", "%EMAILADDRESS%", "exchange")),
        QStringLiteral("test"));
    QVERIFY2(entry.ok(), qPrintable(entry.error().message()));
    QCOMPARE(entry.value().id, QStringLiteral("example.test"));
    QCOMPARE(entry.value().domains, QStringList {QStringLiteral("example.test")});
    QCOMPARE(entry.value().outgoing.size(), 2); // the incoming and the non-SMTP server are skipped
    QCOMPARE(entry.value().outgoing.at(0).security, Security::Tls);
    QCOMPARE(entry.value().outgoing.at(1).port, quint16(587));
    QCOMPARE(entry.value().outgoing.at(1).security, Security::StartTls);
    QCOMPARE(entry.value().kind, ProviderKind::Mailbox);

    const QList<ServerCandidate> candidates =
        IspdbParser::candidates(entry.value(), QStringLiteral("ada@example.test"), DiscoverySource::Autoconfig);
    QCOMPARE(candidates.size(), 2);
    QCOMPARE(candidates.at(0).username, QStringLiteral("ada@example.test"));
    QCOMPARE(candidates.at(0).source, DiscoverySource::Autoconfig);
    QCOMPARE(candidates.at(0).providerId, QStringLiteral("example.test"));
}

void TestIspdbParser::substitutes_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("expected");
    QTest::newRow("address") << "%EMAILADDRESS%"
                             << "Ada.L@Example.test";
    QTest::newRow("local part keeps its case") << "%EMAILLOCALPART%"
                                               << "Ada.L";
    QTest::newRow("domain in lower case") << "smtp.%EMAILDOMAIN%"
                                          << "smtp.example.test";
    QTest::newRow("mixed") << "%EMAILLOCALPART%+smtp@%EMAILDOMAIN%"
                           << "Ada.L+smtp@example.test";
    QTest::newRow("no pattern") << "fixed-user"
                                << "fixed-user";
}

void TestIspdbParser::substitutes()
{
    QFETCH(QString, pattern);
    QFETCH(QString, expected);
    QCOMPARE(IspdbParser::substitute(pattern, QStringLiteral("Ada.L@Example.test")), expected);
}

void TestIspdbParser::rejects_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not well-formed") << QByteArray("<clientConfig><emailProvider id=\"x\">") << "well-formed";
    QTest::newRow("no provider") << QByteArray("<clientConfig version=\"1.1\"/>") << "emailProvider";
    QTest::newRow("no outgoing server") << document({}) << "outgoing";
    QTest::newRow("port out of range") << document(server("smtp.example.test", "70000", "SSL")) << "70000";
    QTest::newRow("port not a number") << document(server("smtp.example.test", "smtp", "SSL")) << "smtp";
    QTest::newRow("unknown socketType") << document(server("smtp.example.test", "465", "TLS")) << "TLS";
    QTest::newRow("no hostname") << document(server("", "465", "SSL")) << "hostname";
    QTest::newRow("unknown kind") << document(server("smtp.example.test", "465", "SSL"),
                                              "<postino:kind>bank</postino:kind>")
                                  << "bank";
    QTest::newRow("a limit that is not a number")
        << document(server("smtp.example.test", "465", "SSL"), "<postino:limits messagesPerDay=\"many\"/>") << "many";
    QTest::newRow("a negative limit") << document(server("smtp.example.test", "465", "SSL"),
                                                  "<postino:limits messagesPerMinute=\"-1\"/>")
                                      << "-1";
    QTest::newRow("OAuth2 without a token URL")
        << documentWithOAuth2("<oAuth2><issuer>i</issuer><scope>s</scope><authURL>https://a.test/</authURL></oAuth2>")
        << "tokenURL";
    QTest::newRow("OAuth2 without a scope") << documentWithOAuth2(
        "<oAuth2><issuer>i</issuer><authURL>https://a.test/</authURL><tokenURL>https://a.test/t</tokenURL></oAuth2>")
                                            << "scope";
    QTest::newRow("OAuth2 token URL over plain HTTP")
        << documentWithOAuth2(oauth2("https://as.example.test/authorize", "http://as.example.test/token"))
        << "http://as.example.test/token";
    QTest::newRow("OAuth2 device URL that is no URL")
        << documentWithOAuth2(oauth2("https://as.example.test/authorize", "https://as.example.test/token",
                                     "<postino:deviceAuthURL>devicecode</postino:deviceAuthURL>"))
        << "devicecode";
    QTest::newRow("OAuth2 with a password mechanism")
        << documentWithOAuth2(oauth2("https://as.example.test/authorize", "https://as.example.test/token",
                                     "<postino:mechanism>PLAIN</postino:mechanism>"))
        << "PLAIN";
    QTest::newRow("app password address over plain HTTP")
        << document(server("smtp.example.test", "465", "SSL"),
                    "<postino:appPasswordURL>http://example.test/app</postino:appPasswordURL>")
        << "http://example.test/app";
    QTest::newRow("limits for unknown addresses")
        << document(server("smtp.example.test", "465", "SSL"), "<postino:limits addresses=\"mine\"/>") << "mine";
}

void TestIspdbParser::rejects()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, problem);
    const Result<ProviderEntry> entry = IspdbParser::parse(xml, QStringLiteral("https://autoconfig.example.test/x"));
    QVERIFY(!entry.ok());
    QCOMPARE(entry.error().kind(), ErrorKind::DataError);
    QVERIFY2(entry.error().message().contains(problem), qPrintable(entry.error().message()));
    QVERIFY(entry.error().message().contains(QLatin1String("https://autoconfig.example.test/x")));
}

void TestIspdbParser::readsExtensions()
{
    const Result<ProviderEntry> entry = IspdbParser::parse(
        document(server("smtps.pec.example.test", "465", "SSL"),
                 "<postino:kind>pec</postino:kind><postino:mxDomain>Example-MX.test</postino:mxDomain>"),
        QStringLiteral("test"));
    QVERIFY2(entry.ok(), qPrintable(entry.error().message()));
    QCOMPARE(entry.value().kind, ProviderKind::Pec);
    QCOMPARE(entry.value().mxDomains, QStringList {QStringLiteral("example-mx.test")});
}

void TestIspdbParser::readsSendingLimits()
{
    const Result<ProviderEntry> entry = IspdbParser::parse(
        document(server("smtp.example.test", "465", "SSL"),
                 "<postino:limits messagesPerMinute=\"30\" messagesPerDay=\"10000\" maxConnections=\"3\" "
                 "note=\"Thirty a  minute.\"/>"
                 "<postino:limits addresses=\"other\" host=\"SMTP.Other.test\" messagesPerDay=\"2000\">"
                 "<ignored/></postino:limits>"
                 "<limits messagesPerDay=\"1\"/>"), // not ours: skipped
        QStringLiteral("test"));
    QVERIFY2(entry.ok(), qPrintable(entry.error().message()));
    const QList<SendingLimits>& limits = entry.value().limits;
    QCOMPARE(limits.size(), 2);
    QCOMPARE(limits.at(0).messagesPerMinute, 30);
    QCOMPARE(limits.at(0).messagesPerDay, 10000);
    QCOMPARE(limits.at(0).maxConnections, 3);
    QCOMPARE(limits.at(0).addresses, SendingLimits::Addresses::Any);
    QCOMPARE(limits.at(0).note, QStringLiteral("Thirty a minute."));
    QVERIFY(limits.at(0).host.isEmpty());
    QCOMPARE(limits.at(1).addresses, SendingLimits::Addresses::Other);
    QCOMPARE(limits.at(1).host, QStringLiteral("smtp.other.test"));
    QCOMPARE(limits.at(1).messagesPerMinute, 0);
    QCOMPARE(limits.at(1).messagesPerDay, 2000);
    QCOMPARE(entry.value().outgoing.size(), 1); // the servers after the limits are read as before

    // Only the limits, no server (a provider whose hosts are not confirmed): read; with neither, refused.
    const Result<ProviderEntry> limitsOnly =
        IspdbParser::parse(document({}, "<postino:limits messagesPerDay=\"200\" note=\"x\"/>"), QStringLiteral("t"));
    QVERIFY2(limitsOnly.ok(), qPrintable(limitsOnly.error().message()));
    QVERIFY(limitsOnly.value().outgoing.isEmpty());
    QCOMPARE(limitsOnly.value().limits.value(0).messagesPerDay, 200);
}

void TestIspdbParser::readsOAuth2_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("device");
    QTest::addColumn<AuthMechanism>("mechanism");
    QTest::newRow("after the provider, as ISPDB writes it")
        << documentWithOAuth2(oauth2()) << QString() << AuthMechanism::XOAuth2;
    QTest::newRow("inside the provider") << document(server("smtp.example.test", "465", "SSL"), oauth2()) << QString()
                                         << AuthMechanism::XOAuth2;
    QTest::newRow("with Postino's device URL and OAUTHBEARER")
        << documentWithOAuth2(oauth2("https://as.example.test/authorize", "https://as.example.test/token",
                                     "<postino:deviceAuthURL>https://as.example.test/device</postino:deviceAuthURL>"
                                     "<postino:mechanism>OAUTHBEARER</postino:mechanism><unknown>x</unknown>"))
        << QStringLiteral("https://as.example.test/device") << AuthMechanism::OAuthBearer;
}

void TestIspdbParser::readsOAuth2()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, device);
    QFETCH(AuthMechanism, mechanism);
    const Result<ProviderEntry> entry = IspdbParser::parse(xml, QStringLiteral("test"));
    QVERIFY2(entry.ok(), qPrintable(entry.error().message()));
    const ProviderOAuth2& o = entry.value().oauth2;
    QVERIFY(o.isValid());
    QCOMPARE(o.issuer, QStringLiteral("as.example.test"));
    QCOMPARE(o.scope, QStringLiteral("smtp offline_access"));
    QCOMPARE(o.authUrl, QStringLiteral("https://as.example.test/authorize"));
    QCOMPARE(o.tokenUrl, QStringLiteral("https://as.example.test/token"));
    QCOMPARE(o.deviceAuthUrl, device);
    QCOMPARE(o.mechanism, mechanism);
    QCOMPARE(entry.value().outgoing.size(), 1); // the servers are read as before
}

void TestIspdbParser::withoutOAuth2TheEntryHasNone()
{
    const Result<ProviderEntry> entry =
        IspdbParser::parse(document(server("smtp.example.test", "465", "SSL")), QStringLiteral("test"));
    QVERIFY2(entry.ok(), qPrintable(entry.error().message()));
    QVERIFY(!entry.value().oauth2.isValid());
    QVERIFY(entry.value().appPasswordUrl.isEmpty());
}

QTEST_GUILESS_MAIN(TestIspdbParser)
#include "TestIspdbParser.moc"
