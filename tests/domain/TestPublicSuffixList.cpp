#include "domain/DomainAlignment.h"
#include "domain/PublicSuffixList.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Postino;

class TestPublicSuffixList : public QObject
{
    Q_OBJECT
private slots:
    void organizationalDomain_data();
    void organizationalDomain();
    void systemListIsDebians();
    void rulesFromAFile_data();
    void rulesFromAFile();
    void missingFile();
    void alignment_data();
    void alignment();
};

void TestPublicSuffixList::organizationalDomain_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("organizational");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("example.co.uk") << "example.co.uk"
                                   << "example.co.uk"
                                   << "co.uk";
    QTest::newRow("mail.example.co.uk") << "mail.example.co.uk"
                                        << "example.co.uk"
                                        << "co.uk";
    QTest::newRow("sub.example.com") << "sub.example.com"
                                     << "example.com"
                                     << "com";
    QTest::newRow("a.b.sub.example.com") << "a.b.sub.example.com"
                                         << "example.com"
                                         << "com";
    QTest::newRow("example.it") << "example.it"
                                << "example.it"
                                << "it";
    QTest::newRow("mx1.libero.it") << "mx1.libero.it"
                                   << "libero.it"
                                   << "it";
    QTest::newRow("case and final dot") << "Mail.Example.COM."
                                        << "example.com"
                                        << "com";
    QTest::newRow("a public suffix is its own") << "co.uk"
                                                << "co.uk"
                                                << "co.uk";
    QTest::newRow("an unknown TLD: the * rule") << "host.example.invalidtld"
                                                << "example.invalidtld"
                                                << "invalidtld";
}

void TestPublicSuffixList::organizationalDomain()
{
    QFETCH(QString, domain);
    QFETCH(QString, organizational);
    QFETCH(QString, suffix);
    // The same answers from Debian's list (when installed) and from the built-in one.
    const PublicSuffixList builtIn = PublicSuffixList::builtIn();
    for (const PublicSuffixList* list : {&PublicSuffixList::system(), &builtIn}) {
        QCOMPARE(list->organizationalDomain(domain), organizational);
        QCOMPARE(list->publicSuffix(domain), suffix);
    }
    QCOMPARE(Postino::organizationalDomain(domain), organizational);
}

void TestPublicSuffixList::systemListIsDebians()
{
    if (!QFile::exists(PublicSuffixList::defaultPath()))
        QSKIP("Debian's publicsuffix package is not installed; the built-in list is used");
    const PublicSuffixList& list = PublicSuffixList::system();
    QCOMPARE(list.source(), PublicSuffixList::defaultPath());
    // What only the full list knows: private suffixes, wildcards, exceptions, IDN suffixes.
    QCOMPARE(list.organizationalDomain(QStringLiteral("foo.github.io")), QStringLiteral("foo.github.io"));
    QCOMPARE(list.organizationalDomain(QStringLiteral("www.city.kawasaki.jp")), QStringLiteral("city.kawasaki.jp"));
    QCOMPARE(list.organizationalDomain(QStringLiteral("a.b.c.kawasaki.jp")), QStringLiteral("b.c.kawasaki.jp"));
    QCOMPARE(list.organizationalDomain(QStringLiteral("www.example.xn--p1ai")), QStringLiteral("example.xn--p1ai"));
    QCOMPARE(list.organizationalDomain(QStringLiteral("www.пример.рф")), QStringLiteral("xn--e1afmkfd.xn--p1ai"));
}

void TestPublicSuffixList::rulesFromAFile_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("organizational");
    QTest::newRow("plain rule") << "a.b.example.test"
                                << "b.example.test";
    QTest::newRow("wildcard") << "x.y.z.wild.test"
                              << "y.z.wild.test";
    QTest::newRow("exception to the wildcard") << "a.www.wild.test"
                                               << "www.wild.test";
    QTest::newRow("longest rule wins") << "m.n.deep.example.test"
                                       << "n.deep.example.test";
    QTest::newRow("nothing matches: *") << "a.b.other"
                                        << "b.other";
}

void TestPublicSuffixList::rulesFromAFile()
{
    QFETCH(QString, domain);
    QFETCH(QString, organizational);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("psl.dat")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("// comment\n\n// ===BEGIN ICANN DOMAINS===\ntest\nexample.test\ndeep.example.test\n*.wild.test\n"
               "!www.wild.test   trailing words are ignored\n");
    file.close();
    const PublicSuffixList list = PublicSuffixList::fromFile(file.fileName());
    QVERIFY(!list.isEmpty());
    QCOMPARE(list.source(), file.fileName());
    QCOMPARE(list.organizationalDomain(domain), organizational);
}

void TestPublicSuffixList::missingFile()
{
    QVERIFY(PublicSuffixList::fromFile(QStringLiteral("/nonexistent/psl.dat")).isEmpty());
    QCOMPARE(PublicSuffixList::builtIn().source(), QStringLiteral("built-in"));
}

void TestPublicSuffixList::alignment_data()
{
    QTest::addColumn<QString>("authenticated");
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("relaxed");
    QTest::addColumn<bool>("strict");
    QTest::newRow("same name") << "example.com"
                               << "Example.COM." << true << true;
    QTest::newRow("subdomain") << "bounce.example.com"
                               << "example.com" << true << false;
    QTest::newRow("two subdomains") << "a.example.co.uk"
                                    << "b.example.co.uk" << true << false;
    QTest::newRow("different organisations under co.uk") << "example.co.uk"
                                                         << "other.co.uk" << false << false;
    QTest::newRow("a provider's domain") << "sendgrid.net"
                                         << "example.it" << false << false;
    QTest::newRow("empty") << ""
                           << "example.it" << false << false;
}

void TestPublicSuffixList::alignment()
{
    QFETCH(QString, authenticated);
    QFETCH(QString, from);
    QFETCH(bool, relaxed);
    QFETCH(bool, strict);
    QCOMPARE(domainsAlign(authenticated, from, AlignmentMode::Relaxed), relaxed);
    QCOMPARE(domainsAlign(authenticated, from, AlignmentMode::Strict), strict);
}

QTEST_GUILESS_MAIN(TestPublicSuffixList)
#include "TestPublicSuffixList.moc"
