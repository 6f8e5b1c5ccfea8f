#include "discovery/ProviderDatabase.h"
#include "discovery/SendingLimits.h"

#include <QTest>

using namespace Postino;

class TestSendingLimits : public QObject
{
    Q_OBJECT
private slots:
    // The facts of shared/spec/providers.md, as the built-in database gives them for an account.
    void builtinDefaults_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("provider"); // empty: nothing known
        QTest::addColumn<int>("perMinute");
        QTest::addColumn<int>("perDay");
        QTest::addColumn<int>("connections");
        QTest::newRow("outlook.com") << "ada@outlook.com"
                                     << "smtp-mail.outlook.com"
                                     << "outlook.com" << 30 << 10000 << 3;
        QTest::newRow("hotmail.it on Outlook's server") << "ada@hotmail.it"
                                                        << "SMTP-MAIL.Outlook.com."
                                                        << "outlook.com" << 30 << 10000 << 3;
        QTest::newRow("Microsoft 365, a custom domain") << "ada@esempio.it"
                                                        << "smtp.office365.com"
                                                        << "outlook.com" << 30 << 10000 << 3;
        QTest::newRow("consumer Gmail") << "ada@gmail.com"
                                        << "smtp.gmail.com"
                                        << "gmail.com" << 0 << 500 << 0;
        QTest::newRow("googlemail.com is consumer Gmail") << "ada@GoogleMail.com"
                                                          << "smtp.gmail.com"
                                                          << "gmail.com" << 0 << 500 << 0;
        QTest::newRow("any other domain on Google's server is Workspace") << "ada@esempio.it"
                                                                          << "smtp.gmail.com"
                                                                          << "gmail.com" << 0 << 2000 << 0;
        QTest::newRow("a Gmail address through another server: that server's limits") << "ada@gmail.com"
                                                                                      << "smtp.esempio.it"
                                                                                      << "" << 0 << 0 << 0;
        QTest::newRow("no host: the address's own provider") << "ada@gmail.com"
                                                             << ""
                                                             << "gmail.com" << 0 << 500 << 0;
        QTest::newRow("no host and a custom domain: nothing") << "ada@esempio.it"
                                                              << ""
                                                              << "" << 0 << 0 << 0;
        QTest::newRow("a provider without limits: nothing") << "ada@libero.it"
                                                            << "smtp.libero.it"
                                                            << "" << 0 << 0 << 0;
        QTest::newRow("an unknown server: nothing") << "ada@esempio.it"
                                                    << "mail.esempio.it"
                                                    << "" << 0 << 0 << 0;
    }

    void builtinDefaults()
    {
        QFETCH(QString, email);
        QFETCH(QString, host);
        QFETCH(QString, provider);
        QFETCH(int, perMinute);
        QFETCH(int, perDay);
        QFETCH(int, connections);
        const std::optional<SendingLimits> limits = defaultSendingLimits(ProviderDatabase::builtin(), email, host);
        QCOMPARE(limits.has_value(), !provider.isEmpty());
        if (!limits)
            return;
        QCOMPARE(limits->providerId, provider);
        QCOMPARE(limits->messagesPerMinute, perMinute);
        QCOMPARE(limits->messagesPerDay, perDay);
        QCOMPARE(limits->maxConnections, connections);
        QVERIFY(!limits->note.isEmpty());
    }

    void shellrentsLimitIsRecordedWithoutAHost()
    {
        const ProviderEntry* shellrent = ProviderDatabase::builtin().findById(QStringLiteral("shellrent.it"));
        QVERIFY(shellrent);
        QCOMPARE(shellrent->limits.value(0).messagesPerDay, 200);
        QVERIFY(shellrent->outgoing.isEmpty()); // not confirmed: not invented
        QVERIFY(!ProviderDatabase::builtin().hostingProviders().contains(shellrent)); // nothing to offer yet
    }

    // A host pattern (the customer's domain) is substituted before it is compared.
    void aHostPatternIsSubstituted()
    {
        ProviderEntry entry;
        entry.id = QStringLiteral("hoster");
        entry.kind = ProviderKind::Hosting;
        ProviderServer server;
        server.hostname = QStringLiteral("authsmtp.%EMAILDOMAIN%");
        server.port = 465;
        entry.outgoing = {server};
        SendingLimits limits;
        limits.messagesPerDay = 150;
        entry.limits = {limits};
        ProviderDatabase db;
        QVERIFY(db.add(entry));
        QCOMPARE(defaultSendingLimits(db, QStringLiteral("ada@esempio.it"), QStringLiteral("authsmtp.esempio.it"))
                     .value_or(SendingLimits())
                     .messagesPerDay,
                 150);
        QVERIFY(!defaultSendingLimits(db, QStringLiteral("ada@altro.it"), QStringLiteral("authsmtp.esempio.it")));
    }
};

QTEST_GUILESS_MAIN(TestSendingLimits)
#include "TestSendingLimits.moc"
