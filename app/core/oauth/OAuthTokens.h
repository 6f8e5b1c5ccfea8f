#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Postino {

// What a token endpoint gave (RFC 6749 §5.1). The refresh token is a secret: it lives in the keychain
// (SecretStore) and nowhere else; the access token lives in memory until expiresAt.
struct OAuthTokens
{
    QString accessToken;
    QString refreshToken; // empty: the endpoint sent none (a refresh keeps the one it had)
    QDateTime expiresAt; // UTC; when the access token stops working
    QString scope; // as granted, if the endpoint said

    // How early an access token is refreshed: 30 seconds before it expires.
    static constexpr qint64 kRefreshMarginSeconds = 30;
    // Whether accessToken is missing, or expires within kRefreshMarginSeconds of now.
    [[nodiscard]] bool needsRefresh(const QDateTime& now) const;
};

// The error codes of RFC 6749 §5.2 and RFC 8628 §3.5 that a caller acts on.
enum class OAuthErrorCode {
    Other,
    InvalidGrant, // the code or refresh token is no good (expired, revoked, used): sign in again
    InvalidClient, // the client ID is wrong or not allowed
    AccessDenied, // the user said no
    AuthorizationPending, // device grant: not yet
    SlowDown, // device grant: poll 5 s slower
    ExpiredToken, // device grant: the user code expired
};

// Reads the token endpoint's answers strictly (JSON object; access_token a non-empty string; token_type
// Bearer; expires_in a positive number when present). Errors name the endpoint and its error code.
class OAuthTokenResponse
{
    Q_DECLARE_TR_FUNCTIONS(Postino::OAuthTokenResponse)
public:
    // A successful (HTTP 200) body received at now. Without expires_in the token is taken to last an hour
    // (RFC 6749 leaves it to the server's documentation; every provider here sends it).
    [[nodiscard]] static Result<OAuthTokens> parse(const QByteArray& body, const QDateTime& now,
                                                   const QString& endpoint);
    // An error body (HTTP 400/401): its error code, and an Error whose message says what to do.
    // The Error's detail() is "oauth:" followed by the error code (see errorCodeOf()).
    [[nodiscard]] static Error parseError(int httpStatus, const QByteArray& body, const QString& endpoint);
    // The code of an Error made by parseError() or by the sign-in flows; Other for any other error.
    [[nodiscard]] static OAuthErrorCode errorCodeOf(const Error& error);
    [[nodiscard]] static OAuthErrorCode codeFromName(const QString& name);
    // An Error with its code in detail() (for the flows that learn a code elsewhere, e.g. a redirect).
    [[nodiscard]] static Error makeError(ErrorKind kind, const QString& message, const QString& code);

    static constexpr qint64 kMaxBodyBytes = 64 * 1024;
};

} // namespace Postino
