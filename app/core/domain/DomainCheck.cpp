#include "domain/DomainCheck.h"
#include "domain/DomainCheck_p.h"

#include "common/Clock.h"
#include "domain/DkimKeyRecord.h"
#include "domain/DmarcRecord.h"
#include "domain/DnsSpfLookups.h"
#include "domain/DomainAlignment.h"
#include "domain/SpfAudit.h"
#include "domain/SpfEvaluator.h"
#include "domain/SpfRecord.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace Postino {

using namespace DomainCheckDetail;

QString DomainCheckResult::statusName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Info:
        break;
    }
    return QStringLiteral("info");
}

bool DomainCheckReport::hasFailure() const
{
    return std::any_of(checks.begin(), checks.end(),
                       [](const DomainCheckResult& r) { return r.status == DomainCheckResult::Status::Fail; });
}

const DomainCheckResult* DomainCheckReport::find(const QString& id) const
{
    for (const DomainCheckResult& r : checks) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const QStringList& DomainCheckOptions::wellKnownSelectors()
{
    static const QStringList selectors = {
        QStringLiteral("default"), QStringLiteral("selector1"), QStringLiteral("selector2"), QStringLiteral("google"),
        QStringLiteral("k1"),      QStringLiteral("mail"),      QStringLiteral("dkim")};
    return selectors;
}

const QStringList& DomainCheckOptions::defaultDnsblZones()
{
    static const QStringList zones = {QStringLiteral("zen.spamhaus.org"), QStringLiteral("bl.spamcop.net"),
                                      QStringLiteral("b.barracudacentral.org")};
    return zones;
}

const QStringList& DomainCheck::checkIds()
{
    static const QStringList ids = {QStringLiteral("mx"),    QStringLiteral("spf"),       QStringLiteral("dkim"),
                                    QStringLiteral("dmarc"), QStringLiteral("alignment"), QStringLiteral("ptr"),
                                    QStringLiteral("dnsbl"), QStringLiteral("mta-sts"),   QStringLiteral("tls-rpt"),
                                    QStringLiteral("dane")};
    return ids;
}

QString DomainCheck::domainOf(const QString& target)
{
    QString domain = target.trimmed();
    const qsizetype at = domain.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        domain = domain.mid(at + 1);
    domain = withoutDot(domain);
    if (domain.isEmpty())
        return {};
    const QString ace = QString::fromLatin1(QUrl::toAce(domain));
    static const QRegularExpression name(
        QStringLiteral("^([a-z0-9_]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    if (ace.isEmpty() || ace.size() > 253 || !name.match(ace).hasMatch())
        return {};
    return ace;
}

DomainCheck::DomainCheck(DnsResolver& resolver, DomainCheckOptions options, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_options(std::move(options))
    , m_spfLookups(std::make_unique<DnsSpfLookups>(resolver))
    , m_deadline(new ClockTimer(m_options.clock, this))
{
    if (m_options.dkimSelectors.isEmpty())
        m_options.dkimSelectors = DomainCheckOptions::wellKnownSelectors();
    if (m_options.dnsblZones.isEmpty())
        m_options.dnsblZones = DomainCheckOptions::defaultDnsblZones();
    m_report.domain = domainOf(m_options.target);
    connect(m_deadline, &ClockTimer::timeout, this, &DomainCheck::deadlinePassed);
}

DomainCheck::~DomainCheck() = default;

void DomainCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    m_elapsed.start();
    m_deadline->start(m_options.deadlineMs);
    m_spf = std::make_shared<SpfState>();
    checkMx();
    checkSpf();
    checkDkim();
    checkDmarc();
    checkMtaSts();
    checkTlsRpt();
    resolveServers([this] {
        m_serversResolved = true;
        finishSpf();
        checkAlignment();
        checkDnsbl();
        greetServers([this] { checkPtr(); });
    });
}

QList<QHostAddress> DomainCheck::serverAddresses() const
{
    QList<QHostAddress> out;
    for (const Server& server : m_servers) {
        for (const QHostAddress& a : server.addresses) {
            if (!out.contains(a))
                out.append(a);
        }
    }
    return out;
}

void DomainCheck::resolveServers(std::function<void()> done)
{
    auto join = Join::make(std::move(done));
    for (const QString& name : m_options.servers) {
        m_servers.append(Server {name, {}});
        const int index = int(m_servers.size()) - 1;
        const QHostAddress literal(name);
        if (!literal.isNull()) {
            m_servers[index].addresses.append(literal);
            continue;
        }
        auto add = [this, index, join](const DnsAnswer<QHostAddress>& answer) {
            m_servers[index].addresses.append(answer.records);
            join->release();
        };
        join->add();
        m_resolver.lookupA(name, this, add);
        join->add();
        m_resolver.lookupAaaa(name, this, add);
    }
    // Later, never inside start(): the checks that need no server have all been started by then.
    QMetaObject::invokeMethod(
        this, [join] { join->release(); }, Qt::QueuedConnection);
}

void DomainCheck::deliver(DomainCheckResult r)
{
    if (m_finished || m_results.contains(r.id))
        return;
    m_results.insert(r.id, r);
    emit checkFinished(r);
    if (allDone())
        finish();
}

bool DomainCheck::allDone() const
{
    if (m_results.size() != checkIds().size())
        return false;
    if (!m_options.mxTest)
        return true;
    return m_exchangesKnown && m_mxDelivered == mxResultCount();
}

void DomainCheck::deadlinePassed()
{
    if (m_finished)
        return;
    for (const QString& id : checkIds()) {
        if (!m_results.contains(id)) {
            m_report.dnsUnanswered = true;
            DomainCheckResult r =
                result(id, Status::Fail,
                       tr("No answer within %1 ms: the DNS did not answer in time").arg(m_options.deadlineMs),
                       tr("Try again, or ask another name server with --dns-server."));
            m_results.insert(id, r);
            emit checkFinished(r);
        }
    }
    mxDeadlinePassed();
    finish();
}

void DomainCheck::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline->stop();
    m_report.checks.clear();
    for (const QString& id : checkIds())
        m_report.checks.append(m_results.value(id));
    m_report.checks.append(mxResults());
    m_report.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    emit finished(m_report);
}

// ---- mx ---------------------------------------------------------------------------------------------

void DomainCheck::checkMx()
{
    const QString domain = m_report.domain;
    const QString id = QStringLiteral("mx");
    m_resolver.lookupMx(domain, this, [this, domain, id](const DnsAnswer<MxRecord>& answer) {
        if (!answer.answered()) {
            m_report.dnsUnanswered = true;
            deliver(result(id, Status::Fail, tr("The DNS gave no answer for the MX of %1").arg(domain), answer.error));
            exchangesKnown({});
            return;
        }
        if (answer.outcome == DnsOutcome::NxDomain) {
            deliver(result(id, Status::Fail, tr("%1 does not exist in the DNS").arg(domain),
                           tr("The name server says there is no such domain: check its spelling, or register it."),
                           QString()));
            exchangesKnown({});
            return;
        }
        if (answer.records.isEmpty()) {
            deliver(result(id, Status::Fail, tr("%1 has no MX record: replies and bounces cannot reach it").arg(domain),
                           tr("Without an MX, senders fall back to the domain's own address, which rarely runs a "
                              "mail server; many receivers also distrust mail from a domain that cannot receive."),
                           tr("%1. MX 10 mail.%1.").arg(domain)));
            exchangesKnown({});
            return;
        }
        QList<MxRecord> records = answer.records;
        std::stable_sort(records.begin(), records.end(),
                         [](const MxRecord& a, const MxRecord& b) { return a.preference < b.preference; });
        QStringList exchanges;
        for (const MxRecord& r : records)
            exchanges.append(withoutDot(r.exchange));
        if (exchanges.size() == 1 && (exchanges.first().isEmpty() || exchanges.first() == QLatin1String("."))) {
            deliver(result(id, Status::Info, tr("%1 publishes a null MX: it receives no mail (RFC 7505)").arg(domain),
                           tr("Mail to this domain is refused at once. That is right for a domain that only "
                              "sends, but replies to its addresses will bounce.")));
            exchangesKnown({});
            return;
        }
        exchangesKnown(exchanges);
        struct Host
        {
            QString name;
            QString cname;
            int addresses = 0;
            bool failed = false;
        };
        auto hosts = std::make_shared<QList<Host>>();
        for (const QString& e : exchanges)
            hosts->append(Host {e, {}, 0, false});
        auto join = Join::make([this, id, domain, hosts] {
            QStringList problems;
            QStringList fixes;
            bool unanswered = false;
            for (const Host& h : *hosts) {
                if (h.failed)
                    unanswered = true;
                if (!h.cname.isEmpty()) {
                    problems.append(tr("%1 is an alias (CNAME) of %2; an MX must name a host directly "
                                       "(RFC 2181 §10.3)")
                                        .arg(h.name, h.cname));
                    fixes.append(tr("%1. MX 10 %2.").arg(domain, h.cname));
                } else if (h.addresses == 0 && !h.failed) {
                    problems.append(tr("%1 has no address (no A or AAAA record)").arg(h.name));
                    fixes.append(tr("%1. A ADDRESS (the mail server's IPv4 address)").arg(h.name));
                }
            }
            QStringList names;
            for (const Host& h : *hosts)
                names.append(h.name);
            if (!problems.isEmpty()) {
                deliver(result(id, Status::Fail, problems.first(), problems.join(QLatin1Char('\n')),
                               fixes.join(QLatin1Char('\n'))));
            } else if (unanswered) {
                deliver(result(id, Status::Warn, tr("The MX hosts of %1 could not all be looked up").arg(domain),
                               names.join(QStringLiteral(", "))));
            } else {
                deliver(result(id, Status::Pass, tr("MX: %1").arg(names.join(QStringLiteral(", "))),
                               tr("Every MX host has an address and none is an alias.")));
            }
        });
        for (int i = 0; i < hosts->size(); ++i) {
            const QString name = hosts->at(i).name;
            join->add();
            m_resolver.lookupCname(name, this, [hosts, i, join](const DnsAnswer<QString>& a) {
                if (a.outcome == DnsOutcome::Records && !a.records.isEmpty())
                    (*hosts)[i].cname = withoutDot(a.records.first());
                join->release();
            });
            auto count = [hosts, i, join](const DnsAnswer<QHostAddress>& a) {
                (*hosts)[i].addresses += int(a.records.size());
                if (!a.answered())
                    (*hosts)[i].failed = true;
                join->release();
            };
            join->add();
            m_resolver.lookupA(name, this, count);
            join->add();
            m_resolver.lookupAaaa(name, this, count);
        }
        join->release();
    });
}

// The MX hosts are known (empty: none to speak of): DANE, the MX test and the MTA-STS policy's comparison go on.
void DomainCheck::exchangesKnown(const QStringList& exchanges)
{
    if (m_exchangesKnown)
        return;
    m_exchangesKnown = true;
    m_exchanges = exchanges;
    checkDane(exchanges);
    if (m_options.mxTest)
        startMxTests(exchanges);
    const auto waiting = std::move(m_exchangeWaiters);
    m_exchangeWaiters.clear();
    for (const auto& then : waiting)
        then(exchanges);
}

void DomainCheck::whenExchangesKnown(std::function<void(const QStringList&)> then)
{
    if (m_exchangesKnown)
        then(m_exchanges);
    else
        m_exchangeWaiters.append(std::move(then));
}

// ---- dane -------------------------------------------------------------------------------------------

void DomainCheck::checkDane(const QStringList& exchanges)
{
    const QString id = QStringLiteral("dane");
    if (exchanges.isEmpty()) {
        deliver(result(id, Status::Info, tr("No MX host to check for DANE")));
        return;
    }
    struct Entry
    {
        QString host;
        int records = 0;
        DnssecStatus dnssec = DnssecStatus::Indeterminate;
        bool failed = false;
    };
    auto entries = std::make_shared<QList<Entry>>();
    for (const QString& e : exchanges)
        entries->append(Entry {e, 0, DnssecStatus::Indeterminate, false});
    auto join = Join::make([this, id, entries] {
        QStringList lines;
        int published = 0;
        int untrusted = 0;
        for (const Entry& e : *entries) {
            if (e.records == 0) {
                lines.append(tr("_25._tcp.%1: no TLSA record").arg(e.host));
                continue;
            }
            ++published;
            if (e.dnssec != DnssecStatus::Secure) {
                ++untrusted;
                lines.append(tr("_25._tcp.%1: %2 TLSA records, DNSSEC %3: not trusted")
                                 .arg(e.host)
                                 .arg(e.records)
                                 .arg(dnssecStatusName(e.dnssec)));
            } else {
                lines.append(tr("_25._tcp.%1: %2 TLSA records, DNSSEC secure").arg(e.host).arg(e.records));
            }
        }
        if (published == 0) {
            deliver(result(id, Status::Info, tr("No DANE: the MX hosts publish no TLSA records"),
                           lines.join(QLatin1Char('\n'))));
        } else if (untrusted > 0) {
            deliver(result(id, Status::Warn, tr("TLSA records without DNSSEC: senders ignore them"),
                           lines.join(QLatin1Char('\n')), tr("Sign the zone with DNSSEC at your DNS provider")));
        } else if (published < entries->size()) {
            deliver(result(id, Status::Warn, tr("DANE on some MX hosts only"), lines.join(QLatin1Char('\n'))));
        } else {
            deliver(result(id, Status::Pass, tr("DANE: every MX host has DNSSEC-secure TLSA records"),
                           lines.join(QLatin1Char('\n'))));
        }
    });
    for (int i = 0; i < entries->size(); ++i) {
        join->add();
        m_resolver.lookupTlsa(QStringLiteral("_25._tcp.") + entries->at(i).host, this,
                              [entries, i, join](const DnsAnswer<TlsaRecord>& a) {
                                  (*entries)[i].records = int(a.records.size());
                                  (*entries)[i].dnssec = a.dnssec;
                                  (*entries)[i].failed = !a.answered();
                                  join->release();
                              });
    }
    join->release();
}

} // namespace Postino
