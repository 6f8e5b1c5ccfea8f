#include "SpellChecker.h"
#include "Spelling.h"
#include "common/Settings.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace Postino;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A Hunspell dictionary of a few words, in encoding (its SET line).
void writeDictionary(const QDir& dir, const QString& code, const QByteArray& encoding, const QByteArrayList& words)
{
    writeFile(dir.filePath(code + QStringLiteral(".aff")), "SET " + encoding + "\n");
    writeFile(dir.filePath(code + QStringLiteral(".dic")),
              QByteArray::number(words.size()) + '\n' + words.join('\n') + '\n');
}

Spelling::Options optionsIn(const QTemporaryDir& config, const QStringList& dirs)
{
    Spelling::Options options;
    options.dictionaryDirs = dirs;
    options.userDictionaryFile = config.filePath(QStringLiteral("dictionary.txt"));
    options.settingsFile = config.filePath(QStringLiteral("postino.ini"));
    return options;
}

QStringList codes(const QList<DictionaryInfo>& dictionaries)
{
    QStringList list;
    for (const DictionaryInfo& info : dictionaries)
        list.append(info.code);
    return list;
}

} // namespace

class TestSpelling : public QObject
{
    Q_OBJECT
private slots:
    void findsPairsAndNamesThemInTheirLanguage()
    {
        QTemporaryDir dir;
        const QDir d(dir.path());
        writeDictionary(d, QStringLiteral("it_IT"), "UTF-8", {"ciao"});
        writeDictionary(d, QStringLiteral("en_US"), "UTF-8", {"hello"});
        writeDictionary(d, QStringLiteral("en_GB"), "UTF-8", {"colour"});
        QVERIFY(QFile::link(d.filePath(QStringLiteral("it_IT.aff")), d.filePath(QStringLiteral("it_CH.aff"))));
        QVERIFY(QFile::link(d.filePath(QStringLiteral("it_IT.dic")), d.filePath(QStringLiteral("it_CH.dic"))));
        writeFile(d.filePath(QStringLiteral("de_DE.aff")), "SET UTF-8\n"); // no .dic: not a dictionary
        const QList<DictionaryInfo> found = Spelling::findDictionaries({dir.path()});
        QCOMPARE(codes(found),
                 (QStringList {QStringLiteral("en_GB"), QStringLiteral("en_US"), QStringLiteral("it_IT")}));
        QCOMPARE(found.at(0).name, QStringLiteral("English (United Kingdom)"));
        QCOMPARE(found.at(1).name, QStringLiteral("English (United States)"));
        QCOMPARE(found.at(2).name, QStringLiteral("Italiano")); // it_CH is the same files: the language alone
        QCOMPARE(found.at(2).aliases, QStringList {QStringLiteral("it_CH")});
        QCOMPARE(found.at(2).dicPath, d.filePath(QStringLiteral("it_IT.dic")));
    }

    void anEarlierFolderWins()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        writeDictionary(QDir(first.path()), QStringLiteral("it_IT"), "UTF-8", {"ciao"});
        writeDictionary(QDir(second.path()), QStringLiteral("it_IT"), "UTF-8", {"ciao"});
        writeDictionary(QDir(second.path()), QStringLiteral("fr_FR"), "UTF-8", {"bonjour"});
        const QList<DictionaryInfo> found = Spelling::findDictionaries({first.path(), second.path()});
        QCOMPARE(codes(found), (QStringList {QStringLiteral("fr_FR"), QStringLiteral("it_IT")}));
        QCOMPARE(found.at(0).name, QStringLiteral("Français (France)"));
        QVERIFY(found.at(1).affPath.startsWith(first.path()));
    }

    void theEnvironmentNamesTheFolders()
    {
        qputenv("POSTINO_DICTIONARY_DIRS", "/one:/two");
        QCOMPARE(Spelling::defaultDictionaryDirs(), (QStringList {QStringLiteral("/one"), QStringLiteral("/two")}));
        qunsetenv("POSTINO_DICTIONARY_DIRS");
        QCOMPARE(Spelling::defaultDictionaryDirs(), QStringList {QStringLiteral("/usr/share/hunspell")});
    }

    void preferredLanguage_data()
    {
        QTest::addColumn<QStringList>("installed");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("uiLanguage");
        QTest::addColumn<QString>("expected");
        const QStringList both {QStringLiteral("en_US"), QStringLiteral("it_IT")};
        QTest::newRow("the UI language's") << both << QString() << QStringLiteral("it") << QStringLiteral("it_IT");
        QTest::newRow("the UI locale's") << both << QString() << QStringLiteral("it_IT") << QStringLiteral("it_IT");
        QTest::newRow("English without the UI language's")
            << both << QString() << QStringLiteral("de") << QStringLiteral("en_US");
        QTest::newRow("the first without English") << QStringList {QStringLiteral("fr_FR"), QStringLiteral("it_IT")}
                                                   << QString() << QStringLiteral("de") << QStringLiteral("fr_FR");
        QTest::newRow("the one chosen last")
            << both << QStringLiteral("en_US") << QStringLiteral("it") << QStringLiteral("en_US");
        QTest::newRow("the one chosen last, gone")
            << both << QStringLiteral("de_DE") << QStringLiteral("it") << QStringLiteral("it_IT");
        QTest::newRow("another territory of the UI language")
            << QStringList {QStringLiteral("en_GB"), QStringLiteral("it_CH")} << QString() << QStringLiteral("it")
            << QStringLiteral("it_CH");
        QTest::newRow("none installed") << QStringList() << QString() << QStringLiteral("it") << QString();
    }
    void preferredLanguage()
    {
        QFETCH(QStringList, installed);
        QFETCH(QString, stored);
        QFETCH(QString, uiLanguage);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QTemporaryDir config;
        for (const QString& code : installed)
            writeDictionary(QDir(dir.path()), code, "UTF-8", {"word"});
        if (!stored.isEmpty()) {
            Settings settings(config.filePath(QStringLiteral("postino.ini")));
            settings.setValue(Settings::Key::SpellingLanguage, stored);
            QVERIFY(settings.sync());
        }
        Spelling spelling(optionsIn(config, {dir.path()}));
        QCOMPARE(spelling.preferredLanguage(uiLanguage), expected);
    }

    void preferencesAreRemembered()
    {
        QTemporaryDir dir;
        QTemporaryDir config;
        writeDictionary(QDir(dir.path()), QStringLiteral("it_IT"), "UTF-8", {"ciao"});
        writeDictionary(QDir(dir.path()), QStringLiteral("en_US"), "UTF-8", {"hello"});
        {
            Spelling spelling(optionsIn(config, {dir.path()}));
            QVERIFY(spelling.isEnabled());
            spelling.setPreferences(QStringLiteral("en_US"), false);
            spelling.waitForWork();
        }
        Spelling again(optionsIn(config, {dir.path()}));
        QVERIFY(!again.isEnabled());
        QCOMPARE(again.preferredLanguage(QStringLiteral("it")), QStringLiteral("en_US"));
    }

    void theDictionarysEncodingIsHonoured()
    {
        QTemporaryDir dir;
        QTemporaryDir config;
        // ISO 8859-1 bytes: "perché" is 'perch' 0xE9.
        writeDictionary(QDir(dir.path()), QStringLiteral("it_IT"), "ISO8859-1", {"perch\xe9", "citt\xe0"});
        Spelling spelling(optionsIn(config, {dir.path()}));
        SpellChecker spell(&spelling);
        QSignalSpy loaded(&spelling, &Spelling::dictionaryLoaded);
        spell.setLanguage(QStringLiteral("it_IT"));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(spelling.dictionary(QStringLiteral("it_IT"))->encoding(), QStringLiteral("ISO8859-1"));
        QVERIFY(spell.isCorrect(QStringLiteral("perché")));
        QVERIFY(spell.isCorrect(QStringLiteral("città")));
        QVERIFY(!spell.isCorrect(QStringLiteral("perche")));
        QVERIFY(!spell.isCorrect(QStringLiteral("perchè€"))); // € is not in ISO 8859-1: not a word of it
        QVERIFY(spell.suggestions(QStringLiteral("perche")).contains(QStringLiteral("perché")));
    }

    void aDictionaryIsOpenedOnce()
    {
        QTemporaryDir dir;
        QTemporaryDir config;
        writeDictionary(QDir(dir.path()), QStringLiteral("it_IT"), "UTF-8", {"ciao"});
        Spelling spelling(optionsIn(config, {dir.path()}));
        QSignalSpy loaded(&spelling, &Spelling::dictionaryLoaded);
        SpellChecker one(&spelling);
        SpellChecker two(&spelling);
        QSignalSpy changed(&two, &SpellChecker::changed);
        one.setLanguage(QStringLiteral("it_IT"));
        two.setLanguage(QStringLiteral("it_IT"));
        QTRY_VERIFY(two.isReady());
        spelling.waitForWork();
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(changed.size(), 2); // the language, then its dictionary open
        QCOMPARE(spelling.dictionary(QStringLiteral("it_IT")), spelling.dictionary(QStringLiteral("it_IT")));
    }

    void userWordsAreReadAndWritten()
    {
        QTemporaryDir dir;
        QTemporaryDir config;
        const QString file = config.filePath(QStringLiteral("dictionary.txt"));
        writeFile(file, "Postino\nperchéé\n");
        Spelling spelling(optionsIn(config, {dir.path()}));
        QSignalSpy changed(&spelling, &Spelling::userWordsChanged);
        QVERIFY(changed.wait(10000));
        QVERIFY(spelling.isUserWord(QStringLiteral("Postino")));
        QVERIFY(spelling.isUserWord(QStringLiteral("perchéé")));
        QVERIFY(!spelling.isUserWord(QStringLiteral("postino"))); // a capital in the list stays one

        // Another window or program added a word meanwhile: both stay.
        writeFile(file, "Postino\nperchéé\naltrove\n");
        spelling.addUserWord(QStringLiteral("mailbox"));
        QVERIFY(spelling.isUserWord(QStringLiteral("mailbox"))); // at once
        QVERIFY(spelling.isUserWord(QStringLiteral("Mailbox")));
        spelling.waitForWork();
        QTRY_VERIFY(spelling.isUserWord(QStringLiteral("altrove")));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("Postino\nperchéé\naltrove\nmailbox\n"));
    }

    void aWordThatCannotBeSavedIsSaid()
    {
        QTemporaryDir dir;
        QTemporaryDir config;
        Spelling::Options options = optionsIn(config, {dir.path()});
        options.hook = [](Disk::Step, const QString&) { return ENOSPC; };
        Spelling spelling(options);
        QSignalSpy notSaved(&spelling, &Spelling::userWordsNotSaved);
        spelling.addUserWord(QStringLiteral("mailbox"));
        QVERIFY(notSaved.wait(10000));
        QVERIFY2(notSaved.at(0).at(0).toString().contains(QStringLiteral("dictionary.txt")),
                 qPrintable(notSaved.at(0).at(0).toString()));
        QVERIFY(!QFile::exists(config.filePath(QStringLiteral("dictionary.txt"))));
    }
};

QTEST_GUILESS_MAIN(TestSpelling)
#include "TestSpelling.moc"
