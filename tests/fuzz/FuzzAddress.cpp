// Addresses as people type them and as headers carry them: whatever parses writes a header with no line
// break and no control character, and reads back as the same mailbox with the same name.

#include "FuzzCommon.h"
#include "mime/Address.h"

using namespace Postino;

namespace {

void checkOne(const Address& address)
{
    FUZZ_CHECK(!address.isNull());
    for (const bool utf8 : {false, true}) {
        if (!utf8 && address.needsSmtpUtf8())
            continue;
        const QByteArray header = address.toHeader(utf8);
        for (const char c : header)
            FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x20 && c != 0x7f);
        if (!utf8) {
            for (const char c : header)
                FUZZ_CHECK(static_cast<unsigned char>(c) < 0x80);
        }
        const Result<Address> again = Address::parse(QString::fromUtf8(header));
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(again.value().sameMailbox(address));
        FUZZ_CHECK(again.value().displayName() == address.displayName());
    }
    const Result<Address> shown = Address::parse(address.toDisplayString());
    FUZZ_CHECK(shown.ok() && shown.value().sameMailbox(address));
    FUZZ_CHECK(shown.value().displayName() == address.displayName());
    const Result<Address> spec = Address::parse(address.addrSpec());
    FUZZ_CHECK(spec.ok() && spec.value().sameMailbox(address));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const Result<Address> one = Address::parse(text);
    if (one.ok())
        checkOne(one.value());
    else
        FUZZ_CHECK(!one.error().message().isEmpty());
    const Result<QList<Address>> list = Address::parseList(text);
    if (list.ok()) {
        for (const Address& address : list.value())
            checkOne(address);
    }
    return 0;
}
