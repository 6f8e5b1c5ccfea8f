#include "GuiTestUtil.h"

#include "FakeProbeSubmission.h"
#include "FakeSecretStore.h"
#include "FakeSmtpServer.h"
#include "MessageBox.h"
#include "ReplyPanel.h"
#include "TestCertificates.h"
#include "accounts/AccountStore.h"
#include "smtp/Submission.h"
#include "wizard/AccountWizard.h"
#include "wizard/CertificatePage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeWidget>

#include <cerrno>
#include <memory>

using namespace Postino;
using Postino::Test::FakeProbeSubmissionFactory;
using Postino::Test::FakeSecretStore;
using Postino::Test::FakeServerScript;
using Postino::Test::FakeSmtpServer;

namespace {

QStringList greeting(const QStringList& capabilities)
{
    QStringList lines {QStringLiteral("S: 220 smtp.test ESMTP fake"), QStringLiteral("C: EHLO *")};
    for (qsizetype i = 0; i < capabilities.size(); ++i)
        lines << (i + 1 == capabilities.size() ? QStringLiteral("S: 250 ") : QStringLiteral("S: 250-"))
                + capabilities.at(i);
    return lines;
}

const QStringList kCapabilities {QStringLiteral("smtp.test"), QStringLiteral("SIZE 1000000"),
                                 QStringLiteral("AUTH PLAIN LOGIN")};

QStringList quit()
{
    return {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 2.0.0 Bye"), QStringLiteral("CLOSE")};
}

} // namespace

class TestAccountWizard : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountStore> m_store;
    FakeSecretStore m_secrets;

    std::unique_ptr<AccountWizard> makeWizard(quint16 port, Security security)
    {
        ProbeServices services;
        services.submissions = SubmissionFactory::smtp();
        auto wizard = std::make_unique<AccountWizard>(m_store.get(), &m_secrets, services);
        wizard->setProbeAdjuster([port, security](ProbeSettings& settings) {
            settings.host = QStringLiteral("127.0.0.1");
            settings.port = port;
            settings.security = security;
            settings.timeoutMs = 5000;
        });
        wizard->show();
        return wizard;
    }

    static void fillIdentity(AccountWizard* wizard, const QString& password)
    {
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("displayNameEdit")), QStringLiteral("Ada"));
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("emailEdit")), QStringLiteral("ada@example.org"));
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), password);
    }

    // POSTINO_SCREENSHOT_DIR=/some/dir saves the pages as the tests see them, for looking at them.
    static void snapshot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("POSTINO_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    static bool probeDone(AccountWizard* wizard) { return wizard->probe() && wizard->probe()->isFinished(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<AccountStore>(m_dir->filePath(QStringLiteral("accounts.ini")));
        m_secrets.passwords.clear();
        m_secrets.unavailable = false;
    }

    void successPathStoresAccountAndPassword()
    {
        FakeSmtpServer server;
        server.addScript(greeting(kCapabilities)
                         + QStringList {QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 235 2.7.0 Accepted")}
                         + quit());
        QVERIFY(server.listen());
        auto wizard = makeWizard(server.port(), Security::None);
        fillIdentity(wizard.get(), QStringLiteral("secret"));
        QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("accountNameEdit"))->text(),
                 QStringLiteral("ada-example.org"));
        QVERIFY(wizard->currentPage()->isComplete());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(AccountWizard::DiscoveryPageId));
        QTRY_VERIFY_WITH_TIMEOUT(probeDone(wizard.get()), 10000);
        auto* list = wizard->findChild<QTreeWidget*>(QStringLiteral("candidateList"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), QString::number(server.port()));
        QVERIFY(wizard->isVerified());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(AccountWizard::SettingsPageId));
        QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("hostEdit"))->text(), QStringLiteral("127.0.0.1"));
        QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("capabilitiesLabel"))->text().contains(u"PLAIN"));
        snapshot(wizard.get(), QStringLiteral("wizard-settings"));
        QVERIFY2(Test::unnamedInputs(wizard.get()).isEmpty(),
                 qPrintable(Test::unnamedInputs(wizard.get()).join(u", ")));

        QSignalSpy saved(wizard.get(), &AccountWizard::accountSaved);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
        const auto account = m_store->get(QStringLiteral("ada-example.org"));
        QVERIFY(account.ok());
        QCOMPARE(account.value().host, QStringLiteral("127.0.0.1"));
        QCOMPARE(account.value().port, server.port());
        QCOMPARE(account.value().security, Security::None);
        QCOMPARE(account.value().displayName, QStringLiteral("Ada"));
        QCOMPARE(m_secrets.passwords.value(QStringLiteral("ada-example.org")), QStringLiteral("secret"));
        QVERIFY(server.received().contains("AUTH PLAIN"));
        // The SIZE the probe learned goes with the account, for the composer's warning.
        QCOMPARE(account.value().maxMessageSize, qint64(1000000));
    }

    void domainCheckOfferedForOwnDomains_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("offered");
        QTest::newRow("one's own domain") << QStringLiteral("ada@example.org") << true;
        QTest::newRow("gmail.com") << QStringLiteral("ada@gmail.com") << false;
        QTest::newRow("libero.it") << QStringLiteral("ada@libero.it") << false;
    }

    void domainCheckOfferedForOwnDomains()
    {
        // The last page offers "Check whether mail from DOMAIN will be trusted" only where the user's own DNS
        // decides; a big mailbox provider's domain is the provider's business.
        QFETCH(QString, email);
        QFETCH(bool, offered);
        auto wizard = makeWizard(1, Security::None);
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("displayNameEdit")), QStringLiteral("Ada"));
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("emailEdit")), email);
        // Gmail signs in with OAuth2 unless the user chooses an app password (TestOAuthWizard signs in).
        if (auto* appPassword = wizard->findChild<QAbstractButton*>(QStringLiteral("appPasswordButton"));
            appPassword->isVisible())
            appPassword->click();
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("secret"));
        wizard->findChild<QAbstractButton*>(QStringLiteral("manualSetupButton"))->click();
        QCOMPARE(wizard->currentId(), int(AccountWizard::SettingsPageId));
        auto* box = wizard->findChild<QCheckBox*>(QStringLiteral("domainCheckBox"));
        QCOMPARE(wizard->isDomainCheckOffered(), offered);
        QCOMPARE(box->isVisible(), offered);
        if (offered) {
            QVERIFY(box->isChecked());
            QCOMPARE(box->text(), QStringLiteral("Check whether mail from example.org will be trusted"));
        }
        QVERIFY2(Test::unnamedInputs(wizard.get()).isEmpty(),
                 qPrintable(Test::unnamedInputs(wizard.get()).join(u", ")));
    }

    void finishWithTheDomainCheckAsksForIt_data()
    {
        QTest::addColumn<bool>("ticked");
        QTest::newRow("kept ticked") << true;
        QTest::newRow("unticked") << false;
    }

    void finishWithTheDomainCheckAsksForIt()
    {
        QFETCH(bool, ticked);
        FakeSmtpServer server;
        server.addScript(greeting(kCapabilities)
                         + QStringList {QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 235 2.7.0 Accepted")}
                         + quit());
        QVERIFY(server.listen());
        auto wizard = makeWizard(server.port(), Security::None);
        fillIdentity(wizard.get(), QStringLiteral("secret"));
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(probeDone(wizard.get()), 10000);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(AccountWizard::SettingsPageId));
        auto* box = wizard->findChild<QCheckBox*>(QStringLiteral("domainCheckBox"));
        QVERIFY(box->isVisible());
        box->setChecked(ticked);
        snapshot(wizard.get(), QStringLiteral("wizard-domain-check"));

        QSignalSpy saved(wizard.get(), &AccountWizard::accountSaved);
        QSignalSpy requested(wizard.get(), &AccountWizard::domainCheckRequested);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
        QCOMPARE(requested.count(), ticked ? 1 : 0);
        if (ticked)
            QCOMPARE(requested.first().first().toString(), QStringLiteral("ada-example.org"));
    }

    void checkOnFinishStoresTheServersSize_data()
    {
        QTest::addColumn<QStringList>("capabilities");
        QTest::addColumn<qint64>("stored");
        QTest::newRow("SIZE with a limit") << QStringList {QStringLiteral("smtp.test"), QStringLiteral("SIZE 2500000"),
                                                           QStringLiteral("AUTH PLAIN LOGIN")}
                                           << qint64(2500000);
        QTest::newRow("SIZE without a limit")
            << QStringList {QStringLiteral("smtp.test"), QStringLiteral("SIZE"), QStringLiteral("AUTH PLAIN LOGIN")}
            << qint64(0);
        QTest::newRow("no SIZE at all") << QStringList {QStringLiteral("smtp.test"), QStringLiteral("AUTH PLAIN")}
                                        << qint64(0);
    }

    void checkOnFinishStoresTheServersSize()
    {
        // Set up by hand: no probe; Finish checks the settings with the server, then stores what it said.
        QFETCH(QStringList, capabilities);
        QFETCH(qint64, stored);
        FakeSmtpServer server;
        server.addScript(greeting(capabilities)
                         + QStringList {QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 235 2.7.0 Accepted")}
                         + quit());
        QVERIFY(server.listen());
        auto wizard = makeWizard(server.port(), Security::None);
        fillIdentity(wizard.get(), QStringLiteral("secret"));
        wizard->findChild<QAbstractButton*>(QStringLiteral("manualSetupButton"))->click();
        QCOMPARE(wizard->currentId(), int(AccountWizard::SettingsPageId));
        auto* host = wizard->findChild<QLineEdit*>(QStringLiteral("hostEdit"));
        host->clear();
        QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
        wizard->findChild<QSpinBox*>(QStringLiteral("portSpin"))->setValue(server.port());
        auto* security = wizard->findChild<QComboBox*>(QStringLiteral("securityCombo"));
        security->setCurrentIndex(security->findData(static_cast<int>(Security::None)));
        QCOMPARE(wizard->account().maxMessageSize, qint64(0)); // nothing learned yet

        QSignalSpy saved(wizard.get(), &AccountWizard::accountSaved);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QVERIFY2(server.mismatch().isEmpty(), qPrintable(server.mismatch()));
        const auto account = m_store->get(QStringLiteral("ada-example.org"));
        QVERIFY(account.ok());
        QCOMPARE(account.value().port, server.port());
        QCOMPARE(account.value().maxMessageSize, stored);
    }

    void badPasswordIsExplained()
    {
        FakeSmtpServer server;
        const QStringList refused = greeting(kCapabilities)
            + QStringList {QStringLiteral("C: AUTH PLAIN *"),
                           QStringLiteral("S: 535 5.7.8 Authentication credentials invalid")};
        server.addScript(refused); // the address
        server.addScript(refused); // then the local part
        QVERIFY(server.listen());
        auto wizard = makeWizard(server.port(), Security::None);
        fillIdentity(wizard.get(), QStringLiteral("wrong"));
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(probeDone(wizard.get()), 10000);
        QVERIFY(!wizard->isVerified());
        auto* status = wizard->findChild<QLabel*>(QStringLiteral("searchStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("refused the password")), qPrintable(status->text()));
        auto* explanation = wizard->findChild<QLabel*>(QStringLiteral("searchReplyExplanation"));
        QVERIFY(!explanation->text().isEmpty());
        QVERIFY2(explanation->text().contains(QStringLiteral("password"), Qt::CaseInsensitive),
                 qPrintable(explanation->text()));
        auto* raw = wizard->findChild<QPlainTextEdit*>(QStringLiteral("searchReplyRaw"));
        QVERIFY2(raw->toPlainText().contains(QStringLiteral("535 5.7.8")), qPrintable(raw->toPlainText()));
        // The raw reply is one click away.
        QVERIFY(!raw->isVisible());
        wizard->findChild<QAbstractButton*>(QStringLiteral("searchReplyShowRawButton"))->click();
        QVERIFY(raw->isVisible());
        snapshot(wizard.get(), QStringLiteral("wizard-bad-password"));
        // The settings page is filled in, ready for another password.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(AccountWizard::SettingsPageId));
        QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("hostEdit"))->text(), QStringLiteral("127.0.0.1"));
    }

    void certificatePinAcceptsExactlyThatFingerprint()
    {
        auto& certs = Test::TestCertificates::instance();
        QVERIFY2(certs.isValid(), qPrintable(certs.error()));
        FakeSmtpServer server;
        server.addScript({QStringLiteral("TLS selfsigned")}); // the probe: the handshake fails
        server.addScript(QStringList {QStringLiteral("TLS selfsigned")} + greeting(kCapabilities)
                         + QStringList {QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 235 2.7.0 Accepted")}
                         + quit());
        QVERIFY(server.listen());
        auto wizard = makeWizard(server.port(), Security::Tls);
        fillIdentity(wizard.get(), QStringLiteral("secret"));
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(probeDone(wizard.get()), 10000);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(AccountWizard::CertificatePageId));
        const QByteArray sha = certs.sha256(QStringLiteral("selfsigned"));
        QString shown = wizard->findChild<QLabel*>(QStringLiteral("certificateFingerprint"))->text();
        QCOMPARE(shown.remove(u':').remove(u'\n').toLower().toLatin1(), sha);
        QVERIFY(!wizard->findChild<QLabel*>(QStringLiteral("certificateProblem"))->text().isEmpty());
        const QString details = wizard->findChild<QLabel*>(QStringLiteral("certificateDetails"))->text();
        const QString names = details.section(QStringLiteral("\nNames: "), 1);
        QVERIFY2(names.contains(QStringLiteral("smtp.test")) && names.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(details));
        snapshot(wizard.get(), QStringLiteral("wizard-certificate"));
        QVERIFY(!wizard->currentPage()->isComplete()); // an explicit choice is needed
        wizard->findChild<QCheckBox*>(QStringLiteral("trustCertificateCheck"))->setChecked(true);
        QVERIFY(wizard->currentPage()->isComplete());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(AccountWizard::SettingsPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isVerified(), 10000);

        QSignalSpy saved(wizard.get(), &AccountWizard::accountSaved);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
        const auto account = m_store->get(QStringLiteral("ada-example.org"));
        QVERIFY(account.ok());
        QCOMPARE(account.value().pinnedSha256, sha);
        QCOMPARE(account.value().security, Security::Tls);
    }

    void certificateWithoutHostNamesSaysSo()
    {
        auto wizard = makeWizard(25, Security::Tls);
        auto* page = dynamic_cast<CertificatePage*>(wizard->page(AccountWizard::CertificatePageId));
        QVERIFY(page);
        CertificateInfo certificate;
        certificate.subject = QStringLiteral("CN=mail.example.org");
        certificate.issuer = certificate.subject;
        certificate.sha256 = QByteArray(64, 'a');
        page->showProblem(certificate, {QStringLiteral("The certificate is self-signed")},
                          QStringLiteral("mail.example.org"), 465);
        const QString details = wizard->findChild<QLabel*>(QStringLiteral("certificateDetails"))->text();
        // Not an empty "Names:" line: the missing names are said, as they are often the very problem.
        QVERIFY2(details.endsWith(QStringLiteral("\nNames: none (the certificate lists no host name)")),
                 qPrintable(details));
    }

    void noKeychainOffersToKeepTheAccount()
    {
        FakeSmtpServer server;
        server.addScript(greeting(kCapabilities)
                         + QStringList {QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 235 2.7.0 Accepted")}
                         + quit());
        QVERIFY(server.listen());
        m_secrets.unavailable = true;
        auto wizard = makeWizard(server.port(), Security::None);
        fillIdentity(wizard.get(), QStringLiteral("secret"));
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(probeDone(wizard.get()), 10000);
        wizard->next();
        MessageBox::resetCounters();
        MessageBox::setNextAnswer(QMessageBox::Save);
        QSignalSpy saved(wizard.get(), &AccountWizard::accountSaved);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
        QCOMPARE(MessageBox::shownCount(), 1);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("without a stored password")));
        QVERIFY(m_store->contains(QStringLiteral("ada-example.org")));
        QVERIFY(m_secrets.passwords.isEmpty());
    }

    // The account file is written (fsync) on a worker thread; when it cannot be written the wizard stays
    // open with the reason, the password it stored goes again, and Finish works once the disk is back.
    void accountIsWrittenOffTheGuiThreadAndAFullDiskKeepsTheWizardOpen()
    {
        FakeSmtpServer server;
        server.addScript(greeting(kCapabilities)
                         + QStringList {QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 235 2.7.0 Accepted")}
                         + quit());
        QVERIFY(server.listen());
        Test::WriteWatch watch;
        watch.failWith(ENOSPC);
        m_store->setWriteHook(watch.hook());
        auto wizard = makeWizard(server.port(), Security::None);
        fillIdentity(wizard.get(), QStringLiteral("secret"));
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(probeDone(wizard.get()), 10000);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(AccountWizard::SettingsPageId));
        QSignalSpy saved(wizard.get(), &AccountWizard::accountSaved);
        QSignalSpy finished(wizard.get(), &QDialog::finished);

        wizard->button(QWizard::FinishButton)->click();
        auto* status = wizard->findChild<QLabel*>(QStringLiteral("checkStatus"));
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("could not be written")), 5000);
        QCOMPARE(watch.count(), 1);
        QVERIFY(watch.onThisThread().isEmpty());
        QCOMPARE(saved.count(), 0);
        QCOMPARE(finished.count(), 0);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(AccountWizard::SettingsPageId));
        QVERIFY(!m_store->contains(QStringLiteral("ada-example.org")));
        QTRY_VERIFY_WITH_TIMEOUT(m_secrets.passwords.isEmpty(), 5000); // nothing half-written
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());

        // The disk has room again: the same Finish stores both.
        watch.failWith(0);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
        QCOMPARE(finished.count(), 1); // and the wizard closes
        QCOMPARE(finished.constFirst().constFirst().toInt(), int(QDialog::Accepted));
        QCOMPARE(watch.count(), 2);
        QVERIFY(watch.onThisThread().isEmpty());
        QVERIFY(m_store->contains(QStringLiteral("ada-example.org")));
        QCOMPARE(m_secrets.passwords.value(QStringLiteral("ada-example.org")), QStringLiteral("secret"));
    }

    // smtp.example.org:465 greets only after the grace; mail.example.org:465 verifies at once and is shown,
    // then the preferred one verifies and is offered on the settings page, without losing what was typed.
    void latePreferredServerIsOffered_data()
    {
        QTest::addColumn<bool>("useIt");
        QTest::addColumn<bool>("editUsername");
        QTest::newRow("use it") << true << false;
        QTest::newRow("use it, user name edited") << true << true;
        QTest::newRow("keep current") << false << false;
    }

    void latePreferredServerIsOffered()
    {
        QFETCH(bool, useIt);
        QFETCH(bool, editUsername);
        FakeProbeSubmissionFactory submissions;
        FakeServerScript late;
        // Late enough that a busy machine still sees the search end (at ~0.1 s) long before it.
        late.greetingMs = 3000;
        late.delayMs = 3050;
        submissions.script(QStringLiteral("smtp.example.org"), 465, Security::Tls, late);
        FakeServerScript quick;
        quick.delayMs = 10;
        submissions.script(QStringLiteral("mail.example.org"), 465, Security::Tls, quick);
        ProbeServices services;
        services.submissions = &submissions;
        AccountWizard wizard(m_store.get(), &m_secrets, services);
        wizard.setProbeAdjuster([](ProbeSettings& settings) {
            settings.timeoutMs = 5000;
            settings.graceMs = 100;
            settings.graceLimitMs = 0;
        });
        wizard.show();
        fillIdentity(&wizard, QStringLiteral("secret"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(probeDone(&wizard), 5000);
        QVERIFY(wizard.probe()->isWatchingLate());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AccountWizard::SettingsPageId));
        auto* host = wizard.findChild<QLineEdit*>(QStringLiteral("hostEdit"));
        QCOMPARE(host->text(), QStringLiteral("mail.example.org"));
        auto* offer = wizard.findChild<QWidget*>(QStringLiteral("lateServerOffer"));
        QVERIFY(!offer->isVisible());
        // The user may change the user name meanwhile; that survives the offer.
        auto* username = wizard.findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
        const QString typed = editUsername ? QStringLiteral("ada") : username->text();
        if (editUsername)
            QTest::keyClicks(username, typed);

        QTRY_VERIFY_WITH_TIMEOUT(offer->isVisible(), 10000);
        const QString text = wizard.findChild<QLabel*>(QStringLiteral("lateServerText"))->text();
        QVERIFY2(text.contains(QLatin1String("A preferred server answered late: use smtp.example.org:465")),
                 qPrintable(text));
        QVERIFY(!offer->accessibleName().isEmpty());
        snapshot(&wizard, QStringLiteral("wizard-late-server"));
        // The search's row says it works now.
        auto* list = wizard.findChild<QTreeWidget*>(QStringLiteral("candidateList"));
        bool rowUpdated = false;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* row = list->topLevelItem(i);
            if (row->text(0) == QLatin1String("smtp.example.org") && row->text(1) == QLatin1String("465"))
                rowUpdated = row->text(4) == AccountWizard::tr("Works");
        }
        QVERIFY(rowUpdated);

        wizard
            .findChild<QAbstractButton*>(useIt ? QStringLiteral("useLateServerButton")
                                               : QStringLiteral("keepServerButton"))
            ->click();
        QVERIFY(!offer->isVisible());
        QCOMPARE(host->text(), useIt ? QStringLiteral("smtp.example.org") : QStringLiteral("mail.example.org"));
        QCOMPARE(wizard.findChild<QSpinBox*>(QStringLiteral("portSpin"))->value(), 465);
        QCOMPARE(username->text(), typed);
        // Verified by the search with its user name; one typed since is checked by Finish.
        QCOMPARE(wizard.isVerified(), !editUsername);
        QCOMPARE(wizard.account().host, host->text());
    }

    // In Italian nothing in the search's table is cut off: where each server was found ("Nome tipico del
    // server") and each result ("Nessun metodo di accesso in comune") wrap in their columns, the rest is as
    // wide as its longest text.
    void candidateMatrixFitsTheItalianWords()
    {
        const Test::ScopedLanguage italian(QStringLiteral("it"));
        FakeProbeSubmissionFactory submissions;
        FakeServerScript noMechanism;
        noMechanism.delayMs = 1;
        noMechanism.failure = SmtpFailure::AuthUnsupported;
        noMechanism.message = QStringLiteral("No common sign-in method");
        submissions.unknown = noMechanism;
        ProbeServices services;
        services.submissions = &submissions;
        AccountWizard wizard(m_store.get(), &m_secrets, services);
        wizard.setProbeAdjuster([](ProbeSettings& settings) { settings.timeoutMs = 5000; });
        wizard.resize(720, 560);
        wizard.show();
        fillIdentity(&wizard, QStringLiteral("secret"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(probeDone(&wizard), 5000);
        auto* list = wizard.findChild<QTreeWidget*>(QStringLiteral("candidateList"));
        QVERIFY(list->topLevelItemCount() >= 9);
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("Nessun metodo di accesso in comune"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Nome tipico del server"));
        QTRY_VERIFY2(Test::cutOffTexts(list).isEmpty(), qPrintable(Test::cutOffTexts(list).join(u'\n')));
    }

    // Offline: no name resolves. Each row says "Name not found" (not "refused"), its whole reason is in the
    // accessibility tree, the status says the computer seems offline, and Search Again searches again.
    void offlineSearchSaysSoAndEachRowHasItsReason()
    {
        FakeProbeSubmissionFactory submissions;
        FakeServerScript notFound;
        notFound.delayMs = 1;
        notFound.failure = SmtpFailure::HostNotFound;
        notFound.message = QStringLiteral("The name was not found (offline?)");
        submissions.unknown = notFound;
        ProbeServices services;
        services.submissions = &submissions;
        AccountWizard wizard(m_store.get(), &m_secrets, services);
        wizard.setProbeAdjuster([](ProbeSettings& settings) { settings.timeoutMs = 5000; });
        wizard.show();
        fillIdentity(&wizard, QStringLiteral("secret"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(probeDone(&wizard), 5000);
        const QString status = wizard.findChild<QLabel*>(QStringLiteral("searchStatus"))->text();
        QVERIFY2(status.contains(QLatin1String("you seem to be offline")), qPrintable(status));
        auto* list = wizard.findChild<QTreeWidget*>(QStringLiteral("candidateList"));
        QVERIFY(list->topLevelItemCount() >= 9);
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* row = list->topLevelItem(i);
            QCOMPARE(row->text(4), AccountWizard::tr("Name not found"));
            QVERIFY(row->data(4, Qt::AccessibleTextRole).toString().contains(u"The name was not found"));
            QVERIFY(row->data(0, Qt::AccessibleDescriptionRole).toString().contains(u"The name was not found"));
        }
        // Choosing a row shows its whole reason where a screen reader reads it, without a tooltip.
        list->setCurrentItem(list->topLevelItem(1));
        auto* reply = wizard.findChild<QLabel*>(QStringLiteral("searchReplyExplanation"));
        QVERIFY(reply);
        QVERIFY(reply->isVisibleTo(&wizard));
        QVERIFY2(reply->text().contains(u"The name was not found"), qPrintable(reply->text()));

        // Back online: one server now answers (refused elsewhere), and Search Again finds it.
        FakeServerScript quick;
        quick.delayMs = 5;
        submissions.script(QStringLiteral("mail.example.org"), 587, Security::StartTls, quick);
        FakeServerScript refused;
        refused.delayMs = 1;
        refused.failure = SmtpFailure::ConnectionRefused;
        refused.message = QStringLiteral("Connection refused");
        submissions.unknown = refused;
        auto* again = wizard.findChild<QAbstractButton*>(QStringLiteral("searchAgainButton"));
        QVERIFY(again->isEnabled());
        again->click();
        QVERIFY(!again->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(probeDone(&wizard), 5000);
        QVERIFY(wizard.isVerified());
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("searchStatus"))->text().contains(u"mail.example.org"));
        bool refusedRow = false;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            refusedRow = refusedRow || list->topLevelItem(i)->text(4) == AccountWizard::tr("Connection refused");
        QVERIFY(refusedRow);
    }

    // Manual setup prefills what is known: the provider's listed server (libero.it: 465, SSL/TLS), not a
    // generic 587 STARTTLS; what the server offers is cleared once the server is changed.
    void manualSetupStartsFromTheListedServerAndForgetsStaleResults()
    {
        FakeProbeSubmissionFactory submissions;
        ProbeServices services;
        services.submissions = &submissions;
        AccountWizard wizard(m_store.get(), &m_secrets, services);
        wizard.show();
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("emailEdit")),
                         QStringLiteral("mario.rossi@libero.it"));
        wizard.findChild<QAbstractButton*>(QStringLiteral("manualSetupButton"))->click();
        QCOMPARE(wizard.currentId(), int(AccountWizard::SettingsPageId));
        auto* host = wizard.findChild<QLineEdit*>(QStringLiteral("hostEdit"));
        auto* port = wizard.findChild<QSpinBox*>(QStringLiteral("portSpin"));
        auto* security = wizard.findChild<QComboBox*>(QStringLiteral("securityCombo"));
        QCOMPARE(host->text(), QStringLiteral("smtp.libero.it"));
        QCOMPARE(port->value(), 465);
        QCOMPARE(static_cast<Security>(security->currentData().toInt()), Security::Tls);
        QVERIFY(!wizard.isVerified());

        // A check against it shows what it offers; a new host makes that stale.
        FakeServerScript works;
        works.delayMs = 5;
        works.capabilities = {QStringLiteral("SIZE 1000"), QStringLiteral("AUTH PLAIN")};
        works.maxSize = 1000;
        submissions.script(QStringLiteral("smtp.libero.it"), 465, Security::Tls, works);
        QSignalSpy checked(&wizard, &AccountWizard::checkFinished);
        wizard.findChild<QAbstractButton*>(QStringLiteral("checkSettingsButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 5000);
        auto* offers = wizard.findChild<QLabel*>(QStringLiteral("capabilitiesLabel"));
        QVERIFY2(offers->text().contains(u"PLAIN"), qPrintable(offers->text()));
        QTest::keyClicks(host, QStringLiteral("x"));
        QVERIFY2(!offers->text().contains(u"PLAIN"), qPrintable(offers->text()));
        QVERIFY(!wizard.isVerified());
        // Typing the same server back does not bring stale words back either: Check Settings asks again.
        QTest::keyClick(host, Qt::Key_Backspace);
        QVERIFY(!offers->text().contains(u"PLAIN"));
    }

    void manualSetupIsOneClickAway()
    {
        auto wizard = makeWizard(1, Security::None);
        fillIdentity(wizard.get(), QString());
        wizard->findChild<QAbstractButton*>(QStringLiteral("manualSetupButton"))->click();
        QCOMPARE(wizard->currentId(), int(AccountWizard::SettingsPageId));
        QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("hostEdit"))->text(), QStringLiteral("smtp.example.org"));
    }
};

QTEST_MAIN(TestAccountWizard)
#include "TestAccountWizard.moc"
