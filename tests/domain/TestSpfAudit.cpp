#include "DomainTestUtil.h"
#include "FakeSpfLookups.h"
#include "domain/SpfAudit.h"

#include <QTest>

using namespace Postino;
using namespace Postino::Test;
using Kind = SpfAuditFinding::Kind;
using Severity = SpfAuditFinding::Severity;

Q_DECLARE_METATYPE(Postino::SpfAuditFinding::Kind)
Q_DECLARE_METATYPE(Postino::SpfAuditFinding::Severity)

class TestSpfAudit : public QObject
{
    Q_OBJECT
private slots:
    void lookupCountThroughIncludes();
    void voidLookups();
    void allVerdicts_data();
    void allVerdicts();
    void redirectChainDecides();
    void findings_data();
    void findings();
    void healthyRecord();
    void walkIsBounded();

private:
    static SpfAuditReport audit(FakeSpfLookups& dns, const QString& domain);
};

SpfAuditReport TestSpfAudit::audit(FakeSpfLookups& dns, const QString& domain)
{
    SpfAudit auditor(dns);
    std::optional<SpfAuditReport> report;
    auditor.audit(domain, [&report](const SpfAuditReport& r) { report = r; });
    if (!runUntilSet(report))
        qFatal("SPF audit did not finish");
    return *report;
}

void TestSpfAudit::lookupCountThroughIncludes()
{
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("example.com"), QStringLiteral("v=spf1 mx include:a.example -all"));
    dns.addTxt(QStringLiteral("a.example"), QStringLiteral("v=spf1 a include:b.example ~all"));
    QStringList hosts;
    for (int i = 1; i <= 9; ++i) {
        hosts.append(QStringLiteral("a:h%1.b.example").arg(i));
        dns.load(QStringLiteral("h%1.b.example A 192.0.2.%1").arg(i));
    }
    dns.addTxt(QStringLiteral("b.example"),
               QStringLiteral("v=spf1 ") + hosts.join(QLatin1Char(' ')) + QStringLiteral(" -all"));
    dns.load(QStringLiteral("example.com MX mx.example.com\na.example A 198.51.100.1\n"));

    const SpfAuditReport r = audit(dns, QStringLiteral("example.com"));
    QCOMPARE(r.dnsLookups, 13);
    QCOMPARE(r.voidLookups, 0);
    QCOMPARE(r.limitPath,
             (QStringList {QStringLiteral("include:a.example"), QStringLiteral("include:b.example"),
                           QStringLiteral("a:h7.b.example")}));
    QCOMPARE(r.lookupSummary(),
             QStringLiteral("13 of 10 DNS look-ups, over the limit at include:a.example → include:b.example → "
                            "a:h7.b.example"));
    const QList<SpfAuditFinding> over = r.findingsOf(Kind::TooManyLookups);
    QCOMPARE(over.size(), 1);
    QCOMPARE(over.constFirst().severity, Severity::Fail);
    QVERIFY2(over.constFirst().message.contains(QLatin1String("13")), qPrintable(over.constFirst().message));
    QVERIFY(r.hasFailure());

    QCOMPARE(r.heaviestPath(),
             (QStringList {QStringLiteral("include:a.example"), QStringLiteral("include:b.example")}));
    QCOMPARE(r.nodes.size(), 3);
    QCOMPARE(r.nodes.at(0).domain, QStringLiteral("example.com"));
    QCOMPARE(r.nodes.at(0).ownLookups, 2);
    QCOMPARE(r.nodes.at(0).totalLookups, 13);
    QCOMPARE(r.nodes.at(1).via, QStringLiteral("include:a.example"));
    QCOMPARE(r.nodes.at(1).totalLookups, 11);
    QCOMPARE(r.nodes.at(2).parent, 1);
    QCOMPARE(r.nodes.at(2).depth, 2);
    QCOMPARE(r.nodes.at(2).ownLookups, 9);
    // The audited record's "-all" is explained, not the included ones'.
    QCOMPARE(r.findingsOf(Kind::AllFail).size(), 1);
    QCOMPARE(r.findingsOf(Kind::AllSoftFail).size(), 0);
}

void TestSpfAudit::voidLookups()
{
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("example.com"),
               QStringLiteral("v=spf1 a:gone1.example mx:gone2.example a:v6only.example exists:gone3.example -all"));
    dns.load(QStringLiteral("v6only.example AAAA 2001:db8::1\n"));
    const SpfAuditReport r = audit(dns, QStringLiteral("example.com"));
    QCOMPARE(r.voidLookups, 3);
    QCOMPARE(r.dnsLookups, 4);
    const QList<SpfAuditFinding> voids = r.findingsOf(Kind::VoidLookup);
    QCOMPARE(voids.size(), 3);
    QCOMPARE(voids.at(0).term, QStringLiteral("a:gone1.example"));
    QCOMPARE(voids.at(1).term, QStringLiteral("mx:gone2.example"));
    QCOMPARE(voids.at(2).term, QStringLiteral("exists:gone3.example"));
    const QList<SpfAuditFinding> tooMany = r.findingsOf(Kind::TooManyVoidLookups);
    QCOMPARE(tooMany.size(), 1);
    QCOMPARE(tooMany.constFirst().term, QStringLiteral("exists:gone3.example"));
    QCOMPARE(tooMany.constFirst().severity, Severity::Fail);
}

void TestSpfAudit::allVerdicts_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Severity>("severity");
    QTest::newRow("+all") << "v=spf1 mx +all" << Kind::AllPass << Severity::Fail;
    QTest::newRow("bare all") << "v=spf1 mx all" << Kind::AllPass << Severity::Fail;
    QTest::newRow("?all") << "v=spf1 mx ?all" << Kind::AllNeutral << Severity::Fail;
    QTest::newRow("~all") << "v=spf1 mx ~all" << Kind::AllSoftFail << Severity::Info;
    QTest::newRow("-all") << "v=spf1 mx -all" << Kind::AllFail << Severity::Info;
    QTest::newRow("neither all nor redirect") << "v=spf1 mx" << Kind::NoAll << Severity::Warn;
}

void TestSpfAudit::allVerdicts()
{
    QFETCH(QString, record);
    QFETCH(Kind, kind);
    QFETCH(Severity, severity);
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("example.com"), record);
    dns.load(QStringLiteral("example.com MX mx.example.com\n"));
    const SpfAuditReport r = audit(dns, QStringLiteral("example.com"));
    const QList<SpfAuditFinding> found = r.findingsOf(kind);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().severity, severity);
    QVERIFY(!found.constFirst().message.isEmpty());
    QCOMPARE(r.record, record);
    QCOMPARE(int(r.selection), int(RecordSelection::Outcome::One));
}

void TestSpfAudit::redirectChainDecides()
{
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("example.com"), QStringLiteral("v=spf1 redirect=_spf.example.com"));
    dns.addTxt(QStringLiteral("_spf.example.com"), QStringLiteral("v=spf1 ip4:192.0.2.0/24 ?all"));
    const SpfAuditReport r = audit(dns, QStringLiteral("example.com"));
    QCOMPARE(r.dnsLookups, 1);
    const QList<SpfAuditFinding> neutral = r.findingsOf(Kind::AllNeutral);
    QCOMPARE(neutral.size(), 1);
    QCOMPARE(neutral.constFirst().domain, QStringLiteral("_spf.example.com"));
    QCOMPARE(neutral.constFirst().path, QStringList {QStringLiteral("redirect=_spf.example.com")});
    QCOMPARE(r.findingsOf(Kind::NoAll).size(), 0);
}

void TestSpfAudit::findings_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("term");
    QTest::newRow("no record") << "none.example" << Kind::NoRecord << Severity::Fail << "";
    QTest::newRow("two records") << "two.example" << Kind::MultipleRecords << Severity::Fail << "";
    QTest::newRow("syntax error") << "broken.example" << Kind::SyntaxError << Severity::Fail << "ip4:300.1.1.1";
    QTest::newRow("ptr") << "ptr.example" << Kind::PtrMechanism << Severity::Warn << "ptr";
    QTest::newRow("include without a record")
        << "inc-none.example" << Kind::IncludeWithoutRecord << Severity::Fail << "include:none.example";
    QTest::newRow("loop") << "loop.example" << Kind::Loop << Severity::Fail << "include:loop.example";
    QTest::newRow("macro target") << "macro.example" << Kind::MacroTarget << Severity::Info
                                  << "exists:%{i}._spf.macro.example";
    QTest::newRow("redirect beside all") << "ignored.example" << Kind::RedirectIgnored << Severity::Warn
                                         << "redirect=other.example";
    QTest::newRow("terms after all") << "after.example" << Kind::TermsAfterAll << Severity::Info << "-all";
    QTest::newRow("included +all") << "inc-open.example" << Kind::AllPass << Severity::Fail << "+all";
    QTest::newRow("too many MX hosts") << "many-mx.example" << Kind::TooManyMxHosts << Severity::Fail << "mx";
    QTest::newRow("include that fails to resolve")
        << "inc-servfail.example" << Kind::LookupFailed << Severity::Warn << "include:servfail.example";
}

void TestSpfAudit::findings()
{
    QFETCH(QString, domain);
    QFETCH(Kind, kind);
    QFETCH(Severity, severity);
    QFETCH(QString, term);
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("two.example"), QStringLiteral("v=spf1 -all"));
    dns.addTxt(QStringLiteral("two.example"), QStringLiteral("v=spf1 mx -all"));
    dns.addTxt(QStringLiteral("broken.example"), QStringLiteral("v=spf1 ip4:300.1.1.1 -all"));
    dns.addTxt(QStringLiteral("ptr.example"), QStringLiteral("v=spf1 ptr -all"));
    dns.addTxt(QStringLiteral("inc-none.example"), QStringLiteral("v=spf1 include:none.example -all"));
    dns.addTxt(QStringLiteral("loop.example"), QStringLiteral("v=spf1 include:loop2.example -all"));
    dns.addTxt(QStringLiteral("loop2.example"), QStringLiteral("v=spf1 include:loop.example -all"));
    dns.addTxt(QStringLiteral("macro.example"), QStringLiteral("v=spf1 exists:%{i}._spf.macro.example -all"));
    dns.addTxt(QStringLiteral("ignored.example"), QStringLiteral("v=spf1 -all redirect=other.example"));
    dns.addTxt(QStringLiteral("after.example"), QStringLiteral("v=spf1 -all mx"));
    dns.addTxt(QStringLiteral("inc-open.example"), QStringLiteral("v=spf1 include:open.example -all"));
    dns.addTxt(QStringLiteral("open.example"), QStringLiteral("v=spf1 +all"));
    dns.addTxt(QStringLiteral("many-mx.example"), QStringLiteral("v=spf1 mx -all"));
    for (int i = 1; i <= 11; ++i)
        dns.load(QStringLiteral("many-mx.example MX mx%1.many-mx.example").arg(i));
    dns.addTxt(QStringLiteral("inc-servfail.example"), QStringLiteral("v=spf1 include:servfail.example -all"));
    dns.failing.insert(QStringLiteral("TXT servfail.example"));

    const SpfAuditReport r = audit(dns, domain);
    const QList<SpfAuditFinding> found = r.findingsOf(kind);
    QVERIFY2(found.size() == 1, qPrintable(QString::number(found.size())));
    QCOMPARE(found.constFirst().severity, severity);
    QCOMPARE(found.constFirst().term, term);
    QVERIFY(!found.constFirst().message.isEmpty());
}

void TestSpfAudit::healthyRecord()
{
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("example.it"), QStringLiteral("v=spf1 mx a include:_spf.provider.example ~all"));
    dns.addTxt(QStringLiteral("_spf.provider.example"),
               QStringLiteral("v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 -all"));
    dns.load(QStringLiteral("example.it MX mx.example.it\nexample.it A 192.0.2.10\n"));
    const SpfAuditReport r = audit(dns, QStringLiteral("example.it"));
    QVERIFY(!r.hasFailure());
    QCOMPARE(r.dnsLookups, 3);
    QCOMPARE(r.voidLookups, 0);
    QCOMPARE(r.lookupSummary(), QStringLiteral("3 of 10 DNS look-ups"));
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings.constFirst().kind, Kind::AllSoftFail);
    QCOMPARE(r.nodes.size(), 2);
    QCOMPARE(r.heaviestPath(), QStringList()); // the include makes no look-ups of its own
    // a: looks up A and AAAA; AAAA alone being empty is no void look-up.
    QVERIFY(dns.asked.contains(QStringLiteral("AAAA example.it")));
}

void TestSpfAudit::walkIsBounded()
{
    // Every record includes two others: a tree far bigger than any limit; the walk stops.
    FakeSpfLookups dns;
    for (int i = 1; i < 200; ++i) {
        dns.addTxt(QStringLiteral("n%1.example").arg(i),
                   QStringLiteral("v=spf1 include:n%1.example include:n%2.example -all").arg(2 * i).arg(2 * i + 1));
    }
    const SpfAuditReport r = audit(dns, QStringLiteral("n1.example"));
    QCOMPARE(r.nodes.size(), int(SpfAudit::kMaxRecords));
    QCOMPARE(r.findingsOf(Kind::WalkStopped).size(), 1);
    QCOMPARE(r.findingsOf(Kind::TooManyLookups).size(), 1);
}

QTEST_GUILESS_MAIN(TestSpfAudit)
#include "TestSpfAudit.moc"
