#include "SpellText.h"

#include <QTextBoundaryFinder>

namespace Postino::SpellText {

namespace {

struct Range
{
    qsizetype start;
    qsizetype end;
};

// The whitespace-separated tokens that are an address or a link: their words are not words.
QList<Range> addressesAndLinks(const QString& line)
{
    QList<Range> ranges;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && line.at(i).isSpace())
            ++i;
        const qsizetype start = i;
        while (i < n && !line.at(i).isSpace())
            ++i;
        if (start == i)
            break;
        const QStringView token = QStringView(line).mid(start, i - start);
        const bool link = token.contains(QLatin1String("://")) || token.contains(u'@')
            || token.startsWith(QLatin1String("www."), Qt::CaseInsensitive)
            || token.startsWith(QLatin1String("<www."), Qt::CaseInsensitive)
            || token.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
        if (link)
            ranges.append({start, i});
    }
    return ranges;
}

bool worthChecking(QStringView word)
{
    bool letter = false;
    bool lower = false;
    qsizetype letters = 0;
    for (const QChar c : word) {
        if (c.isDigit())
            return false;
        if (c.isLetter()) {
            letter = true;
            ++letters;
            if (!c.isUpper())
                lower = true;
        }
    }
    // A word in capitals only is an acronym (SMTP); one capital alone ("I", "E") is still checked.
    return letter && (lower || letters == 1);
}

} // namespace

QList<WordSpan> checkableWords(const QString& line)
{
    QList<WordSpan> words;
    if (line.isEmpty())
        return words;
    const QList<Range> skipped = addressesAndLinks(line);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, line);
    qsizetype start = -1;
    for (qsizetype position = finder.position(); position >= 0; position = finder.toNextBoundary()) {
        const QTextBoundaryFinder::BoundaryReasons reasons = finder.boundaryReasons();
        if ((reasons & QTextBoundaryFinder::EndOfItem) && start >= 0 && position > start) {
            const WordSpan word {start, position - start};
            bool inLink = false;
            for (const Range& range : skipped) {
                if (word.start < range.end && word.start + word.length > range.start)
                    inLink = true;
            }
            if (!inLink && worthChecking(QStringView(line).mid(word.start, word.length)))
                words.append(word);
            start = -1;
        }
        if (reasons & QTextBoundaryFinder::StartOfItem)
            start = position;
    }
    return words;
}

std::optional<WordSpan> wordAt(const QString& line, qsizetype position)
{
    for (const WordSpan& word : checkableWords(line)) {
        if (position >= word.start && position <= word.start + word.length)
            return word;
    }
    return std::nullopt;
}

bool isQuoted(const QString& line)
{
    for (const QChar c : line) {
        if (c == u'>')
            return true;
        if (!c.isSpace())
            return false;
    }
    return false;
}

bool isSignatureSeparator(const QString& line)
{
    return line == QLatin1String("-- ") || line == QLatin1String("--");
}

} // namespace Postino::SpellText
