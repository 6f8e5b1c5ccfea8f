#include "SpellChecker.h"
#include "Spelling.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Postino;

namespace {
QStringList wordsOf(const QString& line, const QList<WordSpan>& spans)
{
    QStringList words;
    for (const WordSpan& span : spans)
        words.append(line.mid(span.start, span.length));
    return words;
}
} // namespace

// Against the system's real dictionaries (hunspell-it, hunspell-en-us).
class TestSpellChecker : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_config;
    std::unique_ptr<Spelling> m_spelling;

    // A checker whose dictionary is open.
    std::unique_ptr<SpellChecker> checker(const QString& code)
    {
        auto spell = std::make_unique<SpellChecker>(m_spelling.get());
        QSignalSpy changed(spell.get(), &SpellChecker::changed);
        spell->setLanguage(code);
        if (!spell->isReady())
            [&] { QTRY_VERIFY_WITH_TIMEOUT(spell->isReady(), 20000); }();
        return spell;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        Spelling::Options options;
        options.dictionaryDirs = {QStringLiteral("/usr/share/hunspell")};
        options.userDictionaryFile = m_config.filePath(QStringLiteral("dictionary.txt"));
        options.settingsFile = m_config.filePath(QStringLiteral("postino.ini"));
        m_spelling = std::make_unique<Spelling>(options);
        QVERIFY2(m_spelling->dictionaryInfo(QStringLiteral("it_IT")), "install hunspell-it");
        QVERIFY2(m_spelling->dictionaryInfo(QStringLiteral("en_US")), "install hunspell-en-us");
    }
    void cleanupTestCase() { m_spelling.reset(); }

    void words_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("correct");
        QTest::newRow("it: ciao") << QStringLiteral("it_IT") << QStringLiteral("ciao") << true;
        QTest::newRow("it: perché (UTF-8)") << QStringLiteral("it_IT") << QStringLiteral("perché") << true;
        QTest::newRow("it: città (UTF-8)") << QStringLiteral("it_IT") << QStringLiteral("città") << true;
        QTest::newRow("it: Città at the start of a sentence")
            << QStringLiteral("it_IT") << QStringLiteral("Città") << true;
        QTest::newRow("it: cittá, the wrong accent") << QStringLiteral("it_IT") << QStringLiteral("cittá") << false;
        QTest::newRow("it: l'acqua") << QStringLiteral("it_IT") << QStringLiteral("l'acqua") << true;
        QTest::newRow("it: l’acqua, typographic apostrophe")
            << QStringLiteral("it_IT") << QStringLiteral("l’acqua") << true;
        QTest::newRow("it: qeusto") << QStringLiteral("it_IT") << QStringLiteral("qeusto") << false;
        QTest::newRow("it: receive is not Italian") << QStringLiteral("it_IT") << QStringLiteral("receive") << false;
        QTest::newRow("en: receive") << QStringLiteral("en_US") << QStringLiteral("receive") << true;
        QTest::newRow("en: recieve") << QStringLiteral("en_US") << QStringLiteral("recieve") << false;
        QTest::newRow("en: don't") << QStringLiteral("en_US") << QStringLiteral("don't") << true;
        QTest::newRow("en: perché is not English") << QStringLiteral("en_US") << QStringLiteral("perché") << false;
    }
    void words()
    {
        QFETCH(QString, language);
        QFETCH(QString, word);
        QFETCH(bool, correct);
        const auto spell = checker(language);
        QCOMPARE(spell->isCorrect(word), correct);
        QCOMPARE(spell->isCorrect(word), correct); // the cached answer is the same
    }

    void suggestions_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expected");
        QTest::newRow("it: qeusto") << QStringLiteral("it_IT") << QStringLiteral("qeusto") << QStringLiteral("questo");
        QTest::newRow("it: perche") << QStringLiteral("it_IT") << QStringLiteral("perche") << QStringLiteral("perché");
        QTest::newRow("it: citta") << QStringLiteral("it_IT") << QStringLiteral("citta") << QStringLiteral("città");
        QTest::newRow("en: recieve") << QStringLiteral("en_US") << QStringLiteral("recieve")
                                     << QStringLiteral("receive");
    }
    void suggestions()
    {
        QFETCH(QString, language);
        QFETCH(QString, word);
        QFETCH(QString, expected);
        const auto spell = checker(language);
        const QStringList suggested = spell->suggestions(word);
        QVERIFY2(suggested.contains(expected), qPrintable(suggested.join(QLatin1String(", "))));
        QVERIFY(suggested.size() <= 5);
        QCOMPARE(spell->suggestions(word, 1).size(), 1);
    }

    void misspelledWordsOfALine()
    {
        const auto spell = checker(QStringLiteral("it_IT"));
        const QString line = QStringLiteral("Ciao, qeusto è un mesagio per te: ada@exmple.org, SMTP, 3km.");
        QCOMPARE(wordsOf(line, spell->misspelledWords(line)),
                 (QStringList {QStringLiteral("qeusto"), QStringLiteral("mesagio")}));
        QVERIFY(spell->misspelledWords(QStringLiteral("> qeusto mesagio")).isEmpty()); // quoted
    }

    void ignoreIsForThisCheckerOnly()
    {
        const auto spell = checker(QStringLiteral("en_US"));
        const auto other = checker(QStringLiteral("en_US"));
        QSignalSpy changed(spell.get(), &SpellChecker::changed);
        spell->ignore(QStringLiteral("Postinoo"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(spell->isCorrect(QStringLiteral("Postinoo")));
        QVERIFY(!other->isCorrect(QStringLiteral("Postinoo")));
    }

    void addToDictionaryIsForEveryChecker()
    {
        const auto spell = checker(QStringLiteral("it_IT"));
        const auto english = checker(QStringLiteral("en_US"));
        QSignalSpy changed(english.get(), &SpellChecker::changed);
        QVERIFY(!spell->isCorrect(QStringLiteral("postinese")));
        spell->addToDictionary(QStringLiteral("postinese"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(spell->isCorrect(QStringLiteral("postinese")));
        QVERIFY(spell->isCorrect(QStringLiteral("Postinese"))); // at the start of a sentence
        QVERIFY(english->isCorrect(QStringLiteral("postinese")));
        m_spelling->waitForWork();
    }

    void notReadyTakesEveryWordAsCorrect()
    {
        QTemporaryDir empty;
        Spelling::Options options;
        options.dictionaryDirs = {empty.path()};
        options.userDictionaryFile = empty.filePath(QStringLiteral("dictionary.txt"));
        options.settingsFile = empty.filePath(QStringLiteral("postino.ini"));
        Spelling none(options);
        SpellChecker spell(&none);
        QSignalSpy failed(&none, &Spelling::loadFailed);
        spell.setLanguage(QStringLiteral("it_IT"));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!spell.isReady());
        QVERIFY(spell.isCorrect(QStringLiteral("qeusto")));
        QVERIFY(spell.misspelledWords(QStringLiteral("qeusto")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "TestSpellChecker.moc"
