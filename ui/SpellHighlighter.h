#pragma once

#include <QPointer>
#include <QSyntaxHighlighter>

namespace Postino {

class SpellChecker;

// Underlines the misspelled words of a text document with a red wavy line (QTextCharFormat::SpellCheckUnderline),
// block by block as QSyntaxHighlighter works: typing re-checks the line being typed, not the message. Quoted lines
// ("> ") and the signature under "-- " are left alone; words come from the SpellChecker's cache.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit SpellHighlighter(QTextDocument* document);

    // The checker (not owned; null: nothing underlined). Its changed() checks the whole text again.
    void setChecker(SpellChecker* checker);
    void setActive(bool active);
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] static QTextCharFormat misspelledFormat();
    // How many blocks were checked so far: a test sees that a keystroke re-checks one line, not all of them.
    [[nodiscard]] qint64 checkedBlocks() const { return m_checkedBlocks; }

protected:
    void highlightBlock(const QString& text) override;

private:
    enum BlockState { Body = 0, Signature = 1 };
    QPointer<SpellChecker> m_checker;
    QMetaObject::Connection m_changed;
    bool m_active = true;
    qint64 m_checkedBlocks = 0;
};

} // namespace Postino
