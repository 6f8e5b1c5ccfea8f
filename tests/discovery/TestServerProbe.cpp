#include "common/Settings.h"
#include "discovery/ProviderDatabase.h"
#include "discovery/ServerProbe.h"

#include "FakeAutoconfigFetcher.h"
#include "FakeDnsResolver.h"
#include "FakeProbeSubmission.h"
#include "MockClock.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Postino;
using namespace Postino::Test;

namespace {

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

ProviderServer providerServer(const QString& host, quint16 port, Security security)
{
    ProviderServer s;
    s.hostname = host;
    s.port = port;
    s.security = security;
    s.authentication = {QStringLiteral("password-cleartext")};
    s.username = QStringLiteral("%EMAILADDRESS%");
    return s;
}

ProviderEntry provider(const QString& id, const QStringList& domains, const QList<ProviderServer>& servers,
                       ProviderKind kind = ProviderKind::Mailbox)
{
    ProviderEntry e;
    e.id = id;
    e.displayName = id;
    e.shortName = id;
    e.domains = domains;
    e.outgoing = servers;
    e.kind = kind;
    return e;
}

QByteArray autoconfigXml(const QString& host, int port, const char* socketType)
{
    return QStringLiteral("<clientConfig version=\"1.1\"><emailProvider id=\"x\"><domain>x</domain>"
                          "<outgoingServer type=\"smtp\"><hostname>%1</hostname><port>%2</port>"
                          "<socketType>%3</socketType><authentication>password-cleartext</authentication>"
                          "<username>%EMAILADDRESS%</username></outgoingServer></emailProvider></clientConfig>")
        .arg(host, QString::number(port), QLatin1String(socketType))
        .toUtf8();
}

FakeServerScript ok(qint64 delay = 5)
{
    FakeServerScript s;
    s.delayMs = delay;
    return s;
}

FakeServerScript failing(SmtpFailure failure, qint64 delay = 5, const QString& message = QStringLiteral("failed"))
{
    FakeServerScript s;
    s.delayMs = delay;
    s.failure = failure;
    s.message = message;
    return s;
}

FakeServerScript blackhole()
{
    FakeServerScript s;
    s.blackhole = true;
    return s;
}

// Connects, then says nothing at all.
FakeServerScript silent()
{
    FakeServerScript s;
    s.silent = true;
    return s;
}

// Greets after greetingMs, verifies delayMs after the start.
FakeServerScript greetsLate(qint64 greetingMs, qint64 delayMs)
{
    FakeServerScript s;
    s.greetingMs = greetingMs;
    s.delayMs = delayMs;
    return s;
}

const QString smtpHost = QStringLiteral("smtp.example.test");
const QString mailHost = QStringLiteral("mail.example.test");

const ProbeCandidate* findCandidate(const ProbeResult& result, const QString& host, quint16 port, Security security)
{
    for (const ProbeCandidate& c : result.candidates) {
        if (c.server.host == host && c.server.port == port && c.server.security == security)
            return &c;
    }
    return nullptr;
}

// Everything a probe needs, faked; run() drives it on the mock clock.
struct Rig
{
    MockClock clock;
    FakeProbeSubmissionFactory submissions;
    FakeDnsResolver dns;
    FakeAutoconfigFetcher autoconfig;
    ProviderDatabase providers;
    ProbeSettings settings;

    Rig()
    {
        settings.email = QStringLiteral("ada@example.test");
        settings.timeoutMs = 1000;
    }

    ProbeServices services()
    {
        ProbeServices s;
        s.submissions = &submissions;
        s.dns = &dns;
        s.autoconfig = &autoconfig;
        s.providers = &providers;
        s.clock = &clock;
        s.random = [](quint32) { return 0u; };
        return s;
    }

    // Runs the probe to its end on mock time (at most limitMs of it); the result, and how long it took.
    ProbeResult run(qint64 limitMs = 10'000)
    {
        ServerProbe probe(settings, services());
        QSignalSpy finished(&probe, &ServerProbe::finished);
        probe.start();
        for (qint64 t = 0; t <= limitMs && finished.isEmpty(); t += 5) {
            for (int i = 0; i < 5; ++i)
                QCoreApplication::processEvents();
            if (finished.isEmpty())
                clock.advance(5);
        }
        if (finished.isEmpty())
            return {};
        return finished.first().first().value<ProbeResult>();
    }
};

} // namespace

class TestServerProbe : public QObject
{
    Q_OBJECT
private slots:
    void blackholedPreferredPortDelaysByAtMostTheTimeout();
    void eachCandidateResultIsNamed();
    void sourceOrderDecides_data();
    void sourceOrderDecides();
    void candidateFoundTwiceKeepsTheEarliestSource();
    void usernameFallsBackToTheLocalPart();
    void givenUsernameIsTheOnlyOne();
    void refusedPasswordIsFoundButNotVerified();
    void nothingFound();
    void mxOfAHostingProvider();
    void failedLookUpsDoNotHoldTheOthers();
    void silentSourceIsGivenUpAfterTheTimeout();
    void plainOnlyWhenNothingElseAnswers();
    void manualHostAndPort_data();
    void manualHostAndPort();
    void pecNoteAndResolveOverride();
    void jsonHasTheContractShape();
    void sessionsAreCleanedUp();
    void finishedNeverComesInsideStart();
    // The grace rule (a silent preferred server must not hold a verified answer).
    void silentPreferredGivesWayAfterTheGrace_data();
    void silentPreferredGivesWayAfterTheGrace();
    void preferredGreetingInsideTheGraceWins();
    void greetedPreferredIsWaitedForUpToItsTimeout();
    void graceNeverRunsPastItsLimit_data();
    void graceNeverRunsPastItsLimit();
    void nothingVerifiedMeansNoGrace();
    void everyoneAnsweringEndsAtTheMostPreferred();
    void blackholedConnectTimesOutEarly();
    void lateVerifiedCandidateIsOffered();
    void lateCandidateThatFailsIsNotOffered();
    void timingsComeFromTheSettings();
};

void TestServerProbe::blackholedPreferredPortDelaysByAtMostTheTimeout()
{
    Rig rig;
    rig.providers.add(provider(QStringLiteral("example.test"), {QStringLiteral("example.test")},
                               {providerServer(QStringLiteral("smtp.example.test"), 465, Security::Tls),
                                providerServer(QStringLiteral("smtp.example.test"), 587, Security::StartTls)}));
    rig.submissions.script(QStringLiteral("smtp.example.test"), 465, Security::Tls, blackhole());
    rig.submissions.script(QStringLiteral("smtp.example.test"), 587, Security::StartTls, ok(20));

    const ProbeResult result = rig.run();
    QVERIFY(result.found);
    QVERIFY(result.verified);
    QCOMPARE(result.server()->server.port, quint16(587));
    QCOMPARE(result.server()->server.source, DiscoverySource::Builtin);
    // The preferred port is waited for, but never longer than the probe timeout.
    QVERIFY2(result.elapsedMs >= 1000 && result.elapsedMs <= 1000 + 50, qPrintable(QString::number(result.elapsedMs)));
    const ProbeCandidate* dead = findCandidate(result, QStringLiteral("smtp.example.test"), 465, Security::Tls);
    QVERIFY(dead);
    QCOMPARE(dead->result, ProbeOutcome::Timeout);
    QVERIFY(dead->elapsedMs <= 1000 + 5);
}

void TestServerProbe::eachCandidateResultIsNamed()
{
    Rig rig;
    rig.settings.password = QStringLiteral("secret");
    rig.providers.add(provider(QStringLiteral("example.test"), {QStringLiteral("example.test")},
                               {providerServer(QStringLiteral("plain465.example.test"), 465, Security::Tls),
                                providerServer(QStringLiteral("tls587.example.test"), 587, Security::StartTls),
                                providerServer(QStringLiteral("wrongcert.example.test"), 465, Security::Tls),
                                providerServer(QStringLiteral("badpass.example.test"), 465, Security::Tls),
                                providerServer(QStringLiteral("right.example.test"), 465, Security::Tls),
                                providerServer(QStringLiteral("later.example.test"), 465, Security::Tls)}));
    rig.submissions.script(QStringLiteral("plain465.example.test"), 465, Security::Tls,
                           failing(SmtpFailure::TlsHandshake, 3, QStringLiteral("plain text where TLS was expected")));
    rig.submissions.script(QStringLiteral("tls587.example.test"), 587, Security::StartTls,
                           failing(SmtpFailure::TlsHandshake, 4));
    FakeServerScript wrongCert =
        failing(SmtpFailure::Certificate, 5, QStringLiteral("the certificate is for other.invalid"));
    rig.submissions.script(QStringLiteral("wrongcert.example.test"), 465, Security::Tls, wrongCert);
    FakeServerScript badPass = ok(6);
    badPass.acceptedUsernames = {QStringLiteral("someone-else")};
    rig.submissions.script(QStringLiteral("badpass.example.test"), 465, Security::Tls, badPass);
    rig.submissions.script(QStringLiteral("right.example.test"), 465, Security::Tls, ok(30));
    rig.submissions.script(QStringLiteral("later.example.test"), 465, Security::Tls, blackhole());

    const ProbeResult result = rig.run();
    QVERIFY(result.verified);
    QCOMPARE(result.server()->server.host, QStringLiteral("right.example.test"));
    const auto resultOf = [&](const char* host, quint16 port, Security s) {
        const ProbeCandidate* c = findCandidate(result, QLatin1String(host), port, s);
        return c ? probeOutcomeName(c->result) : QStringLiteral("missing");
    };
    QCOMPARE(resultOf("plain465.example.test", 465, Security::Tls), QStringLiteral("tls-error"));
    QCOMPARE(resultOf("tls587.example.test", 587, Security::StartTls), QStringLiteral("tls-error"));
    QCOMPARE(resultOf("wrongcert.example.test", 465, Security::Tls), QStringLiteral("cert-error"));
    QCOMPARE(resultOf("badpass.example.test", 465, Security::Tls), QStringLiteral("auth-failed"));
    QCOMPARE(resultOf("right.example.test", 465, Security::Tls), QStringLiteral("ok"));
    QCOMPARE(resultOf("later.example.test", 465, Security::Tls), QStringLiteral("skipped"));
    // Guesses of the same domain were probed too, and refused.
    QCOMPARE(resultOf("mail.example.test", 587, Security::StartTls), QStringLiteral("refused"));

    const ProbeCandidate* badPassCandidate =
        findCandidate(result, QStringLiteral("badpass.example.test"), 465, Security::Tls);
    QCOMPARE(badPassCandidate->detail, QStringLiteral("server said: 535 5.7.8 Authentication credentials invalid"));
    QVERIFY(!badPassCandidate->explanation.isEmpty());
    QCOMPARE(findCandidate(result, QStringLiteral("wrongcert.example.test"), 465, Security::Tls)->detail,
             QStringLiteral("the certificate is for other.invalid"));
}

void TestServerProbe::sourceOrderDecides_data()
{
    // Which sources offer a working server (each its own host), and which one must win.
    QTest::addColumn<QStringList>("working");
    QTest::addColumn<QString>("winner");
    QTest::newRow("builtin beats everything")
        << words("builtin autoconfig wellknown srv mx guess") << QStringLiteral("builtin");
    QTest::newRow("autoconfig beats well-known") << words("wellknown autoconfig guess") << QStringLiteral("autoconfig");
    QTest::newRow("well-known beats SRV") << words("srv wellknown") << QStringLiteral("wellknown");
    QTest::newRow("SRV beats MX") << words("mx srv guess") << QStringLiteral("srv");
    QTest::newRow("MX beats guesses") << words("guess mx") << QStringLiteral("mx");
    QTest::newRow("guesses last") << words("guess") << QStringLiteral("guess");
}

void TestServerProbe::sourceOrderDecides()
{
    QFETCH(QStringList, working);
    QFETCH(QString, winner);
    Rig rig;
    // Every source names its own server; earlier sources answer more slowly, so that the fastest
    // answer is never simply taken.
    rig.providers.add(provider(QStringLiteral("example.test"), {QStringLiteral("example.test")},
                               {providerServer(QStringLiteral("builtin.example.test"), 465, Security::Tls)}));
    rig.autoconfig.documents.insert(QStringLiteral("autoconfig:example.test"),
                                    autoconfigXml(QStringLiteral("autoconfig.example.test"), 465, "SSL"));
    rig.autoconfig.documents.insert(QStringLiteral("wellknown:example.test"),
                                    autoconfigXml(QStringLiteral("wellknown.example.test"), 465, "SSL"));
    rig.dns.srv.insert(QStringLiteral("_submissions._tcp.example.test"),
                       {{QStringLiteral("srv.example.test"), 465, 0, 0}});
    rig.dns.mx.insert(QStringLiteral("example.test"), {{QStringLiteral("mx.mailhost.test"), 10}});
    rig.providers.add(provider(QStringLiteral("mailhost.test"), {QStringLiteral("mailhost.test")},
                               {providerServer(QStringLiteral("mx.mailhost.test"), 465, Security::Tls)}));

    const QStringList hosts = words("builtin autoconfig wellknown srv mx");
    for (int i = 0; i < hosts.size(); ++i) {
        const QString host = hosts.at(i) == QLatin1String("mx") ? QStringLiteral("mx.mailhost.test")
                                                                : hosts.at(i) + QStringLiteral(".example.test");
        const qint64 delay = 200 - 30 * i;
        rig.submissions.script(host, 465, Security::Tls,
                               working.contains(hosts.at(i)) ? ok(delay)
                                                             : failing(SmtpFailure::ConnectionRefused, delay));
    }
    rig.submissions.script(QStringLiteral("smtp.example.test"), 465, Security::Tls,
                           working.contains(QLatin1String("guess")) ? ok(5) : failing(SmtpFailure::ConnectionRefused));

    const ProbeResult result = rig.run();
    QVERIFY(result.verified);
    QCOMPARE(discoverySourceName(result.server()->server.source), winner);
    QCOMPARE(result.toJson().value(QStringLiteral("source")).toString(), winner);
}

void TestServerProbe::candidateFoundTwiceKeepsTheEarliestSource()
{
    Rig rig;
    // smtp.example.test:465 is a guess, and autoconfig (later in time, earlier in order) names it too.
    rig.autoconfig.documents.insert(QStringLiteral("autoconfig:example.test"),
                                    autoconfigXml(QStringLiteral("SMTP.example.test"), 465, "SSL"));
    rig.dns.srv.insert(QStringLiteral("_submission._tcp.example.test"),
                       {{QStringLiteral("smtp.example.test."), 587, 0, 0}});
    rig.submissions.script(QStringLiteral("smtp.example.test"), 465, Security::Tls, ok(50));
    rig.submissions.script(QStringLiteral("smtp.example.test"), 587, Security::StartTls, ok(50));

    const ProbeResult result = rig.run();
    QVERIFY(result.verified);
    int count465 = 0;
    for (const ProbeCandidate& c : result.candidates) {
        if (c.server.host == QLatin1String("smtp.example.test") && c.server.port == 465)
            ++count465;
    }
    QCOMPARE(count465, 1);
    QCOMPARE(findCandidate(result, QStringLiteral("smtp.example.test"), 465, Security::Tls)->server.source,
             DiscoverySource::Autoconfig);
    QCOMPARE(findCandidate(result, QStringLiteral("smtp.example.test"), 587, Security::StartTls)->server.source,
             DiscoverySource::Srv);
    QCOMPARE(result.server()->server.source, DiscoverySource::Autoconfig);
    // One session per candidate: the duplicate was not probed twice.
    QCOMPARE(rig.submissions.usernamesTried(QStringLiteral("smtp.example.test"), 465).size(), 1);
}

void TestServerProbe::usernameFallsBackToTheLocalPart()
{
    Rig rig;
    rig.settings.password = QStringLiteral("secret");
    FakeServerScript localOnly = ok();
    localOnly.acceptedUsernames = {QStringLiteral("ada")};
    rig.submissions.script(QStringLiteral("smtp.example.test"), 465, Security::Tls, localOnly);

    const ProbeResult result = rig.run();
    QVERIFY(result.verified);
    QCOMPARE(rig.submissions.usernamesTried(QStringLiteral("smtp.example.test"), 465),
             (QStringList {QStringLiteral("ada@example.test"), QStringLiteral("ada")}));
    const QJsonObject server = result.toJson().value(QStringLiteral("server")).toObject();
    QCOMPARE(server.value(QStringLiteral("username")).toString(), QStringLiteral("ada"));
    QCOMPARE(server.value(QStringLiteral("auth")).toString(), QStringLiteral("PLAIN"));
    // Refused candidates elsewhere were not retried with the local part: only auth-failed is.
    QCOMPARE(rig.submissions.usernamesTried(QStringLiteral("mail.example.test"), 465),
             QStringList {QStringLiteral("ada@example.test")});
}

void TestServerProbe::givenUsernameIsTheOnlyOne()
{
    Rig rig;
    rig.settings.password = QStringLiteral("secret");
    rig.settings.username = QStringLiteral("ada@example.test");
    FakeServerScript localOnly = ok();
    localOnly.acceptedUsernames = {QStringLiteral("ada")};
    rig.submissions.script(QStringLiteral("smtp.example.test"), 465, Security::Tls, localOnly);

    const ProbeResult result = rig.run();
    QVERIFY(!result.verified);
    QCOMPARE(rig.submissions.usernamesTried(QStringLiteral("smtp.example.test"), 465),
             QStringList {QStringLiteral("ada@example.test")});
}

void TestServerProbe::refusedPasswordIsFoundButNotVerified()
{
    Rig rig;
    rig.settings.password = QStringLiteral("wrong");
    FakeServerScript nobody = ok();
    nobody.acceptedUsernames = {QStringLiteral("nobody")};
    rig.submissions.script(QStringLiteral("smtp.example.test"), 465, Security::Tls, nobody);

    const ProbeResult result = rig.run();
    QVERIFY(result.found);
    QVERIFY(!result.verified);
    QCOMPARE(result.error().kind(), ErrorKind::Auth);
    QCOMPARE(result.error().exitCode(), 77);
    QVERIFY(result.error().message().contains(QLatin1String("smtp.example.test:465")));
    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QStringLiteral("server")).toObject().value(QStringLiteral("host")).toString(),
             QStringLiteral("smtp.example.test"));
    QCOMPARE(json.value(QStringLiteral("server")).toObject().value(QStringLiteral("username")).toString(),
             QStringLiteral("ada@example.test"));
}

void TestServerProbe::nothingFound()
{
    Rig rig;
    const ProbeResult result = rig.run();
    QVERIFY(!result.found);
    QVERIFY(!result.verified);
    QCOMPARE(result.error().exitCode(), 69);
    const QJsonObject json = result.toJson();
    QVERIFY(json.value(QStringLiteral("server")).isNull());
    QCOMPARE(json.value(QStringLiteral("found")).toBool(true), false);
    // Every guess is listed, refused: 3 hosts x 3 ports.
    const QJsonArray candidates = json.value(QStringLiteral("candidates")).toArray();
    QCOMPARE(candidates.size(), 9);
    for (const QJsonValue& c : candidates)
        QCOMPARE(c.toObject().value(QStringLiteral("result")).toString(), QStringLiteral("refused"));
    // Implicit TLS first, then STARTTLS.
    QCOMPARE(candidates.first().toObject().value(QStringLiteral("port")).toInt(), 465);
    QCOMPARE(candidates.last().toObject().value(QStringLiteral("port")).toInt(), 25);
}

void TestServerProbe::mxOfAHostingProvider()
{
    Rig rig;
    rig.settings.email = QStringLiteral("mario@esempio.it");
    ProviderEntry aruba =
        provider(QStringLiteral("aruba.it"), {}, {providerServer(QStringLiteral("smtps.aruba.it"), 465, Security::Tls)},
                 ProviderKind::Hosting);
    aruba.mxDomains = {QStringLiteral("aruba.it")};
    rig.providers.add(aruba);
    rig.dns.mx.insert(QStringLiteral("esempio.it"), {{QStringLiteral("mx.aruba.it"), 10}});
    rig.submissions.script(QStringLiteral("smtps.aruba.it"), 465, Security::Tls, ok());

    const ProbeResult result = rig.run();
    QVERIFY(result.verified);
    QCOMPARE(result.server()->server.host, QStringLiteral("smtps.aruba.it"));
    QCOMPARE(result.server()->server.source, DiscoverySource::Mx);
    QVERIFY(rig.dns.asked.contains(QStringLiteral("MX esempio.it")));
    // A server outside the user's domain, found through MX, is pointed out.
    QVERIFY(!result.notes.isEmpty());
    QVERIFY(result.notes.join(QLatin1Char(' ')).contains(QLatin1String("esempio.it")));
}

void TestServerProbe::failedLookUpsDoNotHoldTheOthers()
{
    // One SRV name times out, the other names a server that refuses; the MX's DNSSEC is bogus, so its
    // provider (Aruba) is not a candidate: the guesses decide, without waiting for the sources' timeout.
    Rig rig;
    ProviderEntry aruba =
        provider(QStringLiteral("aruba.it"), {}, {providerServer(QStringLiteral("smtps.aruba.it"), 465, Security::Tls)},
                 ProviderKind::Hosting);
    aruba.mxDomains = {QStringLiteral("aruba.it")};
    rig.providers.add(aruba);
    rig.dns.outcome.insert(QStringLiteral("SRV _submissions._tcp.example.test"), DnsOutcome::TimedOut);
    rig.dns.srv.insert(QStringLiteral("_submission._tcp.example.test"),
                       {{QStringLiteral("relay.example.test"), 587, 0, 0}});
    rig.dns.mx.insert(QStringLiteral("example.test"), {{QStringLiteral("mx.aruba.it"), 10}});
    rig.dns.dnssec.insert(QStringLiteral("example.test"), DnssecStatus::Bogus);
    rig.submissions.script(QStringLiteral("smtps.aruba.it"), 465, Security::Tls, ok());
    rig.submissions.script(QStringLiteral("smtp.example.test"), 465, Security::Tls, ok());

    const ProbeResult result = rig.run();
    QVERIFY(result.verified);
    QCOMPARE(result.server()->server.host, QStringLiteral("smtp.example.test"));
    QCOMPARE(result.server()->server.source, DiscoverySource::Guess);
    QVERIFY(findCandidate(result, QStringLiteral("relay.example.test"), 587, Security::StartTls));
    QVERIFY(rig.dns.asked.contains(QStringLiteral("MX example.test")));
    QVERIFY(!findCandidate(result, QStringLiteral("smtps.aruba.it"), 465, Security::Tls));
    QVERIFY2(result.elapsedMs < 1000, qPrintable(QString::number(result.elapsedMs)));
}

void TestServerProbe::silentSourceIsGivenUpAfterTheTimeout()
{
    Rig rig;
    rig.autoconfig.silent.insert(QStringLiteral("autoconfig:example.test"));
    rig.dns.silent.insert(QStringLiteral("_submissions._tcp.example.test"));
    rig.submissions.script(QStringLiteral("smtp.example.test"), 465, Security::Tls, ok());

    const ProbeResult result = rig.run();
    QVERIFY(result.verified);
    QCOMPARE(result.server()->server.source, DiscoverySource::Guess);
    QVERIFY2(result.elapsedMs >= 1000 && result.elapsedMs <= 1000 + 50, qPrintable(QString::number(result.elapsedMs)));
}

void TestServerProbe::plainOnlyWhenNothingElseAnswers()
{
    Rig rig;
    rig.submissions.script(QStringLiteral("mail.example.test"), 25, Security::StartTls,
                           failing(SmtpFailure::NoStartTls, 5, QStringLiteral("no STARTTLS offered")));
    rig.submissions.script(QStringLiteral("mail.example.test"), 25, Security::None, ok());

    const ProbeResult result = rig.run();
    QVERIFY(result.verified);
    QCOMPARE(result.server()->server.security, Security::None);
    QCOMPARE(result.server()->server.port, quint16(25));
    QVERIFY(result.notes.join(QLatin1Char(' ')).contains(QLatin1String("no encryption")));
    QVERIFY(result.toJson().value(QStringLiteral("tls")).isNull());

    // But never when an encrypted one answers.
    Rig second;
    second.submissions.script(QStringLiteral("mail.example.test"), 25, Security::StartTls,
                              failing(SmtpFailure::NoStartTls));
    second.submissions.script(QStringLiteral("mail.example.test"), 25, Security::None, ok());
    second.submissions.script(QStringLiteral("example.test"), 25, Security::StartTls, ok(80));
    const ProbeResult encrypted = second.run();
    QCOMPARE(encrypted.server()->server.security, Security::StartTls);
    QVERIFY(!findCandidate(encrypted, QStringLiteral("mail.example.test"), 25, Security::None));
}

void TestServerProbe::manualHostAndPort_data()
{
    QTest::addColumn<quint16>("port");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("host only: 465, 587, 25") << quint16(0) << words("465:tls 587:starttls 25:starttls");
    QTest::newRow("port 465: implicit TLS") << quint16(465) << words("465:tls");
    QTest::newRow("port 587: STARTTLS") << quint16(587) << words("587:starttls");
    QTest::newRow("another port: both") << quint16(2525) << words("2525:tls 2525:starttls");
    QTest::newRow("a stored account's port and security") << quint16(2525) << words("2525:none");
}

void TestServerProbe::manualHostAndPort()
{
    QFETCH(quint16, port);
    QFETCH(QStringList, expected);
    Rig rig;
    rig.settings.host = QStringLiteral("relay.example.test");
    rig.settings.port = port;
    if (QByteArray(QTest::currentDataTag()).startsWith("a stored account"))
        rig.settings.security = Security::None;
    rig.providers.add(provider(QStringLiteral("example.test"), {QStringLiteral("example.test")},
                               {providerServer(QStringLiteral("smtp.example.test"), 465, Security::Tls)}));
    const ProbeResult result = rig.run();
    QStringList seen;
    for (const ProbeCandidate& c : result.candidates) {
        QCOMPARE(c.server.host, QStringLiteral("relay.example.test"));
        QCOMPARE(c.server.source, DiscoverySource::Manual);
        seen.append(QString::number(c.server.port) + QLatin1Char(':') + securityName(c.server.security));
    }
    QCOMPARE(seen, expected);
    QVERIFY(rig.dns.asked.isEmpty());
    QVERIFY(rig.autoconfig.asked.isEmpty());
}

void TestServerProbe::pecNoteAndResolveOverride()
{
    Rig rig;
    rig.settings.email = QStringLiteral("studio@pec.it");
    rig.settings.resolve.insert(QStringLiteral("smtps.pec.aruba.it"), QStringLiteral("127.0.0.1"));
    rig.providers.add(provider(QStringLiteral("pec.aruba.it"), {QStringLiteral("pec.it")},
                               {providerServer(QStringLiteral("smtps.pec.aruba.it"), 465, Security::Tls)},
                               ProviderKind::Pec));
    rig.submissions.script(QStringLiteral("smtps.pec.aruba.it"), 465, Security::Tls, ok());
    const ProbeResult result = rig.run();
    QVERIFY(result.verified);
    QVERIFY(result.notes.join(QLatin1Char(' ')).contains(QLatin1String("ACCETTAZIONE")));
    QVERIFY(result.notes.join(QLatin1Char(' ')).contains(QLatin1String("CONSEGNA")));
    bool resolved = false;
    for (const SubmissionSettings& s : rig.submissions.created()) {
        if (s.endpoint.host == QLatin1String("smtps.pec.aruba.it")) {
            QCOMPARE(s.endpoint.connectAddress, QStringLiteral("127.0.0.1"));
            resolved = true;
        }
    }
    QVERIFY(resolved);
}

void TestServerProbe::jsonHasTheContractShape()
{
    Rig rig;
    rig.settings.password = QStringLiteral("secret");
    rig.submissions.script(QStringLiteral("smtp.example.test"), 465, Security::Tls, ok());
    const QJsonObject json = rig.run().toJson();
    QCOMPARE(json.keys(),
             (words("candidates capabilities elapsed_ms email found max_size server source tls verified")));
    QCOMPARE(json.value(QStringLiteral("email")).toString(), QStringLiteral("ada@example.test"));
    QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("guess"));
    QCOMPARE(json.value(QStringLiteral("max_size")).toInteger(), 35882577);
    QVERIFY(json.value(QStringLiteral("capabilities")).toArray().contains(QStringLiteral("AUTH PLAIN LOGIN")));
    const QJsonObject server = json.value(QStringLiteral("server")).toObject();
    QCOMPARE(server.keys(), (words("auth host port security username")));
    QCOMPARE(server.value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
    QCOMPARE(server.value(QStringLiteral("port")).toInt(), 465);
    const QJsonObject tls = json.value(QStringLiteral("tls")).toObject();
    QCOMPARE(tls.keys(), (words("certificate cipher protocol")));
    QCOMPARE(tls.value(QStringLiteral("protocol")).toString(), QStringLiteral("TLSv1.3"));
    const QJsonObject certificate = tls.value(QStringLiteral("certificate")).toObject();
    QCOMPARE(certificate.keys(), (words("issuer not_after sha256 subject")));
    QCOMPARE(certificate.value(QStringLiteral("not_after")).toString(), QStringLiteral("2027-01-01T00:00:00Z"));
    const QJsonObject candidate = json.value(QStringLiteral("candidates")).toArray().first().toObject();
    QCOMPARE(candidate.keys(), (words("detail elapsed_ms host port result security source")));
}

void TestServerProbe::sessionsAreCleanedUp()
{
    {
        Rig rig;
        rig.submissions.script(QStringLiteral("smtp.example.test"), 465, Security::Tls, ok());
        rig.submissions.script(QStringLiteral("mail.example.test"), 465, Security::Tls, blackhole());
        QVERIFY(rig.run().verified);
        QTRY_COMPARE_WITH_TIMEOUT(FakeProbeSubmission::liveCount(), 0, 2000);
    }
    // Cancelling stops everything at once.
    Rig rig;
    rig.submissions.unknown = blackhole();
    ServerProbe probe(rig.settings, rig.services());
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    QCOMPARE(FakeProbeSubmission::liveCount(), 0); // nothing before the event loop runs
    QCoreApplication::processEvents();
    QVERIFY(FakeProbeSubmission::liveCount() > 0);
    probe.cancel();
    QCOMPARE(finished.size(), 1);
    const ProbeResult result = finished.first().first().value<ProbeResult>();
    QVERIFY(!result.found);
    for (const ProbeCandidate& c : result.candidates)
        QCOMPARE(c.result, ProbeOutcome::Skipped);
    QTRY_COMPARE_WITH_TIMEOUT(FakeProbeSubmission::liveCount(), 0, 2000);
}

void TestServerProbe::finishedNeverComesInsideStart()
{
    // Not an address: nothing to try, and still finished() only from the event loop.
    Rig rig;
    rig.settings.email = QStringLiteral("not-an-address");
    ServerProbe probe(rig.settings, rig.services());
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(2000));
    const ProbeResult result = finished.first().first().value<ProbeResult>();
    QVERIFY(!result.found);
    QVERIFY(result.candidates.isEmpty());
    QVERIFY(!result.notes.isEmpty());
}

void TestServerProbe::silentPreferredGivesWayAfterTheGrace_data()
{
    QTest::addColumn<bool>("synBlackhole");
    QTest::newRow("connected, then silent") << false;
    QTest::newRow("SYN unanswered") << true;
}

void TestServerProbe::silentPreferredGivesWayAfterTheGrace()
{
    QFETCH(bool, synBlackhole);
    Rig rig;
    rig.settings.timeoutMs = 10'000;
    rig.submissions.script(smtpHost, 465, Security::Tls, synBlackhole ? blackhole() : silent());
    rig.submissions.script(mailHost, 465, Security::Tls, ok(20));

    const ProbeResult result = rig.run(20'000);
    QVERIFY(result.verified);
    QCOMPARE(result.server()->server.host, mailHost);
    // Two seconds of grace after the verification at 20 ms, not the ten-second timeout.
    QVERIFY2(result.elapsedMs >= 2020 && result.elapsedMs <= 2020 + 10, qPrintable(QString::number(result.elapsedMs)));
    const ProbeCandidate* preferred = findCandidate(result, smtpHost, 465, Security::Tls);
    QVERIFY(preferred);
    QCOMPARE(preferred->result, ProbeOutcome::Timeout);
    QVERIFY2(preferred->detail.contains(QLatin1String("no greeting within 2.02 s; a slower server may still answer")),
             qPrintable(preferred->detail));
    QVERIFY2(preferred->detail.contains(QLatin1String("mail.example.test:465")), qPrintable(preferred->detail));
    QVERIFY(preferred->elapsedMs >= 2015 && preferred->elapsedMs <= 2030);
    QCOMPARE(findCandidate(result, mailHost, 465, Security::Tls)->elapsedMs, qint64(20));
    QTRY_COMPARE_WITH_TIMEOUT(FakeProbeSubmission::liveCount(), 0, 2000);
}

void TestServerProbe::preferredGreetingInsideTheGraceWins()
{
    Rig rig;
    rig.settings.timeoutMs = 10'000;
    rig.submissions.script(smtpHost, 465, Security::Tls, greetsLate(1500, 1550));
    rig.submissions.script(mailHost, 465, Security::Tls, ok(20));

    const ProbeResult result = rig.run(20'000);
    QVERIFY(result.verified);
    QCOMPARE(result.server()->server.host, smtpHost);
    QVERIFY2(result.elapsedMs >= 1550 && result.elapsedMs <= 1560, qPrintable(QString::number(result.elapsedMs)));
    QCOMPARE(findCandidate(result, mailHost, 465, Security::Tls)->result, ProbeOutcome::Ok);
}

void TestServerProbe::greetedPreferredIsWaitedForUpToItsTimeout()
{
    // Greeted at 100 ms, then slow through TLS and EHLO: slow, not silent, so it keeps its whole timeout and
    // wins at 4.5 s although the grace ended at 2.02 s.
    Rig rig;
    rig.settings.timeoutMs = 10'000;
    rig.submissions.script(smtpHost, 465, Security::Tls, greetsLate(100, 4500));
    rig.submissions.script(mailHost, 465, Security::Tls, ok(20));
    ProbeResult result = rig.run(20'000);
    QVERIFY(result.verified);
    QCOMPARE(result.server()->server.host, smtpHost);
    QVERIFY2(result.elapsedMs >= 4500 && result.elapsedMs <= 4510, qPrintable(QString::number(result.elapsedMs)));

    // The same, but it never gets further than the greeting: the verified one wins at its timeout.
    Rig stuck;
    stuck.settings.timeoutMs = 6'000;
    stuck.submissions.script(smtpHost, 465, Security::Tls, greetsLate(100, 60'000));
    stuck.submissions.script(mailHost, 465, Security::Tls, ok(20));
    result = stuck.run(20'000);
    QCOMPARE(result.server()->server.host, mailHost);
    QVERIFY2(result.elapsedMs >= 6000 && result.elapsedMs <= 6010, qPrintable(QString::number(result.elapsedMs)));
    QCOMPARE(findCandidate(result, smtpHost, 465, Security::Tls)->result, ProbeOutcome::Timeout);
}

void TestServerProbe::graceNeverRunsPastItsLimit_data()
{
    QTest::addColumn<qint64>("verifiedAt");
    QTest::addColumn<qint64>("graceMs");
    QTest::addColumn<qint64>("limitMs");
    QTest::addColumn<qint64>("answerAt");
    QTest::newRow("verified late: the limit, 3 s") << qint64(2500) << qint64(2000) << qint64(3000) << qint64(3000);
    QTest::newRow("verified after the limit: at once") << qint64(3500) << qint64(2000) << qint64(3000) << qint64(3500);
    QTest::newRow("no limit") << qint64(2500) << qint64(2000) << qint64(0) << qint64(4500);
    QTest::newRow("no grace") << qint64(20) << qint64(0) << qint64(3000) << qint64(20);
    QTest::newRow("longer grace") << qint64(20) << qint64(5000) << qint64(0) << qint64(5020);
}

void TestServerProbe::graceNeverRunsPastItsLimit()
{
    QFETCH(qint64, verifiedAt);
    QFETCH(qint64, graceMs);
    QFETCH(qint64, limitMs);
    QFETCH(qint64, answerAt);
    Rig rig;
    rig.settings.timeoutMs = 10'000;
    rig.settings.graceMs = graceMs;
    rig.settings.graceLimitMs = limitMs;
    rig.submissions.script(smtpHost, 465, Security::Tls, silent());
    rig.submissions.script(mailHost, 465, Security::Tls, ok(verifiedAt));
    const ProbeResult result = rig.run(20'000);
    QCOMPARE(result.server()->server.host, mailHost);
    QVERIFY2(result.elapsedMs >= answerAt && result.elapsedMs <= answerAt + 10,
             qPrintable(QString::number(result.elapsedMs)));
}

void TestServerProbe::nothingVerifiedMeansNoGrace()
{
    // Nothing verified: the silent one has its whole timeout, and every failure is named.
    Rig rig;
    rig.settings.timeoutMs = 5'000;
    rig.settings.password = QStringLiteral("secret");
    rig.submissions.script(smtpHost, 465, Security::Tls, silent());
    FakeServerScript refusing = ok(20);
    refusing.acceptedUsernames = {QStringLiteral("nobody")};
    rig.submissions.script(mailHost, 465, Security::Tls, refusing);
    rig.submissions.script(mailHost, 587, Security::StartTls,
                           failing(SmtpFailure::Certificate, 30, QStringLiteral("the certificate has expired")));
    const ProbeResult result = rig.run(20'000);
    QVERIFY(!result.verified);
    QVERIFY(result.found); // the refused password is the server
    QVERIFY2(result.elapsedMs >= 5000 && result.elapsedMs <= 5010, qPrintable(QString::number(result.elapsedMs)));
    const ProbeCandidate* preferred = findCandidate(result, smtpHost, 465, Security::Tls);
    QCOMPARE(preferred->result, ProbeOutcome::Timeout);
    QVERIFY2(preferred->detail.contains(QLatin1String("within 5 seconds")), qPrintable(preferred->detail));
    QCOMPARE(findCandidate(result, mailHost, 465, Security::Tls)->result, ProbeOutcome::AuthFailed);
    QCOMPARE(findCandidate(result, mailHost, 587, Security::StartTls)->result, ProbeOutcome::CertError);
    QCOMPARE(findCandidate(result, mailHost, 587, Security::StartTls)->detail,
             QStringLiteral("the certificate has expired"));
}

void TestServerProbe::everyoneAnsweringEndsAtTheMostPreferred()
{
    Rig rig;
    rig.settings.timeoutMs = 10'000;
    // Every guess works, the most preferred one first.
    for (const QString& host : {smtpHost, mailHost, QStringLiteral("example.test")}) {
        rig.submissions.script(host, 465, Security::Tls, ok(500));
        rig.submissions.script(host, 587, Security::StartTls, ok(500));
        rig.submissions.script(host, 25, Security::StartTls, ok(500));
    }
    rig.submissions.script(smtpHost, 465, Security::Tls, ok(30));
    const ProbeResult result = rig.run(20'000);
    QCOMPARE(result.server()->server.host, smtpHost);
    QCOMPARE(result.server()->server.port, quint16(465));
    QCOMPARE(result.elapsedMs, qint64(30));
    int skipped = 0;
    for (const ProbeCandidate& c : result.candidates) {
        if (&c == result.server())
            continue;
        QCOMPARE(c.result, ProbeOutcome::Skipped);
        QVERIFY2(c.detail.contains(QLatin1String("smtp.example.test:465 answered first")), qPrintable(c.detail));
        QVERIFY(c.elapsedMs <= 30); // what it ran for before it was cut short, or 0 when it never started
        ++skipped;
    }
    QCOMPARE(skipped, 8);
}

void TestServerProbe::blackholedConnectTimesOutEarly()
{
    // Nothing verified and the only server's SYN is unanswered: the connect timeout, not the whole timeout.
    Rig rig;
    rig.settings.timeoutMs = 10'000;
    rig.submissions.script(smtpHost, 465, Security::Tls, blackhole());
    const ProbeResult result = rig.run(20'000);
    QVERIFY(!result.found);
    QVERIFY2(result.elapsedMs >= 3000 && result.elapsedMs <= 3010, qPrintable(QString::number(result.elapsedMs)));
    const ProbeCandidate* dead = findCandidate(result, smtpHost, 465, Security::Tls);
    QCOMPARE(dead->result, ProbeOutcome::Timeout);
    QCOMPARE(dead->elapsedMs, qint64(3000));
    for (const SubmissionSettings& s : rig.submissions.created()) {
        QCOMPARE(s.timeouts.connect, qint64(3000));
        QCOMPARE(s.timeouts.greeting, qint64(10'000));
    }
    // A probe timeout shorter than the connect timeout bounds it.
    Rig quick;
    quick.settings.timeoutMs = 1'000;
    quick.submissions.script(smtpHost, 465, Security::Tls, blackhole());
    QVERIFY(!quick.run().found);
    QCOMPARE(quick.submissions.created().first().timeouts.connect, qint64(1000));
}

void TestServerProbe::lateVerifiedCandidateIsOffered()
{
    Rig rig;
    rig.settings.timeoutMs = 10'000;
    rig.settings.watchLate = true;
    rig.submissions.script(smtpHost, 465, Security::Tls, greetsLate(5000, 5050));
    rig.submissions.script(mailHost, 465, Security::Tls, ok(20));
    ServerProbe probe(rig.settings, rig.services());
    QSignalSpy finished(&probe, &ServerProbe::finished);
    QSignalSpy late(&probe, &ServerProbe::lateVerified);
    probe.start();
    for (qint64 t = 0; t <= 12'000 && late.isEmpty(); t += 5) {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        if (late.isEmpty())
            rig.clock.advance(5);
    }
    QCOMPARE(finished.size(), 1);
    const ProbeResult result = finished.first().first().value<ProbeResult>();
    QCOMPARE(result.server()->server.host, mailHost);
    QVERIFY(result.elapsedMs <= 2030);
    QCOMPARE(findCandidate(result, smtpHost, 465, Security::Tls)->result, ProbeOutcome::Timeout);
    QCOMPARE(late.size(), 1);
    const ProbeCandidate offered = late.first().first().value<ProbeCandidate>();
    QCOMPARE(offered.server.host, smtpHost);
    QCOMPARE(offered.result, ProbeOutcome::Ok);
    QCOMPARE(offered.elapsedMs, qint64(5050));
    QVERIFY(offered.tls.encrypted);
    QVERIFY(!offered.capabilities.isEmpty());
    QVERIFY(!probe.isWatchingLate());
    QTRY_COMPARE_WITH_TIMEOUT(FakeProbeSubmission::liveCount(), 0, 2000);
}

void TestServerProbe::lateCandidateThatFailsIsNotOffered()
{
    Rig rig;
    rig.settings.timeoutMs = 10'000;
    rig.settings.watchLate = true;
    rig.submissions.script(smtpHost, 465, Security::Tls, silent());
    rig.submissions.script(mailHost, 465, Security::Tls, ok(20));
    ServerProbe probe(rig.settings, rig.services());
    QSignalSpy finished(&probe, &ServerProbe::finished);
    QSignalSpy late(&probe, &ServerProbe::lateVerified);
    probe.start();
    for (qint64 t = 0; t <= 12'000; t += 5) {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        rig.clock.advance(5);
        if (t == 3000) {
            QCOMPARE(finished.size(), 1);
            QVERIFY(probe.isWatchingLate()); // still listening to the silent one
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QCOMPARE(FakeProbeSubmission::liveCount(), 1);
        }
    }
    QVERIFY(late.isEmpty());
    QVERIFY(!probe.isWatchingLate()); // its own timeout ended the watch
    QTRY_COMPARE_WITH_TIMEOUT(FakeProbeSubmission::liveCount(), 0, 2000);

    // cancel() after finished() stops the watch at once.
    Rig again;
    again.settings.timeoutMs = 10'000;
    again.settings.watchLate = true;
    again.submissions.script(smtpHost, 465, Security::Tls, silent());
    again.submissions.script(mailHost, 465, Security::Tls, ok(20));
    ServerProbe second(again.settings, again.services());
    QSignalSpy secondFinished(&second, &ServerProbe::finished);
    second.start();
    for (qint64 t = 0; t <= 5000 && secondFinished.isEmpty(); t += 5) {
        QCoreApplication::processEvents();
        again.clock.advance(5);
    }
    QCOMPARE(secondFinished.size(), 1);
    QVERIFY(second.isWatchingLate());
    second.cancel();
    QVERIFY(!second.isWatchingLate());
    QCOMPARE(secondFinished.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(FakeProbeSubmission::liveCount(), 0, 2000);
}

void TestServerProbe::timingsComeFromTheSettings()
{
    QTemporaryDir dir;
    Settings file(dir.filePath(QStringLiteral("postino.ini")));
    ProbeSettings defaults;
    defaults.applyTimings(file);
    QCOMPARE(defaults.graceMs, qint64(2000));
    QCOMPARE(defaults.graceLimitMs, qint64(3000));
    QCOMPARE(defaults.connectTimeoutMs, qint64(3000));
    file.setValue(Settings::Key::ProbeGraceMs, 500);
    file.setValue(Settings::Key::ProbeGraceLimitMs, 0);
    file.setValue(Settings::Key::ProbeConnectTimeoutMs, 1500);
    ProbeSettings chosen;
    chosen.applyTimings(file);
    QCOMPARE(chosen.graceMs, qint64(500));
    QCOMPARE(chosen.graceLimitMs, qint64(0));
    QCOMPARE(chosen.connectTimeoutMs, qint64(1500));
}

QTEST_GUILESS_MAIN(TestServerProbe)
#include "TestServerProbe.moc"
