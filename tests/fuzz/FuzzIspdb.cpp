// Autoconfig XML from a provider's or a domain's web server (ISPDB config-v1.1): any bytes parse or fail
// with words, and what parses names servers a connection can be made to and sign-in addresses over https.

#include "FuzzCommon.h"
#include "discovery/IspdbParser.h"

#include <QUrl>

using namespace Postino;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Result<ProviderEntry> entry = IspdbParser::parse(Fuzz::bytes(data, size), QStringLiteral("fuzz"));
    if (!entry) {
        FUZZ_CHECK(!entry.error().message().isEmpty());
        return 0;
    }
    for (const ProviderServer& server : entry.value().outgoing) {
        FUZZ_CHECK(!server.hostname.isEmpty());
        FUZZ_CHECK(server.port > 0);
    }
    const ProviderOAuth2& oauth = entry.value().oauth2;
    if (oauth.isValid()) {
        FUZZ_CHECK(QUrl(oauth.authUrl).scheme() == QLatin1String("https"));
        FUZZ_CHECK(QUrl(oauth.tokenUrl).scheme() == QLatin1String("https"));
    }
    return 0;
}
