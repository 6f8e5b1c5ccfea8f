#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace Postino {

// A read-only look into a captured message, enough to show it to a person: the main headers
// decoded, the first text/plain part (and the first text/html part) decoded from quoted-printable or
// base64 in their charset, and the names of the attachments. Not a general MIME parser: nesting is
// followed to a fixed depth and anything it does not understand is simply not shown.
class ParsedMessage
{
public:
    struct Attachment
    {
        QString fileName;
        QString mimeType;
        qint64 size = 0; // decoded
        QByteArray data; // the decoded content (shares the parsed message's memory where it can)
    };

    [[nodiscard]] static ParsedMessage parse(const QByteArray& raw);
    // Only the header block (stops at the first empty line); cheap for listings.
    [[nodiscard]] static ParsedMessage parseHeaders(const QByteArray& raw);

    // Decoded value of the first header with this name (case-insensitive); empty when absent.
    [[nodiscard]] QString header(const QByteArray& name) const;
    [[nodiscard]] QByteArray rawHeader(const QByteArray& name) const;
    [[nodiscard]] const QList<QPair<QByteArray, QByteArray>>& headers() const { return m_headers; }

    [[nodiscard]] QString from() const { return header("From"); }
    [[nodiscard]] QString to() const { return header("To"); }
    [[nodiscard]] QString cc() const { return header("Cc"); }
    [[nodiscard]] QString subject() const { return header("Subject"); }
    [[nodiscard]] QDateTime date() const; // invalid when missing or unreadable

    [[nodiscard]] const QString& textBody() const { return m_text; }
    [[nodiscard]] const QString& htmlBody() const { return m_html; }
    [[nodiscard]] bool hasText() const { return m_hasText; }
    [[nodiscard]] bool hasHtml() const { return m_hasHtml; }
    [[nodiscard]] const QList<Attachment>& attachments() const { return m_attachments; }

    // Content-Transfer-Encoding decoders.
    [[nodiscard]] static QByteArray decodeQuotedPrintable(const QByteArray& encoded);
    [[nodiscard]] static QByteArray decodeBase64(const QByteArray& encoded);

private:
    void parseEntity(const QByteArray& raw, int depth, bool topLevel);

    QList<QPair<QByteArray, QByteArray>> m_headers;
    QString m_text;
    QString m_html;
    bool m_hasText = false;
    bool m_hasHtml = false;
    QList<Attachment> m_attachments;
};

} // namespace Postino
