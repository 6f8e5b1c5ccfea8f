// RFC 2047 both ways. Decoding whatever arrives never crashes (the Outbox, Sent and the test server show
// what servers and senders wrote); encoding what a person typed never makes a line break, a line over 998
// octets or an encoded-word over 75, and decodes back to the same text.

#include "FuzzCommon.h"
#include "mime/HeaderEncoding.h"
#include "sandbox/HeaderDecoder.h"

#include <QRegularExpression>

using namespace Postino;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Fuzz::Input input(data, size);
    const bool utf8 = input.flag();
    const QByteArray raw = input.rest();
    (void)HeaderEncoding::decode(raw);
    (void)HeaderDecoder::decode(raw);
    bool ok = false;
    (void)HeaderDecoder::decodeQ(raw, &ok);
    (void)HeaderDecoder::decodeB(raw, &ok);

    // What a person could type into Subject: no control characters, whitespace as single spaces.
    QString typed = QString::fromUtf8(raw);
    for (QChar& c : typed) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSpace())
            c = QLatin1Char(' ');
    }
    typed = typed.simplified();
    const QByteArray encoded = HeaderEncoding::encodeUnstructured(typed, utf8);
    FUZZ_CHECK(!encoded.contains('\r') && !encoded.contains('\n'));
    if (!utf8) {
        for (const char c : encoded)
            FUZZ_CHECK(static_cast<unsigned char>(c) < 0x80);
    }
    const QByteArray folded = HeaderEncoding::fold(QByteArrayLiteral("Subject"), encoded);
    FUZZ_CHECK(folded.endsWith("\r\n"));
    bool bare = false;
    FUZZ_CHECK(Fuzz::longestLine(folded, &bare) <= HeaderEncoding::MaxLineLength);
    FUZZ_CHECK(!bare);
    static const QRegularExpression word(QStringLiteral("=\\?[^?\\s]+\\?[QqBb]\\?[^?\\s]*\\?="));
    for (auto it = word.globalMatch(QString::fromLatin1(encoded)); it.hasNext();)
        FUZZ_CHECK(it.next().capturedLength() <= HeaderEncoding::MaxWordLength);
    // Unfolded as a receiver unfolds it (CRLF before whitespace removed), it decodes to what was typed.
    QByteArray unfolded = folded.mid(qsizetype(sizeof("Subject:")));
    unfolded.chop(2);
    unfolded.replace("\r\n", "");
    FUZZ_CHECK(HeaderEncoding::decode(unfolded) == typed);
    return 0;
}
