#include "SpellChecker.h"
#include "Spelling.h"

namespace Postino {

namespace {
constexpr char16_t RightSingleQuotation = u'\u2019'; // the typographic apostrophe: l’acqua, don’t
}

SpellChecker::SpellChecker(Spelling* spelling, QObject* parent)
    : QObject(parent)
    , m_spelling(spelling)
{
    connect(spelling, &Spelling::dictionaryLoaded, this, [this](const QString& code) {
        if (code == m_language)
            emit changed();
    });
    connect(spelling, &Spelling::userWordsChanged, this, &SpellChecker::changed);
}

Spelling* SpellChecker::spelling() const
{
    return m_spelling;
}

void SpellChecker::setLanguage(const QString& code)
{
    if (code == m_language)
        return;
    m_language = code;
    if (m_spelling && !code.isEmpty() && !m_spelling->dictionary(code))
        m_spelling->load(code); // changed() when it is open
    emit changed();
}

bool SpellChecker::isReady() const
{
    return m_spelling && m_spelling->dictionary(m_language) != nullptr;
}

bool SpellChecker::isCorrect(const QString& word) const
{
    if (!m_spelling)
        return true;
    const std::shared_ptr<SpellDictionary> dictionary = m_spelling->dictionary(m_language);
    if (!dictionary || m_ignored.contains(word) || m_spelling->isUserWord(word))
        return true;
    if (dictionary->check(word))
        return true;
    // Dictionaries list elisions with the typewriter apostrophe; what is typed may have the typographic one.
    if (word.contains(RightSingleQuotation)) {
        QString plain = word;
        plain.replace(RightSingleQuotation, u'\'');
        return dictionary->check(plain) || m_spelling->isUserWord(plain);
    }
    return false;
}

QStringList SpellChecker::suggestions(const QString& word, int max) const
{
    const std::shared_ptr<SpellDictionary> dictionary = m_spelling ? m_spelling->dictionary(m_language) : nullptr;
    return dictionary ? dictionary->suggest(word, max) : QStringList();
}

QList<WordSpan> SpellChecker::misspelledWords(const QString& line) const
{
    QList<WordSpan> wrong;
    if (!isReady() || SpellText::isQuoted(line))
        return wrong;
    for (const WordSpan& word : SpellText::checkableWords(line)) {
        if (!isCorrect(line.mid(word.start, word.length)))
            wrong.append(word);
    }
    return wrong;
}

void SpellChecker::ignore(const QString& word)
{
    if (word.isEmpty() || m_ignored.contains(word))
        return;
    m_ignored.insert(word);
    emit changed();
}

void SpellChecker::addToDictionary(const QString& word)
{
    if (m_spelling)
        m_spelling->addUserWord(word); // changed() through userWordsChanged
}

} // namespace Postino
