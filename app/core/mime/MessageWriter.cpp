#include "MessageBuilder_p.h"

#include "HeaderEncoding.h"
#include "HtmlToText.h"
#include "common/Clock.h"

#include <QFile>
#include <QFileInfo>

namespace Postino {

using namespace MimeParts;

namespace {

constexpr char kPreamble[] = "\r\nThis is a multi-part message in MIME format.\r\n";

} // namespace

Status MessageBuilder::Writer::run()
{
    m_utf8 = m_b.utf8HeadersInEffect();
    collectTextParts();
    if (Status s = chooseBoundaries(); !s)
        return s;
    if (!putTopHeaders())
        return ioError();
    if (!m_b.m_attachments.isEmpty())
        return putMixedMessage();
    if (m_texts.size() > 1)
        return putAlternativeMessage();
    return putSinglePart();
}

// Plain and HTML (plain derived from the HTML when no text is given), or plain alone; nothing when there
// are only attachments.
void MessageBuilder::Writer::collectTextParts()
{
    const MessageBuilder& b = m_b;
    if (!b.m_html.isEmpty()) {
        const QString plain = b.m_text.isEmpty() ? HtmlToText::convert(b.m_html) : b.m_text;
        m_texts.append(makeTextPart("plain", plain, b.m_allow8Bit));
        m_texts.append(makeTextPart("html", b.m_html, b.m_allow8Bit));
    } else if (!b.m_text.isEmpty() || b.m_attachments.isEmpty()) {
        m_texts.append(makeTextPart("plain", b.m_text, b.m_allow8Bit));
    }
}

// A boundary for multipart/mixed (attachments) and another for multipart/alternative (plain and HTML).
Status MessageBuilder::Writer::chooseBoundaries()
{
    const bool mixed = !m_b.m_attachments.isEmpty();
    const bool alternative = m_texts.size() > 1;
    m_mixedBoundary = mixed ? newBoundary() : QByteArray();
    m_altBoundary = alternative ? newBoundary() : QByteArray();
    for (int attempt = 0; alternative && m_altBoundary == m_mixedBoundary && attempt < kMaxBoundaryAttempts; ++attempt)
        m_altBoundary = newBoundary();
    if ((mixed && m_mixedBoundary.isEmpty()) || (alternative && m_altBoundary.isEmpty()))
        return Error(ErrorKind::Internal,
                     MessageBuilder::tr("No MIME boundary could be found that does not occur in "
                                        "the text. Try again."));
    return {};
}

bool MessageBuilder::Writer::putTopHeaders()
{
    const MessageBuilder& b = m_b;
    const QDateTime date = b.m_date.isValid() ? b.m_date : Clock::orSystem(b.m_clock)->now().toLocalTime();
    bool ok = putHeader("Date", formatDate(date)) && putAddresses("From", {b.m_from})
        && putAddresses("Sender", {b.m_sender}) && putAddresses("Reply-To", b.m_replyTo);
    if (b.m_to.isEmpty() && b.m_cc.isEmpty())
        ok = ok && putHeader("To", "undisclosed-recipients:;");
    ok = ok && putAddresses("To", b.m_to) && putAddresses("Cc", b.m_cc)
        && putHeader("Subject", HeaderEncoding::encodeUnstructured(b.m_subject, m_utf8))
        && putHeader("Message-ID", b.messageId());
    for (const auto& header : b.m_headers) {
        const QByteArray value = isVerbatimHeader(header.first)
            ? header.second.toLatin1()
            : HeaderEncoding::encodeUnstructured(header.second, m_utf8);
        ok = ok && putHeader(header.first.toLatin1(), value);
    }
    if (!b.m_userAgent.isEmpty())
        ok = ok && putHeader("User-Agent", HeaderEncoding::encodeUnstructured(b.m_userAgent, m_utf8));
    ok = ok && putHeader("MIME-Version", "1.0");
    return ok;
}

Status MessageBuilder::Writer::putSinglePart()
{
    const TextPart& part = m_texts.first();
    if (!putTextPartHeaders(part) || !put("\r\n") || !putTextBody(part))
        return ioError();
    if (!part.body.endsWith("\r\n") && !put("\r\n"))
        return ioError();
    return {};
}

Status MessageBuilder::Writer::putAlternativeMessage()
{
    if (!putHeader("Content-Type", "multipart/alternative; boundary=\"" + m_altBoundary + '"') || !put(kPreamble))
        return ioError();
    if (Status s = putAlternative(m_altBoundary); !s)
        return s;
    return put("\r\n") ? Status() : ioError();
}

Status MessageBuilder::Writer::putMixedMessage()
{
    if (!putHeader("Content-Type", "multipart/mixed; boundary=\"" + m_mixedBoundary + '"') || !put(kPreamble))
        return ioError();
    if (m_texts.size() > 1) {
        if (!put("\r\n--" + m_mixedBoundary + "\r\n")
            || !putHeader("Content-Type", "multipart/alternative; boundary=\"" + m_altBoundary + '"') || !put("\r\n"))
            return ioError();
        if (Status s = putAlternative(m_altBoundary); !s)
            return s;
    } else if (!m_texts.isEmpty()) {
        const TextPart& part = m_texts.first();
        if (!put("\r\n--" + m_mixedBoundary + "\r\n") || !putTextPartHeaders(part) || !put("\r\n")
            || !putTextBody(part))
            return ioError();
    }
    for (const Attachment& a : m_b.m_attachments) {
        if (Status s = putAttachment(a, m_mixedBoundary); !s)
            return s;
    }
    if (!put("\r\n--" + m_mixedBoundary + "--\r\n"))
        return ioError();
    return {};
}

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

bool MessageBuilder::Writer::putHeader(const QByteArray& name, const QByteArray& value)
{
    return put(HeaderEncoding::fold(name, value));
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
    for (int attempt = 0; attempt < kMaxBoundaryAttempts; ++attempt) {
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
    if (!putAttachmentHeaders(a, boundary))
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
    return putAttachmentFile(a.filePath);
}

bool MessageBuilder::Writer::putAttachmentHeaders(const Attachment& a, const QByteArray& boundary)
{
    QByteArrayList type {a.mimeType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : a.mimeType};
    type.append(HeaderEncoding::encodeLegacyParameter("name", a.fileName));
    QByteArrayList disposition {"attachment"};
    disposition += HeaderEncoding::encodeParameter("filename", a.fileName);
    return put("\r\n--" + boundary + "\r\n") && putHeader("Content-Type", type.join("; "))
        && putHeader("Content-Disposition", disposition.join("; ")) && putHeader("Content-Transfer-Encoding", "base64")
        && put("\r\n");
}

// The file read in chunks and written as base64 lines, without the last line's CRLF (it belongs to the
// next delimiter): a large file is never held whole.
Status MessageBuilder::Writer::putAttachmentFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const Status readable = checkAttachmentReadable(path);
        return readable.ok() ? Status(Error(ErrorKind::NoInput,
                                            MessageBuilder::tr("The attachment \"%1\" cannot be read: %2. Check "
                                                               "that you may read it, or remove it.")
                                                .arg(path, file.errorString())))
                             : readable;
    }
    QByteArray carry;
    bool firstLine = true;
    for (;;) {
        const QByteArray data = file.read(kAttachmentChunk);
        if (data.isEmpty()) {
            if (file.error() != QFileDevice::NoError) {
                return Error(ErrorKind::IoError,
                             MessageBuilder::tr("Reading the attachment \"%1\" failed: %2. Check the file and try "
                                                "again.")
                                 .arg(path, file.errorString()),
                             file.errorString());
            }
            break;
        }
        carry += data;
        const qsizetype whole = carry.size() / kBase64LineBytes * kBase64LineBytes;
        if (whole > 0) {
            if (!putBase64Lines(carry.left(whole), &firstLine))
                return ioError();
            carry.remove(0, whole);
        }
    }
    if (!carry.isEmpty() && !putBase64Lines(carry, &firstLine))
        return ioError();
    return {};
}

// Whole base64 lines, each line break written before the next line rather than after.
bool MessageBuilder::Writer::putBase64Lines(const QByteArray& bytes, bool* firstLine)
{
    QByteArray out;
    out.reserve(base64Size(bytes.size()));
    for (qsizetype i = 0; i < bytes.size(); i += kBase64LineBytes) {
        if (!*firstLine)
            out += "\r\n";
        *firstLine = false;
        out += bytes.mid(i, kBase64LineBytes).toBase64();
    }
    return put(out);
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

} // namespace Postino
