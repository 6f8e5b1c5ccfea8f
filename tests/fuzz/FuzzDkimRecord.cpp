// DKIM key records (domain/DkimKeyRecord, RFC 6376 section 3.6.1) and the DER reader under p= (PublicKeyInfo):
// any text parses; the verdict agrees with what was read (invalid exactly when there are errors, revoked only
// with an empty p=, the key's size behind Good, Weak and TooWeak); white space around the tags, which the RFC
// allows, changes nothing; and a key read from DER has a size that fits in the bytes it came from.
//
// Input: a flag byte (bit 0: the rest is DER for PublicKeyInfo as well as a record's text), then the text.

#include "FuzzCommon.h"
#include "domain/DkimKeyRecord.h"
#include "domain/PublicKeyInfo.h"

using namespace Postino;

namespace {

void checkVerdict(const DkimKeyRecord& record)
{
    for (const QString& error : record.errors())
        FUZZ_CHECK(!error.isEmpty());
    const DkimKeyRecord::Verdict verdict = record.verdict();
    FUZZ_CHECK((verdict == DkimKeyRecord::Verdict::Invalid) == !record.isValid());
    FUZZ_CHECK(!record.verdictText().isEmpty());
    if (record.isRevoked())
        FUZZ_CHECK(record.keyBits() == 0);
    switch (verdict) {
    case DkimKeyRecord::Verdict::Good:
        FUZZ_CHECK(record.keyType() == DkimKeyRecord::KeyType::Ed25519
                   || record.keyBits() >= DkimKeyRecord::kRecommendedBits);
        break;
    case DkimKeyRecord::Verdict::Weak:
        FUZZ_CHECK(record.keyType() == DkimKeyRecord::KeyType::Rsa);
        FUZZ_CHECK(record.keyBits() >= DkimKeyRecord::kMinimumBits
                   && record.keyBits() < DkimKeyRecord::kRecommendedBits);
        break;
    case DkimKeyRecord::Verdict::TooWeak:
        FUZZ_CHECK(record.keyType() == DkimKeyRecord::KeyType::Rsa);
        FUZZ_CHECK(record.keyBits() < DkimKeyRecord::kMinimumBits);
        break;
    case DkimKeyRecord::Verdict::Revoked:
        FUZZ_CHECK(record.isRevoked() && record.isValid());
        break;
    case DkimKeyRecord::Verdict::Invalid:
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Fuzz::Input input(data, size);
    const bool der = input.flag();
    const QByteArray rest = input.rest();
    if (der) {
        const PublicKeyInfo key = PublicKeyInfo::fromDer(rest);
        if (key.ok()) {
            FUZZ_CHECK(key.algorithm != PublicKeyInfo::Algorithm::Unknown || !key.algorithmOid.isEmpty());
            FUZZ_CHECK(key.bits >= 0 && key.bits <= rest.size() * 8);
            if (key.algorithm == PublicKeyInfo::Algorithm::Ed25519)
                FUZZ_CHECK(key.bits == 256);
        }
    }
    const QString text = QString::fromUtf8(rest);
    const DkimKeyRecord record = DkimKeyRecord::parse(text);
    checkVerdict(record);

    // The same record with a space after each separator and around the whole: the same reading.
    QString spaced = text;
    spaced.replace(QLatin1Char(';'), QLatin1String("; "));
    const DkimKeyRecord again = DkimKeyRecord::parse(QLatin1Char(' ') + spaced + QLatin1Char(' '));
    checkVerdict(again);
    FUZZ_CHECK(again.verdict() == record.verdict());
    FUZZ_CHECK(again.keyBits() == record.keyBits());
    FUZZ_CHECK(again.keyType() == record.keyType());
    FUZZ_CHECK(again.isTesting() == record.isTesting() && again.isStrict() == record.isStrict());
    FUZZ_CHECK(again.hashAlgorithms() == record.hashAlgorithms());
    FUZZ_CHECK(again.serviceTypes() == record.serviceTypes());
    return 0;
}
