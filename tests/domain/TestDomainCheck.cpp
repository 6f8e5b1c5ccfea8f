#include "DomainTestUtil.h"
#include "FakeDnsResolver.h"
#include "MockClock.h"
#include "domain/DomainCheck.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Postino;
using namespace Postino::Test;
using Status = DomainCheckResult::Status;

Q_DECLARE_METATYPE(Postino::DomainCheckResult::Status)

namespace {

QString key(const char* name)
{
    QFile file(qEnvironmentVariable("POSTINO_SOURCE_DIR") + QStringLiteral("/tests/domain/keys/")
               + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test key %s", name);
    return QString::fromLatin1(file.readAll().trimmed());
}

// A DKIM record in 255-byte character-strings, as a DNS panel splits it.
QStringList dkimRecord(const char* keyFile)
{
    const QString text = QStringLiteral("v=DKIM1; k=rsa; p=") + key(keyFile);
    QStringList strings;
    for (qsizetype i = 0; i < text.size(); i += 255)
        strings.append(text.mid(i, 255));
    return strings;
}

QHostAddress ip(const char* text)
{
    return QHostAddress(QString::fromUtf8(text));
}

// example.com, healthy: one MX with an address, SPF allowing 192.0.2.25, a 2048-bit DKIM key at
// "mail", DMARC p=reject with local reports, forward-confirmed reverse DNS, on no blocklist.
void healthy(FakeDnsResolver& dns)
{
    dns.mx.insert(QStringLiteral("example.com"), {MxRecord {QStringLiteral("mx.example.com"), 10}});
    dns.a.insert(QStringLiteral("mx.example.com"), {ip("192.0.2.10")});
    dns.a.insert(QStringLiteral("smtp.example.com"), {ip("192.0.2.25")});
    dns.addTxt(QStringLiteral("example.com"), strings({"v=spf1 ip4:192.0.2.25 mx -all"}));
    dns.addTxt(QStringLiteral("mail._domainkey.example.com"), dkimRecord("rsa2048.spki.b64"));
    dns.addTxt(QStringLiteral("_dmarc.example.com"), strings({"v=DMARC1; p=reject; rua=mailto:dmarc@example.com"}));
    dns.ptr.insert(QStringLiteral("192.0.2.25"), {QStringLiteral("smtp.example.com")});
    dns.addTxt(QStringLiteral("_mta-sts.example.com"), strings({"v=STSv1; id=20240101"}));
    dns.addTxt(QStringLiteral("_smtp._tls.example.com"), strings({"v=TLSRPTv1; rua=mailto:tls@example.com"}));
}

DomainCheckReport run(FakeDnsResolver& dns, DomainCheckOptions options)
{
    MockClock clock;
    options.clock = &clock;
    if (options.dnsblZones.isEmpty())
        options.dnsblZones = strings({"bl.test"});
    DomainCheck check(dns, options);
    std::optional<DomainCheckReport> report;
    QObject::connect(&check, &DomainCheck::finished, [&report](const DomainCheckReport& r) { report = r; });
    QStringList done;
    QObject::connect(&check, &DomainCheck::checkFinished, [&done](const DomainCheckResult& r) { done.append(r.id); });
    check.start();
    if (!runUntilSet(report))
        qFatal("the domain check did not finish; finished: %s", qPrintable(done.join(QLatin1Char(' '))));
    return *report;
}

DomainCheckOptions serverOptions(const char* target = "example.com")
{
    DomainCheckOptions o;
    o.target = QString::fromUtf8(target);
    o.servers = strings({"smtp.example.com"});
    return o;
}

Status statusOf(const DomainCheckReport& report, const char* id)
{
    const DomainCheckResult* r = report.find(QString::fromUtf8(id));
    if (!r)
        qFatal("no result for %s", id);
    return r->status;
}

} // namespace

class TestDomainCheck : public QObject
{
    Q_OBJECT
private slots:
    void healthyDomainPasses();
    void streamsEveryCheck();
    void failures_data();
    void failures();
    void spfFixAddsTheServer();
    void externalReportsAuthorised();
    void dnsblReturnCodes();
    void dnsblRefusedIsNotListed();
    void serverFailureIsUnanswered();
    void deadlineEndsSilentChecks();
    void dkimWithoutAnswer();
    void domainOfTarget();
    void daneNeedsDnssec();
};

void TestDomainCheck::healthyDomainPasses()
{
    FakeDnsResolver dns;
    healthy(dns);
    const DomainCheckReport r = run(dns, serverOptions());
    QCOMPARE(r.domain, QStringLiteral("example.com"));
    QCOMPARE(r.checks.size(), DomainCheck::checkIds().size());
    for (const char* id : {"mx", "spf", "dkim", "dmarc", "alignment", "ptr", "dnsbl", "mta-sts", "tls-rpt"})
        QVERIFY2(statusOf(r, id) == Status::Pass,
                 qPrintable(QString::fromUtf8(id) + QStringLiteral(": ") + r.find(QString::fromUtf8(id))->summary));
    QCOMPARE(statusOf(r, "dane"), Status::Info);
    QVERIFY(!r.hasFailure());
    QVERIFY(!r.dnsUnanswered);
    QVERIFY(dns.asked.contains(QStringLiteral("A 25.2.0.192.bl.test")));
}

void TestDomainCheck::streamsEveryCheck()
{
    FakeDnsResolver dns;
    healthy(dns);
    MockClock clock;
    DomainCheckOptions o = serverOptions();
    o.clock = &clock;
    o.dnsblZones = strings({"bl.test"});
    DomainCheck check(dns, o);
    QSignalSpy each(&check, &DomainCheck::checkFinished);
    QSignalSpy done(&check, &DomainCheck::finished);
    check.start();
    QVERIFY(each.isEmpty()); // nothing inside start()
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(each.size(), DomainCheck::checkIds().size());
    QStringList ids;
    for (const QList<QVariant>& args : each)
        ids.append(args.first().value<DomainCheckResult>().id);
    ids.sort();
    QStringList expected = DomainCheck::checkIds();
    expected.sort();
    QCOMPARE(ids, expected);
}

void TestDomainCheck::failures_data()
{
    QTest::addColumn<QString>("change"); // what differs from the healthy domain
    QTest::addColumn<QString>("id");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("fixContains");

    QTest::newRow("no MX") << "nomx"
                           << "mx" << Status::Fail << "MX 10 mail.example.com.";
    QTest::newRow("MX is a CNAME") << "mxcname"
                                   << "mx" << Status::Fail << "MX 10 real.example.com.";
    QTest::newRow("MX without address") << "mxnoaddr"
                                        << "mx" << Status::Fail << "mx.example.com. A";
    QTest::newRow("null MX") << "nullmx"
                             << "mx" << Status::Info << "";
    QTest::newRow("no SPF") << "nospf"
                            << "spf" << Status::Fail << "v=spf1 ip4:192.0.2.25 mx ~all";
    QTest::newRow("SPF +all") << "spfall"
                              << "spf" << Status::Fail << "v=spf1 mx ~all";
    QTest::newRow("SPF ?all") << "spfneutral"
                              << "spf" << Status::Fail << "~all";
    QTest::newRow("SPF two records") << "spftwo"
                                     << "spf" << Status::Fail << "v=spf1";
    QTest::newRow("SPF over 10 look-ups") << "spflookups"
                                          << "spf" << Status::Fail << "ip4:";
    QTest::newRow("SPF void look-ups") << "spfvoid"
                                       << "spf" << Status::Fail << "a:gone1.example.com";
    QTest::newRow("SPF without the server") << "spfserver"
                                            << "spf" << Status::Fail << "v=spf1 mx ip4:192.0.2.25 -all";
    QTest::newRow("no DKIM") << "nodkim"
                             << "dkim" << Status::Warn << "_domainkey.example.com";
    QTest::newRow("DKIM 512 bits") << "dkim512"
                                   << "dkim" << Status::Fail << "mail._domainkey.example.com";
    QTest::newRow("DKIM 1024 bits") << "dkim1024"
                                    << "dkim" << Status::Warn << "2048";
    QTest::newRow("DKIM revoked") << "dkimrevoked"
                                  << "dkim" << Status::Fail << "mail._domainkey.example.com";
    QTest::newRow("no DMARC") << "nodmarc"
                              << "dmarc" << Status::Fail << "v=DMARC1; p=none";
    QTest::newRow("DMARC p=none") << "dmarcnone"
                                  << "dmarc" << Status::Warn << "p=quarantine";
    QTest::newRow("DMARC external rua") << "dmarcexternal"
                                        << "dmarc" << Status::Fail
                                        << "example.com._report._dmarc.reports.example.net TXT \"v=DMARC1\"";
    QTest::newRow("no reverse name") << "noptr"
                                     << "ptr" << Status::Fail << "192.0.2.25";
    QTest::newRow("reverse name mismatch") << "ptrmismatch"
                                           << "ptr" << Status::Fail << "other.example.net A 192.0.2.25";
    QTest::newRow("listed on the blocklist") << "listed"
                                             << "dnsbl" << Status::Fail << "delist";
    QTest::newRow("no alignment without SPF or DKIM") << "noalign"
                                                      << "alignment" << Status::Fail << "ip4:192.0.2.25";
    QTest::newRow("DKIM only alignment") << "dkimonly"
                                         << "alignment" << Status::Warn << "d=example.com";
    QTest::newRow("From @gmail.com elsewhere") << "gmail"
                                               << "alignment" << Status::Fail << "gmail.com";
    QTest::newRow("From not the account's address") << "foreignfrom"
                                                    << "alignment" << Status::Fail << "account's own address";
    QTest::newRow("MTA-STS without id") << "stsnoid"
                                        << "mta-sts" << Status::Fail << "id=";
    QTest::newRow("no TLS-RPT") << "notlsrpt"
                                << "tls-rpt" << Status::Info << "v=TLSRPTv1";
}

void TestDomainCheck::failures()
{
    QFETCH(QString, change);
    QFETCH(QString, id);
    QFETCH(Status, status);
    QFETCH(QString, fixContains);

    FakeDnsResolver dns;
    healthy(dns);
    DomainCheckOptions options = serverOptions();
    const QString domain = QStringLiteral("example.com");
    auto setSpf = [&dns, &domain](const char* record) {
        dns.txt.remove(domain);
        if (record)
            dns.addTxt(domain, strings({record}));
    };
    auto setDkim = [&dns](const QStringList& record) {
        dns.txt.remove(QStringLiteral("mail._domainkey.example.com"));
        dns.addTxt(QStringLiteral("mail._domainkey.example.com"), record);
    };
    auto setDmarc = [&dns](const char* record) {
        dns.txt.remove(QStringLiteral("_dmarc.example.com"));
        if (record)
            dns.addTxt(QStringLiteral("_dmarc.example.com"), strings({record}));
    };
    if (change == QLatin1String("nomx")) {
        dns.mx.clear();
    } else if (change == QLatin1String("mxcname")) {
        dns.cname.insert(QStringLiteral("mx.example.com"), QStringLiteral("real.example.com"));
    } else if (change == QLatin1String("mxnoaddr")) {
        dns.a.remove(QStringLiteral("mx.example.com"));
    } else if (change == QLatin1String("nullmx")) {
        dns.mx.insert(domain, {MxRecord {QString(), 0}});
    } else if (change == QLatin1String("nospf")) {
        setSpf(nullptr);
    } else if (change == QLatin1String("spfall")) {
        setSpf("v=spf1 mx +all");
        options.servers.clear();
    } else if (change == QLatin1String("spfneutral")) {
        setSpf("v=spf1 ip4:192.0.2.25 ?all");
    } else if (change == QLatin1String("spftwo")) {
        dns.addTxt(domain, strings({"v=spf1 mx -all"}));
    } else if (change == QLatin1String("spflookups")) {
        QString record = QStringLiteral("v=spf1 ip4:192.0.2.25");
        for (int i = 1; i <= 11; ++i) {
            record += QStringLiteral(" a:h%1.example.com").arg(i);
            dns.a.insert(QStringLiteral("h%1.example.com").arg(i), {ip("198.51.100.1")});
        }
        dns.txt.remove(domain);
        dns.addTxt(domain, {record + QStringLiteral(" -all")});
        options.servers.clear();
    } else if (change == QLatin1String("spfvoid")) {
        setSpf("v=spf1 a:gone1.example.com a:gone2.example.com a:gone3.example.com ip4:192.0.2.25 -all");
        options.servers.clear();
    } else if (change == QLatin1String("spfserver")) {
        setSpf("v=spf1 mx -all");
    } else if (change == QLatin1String("nodkim")) {
        dns.txt.remove(QStringLiteral("mail._domainkey.example.com"));
    } else if (change == QLatin1String("dkim512")) {
        setDkim(dkimRecord("rsa512.spki.b64"));
    } else if (change == QLatin1String("dkim1024")) {
        setDkim(dkimRecord("rsa1024.spki.b64"));
    } else if (change == QLatin1String("dkimrevoked")) {
        setDkim(strings({"v=DKIM1; k=rsa; p="}));
    } else if (change == QLatin1String("nodmarc")) {
        setDmarc(nullptr);
    } else if (change == QLatin1String("dmarcnone")) {
        setDmarc("v=DMARC1; p=none; rua=mailto:dmarc@example.com");
    } else if (change == QLatin1String("dmarcexternal")) {
        setDmarc("v=DMARC1; p=reject; rua=mailto:agg@reports.example.net");
    } else if (change == QLatin1String("noptr")) {
        dns.ptr.clear();
    } else if (change == QLatin1String("ptrmismatch")) {
        dns.ptr.insert(QStringLiteral("192.0.2.25"), {QStringLiteral("other.example.net")});
        dns.a.insert(QStringLiteral("other.example.net"), {ip("203.0.113.9")});
    } else if (change == QLatin1String("listed")) {
        dns.a.insert(QStringLiteral("25.2.0.192.bl.test"), {ip("127.0.0.2")});
    } else if (change == QLatin1String("noalign")) {
        setSpf("v=spf1 mx -all");
        dns.txt.remove(QStringLiteral("mail._domainkey.example.com"));
    } else if (change == QLatin1String("dkimonly")) {
        setSpf("v=spf1 mx -all");
    } else if (change == QLatin1String("gmail")) {
        options.target = QStringLiteral("someone@gmail.com");
        dns.addTxt(QStringLiteral("gmail.com"), strings({"v=spf1 ip4:209.85.128.0/17 ~all"}));
        dns.addTxt(QStringLiteral("google._domainkey.gmail.com"), dkimRecord("rsa2048.spki.b64"));
    } else if (change == QLatin1String("foreignfrom")) {
        options.target = QStringLiteral("boss@example.com");
        options.accountAddress = QStringLiteral("me@example.org");
    } else if (change == QLatin1String("stsnoid")) {
        dns.txt.remove(QStringLiteral("_mta-sts.example.com"));
        dns.addTxt(QStringLiteral("_mta-sts.example.com"), strings({"v=STSv1;"}));
    } else if (change == QLatin1String("notlsrpt")) {
        dns.txt.remove(QStringLiteral("_smtp._tls.example.com"));
    } else {
        QFAIL("unknown change");
    }
    const DomainCheckReport r = run(dns, options);
    const DomainCheckResult* check = r.find(id);
    QVERIFY(check);
    QVERIFY2(check->status == status, qPrintable(check->summary + QStringLiteral(" | ") + check->detail));
    QVERIFY(!check->summary.isEmpty());
    QVERIFY(!check->summary.contains(QLatin1Char('\n')));
    QVERIFY2(check->fix.contains(fixContains), qPrintable(check->fix));
    if (status == Status::Fail)
        QVERIFY(r.hasFailure());
    QVERIFY(!r.dnsUnanswered);
}

void TestDomainCheck::spfFixAddsTheServer()
{
    FakeDnsResolver dns;
    healthy(dns);
    dns.txt.remove(QStringLiteral("example.com"));
    dns.addTxt(QStringLiteral("example.com"), strings({"v=spf1 include:_spf.provider.example ~all"}));
    dns.addTxt(QStringLiteral("_spf.provider.example"), strings({"v=spf1 ip4:198.51.100.0/24 -all"}));
    const DomainCheckReport r = run(dns, serverOptions());
    const DomainCheckResult* spf = r.find(QStringLiteral("spf"));
    QCOMPARE(spf->status, Status::Fail);
    QCOMPARE(spf->fix, QStringLiteral("v=spf1 include:_spf.provider.example ip4:192.0.2.25 ~all"));
    QVERIFY(spf->summary.contains(QStringLiteral("192.0.2.25")));
}

void TestDomainCheck::externalReportsAuthorised()
{
    FakeDnsResolver dns;
    healthy(dns);
    dns.txt.remove(QStringLiteral("_dmarc.example.com"));
    dns.addTxt(QStringLiteral("_dmarc.example.com"),
               strings({"v=DMARC1; p=quarantine; rua=mailto:agg@reports.example.net"}));
    dns.addTxt(QStringLiteral("example.com._report._dmarc.reports.example.net"), strings({"v=DMARC1"}));
    const DomainCheckReport r = run(dns, serverOptions());
    QCOMPARE(statusOf(r, "dmarc"), Status::Pass);
}

void TestDomainCheck::dnsblReturnCodes()
{
    FakeDnsResolver dns;
    healthy(dns);
    dns.a.insert(QStringLiteral("25.2.0.192.bl.test"), {ip("127.0.0.10")});
    const DomainCheckReport r = run(dns, serverOptions());
    const DomainCheckResult* bl = r.find(QStringLiteral("dnsbl"));
    QCOMPARE(bl->status, Status::Fail);
    QVERIFY2(bl->summary.contains(QStringLiteral("PBL")), qPrintable(bl->summary));
}

void TestDomainCheck::dnsblRefusedIsNotListed()
{
    FakeDnsResolver dns;
    healthy(dns);
    dns.a.insert(QStringLiteral("25.2.0.192.bl.test"), {ip("127.255.255.254")});
    dns.outcome.insert(QStringLiteral("A 25.2.0.192.other.test"), DnsOutcome::ServerFailure);
    DomainCheckOptions o = serverOptions();
    o.dnsblZones = strings({"bl.test", "other.test"});
    const DomainCheckReport r = run(dns, o);
    const DomainCheckResult* bl = r.find(QStringLiteral("dnsbl"));
    QCOMPARE(bl->status, Status::Warn);
    QVERIFY(bl->detail.contains(QStringLiteral("refused")));
    QVERIFY(!bl->detail.contains(QStringLiteral("is listed")));
    QVERIFY(!r.dnsUnanswered);
}

void TestDomainCheck::serverFailureIsUnanswered()
{
    FakeDnsResolver dns;
    healthy(dns);
    dns.outcome.insert(QStringLiteral("MX example.com"), DnsOutcome::ServerFailure);
    const DomainCheckReport r = run(dns, serverOptions());
    QCOMPARE(statusOf(r, "mx"), Status::Fail);
    QVERIFY(r.dnsUnanswered);
}

void TestDomainCheck::deadlineEndsSilentChecks()
{
    FakeDnsResolver dns;
    healthy(dns);
    dns.silent.insert(QStringLiteral("_dmarc.example.com"));
    MockClock clock;
    DomainCheckOptions o = serverOptions();
    o.clock = &clock;
    o.deadlineMs = 4000;
    o.dnsblZones = strings({"bl.test"});
    DomainCheck check(dns, o);
    QSignalSpy each(&check, &DomainCheck::checkFinished);
    QSignalSpy done(&check, &DomainCheck::finished);
    check.start();
    // Everything but dmarc (and alignment, which waits for it) finishes; then only the deadline ends it.
    QTRY_COMPARE(each.size(), DomainCheck::checkIds().size() - 2);
    QCOMPARE(done.size(), 0);
    clock.advance(3999);
    QCOMPARE(done.size(), 0);
    clock.advance(1);
    QCOMPARE(done.size(), 1);
    const DomainCheckReport r = check.report();
    QVERIFY(r.dnsUnanswered);
    QCOMPARE(statusOf(r, "dmarc"), Status::Fail);
    QCOMPARE(statusOf(r, "alignment"), Status::Fail);
    QCOMPARE(statusOf(r, "spf"), Status::Pass);
}

void TestDomainCheck::dkimWithoutAnswer()
{
    FakeDnsResolver dns;
    healthy(dns);
    dns.txt.remove(QStringLiteral("mail._domainkey.example.com"));
    dns.outcome.insert(QStringLiteral("TXT mail._domainkey.example.com"), DnsOutcome::TimedOut);
    DomainCheckOptions o = serverOptions();
    o.dkimSelectors = strings({"mail"});
    const DomainCheckReport r = run(dns, o);
    const DomainCheckResult* dkim = r.find(QStringLiteral("dkim"));
    QCOMPARE(dkim->status, Status::Warn);
    QVERIFY2(dkim->summary.contains(QStringLiteral("no answer")), qPrintable(dkim->summary));
    QVERIFY(dkim->detail.contains(QStringLiteral("mail._domainkey.example.com")));
}

void TestDomainCheck::domainOfTarget()
{
    QCOMPARE(DomainCheck::domainOf(QStringLiteral("Me@Example.COM.")), QStringLiteral("example.com"));
    QCOMPARE(DomainCheck::domainOf(QStringLiteral("example.it")), QStringLiteral("example.it"));
    QCOMPARE(DomainCheck::domainOf(QStringLiteral("posta.città.it")), QStringLiteral("posta.xn--citt-3na.it"));
    QVERIFY(DomainCheck::domainOf(QStringLiteral("not a domain")).isEmpty());
    QVERIFY(DomainCheck::domainOf(QStringLiteral("localhost")).isEmpty());
    QVERIFY(DomainCheck::domainOf(QString()).isEmpty());
}

void TestDomainCheck::daneNeedsDnssec()
{
    FakeDnsResolver dns;
    healthy(dns);
    dns.tlsa.insert(QStringLiteral("_25._tcp.mx.example.com"), {TlsaRecord {3, 1, 1, QByteArray(32, 'x')}});
    QCOMPARE(statusOf(run(dns, serverOptions()), "dane"), Status::Warn);
    dns.dnssec.insert(QStringLiteral("_25._tcp.mx.example.com"), DnssecStatus::Secure);
    QCOMPARE(statusOf(run(dns, serverOptions()), "dane"), Status::Pass);
}

QTEST_GUILESS_MAIN(TestDomainCheck)
#include "TestDomainCheck.moc"
