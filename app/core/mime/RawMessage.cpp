#include "RawMessage.h"

#include "HeaderEncoding.h"
#include "common/Log.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Postino {

namespace {

constexpr qint64 bodyChunk = 64 * 1024;

// Header bytes as text: UTF-8 (RFC 6532), or Latin-1 when they are not valid UTF-8.
QString headerText(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(bytes);
}

QByteArray unfold(const QByteArray& raw)
{
    QByteArray out = raw;
    out.replace("\r\n", "");
    out.replace('\n', "");
    out.replace('\r', "");
    return out.trimmed();
}

} // namespace

bool RawMessage::isBcc(const QByteArray& name)
{
    return name.compare("Bcc", Qt::CaseInsensitive) == 0 || name.compare("Resent-Bcc", Qt::CaseInsensitive) == 0;
}

Result<RawMessage> RawMessage::open(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error(ErrorKind::NoInput, tr("The message file \"%1\" does not exist. Check the path.").arg(path));
    }
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        const QString why = info.isDir() ? tr("it is a folder") : file.errorString();
        return Error(
            ErrorKind::DataError,
            tr("The message file \"%1\" cannot be read: %2. Check that it is a file you may read.").arg(path, why),
            why);
    }
    RawMessage msg;
    msg.m_path = path;
    msg.m_fileSize = file.size();
    if (msg.m_fileSize == 0) {
        return Error(ErrorKind::DataError,
                     tr("The message file \"%1\" is empty. Give a complete message (headers, an empty line, the "
                        "body).")
                         .arg(path));
    }
    if (Status s = msg.readHeaderSection(&file); !s)
        return s.error();
    if (Status s = msg.readAddressHeaders(); !s)
        return s.error();
    msg.m_messageId = msg.headerValue("Message-ID");
    msg.scanForEightBit(&file);
    qCDebug(lcMime) << "read" << path << msg.m_fields.size() << "header fields," << msg.m_fileSize << "octets";
    return msg;
}

Error RawMessage::garbled(int lineNumber, const QString& why) const
{
    return Error(ErrorKind::DataError,
                 tr("\"%1\" is not a valid message: line %2 %3. Give a file in RFC 5322 format (header lines "
                    "\"Name: value\", an empty line, the body), such as a mail program's .eml export.")
                     .arg(m_path)
                     .arg(lineNumber)
                     .arg(why));
}

// The header fields up to the empty line (or the end of a message of headers only), each unfolded, and
// where the body starts.
Status RawMessage::readHeaderSection(QFile* file)
{
    // A byte order mark some editors put first is not part of the message: it is skipped and not sent.
    qint64 consumed = 0;
    if (file->peek(3) == "\xEF\xBB\xBF") {
        file->skip(3);
        consumed = 3;
        m_skipped = 3;
    }
    int lineNumber = 0;
    bool ended = false;
    while (!file->atEnd()) {
        const QByteArray line = file->readLine(MaxHeaderBytes + 1);
        if (line.isEmpty() && file->error() != QFileDevice::NoError) {
            return Error(ErrorKind::DataError,
                         tr("Reading the message file \"%1\" failed: %2.").arg(m_path, file->errorString()),
                         file->errorString());
        }
        ++lineNumber;
        if (line == "\r\n" || line == "\n") {
            m_bodyOffset = consumed;
            ended = true;
            break;
        }
        consumed += line.size();
        if (line.contains('\0'))
            return garbled(lineNumber, tr("contains a NUL byte (the file looks binary)"));
        if (consumed > MaxHeaderBytes) {
            return Error(ErrorKind::DataError,
                         tr("The header section of \"%1\" is larger than %2 KiB, more than any real message has. "
                            "Check that the file is an e-mail message.")
                             .arg(m_path)
                             .arg(MaxHeaderBytes / 1024));
        }
        if (Status s = addHeaderLine(line, lineNumber); !s)
            return s;
    }
    if (!ended)
        m_bodyOffset = consumed; // a message of headers only
    if (m_fields.isEmpty())
        return garbled(1, tr("is empty: the message has no headers"));
    for (Field& field : m_fields) {
        const qsizetype colon = field.raw.indexOf(':');
        field.value = unfold(field.raw.mid(colon + 1));
    }
    return {};
}

// A header line: a new field, or a continuation of the one before.
Status RawMessage::addHeaderLine(const QByteArray& line, int lineNumber)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        if (m_fields.isEmpty())
            return garbled(lineNumber, tr("starts with a space before any header"));
        m_fields.last().raw += line;
        return {};
    }
    const qsizetype colon = line.indexOf(':');
    // Obsolete syntax allows whitespace before the colon ("Subject : x").
    const QByteArray name = colon > 0 ? line.left(colon).trimmed() : QByteArray();
    if (lineNumber == 1 && line.startsWith("From ") && name != "From")
        return garbled(lineNumber, tr("is an mbox \"From \" separator; remove that first line"));
    if (name.isEmpty() || !HeaderEncoding::isValidName(QString::fromLatin1(name)))
        return garbled(lineNumber, tr("is not a header line (\"Name: value\")"));
    m_fields.append(Field {name, line, {}});
    return {};
}

// From, Sender, To, Cc and Bcc, every field of each name.
Status RawMessage::readAddressHeaders()
{
    const auto addresses = [this](const QByteArray& name, QList<Address>* target) -> Status {
        for (const Field& field : qAsConst(m_fields)) {
            if (field.name.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            Result<QList<Address>> list = Address::parseList(headerText(field.value));
            if (!list) {
                return Error(ErrorKind::DataError,
                             tr("The %1 header of \"%2\" has an address that cannot be used: %3")
                                 .arg(QString::fromLatin1(name), m_path, list.error().message()));
            }
            *target += list.value();
        }
        return {};
    };
    QList<Address> senders;
    for (const auto& [name, target] : {std::pair<QByteArray, QList<Address>*> {"From", &m_from},
                                       {"Sender", &senders},
                                       {"To", &m_to},
                                       {"Cc", &m_cc},
                                       {"Bcc", &m_bcc}}) {
        if (Status s = addresses(name, target); !s)
            return s;
    }
    if (!senders.isEmpty())
        m_sender = senders.first();
    return {};
}

// 8-bit anywhere means the transport needs 8BITMIME (or SMTPUTF8 for the headers).
void RawMessage::scanForEightBit(QFile* file)
{
    file->seek(m_skipped);
    while (!file->atEnd() && !m_eightBit) {
        const QByteArray chunk = file->read(bodyChunk);
        if (chunk.isEmpty())
            break;
        for (char c : chunk) {
            if (static_cast<uchar>(c) >= 0x80) {
                m_eightBit = true;
                break;
            }
        }
    }
}

QByteArray RawMessage::headerValue(const QByteArray& name) const
{
    for (const Field& field : m_fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return field.value.isNull() ? QByteArray("") : field.value;
    }
    return {};
}

QString RawMessage::subject() const
{
    return HeaderEncoding::decode(headerText(headerValue("Subject")));
}

Envelope RawMessage::envelope() const
{
    Envelope env;
    if (!m_sender.isNull())
        env.sender = m_sender.addrSpec();
    else if (!m_from.isEmpty())
        env.sender = m_from.first().addrSpec();
    for (const QList<Address>* list : {&m_to, &m_cc, &m_bcc}) {
        for (const Address& a : *list)
            env.addRecipient(a.addrSpec());
    }
    env.body = m_eightBit ? Envelope::Body::EightBitMime : Envelope::Body::SevenBit;
    return env;
}

Result<Envelope> RawMessage::defaultEnvelope() const
{
    Envelope env = envelope();
    if (env.sender.isEmpty()) {
        return Error(ErrorKind::DataError,
                     tr("The message \"%1\" has no From or Sender header, so its sender is unknown. Add a From "
                        "header to the file or give the sender explicitly.")
                         .arg(m_path));
    }
    if (env.recipients.isEmpty()) {
        return Error(ErrorKind::DataError,
                     tr("The message \"%1\" has no recipients in To, Cc or Bcc. Add them to the file or give the "
                        "recipients explicitly.")
                         .arg(m_path));
    }
    return env;
}

qint64 RawMessage::transmittedSize() const
{
    qint64 size = m_fileSize - m_skipped;
    for (const Field& field : m_fields) {
        if (isBcc(field.name))
            size -= field.raw.size();
    }
    return size;
}

Status RawMessage::writeTransmitted(QIODevice* out) const
{
    const auto ioError = [out]() {
        return Error(ErrorKind::IoError,
                     tr("The message could not be written: %1. Check that the disk has free space and try again.")
                         .arg(out->errorString()),
                     out->errorString());
    };
    if (!out || !out->isWritable())
        return Error(ErrorKind::Internal, tr("The message could not be written: the output is not open for writing."));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::NoInput,
                     tr("The message file \"%1\" cannot be read any more: %2. Check that it is still there.")
                         .arg(m_path, file.errorString()),
                     file.errorString());
    }
    if (file.size() != m_fileSize) {
        return Error(ErrorKind::DataError,
                     tr("The message file \"%1\" changed while it was being sent. Send it again once it is "
                        "complete.")
                         .arg(m_path));
    }
    const auto put = [out](const QByteArray& bytes) {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const qint64 n = out->write(bytes.constData() + done, bytes.size() - done);
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    };
    for (const Field& field : m_fields) {
        if (!isBcc(field.name) && !put(field.raw))
            return ioError();
    }
    if (!file.seek(m_bodyOffset)) {
        return Error(
            ErrorKind::DataError,
            tr("The message file \"%1\" could not be read past its headers: %2.").arg(m_path, file.errorString()));
    }
    for (;;) {
        const QByteArray chunk = file.read(bodyChunk);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError) {
                return Error(ErrorKind::DataError,
                             tr("Reading the message file \"%1\" failed: %2.").arg(m_path, file.errorString()),
                             file.errorString());
            }
            break;
        }
        if (!put(chunk))
            return ioError();
    }
    return {};
}

} // namespace Postino
