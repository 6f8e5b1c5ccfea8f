#include "KeychainSecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Postino;

namespace {

// Every file under the config and data locations (and the home) that contains needle, in UTF-8 or UTF-16.
QStringList filesContaining(const QString& needle)
{
    QStringList roots = {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                         QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                         QStandardPaths::writableLocation(QStandardPaths::HomeLocation)};
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(needle.utf16()), needle.size() * 2);
    QStringList hits;
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            if ((content.contains(utf8) || content.contains(utf16)) && !hits.contains(file.fileName()))
                hits.append(file.fileName());
        }
    }
    return hits;
}

} // namespace

// Runs under tests/accounts/with-keyring.sh: a private D-Bus session with gnome-keyring in a scratch HOME.
class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writeReadOverwriteDelete();
    void asynchronousCallbacks();
};

void TestKeychain::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("POSTINO_TEST_KEYRING"),
             "run through tests/accounts/with-keyring.sh (ctest does): it never touches the user's keyring");
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::HomeLocation).startsWith(QDir::tempPath()));
}

void TestKeychain::writeReadOverwriteDelete()
{
    KeychainSecretStore store;
    const QString account = QStringLiteral("work");
    const QString first = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString second = QStringLiteral("pw2-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    SecretStore::ReadResult missing = store.readPasswordNow(account, 10'000);
    QVERIFY2(missing.ok(), qPrintable(missing.error().message() + QLatin1Char(' ') + missing.error().detail()));
    QVERIFY(!missing.value().has_value());

    const Status written = store.writePasswordNow(account, first, 10'000);
    QVERIFY2(written.ok(), qPrintable(written.error().message() + QLatin1Char(' ') + written.error().detail()));
    SecretStore::ReadResult read = store.readPasswordNow(account, 10'000);
    QVERIFY(read.ok());
    QCOMPARE(read.value().value_or(QString()), first);
    // In the keychain only: no file under the config or data locations holds it in clear.
    QCOMPARE(filesContaining(first), QStringList());

    QVERIFY(store.writePasswordNow(account, second, 10'000).ok());
    read = store.readPasswordNow(account, 10'000);
    QVERIFY(read.ok());
    QCOMPARE(read.value().value_or(QString()), second);
    QCOMPARE(filesContaining(second), QStringList());

    // Another service does not see it.
    KeychainSecretStore other(QStringLiteral("postino-other"));
    const SecretStore::ReadResult elsewhere = other.readPasswordNow(account, 10'000);
    QVERIFY(elsewhere.ok());
    QVERIFY(!elsewhere.value().has_value());

    QVERIFY(store.deletePasswordNow(account, 10'000).ok());
    read = store.readPasswordNow(account, 10'000);
    QVERIFY(read.ok());
    QVERIFY(!read.value().has_value());
    // Deleting twice is fine.
    QVERIFY(store.deletePasswordNow(account, 10'000).ok());
}

void TestKeychain::asynchronousCallbacks()
{
    KeychainSecretStore store;
    QObject context;
    bool wrote = false;
    bool calledInside = true;
    store.writePassword(QStringLiteral("async"), QStringLiteral("s3cret-async"), &context, [&](const Status& status) {
        QVERIFY(status.ok());
        wrote = true;
    });
    calledInside = wrote;
    QVERIFY(!calledInside); // never inside the call
    QTRY_VERIFY_WITH_TIMEOUT(wrote, 10'000);

    std::optional<QString> value;
    store.readPassword(QStringLiteral("async"), &context, [&](const SecretStore::ReadResult& result) {
        if (result.ok())
            value = result.value().value_or(QStringLiteral("<missing>"));
    });
    QTRY_VERIFY_WITH_TIMEOUT(value.has_value(), 10'000);
    QCOMPARE(*value, QStringLiteral("s3cret-async"));

    // A callback whose context is gone is never called.
    bool called = false;
    {
        QObject shortLived;
        store.deletePassword(QStringLiteral("async"), &shortLived, [&](const Status&) { called = true; });
    }
    QTest::qWait(200);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"
