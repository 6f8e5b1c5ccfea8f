#include "OAuthTokens.h"

#include "common/SecretMemory.h"

#include <cmath>

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace Postino {

bool OAuthTokens::needsRefresh(const QDateTime& now) const
{
    if (accessToken.isEmpty() || !expiresAt.isValid())
        return true;
    return now.secsTo(expiresAt) <= kRefreshMarginSeconds;
}

OAuthErrorCode OAuthTokenResponse::codeFromName(const QString& name)
{
    static const std::pair<const char*, OAuthErrorCode> names[] = {
        {"invalid_grant", OAuthErrorCode::InvalidGrant},
        {"invalid_client", OAuthErrorCode::InvalidClient},
        {"unauthorized_client", OAuthErrorCode::InvalidClient},
        {"access_denied", OAuthErrorCode::AccessDenied},
        {"authorization_pending", OAuthErrorCode::AuthorizationPending},
        {"slow_down", OAuthErrorCode::SlowDown},
        {"expired_token", OAuthErrorCode::ExpiredToken},
    };
    for (const auto& [text, code] : names) {
        if (name == QLatin1String(text))
            return code;
    }
    return OAuthErrorCode::Other;
}

Error OAuthTokenResponse::makeError(ErrorKind kind, const QString& message, const QString& code)
{
    return Error(kind, message, QStringLiteral("oauth:") + code);
}

OAuthErrorCode OAuthTokenResponse::errorCodeOf(const Error& error)
{
    const QString& detail = error.detail();
    if (!detail.startsWith(QLatin1String("oauth:")))
        return OAuthErrorCode::Other;
    return codeFromName(detail.mid(6));
}

Result<OAuthTokens> OAuthTokenResponse::parse(const QByteArray& body, const QDateTime& now, const QString& endpoint)
{
    SecretMemory::protectProcess(); // the body holds tokens
    const auto bad = [&endpoint](const QString& why) {
        return Error(ErrorKind::Temporary,
                     tr("The sign-in server %1 gave an answer that is not a token response (%2); try again later.")
                         .arg(endpoint, why));
    };
    if (body.size() > kMaxBodyBytes)
        return bad(tr("larger than %1 bytes").arg(kMaxBodyBytes));
    QJsonParseError jsonError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return bad(tr("not JSON: %1").arg(jsonError.errorString()));
    if (!doc.isObject())
        return bad(tr("not a JSON object"));
    const QJsonObject object = doc.object();
    if (object.contains(QLatin1String("error")))
        return parseError(200, body, endpoint);
    const QJsonValue access = object.value(QLatin1String("access_token"));
    if (!access.isString() || access.toString().isEmpty())
        return bad(tr("no access_token"));
    const QJsonValue type = object.value(QLatin1String("token_type"));
    if (!type.isString() || type.toString().compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return bad(tr("the token_type is not Bearer"));
    OAuthTokens tokens;
    tokens.accessToken = access.toString();
    qint64 lifetime = 3600;
    if (object.contains(QLatin1String("expires_in"))) {
        const QJsonValue expires = object.value(QLatin1String("expires_in"));
        // Some servers send the number as a string ("3599"); RFC 6749 says a number. Both are read strictly.
        bool ok = false;
        double seconds = 0;
        if (expires.isDouble()) {
            seconds = expires.toDouble();
            ok = true;
        } else if (expires.isString()) {
            seconds = expires.toString().toDouble(&ok);
        }
        if (!ok || seconds <= 0 || seconds > 10.0 * 365 * 24 * 3600)
            return bad(tr("expires_in is not a positive number of seconds"));
        // Up to the next whole second: 0.5 would otherwise be a token that has expired as it arrives (found by
        // fuzz_oauth_tokens).
        lifetime = static_cast<qint64>(std::ceil(seconds));
    }
    tokens.expiresAt = now.toUTC().addSecs(lifetime);
    const QJsonValue refresh = object.value(QLatin1String("refresh_token"));
    if (!refresh.isUndefined()) {
        if (!refresh.isString() || refresh.toString().isEmpty())
            return bad(tr("the refresh_token is not a string"));
        tokens.refreshToken = refresh.toString();
    }
    tokens.scope = object.value(QLatin1String("scope")).toString();
    return tokens;
}

Error OAuthTokenResponse::parseError(int httpStatus, const QByteArray& body, const QString& endpoint)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body.left(kMaxBodyBytes));
    const QJsonObject object = doc.object();
    const QString code = object.value(QLatin1String("error")).toString();
    // The description is the server's text: kept to one short line, never trusted as markup.
    const QString description = object.value(QLatin1String("error_description")).toString().simplified().left(300);
    const QString said = description.isEmpty() ? code : code + QStringLiteral(": ") + description;
    if (code.isEmpty()) {
        const ErrorKind kind = httpStatus >= 500 || httpStatus == 0 ? ErrorKind::Temporary : ErrorKind::Permanent;
        return makeError(kind,
                         tr("The sign-in server %1 answered HTTP %2 without an OAuth2 error; try again later.")
                             .arg(endpoint, QString::number(httpStatus)),
                         QString());
    }
    switch (codeFromName(code)) {
    case OAuthErrorCode::InvalidGrant:
        return makeError(ErrorKind::Auth,
                         tr("The sign-in server %1 refused the grant (%2): the sign-in has expired or was revoked; "
                            "sign in again.")
                             .arg(endpoint, said),
                         code);
    case OAuthErrorCode::InvalidClient:
        return makeError(ErrorKind::Config,
                         tr("The sign-in server %1 does not accept this client ID (%2): check the client ID registered "
                            "for Postino with the provider.")
                             .arg(endpoint, said),
                         code);
    case OAuthErrorCode::AccessDenied:
        return makeError(ErrorKind::Auth,
                         tr("The sign-in was refused (%1): nothing was stored. Sign in again and allow Postino to "
                            "send mail.")
                             .arg(said),
                         code);
    case OAuthErrorCode::ExpiredToken:
        return makeError(ErrorKind::Auth,
                         tr("The code to enter expired before the sign-in was finished (%1); start again.").arg(said),
                         code);
    case OAuthErrorCode::AuthorizationPending:
    case OAuthErrorCode::SlowDown:
        return makeError(ErrorKind::Temporary, tr("The sign-in is not finished yet (%1).").arg(said), code);
    case OAuthErrorCode::Other:
        break;
    }
    return makeError(ErrorKind::Permanent, tr("The sign-in server %1 answered with an error: %2.").arg(endpoint, said),
                     code);
}

} // namespace Postino
