#include "ParsedMessage.h"

#include "HeaderDecoder.h"

#include <QHash>

namespace Postino {

namespace {

constexpr int MaxDepth = 8;
constexpr int MaxParts = 200;

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Splits an entity into its header fields (unfolded) and its body.
void splitEntity(const QByteArray& raw, HeaderList* headers, QByteArray* body)
{
    qsizetype pos = 0;
    QByteArray current;
    auto flush = [&] {
        if (current.isEmpty())
            return;
        const qsizetype colon = current.indexOf(':');
        if (colon > 0)
            headers->append({current.left(colon).trimmed(), current.mid(colon + 1).trimmed()});
        current.clear();
    };
    while (pos < raw.size()) {
        qsizetype eol = raw.indexOf('\n', pos);
        const qsizetype next = eol < 0 ? raw.size() : eol + 1;
        QByteArray line = raw.mid(pos, (eol < 0 ? raw.size() : eol) - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = next;
        if (line.isEmpty()) {
            flush();
            if (body)
                *body = raw.mid(pos);
            return;
        }
        if ((line.at(0) == ' ' || line.at(0) == '\t') && !current.isEmpty())
            current.append(line); // folded continuation: keep the white space
        else {
            flush();
            current = line;
        }
    }
    flush();
    if (body)
        body->clear();
}

QByteArray findHeader(const HeaderList& headers, const QByteArray& name)
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

// "text/plain; charset=utf-8; name*=..." -> value "text/plain" and lower-case parameter names.
struct HeaderValue
{
    QByteArray value;
    QHash<QByteArray, QByteArray> params;
};

HeaderValue parseParameterized(const QByteArray& field)
{
    HeaderValue result;
    qsizetype pos = field.indexOf(';');
    result.value = (pos < 0 ? field : field.left(pos)).trimmed().toLower();
    while (pos >= 0 && pos < field.size()) {
        ++pos; // past ';'
        while (pos < field.size() && (field.at(pos) == ' ' || field.at(pos) == '\t'))
            ++pos;
        const qsizetype eq = field.indexOf('=', pos);
        if (eq < 0)
            break;
        const QByteArray name = field.mid(pos, eq - pos).trimmed().toLower();
        pos = eq + 1;
        while (pos < field.size() && (field.at(pos) == ' ' || field.at(pos) == '\t'))
            ++pos;
        QByteArray value;
        if (pos < field.size() && field.at(pos) == '"') {
            ++pos;
            while (pos < field.size() && field.at(pos) != '"') {
                if (field.at(pos) == '\\' && pos + 1 < field.size())
                    ++pos;
                value.append(field.at(pos));
                ++pos;
            }
            pos = field.indexOf(';', pos);
        } else {
            const qsizetype semi = field.indexOf(';', pos);
            value = field.mid(pos, semi < 0 ? -1 : semi - pos).trimmed();
            pos = semi;
        }
        result.params.insert(name, value);
    }
    return result;
}

// RFC 2231 "name*=utf-8''%E2%82%AC.txt"; the continuation form (name*0*) is not followed.
QString decodeParameter(const HeaderValue& value, const QByteArray& name)
{
    const QByteArray extended = value.params.value(name + '*');
    if (!extended.isEmpty()) {
        const QList<QByteArray> parts = extended.split('\'');
        if (parts.size() == 3)
            return HeaderDecoder::toUnicode(QByteArray::fromPercentEncoding(parts.at(2)), parts.at(0));
    }
    return HeaderDecoder::decode(value.params.value(name));
}

QByteArray decodeBody(const QByteArray& body, const QByteArray& transferEncoding)
{
    const QByteArray cte = transferEncoding.trimmed().toLower();
    if (cte == "quoted-printable")
        return ParsedMessage::decodeQuotedPrintable(body);
    if (cte == "base64")
        return ParsedMessage::decodeBase64(body);
    return body;
}

QString toText(const QByteArray& bytes, const QByteArray& charset)
{
    QString text = HeaderDecoder::toUnicode(bytes, charset);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

// The parts of a multipart body between its delimiter lines (at most MaxParts); without a closing
// delimiter the rest is the last part.
QList<QByteArray> splitMultipart(const QByteArray& body, const QByteArray& boundary)
{
    const QByteArray delimiter = "--" + boundary;
    QList<QByteArray> parts;
    qsizetype pos = 0;
    qsizetype partStart = -1;
    while (pos < body.size() && parts.size() < MaxParts) {
        const qsizetype eol = body.indexOf('\n', pos);
        const qsizetype next = eol < 0 ? body.size() : eol + 1;
        const QByteArray line = body.mid(pos, next - pos).trimmed();
        if (line.startsWith(delimiter)) {
            const QByteArray rest = line.mid(delimiter.size());
            if (partStart >= 0) {
                // The line break before the delimiter belongs to the delimiter.
                qsizetype partEnd = pos;
                if (partEnd > partStart && body.at(partEnd - 1) == '\n')
                    --partEnd;
                if (partEnd > partStart && body.at(partEnd - 1) == '\r')
                    --partEnd;
                parts.append(body.mid(partStart, partEnd - partStart));
            }
            if (rest.startsWith("--")) {
                partStart = -1;
                break;
            }
            partStart = next;
        }
        pos = next;
    }
    if (partStart >= 0 && partStart < body.size() && parts.size() < MaxParts)
        parts.append(body.mid(partStart)); // no closing delimiter: the rest is the last part
    return parts;
}

} // namespace

QByteArray ParsedMessage::decodeQuotedPrintable(const QByteArray& encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c != '=') {
            out.append(c);
            continue;
        }
        // Soft line break: '=' then optional trailing white space then CRLF or LF.
        qsizetype j = i + 1;
        while (j < encoded.size() && (encoded.at(j) == ' ' || encoded.at(j) == '\t'))
            ++j;
        if (j < encoded.size() && (encoded.at(j) == '\r' || encoded.at(j) == '\n')) {
            if (encoded.at(j) == '\r' && j + 1 < encoded.size() && encoded.at(j + 1) == '\n')
                ++j;
            i = j;
            continue;
        }
        if (j == encoded.size()) {
            i = j;
            continue;
        }
        if (i + 2 < encoded.size() && hex(encoded.at(i + 1)) >= 0 && hex(encoded.at(i + 2)) >= 0) {
            out.append(static_cast<char>(hex(encoded.at(i + 1)) * 16 + hex(encoded.at(i + 2))));
            i += 2;
        } else {
            out.append(c); // a stray '=' is kept, as RFC 2045 section 6.7 suggests
        }
    }
    return out;
}

QByteArray ParsedMessage::decodeBase64(const QByteArray& encoded)
{
    QByteArray compact;
    compact.reserve(encoded.size());
    for (const char c : encoded) {
        if (c != '\r' && c != '\n' && c != ' ' && c != '\t')
            compact.append(c);
    }
    return QByteArray::fromBase64(compact);
}

ParsedMessage ParsedMessage::parse(const QByteArray& raw)
{
    ParsedMessage message;
    message.parseEntity(raw, 0, true);
    return message;
}

ParsedMessage ParsedMessage::parseHeaders(const QByteArray& raw)
{
    ParsedMessage message;
    splitEntity(raw, &message.m_headers, nullptr);
    return message;
}

QByteArray ParsedMessage::rawHeader(const QByteArray& name) const
{
    return findHeader(m_headers, name);
}

QString ParsedMessage::header(const QByteArray& name) const
{
    return HeaderDecoder::decode(rawHeader(name));
}

QDateTime ParsedMessage::date() const
{
    QString value = QString::fromLatin1(rawHeader("Date")).simplified();
    // Drop a trailing comment such as "(UTC)", which Qt's RFC 2822 reader does not take.
    const qsizetype paren = value.indexOf(QLatin1Char('('));
    if (paren > 0)
        value = value.left(paren).trimmed();
    return QDateTime::fromString(value, Qt::RFC2822Date);
}

void ParsedMessage::parseEntity(const QByteArray& raw, int depth, bool topLevel)
{
    HeaderList headers;
    QByteArray body;
    splitEntity(raw, &headers, &body);
    if (topLevel)
        m_headers = headers;

    const QByteArray contentTypeField = findHeader(headers, "Content-Type");
    HeaderValue type = parseParameterized(contentTypeField.isEmpty() ? QByteArray("text/plain") : contentTypeField);
    const HeaderValue disposition = parseParameterized(findHeader(headers, "Content-Disposition"));
    const QByteArray cte = findHeader(headers, "Content-Transfer-Encoding");

    if (type.value.startsWith("multipart/")) {
        const QByteArray boundary = type.params.value("boundary");
        if (boundary.isEmpty() || depth >= MaxDepth)
            return;
        const QList<QByteArray> parts = splitMultipart(body, boundary);
        for (const QByteArray& part : std::as_const(parts))
            parseEntity(part, depth + 1, false);
        return;
    }

    if (type.value == "message/rfc822" && depth < MaxDepth && disposition.value != "attachment") {
        // A forwarded message: show its text if nothing else has been found.
        ParsedMessage inner = ParsedMessage::parse(decodeBody(body, cte));
        if (!m_hasText && inner.m_hasText) {
            m_text = inner.m_text;
            m_hasText = true;
        }
        return;
    }

    QString fileName = decodeParameter(disposition, "filename");
    if (fileName.isEmpty())
        fileName = decodeParameter(type, "name");
    // A name is shown and offered for saving: no control character (a NUL, a line break, a terminal escape)
    // survives from what the sender wrote (found by fuzz_parsed_message).
    fileName.removeIf([](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
    const bool isAttachment = disposition.value == "attachment" || (!fileName.isEmpty() && !topLevel);
    const QByteArray decoded = decodeBody(body, cte);
    if (!isAttachment && type.value == "text/plain" && !m_hasText) {
        m_text = toText(decoded, type.params.value("charset"));
        m_hasText = true;
    } else if (!isAttachment && type.value == "text/html" && !m_hasHtml) {
        m_html = toText(decoded, type.params.value("charset"));
        m_hasHtml = true;
    } else if (!topLevel || isAttachment) {
        m_attachments.append(Attachment {fileName, QString::fromLatin1(type.value), decoded.size(), decoded});
    }
}

} // namespace Postino
