#include "campaign/MailboxKeys_p.h"
#include "campaign/RecipientList.h"
#include "mime/Address.h"

#include <QTest>

using namespace Postino;

// MailboxKeys answers exactly as Address::create() and mailboxKey() do, on its short cut and off it.
class TestMailboxKeys : public QObject
{
    Q_OBJECT
private slots:
    void answersAsAddressCreate_data();
    void answersAsAddressCreate();
    void aDomainRefusedOnceIsRefusedAgain();
};

void TestMailboxKeys::answersAsAddressCreate_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");

    const auto row = [](const char* name, const char* email, bool valid) {
        QTest::newRow(name) << QString::fromUtf8(email) << valid;
    };
    row("plain", "mario.rossi@esempio.it", true);
    row("plus and dash", "mario+news_1-x@esempio.it", true);
    row("spaces around", "  mario@esempio.it\t", true);
    row("upper-case domain", "Mario@ESEMPIO.IT", true);
    row("IDN domain", "zoe@città.it", true);
    row("IDN upper case", "zoe@CITTÀ.IT", true);
    row("A-labels", "zoe@XN--CITT-3NA.IT", true);
    row("subdomains", "a@posta.mail.esempio.co.uk", true);
    row("address literal", "a@[192.0.2.1]", true);
    row("quoted local part", "\"mario rossi\"@esempio.it", true);
    row("other atext", "a{b}|c=d?e@esempio.it", true);
    row("encoded-word-like local part", "=?utf-8?q?x?=@esempio.it",
        Address::create(QStringLiteral("=?utf-8?q?x?=@esempio.it")).ok());
    row("unicode local part", "niccolò@esempio.it", true);
    row("no at", "mario.esempio.it", false);
    row("nothing before the at", "@esempio.it", false);
    row("nothing after the at", "mario@", false);
    row("two ats", "a@b@esempio.it", false);
    row("leading dot", ".mario@esempio.it", false);
    row("trailing dot", "mario.@esempio.it", false);
    row("two dots", "ma..rio@esempio.it", false);
    row("local part of 65", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@esempio.it", false);
    row("local part of 64", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@esempio.it", true);
    row("space inside", "mario rossi@esempio.it", false);
    row("display name", "Mario <mario@esempio.it>", false);
    row("comment", "mario@esempio.it (Mario)", Address::create(QStringLiteral("mario@esempio.it (Mario)")).ok());
    row("domain with underscore", "a@es_empio.it", Address::create(QStringLiteral("a@es_empio.it")).ok());
    row("domain label starting with a dash", "a@-esempio.it", false);
    row("domain with two dots", "a@esempio..it", false);
    row("domain without a dot", "a@localhost", Address::create(QStringLiteral("a@localhost")).ok());
    row("domain with a trailing dot", "a@esempio.it.", Address::create(QStringLiteral("a@esempio.it.")).ok());
    row("line break", "a@esem\npio.it", false);
    row("comma", "a@esempio.it,b@esempio.it", false);
    row("empty", "", false);
}

void TestMailboxKeys::answersAsAddressCreate()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    const Result<Address> address = Address::create(email);
    QCOMPARE(address.ok(), valid);
    MailboxKeys keys;
    // The domain seen before, so that its answer comes from the cache.
    [[maybe_unused]] const auto warm =
        keys.check(QStringLiteral("warm@") + email.trimmed().section(QLatin1Char('@'), -1));
    const Result<CheckedMailbox> checked = keys.check(email);
    QCOMPARE(checked.ok(), valid);
    if (!valid) {
        QCOMPARE(checked.error().kind(), address.error().kind());
        QCOMPARE(checked.error().message(), address.error().message());
        return;
    }
    QCOMPARE(checked.value().key, mailboxKey(address.value()));
    QCOMPARE(checked.value().addrSpec, address.value().addrSpec());
}

void TestMailboxKeys::aDomainRefusedOnceIsRefusedAgain()
{
    MailboxKeys keys;
    QVERIFY(!keys.check(QStringLiteral("a@-bad.it")).ok());
    const Result<CheckedMailbox> again = keys.check(QStringLiteral("b@-bad.it"));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message().contains(QLatin1String("b@-bad.it")), qPrintable(again.error().message()));
    QVERIFY(keys.check(QStringLiteral("b@good.it")).ok());
}

QTEST_GUILESS_MAIN(TestMailboxKeys)
#include "TestMailboxKeys.moc"
