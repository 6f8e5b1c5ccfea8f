#include "SpellText.h"

#include <QTest>

using namespace Postino;

class TestSpellText : public QObject
{
    Q_OBJECT
private slots:
    void checkableWords_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain words") << QStringLiteral("Hello there, world!")
                                     << QStringList {QStringLiteral("Hello"), QStringLiteral("there"),
                                                     QStringLiteral("world")};
        QTest::newRow("accents are letters")
            << QStringLiteral("Perché la città?")
            << QStringList {QStringLiteral("Perché"), QStringLiteral("la"), QStringLiteral("città")};
        QTest::newRow("an elision is one word") << QStringLiteral("l'acqua dell’anno")
                                                << QStringList {QStringLiteral("l'acqua"), QStringLiteral("dell’anno")};
        QTest::newRow("an address is not words")
            << QStringLiteral("write to ada.lovelace@example.org now")
            << QStringList {QStringLiteral("write"), QStringLiteral("to"), QStringLiteral("now")};
        QTest::newRow("an address in angle brackets")
            << QStringLiteral("Ada <ada@exmple.org>,") << QStringList {QStringLiteral("Ada")};
        QTest::newRow("links are not words") << QStringLiteral("see https://exmaple.org/pagina and www.exmaple.org")
                                             << QStringList {QStringLiteral("see"), QStringLiteral("and")};
        QTest::newRow("words with digits are not checked")
            << QStringLiteral("room B12 at 10am, 2nd floor")
            << QStringList {QStringLiteral("room"), QStringLiteral("at"), QStringLiteral("floor")};
        QTest::newRow("capitals only are acronyms")
            << QStringLiteral("SMTP and IMAP, I said")
            << QStringList {QStringLiteral("and"), QStringLiteral("I"), QStringLiteral("said")};
        QTest::newRow("punctuation only") << QStringLiteral("... -- !!") << QStringList();
        QTest::newRow("empty") << QString() << QStringList();
    }
    void checkableWords()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        QStringList found;
        for (const WordSpan& span : SpellText::checkableWords(line))
            found.append(line.mid(span.start, span.length));
        QCOMPARE(found, words);
    }

    void wordAt()
    {
        const QString line = QStringLiteral("un erore qui");
        QCOMPARE(SpellText::wordAt(line, 4), std::optional<WordSpan>(WordSpan {3, 5}));
        QCOMPARE(SpellText::wordAt(line, 8), std::optional<WordSpan>(WordSpan {3, 5})); // just after its end
        QCOMPARE(SpellText::wordAt(line, 0), std::optional<WordSpan>(WordSpan {0, 2}));
        QVERIFY(!SpellText::wordAt(QStringLiteral("a@b.org"), 1));
    }

    void quotedLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("quoted");
        QTest::newRow("quoted") << QStringLiteral("> Ciao") << true;
        QTest::newRow("quoted twice") << QStringLiteral("> > Ciao") << true;
        QTest::newRow("quoted without a space") << QStringLiteral(">Ciao") << true;
        QTest::newRow("indented quote") << QStringLiteral("  > Ciao") << true;
        QTest::newRow("a > later on") << QStringLiteral("a > b") << false;
        QTest::newRow("plain") << QStringLiteral("Ciao") << false;
    }
    void quotedLines()
    {
        QFETCH(QString, line);
        QFETCH(bool, quoted);
        QCOMPARE(SpellText::isQuoted(line), quoted);
    }

    void signatureSeparator()
    {
        QVERIFY(SpellText::isSignatureSeparator(QStringLiteral("-- ")));
        QVERIFY(SpellText::isSignatureSeparator(QStringLiteral("--")));
        QVERIFY(!SpellText::isSignatureSeparator(QStringLiteral("--- ")));
        QVERIFY(!SpellText::isSignatureSeparator(QStringLiteral("-- Ada")));
    }
};

QTEST_GUILESS_MAIN(TestSpellText)
#include "TestSpellText.moc"
