#include "DomainTestUtil.h"
#include "domain/MtaStsPolicy.h"

#include <QTest>

using namespace Postino;
using namespace Postino::Test;

Q_DECLARE_METATYPE(Postino::MtaStsPolicy::Mode)

class TestMtaStsPolicy : public QObject
{
    Q_OBJECT
private slots:
    void validPolicies_data();
    void validPolicies();
    void invalidPolicies_data();
    void invalidPolicies();
    void patterns_data();
    void patterns();
    void recordId_data();
    void recordId();
};

void TestMtaStsPolicy::validPolicies_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<MtaStsPolicy::Mode>("mode");
    QTest::addColumn<qint64>("maxAge");
    QTest::addColumn<QStringList>("mx");
    // RFC 8461 §3.2's example
    QTest::newRow("rfc 8461 example, crlf")
        << QByteArray("version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmx: *.example.net\r\n"
                      "mx: backupmx.example.com\r\nmax_age: 604800\r\n")
        << MtaStsPolicy::Mode::Enforce << qint64(604800)
        << strings({"mail.example.com", "*.example.net", "backupmx.example.com"});
    QTest::newRow("lf, no final break, any order")
        << QByteArray("mx: MX.Example.COM.\nmax_age: 86400\nmode: testing\n"
                      "version: STSv1")
        << MtaStsPolicy::Mode::Testing << qint64(86400) << strings({"mx.example.com"});
    QTest::newRow("mode none needs no mx") << QByteArray("version: STSv1\nmode: none\nmax_age: 0\n")
                                           << MtaStsPolicy::Mode::None << qint64(0) << QStringList();
    QTest::newRow("unknown keys ignored, spaces after the colon")
        << QByteArray("version:STSv1\nmode:    enforce\nmx: mx.example.com\nmax_age: 31557600\nfoo_bar: baz\n")
        << MtaStsPolicy::Mode::Enforce << qint64(31557600) << strings({"mx.example.com"});
    QTest::newRow("trailing blank line") << QByteArray("version: STSv1\nmode: enforce\nmx: mx.example.com\n"
                                                       "max_age: 604800\n\n")
                                         << MtaStsPolicy::Mode::Enforce << qint64(604800)
                                         << strings({"mx.example.com"});
}

void TestMtaStsPolicy::validPolicies()
{
    QFETCH(QByteArray, text);
    QFETCH(MtaStsPolicy::Mode, mode);
    QFETCH(qint64, maxAge);
    QFETCH(QStringList, mx);
    const MtaStsPolicy policy = MtaStsPolicy::parse(text);
    QVERIFY2(policy.isValid(), qPrintable(policy.errors().join(QLatin1Char('\n'))));
    QCOMPARE(policy.mode(), mode);
    QCOMPARE(policy.maxAge(), maxAge);
    QCOMPARE(policy.mxPatterns(), mx);
}

void TestMtaStsPolicy::invalidPolicies_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("says");
    const QByteArray rest = "mode: enforce\nmx: mx.example.com\nmax_age: 604800\n";
    QTest::newRow("no version") << rest << QStringLiteral("version: STSv1");
    QTest::newRow("wrong version") << QByteArray("version: STSv2\n" + rest) << QStringLiteral("STSv2");
    QTest::newRow("version twice") << QByteArray("version: STSv1\nversion: STSv1\n" + rest) << QStringLiteral("twice");
    QTest::newRow("bad mode") << QByteArray("version: STSv1\nmode: strict\nmx: mx.example.com\nmax_age: 1\n")
                              << QStringLiteral("strict");
    QTest::newRow("mode is case-sensitive")
        << QByteArray("version: STSv1\nmode: Enforce\nmx: mx.example.com\nmax_age: 1\n") << QStringLiteral("Enforce");
    QTest::newRow("no mode") << QByteArray("version: STSv1\nmx: mx.example.com\nmax_age: 1\n")
                             << QStringLiteral("mode:");
    QTest::newRow("enforce without mx") << QByteArray("version: STSv1\nmode: enforce\nmax_age: 604800\n")
                                        << QStringLiteral("mx:");
    QTest::newRow("no max_age") << QByteArray("version: STSv1\nmode: enforce\nmx: mx.example.com\n")
                                << QStringLiteral("max_age");
    QTest::newRow("max_age over a year") << QByteArray(
        "version: STSv1\nmode: enforce\nmx: mx.example.com\nmax_age: 31557601\n")
                                         << QStringLiteral("31557601");
    QTest::newRow("max_age negative") << QByteArray("version: STSv1\nmode: enforce\nmx: mx.example.com\nmax_age: -5\n")
                                      << QStringLiteral("-5");
    QTest::newRow("max_age not a number")
        << QByteArray("version: STSv1\nmode: enforce\nmx: mx.example.com\nmax_age: 1w\n") << QStringLiteral("1w");
    QTest::newRow("wildcard in the middle")
        << QByteArray("version: STSv1\nmode: enforce\nmx: mx.*.example.com\nmax_age: 604800\n")
        << QStringLiteral("mx.*.example.com");
    QTest::newRow("not key: value") << QByteArray("version: STSv1\n" + rest + "this line has no colon\n")
                                    << QStringLiteral("no colon");
    QTest::newRow("blank line inside") << QByteArray("version: STSv1\n\n" + rest) << QStringLiteral("empty");
    QTest::newRow("an html page") << QByteArray("<html><body>Not found</body></html>\n")
                                  << QStringLiteral("key: value");
    QTest::newRow("over 64 KiB") << QByteArray("version: STSv1\n" + rest + QByteArray(70000, 'x'))
                                 << QStringLiteral("65536");
}

void TestMtaStsPolicy::invalidPolicies()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, says);
    const MtaStsPolicy policy = MtaStsPolicy::parse(text);
    QVERIFY(!policy.isValid());
    const QString all = policy.errors().join(QLatin1Char('\n'));
    QVERIFY2(all.contains(says), qPrintable(all));
}

void TestMtaStsPolicy::patterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << QStringLiteral("mail.example.com") << QStringLiteral("mail.example.com") << true;
    QTest::newRow("case and final dot") << QStringLiteral("Mail.Example.com.") << QStringLiteral("mail.EXAMPLE.com.")
                                        << true;
    QTest::newRow("other host") << QStringLiteral("mail.example.com") << QStringLiteral("mx.example.com") << false;
    QTest::newRow("wildcard, one label") << QStringLiteral("*.example.net") << QStringLiteral("mx1.example.net")
                                         << true;
    QTest::newRow("wildcard, not the bare domain")
        << QStringLiteral("*.example.net") << QStringLiteral("example.net") << false;
    QTest::newRow("wildcard, not two labels")
        << QStringLiteral("*.example.net") << QStringLiteral("a.mx.example.net") << false;
    QTest::newRow("wildcard, not a suffix of a label")
        << QStringLiteral("*.example.net") << QStringLiteral("mx.badexample.net") << false;
}

void TestMtaStsPolicy::patterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, host);
    QFETCH(bool, matches);
    QCOMPARE(MtaStsPolicy::patternMatches(pattern, host), matches);
}

void TestMtaStsPolicy::recordId_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("id");
    QTest::newRow("rfc example") << QStringLiteral("v=STSv1; id=20160831085700Z;") << QStringLiteral("20160831085700Z");
    QTest::newRow("spaces") << QStringLiteral("v=STSv1 ; id = abc123") << QStringLiteral("abc123");
    QTest::newRow("none") << QStringLiteral("v=STSv1;") << QString();
    QTest::newRow("too long") << QStringLiteral("v=STSv1; id=") + QString(33, QLatin1Char('a')) << QString();
    QTest::newRow("not alphanumeric") << QStringLiteral("v=STSv1; id=2024-01-01") << QString();
}

void TestMtaStsPolicy::recordId()
{
    QFETCH(QString, record);
    QFETCH(QString, id);
    QCOMPARE(MtaStsPolicy::recordId(record), id);
}

QTEST_GUILESS_MAIN(TestMtaStsPolicy)
#include "TestMtaStsPolicy.moc"
