#include "TestCertificates.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace Postino::Test {

QString sourceDir()
{
    const QByteArray fromEnv = qgetenv("POSTINO_SOURCE_DIR");
    if (!fromEnv.isEmpty())
        return QString::fromLocal8Bit(fromEnv);
    return QStringLiteral(POSTINO_TEST_SOURCE_DIR);
}

QString systemPython()
{
    const QByteArray fromEnv = qgetenv("SYSTEM_PYTHON");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/bin/python3") : QString::fromLocal8Bit(fromEnv);
}

TestCertificates& TestCertificates::instance()
{
    static TestCertificates certificates;
    return certificates;
}

TestCertificates::TestCertificates()
    : m_dir(std::make_unique<QTemporaryDir>())
{
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot make a temporary folder for certificates");
        return;
    }
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("bash"),
                  {sourceDir() + QStringLiteral("/tests/util/certs/make-certs.sh"), m_dir->path()});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        m_error = QStringLiteral("make-certs.sh failed: ") + QString::fromLocal8Bit(openssl.readAll());
        return;
    }
    if (certificate(QStringLiteral("valid")).isNull())
        m_error = QStringLiteral("make-certs.sh made no usable valid.pem");
}

QString TestCertificates::dir() const
{
    return m_dir->path();
}

QString TestCertificates::caPath() const
{
    return m_dir->filePath(QStringLiteral("ca.pem"));
}

QString TestCertificates::certPath(const QString& kind) const
{
    return m_dir->filePath(kind + QStringLiteral(".pem"));
}

QString TestCertificates::keyPath(const QString& kind) const
{
    return m_dir->filePath(kind + QStringLiteral(".key"));
}

QSslCertificate TestCertificates::ca() const
{
    const auto list = QSslCertificate::fromPath(caPath());
    return list.isEmpty() ? QSslCertificate() : list.first();
}

QSslCertificate TestCertificates::certificate(const QString& kind) const
{
    const auto list = QSslCertificate::fromPath(certPath(kind));
    return list.isEmpty() ? QSslCertificate() : list.first();
}

QSslKey TestCertificates::key(const QString& kind) const
{
    QFile file(keyPath(kind));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QSslKey(file.readAll(), QSsl::Ec, QSsl::Pem);
}

QByteArray TestCertificates::sha256(const QString& kind) const
{
    return QCryptographicHash::hash(certificate(kind).toDer(), QCryptographicHash::Sha256).toHex();
}

} // namespace Postino::Test
