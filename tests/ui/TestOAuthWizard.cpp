#include "GuiTestUtil.h"

#include "AppController.h"
#include "FakeSecretStore.h"
#include "FakeSmtpServer.h"
#include "ItemListPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OAuthSignInPanel.h"
#include "OAuthTestServer.h"
#include "OutboxView.h"
#include "RealSmtpServer.h"
#include "SentModel.h"
#include "SignInDialog.h"
#include "TestCertificates.h"
#include "accounts/AccountStore.h"
#include "common/Paths.h"
#include "common/Settings.h"
#include "discovery/ProviderDatabase.h"
#include "oauth/OAuthClientConfig.h"
#include "oauth/OAuthTokenSource.h"
#include "outbox/OutboxModel.h"
#include "outbox/OutboxRunner.h"
#include "smtp/Submission.h"
#include "wizard/AccountWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

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
                          "    <postino:deviceAuthURL>%2/devicecode</postino:deviceAuthURL>\n"
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

    // The HTTPS options that reach the test authorisation server (its CA, its host on 127.0.0.1).
    static OAuthHttpOptions testHttp()
    {
        OAuthHttpOptions http;
        http.resolve.insert(kAsHost, QStringLiteral("127.0.0.1"));
        http.extraCaCertificates = QSslCertificate::fromPath(Test::TestCertificates::instance().caPath(), QSsl::Pem);
        return http;
    }

    // An OAuth2 account of the test provider whose sign-in was lost, sending to 127.0.0.1:smtpPort.
    static Account lostSignIn(const AuthorisationServer& as, quint16 smtpPort)
    {
        Account account;
        account.name = kAccount;
        account.email = kEmail;
        account.displayName = QStringLiteral("Ada");
        account.host = QStringLiteral("127.0.0.1");
        account.port = smtpPort;
        account.security = Security::None;
        account.auth = AuthMechanism::XOAuth2;
        account.oauth2 = as.provider();
        account.oauthProvider = kProvider;
        account.oauthClientId = kClient;
        account.signInAgain = true;
        return account;
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

    // #16: where the provider allows the device grant, the wizard offers a code to type on another device.
    void signsInOnAnotherDeviceWithACode()
    {
        AuthorisationServer as({QStringLiteral("--no-slow-down")});
        QVERIFY(as.port() != 0);
        setUpProvider(as.port(), true);
        QList<QUrl> opened;
        AccountWizard::setBrowserOpener([&opened](const QUrl& url) { opened.append(url); });
        auto wizard = makeWizard(1);
        auto* device = child<QPushButton>(wizard.get(), "deviceSignInButton");
        QVERIFY(device->isVisible());
        device->click();
        auto* code = child<QLabel>(wizard.get(), "deviceUserCode");
        QTRY_COMPARE_WITH_TIMEOUT(code->text(), QStringLiteral("WDJB-MJHT"), 10'000);
        QVERIFY(code->isVisible());
        QVERIFY(child<QLabel>(wizard.get(), "deviceCodeText")
                    ->text()
                    .contains(QStringLiteral("https://as.postino.test/device")));
        QVERIFY(child<QPushButton>(wizard.get(), "cancelSignInButton")->isVisible());
        QVERIFY(!device->isVisible());
        QVERIFY(opened.isEmpty()); // nothing opens by itself: the person may use another device
        QVERIFY2(Test::unnamedInputs(wizard.get()).isEmpty(),
                 qPrintable(Test::unnamedInputs(wizard.get()).join(u", ")));
        child<QPushButton>(wizard.get(), "copyDeviceCodeButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("WDJB-MJHT"));
        child<QPushButton>(wizard.get(), "openDevicePageButton")->click();
        QCOMPARE(opened, QList<QUrl> {QUrl(QStringLiteral("https://as.postino.test/device"))});

        // The server says authorization_pending once, then gives the tokens.
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 15'000);
        QCOMPARE(child<QLabel>(wizard.get(), "oauthStatus")->text(), QStringLiteral("Signed in as %1.").arg(kEmail));
        QVERIFY(!code->isVisible());
        QCOMPARE(as.accessTokens().size(), 1);
        QCOMPARE(wizard->secret(), as.accessTokens().first());
    }

    // #16: Sign In Again for an existing account stores the new sign-in and takes the mark off; Close while
    // it waits only ends the wait.
    void signInAgainStoresTheNewSignInAndUnmarksTheAccount()
    {
        AuthorisationServer as;
        QVERIFY(as.port() != 0);
        setUpProvider(as.port(), false); // the account's own client ID is the one used
        QVERIFY(m_store->add(lostSignIn(as, 1)).ok());
        Browser browser;
        bool browse = false;
        AccountWizard::setBrowserOpener([&browser, &browse](const QUrl& url) {
            if (browse)
                browser.open(url);
        });
        SignInDialog dialog(m_store->get(kAccount).value(), m_store.get(), &m_secrets, nullptr, testHttp());
        dialog.setReason(QStringLiteral("Token has been expired or revoked."));
        dialog.show();
        QVERIFY2(Test::unnamedInputs(&dialog).isEmpty(), qPrintable(Test::unnamedInputs(&dialog).join(u", ")));
        QVERIFY(child<QLabel>(&dialog, "signInReason")->isVisible());
        auto* signIn = child<QPushButton>(&dialog, "signInButton");
        QCOMPARE(signIn->text(), QStringLiteral("&Sign in with Posta di Prova…"));

        // A first try the person abandons: Close ends the wait and keeps the dialog.
        signIn->click();
        QVERIFY(dialog.panel()->isWaiting());
        dialog.reject();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.panel()->isWaiting(), 5000);
        QVERIFY(dialog.isVisible());
        QVERIFY(m_secrets.passwords.isEmpty());

        browse = true;
        QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
        signIn->click();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15'000);
        QCOMPARE(signedIn.at(0).at(0).toString(), kAccount);
        QVERIFY(!dialog.isVisible());
        const QJsonArray refresh = as.state().value(QLatin1String("refresh_token_values")).toArray();
        QCOMPARE(refresh.size(), 1);
        QCOMPARE(m_secrets.passwords.value(OAuthTokenSource::refreshTokenKey(kAccount)), refresh.at(0).toString());
        m_store->waitForWrites();
        const Account after = m_store->get(kAccount).value();
        QVERIFY(!after.signInAgain);
        QCOMPARE(after.oauthClientId, kClient);
        QCOMPARE(after.oauth2.tokenUrl, as.provider().tokenUrl);
    }

    // #16 in the desktop app, end to end: a lost sign-in keeps two messages waiting; the Outbox's
    // "Sign In Again…" signs in and both go at once over XOAUTH2 with the new access token.
    void aLostSignInIsMendedFromTheOutbox()
    {
        AuthorisationServer as;
        QVERIFY(as.port() != 0);
        setUpProvider(as.port(), false);
        // A real server (aiosmtpd) that takes XOAUTH2 for exactly the tokens the authorisation server issued.
        Test::RealSmtpServer smtp;
        Test::RealSmtpServer::Options smtpOptions;
        smtpOptions.authRequired = true;
        smtpOptions.oauthTokensFile = as.tokensFile();
        QVERIFY2(smtp.start(smtpOptions), qPrintable(smtp.error()));
        QVERIFY(m_store->add(lostSignIn(as, smtp.port())).ok());

        AppControllerOptions options;
        options.systemTray = false;
        options.dataDir = m_dir->filePath(QStringLiteral("data"));
        options.accountsFile = m_dir->filePath(QStringLiteral("config/accounts.ini"));
        options.settingsFile = m_dir->filePath(QStringLiteral("config/postino.ini"));
        options.secrets = &m_secrets;
        options.notifications = false;
        options.oauthHttp = testHttp();
        auto controller = std::make_unique<AppController>(options);
        controller->window()->show();
        for (int n = 0; n < 2; ++n) {
            ComposedMessage message;
            message.account = kAccount;
            message.from = kEmail;
            message.to = QStringLiteral("zoe@example.org");
            message.subject = QStringLiteral("Waits %1").arg(n);
            message.plainText = QStringLiteral("Body");
            controller->send(message);
        }
        OutboxModel* model = controller->outboxModel();
        // No sign-in is stored: both wait, with the reason, and nothing connects.
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 2 && !model->itemAt(0).lastError.isEmpty()
                                     && !model->itemAt(1).lastError.isEmpty(),
                                 10'000);

        QCOMPARE(model->itemAt(0).state, OutboxItem::State::Queued);
        QCOMPARE(smtp.messageCount(), 0);
        QVERIFY(!QFile::exists(as.tokensFile() + QStringLiteral(".auth.json"))); // no token, no AUTH

        // The account's menu offers Sign In Again… instead of Change Password….
        QListView* accounts = controller->window()->accountList();
        accounts->setCurrentIndex(accounts->model()->index(0, 0));
        auto* signInAction = controller->window()->findChild<QAction*>(QStringLiteral("signInAction"));
        QVERIFY(signInAction);
        QTRY_VERIFY(signInAction->isVisible());
        QVERIFY(!controller->window()->findChild<QAction*>(QStringLiteral("changePasswordAction"))->isVisible());
        QCOMPARE(signInAction->text(), QStringLiteral("Sign &In Again… (needed)"));

        // The Outbox offers Sign In Again… for the selected message, not Enter Password….
        QTreeView* list = controller->window()->outboxPage()->view();
        list->setCurrentIndex(list->model()->index(0, 0));
        QAction* mend = controller->outboxView()->passwordAction();
        QTRY_VERIFY(mend->isEnabled());
        QCOMPARE(mend->text(), QStringLiteral("Sign &In Again…"));
        QVERIFY(controller->outboxView()->detailsLabel()->text().contains(QStringLiteral("Choose Sign In Again…")));
        Browser browser;
        AccountWizard::setBrowserOpener([&browser](const QUrl& url) { browser.open(url); });
        mend->trigger();
        SignInDialog* dialog = controller->signInDialog();
        QVERIFY(dialog);
        QVERIFY(!controller->passwordDialog()); // an OAuth2 account has no password to type
        child<QPushButton>(dialog, "signInButton")->click();

        QTRY_COMPARE_WITH_TIMEOUT(controller->sentModel()->rowCount(), 2, 20'000);
        QCOMPARE(smtp.messageCount(), 2);
        QCOMPARE(as.accessTokens().size(), 1); // the sign-in's own token: no refresh was needed
        QFile auth(as.tokensFile() + QStringLiteral(".auth.json"));
        QVERIFY(auth.open(QIODevice::ReadOnly));
        const QJsonObject counts = QJsonDocument::fromJson(auth.readAll()).object();
        QVERIFY(counts.value(QLatin1String("accepted")).toInt() >= 1);
        QCOMPARE(counts.value(QLatin1String("refused")).toInt(), 0);
        controller->accounts()->waitForWrites();
        QVERIFY(!controller->accounts()->get(kAccount).value().signInAgain);
        MessageBox::setNextAnswer(QMessageBox::No);
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
