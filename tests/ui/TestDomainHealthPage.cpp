#include "DomainTestDns.h"
#include "GuiTestUtil.h"
#include "MockClock.h"

#include "Accessibility.h"
#include "domain/DomainCheckCard.h"
#include "domain/DomainCheckText.h"
#include "domain/DomainHealthPage.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Postino;
using Postino::Test::FakeDnsResolver;
using CheckStatus = DomainCheckResult::Status;

// The Domain health page over FakeDnsResolver: the verdicts streamed in, the fix copied, Re-check, the
// explanations, and every input named.
class TestDomainHealthPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeDnsResolver> m_dnsOwner;
    FakeDnsResolver& dns() { return *m_dnsOwner; }
    Test::MockClock m_clock;

    std::unique_ptr<DomainHealthPage> makePage()
    {
        installAccessibility();
        auto page = std::make_unique<DomainHealthPage>();
        page->setResolver(&dns(), &m_clock);
        page->resize(900, 700);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qWarning("The page was not exposed");
        return page;
    }

    template<typename T>
    static T* find(QObject* root, const char* name)
    {
        auto* child = root->findChild<T*>(QLatin1String(name));
        if (!child)
            qWarning("No %s named %s", T::staticMetaObject.className(), name);
        return child;
    }

    static QString statusWord(DomainHealthPage* page, const char* id)
    {
        DomainCheckCard* card = page->card(QString::fromUtf8(id));
        return card ? find<QLabel>(card, "statusWord")->text()
                    : QStringLiteral("(no card for %1)").arg(QLatin1String(id));
    }

    // Types into the fields and clicks Check, as a person would.
    static void checkByHand(DomainHealthPage* page, const QString& target, const QString& server)
    {
        auto* domain = find<QLineEdit>(page, "domainEdit");
        domain->clear();
        QTest::keyClicks(domain, target);
        auto* serverEdit = find<QLineEdit>(page, "serverEdit");
        serverEdit->clear();
        QTest::keyClicks(serverEdit, server);
        QTest::mouseClick(find<QPushButton>(page, "checkDomainButton"), Qt::LeftButton);
    }

private slots:
    void init()
    {
        m_dnsOwner = std::make_unique<FakeDnsResolver>();
        Test::addHealthyDomain(dns());
        Test::addBareDomain(dns());
        QApplication::clipboard()->clear();
    }

    void healthyDomainPassesAsResultsStreamIn()
    {
        auto page = makePage();
        QSignalSpy shown(page.get(), &DomainHealthPage::resultShown);
        QSignalSpy done(page.get(), &DomainHealthPage::checkDone);
        checkByHand(page.get(), QStringLiteral("me@example.com"), QStringLiteral("smtp.example.com"));
        // Every check has its card at once, waiting; the results come from the event loop.
        QCOMPARE(page->cards().size(), DomainCheck::checkIds().size());
        QCOMPARE(statusWord(page.get(), "spf"), DomainCheckText::pendingWord());
        QVERIFY(shown.isEmpty());
        QVERIFY(page->isRunning());
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(shown.size(), DomainCheck::checkIds().size());
        // (mta-sts is left out: whether its policy can be fetched over HTTPS is not the DNS's to say.)
        for (const char* id : {"mx", "spf", "dkim", "dmarc", "alignment", "ptr", "dnsbl", "tls-rpt"})
            QVERIFY2(statusWord(page.get(), id) == DomainCheckText::statusWord(CheckStatus::Pass),
                     qPrintable(QString::fromUtf8(id) + u": " + statusWord(page.get(), id) + u" "
                                + page->card(QString::fromUtf8(id))->result().summary));
        QCOMPARE(statusWord(page.get(), "dane"), DomainCheckText::statusWord(CheckStatus::Info));
        // A card shows the summary and the detail; nothing to fix, so no fix box.
        DomainCheckCard* spf = page->card(QStringLiteral("spf"));
        QVERIFY(!find<QLabel>(spf, "checkSummary")->text().isEmpty());
        QVERIFY(find<QLabel>(spf, "checkDetail")->text().contains(QStringLiteral("ip4:192.0.2.25")));
        QVERIFY(!find<QWidget>(spf, "fixBox")->isVisible());
        QVERIFY(find<QLabel>(page.get(), "domainStatusLabel")->text().contains(QStringLiteral("should be trusted")));
        // The server named on the page was asked about.
        QVERIFY(dns().asked.contains(QStringLiteral("PTR 192.0.2.25")));
    }

    void failingDomainSaysWhatToPublishAndCopiesIt()
    {
        auto page = makePage();
        QSignalSpy done(page.get(), &DomainHealthPage::checkDone);
        checkByHand(page.get(), QStringLiteral("example.net"), QString());
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(statusWord(page.get(), "dkim"), DomainCheckText::statusWord(CheckStatus::Warn));
        for (const char* id : {"spf", "dmarc"})
            QVERIFY2(statusWord(page.get(), id) == DomainCheckText::statusWord(CheckStatus::Fail),
                     qPrintable(QString::fromUtf8(id) + u": " + statusWord(page.get(), id)));
        QCOMPARE(statusWord(page.get(), "mx"), DomainCheckText::statusWord(CheckStatus::Pass));
        QVERIFY(find<QLabel>(page.get(), "domainStatusLabel")->text().contains(QStringLiteral("may not be trusted")));

        // The fix is the record to publish, read-only and selectable, and Copy puts it on the clipboard.
        DomainCheckCard* spf = page->card(QStringLiteral("spf"));
        QVERIFY(find<QWidget>(spf, "fixBox")->isVisible());
        auto* fix = find<QPlainTextEdit>(spf, "fixText");
        QVERIFY(fix->isReadOnly());
        QVERIFY(fix->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY2(fix->toPlainText().startsWith(QStringLiteral("v=spf1 ")), qPrintable(fix->toPlainText()));
        QCOMPARE(fix->toPlainText(), spf->result().fix);
        QSignalSpy copied(page.get(), &DomainHealthPage::fixCopied);
        QTest::mouseClick(find<QPushButton>(spf, "copyFixButton"), Qt::LeftButton);
        QCOMPARE(copied.size(), 1);
        QCOMPARE(QApplication::clipboard()->text(), spf->result().fix);
        QVERIFY(find<QLabel>(page.get(), "domainStatusLabel")->text().contains(QStringLiteral("clipboard")));

        // DMARC's fix is copied on its own.
        DomainCheckCard* dmarc = page->card(QStringLiteral("dmarc"));
        QTest::mouseClick(find<QPushButton>(dmarc, "copyFixButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), dmarc->result().fix);
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("v=DMARC1")));
    }

    void recheckSeesTheNewRecords()
    {
        auto page = makePage();
        QSignalSpy done(page.get(), &DomainHealthPage::checkDone);
        auto* recheck = find<QPushButton>(page.get(), "recheckButton");
        QVERIFY(!recheck->isEnabled()); // nothing to check again yet
        checkByHand(page.get(), QStringLiteral("example.net"), QString());
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(statusWord(page.get(), "spf"), DomainCheckText::statusWord(CheckStatus::Fail));
        const QString fix = page->card(QStringLiteral("spf"))->result().fix;

        // The user publishes the record Postino suggested, types something else, and chooses Re-check:
        // the same domain is checked again.
        dns().addTxt(QStringLiteral("example.net"), {fix});
        find<QLineEdit>(page.get(), "domainEdit")->setText(QStringLiteral("elsewhere.example"));
        QVERIFY(recheck->isEnabled());
        QTest::mouseClick(recheck, Qt::LeftButton);
        QCOMPARE(statusWord(page.get(), "spf"), DomainCheckText::pendingWord());
        QTRY_COMPARE(done.size(), 2);
        QCOMPARE(page->lastReport()->domain, QStringLiteral("example.net"));
        QCOMPARE(statusWord(page.get(), "spf"), DomainCheckText::statusWord(CheckStatus::Pass));
        QCOMPARE(page->cards().size(), DomainCheck::checkIds().size()); // the old cards went
    }

    void recheckDuringACheckStartsAgain()
    {
        auto page = makePage();
        QSignalSpy done(page.get(), &DomainHealthPage::checkDone);
        checkByHand(page.get(), QStringLiteral("example.com"), QString());
        QVERIFY(page->recheck()); // before any answer: the first run goes silently
        QTRY_COMPARE(done.size(), 1);
        QTest::qWait(50);
        QCOMPARE(done.size(), 1);
        QCOMPARE(page->cards().size(), DomainCheck::checkIds().size());
    }

    void notADomainIsSaidAndNotChecked()
    {
        auto page = makePage();
        QSignalSpy started(page.get(), &DomainHealthPage::checkStarted);
        checkByHand(page.get(), QStringLiteral("not a domain"), QString());
        QVERIFY(started.isEmpty());
        QVERIFY(find<QLabel>(page.get(), "domainStatusLabel")->text().contains(QStringLiteral("not a domain name")));
        QVERIFY(dns().asked.isEmpty());
    }

    void withoutResolverNothingIsLookedUp()
    {
        auto page = makePage();
        page->setResolver(nullptr);
        page->setTarget(QStringLiteral("example.com"));
        QVERIFY(!page->check());
        QVERIFY(find<QLabel>(page.get(), "domainStatusLabel")->text().contains(QStringLiteral("DNS")));
    }

    void accountFillsTheFieldsUnlessTheUserTyped()
    {
        auto page = makePage();
        page->suggestAccount(QStringLiteral("ada@example.com"), QStringLiteral("smtp.example.com"));
        QCOMPARE(find<QLineEdit>(page.get(), "domainEdit")->text(), QStringLiteral("ada@example.com"));
        QCOMPARE(find<QLineEdit>(page.get(), "serverEdit")->text(), QStringLiteral("smtp.example.com"));
        page->suggestAccount(QStringLiteral("bob@example.net"), QStringLiteral("mail.example.net"));
        QCOMPARE(find<QLineEdit>(page.get(), "domainEdit")->text(), QStringLiteral("bob@example.net"));
        find<QLineEdit>(page.get(), "domainEdit")->setText(QStringLiteral("typed.example"));
        page->suggestAccount(QStringLiteral("ada@example.com"), QStringLiteral("smtp.example.com"));
        QCOMPARE(find<QLineEdit>(page.get(), "domainEdit")->text(), QStringLiteral("typed.example"));
    }

    void anotherAddressThroughTheAccountFailsAlignment()
    {
        // The account is ada@example.net; From ada@example.com through its server: the envelope
        // sender's domain cannot align.
        auto page = makePage();
        QSignalSpy done(page.get(), &DomainHealthPage::checkDone);
        page->setAccount(QStringLiteral("ada@example.net"), QStringLiteral("smtp.example.com"));
        page->setTarget(QStringLiteral("ada@example.com"));
        QVERIFY(page->check());
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(statusWord(page.get(), "alignment"), DomainCheckText::statusWord(CheckStatus::Fail));
        QVERIFY(page->card(QStringLiteral("alignment"))->result().summary.contains(QStringLiteral("ada@example.net")));
    }

    void eachCheckExplainsItself()
    {
        auto page = makePage();
        QSignalSpy done(page.get(), &DomainHealthPage::checkDone);
        checkByHand(page.get(), QStringLiteral("example.com"), QString());
        QTRY_COMPARE(done.size(), 1);
        DomainCheckCard* spf = page->card(QStringLiteral("spf"));
        auto* explain = find<QToolButton>(spf, "explainButton");
        QCOMPARE(explain->text(), QStringLiteral("What is SPF?"));
        auto* explanation = find<QLabel>(spf, "checkExplanation");
        QVERIFY(!explanation->isVisible());
        QTest::mouseClick(explain, Qt::LeftButton);
        QVERIFY(explanation->isVisible());
        QVERIFY(explanation->text().contains(QStringLiteral("servers allowed to send")));
        for (const QString& id : DomainCheck::checkIds()) {
            QVERIFY2(DomainCheckText::isKnown(id), qPrintable(id));
            QVERIFY(find<QToolButton>(page->card(id), "explainButton")->text() != DomainCheckText::question({}));
        }
    }

    void unknownChecksGetAGenericExplanation()
    {
        installAccessibility();
        DomainCheckCard card(QStringLiteral("future-check"));
        DomainCheckResult result;
        result.id = QStringLiteral("future-check");
        result.status = CheckStatus::Warn;
        result.summary = QStringLiteral("Something to look at");
        result.fix = QStringLiteral("publish this");
        card.setResult(result);
        QCOMPARE(find<QLabel>(&card, "checkTitle")->text(), QStringLiteral("future-check"));
        QCOMPARE(find<QToolButton>(&card, "explainButton")->text(), QStringLiteral("What does this check mean?"));
        QVERIFY(find<QLabel>(&card, "checkExplanation")->text().contains(QStringLiteral("future-check")));
        QCOMPARE(find<QLabel>(&card, "statusWord")->text(), QStringLiteral("Warning"));
        QCOMPARE(find<QPlainTextEdit>(&card, "fixText")->toPlainText(), QStringLiteral("publish this"));
        QVERIFY(!find<QPlainTextEdit>(&card, "fixText")->accessibleName().isEmpty());
    }

    void everyInputHasAnAccessibleName()
    {
        auto page = makePage();
        QStringList unnamed = Test::unnamedInputs(page.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u',')));
        QSignalSpy done(page.get(), &DomainHealthPage::checkDone);
        checkByHand(page.get(), QStringLiteral("example.net"), QStringLiteral("smtp.example.com"));
        QTRY_COMPARE(done.size(), 1);
        for (DomainCheckCard* card : page->cards())
            find<QToolButton>(card, "explainButton")->setChecked(true);
        unnamed = Test::unnamedInputs(page.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u',')));
    }
};

QTEST_MAIN(TestDomainHealthPage)
#include "TestDomainHealthPage.moc"
