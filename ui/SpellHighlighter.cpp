#include "SpellHighlighter.h"
#include "SpellChecker.h"

namespace Postino {

SpellHighlighter::SpellHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{ }

QTextCharFormat SpellHighlighter::misspelledFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(QColor(0xe0, 0x1b, 0x24));
    return format;
}

void SpellHighlighter::setChecker(SpellChecker* checker)
{
    if (checker == m_checker)
        return;
    disconnect(m_changed);
    m_checker = checker;
    if (checker)
        m_changed = connect(checker, &SpellChecker::changed, this, &QSyntaxHighlighter::rehighlight);
    rehighlight();
}

void SpellHighlighter::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    rehighlight();
}

void SpellHighlighter::highlightBlock(const QString& text)
{
    // The signature runs from its separator to the end: each block passes it on to the next.
    if (previousBlockState() == Signature || SpellText::isSignatureSeparator(text)) {
        setCurrentBlockState(Signature);
        return;
    }
    setCurrentBlockState(Body);
    if (!m_active || !m_checker)
        return;
    ++m_checkedBlocks;
    const QTextCharFormat format = misspelledFormat();
    for (const WordSpan& word : m_checker->misspelledWords(text))
        setFormat(int(word.start), int(word.length), format);
}

} // namespace Postino
