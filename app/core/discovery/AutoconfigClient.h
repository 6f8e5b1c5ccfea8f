#pragma once

#include "discovery/IspdbParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Postino {

class Clock;

// Which of the two autoconfig locations to ask (cli.md, probe, sources 2 and 3).
enum class AutoconfigLocation {
    Autoconfig, // https://autoconfig.DOMAIN/mail/config-v1.1.xml?emailaddress=EMAIL
    WellKnown, // https://DOMAIN/.well-known/autoconfig/mail/config-v1.1.xml
};

struct AutoconfigAnswer
{
    QUrl url; // what was asked
    QList<ServerCandidate> candidates; // substituted for the address, in the file's order
    ProviderKind kind = ProviderKind::Mailbox;
    QString error; // translated; empty on success (a 404 is an error too: nothing there)
    bool certificateRefused = false; // the server's certificate neither verified nor was the pinned one
};

// The fetch seam ServerProbe uses, so that tests can answer without a network.
class AutoconfigFetcher
{
public:
    AutoconfigFetcher() = default;
    virtual ~AutoconfigFetcher() = default;
    AutoconfigFetcher(const AutoconfigFetcher&) = delete;
    AutoconfigFetcher& operator=(const AutoconfigFetcher&) = delete;
    // Looks up email's domain at location; the callback runs later on context's thread, never inside
    // the call, and not at all when context is gone. domainOverride: ask about this domain instead of
    // the address's own (the MX source asks about the MX's base domain).
    virtual void fetch(AutoconfigLocation location, const QString& email, const QString& domainOverride,
                       QObject* context, std::function<void(const AutoconfigAnswer&)> done) = 0;
};

// How AutoconfigClient connects; see AutoconfigClient for the test seam.
struct AutoconfigOptions
{
    QList<QSslCertificate> extraCaCertificates;
    // --trust-fingerprint: a server certificate with this SHA-256 (hex of the DER; colons and case do not
    // matter) is accepted even if it does not verify, exactly as for the SMTP connection; any other that
    // does not verify is refused with its own fingerprint in the error.
    QByteArray pinnedSha256;
    QHash<QString, QString> resolve; // host (lower case) -> address to connect to
    quint16 port = 443;
    qint64 timeoutMs = 10'000;
    qint64 maxBytes = 1024 * 1024;
    Clock* clock = nullptr; // null: the system clock
};

// Fetches config-v1.1.xml over HTTPS only, certificate verified (the system's CAs plus extraCa, or pinned), at most
// maxBytes, within timeoutMs; redirects only to HTTPS.
//
// Test seam: ISPDB URLs always name port 443 and a public host; tests set port (the local server's)
// and resolve (host -> address). A resolved request connects to the address, with the Host header and
// the TLS peer name (QNetworkRequest::setPeerVerifyName, also used for SNI) kept as the original host,
// so the certificate is still verified against the name that was asked for. The same overrides serve
// --resolve on the command line.
class AutoconfigClient final : public AutoconfigFetcher
{
    Q_DECLARE_TR_FUNCTIONS(Postino::AutoconfigClient)
public:
    using Options = AutoconfigOptions;

    // nam: null creates one per client.
    explicit AutoconfigClient(Options options = {}, QNetworkAccessManager* nam = nullptr);
    ~AutoconfigClient() override;

    [[nodiscard]] const Options& options() const { return m_options; }
    // The URL of location for email's domain (or domainOverride), with the real host in it.
    [[nodiscard]] QUrl urlFor(AutoconfigLocation location, const QString& email,
                              const QString& domainOverride = {}) const;

    void fetch(AutoconfigLocation location, const QString& email, const QString& domainOverride, QObject* context,
               std::function<void(const AutoconfigAnswer&)> done) override;

private:
    [[nodiscard]] QNetworkRequest requestFor(const QUrl& url) const;
    [[nodiscard]] static AutoconfigAnswer answerFrom(QNetworkReply* reply, const QUrl& url, const QString& email,
                                                     const QString& problem);
    static void deliverLater(const QPointer<QObject>& guard, const std::function<void(const AutoconfigAnswer&)>& done,
                             const AutoconfigAnswer& answer);

    Options m_options;
    QNetworkAccessManager* m_nam;
    bool m_ownsNam;
};

} // namespace Postino
