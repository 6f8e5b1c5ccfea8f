#include "RelativeTime.h"
#include "Translations.h"

#include <QTest>

using namespace Postino;

// RelativeTime: how far a time is from now, in the words people use.
class TestRelativeTime : public QObject
{
    Q_OBJECT
private slots:
    // Plural forms come from the English catalogue, as in the application.
    void initTestCase() { QVERIFY(Translations::install(QCoreApplication::instance(), QStringLiteral("en"))); }

    void distance_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("words");
        QTest::newRow("now") << qint64(2) << QStringLiteral("now");
        QTest::newRow("just past") << qint64(-3) << QStringLiteral("now");
        QTest::newRow("one second") << qint64(5) << QStringLiteral("in 5 seconds");
        QTest::newRow("59 s") << qint64(59) << QStringLiteral("in 59 seconds");
        QTest::newRow("a minute") << qint64(60) << QStringLiteral("in 1 minute");
        QTest::newRow("2 min rounded") << qint64(100) << QStringLiteral("in 2 minutes");
        QTest::newRow("89 min") << qint64(89 * 60) << QStringLiteral("in 89 minutes");
        QTest::newRow("90 min is 2 h") << qint64(90 * 60) << QStringLiteral("in 2 hours");
        QTest::newRow("35 h") << qint64(35 * 3600) << QStringLiteral("in 35 hours");
        QTest::newRow("2 days") << qint64(47 * 3600) << QStringLiteral("in 2 days");
        QTest::newRow("past minutes") << qint64(-300) << QStringLiteral("5 minutes ago");
        QTest::newRow("an hour ago, in minutes") << qint64(-3600) << QStringLiteral("60 minutes ago");
        QTest::newRow("past hours") << qint64(-2 * 3600) << QStringLiteral("2 hours ago");
    }
    void distance()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, words);
        const QDateTime now(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
        QCOMPARE(RelativeTime::distance(now.addSecs(seconds), now), words);
    }

    void clockAndDistance()
    {
        const QDateTime now = QDateTime::currentDateTime();
        const QDateTime soon = now.addSecs(125);
        const QString text = RelativeTime::clockAndDistance(soon, now);
        QVERIFY2(text.endsWith(QStringLiteral("(in 2 minutes)")), qPrintable(text));
        QVERIFY(text.contains(QLocale().toString(soon.time(), QLocale::ShortFormat))
                || text.contains(QLocale().toString(soon, QLocale::ShortFormat)));
        QCOMPARE(RelativeTime::clockAndDistance(QDateTime(), now), QStringLiteral("–"));
        // Another day: the date is there too.
        const QString later = RelativeTime::clockAndDistance(now.addDays(3), now);
        QVERIFY2(later.contains(QLocale().toString(now.addDays(3), QLocale::ShortFormat)), qPrintable(later));
    }
};

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "TestRelativeTime.moc"
