#pragma once

#include "common/Error.h"
#include "mime/Address.h"
#include "mime/Envelope.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace Postino {

class Clock;

// Builds one RFC 5322 / MIME message from what a person typed: addresses, subject, a plain and/or HTML
// body, attachments and extra headers; then writes it with CRLF line endings, streaming attachments, and
// gives the Envelope the transport needs. Bcc lives only in the envelope, never in the headers.
//
//   MessageBuilder b;
//   b.setFrom(from); b.setTo(to); b.setSubject(subject); b.setTextBody(text);
//   b.addAttachment(QStringLiteral("/home/ada/fattura però €.pdf"));
//   if (const Status s = b.validate(); !s) { report(s.error()); }
//   b.writeTo(&file); submission->send(b.envelope(), ...);
//
// Structure: text only -> text/plain; HTML -> multipart/alternative (plain first; derived from the HTML
// by HtmlToText when no text is given); attachments -> multipart/mixed around that. Text parts are
// normalised to CRLF (a lone CR or LF is a line break) and go as 7bit, 8bit (setAllow8Bit, every line
// within 998 octets) or quoted-printable; attachments as base64 in 76 columns.
class MessageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Postino::MessageBuilder)
public:
    explicit MessageBuilder(Clock* clock = nullptr);

    void setFrom(const Address& from);
    // Who actually sends when it is not From (RFC 5322 section 3.6.2); a null Address means none.
    void setSender(const Address& sender);
    void setTo(const QList<Address>& to);
    void setCc(const QList<Address>& cc);
    void setBcc(const QList<Address>& bcc);
    void setReplyTo(const QList<Address>& replyTo);
    void addTo(const Address& to) { m_to.append(to); }
    void addCc(const Address& cc) { m_cc.append(cc); }
    void addBcc(const Address& bcc) { m_bcc.append(bcc); }
    // Appends (repeated --to/--cc/--bcc options, each a parsed list).
    void addTo(const QList<Address>& to) { m_to += to; }
    void addCc(const QList<Address>& cc) { m_cc += cc; }
    void addBcc(const QList<Address>& bcc) { m_bcc += bcc; }

    void setSubject(const QString& subject) { m_subject = subject; }
    void setTextBody(const QString& text) { m_text = text; }
    void setHtmlBody(const QString& html) { m_html = html; }

    // Attaches a file, read only when the message is written (in chunks: a 25 MB file is never held
    // whole). displayName: the name the recipient sees (default: the file's name); mimeType: default from
    // QMimeDatabase from displayName and the content. The attachment is kept even when the file cannot be
    // read now, and the returned Status says so at once (NoInput naming the file); validate() and writeTo()
    // check again. A mimeType that is not "type/subtype" is a DataError from validate().
    Status addAttachment(const QString& filePath, const QString& displayName = {}, const QByteArray& mimeType = {});
    // An attachment held in memory (a small generated file).
    void addAttachmentData(const QByteArray& data, const QString& fileName, const QByteArray& mimeType = {});

    // A custom header such as X-Priority, In-Reply-To, References or List-Unsubscribe. Refused (DataError)
    // when the name is not valid, when the value has a line break or another control character, and for
    // the headers the builder writes itself (From, Sender, To, Cc, Bcc, Reply-To, Subject, Date,
    // Message-ID, MIME-Version, Content-*): those have their own setters. A non-ASCII value is encoded.
    Status addHeader(const QString& name, const QString& value);
    // The same from one "Name: value" string (postino-cli --header).
    Status addHeaderLine(const QString& line);

    // Default: the injected Clock's now(), in local time with its offset.
    void setDate(const QDateTime& date) { m_date = date; }
    // "<id@domain>" (angle brackets added when missing). Default: generated on first use from 128 random
    // bits, the time and From's domain in A-labels.
    Status setMessageId(const QByteArray& messageId);
    // Text parts as 8bit when every line fits in 998 octets (for servers with 8BITMIME), else
    // quoted-printable. Off by default: 7bit or quoted-printable.
    void setAllow8Bit(bool allow) { m_allow8Bit = allow; }
    // RFC 6532 UTF-8 headers, for servers with SMTPUTF8. Also in effect without this whenever an address in
    // the headers has a non-ASCII local part, as nothing else can carry it (the envelope then needs
    // SMTPUTF8 too, and the transport says so clearly when the server lacks it).
    void setUtf8Headers(bool utf8) { m_utf8Headers = utf8; }
    // User-Agent header; default "Postino/<version>", empty for none.
    void setUserAgent(const QString& userAgent) { m_userAgent = userAgent; }

    // Ready to write: a From, at least one recipient, a subject without line breaks, readable attachments.
    // Errors say what to fix: DataError, or NoInput naming an attachment that cannot be read.
    [[nodiscard]] Status validate() const;
    // The whole message with CRLF line endings. Validates first; IoError when the device refuses bytes.
    // Attachments are streamed.
    Status writeTo(QIODevice* out) const;
    // writeTo() into memory, for small messages and tests.
    [[nodiscard]] Result<QByteArray> toByteArray() const;

    // Sender: Sender's addr-spec, else From's; recipients: To, Cc and Bcc, de-duplicated. Body is
    // EightBitMime when a part goes as 8bit or headers are UTF-8.
    [[nodiscard]] Envelope envelope() const;
    // "<...@...>"; generated on first use unless set, then stable for this builder.
    [[nodiscard]] QByteArray messageId() const;
    // Size on the wire in octets (before dot-stuffing), counting base64 growth: for the composer's
    // warning against the server's SIZE. Exact but for attachments that change on disk.
    [[nodiscard]] qint64 estimatedSize() const;

    // Headers as they are written, for tests and the UI.
    [[nodiscard]] bool utf8HeadersInEffect() const;
    [[nodiscard]] const Address& from() const { return m_from; }
    [[nodiscard]] const QList<Address>& to() const { return m_to; }
    [[nodiscard]] const QList<Address>& cc() const { return m_cc; }
    [[nodiscard]] const QList<Address>& bcc() const { return m_bcc; }
    [[nodiscard]] const QString& subject() const { return m_subject; }
    // The bodies as set (the plain one empty when it is derived from the HTML), for previews.
    [[nodiscard]] const QString& textBody() const { return m_text; }
    [[nodiscard]] const QString& htmlBody() const { return m_html; }

    // RFC 5322 date-time with English names whatever the locale: "Sun, 22 Nov 2026 10:00:00 +0100".
    [[nodiscard]] static QByteArray formatDate(const QDateTime& dateTime);

    struct Attachment
    {
        QString filePath; // empty for data attachments
        QByteArray data;
        QString fileName;
        QByteArray mimeType;
    };
    [[nodiscard]] const QList<Attachment>& attachments() const { return m_attachments; }

private:
    class Writer;
    friend class Writer;
    QByteArray generateMessageId() const;

    Clock* m_clock;
    Address m_from;
    Address m_sender;
    QList<Address> m_to;
    QList<Address> m_cc;
    QList<Address> m_bcc;
    QList<Address> m_replyTo;
    QString m_subject;
    QString m_text;
    QString m_html;
    QList<Attachment> m_attachments;
    QList<QPair<QString, QString>> m_headers;
    QDateTime m_date;
    mutable QByteArray m_messageId;
    QString m_userAgent;
    bool m_allow8Bit = false;
    bool m_utf8Headers = false;
};

} // namespace Postino
