#include "HeaderDecoder.h"

#include <QList>
#include <QStringDecoder>

#include <algorithm>

namespace Postino {

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// One piece of a header: either plain bytes or the decoded bytes of an encoded word.
struct Segment
{
    bool encoded = false;
    QByteArray charset; // lower case, language suffix removed
    QByteArray bytes; // raw text, or decoded octets of an encoded word
};

// Tries to read "=?charset?e?text?=" at pos. On success sets *end past it.
bool readEncodedWord(const QByteArray& raw, qsizetype pos, Segment* segment, qsizetype* end)
{
    if (!raw.mid(pos, 2).startsWith("=?"))
        return false;
    const qsizetype charsetEnd = raw.indexOf('?', pos + 2);
    if (charsetEnd < 0 || charsetEnd == pos + 2)
        return false;
    if (charsetEnd + 2 >= raw.size() || raw.at(charsetEnd + 2) != '?')
        return false;
    const char encoding = raw.at(charsetEnd + 1);
    const qsizetype textStart = charsetEnd + 3;
    const qsizetype textEnd = raw.indexOf("?=", textStart);
    if (textEnd < 0)
        return false;
    const QByteArray text = raw.mid(textStart, textEnd - textStart);
    for (const char c : text) {
        if (isWhitespace(c) || c == '?')
            return false;
    }
    QByteArray charset = raw.mid(pos + 2, charsetEnd - pos - 2).toLower();
    for (const char c : charset) {
        if (isWhitespace(c))
            return false;
    }
    const qsizetype star = charset.indexOf('*'); // RFC 2231 language: =?UTF-8*it?Q?...?=
    if (star >= 0)
        charset.truncate(star);
    bool ok = false;
    QByteArray decoded;
    if (encoding == 'B' || encoding == 'b')
        decoded = HeaderDecoder::decodeB(text, &ok);
    else if (encoding == 'Q' || encoding == 'q')
        decoded = HeaderDecoder::decodeQ(text, &ok);
    if (!ok)
        return false;
    bool known = false;
    (void)HeaderDecoder::toUnicode(QByteArray(), charset, &known);
    if (!known)
        return false;
    segment->encoded = true;
    segment->charset = charset;
    segment->bytes = decoded;
    *end = textEnd + 2;
    return true;
}

} // namespace

QByteArray HeaderDecoder::decodeQ(const QByteArray& text, bool* ok)
{
    QByteArray out;
    out.reserve(text.size());
    bool valid = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '_') {
            out.append(' ');
        } else if (c == '=') {
            if (i + 2 < text.size() && isHex(text.at(i + 1)) && isHex(text.at(i + 2))) {
                out.append(static_cast<char>(hexValue(text.at(i + 1)) * 16 + hexValue(text.at(i + 2))));
                i += 2;
            } else {
                valid = false;
                out.append(c);
            }
        } else {
            out.append(c);
        }
    }
    if (ok)
        *ok = valid;
    return out;
}

QByteArray HeaderDecoder::decodeB(const QByteArray& text, bool* ok)
{
    // Encoders sometimes drop the padding; base64 without it is still unambiguous.
    QByteArray padded = text;
    while (padded.size() % 4 != 0)
        padded.append('=');
    const auto result = QByteArray::fromBase64Encoding(padded, QByteArray::AbortOnBase64DecodingErrors);
    if (ok)
        *ok = static_cast<bool>(result) && text.size() % 4 != 1;
    return result ? result.decoded : QByteArray();
}

QString HeaderDecoder::fromUnknown(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(bytes);
}

QString HeaderDecoder::toUnicode(const QByteArray& bytes, const QByteArray& charset, bool* ok)
{
    const QByteArray name = charset.trimmed().toLower();
    if (ok)
        *ok = true;
    if (name == "utf-8" || name == "utf8")
        return QString::fromUtf8(bytes);
    if (name.isEmpty() || name == "us-ascii" || name == "ascii")
        return fromUnknown(bytes); // mislabelled 8-bit text is common; UTF-8 or Latin-1 is the best guess
    if (name == "iso-8859-1" || name == "latin1" || name == "latin-1" || name == "iso8859-1" || name == "windows-1252"
        || name == "cp1252")
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(name.constData());
    if (decoder.isValid())
        return decoder.decode(bytes);
    if (ok)
        *ok = false;
    return fromUnknown(bytes);
}

QString HeaderDecoder::decode(const QByteArray& raw)
{
    // Unfold: a line break followed by white space is just that white space.
    QByteArray unfolded;
    unfolded.reserve(raw.size());
    for (const char c : raw) {
        if (c != '\r' && c != '\n')
            unfolded.append(c);
    }

    QList<Segment> segments;
    qsizetype pos = 0;
    QByteArray plain;
    while (pos < unfolded.size()) {
        Segment word;
        qsizetype end = 0;
        if (unfolded.at(pos) == '=' && readEncodedWord(unfolded, pos, &word, &end)) {
            // White space between two encoded words is not part of the text (RFC 2047 section 6.2).
            const bool onlySpace = std::all_of(plain.cbegin(), plain.cend(), isWhitespace);
            const bool afterWord = !segments.isEmpty() && segments.constLast().encoded;
            if (!plain.isEmpty() && !(onlySpace && afterWord))
                segments.append(Segment {false, {}, plain});
            plain.clear();
            // Adjacent words in one charset join before decoding: a UTF-8 character may be split.
            if (!segments.isEmpty() && segments.constLast().encoded && segments.constLast().charset == word.charset)
                segments.last().bytes.append(word.bytes);
            else
                segments.append(word);
            pos = end;
        } else {
            plain.append(unfolded.at(pos));
            ++pos;
        }
    }
    if (!plain.isEmpty())
        segments.append(Segment {false, {}, plain});

    QString text;
    for (const Segment& segment : std::as_const(segments))
        text += segment.encoded ? toUnicode(segment.bytes, segment.charset) : fromUnknown(segment.bytes);
    return text.trimmed();
}

} // namespace Postino
