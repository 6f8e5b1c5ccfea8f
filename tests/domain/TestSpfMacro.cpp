#include "domain/SpfMacro.h"

#include <QTest>

using namespace Postino;

class TestSpfMacro : public QObject
{
    Q_OBJECT
private slots:
    void rfcExamples_data();
    void rfcExamples();
    void explanationLetters();
    void syntaxErrors_data();
    void syntaxErrors();
    void domainEnd_data();
    void domainEnd();

private:
    static SpfMacroContext rfcContext(const QString& ip);
};

// RFC 7208 §7.4: sender strong-bad@email.example.com, client 192.0.2.3 or 2001:db8::cb01.
SpfMacroContext TestSpfMacro::rfcContext(const QString& ip)
{
    SpfMacroContext c;
    c.sender = QStringLiteral("strong-bad@email.example.com");
    c.localPart = QStringLiteral("strong-bad");
    c.senderDomain = QStringLiteral("email.example.com");
    c.domain = QStringLiteral("email.example.com");
    c.ip = QHostAddress(ip);
    c.helo = QStringLiteral("mx.example.org");
    return c;
}

void TestSpfMacro::rfcExamples_data()
{
    QTest::addColumn<QString>("macro");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("expected");
    const QString v4 = QStringLiteral("192.0.2.3");
    QTest::newRow("%{s}") << "%{s}" << v4 << "strong-bad@email.example.com";
    QTest::newRow("%{o}") << "%{o}" << v4 << "email.example.com";
    QTest::newRow("%{d}") << "%{d}" << v4 << "email.example.com";
    QTest::newRow("%{d4}") << "%{d4}" << v4 << "email.example.com";
    QTest::newRow("%{d3}") << "%{d3}" << v4 << "email.example.com";
    QTest::newRow("%{d2}") << "%{d2}" << v4 << "example.com";
    QTest::newRow("%{d1}") << "%{d1}" << v4 << "com";
    QTest::newRow("%{dr}") << "%{dr}" << v4 << "com.example.email";
    QTest::newRow("%{d2r}") << "%{d2r}" << v4 << "example.email";
    QTest::newRow("%{l}") << "%{l}" << v4 << "strong-bad";
    QTest::newRow("%{l-}") << "%{l-}" << v4 << "strong.bad";
    QTest::newRow("%{lr}") << "%{lr}" << v4 << "strong-bad";
    QTest::newRow("%{lr-}") << "%{lr-}" << v4 << "bad.strong";
    QTest::newRow("%{l1r-}") << "%{l1r-}" << v4 << "strong";
    QTest::newRow("ir v _spf d2") << "%{ir}.%{v}._spf.%{d2}" << v4 << "3.2.0.192.in-addr._spf.example.com";
    QTest::newRow("lr- lp _spf d2") << "%{lr-}.lp._spf.%{d2}" << v4 << "bad.strong.lp._spf.example.com";
    QTest::newRow("lr- lp ir v _spf d2") << "%{lr-}.lp.%{ir}.%{v}._spf.%{d2}" << v4
                                         << "bad.strong.lp.3.2.0.192.in-addr._spf.example.com";
    QTest::newRow("ir v l1r- lp _spf d2")
        << "%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}" << v4 << "3.2.0.192.in-addr.strong.lp._spf.example.com";
    QTest::newRow("d2 trusted-domains") << "%{d2}.trusted-domains.example.net" << v4
                                        << "example.com.trusted-domains.example.net";
    QTest::newRow("IPv6 ir v _spf d2")
        << "%{ir}.%{v}._spf.%{d2}"
        << "2001:db8::cb01"
        << "1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com";
    QTest::newRow("IPv6 %{i} in dot format") << "%{i}"
                                             << "2001:db8::cb01"
                                             << "2.0.0.1.0.d.b.8.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.c.b.0.1";
    QTest::newRow("escapes") << "a%%b%_c%-d" << v4 << "a%b c%20d";
    QTest::newRow("upper case URL-encodes") << "%{S}" << v4 << "strong-bad%40email.example.com";
    QTest::newRow("h") << "%{h}" << v4 << "mx.example.org";
    QTest::newRow("p without validation") << "%{p}" << v4 << "unknown";
    QTest::newRow("digits beyond the parts") << "%{d9}" << v4 << "email.example.com";
    QTest::newRow("several delimiters") << "%{l-.}" << v4 << "strong.bad";
}

void TestSpfMacro::rfcExamples()
{
    QFETCH(QString, macro);
    QFETCH(QString, ip);
    QFETCH(QString, expected);
    std::optional<SpfMacroError> error;
    const SpfMacroString parsed = SpfMacroString::parse(macro, SpfMacroString::Use::DomainSpec, &error);
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
    QCOMPARE(parsed.expand(rfcContext(ip)), expected);
}

void TestSpfMacro::explanationLetters()
{
    std::optional<SpfMacroError> error;
    const SpfMacroString text = SpfMacroString::parse(QStringLiteral("%{c} is not one of %{d}'s servers (%{r}, %{t})"),
                                                      SpfMacroString::Use::Explanation, &error);
    QVERIFY(!error);
    SpfMacroContext c = rfcContext(QStringLiteral("2001:db8::cb01"));
    c.timestamp = 1700000000;
    QCOMPARE(text.expand(c),
             QStringLiteral("2001:db8::cb01 is not one of email.example.com's servers (unknown, 1700000000)"));
    SpfMacroString::parse(QStringLiteral("%{c}.example.com"), SpfMacroString::Use::DomainSpec, &error);
    QVERIFY(error);
    QVERIFY(error->message.contains(QLatin1String("exp=")));
}

void TestSpfMacro::syntaxErrors_data()
{
    QTest::addColumn<QString>("macro");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("lone percent") << "a%b" << 1 << "must be followed";
    QTest::newRow("percent at the end") << "ab%" << 2 << "must be followed";
    QTest::newRow("unclosed") << "x.%{d2" << 2 << "not closed";
    QTest::newRow("no letter") << "%{}" << 0 << "no letter";
    QTest::newRow("unknown letter") << "%{x}" << 2 << "not a macro letter";
    QTest::newRow("zero parts") << "%{d0}" << 3 << "0 parts";
    QTest::newRow("bad delimiter") << "%{d2r*}" << 5 << "not a macro delimiter";
    QTest::newRow("space in a domain") << "a b" << 1 << "space";
    QTest::newRow("non-ASCII") << "caffè.it" << 4 << "visible ASCII";
}

void TestSpfMacro::syntaxErrors()
{
    QFETCH(QString, macro);
    QFETCH(int, offset);
    QFETCH(QString, fragment);
    std::optional<SpfMacroError> error;
    SpfMacroString::parse(macro, SpfMacroString::Use::DomainSpec, &error);
    QVERIFY(error);
    QCOMPARE(error->offset, offset);
    QVERIFY2(error->message.contains(fragment), qPrintable(error->message));
}

void TestSpfMacro::domainEnd_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain domain") << "_spf.google.com" << true;
    QTest::newRow("trailing dot") << "example.com." << true;
    QTest::newRow("ends in a macro") << "%{ir}.%{d}" << true;
    QTest::newRow("ends in an escape") << "foo.%%" << true;
    QTest::newRow("a single label") << "localhost" << false;
    QTest::newRow("numeric top label") << "192.0.2.1" << false;
    QTest::newRow("hyphenated top label") << "example.xn--p1ai" << true;
}

void TestSpfMacro::domainEnd()
{
    QFETCH(QString, spec);
    QFETCH(bool, ok);
    std::optional<SpfMacroError> error;
    const SpfMacroString parsed = SpfMacroString::parse(spec, SpfMacroString::Use::DomainSpec, &error);
    QVERIFY(!error);
    QCOMPARE(parsed.hasDomainEnd(), ok);
}

QTEST_GUILESS_MAIN(TestSpfMacro)
#include "TestSpfMacro.moc"
