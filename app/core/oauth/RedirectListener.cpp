#include "RedirectListener.h"

#include "common/Clock.h"
#include "oauth/OAuthLog.h"
#include "oauth/OAuthTokens.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace Postino {

namespace {

const QString kCallbackPath = QStringLiteral("/callback");

// Values of the redirect's query, decoded once (Google's code holds "/", sent as %2F, which must reach the
// token endpoint as "/" and not encoded twice, QtNetworkAuth's bug before 6.8).
QString queryValue(const QUrlQuery& query, const QString& key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

RedirectListener::RedirectListener(Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &RedirectListener::onNewConnection);
}

RedirectListener::~RedirectListener() = default;

Status RedirectListener::listen()
{
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        return Error(
            ErrorKind::Internal,
            tr("Postino could not listen on 127.0.0.1 for the sign-in's answer: %1.").arg(m_server->errorString()));
    }
    qCDebug(lcOAuth) << "listening for the redirect on 127.0.0.1 port" << m_server->serverPort();
    return {};
}

QString RedirectListener::redirectUri() const
{
    if (!m_server->isListening())
        return {};
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()) + kCallbackPath;
}

quint16 RedirectListener::port() const
{
    return m_server->serverPort();
}

bool RedirectListener::isListening() const
{
    return m_server->isListening();
}

void RedirectListener::close()
{
    m_done = true;
    m_server->close();
    const QList<QTcpSocket*> sockets = findChildren<QTcpSocket*>();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() > 0)
            socket->disconnectFromHost(); // let the page reach the browser
        else
            socket->abort();
        socket->deleteLater();
    }
}

bool RedirectListener::issuerMatches(const QString& issuer, const QString& iss)
{
    const auto trimmed = [](QString s) {
        while (s.endsWith(QLatin1Char('/')))
            s.chop(1);
        return s;
    };
    if (issuer.contains(QLatin1String("://")))
        return trimmed(issuer) == trimmed(iss);
    const QUrl url(iss, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https")
        && url.host().compare(issuer, Qt::CaseInsensitive) == 0;
}

QByteArray RedirectListener::page(const QString& title, const QString& text)
{
    const QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                                        "<style>body{font-family:sans-serif;max-width:40em;margin:4em auto}</style>"
                                        "</head><body><h1>%1</h1><p>%2</p></body></html>\n")
                             .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    return html.toUtf8();
}

void RedirectListener::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        if (m_done) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // A connection that says nothing (a port probe) is dropped after a while; it never blocks the others.
        auto* deadline = new ClockTimer(m_clock, socket);
        connect(deadline, &ClockTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        deadline->start(kConnectionTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void RedirectListener::onReadyRead(QTcpSocket* socket)
{
    if (m_done || socket->property("answered").toBool())
        return;
    QByteArray buffer = socket->property("buffer").toByteArray();
    buffer += socket->read(kMaxRequestBytes + 1 - buffer.size());
    const int end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > kMaxRequestBytes) {
            socket->setProperty("answered", true);
            respond(socket, 431, "Request Header Fields Too Large", {});
        } else {
            socket->setProperty("buffer", buffer);
        }
        return;
    }
    socket->setProperty("answered", true);
    handleRequest(socket, buffer.left(end));
}

void RedirectListener::respond(QTcpSocket* socket, int status, const QByteArray& reason, const QByteArray& body)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

void RedirectListener::handleRequest(QTcpSocket* socket, const QByteArray& head)
{
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArray requestLine = lineEnd < 0 ? head : head.left(lineEnd);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, "Bad Request", {});
        return;
    }
    if (parts.at(0) != "GET") {
        respond(socket, 405, "Method Not Allowed", {});
        return;
    }
    const QUrl target(QString::fromLatin1(parts.at(1)), QUrl::StrictMode);
    const QString notOurs = tr("This address belongs to a sign-in in Postino; it was not the answer Postino waits "
                               "for. You can close this page.");
    if (!target.isValid() || target.path() != kCallbackPath) {
        qCDebug(lcOAuth) << "a request for another path; still waiting";
        respond(socket, 404, "Not Found", page(tr("Not found"), notOurs));
        return;
    }
    const QUrlQuery query(target);
    const QByteArray state = queryValue(query, QStringLiteral("state")).toUtf8();
    // A constant-time comparison is not needed: a wrong guess changes nothing, the listener keeps waiting.
    if (m_state.isEmpty() || state != m_state) {
        qCDebug(lcOAuth) << "a redirect without this sign-in's state; still waiting";
        respond(socket, 400, "Bad Request", page(tr("Not this sign-in"), notOurs));
        return;
    }
    const QString iss = queryValue(query, QStringLiteral("iss"));
    if (query.hasQueryItem(QStringLiteral("iss")) && !m_issuer.isEmpty() && !issuerMatches(m_issuer, iss)) {
        respond(socket, 400, "Bad Request",
                page(tr("Sign-in refused"), tr("The answer came from another sign-in server. Nothing was stored.")));
        finish();
        emit failed(Error(ErrorKind::Security,
                          tr("The sign-in's answer names the issuer %1, not %2; it was refused and nothing was stored.")
                              .arg(iss.left(200), m_issuer)));
        return;
    }
    const QString error = queryValue(query, QStringLiteral("error"));
    if (!error.isEmpty()) {
        const QString description = queryValue(query, QStringLiteral("error_description")).simplified().left(300);
        const QString said =
            description.isEmpty() ? error.left(100) : error.left(100) + QStringLiteral(": ") + description;
        respond(
            socket, 200, "OK",
            page(tr("Sign-in not completed"), tr("Postino was not allowed to send mail. You can close this page.")));
        finish();
        if (OAuthTokenResponse::codeFromName(error) == OAuthErrorCode::AccessDenied) {
            emit failed(OAuthTokenResponse::makeError(
                ErrorKind::Auth,
                tr("The sign-in was refused in the browser (%1); nothing was stored. Sign in again and allow Postino "
                   "to send mail.")
                    .arg(said),
                error));
        } else {
            emit failed(OAuthTokenResponse::makeError(
                ErrorKind::Permanent,
                tr("The sign-in server answered with an error: %1; nothing was stored.").arg(said), error));
        }
        return;
    }
    const QString code = queryValue(query, QStringLiteral("code"));
    if (code.isEmpty()) {
        respond(socket, 400, "Bad Request", page(tr("Sign-in not completed"), notOurs));
        finish();
        emit failed(Error(ErrorKind::Permanent, tr("The sign-in's answer had neither a code nor an error.")));
        return;
    }
    respond(socket, 200, "OK",
            page(tr("Signed in"), tr("Postino is signed in. You can close this page and go back to Postino.")));
    finish();
    emit codeReceived(code);
}

// The wait is over: no new connection, none of the others answered any more.
void RedirectListener::finish()
{
    m_done = true;
    m_server->close();
}

} // namespace Postino
