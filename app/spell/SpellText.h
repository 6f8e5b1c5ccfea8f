#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Postino {

// A word in a line of text: where it starts and how long it is, in UTF-16 units.
struct WordSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    [[nodiscard]] bool operator==(const WordSpan& other) const
    {
        return start == other.start && length == other.length;
    }
};

// What of a message's text is checked for spelling, with no dictionary: pure functions, one line at a time
// (a QTextBlock of the composer).
namespace SpellText {

// The words of line worth checking, split as Unicode says (QTextBoundaryFinder, UAX #29: "l'acqua" and
// "don't" are one word each), without those inside an e-mail address or a URL, those with a digit, and
// those in capitals only (acronyms: SMTP, IMAP).
[[nodiscard]] QList<WordSpan> checkableWords(const QString& line);
// The checkable word at position (between two of its letters, or just after its last one), if any.
[[nodiscard]] std::optional<WordSpan> wordAt(const QString& line, qsizetype position);
// A line quoted from another message ("> ", "> > ", ">text"): never checked.
[[nodiscard]] bool isQuoted(const QString& line);
// The signature separator, "-- " on a line of its own (RFC 3676 §4.3; "--" too, for editors that trim
// spaces): the signature under it is not checked.
[[nodiscard]] bool isSignatureSeparator(const QString& line);

} // namespace SpellText

} // namespace Postino
