#include "CliCommon.h"
#include "ConnectionOptions.h"
#include "FakeSecretStore.h"
#include "TestCertificates.h"
#include "common/Paths.h"
#include "discovery/DiscoveryTypes.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Postino;
using namespace Postino::Cli;

// loadAccountConnection(): what send --account, queue run and account test connect with.
class TestLoadAccountConnection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void load_data();
    void load();
    void storedOptionsReachTheEndpoint();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLoadAccountConnection::initTestCase()
{
    QVERIFY2(Test::TestCertificates::instance().isValid(), qPrintable(Test::TestCertificates::instance().error()));
}

void TestLoadAccountConnection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Paths::setOverride(m_dir->path());
}

void TestLoadAccountConnection::cleanup()
{
    Paths::setOverride({});
    m_dir.reset();
}

void TestLoadAccountConnection::load_data()
{
    QTest::addColumn<QString>("auth"); // the stored account's mechanism
    QTest::addColumn<QString>("stored"); // the keychain's password; "-" none
    QTest::addColumn<bool>("keychain"); // a keychain answers
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("exitCode"); // 0: loaded
    QTest::addColumn<QString>("secret");

    const QStringList none;
    const QStringList env = {QStringLiteral("--password-env"), QStringLiteral("PW")};
    QTest::newRow("the keychain's password is used")
        << QStringLiteral("AUTO") << QStringLiteral("from-keychain") << true << none << QStringLiteral("work") << 0
        << QStringLiteral("from-keychain");
    QTest::newRow("--password-env wins over the keychain")
        << QStringLiteral("AUTO") << QStringLiteral("from-keychain") << true << env << QStringLiteral("work") << 0
        << QStringLiteral("from-env");
    QTest::newRow("--password-env needs no keychain") << QStringLiteral("AUTO") << QStringLiteral("-") << false << env
                                                      << QStringLiteral("work") << 0 << QStringLiteral("from-env");
    QTest::newRow("no keychain and no password given is a configuration error")
        << QStringLiteral("AUTO") << QStringLiteral("-") << false << none << QStringLiteral("work") << 78 << QString();
    QTest::newRow("no password stored is a configuration error")
        << QStringLiteral("AUTO") << QStringLiteral("-") << true << none << QStringLiteral("work") << 78 << QString();
    QTest::newRow("an account without sign-in needs neither")
        << QStringLiteral("NONE") << QStringLiteral("-") << false << none << QStringLiteral("work") << 0 << QString();
    QTest::newRow("an unknown account is a configuration error")
        << QStringLiteral("AUTO") << QStringLiteral("from-keychain") << true << none << QStringLiteral("nobody") << 78
        << QString();
    QTest::newRow("--password-env naming an unset variable is a usage error")
        << QStringLiteral("AUTO") << QStringLiteral("from-keychain") << true
        << QStringList {QStringLiteral("--password-env"), QStringLiteral("UNSET")} << QStringLiteral("work") << 64
        << QString();
}

void TestLoadAccountConnection::load()
{
    QFETCH(QString, auth);
    QFETCH(QString, stored);
    QFETCH(bool, keychain);
    QFETCH(QStringList, args);
    QFETCH(QString, name);
    QFETCH(int, exitCode);
    QFETCH(QString, secret);

    Account account;
    account.name = QStringLiteral("work");
    account.email = QStringLiteral("ada@postino.test");
    account.host = QStringLiteral("smtp.test");
    account.port = 465;
    account.security = Security::Tls;
    account.auth = *authMechanismFromName(auth);
    QVERIFY(CliCommon::accountStore().add(account).ok());

    Test::FakeSecretStore secrets;
    secrets.unavailable = !keychain;
    if (stored != QLatin1String("-"))
        secrets.passwords.insert(QStringLiteral("work"), stored);

    QCommandLineParser parser;
    ConnectionOptions options;
    options.addTo(parser);
    QVERIFY(parser.parse(QStringList {QStringLiteral("test")} + args));
    QVERIFY(options.read(parser).ok());
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QBuffer in;
    Context ctx {outStream, errStream, &in};
    ctx.env = QProcessEnvironment();
    ctx.env.insert(QStringLiteral("PW"), QStringLiteral("from-env"));

    const auto loaded = loadAccountConnection(name, options, parser, ctx, &secrets);
    if (exitCode != 0) {
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().exitCode(), exitCode);
        QVERIFY(!loaded.error().message().isEmpty());
        return;
    }
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
    QCOMPARE(loaded.value().credentials.secret, secret);
    QCOMPARE(loaded.value().credentials.username.isEmpty(), auth == QLatin1String("NONE"));
    QCOMPARE(loaded.value().endpoint.host, QStringLiteral("smtp.test"));
    QCOMPARE(loaded.value().endpoint.port, quint16(465));
    QCOMPARE(loaded.value().endpoint.security, Security::Tls);
}

void TestLoadAccountConnection::storedOptionsReachTheEndpoint()
{
    const auto& certs = Test::TestCertificates::instance();
    Account account;
    account.name = QStringLiteral("pinned");
    account.email = QStringLiteral("ada@postino.test");
    account.host = QStringLiteral("smtp.test");
    account.port = 587;
    account.auth = AuthMechanism::None;
    account.caFile = certs.caPath();
    account.pinnedSha256 = certs.sha256(QStringLiteral("selfsigned"));
    account.resolve = {QStringLiteral("smtp.test:127.0.0.2")};
    QVERIFY(CliCommon::accountStore().add(account).ok());

    Test::FakeSecretStore secrets;
    for (const bool override : {false, true}) {
        QCommandLineParser parser;
        ConnectionOptions options;
        options.addTo(parser);
        QStringList args {QStringLiteral("test")};
        if (override)
            args << QStringLiteral("--resolve") << QStringLiteral("smtp.test:127.0.0.3");
        QVERIFY(parser.parse(args));
        QVERIFY(options.read(parser).ok());
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        Context ctx {outStream, errStream, nullptr};
        const auto loaded = loadAccountConnection(QStringLiteral("pinned"), options, parser, ctx, &secrets);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
        const ServerEndpoint& endpoint = loaded.value().endpoint;
        QCOMPARE(endpoint.connectAddress, override ? QStringLiteral("127.0.0.3") : QStringLiteral("127.0.0.2"));
        QCOMPARE(endpoint.pinnedSha256, certs.sha256(QStringLiteral("selfsigned")));
        QVERIFY(endpoint.extraCaCertificates.contains(certs.ca()));
    }
}

QTEST_GUILESS_MAIN(TestLoadAccountConnection)
#include "TestLoadAccountConnection.moc"
