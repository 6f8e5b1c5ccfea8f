#include "UserDictionary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace Postino;

namespace {
QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestUserDictionary : public QObject
{
    Q_OBJECT
private slots:
    void aMissingFileHasNoWords()
    {
        QTemporaryDir dir;
        const auto words = UserDictionary::read(dir.filePath(QStringLiteral("dictionary.txt")));
        QVERIFY(words.ok());
        QVERIFY(words.value().isEmpty());
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("postino/dictionary.txt")); // the folder is made
        QVERIFY(UserDictionary::add(file, QStringLiteral("perchéé")).ok());
        const auto after = UserDictionary::add(file, QStringLiteral("  Postino "));
        QVERIFY(after.ok());
        QCOMPARE(after.value(), (QStringList {QStringLiteral("perchéé"), QStringLiteral("Postino")}));
        QCOMPARE(contents(file), QByteArray("perchéé\nPostino\n"));
        QCOMPARE(UserDictionary::read(file).value(), after.value());
        QVERIFY(UserDictionary::add(file, QStringLiteral("Postino")).ok()); // already there: once
        QCOMPARE(contents(file), QByteArray("perchéé\nPostino\n"));
    }

    void readSkipsBlankAndRepeatedLines()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dictionary.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("uno\r\n\n  due \nuno\n");
        f.close();
        QCOMPARE(UserDictionary::read(file).value(), (QStringList {QStringLiteral("uno"), QStringLiteral("due")}));
    }

    void notAWord_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("two lines") << QStringLiteral("uno\ndue");
        QTest::newRow("too long") << QString(101, u'a');
    }
    void notAWord()
    {
        QFETCH(QString, word);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dictionary.txt"));
        const auto added = UserDictionary::add(file, word);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind(), ErrorKind::DataError);
        QVERIFY(!QFile::exists(file));
    }

    void aFailedWriteLeavesTheFileAsItWas()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dictionary.txt"));
        QVERIFY(UserDictionary::add(file, QStringLiteral("uno")).ok());
        const auto added =
            UserDictionary::add(file, QStringLiteral("due"), [](Disk::Step, const QString&) { return EROFS; });
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind(), ErrorKind::IoError);
        QVERIFY(added.error().message().contains(QDir::toNativeSeparators(file)));
        QCOMPARE(contents(file), QByteArray("uno\n"));
    }

    void aFolderThatIsAFileIsAnError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("postino")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto added =
            UserDictionary::add(dir.filePath(QStringLiteral("postino/dictionary.txt")), QStringLiteral("uno"));
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind(), ErrorKind::IoError);
    }
};

QTEST_GUILESS_MAIN(TestUserDictionary)
#include "TestUserDictionary.moc"
