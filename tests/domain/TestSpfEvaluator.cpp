#include "DomainTestUtil.h"
#include "FakeSpfLookups.h"
#include "domain/SpfEvaluator.h"

#include <QTest>

using namespace Postino;
using namespace Postino::Test;
using Code = SpfResult::Code;

Q_DECLARE_METATYPE(Postino::SpfResult::Code)

namespace {

// RFC 7208 Appendix A: the example zone.
const char* const kAppendixA = R"(
example.com MX mail-a.example.com
example.com MX mail-b.example.com
example.com A 192.0.2.10
example.com A 192.0.2.11
amy.example.com A 192.0.2.65
bob.example.com A 192.0.2.66
mail-a.example.com A 192.0.2.129
mail-b.example.com A 192.0.2.130
www.example.com A 192.0.2.10
www.example.com A 192.0.2.11
example.org MX mail-c.example.org
mail-c.example.org A 192.0.2.140
192.0.2.10 PTR example.com
192.0.2.11 PTR example.com
192.0.2.65 PTR amy.example.com
192.0.2.66 PTR bob.example.com
192.0.2.129 PTR mail-a.example.com
192.0.2.130 PTR mail-b.example.com
192.0.2.140 PTR mail-c.example.org
; a rogue reverse entry
10.0.0.4 PTR bob.example.com
)";

const QStringList kAppendixAHosts = {
    QStringLiteral("192.0.2.10"),  QStringLiteral("192.0.2.11"),  QStringLiteral("192.0.2.65"),
    QStringLiteral("192.0.2.66"),  QStringLiteral("192.0.2.129"), QStringLiteral("192.0.2.130"),
    QStringLiteral("192.0.2.140"), QStringLiteral("10.0.0.4"),
};

} // namespace

class TestSpfEvaluator : public QObject
{
    Q_OBJECT
private slots:
    void appendixASimple_data();
    void appendixASimple();
    void appendixAMultipleDomains_data();
    void appendixAMultipleDomains();
    void appendixADnsbl_data();
    void appendixADnsbl();
    void appendixAMultipleRequirements_data();
    void appendixAMultipleRequirements();
    void resultsAndWhatMatched();
    void noneAndErrors_data();
    void noneAndErrors();
    void elevenIncludesArePermerror();
    void tenLookupsAreFine();
    void thirdVoidLookupIsPermerror();
    void loops_data();
    void loops();
    void mxHostLimit();
    void ptrNameLimit();
    void redirectIgnoredWithAll();
    void explanation();
    void ipv6AndMappedAddresses();
    void pMacro();
    void heloIdentity();
    void neverInsideTheCall();

private:
    static SpfResult check(FakeSpfLookups& dns, const QString& ip, const QString& domain,
                           const QString& sender = QStringLiteral("sender@example.com"));
};

SpfResult TestSpfEvaluator::check(FakeSpfLookups& dns, const QString& ip, const QString& domain, const QString& sender)
{
    SpfEvaluator evaluator(dns);
    std::optional<SpfResult> result;
    SpfQuery query;
    query.ip = QHostAddress(ip);
    query.domain = domain;
    query.sender = sender;
    evaluator.checkHost(query, [&result](const SpfResult& r) { result = r; });
    if (!runUntilSet(result))
        qFatal("SPF evaluation did not finish");
    return *result;
}

void TestSpfEvaluator::appendixASimple_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QStringList>("passing");
    // RFC 7208 Appendix A.1; every other host of the zone fails ("-all").
    QTest::newRow("a -all") << "v=spf1 a -all" << strings({"192.0.2.10", "192.0.2.11"});
    QTest::newRow("a:example.org -all") << "v=spf1 a:example.org -all" << QStringList {};
    QTest::newRow("mx -all") << "v=spf1 mx -all" << strings({"192.0.2.129", "192.0.2.130"});
    QTest::newRow("mx:example.org -all") << "v=spf1 mx:example.org -all" << strings({"192.0.2.140"});
    QTest::newRow("mx mx:example.org -all")
        << "v=spf1 mx mx:example.org -all" << strings({"192.0.2.129", "192.0.2.130", "192.0.2.140"});
    QTest::newRow("mx/30 mx:example.org/30 -all")
        << "v=spf1 mx/30 mx:example.org/30 -all" << strings({"192.0.2.129", "192.0.2.130", "192.0.2.140"});
    QTest::newRow("ptr -all") << "v=spf1 ptr -all"
                              << strings({"192.0.2.10", "192.0.2.11", "192.0.2.65", "192.0.2.66", "192.0.2.129",
                                          "192.0.2.130"});
    QTest::newRow("ip4:192.0.2.128/28 -all")
        << "v=spf1 ip4:192.0.2.128/28 -all" << strings({"192.0.2.129", "192.0.2.130", "192.0.2.140"});
}

void TestSpfEvaluator::appendixASimple()
{
    QFETCH(QString, record);
    QFETCH(QStringList, passing);
    FakeSpfLookups dns;
    dns.load(QString::fromLatin1(kAppendixA));
    dns.addTxt(QStringLiteral("example.com"), record);
    for (const QString& host : kAppendixAHosts) {
        const SpfResult r = check(dns, host, QStringLiteral("example.com"));
        const Code expected = passing.contains(host) ? Code::Pass : Code::Fail;
        QVERIFY2(
            r.code == expected,
            qPrintable(host + QLatin1String(": ") + SpfResult::codeName(r.code) + QLatin1String(" ") + r.explanation));
    }
    // "+all": everything passes, even from outside the zone.
    FakeSpfLookups open;
    open.addTxt(QStringLiteral("example.com"), QStringLiteral("v=spf1 +all"));
    QCOMPARE(check(open, QStringLiteral("198.51.100.7"), QStringLiteral("example.com")).code, Code::Pass);
}

void TestSpfEvaluator::appendixAMultipleDomains_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<Code>("expected");
    // RFC 7208 Appendix A.2.
    QTest::newRow("example.org from example.com's host") << "example.org"
                                                         << "192.0.2.1" << Code::Pass;
    QTest::newRow("example.org from example.net's host") << "example.org"
                                                         << "192.0.2.2" << Code::Pass;
    QTest::newRow("example.org from elsewhere") << "example.org"
                                                << "192.0.2.3" << Code::Fail;
    QTest::newRow("la.example.org redirects") << "la.example.org"
                                              << "192.0.2.2" << Code::Pass;
    QTest::newRow("la.example.org from elsewhere") << "la.example.org"
                                                   << "192.0.2.3" << Code::Fail;
}

void TestSpfEvaluator::appendixAMultipleDomains()
{
    QFETCH(QString, domain);
    QFETCH(QString, ip);
    QFETCH(Code, expected);
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("example.org"), QStringLiteral("v=spf1 include:example.com include:example.net -all"));
    dns.addTxt(QStringLiteral("la.example.org"), QStringLiteral("v=spf1 redirect=example.org"));
    dns.addTxt(QStringLiteral("example.com"), QStringLiteral("v=spf1 ip4:192.0.2.1 -all"));
    dns.addTxt(QStringLiteral("example.net"), QStringLiteral("v=spf1 ip4:192.0.2.2 -all"));
    const SpfResult r = check(dns, ip, domain);
    QCOMPARE(r.code, expected);
}

void TestSpfEvaluator::appendixADnsbl_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<Code>("expected");
    // RFC 7208 Appendix A.3 (DNSBL-style mobile and remote users).
    QTest::newRow("mary anywhere") << "mary@example.com"
                                   << "198.51.100.1" << Code::Pass;
    QTest::newRow("fred anywhere") << "fred@example.com"
                                   << "198.51.100.1" << Code::Pass;
    QTest::newRow("fred+wildcard anywhere") << "fred+wildcard@example.com"
                                            << "198.51.100.1" << Code::Pass;
    QTest::newRow("joel anywhere") << "joel@example.com"
                                   << "198.51.100.1" << Code::Fail;
    QTest::newRow("joel from 192.168.15.15") << "joel@example.com"
                                             << "192.168.15.15" << Code::Pass;
    QTest::newRow("joel from 192.168.15.16") << "joel@example.com"
                                             << "192.168.15.16" << Code::Pass;
    QTest::newRow("joel from 192.168.15.17") << "joel@example.com"
                                             << "192.168.15.17" << Code::Fail;
    QTest::newRow("someone else") << "other@example.com"
                                  << "192.168.15.15" << Code::Fail;
}

void TestSpfEvaluator::appendixADnsbl()
{
    QFETCH(QString, sender);
    QFETCH(QString, ip);
    QFETCH(Code, expected);
    FakeSpfLookups dns;
    dns.load(QString::fromLatin1(kAppendixA));
    dns.addTxt(QStringLiteral("example.com"),
               QStringLiteral("v=spf1 mx include:mobile-users._spf.%{d} include:remote-users._spf.%{d} -all"));
    dns.addTxt(QStringLiteral("mobile-users._spf.example.com"), QStringLiteral("v=spf1 exists:%{l1r+}.%{d}"));
    dns.addTxt(QStringLiteral("remote-users._spf.example.com"), QStringLiteral("v=spf1 exists:%{ir}.%{l1r+}.%{d}"));
    dns.load(QStringLiteral("mary.mobile-users._spf.example.com A 127.0.0.2\n"
                            "fred.mobile-users._spf.example.com A 127.0.0.2\n"
                            "15.15.168.192.joel.remote-users._spf.example.com A 127.0.0.2\n"
                            "16.15.168.192.joel.remote-users._spf.example.com A 127.0.0.2\n"));
    const SpfResult r = check(dns, ip, QStringLiteral("example.com"), sender);
    QVERIFY2(r.code == expected, qPrintable(SpfResult::codeName(r.code) + QLatin1Char(' ') + r.explanation));
}

void TestSpfEvaluator::appendixAMultipleRequirements_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<Code>("expected");
    // RFC 7208 Appendix A.4: in 192.0.2.0/24 and a name under example.com.
    QTest::newRow("in range, name matches") << "192.0.2.1" << Code::Pass;
    QTest::newRow("in range, no name") << "192.0.2.2" << Code::Fail;
    QTest::newRow("name matches, out of range") << "192.0.0.1" << Code::Fail;
    QTest::newRow("neither") << "192.0.0.2" << Code::Fail;
}

void TestSpfEvaluator::appendixAMultipleRequirements()
{
    QFETCH(QString, ip);
    QFETCH(Code, expected);
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("example.com"),
               QStringLiteral("v=spf1 -include:ip4._spf.%{d} -include:ptr._spf.%{d} +all"));
    dns.addTxt(QStringLiteral("ip4._spf.example.com"), QStringLiteral("v=spf1 -ip4:192.0.2.0/24 +all"));
    dns.addTxt(QStringLiteral("ptr._spf.example.com"), QStringLiteral("v=spf1 -ptr:example.com +all"));
    dns.load(QStringLiteral("192.0.2.1 PTR a.example.com\n192.0.0.1 PTR b.example.com\n"
                            "a.example.com A 192.0.2.1\nb.example.com A 192.0.0.1\n"));
    QCOMPARE(check(dns, ip, QStringLiteral("example.com")).code, expected);
}

void TestSpfEvaluator::resultsAndWhatMatched()
{
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("example.com"),
               QStringLiteral("v=spf1 ip4:192.0.2.1 ~ip4:192.0.2.2 ?ip4:192.0.2.3 include:_spf.example.net -all"));
    dns.addTxt(QStringLiteral("_spf.example.net"), QStringLiteral("v=spf1 include:_b.example.net ?all"));
    dns.addTxt(QStringLiteral("_b.example.net"), QStringLiteral("v=spf1 ip4:198.51.100.0/24 -all"));

    SpfResult r = check(dns, QStringLiteral("192.0.2.1"), QStringLiteral("example.com"));
    QCOMPARE(r.code, Code::Pass);
    QCOMPARE(r.mechanism, QStringLiteral("ip4:192.0.2.1"));
    QCOMPARE(r.domain, QStringLiteral("example.com"));
    QVERIFY(r.path.isEmpty());
    QVERIFY2(r.explanation.contains(QLatin1String("ip4:192.0.2.1")), qPrintable(r.explanation));
    QCOMPARE(check(dns, QStringLiteral("192.0.2.2"), QStringLiteral("example.com")).code, Code::SoftFail);
    QCOMPARE(check(dns, QStringLiteral("192.0.2.3"), QStringLiteral("example.com")).code, Code::Neutral);

    r = check(dns, QStringLiteral("198.51.100.9"), QStringLiteral("example.com"));
    QCOMPARE(r.code, Code::Pass);
    QCOMPARE(r.mechanism, QStringLiteral("ip4:198.51.100.0/24"));
    QCOMPARE(r.domain, QStringLiteral("_b.example.net"));
    QCOMPARE(r.path,
             (QStringList {QStringLiteral("include:_spf.example.net"), QStringLiteral("include:_b.example.net")}));
    QVERIFY2(r.explanation.contains(QStringLiteral("include:_spf.example.net → include:_b.example.net")),
             qPrintable(r.explanation));
    QCOMPARE(r.dnsLookups, 2);

    // The included record's "?all" does not match the include: evaluation goes on to "-all".
    r = check(dns, QStringLiteral("203.0.113.5"), QStringLiteral("example.com"));
    QCOMPARE(r.code, Code::Fail);
    QCOMPARE(r.mechanism, QStringLiteral("-all"));
    QCOMPARE(r.domain, QStringLiteral("example.com"));

    // No "all", no redirect: neutral by default.
    FakeSpfLookups bare;
    bare.addTxt(QStringLiteral("example.com"), QStringLiteral("v=spf1 ip4:192.0.2.1"));
    r = check(bare, QStringLiteral("192.0.2.9"), QStringLiteral("example.com"));
    QCOMPARE(r.code, Code::Neutral);
    QVERIFY(r.mechanism.isEmpty());
}

void TestSpfEvaluator::noneAndErrors_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<Code>("expected");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("no record") << "nothing.example" << Code::None << "no SPF record";
    QTest::newRow("a single-label domain") << "localhost" << Code::None << "not a valid domain";
    QTest::newRow("a label over 63") << (QString(64, QLatin1Char('a')) + QStringLiteral(".example")) << Code::None
                                     << "not a valid domain";
    QTest::newRow("two records") << "two.example" << Code::PermError << "2 SPF records";
    QTest::newRow("syntax error") << "broken.example" << Code::PermError << "ip4:192.0.2.300";
    QTest::newRow("TXT failure") << "servfail.example" << Code::TempError << "SERVFAIL";
    QTest::newRow("include without a record") << "include-none.example" << Code::PermError << "no SPF record";
    QTest::newRow("include of a broken record") << "include-broken.example" << Code::PermError << "syntax error";
    QTest::newRow("include that fails to resolve") << "include-servfail.example" << Code::TempError << "SERVFAIL";
    QTest::newRow("redirect without a record") << "redirect-none.example" << Code::PermError << "no SPF record";
    QTest::newRow("a look-up failure") << "a-servfail.example" << Code::TempError << "SERVFAIL";
    QTest::newRow("mx look-up failure") << "mx-servfail.example" << Code::TempError << "SERVFAIL";
}

void TestSpfEvaluator::noneAndErrors()
{
    QFETCH(QString, domain);
    QFETCH(Code, expected);
    QFETCH(QString, fragment);
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("two.example"), QStringLiteral("v=spf1 mx -all"));
    dns.addTxt(QStringLiteral("two.example"), QStringLiteral("v=spf1 a -all"));
    dns.addTxt(QStringLiteral("broken.example"), QStringLiteral("v=spf1 ip4:192.0.2.300 -all"));
    dns.failing.insert(QStringLiteral("TXT servfail.example"));
    dns.addTxt(QStringLiteral("include-none.example"), QStringLiteral("v=spf1 include:nothing.example -all"));
    dns.addTxt(QStringLiteral("include-broken.example"), QStringLiteral("v=spf1 include:broken.example -all"));
    dns.addTxt(QStringLiteral("include-servfail.example"), QStringLiteral("v=spf1 include:servfail.example -all"));
    dns.addTxt(QStringLiteral("redirect-none.example"), QStringLiteral("v=spf1 redirect=nothing.example"));
    dns.addTxt(QStringLiteral("a-servfail.example"), QStringLiteral("v=spf1 a -all"));
    dns.failing.insert(QStringLiteral("A a-servfail.example"));
    dns.addTxt(QStringLiteral("mx-servfail.example"), QStringLiteral("v=spf1 mx -all"));
    dns.failing.insert(QStringLiteral("MX mx-servfail.example"));
    const SpfResult r = check(dns, QStringLiteral("192.0.2.1"), domain);
    QVERIFY2(r.code == expected, qPrintable(SpfResult::codeName(r.code)));
    QVERIFY2(r.explanation.contains(fragment), qPrintable(r.explanation));
}

void TestSpfEvaluator::elevenIncludesArePermerror()
{
    FakeSpfLookups dns;
    QStringList includes;
    for (int i = 1; i <= 11; ++i) {
        const QString name = QStringLiteral("i%1.example.net").arg(i);
        includes.append(QStringLiteral("include:") + name);
        dns.addTxt(name, QStringLiteral("v=spf1 ip4:198.51.100.%1 -all").arg(i));
    }
    dns.addTxt(QStringLiteral("example.com"),
               QStringLiteral("v=spf1 ") + includes.join(QLatin1Char(' ')) + QStringLiteral(" -all"));
    // Matched by the tenth include: fine.
    SpfResult r = check(dns, QStringLiteral("198.51.100.10"), QStringLiteral("example.com"));
    QCOMPARE(r.code, Code::Pass);
    QCOMPARE(r.dnsLookups, 10);
    // The eleventh would be needed: permerror, naming it.
    r = check(dns, QStringLiteral("198.51.100.11"), QStringLiteral("example.com"));
    QCOMPARE(r.code, Code::PermError);
    QCOMPARE(r.mechanism, QStringLiteral("include:i11.example.net"));
    QVERIFY2(r.explanation.contains(QLatin1String("10")), qPrintable(r.explanation));
    QCOMPARE(dns.asked.count(QStringLiteral("TXT i11.example.net")), 0); // never looked up
}

void TestSpfEvaluator::tenLookupsAreFine()
{
    // Ten look-up terms counted across an include and a redirect chain, nothing more.
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("example.com"),
               QStringLiteral("v=spf1 a mx include:a.example.net redirect=r.example.net"));
    dns.addTxt(QStringLiteral("a.example.net"),
               QStringLiteral("v=spf1 a:x1.example.net a:x2.example.net a:x6.example.net ?all"));
    dns.addTxt(QStringLiteral("r.example.net"),
               QStringLiteral("v=spf1 a:x3.example.net exists:x4.example.net a:x5.example.net ip4:192.0.2.99 -all"));
    dns.load(QStringLiteral("example.com A 192.0.2.1\nexample.com MX mx.example.com\nmx.example.com A 192.0.2.2\n"
                            "x1.example.net A 192.0.2.3\nx2.example.net A 192.0.2.4\nx3.example.net A 192.0.2.5\n"
                            "x4.example.net A 127.0.0.2\nx5.example.net A 192.0.2.6\nx6.example.net A 192.0.2.7\n"));
    SpfResult r = check(dns, QStringLiteral("192.0.2.99"), QStringLiteral("example.com"));
    // exists:x4 matches first (it exists), so the count stops at 9.
    QCOMPARE(r.code, Code::Pass);
    QCOMPARE(r.mechanism, QStringLiteral("exists:x4.example.net"));
    QCOMPARE(r.dnsLookups, 9);
    dns.a.remove(QStringLiteral("x4.example.net"));
    r = check(dns, QStringLiteral("192.0.2.99"), QStringLiteral("example.com"));
    QCOMPARE(r.code, Code::Pass);
    QCOMPARE(r.mechanism, QStringLiteral("ip4:192.0.2.99"));
    QCOMPARE(r.dnsLookups, 10);
    QCOMPARE(r.voidLookups, 1);
    QCOMPARE(r.path, QStringList {QStringLiteral("redirect=r.example.net")});
}

void TestSpfEvaluator::thirdVoidLookupIsPermerror()
{
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("void.example"),
               QStringLiteral("v=spf1 exists:absent1.example a:absent2.example ip4:192.0.2.4 mx:absent3.example -all"));
    // Two void look-ups, then a match: fine.
    SpfResult r = check(dns, QStringLiteral("192.0.2.4"), QStringLiteral("void.example"));
    QCOMPARE(r.code, Code::Pass);
    QCOMPARE(r.voidLookups, 2);
    // A third: permerror at the term that made it.
    r = check(dns, QStringLiteral("192.0.2.5"), QStringLiteral("void.example"));
    QCOMPARE(r.code, Code::PermError);
    QCOMPARE(r.voidLookups, 3);
    QCOMPARE(r.mechanism, QStringLiteral("mx:absent3.example"));
    QVERIFY2(r.explanation.contains(QLatin1String("found nothing")), qPrintable(r.explanation));
}

void TestSpfEvaluator::loops_data()
{
    QTest::addColumn<QString>("domain");
    QTest::newRow("include of itself") << "self.example";
    QTest::newRow("include through another") << "ping.example";
    QTest::newRow("redirect back") << "r1.example";
}

void TestSpfEvaluator::loops()
{
    QFETCH(QString, domain);
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("self.example"), QStringLiteral("v=spf1 include:self.example -all"));
    dns.addTxt(QStringLiteral("ping.example"), QStringLiteral("v=spf1 include:pong.example -all"));
    dns.addTxt(QStringLiteral("pong.example"), QStringLiteral("v=spf1 include:ping.example -all"));
    dns.addTxt(QStringLiteral("r1.example"), QStringLiteral("v=spf1 ip4:192.0.2.9 redirect=r2.example"));
    dns.addTxt(QStringLiteral("r2.example"), QStringLiteral("v=spf1 redirect=R1.example."));
    const SpfResult r = check(dns, QStringLiteral("192.0.2.1"), domain);
    QCOMPARE(r.code, Code::PermError);
    QVERIFY2(r.explanation.contains(QLatin1String("loop")), qPrintable(r.explanation));
    QVERIFY(dns.asked.size() <= 3);
}

void TestSpfEvaluator::mxHostLimit()
{
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("many-mx.example"), QStringLiteral("v=spf1 mx -all"));
    for (int i = 1; i <= 11; ++i) {
        dns.load(QStringLiteral("many-mx.example MX mx%1.many-mx.example\nmx%1.many-mx.example A 10.0.1.%1\n").arg(i));
    }
    QCOMPARE(check(dns, QStringLiteral("10.0.1.1"), QStringLiteral("many-mx.example")).code, Code::Pass);
    QCOMPARE(check(dns, QStringLiteral("10.0.1.10"), QStringLiteral("many-mx.example")).code, Code::Pass);
    // The eleventh host is never looked up: permerror.
    dns.asked.clear();
    const SpfResult r = check(dns, QStringLiteral("10.0.1.11"), QStringLiteral("many-mx.example"));
    QCOMPARE(r.code, Code::PermError);
    QVERIFY2(r.explanation.contains(QLatin1String("MX hosts")), qPrintable(r.explanation));
    QCOMPARE(dns.askedCount(QStringLiteral("A")), 10);
    QVERIFY(!dns.asked.contains(QStringLiteral("A mx11.many-mx.example")));

    // A null MX (RFC 7505) matches nothing.
    FakeSpfLookups nullMx;
    nullMx.addTxt(QStringLiteral("no-mail.example"), QStringLiteral("v=spf1 mx -all"));
    nullMx.mxHosts[QStringLiteral("no-mail.example")] = QStringList {QStringLiteral(".")};
    QCOMPARE(check(nullMx, QStringLiteral("192.0.2.1"), QStringLiteral("no-mail.example")).code, Code::Fail);
}

void TestSpfEvaluator::ptrNameLimit()
{
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("many-ptr.example"), QStringLiteral("v=spf1 ptr:host11.example ~all"));
    for (int i = 1; i <= 11; ++i)
        dns.load(QStringLiteral("10.0.1.1 PTR host%1.example\nhost%1.example A 10.0.1.1\n").arg(i));
    // host11 is the eleventh PTR name: ignored, so ptr does not match.
    const SpfResult r = check(dns, QStringLiteral("10.0.1.1"), QStringLiteral("many-ptr.example"));
    QCOMPARE(r.code, Code::SoftFail);
    QCOMPARE(dns.askedCount(QStringLiteral("A")), 10);
    dns.addTxt(QStringLiteral("ptr10.example"), QStringLiteral("v=spf1 ptr:host10.example ~all"));
    QCOMPARE(check(dns, QStringLiteral("10.0.1.1"), QStringLiteral("ptr10.example")).code, Code::Pass);
}

void TestSpfEvaluator::redirectIgnoredWithAll()
{
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("example.com"), QStringLiteral("v=spf1 ?all redirect=other.example"));
    dns.addTxt(QStringLiteral("other.example"), QStringLiteral("v=spf1 +all"));
    const SpfResult r = check(dns, QStringLiteral("192.0.2.1"), QStringLiteral("example.com"));
    QCOMPARE(r.code, Code::Neutral);
    QCOMPARE(r.mechanism, QStringLiteral("?all"));
    QVERIFY(!dns.asked.contains(QStringLiteral("TXT other.example")));
}

void TestSpfEvaluator::explanation()
{
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("expl.example"),
               QStringLiteral("v=spf1 ip4:10.0.1.1 -ip4:10.0.1.2 ?all exp=details.%{d}"));
    dns.txtRecords[QStringLiteral("details.expl.example")] = {
        {QStringLiteral("%{i} is not one of "), QStringLiteral("%{d}'s senders")}};
    SpfResult r = check(dns, QStringLiteral("10.0.1.2"), QStringLiteral("expl.example"));
    QCOMPARE(r.code, Code::Fail);
    QCOMPARE(r.receiverExplanation, QStringLiteral("10.0.1.2 is not one of expl.example's senders"));
    // Only for fail.
    r = check(dns, QStringLiteral("10.0.1.3"), QStringLiteral("expl.example"));
    QCOMPARE(r.code, Code::Neutral);
    QVERIFY(r.receiverExplanation.isEmpty());
    // An included record's exp= is not used (RFC 7208 §6.2).
    FakeSpfLookups inc;
    inc.addTxt(QStringLiteral("top.example"), QStringLiteral("v=spf1 -include:inner.example +all"));
    inc.addTxt(QStringLiteral("inner.example"), QStringLiteral("v=spf1 ip4:10.0.0.1 -all exp=why.example"));
    inc.addTxt(QStringLiteral("why.example"), QStringLiteral("inner words"));
    r = check(inc, QStringLiteral("10.0.0.1"), QStringLiteral("top.example"));
    QCOMPARE(r.code, Code::Fail);
    QVERIFY(r.receiverExplanation.isEmpty());
}

void TestSpfEvaluator::ipv6AndMappedAddresses()
{
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("mox.example"), QStringLiteral("v=spf1 ip6:2001:db8::/64 a:mail.mox.example//128 -all"));
    dns.load(QStringLiteral("mail.mox.example AAAA 2001:db8:1::25\nmail.mox.example A 192.0.2.25\n"));
    QCOMPARE(check(dns, QStringLiteral("2001:db8::1"), QStringLiteral("mox.example")).code, Code::Pass);
    QCOMPARE(check(dns, QStringLiteral("2001:db8:1::25"), QStringLiteral("mox.example")).code, Code::Pass);
    QCOMPARE(check(dns, QStringLiteral("2001:fa11::1"), QStringLiteral("mox.example")).code, Code::Fail);
    // An IPv4-mapped IPv6 address is evaluated as IPv4: a: looks up A.
    QCOMPARE(check(dns, QStringLiteral("::ffff:192.0.2.25"), QStringLiteral("mox.example")).code, Code::Pass);
    QVERIFY(dns.asked.contains(QStringLiteral("A mail.mox.example")));
    // ip4 never matches an IPv6 client.
    FakeSpfLookups v4;
    v4.addTxt(QStringLiteral("v4.example"), QStringLiteral("v=spf1 ip4:0.0.0.0/0 -all"));
    QCOMPARE(check(v4, QStringLiteral("2001:db8::1"), QStringLiteral("v4.example")).code, Code::Fail);
}

void TestSpfEvaluator::pMacro()
{
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("example.com"), QStringLiteral("v=spf1 exists:%{p}.allowed.example.com -all"));
    dns.load(QStringLiteral("192.0.2.7 PTR other.example.net\n192.0.2.7 PTR mail.example.com\n"
                            "other.example.net A 192.0.2.7\nmail.example.com A 192.0.2.7\n"
                            "mail.example.com.allowed.example.com A 127.0.0.2\n"
                            "192.0.2.8 PTR forged.example.com\nforged.example.com A 198.51.100.1\n"));
    // The validated name under the domain is chosen over the other one.
    QCOMPARE(check(dns, QStringLiteral("192.0.2.7"), QStringLiteral("example.com")).code, Code::Pass);
    // Not forward-confirmed: "unknown".
    QCOMPARE(check(dns, QStringLiteral("192.0.2.8"), QStringLiteral("example.com")).code, Code::Fail);
    QVERIFY(dns.asked.contains(QStringLiteral("A unknown.allowed.example.com")));
}

void TestSpfEvaluator::heloIdentity()
{
    // RFC 7208 §2.3 and §4.3: the HELO identity is checked with "postmaster" as its local part.
    FakeSpfLookups dns;
    dns.addTxt(QStringLiteral("mx.example.com"), QStringLiteral("v=spf1 exists:%{l}.%{o}.ok.example.net -all"));
    dns.load(QStringLiteral("postmaster.mx.example.com.ok.example.net A 127.0.0.2\n"));
    const SpfResult r = check(dns, QStringLiteral("192.0.2.1"), QString(), QStringLiteral("mx.example.com"));
    QCOMPARE(r.code, Code::Pass);
    QCOMPARE(r.domain, QStringLiteral("mx.example.com"));
}

void TestSpfEvaluator::neverInsideTheCall()
{
    FakeSpfLookups dns;
    SpfEvaluator evaluator(dns);
    bool called = false;
    SpfQuery query;
    query.ip = QHostAddress(QStringLiteral("192.0.2.1"));
    query.domain = QStringLiteral("localhost"); // answered without a look-up
    evaluator.checkHost(query, [&called](const SpfResult&) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
    // Destroyed before the answer: the callback never runs.
    bool late = false;
    {
        SpfEvaluator gone(dns);
        query.domain = QStringLiteral("example.com");
        gone.checkHost(query, [&late](const SpfResult&) { late = true; });
    }
    for (int i = 0; i < 100; ++i)
        QCoreApplication::processEvents();
    QVERIFY(!late);
}

QTEST_GUILESS_MAIN(TestSpfEvaluator)
#include "TestSpfEvaluator.moc"
