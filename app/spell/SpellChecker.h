#pragma once

#include "SpellText.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace Postino {

class Spelling;

// One message's spell checking (each composer has its own): its language, the words ignored for this message,
// over the process's Spelling (the dictionaries, the person's own words). Answers come from a per-dictionary
// cache, so checking a line costs a hash look-up per word once its words were seen.
class SpellChecker : public QObject
{
    Q_OBJECT
public:
    explicit SpellChecker(Spelling* spelling, QObject* parent = nullptr);

    [[nodiscard]] Spelling* spelling() const;
    // Checks in the dictionary of code ("it_IT"), opened on Spelling's worker if it is not yet: changed() once
    // it can answer.
    void setLanguage(const QString& code);
    [[nodiscard]] const QString& language() const { return m_language; }
    // The language's dictionary is open: until then every word is taken as correct.
    [[nodiscard]] bool isReady() const;

    [[nodiscard]] bool isCorrect(const QString& word) const;
    // At most max suggestions for a misspelled word, best first.
    [[nodiscard]] QStringList suggestions(const QString& word, int max = 5) const;
    // The misspelled words of one line of the message (SpellText::checkableWords); none in a quoted line.
    [[nodiscard]] QList<WordSpan> misspelledWords(const QString& line) const;

    // "Ignore": the word is correct in this message only.
    void ignore(const QString& word);
    // "Add to Dictionary": correct in every message from now on (Spelling::addUserWord).
    void addToDictionary(const QString& word);

signals:
    // Answers may differ now (a dictionary opened, a word added or ignored, another language): check again.
    void changed();

private:
    QPointer<Spelling> m_spelling;
    QString m_language;
    QSet<QString> m_ignored;
};

} // namespace Postino
