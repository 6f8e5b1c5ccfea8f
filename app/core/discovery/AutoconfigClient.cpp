#include "AutoconfigClient.h"

#include "common/Clock.h"
#include "common/Log.h"
#include "smtp/SmtpTypes.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace Postino {

namespace {

QString domainOf(const QString& email)
{
    const int at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1).toLower();
}

} // namespace

AutoconfigClient::AutoconfigClient(Options options, QNetworkAccessManager* nam)
    : m_options(std::move(options))
    , m_nam(nam ? nam : new QNetworkAccessManager)
    , m_ownsNam(nam == nullptr)
{ }

AutoconfigClient::~AutoconfigClient()
{
    if (m_ownsNam)
        delete m_nam;
}

QUrl AutoconfigClient::urlFor(AutoconfigLocation location, const QString& email, const QString& domainOverride) const
{
    const QString domain = domainOverride.isEmpty() ? domainOf(email) : domainOverride.toLower();
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    if (location == AutoconfigLocation::Autoconfig) {
        url.setHost(QStringLiteral("autoconfig.") + domain);
        url.setPath(QStringLiteral("/mail/config-v1.1.xml"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("emailaddress"), QString::fromLatin1(QUrl::toPercentEncoding(email)));
        url.setQuery(query);
    } else {
        url.setHost(domain);
        url.setPath(QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"));
    }
    return url;
}

// GET url's document, over HTTPS with the certificate verified, through the test seam's port and
// resolve overrides (the Host header and the TLS peer name stay url's host).
QNetworkRequest AutoconfigClient::requestFor(const QUrl& url) const
{
    const QString host = url.host();
    QUrl target = url;
    if (m_options.port != 443)
        target.setPort(m_options.port);
    const QString address = m_options.resolve.value(host.toLower());
    if (!address.isEmpty())
        target.setHost(address);

    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/xml, text/xml"));
    if (!address.isEmpty()) {
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
    return request;
}

// The answer for url: the problem when there is one, else the reply's document read as candidates.
AutoconfigAnswer AutoconfigClient::answerFrom(QNetworkReply* reply, const QUrl& url, const QString& email,
                                              const QString& problem)
{
    AutoconfigAnswer answer;
    answer.url = url;
    if (!problem.isEmpty()) {
        answer.error = problem;
        return answer;
    }
    const Result<ProviderEntry> entry = IspdbParser::parse(reply->readAll(), url.toString());
    if (!entry) {
        answer.error = entry.error().message();
        return answer;
    }
    answer.kind = entry.value().kind;
    const DiscoverySource source =
        url.path().startsWith(QLatin1String("/.well-known")) ? DiscoverySource::WellKnown : DiscoverySource::Autoconfig;
    answer.candidates = IspdbParser::candidates(entry.value(), email, source);
    return answer;
}

// Never inside fetch(): always from the event loop, and only while the context lives.
void AutoconfigClient::deliverLater(const QPointer<QObject>& guard,
                                    const std::function<void(const AutoconfigAnswer&)>& done,
                                    const AutoconfigAnswer& answer)
{
    if (!guard)
        return;
    QMetaObject::invokeMethod(
        guard,
        [guard, done, answer] {
            if (guard)
                done(answer);
        },
        Qt::QueuedConnection);
}

void AutoconfigClient::fetch(AutoconfigLocation location, const QString& email, const QString& domainOverride,
                             QObject* context, std::function<void(const AutoconfigAnswer&)> done)
{
    const QUrl url = urlFor(location, email, domainOverride);
    const QNetworkRequest request = requestFor(url);
    qCDebug(lcDiscovery) << "autoconfig: GET" << url.toString() << "via" << request.url().toString();
    QNetworkReply* reply = m_nam->get(request);

    auto* deadline = new ClockTimer(m_options.clock, reply);
    auto answered = std::make_shared<bool>(false);
    const qint64 maxBytes = m_options.maxBytes;
    const qint64 timeoutMs = m_options.timeoutMs;
    QPointer<QObject> guard(context);

    auto refusal = std::make_shared<QString>();
    auto finish = [reply, url, email, answered, guard, done, refusal](const QString& problem) {
        if (*answered)
            return;
        *answered = true;
        AutoconfigAnswer answer = answerFrom(reply, url, email, problem);
        answer.certificateRefused = !refusal->isEmpty() && problem == *refusal;
        reply->deleteLater();
        deliverLater(guard, done, answer);
    };

    // Each handler answers first, then aborts: abort() emits finished() at once, which must not win.
    QObject::connect(deadline, &ClockTimer::timeout, reply, [reply, url, finish, timeoutMs] {
        finish(tr("%1 did not answer within %2 seconds.")
                   .arg(url.toString(), QString::number(static_cast<double>(timeoutMs) / 1000.0, 'g', 3)));
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, url, maxBytes, finish](qint64 received, qint64 total) {
                         if (received > maxBytes || total > maxBytes) {
                             finish(tr("%1 sent more than %2 bytes; a mail configuration is never that large.")
                                        .arg(url.toString(), QString::number(maxBytes)));
                             reply->abort();
                         }
                     });
    // A certificate that does not verify: accepted only when it is the pinned one, for exactly its errors.
    const QByteArray pin = CertificateInfo::normalisedPin(m_options.pinnedSha256);
    QObject::connect(
        reply, &QNetworkReply::sslErrors, reply, [reply, url, pin, refusal](const QList<QSslError>& errors) {
            QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
            if (certificate.isNull() && !errors.isEmpty())
                certificate = errors.constFirst().certificate();
            const CertificateInfo info = CertificateInfo::from(certificate);
            if (info.matchesPin(pin)) {
                qCDebug(lcDiscovery) << "autoconfig:" << url.host() << "certificate accepted by its pinned fingerprint";
                reply->ignoreSslErrors(errors);
                return;
            }
            QStringList problems;
            for (const QSslError& error : errors)
                problems.append(error.errorString());
            problems.removeDuplicates();
            if (pin.isEmpty()) {
                *refusal = tr("The TLS certificate of %1 was refused: %2. Its SHA-256 fingerprint is %3.")
                               .arg(url.host(), problems.join(QLatin1String("; ")), QString::fromLatin1(info.sha256));
            } else {
                *refusal =
                    tr("The TLS certificate of %1 was refused: %2. Its SHA-256 fingerprint is %3, not the pinned "
                       "%4; the autoconfig file was not read. Check the fingerprint you gave.")
                        .arg(url.host(), problems.join(QLatin1String("; ")), QString::fromLatin1(info.sha256),
                             QString::fromLatin1(pin));
            }
        });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, url, finish, refusal] {
        if (!refusal->isEmpty()) {
            finish(*refusal);
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 0 && status != 200) {
            finish(tr("%1 answered HTTP %2.").arg(url.toString(), QString::number(status)));
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            finish(tr("%1 could not be fetched: %2").arg(url.toString(), reply->errorString()));
            return;
        }
        finish({});
    });
    deadline->start(m_options.timeoutMs);
}

} // namespace Postino
