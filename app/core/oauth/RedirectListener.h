#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

class QTcpServer;
class QTcpSocket;

namespace Postino {

class Clock;

// The one-shot loopback redirect listener of RFC 8252 §7.3: a QTcpServer of our own, bound to 127.0.0.1
// only (never to all interfaces, §8.3), on a port the system picks. It answers the browser with a small
// translated page and closes once the redirect for this sign-in has come.
//
// A connection that is not that redirect (a port probe, another path, a missing or wrong `state`) gets
// an error page and is closed; the listener keeps waiting, and no code is taken from it. The redirect
// with the right state ends the wait: a code (codeReceived), or an error (failed): `error=access_denied`
// and the rest of RFC 6749 §4.1.2.1, or an RFC 9207 `iss` that is not the expected issuer.
class RedirectListener : public QObject
{
    Q_OBJECT
public:
    explicit RedirectListener(Clock* clock = nullptr, QObject* parent = nullptr);
    ~RedirectListener() override;

    // Starts listening on 127.0.0.1 with a random port.
    [[nodiscard]] Status listen();
    // http://127.0.0.1:PORT/callback (RFC 8252 §7.3); empty before listen().
    [[nodiscard]] QString redirectUri() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] bool isListening() const;
    void setExpectedState(const QByteArray& state) { m_state = state; }
    // The provider's issuer (a host name or an issuer URL); empty: `iss` is not checked.
    void setExpectedIssuer(const QString& issuer) { m_issuer = issuer; }
    // Stops listening and drops every connection; nothing is emitted after it.
    void close();

    // Whether an RFC 9207 `iss` value names issuer: the same URL, or (for an ISPDB issuer written as a
    // host name) an https URL of that host.
    [[nodiscard]] static bool issuerMatches(const QString& issuer, const QString& iss);
    // The page the browser is shown (HTML, UTF-8, every text escaped).
    [[nodiscard]] static QByteArray page(const QString& title, const QString& text);

    static constexpr int kMaxRequestBytes = 16 * 1024;
    static constexpr qint64 kConnectionTimeoutMs = 10'000;

signals:
    void codeReceived(const QString& code);
    void failed(const Postino::Error& error);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    // Answers and closes socket; the connection's request is done with.
    static void respond(QTcpSocket* socket, int status, const QByteArray& reason, const QByteArray& body);
    void handleRequest(QTcpSocket* socket, const QByteArray& head);
    void finish();

    Clock* m_clock;
    QTcpServer* m_server;
    QByteArray m_state;
    QString m_issuer;
    bool m_done = false;
};

} // namespace Postino
