#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Postino::Test {

// A real SMTP server (tests/util/smtpd/postino_smtpd.py on aiosmtpd) for tests: started with
// QProcess on 127.0.0.1 port 0, stopped in the destructor, and exiting by itself after maxSeconds.
class RealSmtpServer
{
public:
    struct Options
    {
        QString mode = QStringLiteral("plain"); // plain | starttls | tls
        QString user;
        QString password;
        bool authRequired = false;
        // XOAUTH2 and OAUTHBEARER for exactly the access tokens in this file (OAuthTestServer::tokensFile()).
        QString oauthTokensFile;
        int maxSeconds = 60;
    };

    RealSmtpServer();
    ~RealSmtpServer();
    RealSmtpServer(const RealSmtpServer&) = delete;
    RealSmtpServer& operator=(const RealSmtpServer&) = delete;

    // Starts it and waits (bounded) for "PORT n". False with error() when it could not.
    [[nodiscard]] bool start(const Options& options, int waitMsec = 15000);
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] const QString& error() const { return m_error; }
    [[nodiscard]] QString maildir() const { return m_maildir.path(); }
    // Stored message n (1-based): the bytes as received after un-dot-stuffing, and its envelope.
    [[nodiscard]] QByteArray message(int n) const;
    [[nodiscard]] QJsonObject envelope(int n) const;
    [[nodiscard]] int messageCount() const;
    [[nodiscard]] QString output() const; // the server's stderr so far, for failure messages

private:
    mutable QProcess m_process;
    QTemporaryDir m_maildir;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Postino::Test
