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

QTEST_GUILESS_MAIN(TestIspdbParser)
#include "TestIspdbParser.moc"
