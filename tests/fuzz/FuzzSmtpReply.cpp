// The SMTP reply parser, fed as a socket feeds it: the same bytes whole and in the fragments the input
// chooses must give the same replies and the same verdict; every reply it hands out is within its limits.

#include "FuzzCommon.h"
#include "smtp/SmtpReplyParser.h"

using namespace Postino;

namespace {

struct Outcome
{
    QList<SmtpReply> replies;
    QList<QList<QByteArray>> raw;
    bool error = false;
};

void drain(SmtpReplyParser& parser, Outcome& out)
{
    while (parser.hasReply()) {
        QList<QByteArray> raw;
        out.replies.append(parser.takeReply(&raw));
        out.raw.append(raw);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Fuzz::Input input(data, size);
    const bool enhanced = input.flag();
    const QByteArray cuts = input.piece(16); // where the stream is cut
    const QByteArray stream = input.rest();

    SmtpReplyParser::Limits limits;
    limits.maxLineLength = 512; // small, so that the fuzzer reaches them
    limits.maxLines = 8;
    limits.maxReplySize = 2048;

    SmtpReplyParser whole(limits);
    whole.setEnhancedStatusCodes(enhanced);
    Outcome one;
    whole.feed(stream);
    drain(whole, one);
    one.error = whole.hasError();

    SmtpReplyParser pieces(limits);
    pieces.setEnhancedStatusCodes(enhanced);
    Outcome many;
    qsizetype at = 0;
    for (qsizetype i = 0; at < stream.size(); ++i) {
        const qsizetype step = cuts.isEmpty() ? 1 : 1 + static_cast<std::uint8_t>(cuts.at(i % cuts.size())) % 64;
        pieces.feed(stream.mid(at, step));
        at += step;
        drain(pieces, many);
        FUZZ_CHECK(pieces.pendingBytes() <= limits.maxReplySize + limits.maxLineLength);
    }
    many.error = pieces.hasError();

    FUZZ_CHECK(one.error == many.error);
    FUZZ_CHECK(one.replies.size() == many.replies.size());
    for (qsizetype i = 0; i < one.replies.size(); ++i) {
        const SmtpReply& a = one.replies.at(i);
        const SmtpReply& b = many.replies.at(i);
        FUZZ_CHECK(a.code == b.code && a.enhanced == b.enhanced && a.lines == b.lines);
        FUZZ_CHECK(one.raw.at(i) == many.raw.at(i));
        FUZZ_CHECK(a.isValid());
        FUZZ_CHECK(!a.lines.isEmpty() && a.lines.size() <= limits.maxLines);
        FUZZ_CHECK(a.enhanced.isEmpty() || (enhanced && a.enhanced.at(0) == char('0' + a.code / 100)));
        for (const QByteArray& line : a.lines)
            FUZZ_CHECK(line.size() < limits.maxLineLength && !line.contains('\n'));
    }
    if (one.error)
        FUZZ_CHECK(!whole.errorString().isEmpty() && !whole.feed(QByteArrayLiteral("250 ok\r\n")));
    return 0;
}
