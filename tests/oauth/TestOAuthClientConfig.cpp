#include "common/Settings.h"
#include "discovery/ProviderDatabase.h"
#include "oauth/OAuthClientConfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Postino;

class TestOAuthClientConfig : public QObject
{
    Q_OBJECT
private slots:
    void noneBuiltIn();
    void withoutOneTheErrorSaysWhatToDo();
    void theSettingIsUsed();
    void theCommandLineWins();
    void aProviderWithoutOAuth2();

private:
    static const ProviderEntry& gmail()
    {
        return *ProviderDatabase::builtin().findByDomain(QStringLiteral("gmail.com"));
    }
};

// The default build ships no client ID of anybody's (the CMake options are empty).
void TestOAuthClientConfig::noneBuiltIn()
{
    QVERIFY(OAuthClientConfig::builtIn(QStringLiteral("gmail.com")).clientId.isEmpty());
    QVERIFY(OAuthClientConfig::builtIn(QStringLiteral("outlook.com")).clientId.isEmpty());
    QVERIFY(OAuthClientConfig::builtIn(QStringLiteral("yahoo.com")).clientId.isEmpty());
}

void TestOAuthClientConfig::withoutOneTheErrorSaysWhatToDo()
{
    const Result<OAuthClientId> client = OAuthClientConfig::resolve(gmail(), {}, nullptr);
    QVERIFY(!client.ok());
    QCOMPARE(client.error().kind(), ErrorKind::Config);
    const QString& m = client.error().message();
    QVERIFY2(m.contains(QLatin1String("https://console.cloud.google.com/apis/credentials")), qPrintable(m));
    QVERIFY(m.contains(QLatin1String("--oauth-client-id")));
    QVERIFY(m.contains(QLatin1String("oauth/gmail.com/client_id")));
    QVERIFY(m.contains(QLatin1String("https://myaccount.google.com/apppasswords"))); // the app-password route
    // Yahoo has no app-password address in the database: none is named.
    const ProviderEntry* yahoo = ProviderDatabase::builtin().findByDomain(QStringLiteral("yahoo.com"));
    QVERIFY(yahoo);
    const Result<OAuthClientId> none = OAuthClientConfig::resolve(*yahoo, {}, nullptr);
    QVERIFY(!none.ok());
    QVERIFY(!none.error().message().contains(QLatin1String("app password")));
}

void TestOAuthClientConfig::theSettingIsUsed()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("postino.ini")));
    settings.setValue(Settings::Key::OAuthClientId, QStringLiteral(" mine.apps.example "), QStringLiteral("gmail.com"));
    settings.setValue(Settings::Key::OAuthClientSecret, QStringLiteral("s"), QStringLiteral("gmail.com"));
    QCOMPARE(Settings::path(Settings::Key::OAuthClientId, QStringLiteral("gmail.com")),
             QStringLiteral("oauth/gmail.com/client_id"));
    const Result<OAuthClientId> client = OAuthClientConfig::resolve(gmail(), {}, &settings);
    QVERIFY(client.ok());
    QCOMPARE(client.value().clientId, QStringLiteral("mine.apps.example"));
    QCOMPARE(client.value().clientSecret, QStringLiteral("s"));
}

void TestOAuthClientConfig::theCommandLineWins()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("postino.ini")));
    settings.setValue(Settings::Key::OAuthClientId, QStringLiteral("set"), QStringLiteral("gmail.com"));
    settings.setValue(Settings::Key::OAuthClientSecret, QStringLiteral("s"), QStringLiteral("gmail.com"));
    const Result<OAuthClientId> client = OAuthClientConfig::resolve(gmail(), QStringLiteral("given"), &settings);
    QVERIFY(client.ok());
    QCOMPARE(client.value().clientId, QStringLiteral("given"));
    QVERIFY(client.value().clientSecret.isEmpty()); // the setting's secret is another client's
}

void TestOAuthClientConfig::aProviderWithoutOAuth2()
{
    ProviderEntry entry;
    entry.id = QStringLiteral("plain.test");
    const Result<OAuthClientId> client = OAuthClientConfig::resolve(entry, QStringLiteral("x"), nullptr);
    QVERIFY(!client.ok());
    QVERIFY(client.error().message().contains(QLatin1String("<oAuth2>")));
}

QTEST_GUILESS_MAIN(TestOAuthClientConfig)
#include "TestOAuthClientConfig.moc"
