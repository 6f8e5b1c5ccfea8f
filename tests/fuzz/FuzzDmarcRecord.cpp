// DMARC and DKIM key records and the tag lists under them: any text parses, an invalid record says why,
// and a valid DMARC record has its policy.

#include "FuzzCommon.h"
#include "domain/DkimKeyRecord.h"
#include "domain/DmarcRecord.h"
#include "domain/TagList.h"

using namespace Postino;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const DmarcRecord dmarc = DmarcRecord::parse(text);
    for (const QString& error : dmarc.errors())
        FUZZ_CHECK(!error.isEmpty());
    if (dmarc.isValid())
        FUZZ_CHECK(DmarcRecord::isDmarcRecord(text) && dmarc.hasPolicy());
    const DkimKeyRecord dkim = DkimKeyRecord::parse(text);
    for (const QString& error : dkim.errors())
        FUZZ_CHECK(!error.isEmpty());
    (void)TagList::parse(text);
    (void)TagList::parse(text, TagList::Names::CaseInsensitive);
    return 0;
}
