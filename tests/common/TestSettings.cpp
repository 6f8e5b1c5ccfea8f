#include "common/Settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Postino;

// Settings::boolValue: what a person may write in postino.ini for a yes/no key.
class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void boolValue_data()
    {
        QTest::addColumn<QVariant>("written"); // invalid: not in the file
        QTest::addColumn<bool>("value");
        QTest::newRow("not set: the default (on)") << QVariant() << true;
        QTest::newRow("false") << QVariant(QStringLiteral("false")) << false;
        QTest::newRow("False, with spaces") << QVariant(QStringLiteral(" False ")) << false;
        QTest::newRow("no") << QVariant(QStringLiteral("no")) << false;
        QTest::newRow("OFF") << QVariant(QStringLiteral("OFF")) << false;
        QTest::newRow("0") << QVariant(0) << false;
        QTest::newRow("true") << QVariant(QStringLiteral("true")) << true;
        QTest::newRow("1") << QVariant(1) << true;
        QTest::newRow("yes") << QVariant(QStringLiteral("yes")) << true;
    }
    void boolValue()
    {
        QFETCH(QVariant, written);
        QFETCH(bool, value);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("postino.ini"));
        {
            Settings settings(file);
            if (written.isValid())
                settings.setValue(Settings::Key::AccountChunking, written, QStringLiteral("work"));
            QVERIFY(settings.sync());
        }
        const Settings read(file); // as the file says, not as the QSettings in memory
        QCOMPARE(read.boolValue(Settings::Key::AccountChunking, QStringLiteral("work")), value);
        QCOMPARE(read.boolValue(Settings::Key::AccountChunking, QStringLiteral("other")), true);
        QCOMPARE(Settings::path(Settings::Key::AccountChunking, QStringLiteral("work")),
                 QStringLiteral("accounts/work/chunking"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
