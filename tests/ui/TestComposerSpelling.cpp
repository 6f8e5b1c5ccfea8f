#include "GuiTestUtil.h"

#include "ComposerWindow.h"
#include "PopupMenu.h"
#include "SpellChecker.h"
#include "SpellHighlighter.h"
#include "Spelling.h"
#include "common/Settings.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QToolButton>

#include <memory>

using namespace Postino;

namespace {

// The words the highlighter underlines, block by block, in order.
QStringList underlinedWords(const QTextEdit* body)
{
    QStringList words;
    for (QTextBlock block = body->document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                words.append(block.text().mid(range.start, range.length));
        }
    }
    return words;
}

// Where a screen's mouse would right-click the first occurrence of word.
QPoint pointAt(QTextEdit* body, const QString& word)
{
    const int at = body->toPlainText().indexOf(word);
    QTextCursor cursor(body->document());
    cursor.setPosition(at + int(word.size() / 2));
    return body->cursorRect(cursor).center();
}

void rightClick(QTextEdit* body, const QString& word)
{
    const QPoint point = pointAt(body, word);
    QContextMenuEvent event(QContextMenuEvent::Mouse, point, body->viewport()->mapToGlobal(point));
    QApplication::sendEvent(body->viewport(), &event);
}

} // namespace

class TestComposerSpelling : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Spelling> m_spelling;

    Spelling::Options options(const QString& dictionaries = QStringLiteral("/usr/share/hunspell")) const
    {
        Spelling::Options o;
        o.dictionaryDirs = {dictionaries};
        o.userDictionaryFile = m_dir->filePath(QStringLiteral("config/dictionary.txt"));
        o.settingsFile = m_dir->filePath(QStringLiteral("config/postino.ini"));
        return o;
    }

    template<typename T>
    static T* find(QWidget* root, const QString& name)
    {
        auto* child = root->findChild<T*>(name);
        if (!child)
            qWarning("No %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return child;
    }

    // A composer over spelling, checking in language once its dictionary is open.
    std::unique_ptr<ComposerWindow> openComposer(Spelling* spelling, const QString& language)
    {
        auto composer = std::make_unique<ComposerWindow>(nullptr);
        composer->setSpelling(spelling);
        composer->show();
        if (auto* action = composer->findChild<QAction*>(QStringLiteral("spellLanguageAction_") + language))
            action->trigger();
        else
            qWarning("No language %s", qPrintable(language));
        return composer;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_spelling = std::make_unique<Spelling>(options());
        QVERIFY2(m_spelling->dictionaryInfo(QStringLiteral("en_US")), "install hunspell-en-us");
        QVERIFY2(m_spelling->dictionaryInfo(QStringLiteral("it_IT")), "install hunspell-it");
    }

    void cleanup()
    {
        PopupMenu::setNextChoice(PopupMenu::Chooser());
        m_spelling.reset();
        m_dir.reset();
    }

    void misspelledWordsAreUnderlinedAsYouType()
    {
        auto composer = openComposer(m_spelling.get(), QStringLiteral("en_US"));
        auto* body = find<QTextEdit>(composer.get(), QStringLiteral("bodyEdit"));
        QTRY_VERIFY(composer->spellChecker()->isReady());
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("This is a tset of the composer"));
        QTRY_COMPARE(underlinedWords(body), QStringList {QStringLiteral("tset")});
        // The format is the red wavy line.
        const QTextBlock block = body->document()->firstBlock();
        const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
        QCOMPARE(formats.size(), 1);
        QCOMPARE(formats.at(0).start, 10);
        QCOMPARE(formats.at(0).length, 4);
        QCOMPARE(formats.at(0).format.underlineColor(), SpellHighlighter::misspelledFormat().underlineColor());
    }

    void quotesSignaturesAddressesAndAcronymsAreLeftAlone()
    {
        auto composer = openComposer(m_spelling.get(), QStringLiteral("en_US"));
        auto* body = find<QTextEdit>(composer.get(), QStringLiteral("bodyEdit"));
        QTRY_VERIFY(composer->spellChecker()->isReady());
        body->setPlainText(QStringLiteral("Helo Bob, write to bbo@exmaple.org or see https://exmaple.org, the SMTPX "
                                          "log, room B12x.\n> qoted wrods\n\n-- \nAdda Lovlace\nAnalitycal Engne"));
        QTRY_COMPARE(underlinedWords(body), QStringList {QStringLiteral("Helo")});
        // Typing a separator later makes what follows a signature.
        body->setPlainText(QStringLiteral("Helo\nAdda Lovlace"));
        QTRY_COMPARE(underlinedWords(body),
                     (QStringList {QStringLiteral("Helo"), QStringLiteral("Adda"), QStringLiteral("Lovlace")}));
        QTextCursor cursor(body->document()->firstBlock());
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(QStringLiteral("\n-- "));
        QTRY_COMPARE(underlinedWords(body), QStringList {QStringLiteral("Helo")});
    }

    void richTextIsCheckedToo()
    {
        auto composer = openComposer(m_spelling.get(), QStringLiteral("en_US"));
        composer->setRichText(true);
        auto* body = find<QTextEdit>(composer.get(), QStringLiteral("bodyEdit"));
        QTRY_VERIFY(composer->spellChecker()->isReady());
        body->setHtml(QStringLiteral("<p>A <b>bold wrod</b> and an <i>itlaic</i> one</p>"));
        QTRY_COMPARE(underlinedWords(body), (QStringList {QStringLiteral("wrod"), QStringLiteral("itlaic")}));
        // The underline is the editor's, never the message's.
        const QString html = composer->message().html;
        QVERIFY(html.contains(QStringLiteral("wrod")));
        QVERIFY2(!html.contains(QStringLiteral("underline")), qPrintable(html));
    }

    void aSuggestionReplacesTheWord()
    {
        auto composer = openComposer(m_spelling.get(), QStringLiteral("en_US"));
        auto* body = find<QTextEdit>(composer.get(), QStringLiteral("bodyEdit"));
        QTRY_VERIFY(composer->spellChecker()->isReady());
        body->setPlainText(QStringLiteral("I did not recieve it"));
        QTRY_COMPARE(underlinedWords(body), QStringList {QStringLiteral("recieve")});

        QStringList offered;
        PopupMenu::setNextChoice([&offered](QMenu* menu) -> QAction* {
            QAction* receive = nullptr;
            for (QAction* action : menu->actions()) {
                if (action->objectName().startsWith(QLatin1String("spellSuggestion_"))) {
                    offered.append(action->text());
                    if (action->text() == QLatin1String("receive"))
                        receive = action;
                }
            }
            // The word's own entries, then the editor's (Copy, Paste, ...).
            if (!menu->findChild<QAction*>(QStringLiteral("addToDictionaryAction"))
                || !menu->findChild<QAction*>(QStringLiteral("ignoreWordAction")))
                return nullptr;
            return receive;
        });
        const int shown = PopupMenu::shownCount();
        rightClick(body, QStringLiteral("recieve"));
        QCOMPARE(PopupMenu::shownCount(), shown + 1);
        QVERIFY2(offered.contains(QStringLiteral("receive")), qPrintable(offered.join(u',')));
        QVERIFY(offered.size() <= 5);
        QCOMPARE(body->toPlainText(), QStringLiteral("I did not receive it"));
        QTRY_VERIFY(underlinedWords(body).isEmpty());
        body->undo(); // one step, like any edit
        QCOMPARE(body->toPlainText(), QStringLiteral("I did not recieve it"));
    }

    void aCorrectWordGetsTheEditorsMenuOnly()
    {
        auto composer = openComposer(m_spelling.get(), QStringLiteral("en_US"));
        auto* body = find<QTextEdit>(composer.get(), QStringLiteral("bodyEdit"));
        QTRY_VERIFY(composer->spellChecker()->isReady());
        body->setPlainText(QStringLiteral("Nothing wrong here"));
        bool spellingEntries = true;
        int entries = 0;
        PopupMenu::setNextChoice([&](QMenu* menu) -> QAction* {
            spellingEntries = menu->findChild<QAction*>(QStringLiteral("addToDictionaryAction")) != nullptr;
            entries = int(menu->actions().size());
            return nullptr;
        });
        rightClick(body, QStringLiteral("wrong"));
        QVERIFY(!spellingEntries);
        QVERIFY(entries > 0); // Undo, Copy, Paste, Select All...
    }

    void addToDictionaryIsForEveryMessage()
    {
        auto composer = openComposer(m_spelling.get(), QStringLiteral("it_IT"));
        auto other = openComposer(m_spelling.get(), QStringLiteral("en_US"));
        auto* body = find<QTextEdit>(composer.get(), QStringLiteral("bodyEdit"));
        auto* otherBody = find<QTextEdit>(other.get(), QStringLiteral("bodyEdit"));
        QTRY_VERIFY(composer->spellChecker()->isReady());
        QTRY_VERIFY(other->spellChecker()->isReady());
        body->setPlainText(QStringLiteral("Ciao dal postinese"));
        otherBody->setPlainText(QStringLiteral("Hello from postinese"));
        QTRY_COMPARE(underlinedWords(body), QStringList {QStringLiteral("postinese")});
        QTRY_COMPARE(underlinedWords(otherBody), QStringList {QStringLiteral("postinese")});

        PopupMenu::setNextChoice(QStringLiteral("addToDictionaryAction"));
        rightClick(body, QStringLiteral("postinese"));
        QTRY_VERIFY(underlinedWords(body).isEmpty());
        QTRY_VERIFY(underlinedWords(otherBody).isEmpty());
        m_spelling->waitForWork();
        QFile file(m_dir->filePath(QStringLiteral("config/dictionary.txt")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("postinese\n"));

        // The next Postino knows it too.
        Spelling next(options());
        auto later = openComposer(&next, QStringLiteral("it_IT"));
        QTRY_VERIFY(later->spellChecker()->isReady());
        QTRY_VERIFY(later->spellChecker()->isCorrect(QStringLiteral("postinese")));
    }

    void ignoreIsForThisMessageOnly()
    {
        auto composer = openComposer(m_spelling.get(), QStringLiteral("en_US"));
        auto other = openComposer(m_spelling.get(), QStringLiteral("en_US"));
        auto* body = find<QTextEdit>(composer.get(), QStringLiteral("bodyEdit"));
        auto* otherBody = find<QTextEdit>(other.get(), QStringLiteral("bodyEdit"));
        QTRY_VERIFY(composer->spellChecker()->isReady());
        body->setPlainText(QStringLiteral("Greetings from Postinoland"));
        otherBody->setPlainText(QStringLiteral("Greetings from Postinoland"));
        QTRY_COMPARE(underlinedWords(body), QStringList {QStringLiteral("Postinoland")});
        PopupMenu::setNextChoice(QStringLiteral("ignoreWordAction"));
        rightClick(body, QStringLiteral("Postinoland"));
        QTRY_VERIFY(underlinedWords(body).isEmpty());
        QCOMPARE(underlinedWords(otherBody), QStringList {QStringLiteral("Postinoland")});
        m_spelling->waitForWork();
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("config/dictionary.txt"))));
    }

    void switchingLanguageChecksAgainAndIsRemembered()
    {
        auto composer = openComposer(m_spelling.get(), QStringLiteral("en_US"));
        auto* body = find<QTextEdit>(composer.get(), QStringLiteral("bodyEdit"));
        QTRY_VERIFY(composer->spellChecker()->isReady());
        body->setPlainText(QStringLiteral("Perché la città è bella"));
        QTRY_VERIFY(underlinedWords(body).contains(QStringLiteral("città")));
        auto* italian = find<QAction>(composer.get(), QStringLiteral("spellLanguageAction_it_IT"));
        QCOMPARE(italian->text(), QStringLiteral("Italiano"));
        QCOMPARE(find<QAction>(composer.get(), QStringLiteral("spellLanguageAction_en_US"))->text(),
                 QStringLiteral("English (United States)"));
        italian->trigger();
        QVERIFY(italian->isChecked());
        QVERIFY(!find<QAction>(composer.get(), QStringLiteral("spellLanguageAction_en_US"))->isChecked());
        QTRY_VERIFY(underlinedWords(body).isEmpty());
        QCOMPARE(composer->spellChecker()->language(), QStringLiteral("it_IT"));
        m_spelling->waitForWork();
        QCOMPARE(Settings(options().settingsFile).stringValue(Settings::Key::SpellingLanguage),
                 QStringLiteral("it_IT"));
        // A new message starts in it.
        ComposerWindow next(nullptr);
        next.setSpelling(m_spelling.get());
        QCOMPARE(next.spellChecker()->language(), QStringLiteral("it_IT"));
        QVERIFY(find<QAction>(&next, QStringLiteral("spellLanguageAction_it_IT"))->isChecked());
    }

    void checkSpellingTurnsItOff()
    {
        auto composer = openComposer(m_spelling.get(), QStringLiteral("en_US"));
        auto* body = find<QTextEdit>(composer.get(), QStringLiteral("bodyEdit"));
        QTRY_VERIFY(composer->spellChecker()->isReady());
        body->setPlainText(QStringLiteral("A tset"));
        QTRY_COMPARE(underlinedWords(body), QStringList {QStringLiteral("tset")});
        auto* check = find<QAction>(composer.get(), QStringLiteral("checkSpellingAction"));
        QVERIFY(check->isEnabled());
        QVERIFY(check->isChecked());
        check->trigger();
        QVERIFY(underlinedWords(body).isEmpty());
        int entries = -1;
        PopupMenu::setNextChoice([&](QMenu* menu) -> QAction* {
            entries = menu->findChild<QAction*>(QStringLiteral("addToDictionaryAction")) ? 1 : 0;
            return nullptr;
        });
        rightClick(body, QStringLiteral("tset"));
        QCOMPARE(entries, 0); // nothing offered while it is off
        m_spelling->waitForWork();
        QCOMPARE(Settings(options().settingsFile).boolValue(Settings::Key::SpellingEnabled), false);
        Spelling next(options());
        ComposerWindow later(nullptr);
        later.setSpelling(&next);
        QVERIFY(!find<QAction>(&later, QStringLiteral("checkSpellingAction"))->isChecked());
        check->trigger();
        QTRY_COMPARE(underlinedWords(body), QStringList {QStringLiteral("tset")});
    }

    void withoutDictionariesItSaysWhatToInstall()
    {
        QTemporaryDir empty;
        Spelling none(options(empty.path()));
        ComposerWindow composer(nullptr);
        composer.setSpelling(&none);
        composer.show();
        auto* check = find<QAction>(&composer, QStringLiteral("checkSpellingAction"));
        QVERIFY(!check->isEnabled());
        QVERIFY(!check->isChecked());
        QVERIFY2(check->toolTip().contains(QLatin1String("hunspell-it"))
                     && check->toolTip().contains(QLatin1String("hunspell-en-us")),
                 qPrintable(check->toolTip()));
        QToolButton* button = nullptr;
        for (QToolButton* b : composer.findChildren<QToolButton*>()) {
            if (b->defaultAction() == check)
                button = b;
        }
        QVERIFY(button);
        QCOMPARE(button->accessibleDescription(), check->toolTip());
        QVERIFY(find<QAction>(&composer, QStringLiteral("noDictionariesAction")));
        QVERIFY(!composer.spellChecker());
        auto* body = find<QTextEdit>(&composer, QStringLiteral("bodyEdit"));
        body->setPlainText(QStringLiteral("A tset"));
        QCoreApplication::processEvents();
        QVERIFY(underlinedWords(body).isEmpty());
        PopupMenu::setNextChoice([](QMenu*) -> QAction* { return nullptr; });
        rightClick(body, QStringLiteral("tset")); // the editor's menu, nothing more
        QVERIFY2(Test::unnamedInputs(&composer).isEmpty(), qPrintable(Test::unnamedInputs(&composer).join(u',')));
    }

    void aLongMessageIsCheckedALineAtATime()
    {
        auto composer = openComposer(m_spelling.get(), QStringLiteral("en_US"));
        auto* body = find<QTextEdit>(composer.get(), QStringLiteral("bodyEdit"));
        QTRY_VERIFY(composer->spellChecker()->isReady());
        QStringList lines;
        for (int i = 0; i < 5000; ++i)
            lines.append(QStringLiteral("Line %1 of a long message with a tset word in it").arg(i));
        body->setPlainText(lines.join(u'\n'));
        QTRY_COMPARE(underlinedWords(body).size(), 5000);
        const SpellDictionary* dictionary = m_spelling->dictionary(QStringLiteral("en_US")).get();
        const qsizetype cached = dictionary->cachedWords();
        const qint64 before = composer->spellHighlighter()->checkedBlocks();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral(" more"));
        // Five keystrokes, each re-checking the line typed in; the words come from the cache.
        QCOMPARE(composer->spellHighlighter()->checkedBlocks() - before, 5);
        QVERIFY(dictionary->cachedWords() <= cached + 4); // "m", "mo", "mor", "more"
        QCOMPARE(underlinedWords(body).size(), 5000);
    }

    void everyInputIsNamed()
    {
        auto composer = openComposer(m_spelling.get(), QStringLiteral("en_US"));
        QVERIFY2(Test::unnamedInputs(composer.get()).isEmpty(),
                 qPrintable(Test::unnamedInputs(composer.get()).join(u',')));
    }
};

QTEST_MAIN(TestComposerSpelling)
#include "TestComposerSpelling.moc"
