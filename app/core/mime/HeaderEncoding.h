#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QString>

namespace Postino {

// How header text becomes header bytes, and back: RFC 2047 encoded-words, RFC 2231 parameters, folding, and
// the checks that keep a value typed by a person from ever creating a header of its own.
//
// Everything produced here is ASCII unless utf8Headers is true (RFC 6532, for servers that offer SMTPUTF8).
class HeaderEncoding
{
    Q_DECLARE_TR_FUNCTIONS(Postino::HeaderEncoding)
public:
    static constexpr int MaxWordLength = 75; // RFC 2047 section 2: one encoded-word
    static constexpr int FoldColumn = 78; // RFC 5322 section 2.1.1: SHOULD
    static constexpr int MaxLineLength = 998; // RFC 5322 section 2.1.1: MUST, without CRLF
    static constexpr int MaxNameLength = 76; // a header name cannot be folded: keep it within one line

    // Where an encoded-word goes. Phrase (display names, quoted parameter values) allows fewer characters
    // unencoded in the Q encoding than Text (unstructured values such as Subject).
    enum class Context { Text, Phrase };

    // The text as one or more encoded-words in UTF-8, separated by single spaces. Q or B, whichever is
    // shorter; each word at most 75 characters; a UTF-8 sequence is never split across two words.
    [[nodiscard]] static QByteArray encodeWords(const QString& text, Context context = Context::Text);

    // An unstructured value (Subject, a custom header): only the words that need it become encoded-words
    // (non-ASCII unless utf8Headers, anything that looks like an encoded-word, words too long to fold).
    [[nodiscard]] static QByteArray encodeUnstructured(const QString& value, bool utf8Headers = false);

    // A display name: as it is when it is made of atoms, a quoted-string when it has specials (, ; : . " ...),
    // encoded-words when it is not ASCII (unless utf8Headers).
    [[nodiscard]] static QByteArray encodePhrase(const QString& phrase, bool utf8Headers = false);

    // Decodes the encoded-words in a header value; whitespace between two adjacent encoded-words goes, as
    // RFC 2047 says. Bytes outside encoded-words are read as UTF-8 (RFC 6532). Undecodable words stay as
    // they are.
    [[nodiscard]] static QString decode(const QByteArray& value);
    [[nodiscard]] static QString decode(const QString& value);

    // "Name: value" folded at whitespace so that lines stay within 78 columns where possible, ending with
    // CRLF. The value must already be encoded; it is never split except at whitespace.
    [[nodiscard]] static QByteArray fold(const QByteArray& name, const QByteArray& value);

    // One MIME parameter (RFC 2045/2231) as the items of a parameter list: name="value" when the value is
    // short printable ASCII, else name*=UTF-8''%-encoded, split into name*0*=, name*1*=, ... when long.
    // Join the items with "; " after the media type; fold() then breaks at the spaces.
    [[nodiscard]] static QByteArrayList encodeParameter(const QByteArray& attribute, const QString& value);

    // A quoted parameter value for old readers that know no RFC 2231 (Content-Type's name=): the value
    // quoted as it is when it is printable ASCII, else RFC 2047 encoded-words inside the quotes.
    [[nodiscard]] static QByteArray encodeLegacyParameter(const QByteArray& attribute, const QString& value);

    // ftext (RFC 5322 section 3.6.8): printable ASCII 33-126 except the colon, 1 to MaxNameLength characters.
    [[nodiscard]] static bool isValidName(const QString& name);
    [[nodiscard]] static Status validateName(const QString& name);
    // No CR, LF, NUL or other control character (a tab is allowed): a value can never start a new header.
    [[nodiscard]] static Status validateValue(const QString& name, const QString& value);
    // The first control character (other than tab) in text, or -1.
    [[nodiscard]] static qsizetype findControlCharacter(const QString& text);

    // RFC 5322 atext (letters, digits and !#$%&'*+-/=?^_`{|}~), plus any non-ASCII character when
    // utf8 is true (RFC 6532).
    [[nodiscard]] static bool isAtext(QChar c, bool utf8 = true);
    // The text with control characters shown as \r, \n, \t, \xHH, for error messages.
    [[nodiscard]] static QString printable(const QString& text);
    // Describes a character for an error message: "a line break (CR)", "U+0007".
    [[nodiscard]] static QString describeCharacter(QChar c);
};

} // namespace Postino
