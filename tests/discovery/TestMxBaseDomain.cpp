#include "discovery/MxBaseDomain.h"

#include <QTest>

using namespace Postino;

class TestMxBaseDomain : public QObject
{
    Q_OBJECT
private slots:
    void base_data();
    void base();
};

void TestMxBaseDomain::base_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");
    QTest::newRow("google") << "aspmx.l.google.com"
                            << "google.com";
    QTest::newRow("google with trailing dot") << "ASPMX.L.GOOGLE.COM."
                                              << "google.com";
    QTest::newRow("libero") << "mx1.libero.it"
                            << "libero.it";
    QTest::newRow("aruba hosting") << "mx.aruba.it"
                                   << "aruba.it";
    QTest::newRow("outlook protection") << "example-com.mail.protection.outlook.com"
                                        << "outlook.com";
    QTest::newRow("co.uk keeps three labels") << "mx.example.co.uk"
                                              << "example.co.uk";
    QTest::newRow("com.br keeps three labels") << "mx1.provedor.com.br"
                                               << "provedor.com.br";
    QTest::newRow("already a base domain") << "example.com"
                                           << "example.com";
    QTest::newRow("a single label") << "localhost"
                                    << "localhost";
    QTest::newRow("a two-level suffix alone") << "co.uk"
                                              << "co.uk";
}

void TestMxBaseDomain::base()
{
    QFETCH(QString, host);
    QFETCH(QString, expected);
    QCOMPARE(mxBaseDomain(host), expected);
}

QTEST_GUILESS_MAIN(TestMxBaseDomain)
#include "TestMxBaseDomain.moc"
