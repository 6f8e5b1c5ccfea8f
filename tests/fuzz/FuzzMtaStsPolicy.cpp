// MTA-STS policy files fetched from a stranger's web server: any bytes parse, and a valid policy has a
// mode, a max_age within RFC 8461's bound and, unless its mode is none, at least one mx pattern.

#include "FuzzCommon.h"
#include "domain/MtaStsPolicy.h"

using namespace Postino;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray raw = Fuzz::bytes(data, size);
    const MtaStsPolicy policy = MtaStsPolicy::parse(raw);
    for (const QString& error : policy.errors())
        FUZZ_CHECK(!error.isEmpty());
    if (policy.isValid()) {
        FUZZ_CHECK(policy.maxAge() >= 0 && policy.maxAge() <= MtaStsPolicy::kMaxAge);
        FUZZ_CHECK(policy.mode() == MtaStsPolicy::Mode::None || !policy.mxPatterns().isEmpty());
        for (const QString& pattern : policy.mxPatterns())
            FUZZ_CHECK(MtaStsPolicy::patternMatches(pattern, pattern) || pattern.startsWith(QLatin1String("*.")));
    }
    (void)MtaStsPolicy::recordId(QString::fromUtf8(raw));
    return 0;
}
