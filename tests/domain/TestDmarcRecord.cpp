#include "DomainTestUtil.h"
#include "domain/DmarcRecord.h"

#include <QTest>

using namespace Postino;
using Postino::Test::strings;
using Policy = DmarcRecord::Policy;

class TestDmarcRecord : public QObject
{
    Q_OBJECT
private slots:
    void valid();
    void defaults();
    void policyNone();
    void dmarcbisTags();
    void errors_data();
    void errors();
    void reportUris_data();
    void reportUris();
    void selection();
    void externalDestinations();
};

void TestDmarcRecord::valid()
{
    const DmarcRecord r =
        DmarcRecord::parse(QStringLiteral("v=DMARC1; p=reject; sp=quarantine; adkim=s; aspf=r; pct=50; "
                                          "rua=mailto:dmarc@example.com,mailto:reports@dmarc.example.net!10m; "
                                          "ruf=mailto:forensic@example.com; fo=1:d; rf=afrf; ri=3600"));
    QVERIFY2(r.isValid(), qPrintable(r.errors().join(QLatin1Char('|'))));
    QVERIFY(r.hasPolicy());
    QCOMPARE(r.policy(), Policy::Reject);
    QCOMPARE(r.subdomainPolicy(), Policy::Quarantine);
    QCOMPARE(r.nonExistentPolicy(), Policy::Quarantine); // np= defaults to sp=
    QCOMPARE(r.dkimAlignment(), AlignmentMode::Strict);
    QCOMPARE(r.spfAlignment(), AlignmentMode::Relaxed);
    QCOMPARE(r.percent(), 50);
    QCOMPARE(r.aggregateReports().size(), 2);
    QCOMPARE(r.aggregateReports().at(0).address, QStringLiteral("dmarc@example.com"));
    QCOMPARE(r.aggregateReports().at(1).domain, QStringLiteral("dmarc.example.net"));
    QCOMPARE(r.aggregateReports().at(1).maxBytes, quint64(10) * 1024 * 1024);
    QCOMPARE(r.aggregateReports().at(1).uri, QStringLiteral("mailto:reports@dmarc.example.net"));
    QCOMPARE(r.failureReports().size(), 1);
    QCOMPARE(r.failureOptions(), strings({"1", "d"}));
    QCOMPARE(r.reportFormats(), strings({"afrf"}));
    QCOMPARE(r.reportInterval(), quint32(3600));
}

void TestDmarcRecord::defaults()
{
    const DmarcRecord r = DmarcRecord::parse(QStringLiteral("v=DMARC1; p=quarantine"));
    QVERIFY(r.isValid());
    QCOMPARE(r.subdomainPolicy(), Policy::Quarantine);
    QCOMPARE(r.nonExistentPolicy(), Policy::Quarantine);
    QCOMPARE(r.dkimAlignment(), AlignmentMode::Relaxed);
    QCOMPARE(r.spfAlignment(), AlignmentMode::Relaxed);
    QCOMPARE(r.percent(), 100);
    QVERIFY(r.aggregateReports().isEmpty());
    QCOMPARE(r.failureOptions(), strings({"0"}));
    QCOMPARE(r.reportInterval(), quint32(86400));
    QVERIFY(!r.isTesting());
}

void TestDmarcRecord::policyNone()
{
    const DmarcRecord r = DmarcRecord::parse(QStringLiteral("v=DMARC1;p=none;rua=mailto:d@example.com"));
    QVERIFY(r.isValid());
    QCOMPARE(r.policy(), Policy::None);
    QCOMPARE(DmarcRecord::policyName(r.policy()), QStringLiteral("none"));
    // Keywords ignore case.
    QCOMPARE(DmarcRecord::parse(QStringLiteral("v=DMARC1; P=Reject")).policy(), Policy::Reject);
}

void TestDmarcRecord::dmarcbisTags()
{
    const DmarcRecord r = DmarcRecord::parse(QStringLiteral("v=DMARC1; p=reject; np=reject; sp=none; t=y; psd=n"));
    QVERIFY2(r.isValid(), qPrintable(r.errors().join(QLatin1Char('|'))));
    QCOMPARE(r.subdomainPolicy(), Policy::None);
    QCOMPARE(r.nonExistentPolicy(), Policy::Reject);
    QVERIFY(r.isTesting());
    QCOMPARE(r.publicSuffixDomain(), QStringLiteral("n"));
    const DmarcRecord unknown = DmarcRecord::parse(QStringLiteral("v=DMARC1; p=none; foo=bar"));
    QVERIFY(unknown.isValid());
    QCOMPARE(unknown.unknownTags(), strings({"foo"}));
}

void TestDmarcRecord::errors_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing v") << "p=reject"
                               << "starts with v=DMARC1";
    QTest::newRow("v not first") << "p=reject; v=DMARC1"
                                 << "starts with v=DMARC1";
    QTest::newRow("a line break before v") << "\nv=DMARC1; p=reject"
                                           << "nothing but spaces before it";
    QTest::newRow("lower-case version") << "v=dmarc1; p=none"
                                        << "in capitals";
    QTest::newRow("missing p") << "v=DMARC1; rua=mailto:d@example.com"
                               << "no p= policy";
    QTest::newRow("bad p") << "v=DMARC1; p=block"
                           << "p=block is not a policy";
    QTest::newRow("bad sp") << "v=DMARC1; p=none; sp=deny"
                            << "sp=deny is not a policy";
    QTest::newRow("bad np") << "v=DMARC1; p=none; np=maybe"
                            << "np=maybe is not a policy";
    QTest::newRow("bad adkim") << "v=DMARC1; p=none; adkim=strict"
                               << "adkim=strict";
    QTest::newRow("bad aspf") << "v=DMARC1; p=none; aspf=x"
                              << "aspf=x";
    QTest::newRow("pct over 100") << "v=DMARC1; p=none; pct=150"
                                  << "pct=150";
    QTest::newRow("pct not a number") << "v=DMARC1; p=none; pct=half"
                                      << "pct=half";
    QTest::newRow("rua without mailto") << "v=DMARC1; p=none; rua=dmarc@example.com"
                                        << "dmarc@example.com";
    QTest::newRow("rua of another scheme") << "v=DMARC1; p=none; rua=https://example.com/r"
                                           << "https://example.com/r";
    QTest::newRow("rua without a domain") << "v=DMARC1; p=none; rua=mailto:dmarc"
                                          << "mailto:dmarc";
    QTest::newRow("rua bad size") << "v=DMARC1; p=none; rua=mailto:d@example.com!10x"
                                  << "!10x";
    QTest::newRow("empty rua") << "v=DMARC1; p=none; rua="
                               << "rua= is empty";
    QTest::newRow("one bad among good rua") << "v=DMARC1; p=none; rua=mailto:a@example.com, nope"
                                            << "nope";
    QTest::newRow("ruf bad") << "v=DMARC1; p=none; ruf=mailto:@example.com"
                             << "ruf=";
    QTest::newRow("bad fo") << "v=DMARC1; p=none; fo=2"
                            << "fo=2";
    QTest::newRow("bad rf") << "v=DMARC1; p=none; rf=iodef"
                            << "rf=iodef";
    QTest::newRow("bad ri") << "v=DMARC1; p=none; ri=daily"
                            << "ri=daily";
    QTest::newRow("ri too large") << "v=DMARC1; p=none; ri=99999999999"
                                  << "ri=99999999999";
    QTest::newRow("bad t") << "v=DMARC1; p=none; t=maybe"
                           << "t=maybe";
    QTest::newRow("bad psd") << "v=DMARC1; p=none; psd=x"
                             << "psd=x";
    QTest::newRow("duplicate p") << "v=DMARC1; p=none; p=reject"
                                 << "more than once";
    QTest::newRow("not a tag") << "v=DMARC1; p=none; reject"
                               << "name=value";
}

void TestDmarcRecord::errors()
{
    QFETCH(QString, record);
    QFETCH(QString, fragment);
    const DmarcRecord r = DmarcRecord::parse(record);
    QVERIFY(!r.isValid());
    bool found = false;
    for (const QString& e : r.errors())
        found = found || e.contains(fragment);
    QVERIFY2(found, qPrintable(r.errors().join(QLatin1Char('|'))));
}

void TestDmarcRecord::reportUris_data()
{
    QTest::addColumn<QString>("rua");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QList<quint64>>("sizes");
    QTest::newRow("one") << "mailto:d@example.com" << strings({"d@example.com"}) << QList<quint64> {0};
    QTest::newRow("spaces around commas") << " mailto:a@example.com , mailto:b@example.org!5k "
                                          << strings({"a@example.com", "b@example.org"}) << QList<quint64> {0, 5120};
    QTest::newRow("sizes by unit")
        << "mailto:a@x.example!1,mailto:b@x.example!2m,mailto:c@x.example!1G,mailto:d@x.example!1t"
        << strings({"a@x.example", "b@x.example", "c@x.example", "d@x.example"})
        << QList<quint64> {1, 2ULL << 20, 1ULL << 30, 1ULL << 40};
    QTest::newRow("percent-encoded") << "mailto:dmarc%2Breports@example.com" << strings({"dmarc+reports@example.com"})
                                     << QList<quint64> {0};
    QTest::newRow("upper-case scheme") << "MAILTO:d@example.com" << strings({"d@example.com"}) << QList<quint64> {0};
}

void TestDmarcRecord::reportUris()
{
    QFETCH(QString, rua);
    QFETCH(QStringList, addresses);
    QFETCH(QList<quint64>, sizes);
    const DmarcRecord r = DmarcRecord::parse(QStringLiteral("v=DMARC1; p=none; rua=") + rua);
    QVERIFY2(r.isValid(), qPrintable(r.errors().join(QLatin1Char('|'))));
    QStringList got;
    QList<quint64> gotSizes;
    for (const DmarcRecord::ReportUri& uri : r.aggregateReports()) {
        got.append(uri.address);
        gotSizes.append(uri.maxBytes);
    }
    QCOMPARE(got, addresses);
    QCOMPARE(gotSizes, sizes);
}

void TestDmarcRecord::selection()
{
    QVERIFY(DmarcRecord::isDmarcRecord(QStringLiteral("v=DMARC1; p=none")));
    QVERIFY(DmarcRecord::isDmarcRecord(QStringLiteral("v = DMARC1 ;p=none")));
    QVERIFY(DmarcRecord::isDmarcRecord(QStringLiteral("v=DMARC1")));
    // The tag's name is case-insensitive (RFC 7489's ABNF), its value is not.
    QVERIFY(DmarcRecord::isDmarcRecord(QStringLiteral("V=DMARC1; p=none")));
    QVERIFY(DmarcRecord::parse(QStringLiteral("V=DMARC1; p=none")).isValid());
    QCOMPARE(DmarcRecord::select({strings({"V=DMARC1; p=quarantine"})}).outcome, RecordSelection::Outcome::One);
    QVERIFY(!DmarcRecord::isDmarcRecord(QStringLiteral("v=dmarc1; p=none")));
    QVERIFY(!DmarcRecord::parse(QStringLiteral("v=dmarc1; p=none")).isValid());
    QVERIFY(!DmarcRecord::isDmarcRecord(QStringLiteral("v=DMARC10; p=none")));
    QVERIFY(!DmarcRecord::isDmarcRecord(QStringLiteral("v=spf1 -all")));
    RecordSelection s = DmarcRecord::select({strings({"v=DMARC1; p=", "reject"}), strings({"other"})});
    QCOMPARE(s.outcome, RecordSelection::Outcome::One);
    QCOMPARE(s.record, QStringLiteral("v=DMARC1; p=reject"));
    s = DmarcRecord::select({strings({"v=DMARC1; p=none"}), strings({"v=DMARC1; p=reject"})});
    QCOMPARE(s.outcome, RecordSelection::Outcome::Many);
    QCOMPARE(s.count, 2);
    QCOMPARE(DmarcRecord::select({}).outcome, RecordSelection::Outcome::None);
    QCOMPARE(DmarcRecord::recordName(QStringLiteral("Example.IT.")), QStringLiteral("_dmarc.example.it"));
}

void TestDmarcRecord::externalDestinations()
{
    const DmarcRecord r =
        DmarcRecord::parse(QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc@example.com,mailto:d@reports.example.com,"
                                          "mailto:x@dmarc.vendor.example.net; ruf=mailto:f@other.example.org"));
    QVERIFY(r.isValid());
    const QList<DmarcRecord::ReportUri> external = r.externalDestinations(QStringLiteral("mail.example.com"));
    QCOMPARE(external.size(), 2);
    QCOMPARE(external.at(0).domain, QStringLiteral("dmarc.vendor.example.net"));
    QCOMPARE(external.at(1).domain, QStringLiteral("other.example.org"));
    QVERIFY(
        !DmarcRecord::needsExternalAuthorization(QStringLiteral("example.co.uk"), QStringLiteral("mx.example.co.uk")));
    QVERIFY(DmarcRecord::needsExternalAuthorization(QStringLiteral("example.co.uk"), QStringLiteral("other.co.uk")));
    QCOMPARE(DmarcRecord::externalReportName(QStringLiteral("example.com"), QStringLiteral("dmarc.vendor.example.net")),
             QStringLiteral("example.com._report._dmarc.dmarc.vendor.example.net"));
    QVERIFY(DmarcRecord::isExternalAuthorization({strings({"v=DMARC1"})}));
    QVERIFY(!DmarcRecord::isExternalAuthorization({strings({"v=spf1 -all"})}));
    QVERIFY(!DmarcRecord::isExternalAuthorization({}));
}

QTEST_GUILESS_MAIN(TestDmarcRecord)
#include "TestDmarcRecord.moc"
