#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Postino::Test {

// Certificates made at test time by certs/make-certs.sh (openssl), once per test process.
// Kinds: "valid" (CA-signed for smtp.test, localhost, 127.0.0.1, *.postino.test), "expired",
// "wronghost" (other.invalid), "selfsigned".
class TestCertificates
{
public:
    // The shared instance; made on first use. isValid() is false (with error()) if openssl failed.
    static TestCertificates& instance();

    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    [[nodiscard]] const QString& error() const { return m_error; }
    [[nodiscard]] QString dir() const;
    [[nodiscard]] QString caPath() const;
    [[nodiscard]] QString certPath(const QString& kind) const;
    [[nodiscard]] QString keyPath(const QString& kind) const;
    [[nodiscard]] QSslCertificate ca() const;
    [[nodiscard]] QSslCertificate certificate(const QString& kind) const;
    [[nodiscard]] QSslKey key(const QString& kind) const;
    // Lower-case hex SHA-256 of the DER, as --trust-fingerprint takes it.
    [[nodiscard]] QByteArray sha256(const QString& kind) const;

private:
    TestCertificates();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
};

// The source tree (POSTINO_SOURCE_DIR, set by ctest), for scripts and data.
[[nodiscard]] QString sourceDir();
// The interpreter with Debian's python3-* modules (aiosmtpd): /usr/bin/python3 unless SYSTEM_PYTHON says.
[[nodiscard]] QString systemPython();

} // namespace Postino::Test
