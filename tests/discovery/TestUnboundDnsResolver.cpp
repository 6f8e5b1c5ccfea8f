#include "DnsmasqServer.h"
#include "MockClock.h"
#include "UnboundDnsResolver.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Postino;
using namespace Postino::Test;

namespace {

// Catches one look-up's answers: how many came, and the last.
template<typename T>
struct Catch
{
    std::optional<DnsAnswer<T>> answer;
    int calls = 0;
    std::function<void(const DnsAnswer<T>&)> callback()
    {
        return [this](const DnsAnswer<T>& a) {
            answer = a;
            ++calls;
        };
    }
};

const QString longTxt1 = QStringLiteral("v=DKIM1; k=rsa; p=") + QString(255 - 18, QLatin1Char('M'));
const QString longTxt2 = QString(255, QLatin1Char('I'));
const QString longTxt3 = QStringLiteral("QAB");
const QByteArray tlsaDigest = QByteArray::fromHex("0c72ac70b745ac19998811b131d662c9ac69dbdbe7cb23e5b514b56664c5d3d6");
// ::9 and 2001:db8::25 in ip6.arpa.
const QString v6Reverse = QStringLiteral("9.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.ip6.arpa");

// The root zone's key-signing key (KSK-2017) as a DS record: the trust anchor that dns-root-data ships.
const QByteArray rootAnchor = ". IN DS 20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D\n";

} // namespace

class TestUnboundDnsResolver : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void outcomeOfResult_data();
    void outcomeOfResult();
    void statusOfResult_data();
    void statusOfResult();

    void mxRecords();
    void txtKeepsItsStrings();
    void addresses();
    void cnameFollowedAndAsked();
    void ptrByAddress();
    void srvRecords();
    void tlsaRecord();
    void nxdomainIsNotNodata();
    void refusedIsNoAnswer();
    void withoutTrustAnchorIndeterminate();
    void systemNameServersFromResolvConf();
    void badNameFailsLater();
    void silentServerTimesOut();
    void goneContextHearsNothing();
    void destructionCancels();

private:
    UnboundDnsOptions options() const;
    std::unique_ptr<DnsmasqServer> m_dns;
    QTemporaryDir m_dir;
    QString m_anchor;
};

void TestUnboundDnsResolver::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_anchor = m_dir.filePath(QStringLiteral("root.key"));
    QFile anchor(m_anchor);
    QVERIFY(anchor.open(QIODevice::WriteOnly));
    anchor.write(rootAnchor);
    anchor.close();

    if (DnsmasqServer::executable().isEmpty())
        return; // the pure rows run; every look-up skips
    const QString tlsa = QStringLiteral("030101") + QString::fromLatin1(tlsaDigest.toHex());
    m_dns = std::make_unique<DnsmasqServer>(
        QStringList {
            QStringLiteral("--mx-host=postino.test,mx.postino.test,10"),
            QStringLiteral("--mx-host=postino.test,MX2.Postino.Test,20"),
            QStringLiteral("--txt-record=postino.test,v=spf1 ip4:127.0.0.9 -all"),
            QStringLiteral("--txt-record=sel._domainkey.postino.test,%1,%2,%3").arg(longTxt1, longTxt2, longTxt3),
            QStringLiteral("--host-record=mx.postino.test,127.0.0.9,::9"),
            QStringLiteral("--cname=www.postino.test,mx.postino.test"),
            QStringLiteral("--cname=gone.postino.test,nothere.postino.test"),
            QStringLiteral("--srv-host=_submissions._tcp.postino.test,smtp.postino.test,465,5,10"),
            QStringLiteral("--srv-host=_submission._tcp.postino.test,."),
            QStringLiteral("--dns-rr=_25._tcp.mx.postino.test,52,") + tlsa,
            QStringLiteral("--ptr-record=9.0.0.127.in-addr.arpa,mx.postino.test"),
            QStringLiteral("--ptr-record=%1,mx.postino.test").arg(v6Reverse),
        },
        QStringList {QStringLiteral("postino.test"), QStringLiteral("127.in-addr.arpa"), QStringLiteral("ip6.arpa")});
    QString why;
    QVERIFY2(m_dns->start(&why), qPrintable(why));
}

UnboundDnsOptions TestUnboundDnsResolver::options() const
{
    UnboundDnsOptions o;
    o.server = m_dns->server();
    o.trustAnchorFiles = {m_anchor};
    return o;
}

// Waits (bounded) for a look-up's one answer.
#define WAIT(c)                                                                                                        \
    QTRY_VERIFY_WITH_TIMEOUT((c).calls > 0, 15000);                                                                    \
    QCOMPARE((c).calls, 1)

#define NEED_DNSMASQ()                                                                                                 \
    if (!m_dns)                                                                                                        \
        QSKIP("dnsmasq is not installed (scripts/install-deps.sh installs dnsmasq-base)");

void TestUnboundDnsResolver::outcomeOfResult_data()
{
    QTest::addColumn<int>("rcode");
    QTest::addColumn<bool>("haveData");
    QTest::addColumn<bool>("nxDomain");
    QTest::addColumn<DnsOutcome>("outcome");
    QTest::newRow("records") << 0 << true << false << DnsOutcome::Records;
    QTest::newRow("noerror without data is nodata") << 0 << false << false << DnsOutcome::NoData;
    QTest::newRow("nxdomain") << 3 << false << true << DnsOutcome::NxDomain;
    QTest::newRow("nxdomain after a cname") << 3 << false << false << DnsOutcome::NxDomain;
    QTest::newRow("servfail") << 2 << false << false << DnsOutcome::ServerFailure;
    QTest::newRow("refused") << 5 << false << false << DnsOutcome::ServerFailure;
    QTest::newRow("formerr") << 1 << false << false << DnsOutcome::ServerFailure;
}

void TestUnboundDnsResolver::outcomeOfResult()
{
    QFETCH(int, rcode);
    QFETCH(bool, haveData);
    QFETCH(bool, nxDomain);
    QFETCH(DnsOutcome, outcome);
    QCOMPARE(UnboundDnsResolver::outcomeOf(rcode, haveData, nxDomain), outcome);
}

void TestUnboundDnsResolver::statusOfResult_data()
{
    QTest::addColumn<DnssecMode>("mode");
    QTest::addColumn<bool>("secure");
    QTest::addColumn<bool>("bogus");
    QTest::addColumn<DnssecStatus>("status");
    QTest::newRow("validated") << DnssecMode::Validating << true << false << DnssecStatus::Secure;
    QTest::newRow("bogus") << DnssecMode::Validating << false << true << DnssecStatus::Bogus;
    QTest::newRow("unsigned zone") << DnssecMode::Validating << false << false << DnssecStatus::Insecure;
    QTest::newRow("forwarder without dnssec")
        << DnssecMode::UpstreamWithoutDnssec << false << false << DnssecStatus::Insecure;
    QTest::newRow("no trust anchor") << DnssecMode::NoTrustAnchor << false << false << DnssecStatus::Indeterminate;
}

void TestUnboundDnsResolver::statusOfResult()
{
    QFETCH(DnssecMode, mode);
    QFETCH(bool, secure);
    QFETCH(bool, bogus);
    QFETCH(DnssecStatus, status);
    QCOMPARE(UnboundDnsResolver::statusOf(mode, secure, bogus), status);
}

void TestUnboundDnsResolver::mxRecords()
{
    NEED_DNSMASQ();
    UnboundDnsResolver resolver(options());
    Catch<MxRecord> mx;
    resolver.lookupMx(QStringLiteral("postino.test."), this, mx.callback());
    QCOMPARE(mx.calls, 0); // never inside the call
    WAIT(mx);
    const DnsAnswer<MxRecord>& answer = *mx.answer;
    QCOMPARE(answer.outcome, DnsOutcome::Records);
    QVERIFY(answer.error.isEmpty());
    QVERIFY(answer.answered());
    QVERIFY(!answer.noRecords());
    QCOMPARE(answer.records.size(), 2);
    QList<MxRecord> records = answer.records;
    std::sort(records.begin(), records.end(), [](const auto& a, const auto& b) { return a.preference < b.preference; });
    QCOMPARE(records[0].exchange, QStringLiteral("mx.postino.test"));
    QCOMPARE(records[0].preference, quint16(10));
    QCOMPARE(records[1].exchange, QStringLiteral("mx2.postino.test")); // lower case
    QCOMPARE(records[1].preference, quint16(20));
    // dnsmasq does no DNSSEC: with a trust anchor, answers are insecure, not bogus.
    QCOMPARE(answer.dnssec, DnssecStatus::Insecure);
    QCOMPARE(resolver.dnssecMode(), DnssecMode::UpstreamWithoutDnssec);
    QCOMPARE(resolver.trustAnchorFile(), m_anchor);
    QTRY_COMPARE_WITH_TIMEOUT(resolver.pendingCount(), 0, 5000);
}

void TestUnboundDnsResolver::txtKeepsItsStrings()
{
    NEED_DNSMASQ();
    UnboundDnsResolver resolver(options());
    Catch<TxtRecord> spf;
    Catch<TxtRecord> dkim;
    resolver.lookupTxt(QStringLiteral("postino.test"), this, spf.callback());
    resolver.lookupTxt(QStringLiteral("sel._domainkey.postino.test"), this, dkim.callback());
    WAIT(spf);
    WAIT(dkim);
    QCOMPARE(spf.answer->records.size(), 1);
    QCOMPARE(spf.answer->records[0].text(), QStringLiteral("v=spf1 ip4:127.0.0.9 -all"));
    QCOMPARE(dkim.answer->records.size(), 1);
    const TxtRecord& key = dkim.answer->records[0];
    QCOMPARE(key.strings.size(), 3);
    QCOMPARE(key.strings[0].size(), 255);
    QCOMPARE(key.strings[0], longTxt1.toLatin1());
    QCOMPARE(key.strings[2], QByteArray("QAB"));
    QCOMPARE(key.text(), longTxt1 + longTxt2 + longTxt3);
}

void TestUnboundDnsResolver::addresses()
{
    NEED_DNSMASQ();
    UnboundDnsResolver resolver(options());
    Catch<QHostAddress> v4;
    Catch<QHostAddress> v6;
    resolver.lookupA(QStringLiteral("mx.postino.test"), this, v4.callback());
    resolver.lookupAaaa(QStringLiteral("mx.postino.test"), this, v6.callback());
    WAIT(v4);
    WAIT(v6);
    QCOMPARE(v4.answer->records, QList<QHostAddress> {QHostAddress(QStringLiteral("127.0.0.9"))});
    QCOMPARE(v6.answer->records, QList<QHostAddress> {QHostAddress(QStringLiteral("::9"))});
    QVERIFY(v4.answer->canonicalName.isEmpty());
}

void TestUnboundDnsResolver::cnameFollowedAndAsked()
{
    NEED_DNSMASQ();
    UnboundDnsResolver resolver(options());
    Catch<QHostAddress> followed;
    Catch<QString> alias;
    Catch<QString> notAlias;
    resolver.lookupA(QStringLiteral("www.postino.test"), this, followed.callback());
    resolver.lookupCname(QStringLiteral("www.postino.test"), this, alias.callback());
    resolver.lookupCname(QStringLiteral("mx.postino.test"), this, notAlias.callback());
    WAIT(followed);
    WAIT(alias);
    WAIT(notAlias);
    QCOMPARE(followed.answer->records, QList<QHostAddress> {QHostAddress(QStringLiteral("127.0.0.9"))});
    QCOMPARE(followed.answer->canonicalName, QStringLiteral("mx.postino.test"));
    QCOMPARE(alias.answer->records, QStringList {QStringLiteral("mx.postino.test")});
    QCOMPARE(notAlias.answer->outcome, DnsOutcome::NoData);
    QVERIFY(notAlias.answer->error.isEmpty());
}

void TestUnboundDnsResolver::ptrByAddress()
{
    NEED_DNSMASQ();
    UnboundDnsResolver resolver(options());
    Catch<QString> v4;
    Catch<QString> v6;
    Catch<QString> none;
    resolver.lookupPtr(QHostAddress(QStringLiteral("127.0.0.9")), this, v4.callback());
    resolver.lookupPtr(QHostAddress(QStringLiteral("::9")), this, v6.callback());
    resolver.lookupPtr(QHostAddress(QStringLiteral("127.0.0.8")), this, none.callback());
    WAIT(v4);
    WAIT(v6);
    WAIT(none);
    QCOMPARE(v4.answer->records, QStringList {QStringLiteral("mx.postino.test")});
    QCOMPARE(v6.answer->records, QStringList {QStringLiteral("mx.postino.test")});
    QCOMPARE(none.answer->outcome, DnsOutcome::NxDomain);
}

void TestUnboundDnsResolver::srvRecords()
{
    NEED_DNSMASQ();
    UnboundDnsResolver resolver(options());
    Catch<SrvRecord> tls;
    Catch<SrvRecord> dot;
    resolver.lookupSrv(QStringLiteral("_submissions._tcp.postino.test"), this, tls.callback());
    resolver.lookupSrv(QStringLiteral("_submission._tcp.postino.test"), this, dot.callback());
    WAIT(tls);
    WAIT(dot);
    QCOMPARE(tls.answer->records.size(), 1);
    const SrvRecord& r = tls.answer->records[0];
    QCOMPARE(r.target, QStringLiteral("smtp.postino.test"));
    QCOMPARE(r.port, quint16(465));
    QCOMPARE(r.priority, quint16(5));
    QCOMPARE(r.weight, quint16(10));
    // "no such service here" (RFC 2782): dnsmasq's bare --srv-host.
    QCOMPARE(dot.answer->records.size(), 1);
    QCOMPARE(dot.answer->records[0].target, QStringLiteral("."));
}

void TestUnboundDnsResolver::tlsaRecord()
{
    NEED_DNSMASQ();
    UnboundDnsResolver resolver(options());
    Catch<TlsaRecord> tlsa;
    resolver.lookupTlsa(QStringLiteral("_25._tcp.mx.postino.test"), this, tlsa.callback());
    WAIT(tlsa);
    QCOMPARE(tlsa.answer->records.size(), 1);
    const TlsaRecord& r = tlsa.answer->records[0];
    QCOMPARE(r.usage, quint8(3));
    QCOMPARE(r.selector, quint8(1));
    QCOMPARE(r.matchingType, quint8(1));
    QCOMPARE(r.data, tlsaDigest);
    QCOMPARE(tlsa.answer->dnssec, DnssecStatus::Insecure); // DANE would not use it
}

void TestUnboundDnsResolver::nxdomainIsNotNodata()
{
    NEED_DNSMASQ();
    UnboundDnsResolver resolver(options());
    Catch<MxRecord> nx;
    Catch<TxtRecord> nodata;
    Catch<QHostAddress> danglingAlias;
    resolver.lookupMx(QStringLiteral("nothere.postino.test"), this, nx.callback());
    resolver.lookupTxt(QStringLiteral("mx.postino.test"), this, nodata.callback());
    resolver.lookupA(QStringLiteral("gone.postino.test"), this, danglingAlias.callback());
    WAIT(nx);
    WAIT(nodata);
    WAIT(danglingAlias);
    QCOMPARE(nx.answer->outcome, DnsOutcome::NxDomain);
    QVERIFY(nx.answer->answered());
    QVERIFY(nx.answer->noRecords());
    QVERIFY(nx.answer->error.isEmpty());
    QCOMPARE(nx.answer->dnssec, DnssecStatus::Insecure);
    QCOMPARE(nodata.answer->outcome, DnsOutcome::NoData);
    QVERIFY(nodata.answer->noRecords());
    QVERIFY(nodata.answer->records.isEmpty());
    QCOMPARE(danglingAlias.answer->outcome, DnsOutcome::NxDomain);
    QCOMPARE(danglingAlias.answer->canonicalName, QStringLiteral("nothere.postino.test"));
}

void TestUnboundDnsResolver::refusedIsNoAnswer()
{
    NEED_DNSMASQ();
    // dnsmasq refuses what it has no data for outside its local domains: the DNS gave no answer.
    UnboundDnsResolver resolver(options());
    Catch<MxRecord> refused;
    resolver.lookupMx(QStringLiteral("elsewhere.example"), this, refused.callback());
    WAIT(refused);
    QCOMPARE(refused.answer->outcome, DnsOutcome::ServerFailure);
    QVERIFY(!refused.answer->answered());
    QVERIFY(!refused.answer->noRecords());
    QVERIFY(refused.answer->error.contains(QStringLiteral("elsewhere.example")));
    QVERIFY(refused.answer->error.contains(QStringLiteral("MX")));
    QCOMPARE(refused.answer->dnssec, DnssecStatus::Indeterminate);
}

void TestUnboundDnsResolver::withoutTrustAnchorIndeterminate()
{
    NEED_DNSMASQ();
    UnboundDnsOptions o = options();
    o.trustAnchorFiles = {m_dir.filePath(QStringLiteral("missing.key"))};
    UnboundDnsResolver resolver(o);
    QVERIFY(resolver.trustAnchorFile().isEmpty());
    Catch<MxRecord> mx;
    resolver.lookupMx(QStringLiteral("postino.test"), this, mx.callback());
    WAIT(mx);
    QCOMPARE(mx.answer->records.size(), 2);
    QCOMPARE(mx.answer->dnssec, DnssecStatus::Indeterminate);
    QCOMPARE(resolver.dnssecMode(), DnssecMode::NoTrustAnchor);
}

void TestUnboundDnsResolver::systemNameServersFromResolvConf()
{
    NEED_DNSMASQ();
    // Without --dns-server the resolv.conf's name servers are asked. resolv.conf names no port: this needs a
    // dnsmasq on port 53 (root, or CAP_NET_BIND_SERVICE).
    DnsmasqServer onPort53({QStringLiteral("--mx-host=postino.test,mx.postino.test,10")},
                           {QStringLiteral("postino.test")}, 53);
    QString why;
    if (!onPort53.start(&why))
        QSKIP(qPrintable(QStringLiteral("no dnsmasq on port 53 here: ") + why));
    const QString conf = m_dir.filePath(QStringLiteral("resolv.conf"));
    QFile file(conf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# a test's resolv.conf\nsearch example\nnameserver " + onPort53.server().address.toString().toLatin1()
               + '\n');
    file.close();
    UnboundDnsOptions o = options();
    o.server = {};
    o.resolvConf = conf;
    UnboundDnsResolver resolver(o);
    Catch<MxRecord> mx;
    resolver.lookupMx(QStringLiteral("postino.test"), this, mx.callback());
    WAIT(mx);
    QCOMPARE(mx.answer->outcome, DnsOutcome::Records);
    QCOMPARE(mx.answer->records.value(0).exchange, QStringLiteral("mx.postino.test"));
    QCOMPARE(mx.answer->records.size(), 1); // from this dnsmasq, not the other
    QCOMPARE(resolver.dnssecMode(), DnssecMode::UpstreamWithoutDnssec);
}

void TestUnboundDnsResolver::badNameFailsLater()
{
    UnboundDnsOptions o;
    o.server = {QHostAddress(QStringLiteral("127.0.0.1")), 9}; // never asked
    o.trustAnchorFiles = {};
    UnboundDnsResolver resolver(o);
    Catch<MxRecord> bad;
    resolver.lookupMx(QStringLiteral("two words.example"), this, bad.callback());
    QCOMPARE(bad.calls, 0);
    WAIT(bad);
    QCOMPARE(bad.answer->outcome, DnsOutcome::ServerFailure);
    QVERIFY(bad.answer->error.contains(QStringLiteral("two words.example")));
    QCOMPARE(resolver.pendingCount(), 0);
}

void TestUnboundDnsResolver::silentServerTimesOut()
{
    SilentUdpPort silent;
    QVERIFY(!silent.server().isNull());
    MockClock clock;
    UnboundDnsOptions o;
    o.server = silent.server();
    o.trustAnchorFiles = {m_anchor}; // the root key check waits for the silent server too
    o.timeoutMs = 4000;
    o.clock = &clock;
    UnboundDnsResolver resolver(o);
    Catch<MxRecord> mx;
    Catch<TlsaRecord> tlsa;
    resolver.lookupMx(QStringLiteral("postino.test"), this, mx.callback());
    resolver.lookupTlsa(QStringLiteral("_25._tcp.mx.postino.test"), this, tlsa.callback());
    QCoreApplication::processEvents();
    QCOMPARE(mx.calls, 0);
    clock.advance(3999);
    QCoreApplication::processEvents();
    QCOMPARE(mx.calls, 0);
    clock.advance(1);
    WAIT(mx);
    WAIT(tlsa);
    QCOMPARE(mx.answer->outcome, DnsOutcome::TimedOut);
    QVERIFY(!mx.answer->answered());
    QVERIFY(mx.answer->error.contains(silent.server().toString()));
    QVERIFY(mx.answer->error.contains(QStringLiteral("4")));
    QCOMPARE(tlsa.answer->outcome, DnsOutcome::TimedOut);
    QCOMPARE(mx.answer->dnssec, DnssecStatus::Indeterminate);
    // Later look-ups are bounded the same way, and nothing stays behind in libunbound.
    Catch<QHostAddress> later;
    resolver.lookupA(QStringLiteral("mx.postino.test"), this, later.callback());
    QCoreApplication::processEvents();
    clock.advance(4000);
    WAIT(later);
    QCOMPARE(later.answer->outcome, DnsOutcome::TimedOut);
    QTRY_COMPARE_WITH_TIMEOUT(resolver.pendingCount(), 0, 5000);
    QCOMPARE(mx.calls, 1);
}

void TestUnboundDnsResolver::goneContextHearsNothing()
{
    NEED_DNSMASQ();
    UnboundDnsResolver resolver(options());
    auto* context = new QObject;
    Catch<MxRecord> orphan;
    resolver.lookupMx(QStringLiteral("postino.test"), context, orphan.callback());
    delete context;
    // A later look-up's answer comes after the first one's (same name server, same queue).
    Catch<MxRecord> witness;
    resolver.lookupMx(QStringLiteral("postino.test"), this, witness.callback());
    WAIT(witness);
    QCoreApplication::processEvents();
    QCOMPARE(orphan.calls, 0);
    QTRY_COMPARE_WITH_TIMEOUT(resolver.pendingCount(), 0, 5000);
}

void TestUnboundDnsResolver::destructionCancels()
{
    NEED_DNSMASQ();
    Catch<MxRecord> cancelled;
    {
        UnboundDnsResolver resolver(options());
        resolver.lookupMx(QStringLiteral("postino.test"), this, cancelled.callback());
        QVERIFY(resolver.pendingCount() >= 1);
    }
    Catch<MxRecord> witness;
    UnboundDnsResolver other(options());
    other.lookupMx(QStringLiteral("postino.test"), this, witness.callback());
    WAIT(witness);
    QCoreApplication::processEvents();
    QCOMPARE(cancelled.calls, 0);
}

QTEST_GUILESS_MAIN(TestUnboundDnsResolver)
#include "TestUnboundDnsResolver.moc"
