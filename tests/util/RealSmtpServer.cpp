#include "RealSmtpServer.h"

#include "TestCertificates.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace Postino::Test {

RealSmtpServer::RealSmtpServer() = default;

RealSmtpServer::~RealSmtpServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

bool RealSmtpServer::start(const Options& options, int waitMsec)
{
    const TestCertificates& certificates = TestCertificates::instance();
    if (!certificates.isValid()) {
        m_error = certificates.error();
        return false;
    }
    QStringList args {sourceDir() + QStringLiteral("/tests/util/smtpd/postino_smtpd.py"),
                      QStringLiteral("--host"),
                      QStringLiteral("127.0.0.1"),
                      QStringLiteral("--port"),
                      QStringLiteral("0"),
                      QStringLiteral("--mode"),
                      options.mode,
                      QStringLiteral("--cert"),
                      certificates.certPath(QStringLiteral("valid")),
                      QStringLiteral("--key"),
                      certificates.keyPath(QStringLiteral("valid")),
                      QStringLiteral("--maildir"),
                      m_maildir.path(),
                      QStringLiteral("--max-seconds"),
                      QString::number(options.maxSeconds)};
    if (!options.user.isEmpty())
        args << QStringLiteral("--user") << options.user << QStringLiteral("--password") << options.password;
    if (options.authRequired)
        args << QStringLiteral("--auth-required");
    if (!options.oauthTokensFile.isEmpty())
        args << QStringLiteral("--oauth-tokens") << options.oauthTokensFile;
    m_process.start(systemPython(), args);
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(systemPython(), m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(waitMsec);
    QByteArray out;
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("PORT ")) {
                m_port = static_cast<quint16>(line.mid(5).toUInt());
                return m_port != 0;
            }
            out += line + '\n';
            continue;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForReadyRead(static_cast<int>(qMax<qint64>(1, qMin<qint64>(200, deadline.remainingTime()))));
    }
    m_error = QStringLiteral("postino_smtpd.py did not report its port: %1 %2")
                  .arg(QString::fromLocal8Bit(out), QString::fromLocal8Bit(m_process.readAllStandardError()));
    return false;
}

QByteArray RealSmtpServer::message(int n) const
{
    QFile file(QDir(m_maildir.path()).filePath(QStringLiteral("%1.eml").arg(n)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject RealSmtpServer::envelope(int n) const
{
    QFile file(QDir(m_maildir.path()).filePath(QStringLiteral("%1.json").arg(n)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

int RealSmtpServer::messageCount() const
{
    return static_cast<int>(QDir(m_maildir.path()).entryList({QStringLiteral("*.eml")}, QDir::Files).size());
}

QString RealSmtpServer::output() const
{
    return QString::fromLocal8Bit(m_process.readAllStandardError());
}

} // namespace Postino::Test
