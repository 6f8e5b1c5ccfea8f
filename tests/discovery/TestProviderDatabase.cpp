#include "discovery/ProviderDatabase.h"

#include "TestCertificates.h"
#include "common/Paths.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Postino;

class TestProviderDatabase : public QObject
{
    Q_OBJECT
private slots:
    void everyFileIsValid_data();
    void everyFileIsValid();
    void noDomainIsClaimedTwice();
    void builtinHoldsEveryFile();
    void lookupByDomain_data();
    void lookupByDomain();
    void lookupByMxHost_data();
    void lookupByMxHost();
    void pecProvidersAreMarked();
    void customerDomainIsSubstituted();
    void oauth2Providers_data();
    void oauth2Providers();
    void userFilesAddAndOverride();
    void installedReadsTheConfigFolder();

private:
    static QString sourceProviders() { return Test::sourceDir() + QStringLiteral("/resources/providers"); }
};

void TestProviderDatabase::everyFileIsValid_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(sourceProviders());
    const QStringList files = dir.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 20, qPrintable(dir.path()));
    for (const QString& name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestProviderDatabase::everyFileIsValid()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<ProviderEntry> entry = IspdbParser::parse(file.readAll(), path);
    QVERIFY2(entry.ok(), qPrintable(entry.error().message()));
    const ProviderEntry& e = entry.value();
    // The file is named after its provider id.
    QCOMPARE(QFileInfo(path).completeBaseName(), e.id);
    QVERIFY(!e.displayName.isEmpty());
    QVERIFY(!e.shortName.isEmpty());
    // Every sending limit says something, and in words.
    for (const SendingLimits& limits : e.limits) {
        QVERIFY(limits.any());
        QVERIFY(!limits.note.isEmpty());
    }
    if (e.outgoing.isEmpty()) {
        // A hosting provider whose hosts are not confirmed yet (Shellrent): only its sending limits.
        QCOMPARE(e.kind, ProviderKind::Hosting);
        QVERIFY(!e.limits.isEmpty());
        QVERIFY(e.domains.isEmpty());
        return;
    }
    // Keyed by a domain, or a hosting provider matched by MX.
    QVERIFY(!e.domains.isEmpty() || (e.kind == ProviderKind::Hosting && !e.mxDomains.isEmpty()));
    for (const QString& domain : e.domains) {
        QCOMPARE(domain, domain.toLower());
        QVERIFY2(domain.contains(QLatin1Char('.')) && !domain.contains(QLatin1Char(' ')), qPrintable(domain));
    }
    for (const ProviderServer& server : e.outgoing) {
        QVERIFY(!server.hostname.isEmpty());
        QVERIFY(server.port > 0);
        // Never plain text in the built-in database.
        QVERIFY2(server.security != Security::None, qPrintable(server.hostname));
        if (server.security == Security::Tls)
            QVERIFY2(server.port == 465, qPrintable(server.hostname));
        else
            QVERIFY2(server.port == 587 || server.port == 25 || server.hostname == QLatin1String("127.0.0.1"),
                     qPrintable(server.hostname));
        QVERIFY(!server.authentication.isEmpty());
        QVERIFY(server.username.startsWith(QLatin1String("%EMAIL")));
    }
}

void TestProviderDatabase::noDomainIsClaimedTwice()
{
    ProviderDatabase db;
    db.loadDirectory(sourceProviders());
    QVERIFY2(db.errors().isEmpty(), qPrintable(db.errors().join(QLatin1Char('\n'))));
    QSet<QString> seen;
    for (const ProviderEntry& entry : db.providers()) {
        for (const QString& domain : entry.domains) {
            QVERIFY2(!seen.contains(domain), qPrintable(domain));
            seen.insert(domain);
        }
    }
    // And the check itself works: a second claim is refused.
    ProviderEntry copy = *db.findByDomain(QStringLiteral("libero.it"));
    copy.id = QStringLiteral("impostor");
    QVERIFY(!db.add(copy));
    QVERIFY(db.errors().last().contains(QLatin1String("libero.it")));
}

void TestProviderDatabase::builtinHoldsEveryFile()
{
    const ProviderDatabase& builtin = ProviderDatabase::builtin();
    QVERIFY2(builtin.errors().isEmpty(), qPrintable(builtin.errors().join(QLatin1Char('\n'))));
    const QStringList files = QDir(sourceProviders()).entryList({QStringLiteral("*.xml")}, QDir::Files);
    QCOMPARE(builtin.providers().size(), files.size());
}

void TestProviderDatabase::lookupByDomain_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<Security>("security");
    QTest::addColumn<QString>("auth");

    const QString clear = QStringLiteral("password-cleartext");
    const QString cram = QStringLiteral("password-encrypted");
    QTest::newRow("libero.it") << "libero.it"
                               << "smtp.libero.it" << 465 << Security::Tls << clear;
    QTest::newRow("iol.it is Libero") << "iol.it"
                                      << "smtp.libero.it" << 465 << Security::Tls << clear;
    QTest::newRow("blu.it is Libero") << "blu.it"
                                      << "smtp.libero.it" << 465 << Security::Tls << clear;
    QTest::newRow("inwind.it is Libero") << "inwind.it"
                                         << "smtp.libero.it" << 465 << Security::Tls << clear;
    QTest::newRow("giallo.it is Libero") << "GIALLO.IT"
                                         << "smtp.libero.it" << 465 << Security::Tls << clear;
    QTest::newRow("virgilio.it") << "virgilio.it"
                                 << "out.virgilio.it" << 465 << Security::Tls << clear;
    QTest::newRow("alice.it") << "alice.it"
                              << "out.alice.it" << 587 << Security::StartTls << clear;
    QTest::newRow("tim.it") << "tim.it"
                            << "smtp.tim.it" << 587 << Security::StartTls << clear;
    QTest::newRow("tiscali.it uses CRAM-MD5") << "tiscali.it"
                                              << "smtp.tiscali.it" << 465 << Security::Tls << cram;
    QTest::newRow("fastwebnet.it uses CRAM-MD5") << "fastwebnet.it"
                                                 << "smtp.fastwebnet.it" << 587 << Security::StartTls << cram;
    QTest::newRow("email.it") << "email.it"
                              << "out.email.it" << 465 << Security::Tls << clear;
    QTest::newRow("pec.it is Aruba PEC") << "pec.it"
                                         << "smtps.pec.aruba.it" << 465 << Security::Tls << clear;
    QTest::newRow("arubapec.it") << "arubapec.it"
                                 << "smtps.pec.aruba.it" << 465 << Security::Tls << clear;
    QTest::newRow("mypec.eu") << "mypec.eu"
                              << "smtps.pec.aruba.it" << 465 << Security::Tls << clear;
    QTest::newRow("gigapec.it") << "gigapec.it"
                                << "smtps.pec.aruba.it" << 465 << Security::Tls << clear;
    QTest::newRow("ingpec.eu") << "ingpec.eu"
                               << "smtps.pec.aruba.it" << 465 << Security::Tls << clear;
    QTest::newRow("postecert.it") << "postecert.it"
                                  << "mail.postecert.it" << 465 << Security::Tls << clear;
    QTest::newRow("legalmail.it") << "legalmail.it"
                                  << "sendm.cert.legalmail.it" << 465 << Security::Tls << clear;
    QTest::newRow("sicurezzapostale.it") << "sicurezzapostale.it"
                                         << "smtps.sicurezzapostale.it" << 465 << Security::Tls << clear;
    QTest::newRow("gmail.com") << "gmail.com"
                               << "smtp.gmail.com" << 465 << Security::Tls << QStringLiteral("OAuth2");
    QTest::newRow("hotmail.it is Outlook")
        << "hotmail.it"
        << "smtp-mail.outlook.com" << 587 << Security::StartTls << QStringLiteral("OAuth2");
    QTest::newRow("yahoo.it") << "yahoo.it"
                              << "smtp.mail.yahoo.com" << 465 << Security::Tls << QStringLiteral("OAuth2");
    QTest::newRow("me.com is iCloud") << "me.com"
                                      << "smtp.mail.me.com" << 587 << Security::StartTls << clear;
    QTest::newRow("proton.me through Bridge") << "proton.me"
                                              << "127.0.0.1" << 1025 << Security::StartTls << clear;
}

void TestProviderDatabase::lookupByDomain()
{
    QFETCH(QString, domain);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(Security, security);
    QFETCH(QString, auth);
    const ProviderEntry* entry = ProviderDatabase::builtin().findByDomain(domain);
    QVERIFY(entry);
    const ProviderServer& first = entry->outgoing.first();
    QCOMPARE(first.hostname, host);
    QCOMPARE(int(first.port), port);
    QCOMPARE(first.security, security);
    QCOMPARE(first.authentication.first(), auth);
    QCOMPARE(first.username, QStringLiteral("%EMAILADDRESS%"));
}

void TestProviderDatabase::lookupByMxHost_data()
{
    QTest::addColumn<QString>("mxHost");
    QTest::addColumn<QString>("providerId");
    QTest::newRow("mx under aruba.it") << "mx.aruba.it"
                                       << "aruba.it";
    QTest::newRow("deeper mx under aruba.it") << "mx01.mail.aruba.it."
                                              << "aruba.it";
    QTest::newRow("mx under register.it") << "mx.register.it"
                                          << "register.it";
    QTest::newRow("a look-alike is not Aruba") << "mx.notaruba.it"
                                               << "";
    QTest::newRow("an unknown mx") << "mx.example.com"
                                   << "";
}

void TestProviderDatabase::lookupByMxHost()
{
    QFETCH(QString, mxHost);
    QFETCH(QString, providerId);
    const ProviderEntry* entry = ProviderDatabase::builtin().findByMxHost(mxHost);
    QCOMPARE(entry ? entry->id : QString(), providerId);
    if (entry) {
        QCOMPARE(entry->kind, ProviderKind::Hosting);
        QVERIFY(ProviderDatabase::builtin().hostingProviders().contains(entry));
        // Hosting providers are never found by a customer's domain.
        QVERIFY(entry->domains.isEmpty());
    }
}

void TestProviderDatabase::pecProvidersAreMarked()
{
    const ProviderDatabase& db = ProviderDatabase::builtin();
    for (const char* domain : {"pec.it", "postecert.it", "legalmail.it", "sicurezzapostale.it"})
        QCOMPARE(db.findByDomain(QLatin1String(domain))->kind, ProviderKind::Pec);
    for (const char* domain : {"libero.it", "gmail.com", "tiscali.it"})
        QCOMPARE(db.findByDomain(QLatin1String(domain))->kind, ProviderKind::Mailbox);
    QCOMPARE(db.findByDomain(QStringLiteral("proton.me"))->kind, ProviderKind::Bridge);
}

void TestProviderDatabase::customerDomainIsSubstituted()
{
    const ProviderEntry* entry = ProviderDatabase::builtin().findById(QStringLiteral("register.it"));
    QVERIFY(entry);
    const QList<ServerCandidate> candidates =
        IspdbParser::candidates(*entry, QStringLiteral("mario@esempio.it"), DiscoverySource::Mx);
    QVERIFY(!candidates.isEmpty());
    QCOMPARE(candidates.first().host, QStringLiteral("authsmtp.esempio.it"));
    QCOMPARE(candidates.first().username, QStringLiteral("mario@esempio.it"));
    QCOMPARE(candidates.first().source, DiscoverySource::Mx);
}

void TestProviderDatabase::oauth2Providers_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("tokenHost");
    QTest::addColumn<bool>("device");
    QTest::newRow("Gmail") << "gmail.com"
                           << "https://mail.google.com/"
                           << "oauth2.googleapis.com" << false;
    QTest::newRow("Microsoft") << "outlook.com"
                               << "https://outlook.office.com/SMTP.Send offline_access"
                               << "login.microsoftonline.com" << true;
    QTest::newRow("Yahoo") << "yahoo.com"
                           << "mail-w"
                           << "api.login.yahoo.com" << false;
    QTest::newRow("AOL") << "aol.com"
                         << "mail-w"
                         << "api.login.aol.com" << false;
}

void TestProviderDatabase::oauth2Providers()
{
    QFETCH(QString, domain);
    QFETCH(QString, scope);
    QFETCH(QString, tokenHost);
    QFETCH(bool, device);
    const ProviderEntry* entry = ProviderDatabase::builtin().findByDomain(domain);
    QVERIFY(entry);
    QVERIFY(entry->oauth2.isValid());
    QCOMPARE(entry->oauth2.scope, scope);
    QCOMPARE(QUrl(entry->oauth2.tokenUrl).host(), tokenHost);
    QCOMPARE(!entry->oauth2.deviceAuthUrl.isEmpty(), device);
    // Microsoft refuses OAUTHBEARER; nobody here asks for it.
    QCOMPARE(entry->oauth2.mechanism, AuthMechanism::XOAuth2);
    if (domain == QLatin1String("outlook.com")) {
        QVERIFY(entry->oauth2.authUrl.startsWith(QLatin1String("https://login.microsoftonline.com/common/")));
        QCOMPARE(entry->oauth2.deviceAuthUrl,
                 QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/devicecode"));
    }
    if (domain == QLatin1String("gmail.com"))
        QCOMPARE(entry->appPasswordUrl, QStringLiteral("https://myaccount.google.com/apppasswords"));
}

void TestProviderDatabase::userFilesAddAndOverride()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const QString& name, const QByteArray& xml) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(xml);
    };
    const QByteArray head = "<?xml version=\"1.0\"?><clientConfig version=\"1.1\">";
    const QByteArray smtp = "<outgoingServer type=\"smtp\"><hostname>smtp.local.test</hostname><port>465</port>"
                            "<socketType>SSL</socketType><authentication>OAuth2</authentication></outgoingServer>";
    const QByteArray as = "<oAuth2><issuer>127.0.0.1</issuer><scope>smtp</scope>"
                          "<authURL>https://127.0.0.1:9/a</authURL><tokenURL>https://127.0.0.1:9/t</tokenURL></oAuth2>";
    // A company's own tenant for one of Microsoft's domains (outlook.it), and a domain nobody knew.
    write(QStringLiteral("company.xml"),
          head
              + "<emailProvider id=\"company\"><domain>outlook.it</domain>"
                "<displayName>C</displayName>"
              + smtp + "</emailProvider>" + as + "</clientConfig>");
    write(QStringLiteral("new.xml"),
          head + "<emailProvider id=\"new.test\"><domain>new.test</domain>" + smtp + "</emailProvider></clientConfig>");
    write(QStringLiteral("broken.xml"), "<clientConfig>");
    write(QStringLiteral("notxml.txt"), "ignored");

    const ProviderDatabase db = ProviderDatabase::withUserFiles(ProviderDatabase::builtin(), dir.path());
    const ProviderEntry* company = db.findByDomain(QStringLiteral("outlook.it"));
    QVERIFY(company);
    QCOMPARE(company->id, QStringLiteral("company"));
    QCOMPARE(company->oauth2.tokenUrl, QStringLiteral("https://127.0.0.1:9/t"));
    // Microsoft keeps its other domains.
    QVERIFY(db.findByDomain(QStringLiteral("outlook.com")));
    QCOMPARE(db.findByDomain(QStringLiteral("outlook.com"))->id, QStringLiteral("outlook.com"));
    QVERIFY(db.findByDomain(QStringLiteral("new.test")));
    QCOMPARE(db.errors().size(), ProviderDatabase::builtin().errors().size() + 1); // broken.xml, named
    QVERIFY(db.errors().constLast().contains(QLatin1String("broken.xml")));
    // The built-in database is untouched.
    QCOMPARE(ProviderDatabase::builtin().findByDomain(QStringLiteral("outlook.it"))->id, QStringLiteral("outlook.com"));

    // A user file with a built-in id replaces that provider whole.
    write(QStringLiteral("gmail.xml"),
          head + "<emailProvider id=\"gmail.com\"><domain>gmail.com</domain>" + smtp
              + "</emailProvider></clientConfig>");
    const ProviderDatabase again = ProviderDatabase::withUserFiles(ProviderDatabase::builtin(), dir.path());
    QVERIFY(again.findByDomain(QStringLiteral("gmail.com")));
    QCOMPARE(again.findByDomain(QStringLiteral("gmail.com"))->outgoing.at(0).hostname,
             QStringLiteral("smtp.local.test"));
    QVERIFY(!again.findByDomain(QStringLiteral("googlemail.com")));

    // A folder that is not there adds nothing and says nothing.
    const ProviderDatabase none =
        ProviderDatabase::withUserFiles(ProviderDatabase::builtin(), dir.filePath(QStringLiteral("missing")));
    QCOMPARE(none.providers().size(), ProviderDatabase::builtin().providers().size());
    QCOMPARE(none.errors(), ProviderDatabase::builtin().errors());
}

void TestProviderDatabase::installedReadsTheConfigFolder()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    Paths::setOverride(config.path());
    QCOMPARE(ProviderDatabase::userDirectory(), config.filePath(QStringLiteral("providers")));
    QCOMPARE(ProviderDatabase::installed().findByDomain(QStringLiteral("outlook.it"))->id,
             QStringLiteral("outlook.com"));

    QTemporaryDir other;
    QVERIFY(QDir(other.path()).mkpath(QStringLiteral("providers")));
    QFile file(other.filePath(QStringLiteral("providers/mine.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<clientConfig><emailProvider id=\"mine\"><domain>outlook.it</domain><outgoingServer type=\"smtp\">"
               "<hostname>smtp.mine.test</hostname><port>587</port></outgoingServer></emailProvider></clientConfig>");
    file.close();
    Paths::setOverride(other.path());
    QCOMPARE(ProviderDatabase::installed().findByDomain(QStringLiteral("outlook.it"))->id, QStringLiteral("mine"));
    Paths::setOverride({});
}

QTEST_GUILESS_MAIN(TestProviderDatabase)
#include "TestProviderDatabase.moc"
