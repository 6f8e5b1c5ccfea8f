#include "OAuthHttp.h"

#include "common/Clock.h"
#include "oauth/OAuthLog.h"
#include "oauth/OAuthTokens.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>

#include <memory>

Q_LOGGING_CATEGORY(lcOAuth, "postino.oauth", QtWarningMsg)

namespace Postino {

OAuthHttp::OAuthHttp(OAuthHttpOptions options, QNetworkAccessManager* nam)
    : m_options(std::move(options))
    , m_nam(nam ? nam : new QNetworkAccessManager)
    , m_ownsNam(nam == nullptr)
{ }

OAuthHttp::~OAuthHttp()
{
    if (m_ownsNam)
        delete m_nam;
}

void OAuthHttp::postForm(const QUrl& url, const OAuthForm& form, QObject* context, Callback done)
{
    const QString endpoint = url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    QPointer<QObject> guard(context);
    const auto deliver = [guard, done](const Reply& reply) {
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard,
            [guard, done, reply] {
                if (guard)
                    done(reply);
            },
            Qt::QueuedConnection);
    };
    if (url.scheme() != QLatin1String("https")) {
        deliver({0, {}, tr("%1 is not an https:// address; Postino sends no token over plain HTTP.").arg(endpoint)});
        return;
    }

    const QString host = url.host();
    QUrl target = url;
    const QString address = m_options.resolve.value(host.toLower());
    QNetworkRequest request;
    if (!address.isEmpty()) {
        target.setHost(address);
        const QString hostHeader = url.port(443) == 443 ? host : host + QLatin1Char(':') + QString::number(url.port());
        request.setRawHeader(QByteArrayLiteral("Host"), hostHeader.toUtf8());
        request.setPeerVerifyName(host);
    }
    request.setUrl(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_options.extraCaCertificates.isEmpty())
        ssl.addCaCertificates(m_options.extraCaCertificates);
    request.setSslConfiguration(ssl);

    // The form is encoded fully: '+' and '&' in a code or a secret must reach the server as they are.
    QByteArray body;
    for (const auto& [key, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    // Never the body in a log: it holds codes, verifiers and refresh tokens.
    qCDebug(lcOAuth) << "POST" << endpoint << "via" << target.host();
    QNetworkReply* reply = m_nam->post(request, body);

    auto* deadline = new ClockTimer(m_options.clock, reply);
    auto answered = std::make_shared<bool>(false);
    const qint64 timeoutMs = m_options.timeoutMs;
    auto finish = [reply, answered, deliver](const Reply& answer) {
        if (*answered)
            return;
        *answered = true;
        reply->deleteLater();
        deliver(answer);
    };
    // Each handler answers first, then aborts: abort() emits finished() at once, which must not win.
    QObject::connect(deadline, &ClockTimer::timeout, reply, [reply, endpoint, finish, timeoutMs] {
        finish({0,
                {},
                tr("The sign-in server %1 did not answer within %2 seconds; try again later, or give a longer "
                   "--timeout.")
                    .arg(endpoint, QString::number(static_cast<double>(timeoutMs) / 1000.0, 'g', 3))});
        reply->abort();
    });
    QObject::connect(
        reply, &QNetworkReply::downloadProgress, reply, [reply, endpoint, finish](qint64 received, qint64 total) {
            if (received > OAuthTokenResponse::kMaxBodyBytes || total > OAuthTokenResponse::kMaxBodyBytes) {
                finish({0,
                        {},
                        tr("The sign-in server %1 sent more than %2 bytes.")
                            .arg(endpoint, QString::number(OAuthTokenResponse::kMaxBodyBytes))});
                reply->abort();
            }
        });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, endpoint, finish] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            finish({0, {}, tr("The sign-in server %1 could not be reached: %2").arg(endpoint, reply->errorString())});
            return;
        }
        finish({status, reply->read(OAuthTokenResponse::kMaxBodyBytes + 1), {}});
    });
    deadline->start(timeoutMs);
}

} // namespace Postino
