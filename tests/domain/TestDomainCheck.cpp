#include "DomainTestUtil.h"
#include "FakeDnsResolver.h"
#include "FakeProbeSubmission.h"
#include "MockClock.h"
#include "domain/DomainCheck.h"
#include "domain/MtaStsFetcher.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Postino;
using namespace Postino::Test;
using CheckStatus = DomainCheckResult::Status;

Q_DECLARE_METATYPE(Postino::DomainCheckResult::Status)

namespace {

QString key(const char* name)
{
    QFile file(qEnvironmentVariable("POSTINO_SOURCE_DIR") + QStringLiteral("/tests/domain/keys/")
               + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test key %s", name);
    return QString::fromLatin1(file.readAll().trimmed());
}

// A DKIM record in 255-byte character-strings, as a DNS panel splits it.
QStringList dkimRecord(const char* keyFile)
{
    const QString text = QStringLiteral("v=DKIM1; k=rsa; p=") + key(keyFile);
    QStringList strings;
    for (qsizetype i = 0; i < text.size(); i += 255)
        strings.append(text.mid(i, 255));
    return strings;
}

QHostAddress ip(const char* text)
{
    return QHostAddress(QString::fromUtf8(text));
}

// example.com, healthy: one MX with an address, SPF allowing 192.0.2.25, a 2048-bit DKIM key at
// "mail", DMARC p=reject with local reports, forward-confirmed reverse DNS, on no blocklist.
void healthy(FakeDnsResolver& dns)
{
    dns.mx.insert(QStringLiteral("example.com"), {MxRecord {QStringLiteral("mx.example.com"), 10}});
    dns.a.insert(QStringLiteral("mx.example.com"), {ip("192.0.2.10")});
    dns.a.insert(QStringLiteral("smtp.example.com"), {ip("192.0.2.25")});
    dns.addTxt(QStringLiteral("example.com"), strings({"v=spf1 ip4:192.0.2.25 mx -all"}));
    dns.addTxt(QStringLiteral("mail._domainkey.example.com"), dkimRecord("rsa2048.spki.b64"));
    dns.addTxt(QStringLiteral("_dmarc.example.com"), strings({"v=DMARC1; p=reject; rua=mailto:dmarc@example.com"}));
    dns.ptr.insert(QStringLiteral("192.0.2.25"), {QStringLiteral("smtp.example.com")});
    dns.addTxt(QStringLiteral("_mta-sts.example.com"), strings({"v=STSv1; id=20240101"}));
    dns.addTxt(QStringLiteral("_smtp._tls.example.com"), strings({"v=TLSRPTv1; rua=mailto:tls@example.com"}));
    dns.a.insert(QStringLiteral("mta-sts.example.com"), {ip("192.0.2.80")});
}

// Answers policy fetches from a table (domain -> answer), later from the event loop; records what was asked.
class FakeMtaStsFetcher final : public MtaStsFetcher
{
public:
    QHash<QString, MtaStsFetchAnswer> answers;
    QStringList asked; // "domain@address"

    static MtaStsFetchAnswer policy(const QByteArray& body, int status = 200,
                                    const QByteArray& type = QByteArrayLiteral("text/plain; charset=utf-8"))
    {
        MtaStsFetchAnswer a;
        a.httpStatus = status;
        a.contentType = type;
        a.body = body;
        return a;
    }

    void fetch(const QString& domain, const QString& address, QObject* context,
               std::function<void(const MtaStsFetchAnswer&)> done) override
    {
        asked.append(domain + QLatin1Char('@') + address);
        MtaStsFetchAnswer answer = answers.value(domain);
        if (!answers.contains(domain))
            answer.error =
                QStringLiteral("https://mta-sts.%1/.well-known/mta-sts.txt could not be fetched: refused").arg(domain);
        answer.url = urlFor(domain);
        QMetaObject::invokeMethod(
            context, [done, answer] { done(answer); }, Qt::QueuedConnection);
    }
};

const QByteArray kGoodPolicy = "version: STSv1\r\nmode: enforce\r\nmx: mx.example.com\r\nmax_age: 604800\r\n";

DomainCheckReport run(FakeDnsResolver& dns, DomainCheckOptions options)
{
    MockClock clock;
    options.clock = &clock;
    FakeMtaStsFetcher fetcher;
    fetcher.answers.insert(QStringLiteral("example.com"), FakeMtaStsFetcher::policy(kGoodPolicy));
    if (!options.mtaSts)
        options.mtaSts = &fetcher;
    if (options.dnsblZones.isEmpty())
        options.dnsblZones = strings({"bl.test"});
    DomainCheck check(dns, options);
    std::optional<DomainCheckReport> report;
    QObject::connect(&check, &DomainCheck::finished, [&report](const DomainCheckReport& r) { report = r; });
    QStringList done;
    QObject::connect(&check, &DomainCheck::checkFinished, [&done](const DomainCheckResult& r) { done.append(r.id); });
    check.start();
    if (!runUntilSet(report))
        qFatal("the domain check did not finish; finished: %s", qPrintable(done.join(QLatin1Char(' '))));
    return *report;
}

// The same with connections: the fake sessions play on the clock, which moves on whenever the event loop is idle.
DomainCheckReport runConnecting(FakeDnsResolver& dns, DomainCheckOptions options, FakeProbeSubmissionFactory& sessions)
{
    MockClock clock;
    options.clock = &clock;
    options.submissions = &sessions;
    FakeMtaStsFetcher fetcher;
    fetcher.answers.insert(QStringLiteral("example.com"), FakeMtaStsFetcher::policy(kGoodPolicy));
    if (!options.mtaSts)
        options.mtaSts = &fetcher;
    if (options.dnsblZones.isEmpty())
        options.dnsblZones = strings({"bl.test"});
    DomainCheck check(dns, options);
    std::optional<DomainCheckReport> report;
    QObject::connect(&check, &DomainCheck::finished, [&report](const DomainCheckReport& r) { report = r; });
    check.start();
    for (int step = 0; step < 1000 && !report; ++step) {
        for (int i = 0; i < 20 && !report; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (!report)
            clock.advance(10);
    }
    if (!report)
        qFatal("the domain check with connections did not finish");
    return *report;
}

// The MX test's result id for the MX host name, from the summary that names it.
const DomainCheckResult* mxResult(const DomainCheckReport& report, const char* id, const char* host = "mx.example.com")
{
    for (const DomainCheckResult& r : report.checks) {
        if (r.id == QString::fromUtf8(id) && r.summary.contains(QString::fromUtf8(host)))
            return &r;
    }
    return nullptr;
}

SmtpReply smtpReply(int code, const char* text)
{
    SmtpReply r;
    r.code = code;
    r.lines = {QByteArray(text)};
    return r;
}

DomainCheckOptions serverOptions(const char* target = "example.com")
{
    DomainCheckOptions o;
    o.target = QString::fromUtf8(target);
    o.servers = strings({"smtp.example.com"});
    return o;
}

CheckStatus statusOf(const DomainCheckReport& report, const char* id)
{
    const DomainCheckResult* r = report.find(QString::fromUtf8(id));
    if (!r)
        qFatal("no result for %s", id);
    return r->status;
}

} // namespace

class TestDomainCheck : public QObject
{
    Q_OBJECT
private slots:
    void healthyDomainPasses();
    void streamsEveryCheck();
    void failures_data();
    void failures();
    void spfFixAddsTheServer();
    void externalReportsAuthorised();
    void dnsblReturnCodes();
    void dnsblRefusedIsNotListed();
    void serverFailureIsUnanswered();
    void deadlineEndsSilentChecks();
    void dkimWithoutAnswer();
    void domainOfTarget();
    void daneNeedsDnssec();
    void mtaStsPolicy_data();
    void mtaStsPolicy();
    void mtaStsWithoutFetcher();
    void mxTest_data();
    void mxTest();
    void mxTestEverySetPerMx();
    void mxTestWithoutMx();
    void ehloName_data();
    void ehloName();
};

void TestDomainCheck::healthyDomainPasses()
{
    FakeDnsResolver dns;
    healthy(dns);
    const DomainCheckReport r = run(dns, serverOptions());
    QCOMPARE(r.domain, QStringLiteral("example.com"));
    QCOMPARE(r.checks.size(), DomainCheck::checkIds().size());
    for (const char* id : {"mx", "spf", "dkim", "dmarc", "alignment", "ptr", "dnsbl", "mta-sts", "tls-rpt"})
        QVERIFY2(statusOf(r, id) == CheckStatus::Pass,
                 qPrintable(QString::fromUtf8(id) + QStringLiteral(": ") + r.find(QString::fromUtf8(id))->summary));
    QCOMPARE(statusOf(r, "dane"), CheckStatus::Info);
    QVERIFY(!r.hasFailure());
    QVERIFY(!r.dnsUnanswered);
    QVERIFY(dns.asked.contains(QStringLiteral("A 25.2.0.192.bl.test")));
}

void TestDomainCheck::streamsEveryCheck()
{
    FakeDnsResolver dns;
    healthy(dns);
    MockClock clock;
    DomainCheckOptions o = serverOptions();
    o.clock = &clock;
    o.dnsblZones = strings({"bl.test"});
    DomainCheck check(dns, o);
    QSignalSpy each(&check, &DomainCheck::checkFinished);
    QSignalSpy done(&check, &DomainCheck::finished);
    check.start();
    QVERIFY(each.isEmpty()); // nothing inside start()
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(each.size(), DomainCheck::checkIds().size());
    QStringList ids;
    for (const QList<QVariant>& args : each)
        ids.append(args.first().value<DomainCheckResult>().id);
    ids.sort();
    QStringList expected = DomainCheck::checkIds();
    expected.sort();
    QCOMPARE(ids, expected);
}

void TestDomainCheck::failures_data()
{
    QTest::addColumn<QString>("change"); // what differs from the healthy domain
    QTest::addColumn<QString>("id");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("fixContains");

    QTest::newRow("no MX") << "nomx"
                           << "mx" << CheckStatus::Fail << "MX 10 mail.example.com.";
    QTest::newRow("MX is a CNAME") << "mxcname"
                                   << "mx" << CheckStatus::Fail << "MX 10 real.example.com.";
    QTest::newRow("MX without address") << "mxnoaddr"
                                        << "mx" << CheckStatus::Fail << "mx.example.com. A";
    QTest::newRow("null MX") << "nullmx"
                             << "mx" << CheckStatus::Info << "";
    QTest::newRow("no SPF") << "nospf"
                            << "spf" << CheckStatus::Fail << "v=spf1 ip4:192.0.2.25 mx ~all";
    QTest::newRow("SPF +all") << "spfall"
                              << "spf" << CheckStatus::Fail << "v=spf1 mx ~all";
    QTest::newRow("SPF ?all") << "spfneutral"
                              << "spf" << CheckStatus::Fail << "~all";
    QTest::newRow("SPF two records") << "spftwo"
                                     << "spf" << CheckStatus::Fail << "v=spf1";
    QTest::newRow("SPF over 10 look-ups") << "spflookups"
                                          << "spf" << CheckStatus::Fail << "ip4:";
    QTest::newRow("SPF void look-ups") << "spfvoid"
                                       << "spf" << CheckStatus::Fail << "a:gone1.example.com";
    QTest::newRow("SPF without the server") << "spfserver"
                                            << "spf" << CheckStatus::Fail << "v=spf1 mx ip4:192.0.2.25 -all";
    QTest::newRow("no DKIM") << "nodkim"
                             << "dkim" << CheckStatus::Warn << "_domainkey.example.com";
    QTest::newRow("DKIM 512 bits") << "dkim512"
                                   << "dkim" << CheckStatus::Fail << "mail._domainkey.example.com";
    QTest::newRow("DKIM 1024 bits") << "dkim1024"
                                    << "dkim" << CheckStatus::Warn << "2048";
    QTest::newRow("DKIM revoked") << "dkimrevoked"
                                  << "dkim" << CheckStatus::Fail << "mail._domainkey.example.com";
    QTest::newRow("no DMARC") << "nodmarc"
                              << "dmarc" << CheckStatus::Fail << "v=DMARC1; p=none";
    QTest::newRow("DMARC p=none") << "dmarcnone"
                                  << "dmarc" << CheckStatus::Warn << "p=quarantine";
    QTest::newRow("DMARC external rua") << "dmarcexternal"
                                        << "dmarc" << CheckStatus::Fail
                                        << "example.com._report._dmarc.reports.example.net TXT \"v=DMARC1\"";
    QTest::newRow("no reverse name") << "noptr"
                                     << "ptr" << CheckStatus::Fail << "192.0.2.25";
    QTest::newRow("reverse name mismatch") << "ptrmismatch"
                                           << "ptr" << CheckStatus::Fail << "other.example.net A 192.0.2.25";
    QTest::newRow("listed on the blocklist") << "listed"
                                             << "dnsbl" << CheckStatus::Fail << "delist";
    QTest::newRow("no alignment without SPF or DKIM") << "noalign"
                                                      << "alignment" << CheckStatus::Fail << "ip4:192.0.2.25";
    QTest::newRow("DKIM only alignment") << "dkimonly"
                                         << "alignment" << CheckStatus::Warn << "d=example.com";
    QTest::newRow("From @gmail.com elsewhere") << "gmail"
                                               << "alignment" << CheckStatus::Fail << "gmail.com";
    QTest::newRow("From not the account's address") << "foreignfrom"
                                                    << "alignment" << CheckStatus::Fail << "account's own address";
    QTest::newRow("MTA-STS without id") << "stsnoid"
                                        << "mta-sts" << CheckStatus::Fail << "id=";
    QTest::newRow("no TLS-RPT") << "notlsrpt"
                                << "tls-rpt" << CheckStatus::Info << "v=TLSRPTv1";
}

void TestDomainCheck::failures()
{
    QFETCH(QString, change);
    QFETCH(QString, id);
    QFETCH(CheckStatus, status);
    QFETCH(QString, fixContains);

    FakeDnsResolver dns;
    healthy(dns);
    DomainCheckOptions options = serverOptions();
    const QString domain = QStringLiteral("example.com");
    auto setSpf = [&dns, &domain](const char* record) {
        dns.txt.remove(domain);
        if (record)
            dns.addTxt(domain, strings({record}));
    };
    auto setDkim = [&dns](const QStringList& record) {
        dns.txt.remove(QStringLiteral("mail._domainkey.example.com"));
        dns.addTxt(QStringLiteral("mail._domainkey.example.com"), record);
    };
    auto setDmarc = [&dns](const char* record) {
        dns.txt.remove(QStringLiteral("_dmarc.example.com"));
        if (record)
            dns.addTxt(QStringLiteral("_dmarc.example.com"), strings({record}));
    };
    if (change == QLatin1String("nomx")) {
        dns.mx.clear();
    } else if (change == QLatin1String("mxcname")) {
        dns.cname.insert(QStringLiteral("mx.example.com"), QStringLiteral("real.example.com"));
    } else if (change == QLatin1String("mxnoaddr")) {
        dns.a.remove(QStringLiteral("mx.example.com"));
    } else if (change == QLatin1String("nullmx")) {
        dns.mx.insert(domain, {MxRecord {QString(), 0}});
    } else if (change == QLatin1String("nospf")) {
        setSpf(nullptr);
    } else if (change == QLatin1String("spfall")) {
        setSpf("v=spf1 mx +all");
        options.servers.clear();
    } else if (change == QLatin1String("spfneutral")) {
        setSpf("v=spf1 ip4:192.0.2.25 ?all");
    } else if (change == QLatin1String("spftwo")) {
        dns.addTxt(domain, strings({"v=spf1 mx -all"}));
    } else if (change == QLatin1String("spflookups")) {
        QString record = QStringLiteral("v=spf1 ip4:192.0.2.25");
        for (int i = 1; i <= 11; ++i) {
            record += QStringLiteral(" a:h%1.example.com").arg(i);
            dns.a.insert(QStringLiteral("h%1.example.com").arg(i), {ip("198.51.100.1")});
        }
        dns.txt.remove(domain);
        dns.addTxt(domain, {record + QStringLiteral(" -all")});
        options.servers.clear();
    } else if (change == QLatin1String("spfvoid")) {
        setSpf("v=spf1 a:gone1.example.com a:gone2.example.com a:gone3.example.com ip4:192.0.2.25 -all");
        options.servers.clear();
    } else if (change == QLatin1String("spfserver")) {
        setSpf("v=spf1 mx -all");
    } else if (change == QLatin1String("nodkim")) {
        dns.txt.remove(QStringLiteral("mail._domainkey.example.com"));
    } else if (change == QLatin1String("dkim512")) {
        setDkim(dkimRecord("rsa512.spki.b64"));
    } else if (change == QLatin1String("dkim1024")) {
        setDkim(dkimRecord("rsa1024.spki.b64"));
    } else if (change == QLatin1String("dkimrevoked")) {
        setDkim(strings({"v=DKIM1; k=rsa; p="}));
    } else if (change == QLatin1String("nodmarc")) {
        setDmarc(nullptr);
    } else if (change == QLatin1String("dmarcnone")) {
        setDmarc("v=DMARC1; p=none; rua=mailto:dmarc@example.com");
    } else if (change == QLatin1String("dmarcexternal")) {
        setDmarc("v=DMARC1; p=reject; rua=mailto:agg@reports.example.net");
    } else if (change == QLatin1String("noptr")) {
        dns.ptr.clear();
    } else if (change == QLatin1String("ptrmismatch")) {
        dns.ptr.insert(QStringLiteral("192.0.2.25"), {QStringLiteral("other.example.net")});
        dns.a.insert(QStringLiteral("other.example.net"), {ip("203.0.113.9")});
    } else if (change == QLatin1String("listed")) {
        dns.a.insert(QStringLiteral("25.2.0.192.bl.test"), {ip("127.0.0.2")});
    } else if (change == QLatin1String("noalign")) {
        setSpf("v=spf1 mx -all");
        dns.txt.remove(QStringLiteral("mail._domainkey.example.com"));
    } else if (change == QLatin1String("dkimonly")) {
        setSpf("v=spf1 mx -all");
    } else if (change == QLatin1String("gmail")) {
        options.target = QStringLiteral("someone@gmail.com");
        dns.addTxt(QStringLiteral("gmail.com"), strings({"v=spf1 ip4:209.85.128.0/17 ~all"}));
        dns.addTxt(QStringLiteral("google._domainkey.gmail.com"), dkimRecord("rsa2048.spki.b64"));
    } else if (change == QLatin1String("foreignfrom")) {
        options.target = QStringLiteral("boss@example.com");
        options.accountAddress = QStringLiteral("me@example.org");
    } else if (change == QLatin1String("stsnoid")) {
        dns.txt.remove(QStringLiteral("_mta-sts.example.com"));
        dns.addTxt(QStringLiteral("_mta-sts.example.com"), strings({"v=STSv1;"}));
    } else if (change == QLatin1String("notlsrpt")) {
        dns.txt.remove(QStringLiteral("_smtp._tls.example.com"));
    } else {
        QFAIL("unknown change");
    }
    const DomainCheckReport r = run(dns, options);
    const DomainCheckResult* check = r.find(id);
    QVERIFY(check);
    QVERIFY2(check->status == status, qPrintable(check->summary + QStringLiteral(" | ") + check->detail));
    QVERIFY(!check->summary.isEmpty());
    QVERIFY(!check->summary.contains(QLatin1Char('\n')));
    QVERIFY2(check->fix.contains(fixContains), qPrintable(check->fix));
    if (status == CheckStatus::Fail)
        QVERIFY(r.hasFailure());
    QVERIFY(!r.dnsUnanswered);
}

void TestDomainCheck::spfFixAddsTheServer()
{
    FakeDnsResolver dns;
    healthy(dns);
    dns.txt.remove(QStringLiteral("example.com"));
    dns.addTxt(QStringLiteral("example.com"), strings({"v=spf1 include:_spf.provider.example ~all"}));
    dns.addTxt(QStringLiteral("_spf.provider.example"), strings({"v=spf1 ip4:198.51.100.0/24 -all"}));
    const DomainCheckReport r = run(dns, serverOptions());
    const DomainCheckResult* spf = r.find(QStringLiteral("spf"));
    QCOMPARE(spf->status, CheckStatus::Fail);
    QCOMPARE(spf->fix, QStringLiteral("v=spf1 include:_spf.provider.example ip4:192.0.2.25 ~all"));
    QVERIFY(spf->summary.contains(QStringLiteral("192.0.2.25")));
}

void TestDomainCheck::externalReportsAuthorised()
{
    FakeDnsResolver dns;
    healthy(dns);
    dns.txt.remove(QStringLiteral("_dmarc.example.com"));
    dns.addTxt(QStringLiteral("_dmarc.example.com"),
               strings({"v=DMARC1; p=quarantine; rua=mailto:agg@reports.example.net"}));
    dns.addTxt(QStringLiteral("example.com._report._dmarc.reports.example.net"), strings({"v=DMARC1"}));
    const DomainCheckReport r = run(dns, serverOptions());
    QCOMPARE(statusOf(r, "dmarc"), CheckStatus::Pass);
}

void TestDomainCheck::dnsblReturnCodes()
{
    FakeDnsResolver dns;
    healthy(dns);
    dns.a.insert(QStringLiteral("25.2.0.192.bl.test"), {ip("127.0.0.10")});
    const DomainCheckReport r = run(dns, serverOptions());
    const DomainCheckResult* bl = r.find(QStringLiteral("dnsbl"));
    QCOMPARE(bl->status, CheckStatus::Fail);
    QVERIFY2(bl->summary.contains(QStringLiteral("PBL")), qPrintable(bl->summary));
}

void TestDomainCheck::dnsblRefusedIsNotListed()
{
    FakeDnsResolver dns;
    healthy(dns);
    dns.a.insert(QStringLiteral("25.2.0.192.bl.test"), {ip("127.255.255.254")});
    dns.outcome.insert(QStringLiteral("A 25.2.0.192.other.test"), DnsOutcome::ServerFailure);
    DomainCheckOptions o = serverOptions();
    o.dnsblZones = strings({"bl.test", "other.test"});
    const DomainCheckReport r = run(dns, o);
    const DomainCheckResult* bl = r.find(QStringLiteral("dnsbl"));
    QCOMPARE(bl->status, CheckStatus::Warn);
    QVERIFY(bl->detail.contains(QStringLiteral("refused")));
    QVERIFY(!bl->detail.contains(QStringLiteral("is listed")));
    QVERIFY(!r.dnsUnanswered);
}

void TestDomainCheck::serverFailureIsUnanswered()
{
    FakeDnsResolver dns;
    healthy(dns);
    dns.outcome.insert(QStringLiteral("MX example.com"), DnsOutcome::ServerFailure);
    const DomainCheckReport r = run(dns, serverOptions());
    QCOMPARE(statusOf(r, "mx"), CheckStatus::Fail);
    QVERIFY(r.dnsUnanswered);
}

void TestDomainCheck::deadlineEndsSilentChecks()
{
    FakeDnsResolver dns;
    healthy(dns);
    dns.silent.insert(QStringLiteral("_dmarc.example.com"));
    MockClock clock;
    DomainCheckOptions o = serverOptions();
    o.clock = &clock;
    o.deadlineMs = 4000;
    o.dnsblZones = strings({"bl.test"});
    DomainCheck check(dns, o);
    QSignalSpy each(&check, &DomainCheck::checkFinished);
    QSignalSpy done(&check, &DomainCheck::finished);
    check.start();
    // Everything but dmarc (and alignment, which waits for it) finishes; then only the deadline ends it.
    QTRY_COMPARE(each.size(), DomainCheck::checkIds().size() - 2);
    QCOMPARE(done.size(), 0);
    clock.advance(3999);
    QCOMPARE(done.size(), 0);
    clock.advance(1);
    QCOMPARE(done.size(), 1);
    const DomainCheckReport r = check.report();
    QVERIFY(r.dnsUnanswered);
    QCOMPARE(statusOf(r, "dmarc"), CheckStatus::Fail);
    QCOMPARE(statusOf(r, "alignment"), CheckStatus::Fail);
    QCOMPARE(statusOf(r, "spf"), CheckStatus::Pass);
}

void TestDomainCheck::dkimWithoutAnswer()
{
    FakeDnsResolver dns;
    healthy(dns);
    dns.txt.remove(QStringLiteral("mail._domainkey.example.com"));
    dns.outcome.insert(QStringLiteral("TXT mail._domainkey.example.com"), DnsOutcome::TimedOut);
    DomainCheckOptions o = serverOptions();
    o.dkimSelectors = strings({"mail"});
    const DomainCheckReport r = run(dns, o);
    const DomainCheckResult* dkim = r.find(QStringLiteral("dkim"));
    QCOMPARE(dkim->status, CheckStatus::Warn);
    QVERIFY2(dkim->summary.contains(QStringLiteral("no answer")), qPrintable(dkim->summary));
    QVERIFY(dkim->detail.contains(QStringLiteral("mail._domainkey.example.com")));
}

void TestDomainCheck::domainOfTarget()
{
    QCOMPARE(DomainCheck::domainOf(QStringLiteral("Me@Example.COM.")), QStringLiteral("example.com"));
    QCOMPARE(DomainCheck::domainOf(QStringLiteral("example.it")), QStringLiteral("example.it"));
    QCOMPARE(DomainCheck::domainOf(QStringLiteral("posta.città.it")), QStringLiteral("posta.xn--citt-3na.it"));
    QVERIFY(DomainCheck::domainOf(QStringLiteral("not a domain")).isEmpty());
    QVERIFY(DomainCheck::domainOf(QStringLiteral("localhost")).isEmpty());
    QVERIFY(DomainCheck::domainOf(QString()).isEmpty());
}

void TestDomainCheck::daneNeedsDnssec()
{
    FakeDnsResolver dns;
    healthy(dns);
    dns.tlsa.insert(QStringLiteral("_25._tcp.mx.example.com"), {TlsaRecord {3, 1, 1, QByteArray(32, 'x')}});
    QCOMPARE(statusOf(run(dns, serverOptions()), "dane"), CheckStatus::Warn);
    dns.dnssec.insert(QStringLiteral("_25._tcp.mx.example.com"), DnssecStatus::Secure);
    QCOMPARE(statusOf(run(dns, serverOptions()), "dane"), CheckStatus::Pass);
}

void TestDomainCheck::mtaStsPolicy_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error"); // the fetch's own error, if any
    QTest::addColumn<bool>("certificate");
    QTest::addColumn<bool>("policyHostAddress");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("says"); // in the summary
    QTest::addColumn<QString>("fixContains");

    const QByteArray type = "text/plain";
    QTest::newRow("enforced, every MX named")
        << 200 << type << kGoodPolicy << QString() << false << true << CheckStatus::Pass << "id=20240101"
        << "";
    QTest::newRow("wildcard names the MX")
        << 200 << type << QByteArray("version: STSv1\nmode: enforce\nmx: *.example.com\nmax_age: 86400\n") << QString()
        << false << true << CheckStatus::Pass << "enforced"
        << "";
    QTest::newRow("MX not in the policy")
        << 200 << type << QByteArray("version: STSv1\nmode: enforce\nmx: mail.example.net\nmax_age: 604800\n")
        << QString() << false << true << CheckStatus::Fail << "mx.example.com"
        << "mx: mx.example.com";
    QTest::newRow("testing mode") << 200 << type
                                  << QByteArray("version: STSv1\nmode: testing\nmx: mx.example.com\nmax_age: 604800\n")
                                  << QString() << false << true << CheckStatus::Warn << "testing"
                                  << "mode: enforce";
    QTest::newRow("mode none") << 200 << type << QByteArray("version: STSv1\nmode: none\nmax_age: 604800\n")
                               << QString() << false << true << CheckStatus::Info << "none"
                               << "";
    QTest::newRow("short max_age") << 200 << type
                                   << QByteArray("version: STSv1\nmode: enforce\nmx: mx.example.com\nmax_age: 3600\n")
                                   << QString() << false << true << CheckStatus::Warn << "3600"
                                   << "max_age: 604800";
    QTest::newRow("invalid policy") << 200 << type << QByteArray("version: STSv1\nmode: enforce\nmax_age: 604800\n")
                                    << QString() << false << true << CheckStatus::Fail << "mx:"
                                    << "version: STSv1\nmode: enforce\nmx: mx.example.com";
    QTest::newRow("redirect") << 301 << type << QByteArray() << QString() << false << true << CheckStatus::Fail
                              << "redirect"
                              << "https://mta-sts.example.com/.well-known/mta-sts.txt";
    QTest::newRow("not found") << 404 << type << QByteArray() << QString() << false << true << CheckStatus::Fail
                               << "404"
                               << "mode: enforce";
    QTest::newRow("served as html") << 200 << QByteArray("text/html") << kGoodPolicy << QString() << false << true
                                    << CheckStatus::Fail << "text/html"
                                    << "Content-Type: text/plain";
    QTest::newRow("certificate not valid")
        << 0 << QByteArray() << QByteArray()
        << QStringLiteral("The certificate of mta-sts.example.com is not valid for it: host name mismatch") << true
        << true << CheckStatus::Fail << "certificate"
        << "Let's Encrypt";
    QTest::newRow("no web server") << 0 << QByteArray() << QByteArray() << QStringLiteral("connection refused") << false
                                   << true << CheckStatus::Fail << "could not be fetched"
                                   << "text/plain";
    QTest::newRow("policy host has no address")
        << 200 << type << kGoodPolicy << QString() << false << false << CheckStatus::Fail << "no address"
        << "mta-sts.example.com A";
}

void TestDomainCheck::mtaStsPolicy()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QFETCH(bool, certificate);
    QFETCH(bool, policyHostAddress);
    QFETCH(CheckStatus, status);
    QFETCH(QString, says);
    QFETCH(QString, fixContains);
    FakeDnsResolver dns;
    healthy(dns);
    if (!policyHostAddress)
        dns.a.remove(QStringLiteral("mta-sts.example.com"));
    FakeMtaStsFetcher fetcher;
    MtaStsFetchAnswer answer = FakeMtaStsFetcher::policy(body, httpStatus, type);
    answer.error = error;
    answer.certificateError = certificate;
    fetcher.answers.insert(QStringLiteral("example.com"), answer);
    DomainCheckOptions o = serverOptions();
    o.mtaSts = &fetcher;
    const DomainCheckReport r = run(dns, o);
    const DomainCheckResult* c = r.find(QStringLiteral("mta-sts"));
    QVERIFY(c);
    QVERIFY2(c->status == status, qPrintable(c->summary));
    QVERIFY2(c->summary.contains(says), qPrintable(c->summary));
    QVERIFY2(c->fix.contains(fixContains), qPrintable(c->fix));
    if (policyHostAddress)
        QCOMPARE(fetcher.asked, strings({"example.com@192.0.2.80"}));
    else
        QVERIFY(fetcher.asked.isEmpty());
}

void TestDomainCheck::mtaStsWithoutFetcher()
{
    // No record: nothing is fetched, and the fix is the record and the policy to publish.
    FakeDnsResolver dns;
    healthy(dns);
    dns.txt.remove(QStringLiteral("_mta-sts.example.com"));
    FakeMtaStsFetcher fetcher;
    DomainCheckOptions o = serverOptions();
    o.mtaSts = &fetcher;
    const DomainCheckReport r = run(dns, o);
    QCOMPARE(statusOf(r, "mta-sts"), CheckStatus::Info);
    QVERIFY(fetcher.asked.isEmpty());
    // --resolve names the policy host: its address is not looked up.
    healthy(dns);
    dns.a.remove(QStringLiteral("mta-sts.example.com"));
    fetcher.answers.insert(QStringLiteral("example.com"), FakeMtaStsFetcher::policy(kGoodPolicy));
    o.resolve.insert(QStringLiteral("mta-sts.example.com"), QStringLiteral("127.0.0.9"));
    QCOMPARE(statusOf(run(dns, o), "mta-sts"), CheckStatus::Pass);
    QCOMPARE(fetcher.asked, strings({"example.com@127.0.0.9"}));
}

void TestDomainCheck::mxTest_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<CheckStatus>("port25");
    QTest::addColumn<CheckStatus>("tls");
    QTest::addColumn<CheckStatus>("relay");
    QTest::addColumn<QString>("says"); // in one of the three summaries
    QTest::addColumn<QString>("fixContains"); // in one of the three fixes

    QTest::newRow("good MX") << "good" << CheckStatus::Pass << CheckStatus::Pass << CheckStatus::Pass << "TLSv1.3"
                             << "";
    QTest::newRow("no STARTTLS") << "nostarttls" << CheckStatus::Pass << CheckStatus::Fail << CheckStatus::Pass
                                 << "no STARTTLS"
                                 << "smtpd_tls_security_level";
    QTest::newRow("wrong-host certificate")
        << "wronghost" << CheckStatus::Pass << CheckStatus::Fail << CheckStatus::Pass << "not valid for it"
        << "mx.example.com among its names";
    QTest::newRow("old TLS") << "tls10" << CheckStatus::Pass << CheckStatus::Warn << CheckStatus::Pass << "TLSv1.0"
                             << "smtpd_tls_protocols";
    QTest::newRow("open relay") << "openrelay" << CheckStatus::Pass << CheckStatus::Pass << CheckStatus::Fail
                                << "open relay"
                                << "reject_unauth_destination";
    QTest::newRow("relay deferred") << "greylist" << CheckStatus::Pass << CheckStatus::Pass << CheckStatus::Warn
                                    << "deferred"
                                    << "";
    QTest::newRow("foreign sender refused")
        << "badsender" << CheckStatus::Pass << CheckStatus::Pass << CheckStatus::Pass << "foreign sender"
        << "";
    QTest::newRow("port 25 blocked here") << "blocked" << CheckStatus::Fail << CheckStatus::Info << CheckStatus::Info
                                          << "your network blocks outbound port 25"
                                          << "smarthost";
    QTest::newRow("port 25 blocked, the reference answers")
        << "blockedref" << CheckStatus::Fail << CheckStatus::Info << CheckStatus::Info << "smtp.gmail.com:587 did"
        << "";
    QTest::newRow("nothing answers") << "down" << CheckStatus::Fail << CheckStatus::Info << CheckStatus::Info
                                     << "nor did mx.example.com:587"
                                     << "firewall";
    QTest::newRow("nothing listens") << "refused" << CheckStatus::Fail << CheckStatus::Info << CheckStatus::Info
                                     << "refused the connection"
                                     << "open port 25";
}

void TestDomainCheck::mxTest()
{
    QFETCH(QString, scenario);
    QFETCH(CheckStatus, port25);
    QFETCH(CheckStatus, tls);
    QFETCH(CheckStatus, relay);
    QFETCH(QString, says);
    QFETCH(QString, fixContains);
    FakeDnsResolver dns;
    healthy(dns);
    FakeProbeSubmissionFactory sessions;
    sessions.unknown.blackhole = true; // nothing else answers
    const QString mx = QStringLiteral("mx.example.com");
    const QString foreign = QStringLiteral("postino-relay-test@example.org");
    FakeServerScript good;
    good.capabilities.append(QStringLiteral("STARTTLS"));
    good.rcpt.insert(foreign, smtpReply(554, "5.7.1 Relay access denied"));
    FakeServerScript plain = good;
    if (scenario == QLatin1String("good")) {
        sessions.script(mx, 25, Security::StartTls, good);
    } else if (scenario == QLatin1String("nostarttls") || scenario == QLatin1String("wronghost")) {
        FakeServerScript failing = good;
        failing.failure = scenario == QLatin1String("nostarttls") ? SmtpFailure::NoStartTls : SmtpFailure::Certificate;
        failing.message = QStringLiteral("TLS refused");
        sessions.script(mx, 25, Security::StartTls, failing);
        sessions.script(mx, 25, Security::None, plain);
    } else if (scenario == QLatin1String("tls10")) {
        FakeServerScript old = good;
        old.tlsProtocol = QStringLiteral("TLSv1.0");
        sessions.script(mx, 25, Security::StartTls, old);
    } else if (scenario == QLatin1String("openrelay") || scenario == QLatin1String("greylist")
               || scenario == QLatin1String("badsender")) {
        FakeServerScript open = good;
        open.rcpt.clear();
        if (scenario == QLatin1String("greylist"))
            open.rcpt.insert(foreign, smtpReply(451, "4.7.1 greylisted"));
        if (scenario == QLatin1String("badsender"))
            open.mailReply = smtpReply(553, "5.7.1 sender rejected");
        sessions.script(mx, 25, Security::StartTls, open);
    } else if (scenario == QLatin1String("blocked") || scenario == QLatin1String("blockedref")
               || scenario == QLatin1String("down")) {
        FakeServerScript blackhole;
        blackhole.blackhole = true;
        sessions.script(mx, 25, Security::StartTls, blackhole);
        if (scenario == QLatin1String("blocked"))
            sessions.script(mx, 587, Security::None, plain);
        if (scenario == QLatin1String("blockedref")) {
            dns.a.insert(QStringLiteral("smtp.gmail.com"), {ip("192.0.2.87")});
            sessions.script(QStringLiteral("smtp.gmail.com"), 587, Security::None, plain);
        }
    } else if (scenario == QLatin1String("refused")) {
        sessions.unknown.blackhole = false; // unscripted endpoints refuse the connection
    }
    FakeProbeSubmissionFactory::recipientChecks().clear();
    DomainCheckOptions o = serverOptions();
    o.mxTest = true;
    const DomainCheckReport r = runConnecting(dns, o, sessions);
    const DomainCheckResult* p = mxResult(r, "port25");
    const DomainCheckResult* t = mxResult(r, "mx-tls");
    const DomainCheckResult* o25 = mxResult(r, "open-relay");
    QVERIFY(p && t && o25);
    QVERIFY2(p->status == port25, qPrintable(p->summary));
    QVERIFY2(t->status == tls, qPrintable(t->summary));
    QVERIFY2(o25->status == relay, qPrintable(o25->summary));
    const QString summaries = p->summary + QLatin1Char('\n') + t->summary + QLatin1Char('\n') + o25->summary;
    QVERIFY2(summaries.contains(says), qPrintable(summaries));
    const QString fixes = p->fix + QLatin1Char('\n') + t->fix + QLatin1Char('\n') + o25->fix;
    QVERIFY2(fixes.contains(fixContains), qPrintable(fixes));
    QVERIFY(!r.dnsUnanswered);
    // The sessions connect to the address the DNS gave, and verify the certificate against the MX name.
    QVERIFY(!sessions.created().isEmpty());
    QCOMPARE(sessions.created().first().endpoint.host, mx);
    QCOMPARE(sessions.created().first().endpoint.connectAddress, QStringLiteral("192.0.2.10"));
    QCOMPARE(sessions.created().first().endpoint.security, Security::StartTls);
    // The relay test is MAIL and RCPT from and to foreign domains; nothing else is ever asked of a session.
    if (relay != CheckStatus::Info)
        QCOMPARE(FakeProbeSubmissionFactory::recipientChecks(),
                 QStringList {QStringLiteral("mx.example.com:25 postino-relay-test@example.net -> ") + foreign});
    // The report lists the MX test after the other checks.
    QCOMPARE(r.checks.size(), DomainCheck::checkIds().size() + 3);
    QCOMPARE(r.checks.at(DomainCheck::checkIds().size()).id, QStringLiteral("port25"));
}

void TestDomainCheck::mxTestEverySetPerMx()
{
    FakeDnsResolver dns;
    healthy(dns);
    dns.mx.insert(QStringLiteral("example.com"),
                  {MxRecord {QStringLiteral("mx2.example.com"), 20}, MxRecord {QStringLiteral("mx.example.com"), 10}});
    dns.a.insert(QStringLiteral("mx2.example.com"), {ip("192.0.2.11")});
    FakeProbeSubmissionFactory sessions;
    FakeServerScript good;
    good.capabilities.append(QStringLiteral("STARTTLS"));
    good.rcpt.insert(QStringLiteral("postino-relay-test@example.org"), smtpReply(554, "5.7.1 no relaying"));
    sessions.script(QStringLiteral("mx.example.com"), 25, Security::StartTls, good);
    FakeServerScript relay = good;
    relay.rcpt.clear();
    sessions.script(QStringLiteral("mx2.example.com"), 25, Security::StartTls, relay);
    DomainCheckOptions o = serverOptions();
    o.mxTest = true;
    const DomainCheckReport r = runConnecting(dns, o, sessions);
    QStringList tail;
    for (qsizetype i = DomainCheck::checkIds().size(); i < r.checks.size(); ++i)
        tail.append(r.checks.at(i).id + QLatin1Char(' ') + DomainCheckResult::statusName(r.checks.at(i).status));
    // By preference: mx (10) first, then mx2 (20), which relays.
    QCOMPARE(
        tail,
        strings({"port25 pass", "mx-tls pass", "open-relay pass", "port25 pass", "mx-tls pass", "open-relay fail"}));
    QVERIFY(r.checks.last().summary.contains(QLatin1String("mx2.example.com")));
    QVERIFY(r.hasFailure());
}

void TestDomainCheck::mxTestWithoutMx()
{
    FakeDnsResolver dns;
    healthy(dns);
    dns.mx.remove(QStringLiteral("example.com"));
    FakeProbeSubmissionFactory sessions;
    DomainCheckOptions o = serverOptions();
    o.mxTest = true;
    const DomainCheckReport r = runConnecting(dns, o, sessions);
    QCOMPARE(r.checks.size(), DomainCheck::checkIds().size() + 3);
    QCOMPARE(r.checks.last().id, QStringLiteral("open-relay"));
    QCOMPARE(r.checks.last().status, CheckStatus::Info);
    QVERIFY(sessions.created().isEmpty());
}

void TestDomainCheck::ehloName_data()
{
    QTest::addColumn<QString>("ehlo"); // empty: the server does not answer
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("fixContains");
    QTest::newRow("matches the PTR") << "smtp.example.com" << CheckStatus::Pass
                                     << "calls itself smtp.example.com in EHLO, as"
                                     << "";
    QTest::newRow("another name") << "localhost.localdomain" << CheckStatus::Warn
                                  << "but its reverse name is smtp.example.com"
                                  << "myhostname = smtp.example.com";
    QTest::newRow("no answer") << "" << CheckStatus::Pass << "could not be greeted"
                               << "";
}

void TestDomainCheck::ehloName()
{
    QFETCH(QString, ehlo);
    QFETCH(CheckStatus, status);
    QFETCH(QString, detail);
    QFETCH(QString, fixContains);
    FakeDnsResolver dns;
    healthy(dns);
    FakeProbeSubmissionFactory sessions;
    sessions.unknown.blackhole = true;
    if (!ehlo.isEmpty()) {
        FakeServerScript server;
        server.serverName = ehlo;
        sessions.script(QStringLiteral("smtp.example.com"), 25, Security::None, server);
    }
    DomainCheckOptions o = serverOptions();
    ServerEndpoint endpoint;
    endpoint.host = QStringLiteral("smtp.example.com");
    endpoint.port = 25;
    endpoint.security = Security::None;
    o.serverEndpoints.insert(QStringLiteral("smtp.example.com"), endpoint);
    const DomainCheckReport r = runConnecting(dns, o, sessions);
    const DomainCheckResult* ptr = r.find(QStringLiteral("ptr"));
    QVERIFY(ptr);
    QVERIFY2(ptr->status == status, qPrintable(ptr->summary));
    QVERIFY2(ptr->detail.contains(detail), qPrintable(ptr->detail));
    QVERIFY2(ptr->fix.contains(fixContains), qPrintable(ptr->fix));
    QCOMPARE(sessions.created().size(), 1);
    QCOMPARE(sessions.created().first().endpoint.connectAddress, QStringLiteral("192.0.2.25"));
    QVERIFY(!sessions.created().first().credentials.wanted());
}

QTEST_GUILESS_MAIN(TestDomainCheck)
#include "TestDomainCheck.moc"
