#include "discovery/SrvOrdering.h"

#include <QTest>

using namespace Postino;

namespace {

// Draws from a list, in order; records the bounds asked for.
struct ScriptedRandom
{
    QList<quint32> draws;
    QList<quint32>* bounds;
    quint32 operator()(quint32 bound)
    {
        bounds->append(bound);
        return draws.isEmpty() ? 0 : draws.takeFirst();
    }
};

QStringList targets(const QList<SrvRecord>& records)
{
    QStringList list;
    for (const SrvRecord& r : records)
        list.append(r.target);
    return list;
}

} // namespace

class TestSrvOrdering : public QObject
{
    Q_OBJECT
private slots:
    void order_data();
    void order();
    void zeroWeightsComeFirstInTheDraw();
    void weightsMatterStatistically();
};

void TestSrvOrdering::order_data()
{
    QTest::addColumn<QList<SrvRecord>>("records");
    QTest::addColumn<QList<quint32>>("draws");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QList<SrvRecord> {} << QList<quint32> {} << QStringList {};
    QTest::newRow("a lone dot means no service")
        << QList<SrvRecord> {{QStringLiteral("."), 0, 0, 0}} << QList<quint32> {} << QStringList {};
    QTest::newRow("lower priority first, whatever the weight")
        << QList<SrvRecord> {{QStringLiteral("b.test"), 465, 20, 100}, {QStringLiteral("a.test"), 465, 10, 1}}
        << QList<quint32> {0, 0} << QStringList {QStringLiteral("a.test"), QStringLiteral("b.test")};
    // Weights 10 and 30: running sums 10, 40. A draw of 10 picks the first, 11 the second.
    QTest::newRow("draw at the first running sum picks the first")
        << QList<SrvRecord> {{QStringLiteral("a.test"), 465, 1, 10}, {QStringLiteral("b.test"), 465, 1, 30}}
        << QList<quint32> {10, 0} << QStringList {QStringLiteral("a.test"), QStringLiteral("b.test")};
    QTest::newRow("draw past the first running sum picks the second")
        << QList<SrvRecord> {{QStringLiteral("a.test"), 465, 1, 10}, {QStringLiteral("b.test"), 465, 1, 30}}
        << QList<quint32> {11, 0} << QStringList {QStringLiteral("b.test"), QStringLiteral("a.test")};
    QTest::newRow("a dot among real targets is dropped")
        << QList<SrvRecord> {{QStringLiteral("."), 0, 0, 0}, {QStringLiteral("a.test"), 587, 5, 0}}
        << QList<quint32> {0} << QStringList {QStringLiteral("a.test")};
    QTest::newRow("three priorities") << QList<SrvRecord> {{QStringLiteral("c.test"), 1, 30, 0},
                                                           {QStringLiteral("a.test"), 1, 10, 0},
                                                           {QStringLiteral("b.test"), 1, 20, 0}}
                                      << QList<quint32> {}
                                      << QStringList {QStringLiteral("a.test"), QStringLiteral("b.test"),
                                                      QStringLiteral("c.test")};
}

void TestSrvOrdering::order()
{
    QFETCH(QList<SrvRecord>, records);
    QFETCH(QList<quint32>, draws);
    QFETCH(QStringList, expected);
    QList<quint32> bounds;
    QCOMPARE(targets(orderSrvRecords(records, ScriptedRandom {draws, &bounds})), expected);
}

void TestSrvOrdering::zeroWeightsComeFirstInTheDraw()
{
    // Weights 0 and 5: running sums 0 (the zero first), 5. A draw of 0 picks the zero-weight one.
    QList<quint32> bounds;
    const QList<SrvRecord> records = {{QStringLiteral("heavy.test"), 1, 1, 5}, {QStringLiteral("zero.test"), 1, 1, 0}};
    QCOMPARE(targets(orderSrvRecords(records, ScriptedRandom {{0, 0}, &bounds})),
             (QStringList {QStringLiteral("zero.test"), QStringLiteral("heavy.test")}));
    QCOMPARE(bounds.first(), 5u); // the draw spans 0..sum of weights
    QCOMPARE(targets(orderSrvRecords(records, ScriptedRandom {{3, 0}, &bounds})),
             (QStringList {QStringLiteral("heavy.test"), QStringLiteral("zero.test")}));
}

void TestSrvOrdering::weightsMatterStatistically()
{
    // With the real generator, weight 90 against 10 comes first most of the time.
    const QList<SrvRecord> records = {{QStringLiteral("light.test"), 1, 1, 10},
                                      {QStringLiteral("heavy.test"), 1, 1, 90}};
    int heavyFirst = 0;
    for (int i = 0; i < 2000; ++i)
        heavyFirst += orderSrvRecords(records).first().target == QLatin1String("heavy.test") ? 1 : 0;
    QVERIFY2(heavyFirst > 1600 && heavyFirst < 1990, qPrintable(QString::number(heavyFirst)));
}

QTEST_GUILESS_MAIN(TestSrvOrdering)
#include "TestSrvOrdering.moc"
