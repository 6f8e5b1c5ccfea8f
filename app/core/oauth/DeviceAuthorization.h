#pragma once

#include "common/Error.h"
#include "oauth/OAuthClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

namespace Postino {

class Clock;
class ClockTimer;

// What the device authorisation endpoint answered (RFC 8628 §3.2).
struct DeviceCode
{
    QByteArray deviceCode;
    QString userCode;
    QString verificationUri;
    QString verificationUriComplete; // may be empty
    qint64 expiresIn = 0; // seconds
    qint64 interval = 5; // seconds between polls

    // Reads the answer strictly; Google's verification_url spelling is taken too.
    [[nodiscard]] static Result<DeviceCode> parse(const QByteArray& body, const QString& endpoint);
};

// Signing in on another device (RFC 8628): the user opens verificationUri anywhere and types userCode;
// meanwhile the token endpoint is polled every `interval` seconds: authorization_pending waits,
// slow_down adds five seconds to the interval, expired_token and access_denied end it. The whole wait is
// bounded by the code's expires_in. Timers run on a Clock (a MockClock in tests).
class DeviceAuthorization : public QObject
{
    Q_OBJECT
public:
    // transport is not owned and must outlive the flow. clock: null is the system clock.
    DeviceAuthorization(ProviderOAuth2 provider, OAuthClientId client, OAuthTransport* transport,
                        Clock* clock = nullptr, QObject* parent = nullptr);
    ~DeviceAuthorization() override;

    void start();
    void cancel();
    // The interval now (grows with slow_down), in seconds.
    [[nodiscard]] qint64 interval() const { return m_code.interval; }

signals:
    void userCodeReady(const QString& userCode, const QString& verificationUri, const QString& verificationUriComplete);
    void finished(const Postino::Result<Postino::OAuthTokens>& result);

private:
    void poll();
    void schedule();
    void finish(const Result<OAuthTokens>& result);

    OAuthTokenClient m_tokens;
    OAuthTransport* m_transport;
    Clock* m_clock;
    ClockTimer* m_timer;
    DeviceCode m_code;
    QDateTime m_expiresAt;
    bool m_finished = false;
};

} // namespace Postino
