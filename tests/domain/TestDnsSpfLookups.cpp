#include "DomainTestUtil.h"
#include "FakeDnsResolver.h"
#include "domain/DnsSpfLookups.h"

#include <QTest>

using namespace Postino;
using namespace Postino::Test;

class TestDnsSpfLookups : public QObject
{
    Q_OBJECT
private slots:
    void txtKeepsStrings();
    void voidAndTemporary();
    void addressesByFamily();
    void mxSortedByPreference();
    void ptrNames();
};

void TestDnsSpfLookups::txtKeepsStrings()
{
    FakeDnsResolver dns;
    dns.addTxt(QStringLiteral("example.com"), strings({"v=spf1 ip4:192.0.2.1", " -all"}));
    DnsSpfLookups lookups(dns);
    std::optional<SpfAnswer<QStringList>> answer;
    lookups.txt(QStringLiteral("example.com"), this, [&answer](const SpfAnswer<QStringList>& a) { answer = a; });
    QVERIFY(runUntilSet(answer));
    QCOMPARE(answer->status, SpfAnswer<QStringList>::Status::Found);
    QCOMPARE(answer->records.size(), 1);
    QCOMPARE(answer->records.first(), strings({"v=spf1 ip4:192.0.2.1", " -all"}));
    QCOMPARE(dns.asked, strings({"TXT example.com"}));
}

void TestDnsSpfLookups::voidAndTemporary()
{
    FakeDnsResolver dns;
    dns.a.insert(QStringLiteral("host.example"), {QHostAddress(QStringLiteral("192.0.2.7"))});
    dns.outcome.insert(QStringLiteral("TXT broken.example"), DnsOutcome::ServerFailure);
    DnsSpfLookups lookups(dns);
    std::optional<SpfAnswer<QStringList>> nodata;
    std::optional<SpfAnswer<QStringList>> nx;
    std::optional<SpfAnswer<QStringList>> failed;
    lookups.txt(QStringLiteral("host.example"), this, [&nodata](const SpfAnswer<QStringList>& a) { nodata = a; });
    lookups.txt(QStringLiteral("none.example"), this, [&nx](const SpfAnswer<QStringList>& a) { nx = a; });
    lookups.txt(QStringLiteral("broken.example"), this, [&failed](const SpfAnswer<QStringList>& a) { failed = a; });
    QVERIFY(runUntilSet(nodata) && runUntilSet(nx) && runUntilSet(failed));
    QCOMPARE(nodata->status, SpfAnswer<QStringList>::Status::Void);
    QCOMPARE(nx->status, SpfAnswer<QStringList>::Status::Void);
    QCOMPARE(failed->status, SpfAnswer<QStringList>::Status::TemporaryError);
    QVERIFY(!failed->error.isEmpty());
}

void TestDnsSpfLookups::addressesByFamily()
{
    FakeDnsResolver dns;
    dns.a.insert(QStringLiteral("host.example"), {QHostAddress(QStringLiteral("192.0.2.7"))});
    dns.aaaa.insert(QStringLiteral("host.example"), {QHostAddress(QStringLiteral("2001:db8::7"))});
    DnsSpfLookups lookups(dns);
    std::optional<SpfAnswer<QHostAddress>> v4;
    std::optional<SpfAnswer<QHostAddress>> v6;
    lookups.addresses(QStringLiteral("host.example"), false, this, [&v4](const SpfAnswer<QHostAddress>& a) { v4 = a; });
    lookups.addresses(QStringLiteral("host.example"), true, this, [&v6](const SpfAnswer<QHostAddress>& a) { v6 = a; });
    QVERIFY(runUntilSet(v4) && runUntilSet(v6));
    QCOMPARE(v4->records, QList<QHostAddress> {QHostAddress(QStringLiteral("192.0.2.7"))});
    QCOMPARE(v6->records, QList<QHostAddress> {QHostAddress(QStringLiteral("2001:db8::7"))});
    QCOMPARE(dns.asked, strings({"A host.example", "AAAA host.example"}));
}

void TestDnsSpfLookups::mxSortedByPreference()
{
    FakeDnsResolver dns;
    dns.mx.insert(
        QStringLiteral("example.com"),
        {MxRecord {QStringLiteral("backup.example.com"), 20}, MxRecord {QStringLiteral("mx.example.com"), 10}});
    DnsSpfLookups lookups(dns);
    std::optional<SpfAnswer<QString>> answer;
    lookups.mx(QStringLiteral("example.com"), this, [&answer](const SpfAnswer<QString>& a) { answer = a; });
    QVERIFY(runUntilSet(answer));
    QCOMPARE(answer->records, strings({"mx.example.com", "backup.example.com"}));
}

void TestDnsSpfLookups::ptrNames()
{
    FakeDnsResolver dns;
    dns.ptr.insert(QStringLiteral("192.0.2.7"), {QStringLiteral("mail.example.com")});
    DnsSpfLookups lookups(dns);
    std::optional<SpfAnswer<QString>> found;
    std::optional<SpfAnswer<QString>> none;
    lookups.ptr(QHostAddress(QStringLiteral("192.0.2.7")), this, [&found](const SpfAnswer<QString>& a) { found = a; });
    lookups.ptr(QHostAddress(QStringLiteral("192.0.2.8")), this, [&none](const SpfAnswer<QString>& a) { none = a; });
    QVERIFY(runUntilSet(found) && runUntilSet(none));
    QCOMPARE(found->records, strings({"mail.example.com"}));
    QCOMPARE(none->status, SpfAnswer<QString>::Status::Void);
}

QTEST_GUILESS_MAIN(TestDnsSpfLookups)
#include "TestDnsSpfLookups.moc"
