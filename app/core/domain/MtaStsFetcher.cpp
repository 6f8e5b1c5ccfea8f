#include "domain/MtaStsFetcher.h"

#include "common/Clock.h"
#include "common/Log.h"
#include "domain/MtaStsPolicy.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>

#include <memory>

namespace Postino {

QUrl MtaStsFetcher::urlFor(const QString& domain)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("mta-sts.") + domain.toLower());
    url.setPath(QStringLiteral("/.well-known/mta-sts.txt"));
    return url;
}

HttpsMtaStsFetcher::HttpsMtaStsFetcher(HttpsMtaStsOptions options, QNetworkAccessManager* nam)
    : m_options(std::move(options))
    , m_nam(nam ? nam : new QNetworkAccessManager)
    , m_ownsNam(nam == nullptr)
{ }

HttpsMtaStsFetcher::~HttpsMtaStsFetcher()
{
    if (m_ownsNam)
        delete m_nam;
}

void HttpsMtaStsFetcher::fetch(const QString& domain, const QString& address, QObject* context,
                               std::function<void(const MtaStsFetchAnswer&)> done)
{
    const QUrl url = urlFor(domain);
    const QString host = url.host();
    QString connectTo = m_options.resolve.value(host);
    if (connectTo.isEmpty())
        connectTo = address;
    QUrl target = url;
    if (m_options.port != 443)
        target.setPort(m_options.port);
    if (!connectTo.isEmpty())
        target.setHost(connectTo);

    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!connectTo.isEmpty()) {
        const QString hostHeader =
            m_options.port == 443 ? host : host + QLatin1Char(':') + QString::number(m_options.port);
        request.setRawHeader(QByteArrayLiteral("Host"), hostHeader.toUtf8());
        request.setPeerVerifyName(host);
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_options.extraCaCertificates.isEmpty())
        ssl.addCaCertificates(m_options.extraCaCertificates);
    request.setSslConfiguration(ssl);
    qCDebug(lcDiscovery) << "mta-sts: GET" << url.toString() << "via" << target.toString();
    QNetworkReply* reply = m_nam->get(request);

    auto* deadline = new ClockTimer(m_options.clock, reply);
    auto answered = std::make_shared<bool>(false);
    auto certificateError = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    const qint64 timeoutMs = m_options.timeoutMs;

    auto finish = [reply, url, answered, certificateError, guard, done](const QString& problem) {
        if (*answered)
            return;
        *answered = true;
        MtaStsFetchAnswer answer;
        answer.url = url;
        answer.error = problem;
        answer.certificateError = *certificateError;
        answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.contentType = reply->rawHeader(QByteArrayLiteral("Content-Type"));
        if (problem.isEmpty())
            answer.body = reply->read(MtaStsPolicy::kMaxBytes + 1);
        reply->deleteLater();
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard,
            [guard, done, answer] {
                if (guard)
                    done(answer);
            },
            Qt::QueuedConnection);
    };

    // Each handler answers first, then aborts: abort() emits finished() at once, which must not win.
    QObject::connect(deadline, &ClockTimer::timeout, reply, [reply, url, finish, timeoutMs] {
        finish(tr("%1 did not answer within %2 seconds.")
                   .arg(url.toString(), QString::number(static_cast<double>(timeoutMs) / 1000.0, 'g', 3)));
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [certificateError](const QList<QSslError>&) { *certificateError = true; });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply, url, finish](qint64 received, qint64) {
        if (received > MtaStsPolicy::kMaxBytes) {
            finish(tr("%1 sent more than %2 bytes; an MTA-STS policy is at most 64 KiB (RFC 8461 §3.3).")
                       .arg(url.toString())
                       .arg(MtaStsPolicy::kMaxBytes));
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, url, finish, certificateError] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 0) {
            finish({}); // the caller judges the status, the type and the body
            return;
        }
        if (*certificateError) {
            finish(tr("The certificate of %1 is not valid for it: %2").arg(url.host(), reply->errorString()));
            return;
        }
        finish(tr("%1 could not be fetched: %2").arg(url.toString(), reply->errorString()));
    });
    deadline->start(m_options.timeoutMs);
}

} // namespace Postino
