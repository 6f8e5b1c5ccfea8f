// The test server's message parser reads whatever a client sends it: any bytes parse (never a crash, never
// a runaway), the header-only parse agrees with the whole one on the headers, and what it decodes has
// sizes that add up.

#include "FuzzCommon.h"
#include "sandbox/ParsedMessage.h"

using namespace Postino;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray raw = Fuzz::bytes(data, size);
    const ParsedMessage whole = ParsedMessage::parse(raw);
    const ParsedMessage headers = ParsedMessage::parseHeaders(raw);
    FUZZ_CHECK(whole.headers() == headers.headers());
    FUZZ_CHECK(whole.subject() == headers.subject());
    qint64 total = 0;
    for (const ParsedMessage::Attachment& attachment : whole.attachments()) {
        FUZZ_CHECK(attachment.size == attachment.data.size());
        FUZZ_CHECK(!attachment.fileName.contains(QLatin1Char('\0')));
        total += attachment.size;
    }
    // Decoding never makes more than the input's bytes (base64 shrinks, quoted-printable never grows).
    FUZZ_CHECK(total <= raw.size());
    (void)ParsedMessage::decodeQuotedPrintable(raw);
    (void)ParsedMessage::decodeBase64(raw);
    FUZZ_CHECK(ParsedMessage::decodeQuotedPrintable(raw).size() <= raw.size());
    return 0;
}
