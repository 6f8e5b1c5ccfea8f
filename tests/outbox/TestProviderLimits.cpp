#include "FakeSubmission.h"
#include "MockClock.h"

#include "accounts/AccountStore.h"
#include "common/Settings.h"
#include "discovery/ProviderDatabase.h"
#include "outbox/CredentialsProvider.h"
#include "outbox/OutboxRunner.h"
#include "outbox/OutboxStore.h"
#include "outbox/ProviderLimits.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Postino;

Q_DECLARE_METATYPE(Postino::AccountLimits)

namespace {

Account account(const char* name, const char* email, const char* host)
{
    Account a;
    a.name = QString::fromLatin1(name);
    a.email = QString::fromLatin1(email);
    a.host = QString::fromLatin1(host);
    return a;
}

// The accounts of the tests, in an account file of their own.
struct Accounts
{
    QTemporaryDir dir;
    AccountStore store {dir.filePath(QStringLiteral("accounts.ini"))};
    Accounts()
    {
        for (const Account& a : {account("m365", "ada@contoso.example", "smtp.office365.com"),
                                 account("outlook", "ada@outlook.com", "smtp-mail.outlook.com"),
                                 account("gmail", "ada@gmail.com", "smtp.gmail.com"),
                                 account("workspace", "ada@esempio.it", "smtp.gmail.com"),
                                 account("own", "ada@esempio.it", "mail.esempio.it")}) {
            if (Status s = store.add(a); !s)
                qFatal("cannot add %s: %s", qPrintable(a.name), qPrintable(s.error().message()));
        }
    }
};

} // namespace

class TestProviderLimits : public QObject
{
    Q_OBJECT
private slots:
    void providerDefaultsResolve_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<AccountLimits>("limits");
        QTest::newRow("Microsoft 365: 30 a minute, 10,000 a day, 3 connections")
            << QStringLiteral("m365") << AccountLimits {3, 30, 10000};
        QTest::newRow("outlook.com: the same SMTP AUTH limits")
            << QStringLiteral("outlook") << AccountLimits {3, 30, 10000};
        QTest::newRow("consumer Gmail: 500 a day") << QStringLiteral("gmail") << AccountLimits {2, 0, 500};
        QTest::newRow("Google Workspace: 2,000 a day") << QStringLiteral("workspace") << AccountLimits {2, 0, 2000};
        QTest::newRow("a server the database does not know: none") << QStringLiteral("own") << AccountLimits {};
        QTest::newRow("an unknown account: none") << QStringLiteral("nobody") << AccountLimits {};
        QTest::newRow("ad-hoc options through Microsoft 365")
            << QStringLiteral("ad-hoc:ada@contoso.example@smtp.office365.com:587") << AccountLimits {3, 30, 10000};
        QTest::newRow("ad-hoc options through Gmail with a Gmail address")
            << QStringLiteral("ad-hoc:ada@gmail.com@SMTP.gmail.com:465") << AccountLimits {2, 0, 500};
        QTest::newRow("ad-hoc options with a bare username")
            << QStringLiteral("ad-hoc:ada@mail.esempio.it:587") << AccountLimits {};
    }
    void providerDefaultsResolve()
    {
        QFETCH(QString, key);
        QFETCH(AccountLimits, limits);
        Accounts accounts;
        const DefaultLimits defaults = providerDefaultLimits(accounts.store, ProviderDatabase::builtin());
        const AccountLimits got = defaults(key);
        QCOMPARE(got.maxConnections, limits.maxConnections);
        QCOMPARE(got.ratePerMinute, limits.ratePerMinute);
        QCOMPARE(got.dailyLimit, limits.dailyLimit);
    }

    // The runner's owner, then what the user set (even 0: no limit), then the provider's, then none.
    void limitsTakeTheMostSpecificSource()
    {
        Accounts accounts;
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        Test::FakeSubmissionFactory factory;
        StaticCredentialsProvider credentials(
            std::nullopt, [](const OutboxItem&) -> Result<SubmissionSettings> { return SubmissionSettings {}; });
        Settings settings(dir.filePath(QStringLiteral("postino.ini")));
        settings.setValue(Settings::Key::AccountDailyLimit, 100, QStringLiteral("gmail"));
        settings.setValue(Settings::Key::AccountRatePerMinute, 0, QStringLiteral("m365")); // the user: no rate
        settings.setValue(Settings::Key::AccountRatePerMinute, 10, QStringLiteral("own"));
        OutboxRunner runner(&store, &factory, &credentials);
        runner.setSettings(&settings);
        runner.setDefaultLimits(providerDefaultLimits(accounts.store, ProviderDatabase::builtin()));
        runner.setAccountLimits(QStringLiteral("workspace"), {1, 5, 50});

        QCOMPARE(runner.accountLimits(QStringLiteral("gmail")), (AccountLimits {2, 0, 100}));
        QCOMPARE(runner.accountLimits(QStringLiteral("m365")), (AccountLimits {3, 0, 10000}));
        QCOMPARE(runner.accountLimits(QStringLiteral("workspace")), (AccountLimits {1, 5, 50}));
        QCOMPARE(runner.accountLimits(QStringLiteral("own")), (AccountLimits {2, 10, 0}));
        QCOMPARE(runner.accountLimits(QStringLiteral("nobody")), AccountLimits {});
    }
};

QTEST_GUILESS_MAIN(TestProviderLimits)
#include "TestProviderLimits.moc"
