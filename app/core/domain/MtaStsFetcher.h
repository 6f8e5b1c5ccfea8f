#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Postino {

class Clock;

// What fetching one MTA-STS policy gave.
struct MtaStsFetchAnswer
{
    QUrl url; // https://mta-sts.DOMAIN/.well-known/mta-sts.txt
    int httpStatus = 0; // 0: no HTTP answer at all
    QByteArray contentType; // the Content-Type header as sent
    QByteArray body; // at most MtaStsPolicy::kMaxBytes
    QString error; // translated; empty when the server answered (whatever its status)
    bool certificateError = false; // the TLS certificate did not verify for the host
};

// The seam DomainCheck fetches MTA-STS policies through, so that tests answer without a network.
class MtaStsFetcher
{
public:
    MtaStsFetcher() = default;
    virtual ~MtaStsFetcher() = default;
    MtaStsFetcher(const MtaStsFetcher&) = delete;
    MtaStsFetcher& operator=(const MtaStsFetcher&) = delete;

    // The policy URL of domain.
    [[nodiscard]] static QUrl urlFor(const QString& domain);
    // GETs urlFor(domain), connecting to address (the host's, as DomainCheck looked it up; empty: the system
    // resolver's) unless an override says otherwise. done runs later on context's thread, never inside the
    // call, and not at all once context is gone.
    virtual void fetch(const QString& domain, const QString& address, QObject* context,
                       std::function<void(const MtaStsFetchAnswer&)> done) = 0;
};

struct HttpsMtaStsOptions
{
    QList<QSslCertificate> extraCaCertificates; // --ca-file, added to the system's
    QHash<QString, QString> resolve; // --resolve: host (lower case) -> address; wins over the looked-up one
    quint16 port = 443; // test seam only (POSTINO_TEST_MTA_STS_PORT); RFC 8461 says 443
    qint64 timeoutMs = 4000;
    Clock* clock = nullptr; // null: the system clock
};

// The real fetcher (RFC 8461 §3.3): HTTPS only, the certificate verified against mta-sts.DOMAIN (the
// system's CAs plus the extra ones), no redirect followed (a 3xx is the answer), at most 64 KiB, within the
// timeout. Connecting to an address keeps the Host header and the TLS peer name (SNI) the policy host's, as
// AutoconfigClient does.
class HttpsMtaStsFetcher final : public MtaStsFetcher
{
    Q_DECLARE_TR_FUNCTIONS(Postino::HttpsMtaStsFetcher)
public:
    // nam: null creates one per fetcher.
    explicit HttpsMtaStsFetcher(HttpsMtaStsOptions options = {}, QNetworkAccessManager* nam = nullptr);
    ~HttpsMtaStsFetcher() override;

    void fetch(const QString& domain, const QString& address, QObject* context,
               std::function<void(const MtaStsFetchAnswer&)> done) override;

private:
    HttpsMtaStsOptions m_options;
    QNetworkAccessManager* m_nam;
    bool m_ownsNam;
};

} // namespace Postino
