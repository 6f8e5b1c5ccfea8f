#include "MessageBuilder_p.h"

#include "HeaderEncoding.h"
#include "HtmlToText.h"
#include "common/Clock.h"
#include "common/Log.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace Postino {

using namespace MimeParts;

namespace {

constexpr int maxMessageId = 250; // fits one header line with room to spare

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

} // namespace

bool isVerbatimHeader(const QString& name)
{
    static const char* const names[] = {
        "list-unsubscribe", "list-unsubscribe-post", "list-id",     "list-help", "list-subscribe", "list-post",
        "list-owner",       "list-archive",          "in-reply-to", "references"};
    const QString lower = name.toLower();
    for (const char* n : names) {
        if (lower == QLatin1String(n))
            return true;
    }
    return false;
}

namespace {

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

} // namespace

Status MimeParts::checkAttachmentReadable(const QString& path)
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
    if (isVerbatimHeader(name)) {
        for (const QChar c : value) {
            if (c.unicode() > 0x7e) {
                return Error(ErrorKind::DataError,
                             tr("The header \"%1\" must be plain ASCII: percent-encode the non-ASCII characters of "
                                "its URLs (for example %C3%A8 for è).")
                                 .arg(name));
            }
        }
    }
    if (isVerbatimHeader(name)) {
        // Written as it is and folded only at white space: a run without any (a long URL) must fit on one line
        // of at most 998 octets (RFC 5322 2.1.1), the first with the header's name before it.
        const QString trimmed = value.trimmed();
        qsizetype run = name.size() + 2; // "Name: "
        for (qsizetype i = 0; i <= trimmed.size(); ++i) {
            const bool space = i == trimmed.size() || trimmed.at(i) == u' ' || trimmed.at(i) == u'\t';
            if (space && i > 0 && trimmed.at(i - 1) != u' ' && trimmed.at(i - 1) != u'\t') {
                if (run > 998) {
                    return Error(ErrorKind::DataError,
                                 tr("The header \"%1\" has a part of %2 characters without a space, longer than a "
                                    "line of a message can be (998 with the header's name): make its URL or the "
                                    "value in it shorter.")
                                     .arg(name)
                                     .arg(run));
                }
                run = 0;
            }
            ++run;
        }
    }
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
