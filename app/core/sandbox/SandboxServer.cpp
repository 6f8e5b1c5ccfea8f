#include "SandboxServer.h"

#include "SandboxMailbox.h"
#include "common/Clock.h"
#include "common/Log.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

namespace Postino {

SandboxServer::SandboxServer(const QString& folder, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(Clock::orSystem(clock))
    , m_mailbox(new SandboxMailbox(folder, this))
{
    connect(m_mailbox, &SandboxMailbox::messageCaptured, this, &SandboxServer::messageCaptured);
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::isRunning() const
{
    return m_server && m_server->isListening();
}

quint16 SandboxServer::port() const
{
    return isRunning() ? m_server->serverPort() : 0;
}

void SandboxServer::setLimits(const SandboxLimits& limits)
{
    m_limits = limits;
}

Status SandboxServer::start(quint16 port)
{
    if (isRunning())
        return {};
    auto* server = new QTcpServer(this);
    server->setMaxPendingConnections(m_limits.maxSessions);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        const QString reason = server->errorString();
        delete server;
        return Error(ErrorKind::IoError,
                     QCoreApplication::translate(
                         "Postino::SandboxServer",
                         "Could not start the test server on 127.0.0.1 port %1: %2. Choose another port, or 0 for any "
                         "free one.")
                         .arg(port)
                         .arg(reason));
    }
    m_server = server;
    connect(m_server, &QTcpServer::newConnection, this, &SandboxServer::onNewConnection);
    qCInfo(lcSmtp) << "Sandbox SMTP server listening on 127.0.0.1 port" << m_server->serverPort();
    emit started(m_server->serverPort());
    return {};
}

void SandboxServer::stop()
{
    const QSet<SandboxSession*> sessions = m_sessions;
    m_sessions.clear();
    for (SandboxSession* session : sessions) {
        session->disconnect(this);
        session->abort();
        session->deleteLater();
    }
    if (!m_server)
        return;
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
    emit stopped();
}

void SandboxServer::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        if (m_sessions.size() >= m_limits.maxSessions) {
            socket->write("421 4.3.2 Too many connections to the sandbox; try again later\r\n");
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            continue;
        }
        auto* session = new SandboxSession(socket, m_mailbox, m_limits, m_clock, this);
        m_sessions.insert(session);
        connect(session, &SandboxSession::finished, this, [this, session] {
            m_sessions.remove(session);
            session->deleteLater();
        });
        session->start();
    }
}

} // namespace Postino
