#include "MessageBuilder.h"

#include "HeaderEncoding.h"
#include "HtmlToText.h"
#include "common/Clock.h"
#include "common/Log.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRandomGenerator>

namespace Postino {

namespace {

constexpr qsizetype base64LineBytes = 57; // 76 base64 characters
constexpr qint64 attachmentChunk = base64LineBytes * 1024; // read 57 KiB at a time
constexpr int qpLineLength = 76;
constexpr int maxBoundaryAttempts = 16;
constexpr int maxMessageId = 250; // fits one header line with room to spare

enum class TransferEncoding { SevenBit, EightBit, QuotedPrintable, Base64 };

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

struct TextPart
{
    QByteArray subtype; // plain, html
    QByteArray body; // encoded, CRLF
    TransferEncoding encoding = TransferEncoding::SevenBit;
};

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
    const qint64 fullLines = bytes / base64LineBytes;
    const qint64 rest = bytes % base64LineBytes;
    return fullLines * 78 + (rest > 0 ? (rest + 2) / 3 * 4 + 2 : 0);
}

QByteArray base64Lines(const QByteArray& data)
{
    QByteArray out;
    out.reserve(base64Size(data.size()));
    for (qsizetype i = 0; i < data.size(); i += base64LineBytes) {
        out += data.mid(i, base64LineBytes).toBase64();
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

// type/subtype (RFC 2045 tokens), so that a caller's type can never break the header it goes into.
bool isValidMimeType(const QByteArray& type)
{
    const qsizetype slash = type.indexOf('/');
    if (slash <= 0 || slash == type.size() - 1 || type.count('/') != 1 || type.size() > 127)
        return false;
    for (char c : type) {
        const auto b = static_cast<uchar>(c);
        if (b <= 32 || b >= 127 || QByteArrayView("()<>@,;:\\\"[]?=").contains(c))
            return false;
    }
    return true;
}

bool isStructuralHeader(const QString& name)
{
    static const char* const names[] = {"from",     "sender",  "to",   "cc",         "bcc",
                                        "reply-to", "subject", "date", "message-id", "mime-version"};
    const QString lower = name.toLower();
    if (lower.startsWith(QLatin1String("content-")))
        return true;
    for (const char* n : names) {
        if (lower == QLatin1String(n))
            return true;
    }
    return false;
}

// The name the recipient sees decides with the content, as the recipient's program will; an empty file
// gets what its name says.
QByteArray detectMimeType(const QString& fileName, QIODevice* content)
{
    const QMimeDatabase db;
    QMimeType type = content ? db.mimeTypeForFileNameAndData(fileName, content)
                             : db.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    if (type.name() == QLatin1String("application/x-zerosize"))
        type = db.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    if (!type.isValid() || type.name().isEmpty())
        return QByteArrayLiteral("application/octet-stream");
    return type.name().toLatin1();
}

Status checkAttachmentReadable(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error(ErrorKind::NoInput,
                     MessageBuilder::tr("The attachment \"%1\" does not exist. Check the path, or remove it from "
                                        "the message.")
                         .arg(path));
    }
    if (info.isDir()) {
        return Error(ErrorKind::NoInput,
                     MessageBuilder::tr("The attachment \"%1\" is a folder, not a file. Attach the files in it "
                                        "one by one, or an archive of it.")
                         .arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::NoInput,
                     MessageBuilder::tr("The attachment \"%1\" cannot be read: %2. Check that you may read it, or "
                                        "remove it from the message.")
                         .arg(path, file.errorString()),
                     file.errorString());
    }
    return {};
}

} // namespace

// Writes (or only counts) the message.
class MessageBuilder::Writer
{
public:
    Writer(const MessageBuilder& builder, QIODevice* out)
        : m_b(builder)
        , m_out(out)
    { }

    Status run();
    [[nodiscard]] qint64 written() const { return m_count; }

private:
    bool put(const QByteArray& bytes);
    bool putHeader(const QByteArray& name, const QByteArray& value) { return put(HeaderEncoding::fold(name, value)); }
    bool putAddresses(const QByteArray& name, const QList<Address>& list);
    bool putTextPartHeaders(const TextPart& part);
    bool putTextBody(const TextPart& part) { return put(part.body); }
    Status putAttachment(const Attachment& a, const QByteArray& boundary);
    Status putAlternative(const QByteArray& boundary);
    QByteArray newBoundary() const;
    Status ioError() const;

    const MessageBuilder& m_b;
    QIODevice* m_out; // null: count only
    qint64 m_count = 0;
    bool m_utf8 = false;
    QList<TextPart> m_texts;
};

bool MessageBuilder::Writer::put(const QByteArray& bytes)
{
    m_count += bytes.size();
    if (!m_out)
        return true;
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 n = m_out->write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

Status MessageBuilder::Writer::ioError() const
{
    const QString why = m_out ? m_out->errorString() : QString();
    return Error(ErrorKind::IoError,
                 MessageBuilder::tr("The message could not be written: %1. Check that the disk has free space and "
                                    "try again.")
                     .arg(why),
                 why);
}

bool MessageBuilder::Writer::putAddresses(const QByteArray& name, const QList<Address>& list)
{
    QByteArrayList items;
    for (const Address& a : list) {
        if (!a.isNull())
            items.append(a.toHeader(m_utf8));
    }
    if (items.isEmpty())
        return true;
    return putHeader(name, items.join(", "));
}

bool MessageBuilder::Writer::putTextPartHeaders(const TextPart& part)
{
    return putHeader("Content-Type", "text/" + part.subtype + "; charset=utf-8")
        && putHeader("Content-Transfer-Encoding", encodingName(part.encoding));
}

QByteArray MessageBuilder::Writer::newBoundary() const
{
    // "=_" cannot occur in quoted-printable or base64; 7bit/8bit text is searched for it.
    for (int attempt = 0; attempt < maxBoundaryAttempts; ++attempt) {
        const QByteArray boundary = "=_Postino_" + randomHex(12);
        bool clash = false;
        for (const TextPart& t : m_texts) {
            if (t.encoding != TransferEncoding::QuotedPrintable && t.body.contains(boundary))
                clash = true;
        }
        if (!clash)
            return boundary;
    }
    return {};
}

Status MessageBuilder::Writer::putAttachment(const Attachment& a, const QByteArray& boundary)
{
    QByteArrayList type {a.mimeType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : a.mimeType};
    type.append(HeaderEncoding::encodeLegacyParameter("name", a.fileName));
    QByteArrayList disposition {"attachment"};
    disposition += HeaderEncoding::encodeParameter("filename", a.fileName);
    if (!put("\r\n--" + boundary + "\r\n") || !putHeader("Content-Type", type.join("; "))
        || !putHeader("Content-Disposition", disposition.join("; "))
        || !putHeader("Content-Transfer-Encoding", "base64") || !put("\r\n"))
        return ioError();

    if (a.filePath.isEmpty()) {
        QByteArray encoded = base64Lines(a.data);
        encoded.chop(2); // the CRLF before the next delimiter belongs to it
        return put(encoded) ? Status() : ioError();
    }
    if (!m_out) {
        qint64 size = base64Size(QFileInfo(a.filePath).size());
        m_count += size > 0 ? size - 2 : 0;
        return {};
    }
    QFile file(a.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        const Status readable = checkAttachmentReadable(a.filePath);
        return readable.ok() ? Status(Error(ErrorKind::NoInput,
                                            MessageBuilder::tr("The attachment \"%1\" cannot be read: %2. Check "
                                                               "that you may read it, or remove it.")
                                                .arg(a.filePath, file.errorString())))
                             : readable;
    }
    QByteArray carry;
    bool firstLine = true;
    const auto emitLines = [&](const QByteArray& bytes) {
        QByteArray out;
        out.reserve(base64Size(bytes.size()));
        for (qsizetype i = 0; i < bytes.size(); i += base64LineBytes) {
            if (!firstLine)
                out += "\r\n";
            firstLine = false;
            out += bytes.mid(i, base64LineBytes).toBase64();
        }
        return put(out);
    };
    for (;;) {
        const QByteArray data = file.read(attachmentChunk);
        if (data.isEmpty()) {
            if (file.error() != QFileDevice::NoError) {
                return Error(ErrorKind::IoError,
                             MessageBuilder::tr("Reading the attachment \"%1\" failed: %2. Check the file and try "
                                                "again.")
                                 .arg(a.filePath, file.errorString()),
                             file.errorString());
            }
            break;
        }
        carry += data;
        const qsizetype whole = carry.size() / base64LineBytes * base64LineBytes;
        if (whole > 0) {
            if (!emitLines(carry.left(whole)))
                return ioError();
            carry.remove(0, whole);
        }
    }
    if (!carry.isEmpty() && !emitLines(carry))
        return ioError();
    return {};
}

Status MessageBuilder::Writer::putAlternative(const QByteArray& boundary)
{
    for (const TextPart& part : m_texts) {
        if (!put("\r\n--" + boundary + "\r\n") || !putTextPartHeaders(part) || !put("\r\n") || !putTextBody(part))
            return ioError();
    }
    if (!put("\r\n--" + boundary + "--"))
        return ioError();
    return {};
}

Status MessageBuilder::Writer::run()
{
    const MessageBuilder& b = m_b;
    m_utf8 = b.utf8HeadersInEffect();

    if (!b.m_html.isEmpty()) {
        const QString plain = b.m_text.isEmpty() ? HtmlToText::convert(b.m_html) : b.m_text;
        m_texts.append(makeTextPart("plain", plain, b.m_allow8Bit));
        m_texts.append(makeTextPart("html", b.m_html, b.m_allow8Bit));
    } else if (!b.m_text.isEmpty() || b.m_attachments.isEmpty()) {
        m_texts.append(makeTextPart("plain", b.m_text, b.m_allow8Bit));
    }
    const bool mixed = !b.m_attachments.isEmpty();
    const bool alternative = m_texts.size() > 1;
    const QByteArray mixedBoundary = mixed ? newBoundary() : QByteArray();
    QByteArray altBoundary = alternative ? newBoundary() : QByteArray();
    for (int attempt = 0; alternative && altBoundary == mixedBoundary && attempt < maxBoundaryAttempts; ++attempt)
        altBoundary = newBoundary();
    if ((mixed && mixedBoundary.isEmpty()) || (alternative && altBoundary.isEmpty()))
        return Error(ErrorKind::Internal,
                     MessageBuilder::tr("No MIME boundary could be found that does not occur in "
                                        "the text. Try again."));

    // Top-level headers.
    const QDateTime date = b.m_date.isValid() ? b.m_date : Clock::orSystem(b.m_clock)->now().toLocalTime();
    bool ok = putHeader("Date", formatDate(date)) && putAddresses("From", {b.m_from})
        && putAddresses("Sender", {b.m_sender}) && putAddresses("Reply-To", b.m_replyTo);
    if (b.m_to.isEmpty() && b.m_cc.isEmpty())
        ok = ok && putHeader("To", "undisclosed-recipients:;");
    ok = ok && putAddresses("To", b.m_to) && putAddresses("Cc", b.m_cc)
        && putHeader("Subject", HeaderEncoding::encodeUnstructured(b.m_subject, m_utf8))
        && putHeader("Message-ID", b.messageId());
    for (const auto& header : b.m_headers) {
        ok = ok && putHeader(header.first.toLatin1(), HeaderEncoding::encodeUnstructured(header.second, m_utf8));
    }
    if (!b.m_userAgent.isEmpty())
        ok = ok && putHeader("User-Agent", HeaderEncoding::encodeUnstructured(b.m_userAgent, m_utf8));
    ok = ok && putHeader("MIME-Version", "1.0");
    if (!ok)
        return ioError();

    if (!mixed && !alternative) {
        const TextPart& part = m_texts.first();
        if (!putTextPartHeaders(part) || !put("\r\n") || !putTextBody(part))
            return ioError();
        if (!part.body.endsWith("\r\n") && !put("\r\n"))
            return ioError();
        return {};
    }
    const QByteArray preamble = "\r\nThis is a multi-part message in MIME format.\r\n";
    if (!mixed) {
        if (!putHeader("Content-Type", "multipart/alternative; boundary=\"" + altBoundary + '"') || !put(preamble))
            return ioError();
        if (Status s = putAlternative(altBoundary); !s)
            return s;
        return put("\r\n") ? Status() : ioError();
    }
    if (!putHeader("Content-Type", "multipart/mixed; boundary=\"" + mixedBoundary + '"') || !put(preamble))
        return ioError();
    if (alternative) {
        if (!put("\r\n--" + mixedBoundary + "\r\n")
            || !putHeader("Content-Type", "multipart/alternative; boundary=\"" + altBoundary + '"') || !put("\r\n"))
            return ioError();
        if (Status s = putAlternative(altBoundary); !s)
            return s;
    } else if (!m_texts.isEmpty()) {
        const TextPart& part = m_texts.first();
        if (!put("\r\n--" + mixedBoundary + "\r\n") || !putTextPartHeaders(part) || !put("\r\n") || !putTextBody(part))
            return ioError();
    }
    for (const Attachment& a : b.m_attachments) {
        if (Status s = putAttachment(a, mixedBoundary); !s)
            return s;
    }
    if (!put("\r\n--" + mixedBoundary + "--\r\n"))
        return ioError();
    return {};
}

MessageBuilder::MessageBuilder(Clock* clock)
    : m_clock(clock)
    , m_userAgent(QStringLiteral("Postino/" POSTINO_VERSION))
{ }

void MessageBuilder::setFrom(const Address& from)
{
    m_from = from;
}

void MessageBuilder::setSender(const Address& sender)
{
    m_sender = sender;
}

void MessageBuilder::setTo(const QList<Address>& to)
{
    m_to = to;
}

void MessageBuilder::setCc(const QList<Address>& cc)
{
    m_cc = cc;
}

void MessageBuilder::setBcc(const QList<Address>& bcc)
{
    m_bcc = bcc;
}

void MessageBuilder::setReplyTo(const QList<Address>& replyTo)
{
    m_replyTo = replyTo;
}

Status MessageBuilder::addAttachment(const QString& filePath, const QString& displayName, const QByteArray& mimeType)
{
    Attachment a;
    a.filePath = filePath;
    a.fileName = displayName.isEmpty() ? QFileInfo(filePath).fileName() : displayName;
    a.mimeType = mimeType;
    const Status readable = checkAttachmentReadable(filePath);
    if (a.mimeType.isEmpty()) {
        QFile file(filePath);
        a.mimeType = detectMimeType(a.fileName, readable.ok() && file.open(QIODevice::ReadOnly) ? &file : nullptr);
    }
    m_attachments.append(a);
    return readable;
}

void MessageBuilder::addAttachmentData(const QByteArray& data, const QString& fileName, const QByteArray& mimeType)
{
    Attachment a;
    a.data = data;
    a.fileName = fileName;
    a.mimeType = mimeType;
    if (a.mimeType.isEmpty()) {
        QBuffer buffer(&a.data);
        buffer.open(QIODevice::ReadOnly);
        a.mimeType = detectMimeType(fileName, &buffer);
    }
    m_attachments.append(a);
}

Status MessageBuilder::addHeader(const QString& name, const QString& value)
{
    if (Status s = HeaderEncoding::validateName(name); !s)
        return s;
    if (isStructuralHeader(name)) {
        return Error(ErrorKind::DataError,
                     tr("The header \"%1\" cannot be added as a custom header: Postino writes it itself from the "
                        "message's own fields. Set the matching field (from, to, cc, bcc, subject, ...) instead.")
                         .arg(name));
    }
    if (Status s = HeaderEncoding::validateValue(name, value); !s)
        return s;
    m_headers.append({name, value.trimmed()});
    return {};
}

Status MessageBuilder::addHeaderLine(const QString& line)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return Error(
            ErrorKind::DataError,
            tr("\"%1\" is not a header: write it as \"Name: value\", for example \"X-Priority: 1\".").arg(line));
    }
    return addHeader(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
}

Status MessageBuilder::setMessageId(const QByteArray& messageId)
{
    QByteArray id = messageId.trimmed();
    if (!id.startsWith('<'))
        id = '<' + id + '>';
    const qsizetype at = id.indexOf('@');
    bool ok = id.endsWith('>') && at > 1 && at < id.size() - 2 && id.count('@') == 1 && id.size() <= maxMessageId;
    for (qsizetype i = 1; ok && i < id.size() - 1; ++i) {
        const auto c = static_cast<uchar>(id.at(i));
        if (c <= 32 || c >= 127 || c == '<' || c == '>' || c == '"' || c == '\\' || c == ',')
            ok = false;
    }
    if (!ok) {
        return Error(ErrorKind::DataError,
                     tr("\"%1\" is not a valid Message-ID. Write it like <unique-part@example.it>, in printable "
                        "ASCII without spaces.")
                         .arg(HeaderEncoding::printable(QString::fromUtf8(messageId))));
    }
    m_messageId = id;
    return {};
}

QByteArray MessageBuilder::generateMessageId() const
{
    const QDateTime now = Clock::orSystem(m_clock)->now();
    QString domain = m_from.isNull() ? QString() : m_from.asciiDomain();
    if (domain.isEmpty())
        domain = QStringLiteral("postino.invalid");
    return '<' + QByteArray::number(now.toSecsSinceEpoch(), 36) + '.' + randomHex(16) + '@' + domain.toLatin1() + '>';
}

QByteArray MessageBuilder::messageId() const
{
    if (m_messageId.isEmpty())
        m_messageId = generateMessageId();
    return m_messageId;
}

bool MessageBuilder::utf8HeadersInEffect() const
{
    if (m_utf8Headers)
        return true;
    const auto anyNeeds = [](const QList<Address>& list) {
        return std::any_of(list.cbegin(), list.cend(), [](const Address& a) { return a.needsSmtpUtf8(); });
    };
    return m_from.needsSmtpUtf8() || m_sender.needsSmtpUtf8() || anyNeeds(m_to) || anyNeeds(m_cc)
        || anyNeeds(m_replyTo);
}

Status MessageBuilder::validate() const
{
    if (m_from.isNull()) {
        return Error(ErrorKind::DataError,
                     tr("The message has no sender. Set the From address, like mario.rossi@example.it."));
    }
    const auto count = [](const QList<Address>& list) {
        return std::count_if(list.cbegin(), list.cend(), [](const Address& a) { return !a.isNull(); });
    };
    if (count(m_to) + count(m_cc) + count(m_bcc) == 0) {
        return Error(ErrorKind::DataError,
                     tr("The message has no recipients. Add at least one To, Cc or Bcc address."));
    }
    if (Status s = HeaderEncoding::validateValue(QStringLiteral("Subject"), m_subject); !s) {
        return Error(
            ErrorKind::DataError,
            tr("The subject contains %1. Write the subject on one line without control characters.")
                .arg(HeaderEncoding::describeCharacter(m_subject.at(HeaderEncoding::findControlCharacter(m_subject)))));
    }
    if (Status s = HeaderEncoding::validateValue(QStringLiteral("User-Agent"), m_userAgent); !s)
        return s;
    for (const Attachment& a : m_attachments) {
        if (a.fileName.isEmpty() || HeaderEncoding::findControlCharacter(a.fileName) >= 0) {
            return Error(ErrorKind::DataError,
                         tr("The attachment name \"%1\" is empty or has a control character. Give the attachment a "
                            "plain file name.")
                             .arg(HeaderEncoding::printable(a.fileName)));
        }
        if (!isValidMimeType(a.mimeType)) {
            return Error(ErrorKind::DataError,
                         tr("The type \"%1\" given for the attachment \"%2\" is not a MIME type. Give one like "
                            "application/pdf, or none to let Postino choose.")
                             .arg(HeaderEncoding::printable(QString::fromLatin1(a.mimeType)),
                                  HeaderEncoding::printable(a.fileName)));
        }
        if (!a.filePath.isEmpty()) {
            if (Status s = checkAttachmentReadable(a.filePath); !s)
                return s;
        }
    }
    if (!m_utf8Headers && !m_from.needsSmtpUtf8() && !m_sender.needsSmtpUtf8()) {
        // Reply-To alone cannot make the envelope ask for SMTPUTF8.
        const Envelope env = envelope();
        if (!env.needsSmtpUtf8()) {
            for (const Address& a : m_replyTo) {
                if (a.needsSmtpUtf8()) {
                    return Error(ErrorKind::DataError,
                                 tr("The Reply-To address %1 has non-ASCII characters before the @, which only UTF-8 "
                                    "headers can carry. Use an ASCII address or enable UTF-8 headers (SMTPUTF8).")
                                     .arg(a.addrSpec()));
                }
            }
        }
    }
    return {};
}

Status MessageBuilder::writeTo(QIODevice* out) const
{
    if (Status s = validate(); !s)
        return s;
    if (!out || !out->isWritable()) {
        return Error(ErrorKind::Internal, tr("The message could not be written: the output is not open for writing."));
    }
    Writer writer(*this, out);
    const Status s = writer.run();
    if (s.ok())
        qCDebug(lcMime) << "wrote message" << m_messageId << writer.written() << "octets";
    return s;
}

Result<QByteArray> MessageBuilder::toByteArray() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (Status s = writeTo(&buffer); !s)
        return s.error();
    buffer.close();
    return bytes;
}

Envelope MessageBuilder::envelope() const
{
    Envelope env;
    env.sender = (m_sender.isNull() ? m_from : m_sender).addrSpec();
    for (const QList<Address>* list : {&m_to, &m_cc, &m_bcc}) {
        for (const Address& a : *list) {
            if (!a.isNull())
                env.addRecipient(a.addrSpec());
        }
    }
    bool eightBit = utf8HeadersInEffect();
    if (m_allow8Bit && !eightBit) {
        QList<TextPart> parts;
        if (!m_html.isEmpty())
            parts = {makeTextPart("plain", m_text.isEmpty() ? HtmlToText::convert(m_html) : m_text, true),
                     makeTextPart("html", m_html, true)};
        else
            parts = {makeTextPart("plain", m_text, true)};
        for (const TextPart& p : parts)
            eightBit = eightBit || p.encoding == TransferEncoding::EightBit;
    }
    env.body = eightBit ? Envelope::Body::EightBitMime : Envelope::Body::SevenBit;
    return env;
}

qint64 MessageBuilder::estimatedSize() const
{
    Writer writer(*this, nullptr);
    // Counting never fails; a missing attachment counts as empty.
    (void)writer.run();
    return writer.written();
}

QByteArray MessageBuilder::formatDate(const QDateTime& dateTime)
{
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate d = dateTime.date();
    const QTime t = dateTime.time();
    const int offset = dateTime.offsetFromUtc() / 60;
    const int absOffset = offset < 0 ? -offset : offset;
    const auto two = [](int n) { return QByteArray::number(n).rightJustified(2, '0'); };
    return QByteArray(days[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()) + ' ' + months[d.month() - 1] + ' '
        + QByteArray::number(d.year()).rightJustified(4, '0') + ' ' + two(t.hour()) + ':' + two(t.minute()) + ':'
        + two(t.second()) + ' ' + (offset < 0 ? '-' : '+') + two(absOffset / 60) + two(absOffset % 60);
}

} // namespace Postino
