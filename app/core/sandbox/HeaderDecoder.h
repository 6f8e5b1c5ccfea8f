#pragma once

#include <QByteArray>
#include <QString>

namespace Postino {

// Reads header text as a person should see it: RFC 2047 encoded words ("=?UTF-8?B?...?=",
// "=?ISO-8859-1?Q?...?=") decoded, whitespace between adjacent encoded words dropped, unencoded
// bytes taken as UTF-8 when they are valid UTF-8 (SMTPUTF8 headers) and as Latin-1 otherwise.
// A malformed encoded word, or one in a charset we cannot read, is shown as it was sent.
class HeaderDecoder
{
public:
    // Decodes one header field body (folded or unfolded).
    [[nodiscard]] static QString decode(const QByteArray& raw);

    // Bytes in a MIME charset to text: UTF-8, US-ASCII, ISO-8859-1/Latin-1 (Windows-1252 read as
    // Latin-1) and whatever else QStringDecoder knows. Returns false in *ok for an unknown charset,
    // and then decodes as UTF-8 or Latin-1 like unencoded header bytes.
    [[nodiscard]] static QString toUnicode(const QByteArray& bytes, const QByteArray& charset, bool* ok = nullptr);

    // Unencoded bytes: UTF-8 when valid, otherwise Latin-1.
    [[nodiscard]] static QString fromUnknown(const QByteArray& bytes);

    // The "Q" encoding of RFC 2047 section 4.2 ('_' is a space) and its "B" encoding (base64).
    // Return false in *ok when the text is not valid in that encoding.
    [[nodiscard]] static QByteArray decodeQ(const QByteArray& text, bool* ok = nullptr);
    [[nodiscard]] static QByteArray decodeB(const QByteArray& text, bool* ok = nullptr);
};

} // namespace Postino
