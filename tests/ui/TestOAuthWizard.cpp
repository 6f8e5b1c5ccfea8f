#include "GuiTestUtil.h"

#include "FakeSecretStore.h"
#include "FakeSmtpServer.h"
#include "OAuthTestServer.h"
#include "TestCertificates.h"
#include "accounts/AccountStore.h"
#include "common/Paths.h"
#include "common/Settings.h"
#include "discovery/ProviderDatabase.h"
#include "oauth/OAuthClientConfig.h"
#include "oauth/OAuthTokenSource.h"
#include "smtp/Submission.h"
#include "wizard/AccountWizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Postino;
using Postino::Test::FakeSecretStore;
using Postino::Test::FakeSmtpServer;

namespace {

const QString kAsHost = Test::kOAuthHost;
const QString kClient = Test::kOAuthClient;
const QString kProvider = QStringLiteral("mail.postino.test");
const QString kEmail = QStringLiteral("ada@mail.postino.test");
const QString kAccount = QStringLiteral("ada-mail.postino.test");

using AuthorisationServer = Test::OAuthTestServer;
using Browser = Test::StandInBrowser;

QString providerXml(int asPort)
{
    const QString base = QStringLiteral("https://%1:%2").arg(kAsHost).arg(asPort);
    // Not a raw string: moc would not see the class below.
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<clientConfig version=\"1.1\" xmlns:postino=\"https://postino.invalid/ispdb-extensions\">\n"
                          "  <emailProvider id=\"%1\">\n"
                          "    <domain>%1</domain>\n"
                          "    <displayName>Posta di Prova</displayName>\n"
                          "    <outgoingServer type=\"smtp\">\n"
                          "      <hostname>smtp.postino.test</hostname>\n"
                          "      <port>587</port>\n"
                          "      <socketType>STARTTLS</socketType>\n"
                          "      <authentication>OAuth2</authentication>\n"
                          "      <username>%EMAILADDRESS%</username>\n"
                          "    </outgoingServer>\n"
                          "  </emailProvider>\n"
                          "  <oAuth2>\n"
                          "    <issuer>https://as.postino.test</issuer>\n"
                          "    <scope>https://mail.example.test/ offline_access</scope>\n"
                          "    <authURL>%2/authorize</authURL>\n"
                          "    <tokenURL>%2/token</tokenURL>\n"
                          "  </oAuth2>\n"
                          "</clientConfig>\n"
                          "")
        .arg(kProvider, base);
}

} // namespace

class TestOAuthWizard : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<ProviderDatabase> m_providers;
    FakeSecretStore m_secrets;

    // The provider file in CONFIG/postino/providers/, the client ID in CONFIG/postino/postino.ini (or none).
    void setUpProvider(int asPort, bool withClientId)
    {
        const QString providers = m_dir->filePath(QStringLiteral("config/providers"));
        QVERIFY(QDir().mkpath(providers));
        QFile file(providers + QStringLiteral("/postino-test.xml"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(providerXml(asPort).toUtf8());
        file.close();
        m_providers =
            std::make_unique<ProviderDatabase>(ProviderDatabase::withUserFiles(ProviderDatabase::builtin(), providers));
        if (withClientId) {
            Settings settings(Settings::defaultFileName());
            settings.setValue(Settings::Key::OAuthClientId, kClient, kProvider);
        }
    }

    std::unique_ptr<AccountWizard> makeWizard(quint16 smtpPort)
    {
        ProbeServices services;
        services.submissions = SubmissionFactory::smtp();
        services.providers = m_providers.get();
        auto wizard = std::make_unique<AccountWizard>(m_store.get(), &m_secrets, services);
        const QString ca = Test::TestCertificates::instance().caPath();
        wizard->setProbeAdjuster([smtpPort, ca](ProbeSettings& settings) {
            settings.host = QStringLiteral("127.0.0.1");
            settings.port = smtpPort;
            settings.security = Security::None;
            settings.timeoutMs = 5000;
            settings.resolve.insert(kAsHost, QStringLiteral("127.0.0.1"));
            settings.extraCaCertificates = QSslCertificate::fromPath(ca, QSsl::Pem);
        });
        wizard->show();
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("displayNameEdit")), QStringLiteral("Ada"));
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("emailEdit")), kEmail);
        return wizard;
    }

    template<typename T>
    static T* child(QWidget* wizard, const char* name)
    {
        return wizard->findChild<T*>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QFile::exists(Test::systemPython()))
            QSKIP("no /usr/bin/python3");
        QVERIFY2(Test::TestCertificates::instance().isValid(), qPrintable(Test::TestCertificates::instance().error()));
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        Paths::setOverride(m_dir->filePath(QStringLiteral("config")));
        m_store = std::make_unique<AccountStore>(m_dir->filePath(QStringLiteral("config/accounts.ini")));
        m_secrets.passwords.clear();
        m_secrets.unavailable = false;
    }
    void cleanup()
    {
        AccountWizard::setBrowserOpener({});
        Paths::setOverride({});
    }

    void signsInVerifiesWithXOAuth2AndStoresTheRefreshToken()
    {
        AuthorisationServer as;
        QVERIFY(as.port() != 0);
        setUpProvider(as.port(), true);
        FakeSmtpServer smtp;
        smtp.addScript({QStringLiteral("S: 220 smtp.test ESMTP fake"), QStringLiteral("C: EHLO *"),
                        QStringLiteral("S: 250-smtp.test"), QStringLiteral("S: 250 AUTH PLAIN XOAUTH2"),
                        QStringLiteral("C: AUTH XOAUTH2 *"), QStringLiteral("S: 235 2.7.0 Accepted"),
                        QStringLiteral("C: QUIT"), QStringLiteral("S: 221 2.0.0 Bye"), QStringLiteral("CLOSE")});
        QVERIFY(smtp.listen());
        Browser browser;
        AccountWizard::setBrowserOpener([&browser](const QUrl& url) { browser.open(url); });
        auto wizard = makeWizard(smtp.port());

        auto* note = child<QLabel>(wizard.get(), "oauthNote");
        auto* signIn = child<QPushButton>(wizard.get(), "signInButton");
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(),
                 QStringLiteral("Posta di Prova signs in through its own page, not with a password here."));
        QVERIFY(signIn->isVisible());
        QCOMPARE(signIn->text(), QStringLiteral("&Sign in with Posta di Prova…"));
        QVERIFY(!child<QLineEdit>(wizard.get(), "passwordEdit")->isVisible());
        QVERIFY(!wizard->currentPage()->isComplete()); // signed in first
        QVERIFY2(Test::unnamedInputs(wizard.get()).isEmpty(),
                 qPrintable(Test::unnamedInputs(wizard.get()).join(u", ")));

        signIn->click();
        auto* status = child<QLabel>(wizard.get(), "oauthStatus");
        QCOMPARE(status->text(), QStringLiteral("Waiting for you to sign in in your browser…"));
        QVERIFY(child<QPushButton>(wizard.get(), "cancelSignInButton")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 15'000);
        QCOMPARE(status->text(), QStringLiteral("Signed in as %1.").arg(kEmail));
        QVERIFY(!child<QPushButton>(wizard.get(), "cancelSignInButton")->isVisible());

        wizard->next();
        QCOMPARE(wizard->currentId(), int(AccountWizard::DiscoveryPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->probe() && wizard->probe()->isFinished(), 10'000);
        QVERIFY(wizard->isVerified());
        // The probe signed in with the access token the server issued, over XOAUTH2.
        const QStringList issued = as.accessTokens();
        QCOMPARE(issued.size(), 1);
        const QByteArray xoauth2 = QStringLiteral("user=%1\x01"
                                                  "auth=Bearer %2\x01\x01")
                                       .arg(kEmail, issued.first())
                                       .toUtf8();
        QVERIFY2(smtp.received().contains(QByteArray(QByteArray("AUTH XOAUTH2 ") + xoauth2.toBase64())),
                 smtp.received().constData());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(AccountWizard::SettingsPageId));
        QVERIFY(!child<QLineEdit>(wizard.get(), "settingsPasswordEdit")->isVisible());
        QVERIFY2(Test::unnamedInputs(wizard.get()).isEmpty(),
                 qPrintable(Test::unnamedInputs(wizard.get()).join(u", ")));

        QSignalSpy saved(wizard.get(), &AccountWizard::accountSaved);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
        const auto account = m_store->get(kAccount);
        QVERIFY(account.ok());
        QCOMPARE(account.value().auth, AuthMechanism::XOAuth2);
        QVERIFY(account.value().usesOAuth2());
        QCOMPARE(account.value().oauth2.tokenUrl, QStringLiteral("https://%1:%2/token").arg(kAsHost).arg(as.port()));
        QCOMPARE(account.value().oauthProvider, kProvider);
        QCOMPARE(account.value().oauthClientId, kClient);
        QCOMPARE(account.value().email, kEmail);

        // The refresh token in the keychain under NAME/oauth2-refresh-token; no password; no token in a file.
        const QJsonArray refresh = as.state().value(QLatin1String("refresh_token_values")).toArray();
        QCOMPARE(refresh.size(), 1);
        QCOMPARE(m_secrets.passwords.value(OAuthTokenSource::refreshTokenKey(kAccount)), refresh.at(0).toString());
        QVERIFY(!m_secrets.passwords.contains(kAccount));
        QCOMPARE(m_secrets.passwords.size(), 1);
        QFile file(m_dir->filePath(QStringLiteral("config/accounts.ini")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(!ini.contains(issued.first().toUtf8()));
        QVERIFY(!ini.contains(refresh.at(0).toString().toUtf8()));
    }

    void noClientIdSaysWhereAndOffersAnAppPassword()
    {
        setUpProvider(1, false);
        bool opened = false;
        AccountWizard::setBrowserOpener([&opened](const QUrl&) { opened = true; });
        auto wizard = makeWizard(1);
        auto* appPassword = child<QPushButton>(wizard.get(), "appPasswordButton");
        QVERIFY(appPassword->isVisible()); // always offered beside the sign-in
        child<QPushButton>(wizard.get(), "signInButton")->click();
        const ProviderEntry* entry = m_providers->findByDomain(kProvider);
        QVERIFY(entry);
        const Result<OAuthClientId> none = OAuthClientConfig::resolve(*entry, {}, nullptr);
        QVERIFY(!none.ok());
        auto* status = child<QLabel>(wizard.get(), "oauthStatus");
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().startsWith(none.error().message()), qPrintable(status->text()));
        QVERIFY(!opened);
        QVERIFY(!wizard->currentPage()->isComplete());
        QVERIFY(appPassword->isVisible());

        appPassword->click();
        auto* password = child<QLineEdit>(wizard.get(), "passwordEdit");
        QVERIFY(password->isVisible());
        QVERIFY(!child<QPushButton>(wizard.get(), "signInButton")->isVisible());
        QVERIFY(!child<QLabel>(wizard.get(), "oauthNote")->isVisible());
        QVERIFY(wizard->currentPage()->isComplete());
        QTest::keyClicks(password, QStringLiteral("app-password"));
        QCOMPARE(wizard->password(), QStringLiteral("app-password"));
        QVERIFY(!wizard->account().usesOAuth2());
    }

    void cancelEndsTheWaitWithNothingStored()
    {
        AuthorisationServer as;
        QVERIFY(as.port() != 0);
        setUpProvider(as.port(), true);
        QUrl opened;
        AccountWizard::setBrowserOpener([&opened](const QUrl& url) { opened = url; }); // the user never signs in
        auto wizard = makeWizard(1);
        auto* signIn = child<QPushButton>(wizard.get(), "signInButton");
        signIn->click();
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 5000);
        QCOMPARE(opened.host(), kAsHost);
        QVERIFY(!signIn->isEnabled());
        auto* cancel = child<QPushButton>(wizard.get(), "cancelSignInButton");
        QVERIFY(cancel->isVisible());
        cancel->click();
        auto* status = child<QLabel>(wizard.get(), "oauthStatus");
        QTRY_VERIFY_WITH_TIMEOUT(!cancel->isVisible(), 5000);
        QVERIFY2(status->text().startsWith(QStringLiteral("Not signed in: ")), qPrintable(status->text()));
        QVERIFY(signIn->isEnabled());
        QVERIFY(!wizard->currentPage()->isComplete());
        QVERIFY(m_secrets.passwords.isEmpty());
        QVERIFY(m_store->list().isEmpty());
        QVERIFY(as.accessTokens().isEmpty());
    }
};

QTEST_MAIN(TestOAuthWizard)
#include "TestOAuthWizard.moc"
