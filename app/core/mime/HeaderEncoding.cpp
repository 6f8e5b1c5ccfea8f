#include "HeaderEncoding.h"
#include "common/Text.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace Postino {

namespace {

constexpr char hexDigits[] = "0123456789ABCDEF";
const QByteArray wordPrefix = QByteArrayLiteral("=?UTF-8?");
constexpr int wordOverhead = 12; // "=?UTF-8?Q?" + "?="
constexpr int maxEncodedText = HeaderEncoding::MaxWordLength - wordOverhead; // 63
constexpr int bytesPerBWord = (maxEncodedText / 4) * 3; // 45 bytes -> 60 base64 characters
// A word longer than this cannot be folded into a line of 998 octets with a header name in front.
constexpr int longestFoldableWord = 900;

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}
bool isWsp(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool qRaw(uchar b, HeaderEncoding::Context context)
{
    if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9'))
        return true;
    if (b == '!' || b == '*' || b == '+' || b == '-' || b == '/')
        return true;
    if (context == HeaderEncoding::Context::Phrase)
        return false;
    // Unstructured text: any printable except the characters that mean something inside the word.
    return b > 0x20 && b < 0x7f && b != '=' && b != '?' && b != '_';
}

int qCost(uchar b, HeaderEncoding::Context context)
{
    return (b == ' ' || qRaw(b, context)) ? 1 : 3;
}

// Length of the UTF-8 sequence that starts with this byte (1 for stray continuation bytes).
int utf8SequenceLength(uchar lead)
{
    if (lead >= 0xf0)
        return 4;
    if (lead >= 0xe0)
        return 3;
    if (lead >= 0xc0)
        return 2;
    return 1;
}

// The UTF-8 bytes cut into whole sequences.
QByteArrayList utf8Sequences(const QByteArray& utf8)
{
    QByteArrayList out;
    qsizetype i = 0;
    while (i < utf8.size()) {
        const int len = utf8SequenceLength(static_cast<uchar>(utf8.at(i)));
        const qsizetype n = std::min<qsizetype>(len, utf8.size() - i);
        out.append(utf8.mid(i, n));
        i += n;
    }
    return out;
}

QByteArray qEncode(const QByteArray& bytes, HeaderEncoding::Context context)
{
    QByteArray out;
    for (char ch : bytes) {
        const auto b = static_cast<uchar>(ch);
        if (b == ' ') {
            out += '_';
        } else if (qRaw(b, context)) {
            out += ch;
        } else {
            out += '=';
            out += hexDigits[b >> 4];
            out += hexDigits[b & 0xf];
        }
    }
    return out;
}

QByteArray quoted(const QString& text, bool utf8)
{
    QByteArray out = "\"";
    const QByteArray bytes = utf8 ? text.toUtf8() : text.toLatin1();
    for (char c : bytes) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

bool isAttributeChar(uchar b)
{
    // RFC 2231 attribute-char: token characters except * ' %.
    if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9'))
        return true;
    switch (b) {
    case '!':
    case '#':
    case '$':
    case '&':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

QString decodeCharset(const QByteArray& charset, const QByteArray& bytes, bool* ok)
{
    QByteArray name = charset;
    const auto star = name.indexOf('*'); // RFC 2231 language: UTF-8*it
    if (star >= 0)
        name.truncate(star);
    QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        const QByteArray lower = name.toLower();
        if (lower == "us-ascii" || lower == "ascii" || lower == "windows-1252" || lower == "cp1252") {
            decoder = QStringDecoder(QStringConverter::Latin1);
        } else {
            *ok = false;
            return {};
        }
    }
    const QString text = decoder.decode(bytes);
    *ok = !decoder.hasError();
    return text;
}

} // namespace

bool HeaderEncoding::isAtext(QChar c, bool utf8)
{
    const char16_t u = c.unicode();
    if (u > 0x7f)
        return utf8;
    if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
        return true;
    static const char specials[] = "!#$%&'*+-/=?^_`{|}~";
    for (const char* p = specials; *p; ++p) {
        if (u == static_cast<char16_t>(*p))
            return true;
    }
    return false;
}

QByteArray HeaderEncoding::encodeWords(const QString& text, Context context)
{
    const QByteArray utf8 = text.toUtf8();
    qsizetype qLength = 0;
    for (char c : utf8)
        qLength += qCost(static_cast<uchar>(c), context);
    const qsizetype bLength = (utf8.size() + 2) / 3 * 4;
    const bool useQ = qLength <= bLength;

    QByteArrayList words;
    QByteArray current;
    qsizetype currentCost = 0;
    const auto flush = [&]() {
        if (current.isEmpty())
            return;
        if (useQ)
            words.append(wordPrefix + "Q?" + qEncode(current, context) + "?=");
        else
            words.append(wordPrefix + "B?" + current.toBase64() + "?=");
        current.clear();
        currentCost = 0;
    };
    for (const QByteArray& sequence : utf8Sequences(utf8)) {
        if (useQ) {
            qsizetype cost = 0;
            for (char c : sequence)
                cost += qCost(static_cast<uchar>(c), context);
            if (currentCost + cost > maxEncodedText)
                flush();
            currentCost += cost;
        } else if (current.size() + sequence.size() > bytesPerBWord) {
            flush();
        }
        current += sequence;
    }
    flush();
    return words.join(' ');
}

QByteArray HeaderEncoding::encodeUnstructured(const QString& value, bool utf8Headers)
{
    // Words and the whitespace between them, in order: even indexes are words (possibly empty at the ends).
    QStringList words;
    QStringList gaps;
    {
        QString word;
        QString gap;
        for (QChar c : value) {
            if (isWsp(c)) {
                gap += c;
            } else {
                if (!gap.isEmpty()) {
                    words.append(word);
                    gaps.append(gap);
                    word.clear();
                    gap.clear();
                }
                word += c;
            }
        }
        words.append(word);
        gaps.append(gap); // trailing whitespace
    }
    const auto needsEncoding = [utf8Headers](const QString& word) {
        if (!utf8Headers && !isAscii(word))
            return true;
        return word.contains(QLatin1String("=?")) || word.toUtf8().size() > longestFoldableWord;
    };

    QByteArray out;
    qsizetype i = 0;
    while (i < words.size()) {
        if (!needsEncoding(words.at(i))) {
            out += words.at(i).toUtf8();
            out += gaps.at(i).toUtf8();
            ++i;
            continue;
        }
        // A run of words that need encoding, with the whitespace between them, becomes one run of
        // encoded-words (whitespace between adjacent encoded-words is dropped by readers).
        QString run = words.at(i);
        qsizetype j = i + 1;
        while (j < words.size() && needsEncoding(words.at(j))) {
            run += gaps.at(j - 1);
            run += words.at(j);
            ++j;
        }
        out += encodeWords(run, Context::Text);
        out += gaps.at(j - 1).toUtf8();
        i = j;
    }
    return out;
}

QByteArray HeaderEncoding::encodePhrase(const QString& phrase, bool utf8Headers)
{
    if (phrase.isEmpty())
        return {};
    bool tooLong = false;
    for (const QString& word : phrase.split(QLatin1Char(' '))) {
        if (word.toUtf8().size() > longestFoldableWord)
            tooLong = true;
    }
    if ((!utf8Headers && !isAscii(phrase)) || phrase.contains(QLatin1String("=?")) || tooLong)
        return encodeWords(phrase, Context::Phrase);

    bool atoms = !phrase.startsWith(QLatin1Char(' ')) && !phrase.endsWith(QLatin1Char(' '))
        && !phrase.contains(QLatin1String("  "));
    for (QChar c : phrase) {
        if (c != QLatin1Char(' ') && !isAtext(c, utf8Headers))
            atoms = false;
    }
    if (atoms)
        return phrase.toUtf8();
    return quoted(phrase, true);
}

QString HeaderEncoding::decode(const QByteArray& value)
{
    return decode(QString::fromUtf8(value));
}

namespace {

// Adjacent encoded-words in the same charset are joined before decoding, so that a character whose bytes
// another program split across two words still comes out whole.
struct PendingWords
{
    QByteArray charset;
    QByteArray bytes;
    QString raw; // the words as written, for when their bytes are not text in their charset

    // The words so far, decoded, appended to out; then none pending.
    void flushInto(QString* out)
    {
        if (bytes.isEmpty() && raw.isEmpty())
            return;
        bool ok = true;
        const QString text = decodeCharset(charset, bytes, &ok);
        *out += ok ? text : raw;
        bytes.clear();
        raw.clear();
        charset.clear();
    }
};

// Only folding whitespace between two encoded-words, which then join.
bool isFoldingWhitespace(const QString& gap)
{
    for (QChar c : gap) {
        if (!isWsp(c) && c != QLatin1Char('\r') && c != QLatin1Char('\n'))
            return false;
    }
    return true;
}

// An encoded-word's bytes from its B (base64) or Q text; false when the base64 is broken.
bool decodeWordBytes(const QRegularExpressionMatch& m, QByteArray* bytes)
{
    const QByteArray encodedText = m.captured(3).toLatin1();
    if (m.captured(2).compare(QLatin1String("B"), Qt::CaseInsensitive) == 0) {
        const auto decoded = QByteArray::fromBase64Encoding(encodedText, QByteArray::AbortOnBase64DecodingErrors);
        *bytes = decoded.decoded;
        return static_cast<bool>(decoded);
    }
    QByteArray text = encodedText;
    text.replace('_', ' ');
    *bytes = QByteArray::fromPercentEncoding(text, '=');
    return true;
}

} // namespace

QString HeaderEncoding::decode(const QString& value)
{
    if (!value.contains(QLatin1String("=?")))
        return value;
    static const QRegularExpression word(QStringLiteral("=\\?([^?\\s]+)\\?([QqBb])\\?([^?\\s]*)\\?="));
    QString out;
    qsizetype pos = 0;
    PendingWords pending;
    auto it = word.globalMatch(value);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString gap = value.mid(pos, m.capturedStart() - pos);
        const bool adjacent = !pending.raw.isEmpty() && isFoldingWhitespace(gap);
        const QByteArray charset = m.captured(1).toLatin1();
        QByteArray bytes;
        const bool wordOk = decodeWordBytes(m, &bytes);
        if (!adjacent || charset.compare(pending.charset, Qt::CaseInsensitive) != 0 || !wordOk)
            pending.flushInto(&out);
        if (!adjacent)
            out += gap;
        if (!wordOk) {
            out += m.captured(0);
        } else {
            pending.charset = charset;
            pending.bytes += bytes;
            pending.raw += m.captured(0);
        }
        pos = m.capturedEnd();
    }
    pending.flushInto(&out);
    out += value.mid(pos);
    return out;
}

QByteArray HeaderEncoding::fold(const QByteArray& name, const QByteArray& value)
{
    // Segments: the value cut before each run of whitespace; whitespace-only tails stay with the segment
    // before them so that no continuation line is made of whitespace alone.
    QByteArrayList segments;
    {
        QByteArray current;
        bool inGap = false;
        for (char c : value) {
            if (isWsp(c)) {
                if (!inGap && !current.trimmed().isEmpty()) {
                    segments.append(current);
                    current.clear();
                }
                inGap = true;
            } else {
                inGap = false;
            }
            current += c;
        }
        if (!current.isEmpty()) {
            if (current.trimmed().isEmpty() && !segments.isEmpty())
                segments.last() += current;
            else
                segments.append(current);
        }
    }
    QByteArray out = name + ':';
    qsizetype lineLength = out.size();
    bool first = true;
    for (const QByteArray& segment : qAsConst(segments)) {
        QByteArray piece = segment;
        if (first) {
            piece.prepend(' ');
            first = false;
        } else if (lineLength + piece.size() > FoldColumn) {
            out += "\r\n";
            lineLength = 0;
        }
        out += piece;
        lineLength += piece.size();
    }
    out += "\r\n";
    return out;
}

QByteArrayList HeaderEncoding::encodeParameter(const QByteArray& attribute, const QString& value)
{
    bool plain = true;
    for (QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            plain = false;
    }
    if (plain && attribute.size() + value.size() + 4 <= FoldColumn - 2)
        return {attribute + '=' + quoted(value, false)};

    // RFC 2231: charset, empty language, then %-encoded UTF-8, cut only between whole characters.
    QByteArrayList pieces; // one %-encoded character each
    for (const QByteArray& sequence : utf8Sequences(value.toUtf8())) {
        QByteArray piece;
        for (char ch : sequence) {
            const auto b = static_cast<uchar>(ch);
            if (isAttributeChar(b)) {
                piece += ch;
            } else {
                piece += '%';
                piece += hexDigits[b >> 4];
                piece += hexDigits[b & 0xf];
            }
        }
        pieces.append(piece);
    }
    const QByteArray charsetPrefix = "UTF-8''";
    qsizetype total = charsetPrefix.size();
    for (const QByteArray& p : qAsConst(pieces))
        total += p.size();
    // " attr*=...;" on one line of at most 78 columns.
    if (1 + attribute.size() + 2 + total + 1 <= FoldColumn)
        return {attribute + "*=" + charsetPrefix + pieces.join()};

    QByteArrayList items;
    QByteArray current = charsetPrefix;
    const auto headFor = [&attribute](qsizetype index) -> QByteArray {
        return attribute + '*' + QByteArray::number(index) + "*=";
    };
    for (const QByteArray& p : qAsConst(pieces)) {
        const QByteArray head = headFor(items.size());
        if (1 + head.size() + current.size() + p.size() + 1 > FoldColumn && !current.isEmpty()
            && current != charsetPrefix) {
            items.append(head + current);
            current.clear();
        }
        current += p;
    }
    if (!current.isEmpty())
        items.append(headFor(items.size()) + current);
    return items;
}

QByteArray HeaderEncoding::encodeLegacyParameter(const QByteArray& attribute, const QString& value)
{
    bool plain = true;
    for (QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            plain = false;
    }
    if (plain && !value.contains(QLatin1String("=?")) && value.size() <= longestFoldableWord)
        return attribute + '=' + quoted(value, false);
    return attribute + "=\"" + encodeWords(value, Context::Phrase) + '"';
}

bool HeaderEncoding::isValidName(const QString& name)
{
    if (name.isEmpty() || name.size() > MaxNameLength)
        return false;
    for (QChar c : name) {
        if (c.unicode() < 33 || c.unicode() > 126 || c == QLatin1Char(':'))
            return false;
    }
    return true;
}

Status HeaderEncoding::validateName(const QString& name)
{
    if (name.isEmpty()) {
        return Error(ErrorKind::DataError,
                     tr("A header has no name. Write custom headers as \"Name: value\", for example "
                        "\"X-Priority: 1\"."));
    }
    if (name.size() > MaxNameLength) {
        return Error(ErrorKind::DataError,
                     tr("The header name \"%1...\" is longer than %2 characters. Use a shorter name.")
                         .arg(printable(name.left(20)))
                         .arg(MaxNameLength));
    }
    for (QChar c : name) {
        if (c.unicode() < 33 || c.unicode() > 126 || c == QLatin1Char(':')) {
            return Error(ErrorKind::DataError,
                         tr("The header name \"%1\" contains %2, which a header name cannot have. Use only "
                            "printable ASCII letters, digits and punctuation other than the colon, for example "
                            "\"X-Project-Id\".")
                             .arg(printable(name), describeCharacter(c)));
        }
    }
    return {};
}

qsizetype HeaderEncoding::findControlCharacter(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if ((u < 0x20 && u != '\t') || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029)
            return i;
    }
    return -1;
}

Status HeaderEncoding::validateValue(const QString& name, const QString& value)
{
    const qsizetype bad = findControlCharacter(value);
    if (bad >= 0) {
        return Error(ErrorKind::DataError,
                     tr("The value of the header \"%1\" contains %2 at position %3. A header value must be a "
                        "single line without control characters; remove it (a line break here could add "
                        "headers nobody asked for).")
                         .arg(printable(name), describeCharacter(value.at(bad)))
                         .arg(bad + 1));
    }
    return {};
}

QString HeaderEncoding::printable(const QString& text)
{
    QString out;
    for (QChar c : text) {
        switch (c.unicode()) {
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (findControlCharacter(QString(c)) == 0) {
                const QString hex = QString::number(static_cast<uint>(c.unicode()), 16);
                out += QLatin1String("\\x") + hex.rightJustified(2, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
    }
    return out;
}

QString HeaderEncoding::describeCharacter(QChar c)
{
    switch (c.unicode()) {
    case '\r':
        return tr("a line break (CR)");
    case '\n':
        return tr("a line break (LF)");
    case 0:
        return tr("a NUL character");
    case '\t':
        return tr("a tab");
    case ' ':
        return tr("a space");
    case ':':
        return tr("a colon");
    default:
        break;
    }
    if (c.unicode() > 0x20 && c.unicode() < 0x7f)
        return tr("the character '%1'").arg(c);
    const QString hex = QString::number(static_cast<uint>(c.unicode()), 16).rightJustified(4, QLatin1Char('0'));
    return tr("the character U+%1").arg(hex.toUpper());
}

} // namespace Postino
