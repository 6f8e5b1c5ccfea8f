#pragma once

// MessageBuilder's own: how a part is encoded (MimeParts.cpp) and the Writer that streams or counts the
// message (MessageWriter.cpp), shared with MessageBuilder.cpp (setters, validation, envelope). Nothing
// outside the message builder includes it.

#include "MessageBuilder.h"
#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace Postino {

// Headers whose value is a list of <URL>s or message ids (RFC 2369, RFC 8058, RFC 5322 3.6.4): written as
// they are, ASCII only, folded only at their own spaces. Encoding a long URL as an encoded-word, as an
// unstructured value would be, breaks the header for the receiving program (and a DKIM signature over it).
[[nodiscard]] bool isVerbatimHeader(const QString& name);

namespace MimeParts {

inline constexpr qsizetype kBase64LineBytes = 57; // 76 base64 characters
inline constexpr qint64 kAttachmentChunk = kBase64LineBytes * 1024; // read 57 KiB at a time
inline constexpr int kMaxBoundaryAttempts = 16;

enum class TransferEncoding { SevenBit, EightBit, QuotedPrintable, Base64 };

[[nodiscard]] QByteArray encodingName(TransferEncoding e);

struct TextPart
{
    QByteArray subtype; // plain, html
    QByteArray body; // encoded, CRLF
    TransferEncoding encoding = TransferEncoding::SevenBit;
};

// The text normalised to CRLF and encoded as 7bit, 8bit (when allowed and every line fits) or
// quoted-printable.
[[nodiscard]] TextPart makeTextPart(const QByteArray& subtype, const QString& text, bool allow8Bit);

// Octets of base64 in 76-column CRLF lines for that many bytes.
[[nodiscard]] qint64 base64Size(qint64 bytes);
// The data as base64 in 76-column lines, each ending in CRLF.
[[nodiscard]] QByteArray base64Lines(const QByteArray& data);

// bytes random bytes from the system generator, as hex.
[[nodiscard]] QByteArray randomHex(int bytes);

// NoInput naming the attachment when the file is missing, a folder, or cannot be opened
// (MessageBuilder.cpp: its words are the builder's).
[[nodiscard]] Status checkAttachmentReadable(const QString& path);

} // namespace MimeParts

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
    using TextPart = MimeParts::TextPart;

    void collectTextParts();
    Status chooseBoundaries();
    bool putTopHeaders();
    Status putSinglePart();
    Status putAlternativeMessage();
    Status putMixedMessage();

    bool put(const QByteArray& bytes);
    bool putHeader(const QByteArray& name, const QByteArray& value);
    bool putAddresses(const QByteArray& name, const QList<Address>& list);
    bool putTextPartHeaders(const TextPart& part);
    bool putTextBody(const TextPart& part) { return put(part.body); }
    Status putAttachment(const Attachment& a, const QByteArray& boundary);
    bool putAttachmentHeaders(const Attachment& a, const QByteArray& boundary);
    Status putAttachmentFile(const QString& path);
    bool putBase64Lines(const QByteArray& bytes, bool* firstLine);
    Status putAlternative(const QByteArray& boundary);
    QByteArray newBoundary() const;
    Status ioError() const;

    const MessageBuilder& m_b;
    QIODevice* m_out; // null: count only
    qint64 m_count = 0;
    bool m_utf8 = false;
    QList<TextPart> m_texts;
    QByteArray m_mixedBoundary;
    QByteArray m_altBoundary;
};

} // namespace Postino
