#include "discovery/DnsWire.h"

#include <QTest>

using namespace Postino;

namespace {

// "\x04mail\x07example\x03com\x00" from "mail.example.com".
QByteArray wireName(const QByteArray& dotted)
{
    QByteArray wire;
    if (!dotted.isEmpty()) {
        for (const QByteArray& label : dotted.split('.')) {
            wire += static_cast<char>(label.size());
            wire += label;
        }
    }
    wire += '\0';
    return wire;
}

QByteArray be16(quint16 value)
{
    QByteArray bytes;
    bytes += static_cast<char>(value >> 8);
    bytes += static_cast<char>(value & 0xff);
    return bytes;
}

} // namespace

class TestDnsWire : public QObject
{
    Q_OBJECT
private slots:
    void mx();
    void srv();
    void txt_data();
    void txt();
    void addresses();
    void tlsa();
    void names_data();
    void names();
    void malformed_data();
    void malformed();
    void queryName_data();
    void queryName();
    void reverseName_data();
    void reverseName();
    void nameServer_data();
    void nameServer();
    void statusNames();
};

void TestDnsWire::mx()
{
    const auto record = DnsWire::parseMx(be16(10) + wireName("MX1.Example.COM"));
    QVERIFY(record);
    QCOMPARE(record->preference, quint16(10));
    QCOMPARE(record->exchange, QStringLiteral("mx1.example.com"));
    // A null MX (RFC 7505): preference 0, the root.
    const auto nullMx = DnsWire::parseMx(be16(0) + wireName(""));
    QVERIFY(nullMx);
    QCOMPARE(nullMx->exchange, QStringLiteral("."));
}

void TestDnsWire::srv()
{
    const auto record = DnsWire::parseSrv(be16(1) + be16(20) + be16(587) + wireName("smtp.example.com"));
    QVERIFY(record);
    QCOMPARE(record->priority, quint16(1));
    QCOMPARE(record->weight, quint16(20));
    QCOMPARE(record->port, quint16(587));
    QCOMPARE(record->target, QStringLiteral("smtp.example.com"));
    QCOMPARE(DnsWire::parseSrv(be16(0) + be16(0) + be16(0) + wireName(""))->target, QStringLiteral("."));
}

void TestDnsWire::txt_data()
{
    QTest::addColumn<QByteArray>("rdata");
    QTest::addColumn<QList<QByteArray>>("strings");
    QTest::addColumn<QString>("text");
    QTest::newRow("one string") << QByteArray("\x0bv=spf1 -all", 12) << QList<QByteArray> {"v=spf1 -all"}
                                << QStringLiteral("v=spf1 -all");
    QTest::newRow("strings joined with nothing between")
        << QByteArray("\x05v=DKI\x03M1;", 10) << QList<QByteArray> {"v=DKI", "M1;"} << QStringLiteral("v=DKIM1;");
    QTest::newRow("an empty string") << QByteArray("\x00", 1) << QList<QByteArray> {QByteArray()} << QString();
    QTest::newRow("utf-8") << QByteArray("\x06"
                                         "caf\xc3\xa9!",
                                         7)
                           << QList<QByteArray> {"caf\xc3\xa9!"} << QStringLiteral("café!");
    const QByteArray full(255, 'k');
    QTest::newRow("a full 255-byte string and more")
        << (QByteArray(1, '\xff') + full
            + QByteArray("\x02"
                         "ab",
                         3))
        << QList<QByteArray> {full, "ab"} << QString::fromLatin1(full + "ab");
}

void TestDnsWire::txt()
{
    QFETCH(QByteArray, rdata);
    QFETCH(QList<QByteArray>, strings);
    QFETCH(QString, text);
    const auto record = DnsWire::parseTxt(rdata);
    QVERIFY(record);
    QCOMPARE(record->strings, strings);
    QCOMPARE(record->text(), text);
    QCOMPARE(record->joined(), text.toUtf8());
}

void TestDnsWire::addresses()
{
    QCOMPARE(*DnsWire::parseA(QByteArray::fromHex("c0000201")), QHostAddress(QStringLiteral("192.0.2.1")));
    QCOMPARE(*DnsWire::parseAaaa(QByteArray::fromHex("20010db8000000000000000000000025")),
             QHostAddress(QStringLiteral("2001:db8::25")));
    QVERIFY(!DnsWire::parseA(QByteArray::fromHex("c00002")));
    QVERIFY(!DnsWire::parseAaaa(QByteArray::fromHex("c0000201")));
}

void TestDnsWire::tlsa()
{
    const QByteArray digest = QByteArray::fromHex("aabbccddeeff");
    const auto record = DnsWire::parseTlsa(QByteArray::fromHex("030101") + digest);
    QVERIFY(record);
    QCOMPARE(record->usage, quint8(3));
    QCOMPARE(record->selector, quint8(1));
    QCOMPARE(record->matchingType, quint8(1));
    QCOMPARE(record->data, digest);
    QVERIFY(!DnsWire::parseTlsa(QByteArray::fromHex("030101")));
}

void TestDnsWire::names_data()
{
    QTest::addColumn<QByteArray>("rdata");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << wireName("mail.example.com") << QStringLiteral("mail.example.com");
    QTest::newRow("lower case") << wireName("Mail.EXAMPLE.com") << QStringLiteral("mail.example.com");
    QTest::newRow("underscore and hyphen") << wireName("_dmarc.my-domain.it") << QStringLiteral("_dmarc.my-domain.it");
    QTest::newRow("a-label kept") << wireName("xn--citt-3na.it") << QStringLiteral("xn--citt-3na.it");
    QTest::newRow("root") << wireName("") << QStringLiteral(".");
    QTest::newRow("a dot inside a label") << QByteArray("\x03"
                                                        "a.b\x03"
                                                        "com\x00",
                                                        9)
                                          << QStringLiteral("a\\.b.com");
    QTest::newRow("a space and a byte") << QByteArray("\x03"
                                                      "a b\x01\xff\x00",
                                                      7)
                                        << QStringLiteral("a\\032b.\\255");
}

void TestDnsWire::names()
{
    QFETCH(QByteArray, rdata);
    QFETCH(QString, name);
    QCOMPARE(DnsWire::parseName(rdata), std::optional<QString>(name));
}

void TestDnsWire::malformed_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("rdata");
    QTest::newRow("mx too short") << int(DnsWire::Mx) << QByteArray("\x00", 1);
    QTest::newRow("mx name cut") << int(DnsWire::Mx) << (be16(1) + QByteArray("\x04mai", 4));
    QTest::newRow("mx trailing bytes") << int(DnsWire::Mx) << (be16(1) + wireName("a.b") + "x");
    QTest::newRow("compression pointer") << int(DnsWire::Cname) << QByteArray("\xc0\x0c", 2);
    QTest::newRow("label over 63") << int(DnsWire::Ptr) << (QByteArray(1, char(64)) + QByteArray(64, 'a') + '\0');
    QTest::newRow("srv too short") << int(DnsWire::Srv) << (be16(1) + be16(2) + be16(3));
    QTest::newRow("txt empty") << int(DnsWire::Txt) << QByteArray();
    QTest::newRow("txt string cut") << int(DnsWire::Txt)
                                    << QByteArray("\x05"
                                                  "abc",
                                                  4);
    QByteArray tooLong;
    for (int i = 0; i < 5; ++i)
        tooLong += char(63) + QByteArray(63, 'a');
    QTest::newRow("name over 255 bytes") << int(DnsWire::Cname) << (tooLong + '\0');
}

void TestDnsWire::malformed()
{
    QFETCH(int, type);
    QFETCH(QByteArray, rdata);
    switch (type) {
    case DnsWire::Mx:
        QVERIFY(!DnsWire::parseMx(rdata));
        break;
    case DnsWire::Srv:
        QVERIFY(!DnsWire::parseSrv(rdata));
        break;
    case DnsWire::Txt:
        QVERIFY(!DnsWire::parseTxt(rdata));
        break;
    default:
        QVERIFY(!DnsWire::parseName(rdata));
    }
}

void TestDnsWire::queryName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("sent"); // empty: refused
    QTest::newRow("plain") << QStringLiteral("example.com") << QByteArray("example.com");
    QTest::newRow("trailing dot") << QStringLiteral("example.com.") << QByteArray("example.com");
    QTest::newRow("service labels") << QStringLiteral("_submissions._tcp.example.com")
                                    << QByteArray("_submissions._tcp.example.com");
    QTest::newRow("u-label to a-label") << QStringLiteral("città.it") << QByteArray("xn--citt-3na.it");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("only a dot") << QStringLiteral(".") << QByteArray();
    QTest::newRow("empty label") << QStringLiteral("a..b") << QByteArray();
    QTest::newRow("space") << QStringLiteral("two words.example") << QByteArray();
    QTest::newRow("backslash") << QStringLiteral("a\\.b.example") << QByteArray();
    QTest::newRow("label of 64") << (QString(64, QLatin1Char('a')) + QStringLiteral(".com")) << QByteArray();
    QTest::newRow("label of 63") << (QString(63, QLatin1Char('a')) + QStringLiteral(".com"))
                                 << (QByteArray(63, 'a') + ".com");
    QString longName;
    for (int i = 0; i < 4; ++i)
        longName += QString(63, QLatin1Char('a')) + QLatin1Char('.');
    QTest::newRow("name of 256") << (longName + QStringLiteral("ab")) << QByteArray();
}

void TestDnsWire::queryName()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, sent);
    const std::optional<QByteArray> result = DnsWire::queryName(name);
    if (sent.isEmpty()) {
        QVERIFY2(!result, result ? result->constData() : "");
    } else {
        QVERIFY(result);
        QCOMPARE(*result, sent);
    }
}

void TestDnsWire::reverseName_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("name");
    QTest::newRow("ipv4") << QStringLiteral("192.0.2.25") << QStringLiteral("25.2.0.192.in-addr.arpa");
    QTest::newRow("ipv4-mapped ipv6") << QStringLiteral("::ffff:192.0.2.25")
                                      << QStringLiteral("25.2.0.192.in-addr.arpa");
    // RFC 3596 section 2.5's example.
    QTest::newRow("ipv6") << QStringLiteral("4321:0:1:2:3:4:567:89ab")
                          << QStringLiteral("b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.0.0.0.0.1.2.3.4.ip6.arpa");
    QTest::newRow("null") << QString() << QString();
}

void TestDnsWire::reverseName()
{
    QFETCH(QString, address);
    QFETCH(QString, name);
    QCOMPARE(DnsWire::reverseName(QHostAddress(address)), name);
}

void TestDnsWire::nameServer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address"); // empty: refused
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4") << QStringLiteral("192.0.2.53") << QStringLiteral("192.0.2.53") << 53;
    QTest::newRow("ipv4 and port") << QStringLiteral("127.0.0.7:5353") << QStringLiteral("127.0.0.7") << 5353;
    QTest::newRow("bare ipv6") << QStringLiteral("::1") << QStringLiteral("::1") << 53;
    QTest::newRow("bracketed ipv6") << QStringLiteral("[2001:db8::53]") << QStringLiteral("2001:db8::53") << 53;
    QTest::newRow("bracketed ipv6 and port") << QStringLiteral("[::1]:5353") << QStringLiteral("::1") << 5353;
    QTest::newRow("highest port") << QStringLiteral("10.0.0.1:65535") << QStringLiteral("10.0.0.1") << 65535;
    QTest::newRow("three parts") << QStringLiteral("1.2.3") << QString() << 0;
    QTest::newRow("inet_aton shorthand") << QStringLiteral("127.1:53") << QString() << 0;
    QTest::newRow("host name") << QStringLiteral("dns.example") << QString() << 0;
    QTest::newRow("host name and port") << QStringLiteral("dns.example:53") << QString() << 0;
    QTest::newRow("port 0") << QStringLiteral("127.0.0.1:0") << QString() << 0;
    QTest::newRow("port too big") << QStringLiteral("127.0.0.1:65536") << QString() << 0;
    QTest::newRow("port not a number") << QStringLiteral("127.0.0.1:dns") << QString() << 0;
    QTest::newRow("signed port") << QStringLiteral("127.0.0.1:+53") << QString() << 0;
    QTest::newRow("empty port") << QStringLiteral("127.0.0.1:") << QString() << 0;
    QTest::newRow("ipv4 in brackets") << QStringLiteral("[127.0.0.1]:53") << QString() << 0;
    QTest::newRow("unclosed bracket") << QStringLiteral("[::1:53") << QString() << 0;
    QTest::newRow("junk after bracket") << QStringLiteral("[::1]x53") << QString() << 0;
    QTest::newRow("ipv6 with scope") << QStringLiteral("fe80::1%eth0") << QString() << 0;
    QTest::newRow("empty") << QString() << QString() << 0;
}

void TestDnsWire::nameServer()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QFETCH(int, port);
    const std::optional<NameServer> server = NameServer::parse(text);
    if (address.isEmpty()) {
        QVERIFY(!server);
        return;
    }
    QVERIFY(server);
    QCOMPARE(server->address, QHostAddress(address));
    QCOMPARE(int(server->port), port);
    // It reads back what it writes.
    QCOMPARE(NameServer::parse(server->toString())->port, server->port);
    QCOMPARE(NameServer::parse(server->toString())->address, server->address);
}

void TestDnsWire::statusNames()
{
    QCOMPARE(dnssecStatusName(DnssecStatus::Secure), QStringLiteral("secure"));
    QCOMPARE(dnssecStatusName(DnssecStatus::Insecure), QStringLiteral("insecure"));
    QCOMPARE(dnssecStatusName(DnssecStatus::Bogus), QStringLiteral("bogus"));
    QCOMPARE(dnssecStatusName(DnssecStatus::Indeterminate), QStringLiteral("indeterminate"));
    QCOMPARE(dnsOutcomeName(DnsOutcome::NxDomain), QStringLiteral("nxdomain"));
    QCOMPARE(dnsOutcomeName(DnsOutcome::NoData), QStringLiteral("nodata"));
    QCOMPARE(dnsOutcomeName(DnsOutcome::TimedOut), QStringLiteral("timeout"));
    QCOMPARE((NameServer {QHostAddress(QStringLiteral("::1")), 5353}.toString()), QStringLiteral("[::1]:5353"));
    QCOMPARE((NameServer {QHostAddress(QStringLiteral("127.0.0.1")), 53}.toString()), QStringLiteral("127.0.0.1:53"));
}

QTEST_GUILESS_MAIN(TestDnsWire)
#include "TestDnsWire.moc"
