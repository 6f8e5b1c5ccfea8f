#pragma once

#include "SandboxSession.h"
#include "common/Error.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>

class QTcpServer;

namespace Postino {

class Clock;
class SandboxMailbox;

// "Try Postino with the built-in test server": a receiving SMTP server on a loopback port whose
// messages are captured into a folder (SandboxMailbox) instead of being delivered. It announces
// PIPELINING, 8BITMIME, SMTPUTF8, SIZE, ENHANCEDSTATUSCODES and AUTH PLAIN LOGIN, and accepts any
// user name and password: it is a sandbox that only listens on 127.0.0.1.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    // folder: where captures go (the app uses AppDataLocation + "/sandbox").
    explicit SandboxServer(const QString& folder, Clock* clock = nullptr, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1:port (0: any free port). Starting a running server is a no-op.
    Status start(quint16 port = 0);
    void stop(); // closes the port and every connection

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QHostAddress address() const { return QHostAddress(QHostAddress::LocalHost); }
    [[nodiscard]] QString host() const { return QStringLiteral("127.0.0.1"); }
    [[nodiscard]] quint16 port() const; // 0 when not running
    [[nodiscard]] int sessionCount() const { return static_cast<int>(m_sessions.size()); }

    [[nodiscard]] const SandboxLimits& limits() const { return m_limits; }
    void setLimits(const SandboxLimits& limits); // for new connections

    [[nodiscard]] SandboxMailbox* mailbox() const { return m_mailbox; }

signals:
    void started(quint16 port);
    void stopped();
    void messageCaptured(const QString& id);

private:
    void onNewConnection();

    Clock* m_clock;
    SandboxMailbox* m_mailbox;
    QTcpServer* m_server = nullptr;
    SandboxLimits m_limits;
    QSet<SandboxSession*> m_sessions;
};

} // namespace Postino
