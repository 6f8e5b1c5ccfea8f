#include "DeviceAuthorization.h"

#include "common/Clock.h"
#include "oauth/OAuthLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Postino {

Result<DeviceCode> DeviceCode::parse(const QByteArray& body, const QString& endpoint)
{
    const auto bad = [&endpoint](const QString& why) {
        return Error(ErrorKind::Temporary,
                     DeviceAuthorization::tr("The sign-in server %1 gave an answer that is not a device code (%2).")
                         .arg(endpoint, why));
    };
    QJsonParseError jsonError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body.left(OAuthTokenResponse::kMaxBodyBytes), &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject())
        return bad(DeviceAuthorization::tr("not a JSON object"));
    const QJsonObject o = doc.object();
    DeviceCode code;
    code.deviceCode = o.value(QLatin1String("device_code")).toString().toUtf8();
    code.userCode = o.value(QLatin1String("user_code")).toString();
    code.verificationUri = o.value(QLatin1String("verification_uri")).toString();
    if (code.verificationUri.isEmpty())
        code.verificationUri = o.value(QLatin1String("verification_url")).toString();
    code.verificationUriComplete = o.value(QLatin1String("verification_uri_complete")).toString();
    if (code.deviceCode.isEmpty() || code.userCode.isEmpty())
        return bad(DeviceAuthorization::tr("no device_code or user_code"));
    const QUrl uri(code.verificationUri, QUrl::StrictMode);
    if (!uri.isValid() || (uri.scheme() != QLatin1String("https") && uri.scheme() != QLatin1String("http")))
        return bad(DeviceAuthorization::tr("the verification_uri is not a web address"));
    if (!code.verificationUriComplete.isEmpty() && !QUrl(code.verificationUriComplete, QUrl::StrictMode).isValid())
        code.verificationUriComplete.clear();
    const QJsonValue expires = o.value(QLatin1String("expires_in"));
    code.expiresIn = expires.isString() ? expires.toString().toLongLong() : expires.toInteger();
    if (code.expiresIn <= 0)
        return bad(DeviceAuthorization::tr("expires_in is not a positive number"));
    const QJsonValue interval = o.value(QLatin1String("interval"));
    if (!interval.isUndefined()) {
        code.interval = interval.isString() ? interval.toString().toLongLong() : interval.toInteger();
        if (code.interval <= 0 || code.interval > 3600)
            return bad(DeviceAuthorization::tr("interval is not a sensible number of seconds"));
    }
    return code;
}

DeviceAuthorization::DeviceAuthorization(ProviderOAuth2 provider, OAuthClientId client, OAuthTransport* transport,
                                         Clock* clock, QObject* parent)
    : QObject(parent)
    , m_tokens(std::move(provider), std::move(client), transport, clock)
    , m_transport(transport)
    , m_clock(Clock::orSystem(clock))
    , m_timer(new ClockTimer(m_clock, this))
{
    connect(m_timer, &ClockTimer::timeout, this, &DeviceAuthorization::poll);
}

DeviceAuthorization::~DeviceAuthorization() = default;

void DeviceAuthorization::start()
{
    const ProviderOAuth2& provider = m_tokens.provider();
    if (provider.deviceAuthUrl.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(Error(ErrorKind::Config,
                             tr("This provider does not allow signing in with a code on another "
                                "device; sign in through the browser instead (without "
                                "--device-code).")));
            },
            Qt::QueuedConnection);
        return;
    }
    OAuthForm form;
    form.append({QStringLiteral("client_id"), m_tokens.client().clientId});
    form.append({QStringLiteral("scope"), provider.scope});
    const QUrl url(provider.deviceAuthUrl);
    const QString endpoint = url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    m_transport->postForm(url, form, this, [this, endpoint](const OAuthTransport::Reply& reply) {
        if (reply.httpStatus == 0) {
            finish(Error(ErrorKind::Temporary, reply.error));
            return;
        }
        if (reply.httpStatus != 200) {
            finish(OAuthTokenResponse::parseError(reply.httpStatus, reply.body, endpoint));
            return;
        }
        const Result<DeviceCode> code = DeviceCode::parse(reply.body, endpoint);
        if (!code) {
            finish(code.error());
            return;
        }
        m_code = code.value();
        m_expiresAt = m_clock->now().addSecs(m_code.expiresIn);
        emit userCodeReady(m_code.userCode, m_code.verificationUri, m_code.verificationUriComplete);
        schedule();
    });
}

void DeviceAuthorization::cancel()
{
    finish(Error(ErrorKind::Temporary, tr("The sign-in was cancelled; nothing was stored.")));
}

void DeviceAuthorization::schedule()
{
    if (m_finished)
        return;
    if (m_clock->now().addSecs(m_code.interval) > m_expiresAt) {
        finish(OAuthTokenResponse::makeError(
            ErrorKind::Auth,
            tr("The code %1 expired before the sign-in was finished; start again.").arg(m_code.userCode),
            QStringLiteral("expired_token")));
        return;
    }
    m_timer->start(m_code.interval * 1000);
}

void DeviceAuthorization::poll()
{
    m_tokens.pollDevice(m_code.deviceCode, this, [this](const Result<OAuthTokens>& result) {
        if (m_finished)
            return;
        if (result) {
            finish(result);
            return;
        }
        switch (OAuthTokenResponse::errorCodeOf(result.error())) {
        case OAuthErrorCode::AuthorizationPending:
            schedule();
            return;
        case OAuthErrorCode::SlowDown:
            m_code.interval += 5; // RFC 8628 §3.5: for this and every later poll
            qCDebug(lcOAuth) << "slow_down: polling every" << m_code.interval << "s";
            schedule();
            return;
        default:
            break;
        }
        // A network failure is waited out like a pending answer (RFC 8628 §3.5 asks for a back-off).
        if (result.error().kind() == ErrorKind::Temporary && result.error().detail().isEmpty()) {
            m_code.interval *= 2;
            schedule();
            return;
        }
        finish(result);
    });
}

void DeviceAuthorization::finish(const Result<OAuthTokens>& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    emit finished(result);
}

} // namespace Postino
