#include "KeychainSecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Postino;

// Runs with DBUS_SESSION_BUS_ADDRESS pointing nowhere (set by tests.cmake): no keychain can answer.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void failsClearlyAndStoresNothing();

private:
    QTemporaryDir m_home;
};

void TestKeychainUnavailable::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent")));
    // Nothing may land in the real home either way; look only at a scratch one.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
}

void TestKeychainUnavailable::failsClearlyAndStoresNothing()
{
    KeychainSecretStore store;
    const QString password = QStringLiteral("never-stored-7d1f");
    const Status written = store.writePasswordNow(QStringLiteral("work"), password, 10'000);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind(), ErrorKind::Config);
    QCOMPARE(written.error().exitCode(), 78);
    QVERIFY2(written.error().message().contains(QLatin1String("No keychain answered")),
             qPrintable(written.error().message()));
    QVERIFY(written.error().message().contains(QLatin1String("--password-env")));

    const SecretStore::ReadResult read = store.readPasswordNow(QStringLiteral("work"), 10'000);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind(), ErrorKind::Config);

    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "TestKeychainUnavailable.moc"
