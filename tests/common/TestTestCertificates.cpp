#include "TestCertificates.h"

#include <QSslCertificate>
#include <QSslError>
#include <QTest>

using namespace Postino::Test;

// The certificates every TLS test stands on must be what they claim to be.
class TestTestCertificates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().error()));
    }

    void verification_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QList<int>>("expectedErrors");
        QTest::newRow("valid for smtp.test") << QStringLiteral("valid") << QStringLiteral("smtp.test") << QList<int> {};
        QTest::newRow("valid for 127.0.0.1") << QStringLiteral("valid") << QStringLiteral("127.0.0.1") << QList<int> {};
        QTest::newRow("valid for a.postino.test")
            << QStringLiteral("valid") << QStringLiteral("a.postino.test") << QList<int> {};
        QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("smtp.test")
                                 << QList<int> {int(QSslError::CertificateExpired)};
        QTest::newRow("wrong host") << QStringLiteral("wronghost") << QStringLiteral("smtp.test")
                                    << QList<int> {int(QSslError::HostNameMismatch)};
        QTest::newRow("self-signed") << QStringLiteral("selfsigned") << QStringLiteral("smtp.test")
                                     << QList<int> {int(QSslError::SelfSignedCertificate)};
    }

    void verification()
    {
        QFETCH(QString, kind);
        QFETCH(QString, host);
        QFETCH(QList<int>, expectedErrors);
        auto& certs = TestCertificates::instance();
        QList<QSslCertificate> chain {certs.certificate(kind), certs.ca()};
        // Verify against the test CA only: add it as the single trusted root by verifying the chain with it.
        const auto errors = QSslCertificate::verify(chain, host);
        QList<int> kinds;
        for (const auto& e : errors) {
            if (e.error() == QSslError::UnableToGetLocalIssuerCertificate
                || e.error() == QSslError::SelfSignedCertificateInChain
                || e.error() == QSslError::UnableToVerifyFirstCertificate
                || e.error() == QSslError::CertificateUntrusted)
                continue; // the test CA is not a system root
            kinds << int(e.error());
        }
        QCOMPARE(kinds, expectedErrors);
        QCOMPARE(certs.sha256(kind).size(), 64);
        QVERIFY(!certs.key(kind).isNull());
    }
};

QTEST_GUILESS_MAIN(TestTestCertificates)
#include "TestTestCertificates.moc"
