#include "FakeSecretStore.h"
#include "accounts/AccountStore.h"
#include "outbox/AccountCredentialsProvider.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Postino;

class TestAccountCredentialsProvider : public QObject
{
    Q_OBJECT
private:
    // Asks the provider and waits (bounded) for its answer; nullopt if none came.
    static std::optional<Result<SubmissionSettings>> ask(CredentialsProvider& provider, const OutboxItem& item)
    {
        std::optional<Result<SubmissionSettings>> answer;
        provider.settingsFor(item, [&answer](Result<SubmissionSettings> r) { answer = std::move(r); });
        (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000);
        return answer;
    }

private slots:
    void accountsAndTheKeychain_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<bool>("storedPassword");
        QTest::addColumn<bool>("keychainAvailable");
        QTest::addColumn<int>("kind");
        QTest::newRow("password in the keychain") << "work" << true << true << int(ErrorKind::None);
        QTest::newRow("no password stored") << "work" << false << true << int(ErrorKind::Config);
        QTest::newRow("no keychain answers") << "work" << true << false << int(ErrorKind::Config);
        QTest::newRow("an account without sign-in needs no keychain")
            << "open" << false << false << int(ErrorKind::None);
        QTest::newRow("an unknown account") << "gone" << false << true << int(ErrorKind::Config);
    }

    void accountsAndTheKeychain()
    {
        QFETCH(QString, account);
        QFETCH(bool, storedPassword);
        QFETCH(bool, keychainAvailable);
        QFETCH(int, kind);
        QTemporaryDir dir;
        AccountStore store(dir.filePath(QStringLiteral("accounts.ini")));
        Account work;
        work.name = QStringLiteral("work");
        work.email = QStringLiteral("ada@example.org");
        work.host = QStringLiteral("smtp.example.org");
        QVERIFY(store.add(work).ok());
        Account open = work;
        open.name = QStringLiteral("open");
        open.auth = AuthMechanism::None;
        QVERIFY(store.add(open).ok());
        Test::FakeSecretStore secrets;
        secrets.unavailable = !keychainAvailable;
        if (storedPassword)
            secrets.passwords.insert(QStringLiteral("work"), QStringLiteral("s3cret"));
        QObject context;
        AccountCredentialsProvider provider(&store, &secrets, &context);
        OutboxItem item;
        item.account = account;
        const auto answer = ask(provider, item);
        QVERIFY(answer);
        QCOMPARE(int(answer->ok() ? ErrorKind::None : answer->error().kind()), kind);
        if (answer->ok()) {
            QCOMPARE(answer->value().endpoint.host, QStringLiteral("smtp.example.org"));
            if (account == u"work") {
                QCOMPARE(answer->value().credentials.username, QStringLiteral("ada@example.org"));
                QCOMPARE(answer->value().credentials.secret, QStringLiteral("s3cret"));
            } else {
                QVERIFY(!answer->value().credentials.wanted());
            }
        }
    }

    void adHocItemsUseTheirOwnServer()
    {
        QTemporaryDir dir;
        AccountStore store(dir.filePath(QStringLiteral("accounts.ini")));
        Test::FakeSecretStore secrets;
        secrets.unavailable = true;
        QObject context;
        AccountCredentialsProvider provider(&store, &secrets, &context);
        OutboxItem item;
        item.server.host = QStringLiteral("127.0.0.1");
        item.server.port = 2525;
        item.server.security = Security::None;
        const auto answer = ask(provider, item);
        QVERIFY(answer && answer->ok());
        QCOMPARE(answer->value().endpoint.port, quint16(2525));
        QCOMPARE(answer->value().endpoint.security, Security::None);
        QVERIFY(!answer->value().credentials.wanted());
    }
};

QTEST_GUILESS_MAIN(TestAccountCredentialsProvider)
#include "TestAccountCredentialsProvider.moc"
