// What an authorisation server answers: token responses, error bodies and device codes. Any bytes read as
// tokens or as an error with words; tokens read have an access token and expire after they were received.

#include "FuzzCommon.h"
#include "oauth/DeviceAuthorization.h"
#include "oauth/OAuthTokens.h"

#include <QDateTime>

using namespace Postino;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Fuzz::Input input(data, size);
    const int status = 400 + input.byte() % 3;
    const QByteArray body = input.rest();
    const QString endpoint = QStringLiteral("https://as.example.test/token");
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    const Result<OAuthTokens> tokens = OAuthTokenResponse::parse(body, now, endpoint);
    if (tokens) {
        FUZZ_CHECK(!tokens.value().accessToken.isEmpty());
        FUZZ_CHECK(tokens.value().expiresAt > now);
    } else {
        FUZZ_CHECK(!tokens.error().message().isEmpty());
    }
    const Error error = OAuthTokenResponse::parseError(status, body, endpoint);
    FUZZ_CHECK(!error.message().isEmpty());
    (void)OAuthTokenResponse::errorCodeOf(error);
    const Result<DeviceCode> code = DeviceCode::parse(body, endpoint);
    if (code) {
        FUZZ_CHECK(!code.value().deviceCode.isEmpty() && !code.value().userCode.isEmpty());
        FUZZ_CHECK(code.value().interval > 0 && code.value().expiresIn > 0);
    }
    return 0;
}
