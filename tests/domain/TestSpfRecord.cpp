#include "domain/SpfRecord.h"

#include <QTest>

using namespace Postino;

class TestSpfRecord : public QObject
{
    Q_OBJECT
private slots:
    void terms();
    void dualCidr_data();
    void dualCidr();
    void modifiers();
    void syntaxErrors_data();
    void syntaxErrors();
    void everyErrorIsKept();
    void describeNamesTermAndPosition();
    void selection_data();
    void selection();
    void lookupTerms();
};

void TestSpfRecord::terms()
{
    const SpfRecord r = SpfRecord::parse(
        QStringLiteral("v=spf1 +a mx:mail.example.com -ip4:192.0.2.0/24 ~ip6:2001:db8::/32 ?include:_spf.example.net "
                       "exists:%{ir}.bl.example.org ptr:example.com all"));
    QVERIFY2(r.isValid(), qPrintable(r.errors().value(0).describe()));
    const QList<SpfTerm> m = r.mechanisms();
    QCOMPARE(m.size(), 8);
    QCOMPARE(m.at(0).mechanism, SpfTerm::Mechanism::A);
    QCOMPARE(m.at(0).qualifier, SpfTerm::Qualifier::Pass);
    QVERIFY(m.at(0).explicitQualifier);
    QVERIFY(m.at(0).domainSpec.isEmpty());
    QCOMPARE(m.at(1).mechanism, SpfTerm::Mechanism::Mx);
    QCOMPARE(m.at(1).domainSpec.text(), QStringLiteral("mail.example.com"));
    QCOMPARE(m.at(2).mechanism, SpfTerm::Mechanism::Ip4);
    QCOMPARE(m.at(2).qualifier, SpfTerm::Qualifier::Fail);
    QCOMPARE(m.at(2).network, QHostAddress(QStringLiteral("192.0.2.0")));
    QCOMPARE(m.at(2).ip4Prefix, 24);
    QCOMPARE(m.at(3).mechanism, SpfTerm::Mechanism::Ip6);
    QCOMPARE(m.at(3).qualifier, SpfTerm::Qualifier::SoftFail);
    QCOMPARE(m.at(3).ip6Prefix, 32);
    QCOMPARE(m.at(4).mechanism, SpfTerm::Mechanism::Include);
    QCOMPARE(m.at(4).qualifier, SpfTerm::Qualifier::Neutral);
    QCOMPARE(m.at(5).mechanism, SpfTerm::Mechanism::Exists);
    QVERIFY(m.at(5).domainSpec.hasMacros());
    QCOMPARE(m.at(6).mechanism, SpfTerm::Mechanism::Ptr);
    QCOMPARE(m.at(7).mechanism, SpfTerm::Mechanism::All);
    QVERIFY(!m.at(7).explicitQualifier);
    QCOMPARE(m.at(7).position, r.text().indexOf(QLatin1String(" all")) + 1);
    QVERIFY(r.allMechanism());
}

void TestSpfRecord::dualCidr_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("ip4");
    QTest::addColumn<int>("ip6");
    QTest::newRow("a/24") << "a/24"
                          << "" << 24 << -1;
    QTest::newRow("a//64") << "a//64"
                           << "" << -1 << 64;
    QTest::newRow("a/24//64") << "a/24//64"
                              << "" << 24 << 64;
    QTest::newRow("a:example.com/24//64") << "a:example.com/24//64"
                                          << "example.com" << 24 << 64;
    QTest::newRow("mx:example.org/30") << "mx:example.org/30"
                                       << "example.org" << 30 << -1;
    QTest::newRow("mx/0//0") << "mx/0//0"
                             << "" << 0 << 0;
    QTest::newRow("a:%{d}//128") << "a:%{d}//128"
                                 << "%{d}" << -1 << 128;
}

void TestSpfRecord::dualCidr()
{
    QFETCH(QString, term);
    QFETCH(QString, domain);
    QFETCH(int, ip4);
    QFETCH(int, ip6);
    const SpfRecord r = SpfRecord::parse(QStringLiteral("v=spf1 ") + term);
    QVERIFY2(r.isValid(), qPrintable(r.errors().value(0).describe()));
    const SpfTerm t = r.terms().constFirst();
    QCOMPARE(t.domainSpec.text(), domain);
    QCOMPARE(t.ip4Prefix, ip4);
    QCOMPARE(t.ip6Prefix, ip6);
}

void TestSpfRecord::modifiers()
{
    const SpfRecord r = SpfRecord::parse(
        QStringLiteral("v=spf1   redirect=_spf.example.com exp=explain._spf.%{d} moo.cow-far_out=man:dog/cat  "));
    QVERIFY2(r.isValid(), qPrintable(r.errors().value(0).describe()));
    QCOMPARE(r.terms().size(), 3);
    QVERIFY(r.redirect());
    QCOMPARE(r.redirect()->value.text(), QStringLiteral("_spf.example.com"));
    QVERIFY(r.explanation());
    QVERIFY(r.explanation()->value.hasMacros());
    QCOMPARE(r.terms().at(2).name, QStringLiteral("moo.cow-far_out")); // unknown modifiers are kept
    QCOMPARE(r.terms().at(2).value.text(), QStringLiteral("man:dog/cat"));
    QVERIFY(!r.allMechanism());
    QVERIFY(r.mechanisms().isEmpty());
}

void TestSpfRecord::syntaxErrors_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("term");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("no version") << "ip4:192.0.2.1 -all"
                                << "ip4:192.0.2.1" << 0 << "v=spf1";
    QTest::newRow("version without a space") << "v=spf1-all"
                                             << "v=spf1-all" << 0 << "v=spf1";
    QTest::newRow("unknown mechanism") << "v=spf1 +ip5:192.0.2.1 -all"
                                       << "+ip5:192.0.2.1" << 8 << "not a mechanism";
    QTest::newRow("misspelt include") << "v=spf1 includes:_spf.example.com"
                                      << "includes:_spf.example.com" << 7 << "not a mechanism";
    QTest::newRow("include without a domain") << "v=spf1 include -all"
                                              << "include" << 14 << "needs a colon";
    QTest::newRow("include with an empty domain") << "v=spf1 include: -all"
                                                  << "include:" << 15 << "needs a domain";
    QTest::newRow("include of a single label") << "v=spf1 include:localhost"
                                               << "include:localhost" << 15 << "not a domain";
    QTest::newRow("all with an argument") << "v=spf1 all:example.com"
                                          << "all:example.com" << 10 << "takes nothing";
    QTest::newRow("ip4 prefix too long") << "v=spf1 ip4:192.0.2.0/33"
                                         << "ip4:192.0.2.0/33" << 21 << "larger than 32";
    QTest::newRow("ip4 leading zero") << "v=spf1 ip4:192.0.02.1"
                                      << "ip4:192.0.02.1" << 11 << "not an IPv4 address";
    QTest::newRow("ip4 with a name") << "v=spf1 ip4:mail.example.com"
                                     << "ip4:mail.example.com" << 11 << "not an IPv4 address";
    QTest::newRow("ip4 prefix with a leading zero") << "v=spf1 ip4:192.0.2.0/024"
                                                    << "ip4:192.0.2.0/024" << 21 << "leading zero";
    QTest::newRow("ip4 prefix not a number") << "v=spf1 ip4:192.0.2.0/x"
                                             << "ip4:192.0.2.0/x" << 21 << "not a number";
    QTest::newRow("ip6 prefix too long") << "v=spf1 ip6:2001:db8::/129"
                                         << "ip6:2001:db8::/129" << 22 << "larger than 128";
    QTest::newRow("ip6 with an IPv4 address") << "v=spf1 ip6:192.0.2.1"
                                              << "ip6:192.0.2.1" << 11 << "not an IPv6 address";
    QTest::newRow("ip4 without a colon") << "v=spf1 ip4"
                                         << "ip4" << 10 << "needs a colon";
    QTest::newRow("a prefix too long") << "v=spf1 a/33"
                                       << "a/33" << 9 << "larger than 32";
    QTest::newRow("a ip6 prefix too long") << "v=spf1 a:example.com//200"
                                           << "a:example.com//200" << 22 << "larger than 128";
    QTest::newRow("ptr with a prefix") << "v=spf1 ptr/24"
                                       << "ptr/24" << 10 << "no prefix length";
    QTest::newRow("bad macro") << "v=spf1 exists:%{q}.example.com"
                               << "exists:%{q}.example.com" << 16 << "not a macro letter";
    QTest::newRow("exp letter in a domain") << "v=spf1 a:%{c}.example.com"
                                            << "a:%{c}.example.com" << 11 << "only in an explanation";
    QTest::newRow("two redirects") << "v=spf1 redirect=a.example.com redirect=b.example.com"
                                   << "redirect=b.example.com" << 30 << "more than once";
    QTest::newRow("two exps") << "v=spf1 exp=a.example.com exp=b.example.com"
                              << "exp=b.example.com" << 25 << "more than once";
    QTest::newRow("empty redirect") << "v=spf1 redirect="
                                    << "redirect=" << 7 << "needs a domain";
    QTest::newRow("qualified modifier") << "v=spf1 -redirect=example.com"
                                        << "-redirect=example.com" << 7 << "qualifier";
    QTest::newRow("qualifier alone") << "v=spf1 ~"
                                     << "~" << 7 << "followed by a mechanism";
    QTest::newRow("tab") << "v=spf1\tmx"
                         << "v=spf1\tmx" << 6 << "printable ASCII";
    QTest::newRow("bad modifier name") << "v=spf1 1x=foo"
                                       << "1x=foo" << 7 << "not a modifier name";
}

void TestSpfRecord::syntaxErrors()
{
    QFETCH(QString, record);
    QFETCH(QString, term);
    QFETCH(int, position);
    QFETCH(QString, fragment);
    const SpfRecord r = SpfRecord::parse(record);
    QVERIFY(!r.isValid());
    const SpfSyntaxError e = r.errors().constFirst();
    QCOMPARE(e.term, term);
    QCOMPARE(e.position, position);
    QVERIFY2(e.message.contains(fragment), qPrintable(e.message));
}

void TestSpfRecord::everyErrorIsKept()
{
    const SpfRecord r = SpfRecord::parse(QStringLiteral("v=spf1 ip4:1.2.3.256 mx ip6:zz all:x -all"));
    QCOMPARE(r.errors().size(), 3);
    QCOMPARE(r.errors().at(0).term, QStringLiteral("ip4:1.2.3.256"));
    QCOMPARE(r.errors().at(1).term, QStringLiteral("ip6:zz"));
    QCOMPARE(r.errors().at(2).term, QStringLiteral("all:x"));
    QCOMPARE(r.terms().size(), 2); // mx and -all parsed
}

void TestSpfRecord::describeNamesTermAndPosition()
{
    const SpfRecord r = SpfRecord::parse(QStringLiteral("v=spf1 ip4:192.0.2.0/33 -all"));
    const QString text = r.errors().constFirst().describe();
    QVERIFY2(text.contains(QLatin1String("ip4:192.0.2.0/33")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("22")), qPrintable(text)); // 1-based character
    QVERIFY2(text.contains(QLatin1String("32")), qPrintable(text));
}

void TestSpfRecord::selection_data()
{
    QTest::addColumn<QList<QStringList>>("txt");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("record");
    QTest::addColumn<int>("count");
    using O = RecordSelection::Outcome;
    QTest::newRow("no TXT") << QList<QStringList>() << int(O::None) << QString() << 0;
    QTest::newRow("only other TXT") << QList<QStringList> {{QStringLiteral("google-site-verification=abc")}}
                                    << int(O::None) << QString() << 0;
    QTest::newRow("v=spf10 is not SPF") << QList<QStringList> {{QStringLiteral("v=spf10 -all")}} << int(O::None)
                                        << QString() << 0;
    QTest::newRow("one among others") << QList<QStringList> {{QStringLiteral("foo=bar")},
                                                             {QStringLiteral("v=spf1 mx -all")}}
                                      << int(O::One) << "v=spf1 mx -all" << 1;
    QTest::newRow("strings joined with nothing between")
        << QList<QStringList> {{QStringLiteral("v=spf1 ip4:192.0.2.1 "), QStringLiteral("ip4:192.0.2.2"),
                                QStringLiteral(" -all")}}
        << int(O::One) << "v=spf1 ip4:192.0.2.1 ip4:192.0.2.2 -all" << 1;
    QTest::newRow("a bare v=spf1") << QList<QStringList> {{QStringLiteral("v=spf1")}} << int(O::One) << "v=spf1" << 1;
    QTest::newRow("two: permerror") << QList<QStringList> {{QStringLiteral("v=spf1 mx -all")},
                                                           {QStringLiteral("v=spf1 a -all")}}
                                    << int(O::Many) << QString() << 2;
}

void TestSpfRecord::selection()
{
    QFETCH(QList<QStringList>, txt);
    QFETCH(int, outcome);
    QFETCH(QString, record);
    QFETCH(int, count);
    const RecordSelection s = SpfRecord::select(txt);
    QCOMPARE(int(s.outcome), outcome);
    QCOMPARE(s.record, record);
    QCOMPARE(s.count, count);
}

void TestSpfRecord::lookupTerms()
{
    const SpfRecord r = SpfRecord::parse(QStringLiteral(
        "v=spf1 a mx ptr exists:x.example.com include:y.example.com ip4:192.0.2.1 ip6:::1 all redirect=z.example.com "
        "exp=e.example.com"));
    QVERIFY(r.isValid());
    int lookups = 0;
    for (const SpfTerm& t : r.terms())
        lookups += t.causesDnsLookup() ? 1 : 0;
    QCOMPARE(lookups, 6); // a mx ptr exists include redirect; not ip4, ip6, all, exp
}

QTEST_GUILESS_MAIN(TestSpfRecord)
#include "TestSpfRecord.moc"
