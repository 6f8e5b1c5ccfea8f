// SPF records as DNS gives them: any text parses to terms or errors, each term is a piece of the record as
// written, and a valid record's terms put back together are the record.

#include "FuzzCommon.h"
#include "domain/SpfRecord.h"

using namespace Postino;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const SpfRecord record = SpfRecord::parse(text);
    for (const SpfSyntaxError& error : record.errors())
        FUZZ_CHECK(!error.describe().isEmpty());
    for (const SpfTerm& term : record.terms())
        FUZZ_CHECK(!term.text.isEmpty() && text.contains(term.text));
    if (record.isValid()) {
        FUZZ_CHECK(SpfRecord::isSpfRecord(text));
        QStringList words {QStringLiteral("v=spf1")};
        for (const SpfTerm& term : record.terms())
            words << term.text;
        QString written = text.simplified();
        written.replace(0, 6, QStringLiteral("v=spf1")); // the version is case-insensitive
        FUZZ_CHECK(words.join(u' ') == written);
    }
    return 0;
}
