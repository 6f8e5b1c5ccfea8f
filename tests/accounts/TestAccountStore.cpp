#include "accounts/AccountStore.h"
#include "common/Paths.h"

#include "FakeSecretStore.h"

#include <QFile>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Postino;

namespace {

Account fullAccount()
{
    Account a;
    a.name = QStringLiteral("work");
    a.email = QStringLiteral("mario.rossi@esempio.it");
    a.displayName = QStringLiteral("Rossi, Mario");
    a.host = QStringLiteral("smtps.aruba.it");
    a.port = 465;
    a.security = Security::Tls;
    a.auth = AuthMechanism::CramMd5;
    a.username = QStringLiteral("mario.rossi@esempio.it");
    a.pinnedSha256 = QByteArrayLiteral("ab12cd34");
    a.caFile = QStringLiteral("/etc/ssl/extra.pem");
    a.resolve = {QStringLiteral("smtps.aruba.it:127.0.0.1")};
    a.maxConnections = 3;
    a.rateLimit = 30;
    a.maxMessageSize = 35882577;
    a.signature = QStringLiteral("Ada Lovelace\n«Analytical» Engines");
    a.identities = {{QStringLiteral("id1"), QStringLiteral("info@example.test"), QStringLiteral("Ufficio, Roma"),
                     QStringLiteral("L'ufficio\n= tel. 06 1234")},
                    {QStringLiteral("id2"), QStringLiteral("ada@città.test"), QString(), QString()}};
    return a;
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void roundTrip();
    void oauthAccountRoundTrip();
    void defaults();
    void maxMessageSizeIsRememberedAndReadBack();
    void names_data();
    void names();
    void addRefusesDuplicatesSaveReplaces();
    void unknownAccountIsAConfigError();
    void listIsSortedByName();
    void noSecretInTheFile();
    void jsonForAccountList();
    void endpoint();
    void defaultFilePath();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("accounts.ini")); }
};

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAccountStore::roundTrip()
{
    const Account a = fullAccount();
    QVERIFY(AccountStore(path()).add(a).ok());
    // A fresh store reads it back from the file.
    const Result<Account> b = AccountStore(path()).get(QStringLiteral("work"));
    QVERIFY(b.ok());
    QCOMPARE(b.value().email, a.email);
    QCOMPARE(b.value().displayName, a.displayName);
    QCOMPARE(b.value().host, a.host);
    QCOMPARE(b.value().port, a.port);
    QCOMPARE(b.value().security, a.security);
    QCOMPARE(b.value().auth, a.auth);
    QCOMPARE(b.value().username, a.username);
    QCOMPARE(b.value().pinnedSha256, a.pinnedSha256);
    QCOMPARE(b.value().caFile, a.caFile);
    QCOMPARE(b.value().resolve, a.resolve);
    QCOMPARE(b.value().maxConnections, 3);
    QCOMPARE(b.value().rateLimit, 30);
    QCOMPARE(b.value().maxMessageSize, qint64(35882577));
    QCOMPARE(b.value().signature, a.signature);
    QCOMPARE(b.value().identities, a.identities);
}

void TestAccountStore::oauthAccountRoundTrip()
{
    Account a = fullAccount();
    a.name = QStringLiteral("gmail");
    a.auth = AuthMechanism::XOAuth2;
    a.oauth2.issuer = QStringLiteral("accounts.google.com");
    a.oauth2.scope = QStringLiteral("https://mail.google.com/");
    a.oauth2.authUrl = QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth");
    a.oauth2.tokenUrl = QStringLiteral("https://oauth2.googleapis.com/token");
    a.oauthProvider = QStringLiteral("gmail.com");
    a.oauthClientId = QStringLiteral("123.apps.example");
    a.signInAgain = true;
    QVERIFY(AccountStore(path()).add(a).ok());
    const Result<Account> b = AccountStore(path()).get(QStringLiteral("gmail"));
    QVERIFY(b.ok());
    QVERIFY(b.value().usesOAuth2());
    QCOMPARE(b.value().auth, AuthMechanism::XOAuth2);
    QCOMPARE(b.value().oauth2.issuer, a.oauth2.issuer);
    QCOMPARE(b.value().oauth2.scope, a.oauth2.scope);
    QCOMPARE(b.value().oauth2.authUrl, a.oauth2.authUrl);
    QCOMPARE(b.value().oauth2.tokenUrl, a.oauth2.tokenUrl);
    QVERIFY(b.value().oauth2.deviceAuthUrl.isEmpty());
    QCOMPARE(b.value().oauthProvider, a.oauthProvider);
    QCOMPARE(b.value().oauthClientId, a.oauthClientId);
    QVERIFY(b.value().signInAgain);
    // `account login` clears it.
    Account c = b.value();
    c.signInAgain = false;
    QVERIFY(AccountStore(path()).save(c).ok());
    QVERIFY(!AccountStore(path()).get(QStringLiteral("gmail")).value().signInAgain);
    // A password account has none of it.
    QVERIFY(AccountStore(path()).add(fullAccount()).ok());
    QVERIFY(!AccountStore(path()).get(QStringLiteral("work")).value().usesOAuth2());
}

void TestAccountStore::defaults()
{
    // Keys left out of the file take the table's defaults.
    {
        QSettings settings(path(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("accounts/home/email"), QStringLiteral("ada@example.test"));
    }
    const Result<Account> a = AccountStore(path()).get(QStringLiteral("home"));
    QVERIFY(a.ok());
    QCOMPARE(a.value().port, quint16(587));
    QCOMPARE(a.value().security, Security::StartTls);
    QCOMPARE(a.value().auth, AuthMechanism::Auto);
    QCOMPARE(a.value().maxConnections, 2);
    QCOMPARE(a.value().rateLimit, 0);
    QCOMPARE(a.value().maxMessageSize, qint64(0)); // a file from before SIZE was stored: unknown
    QCOMPARE(a.value().effectiveUsername(), QStringLiteral("ada@example.test"));
    const Account fresh;
    QCOMPARE(fresh.maxConnections, 2);
    QCOMPARE(fresh.rateLimit, 0);
    QCOMPARE(fresh.maxMessageSize, qint64(0));
}

void TestAccountStore::maxMessageSizeIsRememberedAndReadBack()
{
    AccountStore store(path());
    Account a = fullAccount();
    a.maxMessageSize = 0;
    QVERIFY(store.add(a).ok());
    QCOMPARE(store.get(QStringLiteral("work")).value().maxMessageSize, qint64(0));

    // Beyond 32 bits, as a plain number in the file.
    const qint64 big = Q_INT64_C(5368709120);
    QVERIFY(store.rememberMaxMessageSize(QStringLiteral("work"), big).ok());
    QCOMPARE(AccountStore(path()).get(QStringLiteral("work")).value().maxMessageSize, big);
    QCOMPARE(QSettings(path(), QSettings::IniFormat).value(QStringLiteral("accounts/work/max_message_size")).toString(),
             QStringLiteral("5368709120"));
    // Everything else is left as it was.
    const Account after = store.get(QStringLiteral("work")).value();
    QCOMPARE(after.host, a.host);
    QCOMPARE(after.resolve, a.resolve);
    QCOMPARE(after.rateLimit, a.rateLimit);

    // A server that stopped announcing a limit; a negative value is no limit either.
    QVERIFY(store.rememberMaxMessageSize(QStringLiteral("work"), 0).ok());
    QCOMPARE(store.get(QStringLiteral("work")).value().maxMessageSize, qint64(0));
    QVERIFY(store.rememberMaxMessageSize(QStringLiteral("work"), -5).ok());
    QCOMPARE(store.get(QStringLiteral("work")).value().maxMessageSize, qint64(0));

    // A garbled value in the file reads as unknown.
    QSettings(path(), QSettings::IniFormat)
        .setValue(QStringLiteral("accounts/work/max_message_size"), QStringLiteral("lots"));
    QCOMPARE(store.get(QStringLiteral("work")).value().maxMessageSize, qint64(0));

    const Status unknown = store.rememberMaxMessageSize(QStringLiteral("nope"), 1000);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind(), ErrorKind::Config);
    QVERIFY(!store.contains(QStringLiteral("nope")));
}

void TestAccountStore::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QStringLiteral("work") << true;
    QTest::newRow("dots, dashes, underscores") << QStringLiteral("studio.rossi_pec-2") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("a space") << QStringLiteral("my work") << false;
    QTest::newRow("a slash would make a group") << QStringLiteral("a/b") << false;
    QTest::newRow("a path") << QStringLiteral("../etc") << false;
    QTest::newRow("leading dash looks like an option") << QStringLiteral("-x") << false;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << true;
    QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << false;
    QTest::newRow("non-ASCII") << QStringLiteral("posta\u00e8") << false;
}

void TestAccountStore::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(Account::isValidName(name), valid);
    Account a = fullAccount();
    a.name = name;
    const Status added = AccountStore(path()).add(a);
    QCOMPARE(added.ok(), valid);
    if (!valid) {
        QCOMPARE(added.error().kind(), ErrorKind::Usage);
        QVERIFY(!QFile::exists(path()));
    }
}

void TestAccountStore::addRefusesDuplicatesSaveReplaces()
{
    AccountStore store(path());
    QVERIFY(store.add(fullAccount()).ok());
    const Status again = store.add(fullAccount());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind(), ErrorKind::Usage);
    QVERIFY(again.error().message().contains(QLatin1String("work")));

    Account changed = fullAccount();
    changed.host = QStringLiteral("smtp.esempio.it");
    changed.resolve.clear();
    QVERIFY(store.save(changed).ok());
    QCOMPARE(store.get(QStringLiteral("work")).value().host, QStringLiteral("smtp.esempio.it"));
    QVERIFY(store.get(QStringLiteral("work")).value().resolve.isEmpty());
    QCOMPARE(store.list().size(), 1);

    Account badAddress = fullAccount();
    badAddress.email = QStringLiteral("not-an-address");
    QCOMPARE(store.save(badAddress).error().kind(), ErrorKind::DataError);
}

void TestAccountStore::unknownAccountIsAConfigError()
{
    AccountStore store(path());
    const Result<Account> missing = store.get(QStringLiteral("nope"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), ErrorKind::Config);
    QCOMPARE(missing.error().exitCode(), 78);
    QVERIFY(missing.error().message().contains(QLatin1String("nope")));
    QCOMPARE(store.remove(QStringLiteral("nope")).error().kind(), ErrorKind::Config);

    QVERIFY(store.add(fullAccount()).ok());
    QVERIFY(store.remove(QStringLiteral("work")).ok());
    QVERIFY(!store.contains(QStringLiteral("work")));
    QVERIFY(store.list().isEmpty());
}

void TestAccountStore::listIsSortedByName()
{
    AccountStore store(path());
    for (const char* name : {"zeta", "alpha", "mid"}) {
        Account a = fullAccount();
        a.name = QLatin1String(name);
        QVERIFY(store.add(a).ok());
    }
    QStringList names;
    for (const Account& a : store.list())
        names.append(a.name);
    QCOMPARE(names, (QStringList {QStringLiteral("alpha"), QStringLiteral("mid"), QStringLiteral("zeta")}));
}

void TestAccountStore::noSecretInTheFile()
{
    // An account is stored with its password the way the CLI does it: settings here, secret there.
    AccountStore store(path());
    Test::FakeSecretStore secrets;
    const QString password = QStringLiteral("Sup3r-s3cret-password");
    QVERIFY(store.add(fullAccount()).ok());
    QVERIFY(secrets.writePasswordNow(QStringLiteral("work"), password, 1000).ok());

    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!content.isEmpty());
    QVERIFY(!content.contains(password.toUtf8()));
    QVERIFY(!content.toLower().contains("password"));
    QVERIFY(!content.toLower().contains("secret"));

    // Only the table's keys are ever written.
    QStringList tableKeys;
    for (const AccountStore::Setting& s : AccountStore::settingsTable())
        tableKeys.append(s.key);
    QSettings settings(path(), QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("accounts/work"));
    for (const QString& key : settings.childKeys())
        QVERIFY2(tableKeys.contains(key), qPrintable(key));
}

void TestAccountStore::jsonForAccountList()
{
    const QJsonObject json = fullAccount().toJson();
    QStringList keys = json.keys();
    QCOMPARE(keys,
             (QStringList {QStringLiteral("auth"), QStringLiteral("display_name"), QStringLiteral("email"),
                           QStringLiteral("host"), QStringLiteral("name"), QStringLiteral("port"),
                           QStringLiteral("security"), QStringLiteral("username")}));
    QCOMPARE(json.value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
    QCOMPARE(json.value(QStringLiteral("auth")).toString(), QStringLiteral("CRAM-MD5"));
    QCOMPARE(json.value(QStringLiteral("port")).toInt(), 465);
    QCOMPARE(json.value(QStringLiteral("display_name")).toString(), QStringLiteral("Rossi, Mario"));
}

void TestAccountStore::endpoint()
{
    Account a = fullAccount();
    a.caFile.clear();
    Result<ServerEndpoint> e = a.endpoint();
    QVERIFY(e.ok());
    QCOMPARE(e.value().host, QStringLiteral("smtps.aruba.it"));
    QCOMPARE(e.value().connectAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(e.value().security, Security::Tls);
    QCOMPARE(e.value().pinnedSha256, QByteArrayLiteral("ab12cd34"));

    a.caFile = m_dir->filePath(QStringLiteral("missing.pem"));
    e = a.endpoint();
    QVERIFY(!e.ok());
    QCOMPARE(e.error().kind(), ErrorKind::Config);
    QVERIFY(e.error().message().contains(QLatin1String("missing.pem")));

    a.resolve = {QStringLiteral("no-address")};
    QCOMPARE(a.validate().error().kind(), ErrorKind::Usage);
}

void TestAccountStore::defaultFilePath()
{
    QCOMPARE(AccountStore::defaultFilePath(m_dir->path()), path());
    // Without a folder: the application's configuration folder (XDG_CONFIG_HOME/<app>), like every other file.
    qputenv("XDG_CONFIG_HOME", m_dir->path().toUtf8());
    QCoreApplication::setApplicationName(QStringLiteral("postino"));
    QCOMPARE(AccountStore::defaultFilePath(), m_dir->filePath(QStringLiteral("postino/accounts.ini")));
    // --config-dir DIR: DIR holds it.
    Paths::setOverride(m_dir->filePath(QStringLiteral("override")));
    QCOMPARE(AccountStore::defaultFilePath(), m_dir->filePath(QStringLiteral("override/accounts.ini")));
    Paths::setOverride({});
    qunsetenv("XDG_CONFIG_HOME");
    // The store makes its folder.
    Account a = fullAccount();
    AccountStore nested(m_dir->filePath(QStringLiteral("deep/er/accounts.ini")));
    QVERIFY(nested.add(a).ok());
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("deep/er/accounts.ini"))));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "TestAccountStore.moc"
