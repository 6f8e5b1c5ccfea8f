// ComposerWindow: spell checking. The Spelling menu (Check Spelling, the languages), the highlighter on the body,
// and the body's context menu with the suggestions for the word under the mouse.
#include "ComposerWindow.h"
#include "PopupMenu.h"
#include "SpellChecker.h"
#include "SpellHighlighter.h"
#include "Spelling.h"

#include <QAction>
#include <QActionGroup>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>

namespace Postino {

namespace {
constexpr int MaxSuggestions = 5;
} // namespace

void ComposerWindow::buildSpellingActions()
{
    m_highlighter = new SpellHighlighter(m_body->document());
    m_highlighter->setActive(false);
    m_checkSpellingAction =
        new QAction(QIcon::fromTheme(QStringLiteral("tools-check-spelling")), tr("Check &Spelling"), this);
    m_checkSpellingAction->setObjectName(QStringLiteral("checkSpellingAction"));
    m_checkSpellingAction->setCheckable(true);
    connect(m_checkSpellingAction, &QAction::toggled, this, &ComposerWindow::setSpellChecking);
    m_spellLanguages = new QActionGroup(this);
    m_spellLanguages->setExclusive(true);
    m_spellingMenu = menuBar()->addMenu(tr("S&pelling"));
    m_spellingMenu->setObjectName(QStringLiteral("spellingMenu"));
    m_spellingMenu->setToolTipsVisible(true);
    if (auto* toolbar = findChild<QToolBar*>(QStringLiteral("composerToolBar"))) {
        toolbar->addSeparator();
        toolbar->addAction(m_checkSpellingAction);
    }
    updateSpellingMenu();
}

void ComposerWindow::setSpelling(Spelling* spelling)
{
    if (spelling == m_spelling)
        return;
    if (m_spelling)
        disconnect(m_spelling, nullptr, this, nullptr);
    m_spelling = spelling;
    m_highlighter->setChecker(nullptr);
    delete m_spellChecker;
    m_spellChecker = nullptr;
    if (spelling && !spelling->dictionaries().isEmpty()) {
        m_spellChecker = new SpellChecker(spelling, this);
        m_spellChecker->setLanguage(spelling->preferredLanguage());
        m_highlighter->setChecker(m_spellChecker);
        connect(spelling, &Spelling::userWordsNotSaved, this, [this](const QString& why) { showStatus(why, true); });
        connect(spelling, &Spelling::loadFailed, this, [this](const QString& code, const QString& why) {
            if (m_spellChecker && code == m_spellChecker->language())
                showStatus(why, true);
        });
    }
    updateSpellingMenu();
}

void ComposerWindow::updateSpellingMenu()
{
    m_spellingMenu->clear();
    for (QAction* action : m_spellLanguages->actions())
        delete action;
    m_spellingMenu->addAction(m_checkSpellingAction);
    m_spellingMenu->addSeparator();

    const bool available = m_spellChecker != nullptr;
    m_checkSpellingAction->setEnabled(available);
    if (!available) {
        const QString why = tr("No spelling dictionary is installed. Install the package %1 (Italian) or %2 "
                               "(English), then open the message again.")
                                .arg(Spelling::suggestedPackages().value(0), Spelling::suggestedPackages().value(1));
        m_checkSpellingAction->setChecked(false);
        m_checkSpellingAction->setToolTip(why);
        m_checkSpellingAction->setStatusTip(why);
        auto* none = m_spellingMenu->addAction(tr("No dictionaries installed"));
        none->setObjectName(QStringLiteral("noDictionariesAction"));
        none->setEnabled(false);
        none->setToolTip(why);
    } else {
        m_checkSpellingAction->setToolTip(tr("Underline the words the dictionary does not know (right-click one "
                                             "for suggestions)"));
        m_checkSpellingAction->setStatusTip(m_checkSpellingAction->toolTip());
        for (const DictionaryInfo& info : m_spelling->dictionaries()) {
            auto* action = m_spellingMenu->addAction(info.name);
            action->setObjectName(QStringLiteral("spellLanguageAction_") + info.code);
            action->setCheckable(true);
            action->setChecked(info.code == m_spellChecker->language());
            action->setData(info.code);
            m_spellLanguages->addAction(action);
            connect(action, &QAction::triggered, this, [this, code = info.code] { chooseSpellLanguage(code); });
        }
        m_checkSpellingAction->setChecked(m_spelling->isEnabled());
    }
    m_highlighter->setActive(available && m_checkSpellingAction->isChecked());
    // The toolbar's button says why it is disabled to a screen reader too.
    const auto buttons = findChildren<QToolButton*>();
    for (QToolButton* button : buttons) {
        if (button->defaultAction() == m_checkSpellingAction)
            button->setAccessibleDescription(available ? QString() : m_checkSpellingAction->toolTip());
    }
}

void ComposerWindow::chooseSpellLanguage(const QString& code)
{
    if (!m_spellChecker)
        return;
    m_spellChecker->setLanguage(code);
    for (QAction* action : m_spellLanguages->actions())
        action->setChecked(action->data().toString() == code);
    if (!m_checkSpellingAction->isChecked())
        m_checkSpellingAction->setChecked(true); // choosing a language is asking for the check
    m_spelling->setPreferences(code, true);
}

void ComposerWindow::setSpellChecking(bool on)
{
    m_highlighter->setActive(on && m_spellChecker);
    if (m_spelling && m_spellChecker)
        m_spelling->setPreferences(m_spellChecker->language(), on);
}

void ComposerWindow::showBodyContextMenu(const QPoint& position)
{
    QMenu* menu = m_body->createStandardContextMenu(position);
    menu->setObjectName(QStringLiteral("bodyContextMenu"));
    addSpellingEntries(menu, position);
    PopupMenu::exec(menu, m_body->viewport()->mapToGlobal(position));
    delete menu;
}

void ComposerWindow::addSpellingEntries(QMenu* menu, const QPoint& position)
{
    if (!m_spellChecker || !m_highlighter->isActive() || !m_spellChecker->isReady())
        return;
    const QTextCursor at = m_body->cursorForPosition(position);
    const QTextBlock block = at.block();
    const QString text = block.text();
    if (SpellText::isQuoted(text))
        return;
    const auto span = SpellText::wordAt(text, at.positionInBlock());
    if (!span)
        return;
    const QString word = text.mid(span->start, span->length);
    if (m_spellChecker->isCorrect(word))
        return;
    // The signature's words are not checked, nor offered.
    for (QTextBlock b = block; b.isValid(); b = b.previous()) {
        if (SpellText::isSignatureSeparator(b.text()))
            return;
    }

    QAction* first = menu->actions().value(0);
    const int start = block.position() + int(span->start);
    const int length = int(span->length);
    const QStringList suggestions = m_spellChecker->suggestions(word, MaxSuggestions);
    for (int i = 0; i < suggestions.size(); ++i) {
        auto* action = new QAction(suggestions.at(i), menu);
        action->setObjectName(QStringLiteral("spellSuggestion_%1").arg(i));
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        connect(action, &QAction::triggered, this, [this, start, length, word, replacement = suggestions.at(i)] {
            QTextCursor cursor(m_body->document());
            cursor.setPosition(start);
            cursor.setPosition(start + length, QTextCursor::KeepAnchor);
            if (cursor.selectedText() != word)
                return; // the text changed under the menu
            cursor.insertText(replacement);
        });
        menu->insertAction(first, action);
    }
    if (suggestions.isEmpty()) {
        auto* none = new QAction(tr("(No suggestions)"), menu);
        none->setObjectName(QStringLiteral("noSpellSuggestions"));
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    menu->insertSeparator(first);
    auto* add = new QAction(tr("Add “%1” to Dicti&onary").arg(word), menu);
    add->setObjectName(QStringLiteral("addToDictionaryAction"));
    connect(add, &QAction::triggered, this, [this, word] {
        if (m_spellChecker)
            m_spellChecker->addToDictionary(word);
    });
    menu->insertAction(first, add);
    auto* ignore = new QAction(tr("&Ignore “%1” in This Message").arg(word), menu);
    ignore->setObjectName(QStringLiteral("ignoreWordAction"));
    connect(ignore, &QAction::triggered, this, [this, word] {
        if (m_spellChecker)
            m_spellChecker->ignore(word);
    });
    menu->insertAction(first, ignore);
    menu->insertSeparator(first);
}

} // namespace Postino
