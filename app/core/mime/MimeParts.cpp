#include "MessageBuilder_p.h"

#include "HeaderEncoding.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Postino::MimeParts {

namespace {

constexpr int qpLineLength = 76;

// UTF-8 with every line break (CRLF, lone CR, lone LF) as CRLF.
QByteArray normaliseLineEndings(const QString& text)
{
    QByteArray in = text.toUtf8();
    QByteArray out;
    out.reserve(in.size() + in.size() / 40);
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '\r') {
            if (i + 1 < in.size() && in.at(i + 1) == '\n')
                ++i;
            out += "\r\n";
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray quotedPrintable(const QByteArray& crlfText)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(crlfText.size() * 3 / 2);
    const QList<QByteArray> lines = crlfText.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QByteArray line = lines.at(l);
        if (line.endsWith('\r'))
            line.chop(1);
        QByteArray current;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto b = static_cast<uchar>(line.at(i));
            const bool last = i == line.size() - 1;
            QByteArray token;
            if ((b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !last)) {
                token = QByteArray(1, static_cast<char>(b));
            } else {
                token = QByteArray(1, '=') + hex[b >> 4] + hex[b & 0xf];
            }
            // Room for the soft break's "=" within 76 characters.
            if (current.size() + token.size() > qpLineLength - 1) {
                out += current;
                out += "=\r\n";
                current.clear();
            }
            current += token;
        }
        out += current;
        if (l < lines.size() - 1)
            out += "\r\n";
    }
    return out;
}

} // namespace

QByteArray encodingName(TransferEncoding e)
{
    switch (e) {
    case TransferEncoding::SevenBit:
        return QByteArrayLiteral("7bit");
    case TransferEncoding::EightBit:
        return QByteArrayLiteral("8bit");
    case TransferEncoding::QuotedPrintable:
        return QByteArrayLiteral("quoted-printable");
    case TransferEncoding::Base64:
        return QByteArrayLiteral("base64");
    }
    return {};
}

TextPart makeTextPart(const QByteArray& subtype, const QString& text, bool allow8Bit)
{
    TextPart part;
    part.subtype = subtype;
    const QByteArray crlf = normaliseLineEndings(text);
    bool ascii = true;
    bool nul = false;
    qsizetype longest = 0;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < crlf.size(); ++i) {
        const auto b = static_cast<uchar>(crlf.at(i));
        if (b >= 0x80)
            ascii = false;
        if (b == 0)
            nul = true;
        if (b == '\n') {
            longest = std::max(longest, i - 1 - lineStart);
            lineStart = i + 1;
        }
    }
    longest = std::max(longest, crlf.size() - lineStart);
    const bool linesFit = longest <= HeaderEncoding::MaxLineLength;
    if (ascii && !nul && linesFit) {
        part.encoding = TransferEncoding::SevenBit;
        part.body = crlf;
    } else if (allow8Bit && !nul && linesFit) {
        part.encoding = TransferEncoding::EightBit;
        part.body = crlf;
    } else {
        part.encoding = TransferEncoding::QuotedPrintable;
        part.body = quotedPrintable(crlf);
    }
    return part;
}

qint64 base64Size(qint64 bytes)
{
    const qint64 fullLines = bytes / kBase64LineBytes;
    const qint64 rest = bytes % kBase64LineBytes;
    return fullLines * 78 + (rest > 0 ? (rest + 2) / 3 * 4 + 2 : 0);
}

QByteArray base64Lines(const QByteArray& data)
{
    QByteArray out;
    out.reserve(base64Size(data.size()));
    for (qsizetype i = 0; i < data.size(); i += kBase64LineBytes) {
        out += data.mid(i, kBase64LineBytes).toBase64();
        out += "\r\n";
    }
    return out;
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; i += 4) {
        const quint32 r = QRandomGenerator::system()->generate();
        for (int j = 0; j < 4 && i + j < bytes; ++j)
            raw[i + j] = static_cast<char>((r >> (8 * j)) & 0xff);
    }
    return raw.toHex();
}

} // namespace Postino::MimeParts
