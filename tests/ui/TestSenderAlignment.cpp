#include "DomainTestDns.h"
#include "GuiTestUtil.h"
#include "MockClock.h"

#include "AppController.h"
#include "ComposerWindow.h"
#include "FakeSecretStore.h"
#include "MainWindow.h"
#include "accounts/AccountStore.h"
#include "domain/DomainHealthPage.h"
#include "domain/SenderAlignmentCheck.h"
#include "wizard/AccountWizard.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Postino;
using Postino::Test::FakeDnsResolver;
using Postino::Test::FakeSecretStore;

// The composer's warning when the From address will fail DMARC alignment through the From account's
// server, over FakeDnsResolver: shown and hidden, checked only when the From or the account changes, cached
// by domain and server, and "Check Domain…" opening the Domain health page.
class TestSenderAlignment : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeDnsResolver> m_dns;
    std::unique_ptr<Test::MockClock> m_clock;
    FakeSecretStore m_secrets;

    std::unique_ptr<AppController> makeController()
    {
        AppControllerOptions options;
        options.dataDir = m_dir->filePath(QStringLiteral("data"));
        options.accountsFile = m_dir->filePath(QStringLiteral("accounts.ini"));
        options.secrets = &m_secrets;
        options.notifications = false;
        options.probeServices.dns = m_dns.get();
        options.probeServices.clock = m_clock.get();
        auto controller = std::make_unique<AppController>(options);
        controller->window()->show();
        // ada@example.com and ada@gmail.com, both through smtp.example.com (192.0.2.25).
        for (const char* address : {"ada@example.com", "ada@gmail.com"}) {
            Account account;
            account.email = QString::fromUtf8(address);
            account.name = account.email.section(u'@', 1);
            account.host = QStringLiteral("smtp.example.com");
            account.port = 587;
            account.security = Security::StartTls;
            account.auth = AuthMechanism::None;
            if (!controller->accounts()->add(account).ok())
                qFatal("could not store the account %s", address);
        }
        controller->reloadAccounts();
        return controller;
    }

    static void chooseFrom(ComposerWindow* composer, const QString& address)
    {
        auto* from = composer->findChild<QComboBox*>(QStringLiteral("fromCombo"));
        for (int i = 0; i < from->count(); ++i) {
            if (from->itemText(i).contains(address)) {
                from->setCurrentIndex(i);
                return;
            }
        }
        qWarning("No identity with %s", qPrintable(address));
    }

    // The verdict the check gave for a From domain, from a spy on SenderAlignmentCheck::checked: -1 none yet.
    static int verdictFor(const QSignalSpy& checked, const char* domain)
    {
        for (const QList<QVariant>& args : checked) {
            if (args.at(0).toString() == QLatin1String(domain))
                return args.at(2).toBool() ? 1 : 0;
        }
        return -1;
    }

    static bool warningShown(ComposerWindow* composer)
    {
        return composer->findChild<QWidget*>(QStringLiteral("senderWarning"))->isVisible();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_dns = std::make_unique<FakeDnsResolver>();
        m_clock = std::make_unique<Test::MockClock>();
        Test::addHealthyDomain(*m_dns);
        Test::addBareDomain(*m_dns);
        Test::addGmail(*m_dns);
    }

    void gmailThroughAnotherServerWarns()
    {
        auto controller = makeController();
        QSignalSpy checked(controller->senderAlignment(), &SenderAlignmentCheck::checked);
        ComposerWindow* composer = controller->window()->newMessage();
        chooseFrom(composer, QStringLiteral("ada@gmail.com"));
        QCOMPARE(composer->senderAddress(), QStringLiteral("ada@gmail.com"));
        QTRY_VERIFY(warningShown(composer));
        QVERIFY2(composer->senderWarning().contains(QStringLiteral("gmail.com")),
                 qPrintable(composer->senderWarning()));
        QVERIFY(composer->senderWarning().contains(QStringLiteral("smtp.example.com")));
        QVERIFY(composer->findChild<QPushButton*>(QStringLiteral("checkDomainButton"))->isVisible());
        QVERIFY(!composer->findChild<QLabel*>(QStringLiteral("senderWarningLabel"))->accessibleName().isEmpty());
        QCOMPARE(verdictFor(checked, "gmail.com"), 1);
        QStringList unnamed = Test::unnamedInputs(composer);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u',')));
    }

    void ownHealthyDomainDoesNotWarn()
    {
        auto controller = makeController();
        QSignalSpy checked(controller->senderAlignment(), &SenderAlignmentCheck::checked);
        ComposerWindow* composer = controller->window()->newMessage();
        chooseFrom(composer, QStringLiteral("ada@gmail.com"));
        QTRY_VERIFY(warningShown(composer));
        // Another From: the warning goes at once, and the new From's verdict says nothing is wrong.
        chooseFrom(composer, QStringLiteral("ada@example.com"));
        QVERIFY(!warningShown(composer));
        QTRY_VERIFY(verdictFor(checked, "example.com") >= 0);
        QCOMPARE(verdictFor(checked, "example.com"), 0);
        QTest::qWait(20); // the verdict reaches the composer from the event loop
        QVERIFY(!warningShown(composer));
        QVERIFY(composer->senderWarning().isEmpty());
    }

    void anotherAddressThroughTheAccountWarns()
    {
        // From other@example.net, a domain with neither SPF nor DKIM, through ada@example.com's account.
        auto controller = makeController();
        ComposerWindow* composer = controller->window()->newMessage();
        SenderIdentity other;
        other.account = QStringLiteral("example.com");
        other.from = QStringLiteral("Ada <other@example.net>");
        composer->setIdentities(controller->identities() + QList<SenderIdentity> {other});
        chooseFrom(composer, QStringLiteral("other@example.net"));
        QCOMPARE(composer->senderAccount(), QStringLiteral("example.com"));
        QTRY_VERIFY(warningShown(composer));
        QVERIFY2(composer->senderWarning().contains(QStringLiteral("ada@example.com")),
                 qPrintable(composer->senderWarning()));
    }

    void checkedOnlyWhenTheFromChangesAndCached()
    {
        auto controller = makeController();
        SenderAlignmentCheck* alignment = controller->senderAlignment();
        QSignalSpy checked(alignment, &SenderAlignmentCheck::checked);
        ComposerWindow* first = controller->window()->newMessage();
        chooseFrom(first, QStringLiteral("ada@gmail.com"));
        QTRY_VERIFY(warningShown(first));
        chooseFrom(first, QStringLiteral("ada@example.com"));
        QTRY_VERIFY(verdictFor(checked, "example.com") >= 0);
        QCOMPARE(alignment->checksRun(), 2); // one per (domain, server), whichever identity came first

        // Typing in the other fields checks nothing; a second composer with the same From uses the cache.
        QTest::keyClicks(first->findChild<QLineEdit*>(QStringLiteral("subjectEdit")), QStringLiteral("Hello"));
        ComposerWindow* second = controller->window()->newMessage();
        chooseFrom(second, QStringLiteral("ada@gmail.com"));
        QTRY_VERIFY(warningShown(second));
        // Back and forth between the identities: no new look-ups.
        chooseFrom(first, QStringLiteral("ada@gmail.com"));
        QTRY_VERIFY(warningShown(first));
        chooseFrom(first, QStringLiteral("ada@example.com"));
        QTest::qWait(20);
        QVERIFY(!warningShown(first));
        QCOMPARE(alignment->checksRun(), 2);

        // Ten minutes later the DNS is asked again.
        m_clock->advance(11 * 60 * 1000);
        chooseFrom(second, QStringLiteral("ada@example.com"));
        QTRY_COMPARE(alignment->checksRun(), 3);
    }

    void checkDomainOpensThePage()
    {
        auto controller = makeController();
        ComposerWindow* composer = controller->window()->newMessage();
        chooseFrom(composer, QStringLiteral("ada@gmail.com"));
        QTRY_VERIFY(warningShown(composer));
        DomainHealthPage* page = controller->window()->domainHealthPage();
        QSignalSpy done(page, &DomainHealthPage::checkDone);
        QTest::mouseClick(composer->findChild<QPushButton*>(QStringLiteral("checkDomainButton")), Qt::LeftButton);
        QCOMPARE(controller->window()->currentPage(), MainWindow::Page::DomainHealth);
        QCOMPARE(page->target(), QStringLiteral("ada@gmail.com"));
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(page->lastReport()->domain, QStringLiteral("gmail.com"));
        QCOMPARE(page->lastReport()->find(QStringLiteral("alignment"))->status, DomainCheckResult::Status::Fail);
    }

    void wizardsDomainCheckOpensThePageForTheAccount()
    {
        auto controller = makeController();
        AccountWizard* wizard = controller->addAccount();
        DomainHealthPage* page = controller->window()->domainHealthPage();
        QSignalSpy done(page, &DomainHealthPage::checkDone);
        emit wizard->domainCheckRequested(QStringLiteral("example.com")); // as Finish does, ticked
        QCOMPARE(controller->window()->currentPage(), MainWindow::Page::DomainHealth);
        QCOMPARE(page->target(), QStringLiteral("ada@example.com"));
        QCOMPARE(page->findChild<QLineEdit*>(QStringLiteral("serverEdit"))->text(), QStringLiteral("smtp.example.com"));
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(page->lastReport()->find(QStringLiteral("alignment"))->status, DomainCheckResult::Status::Pass);
        wizard->close();
    }

    void withoutDnsNothingIsSaid()
    {
        m_dns.reset(); // the controller gets no resolver
        auto controller = makeController();
        ComposerWindow* composer = controller->window()->newMessage();
        chooseFrom(composer, QStringLiteral("ada@gmail.com"));
        QTest::qWait(20);
        QVERIFY(!warningShown(composer));
        QCOMPARE(controller->senderAlignment()->checksRun(), 0);
    }
};

QTEST_MAIN(TestSenderAlignment)
#include "TestSenderAlignment.moc"
