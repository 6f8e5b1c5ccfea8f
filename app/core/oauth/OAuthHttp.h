#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <utility>

#include <functional>

class QNetworkAccessManager;

namespace Postino {

class Clock;

// How the authorisation server is reached: the shared connection options of the command that signs in
// (--resolve, --ca-file, --timeout) apply to it as to the SMTP server.
struct OAuthHttpOptions
{
    QHash<QString, QString> resolve; // host (lower case) -> address to connect to; TLS still verifies host
    QList<QSslCertificate> extraCaCertificates; // added to the system's
    qint64 timeoutMs = 30'000; // a request that has not finished by then fails (a hanging endpoint)
    Clock* clock = nullptr; // null: the system clock
};

// A form's fields in order, as they are (OAuthHttp percent-encodes each name and value fully, so that a '+',
// '%' or '&' in a code or a secret reaches the server unchanged).
using OAuthForm = QList<std::pair<QString, QString>>;

// How the sign-in flows talk to the authorisation server: one form POST, one answer. OAuthHttp is the
// real one; tests script their own.
class OAuthTransport
{
public:
    struct Reply
    {
        int httpStatus = 0; // 0: no HTTP answer (network, TLS or timeout); see error
        QByteArray body;
        QString error; // translated; empty when an HTTP answer came
    };
    using Callback = std::function<void(const Reply&)>;

    OAuthTransport() = default;
    virtual ~OAuthTransport() = default;
    OAuthTransport(const OAuthTransport&) = delete;
    OAuthTransport& operator=(const OAuthTransport&) = delete;

    // done runs once, later (never inside the call), on context's thread, and only while context lives.
    virtual void postForm(const QUrl& url, const OAuthForm& form, QObject* context, Callback done) = 0;
};

// One HTTPS form POST (application/x-www-form-urlencoded) to an authorisation server's endpoint, the
// certificate verified, no redirect followed, the answer at most OAuthTokenResponse::kMaxBodyBytes,
// within options().timeoutMs. Over QNetworkAccessManager (not QtNetworkAuth; see AuthorizationCodeFlow.h).
class OAuthHttp final : public OAuthTransport
{
    Q_DECLARE_TR_FUNCTIONS(Postino::OAuthHttp)
public:
    explicit OAuthHttp(OAuthHttpOptions options = {}, QNetworkAccessManager* nam = nullptr);
    ~OAuthHttp() override;

    [[nodiscard]] const OAuthHttpOptions& options() const { return m_options; }
    void postForm(const QUrl& url, const OAuthForm& form, QObject* context, Callback done) override;

private:
    OAuthHttpOptions m_options;
    QNetworkAccessManager* m_nam;
    bool m_ownsNam;
};

} // namespace Postino
