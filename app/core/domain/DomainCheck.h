#pragma once

#include "discovery/DnsResolver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Postino {

class Clock;
class ClockTimer;
class DnsSpfLookups;

// One finished check of a domain's health (cli.md, "domain"): what it is, its verdict, one line for
// people, the detail, and the fix as the exact record to publish or the setting to change.
struct DomainCheckResult
{
    enum class Status { Pass, Warn, Fail, Info };

    QString id; // "mx", "spf", "dkim", "dmarc", "alignment", "ptr", "dnsbl", "mta-sts", "tls-rpt", "dane"
    Status status = Status::Info;
    QString summary; // translated, one line
    QString detail; // translated, may span lines
    QString fix; // the record to publish or the setting to change; empty when nothing needs doing

    [[nodiscard]] static QString statusName(Status status); // "pass", "warn", "fail", "info"
};

struct DomainCheckReport
{
    QString domain; // the checked domain (lower case, no final dot)
    QList<DomainCheckResult> checks; // in the order of DomainCheck::checkIds()
    // The domain's own look-ups (MX, SPF's TXT, DMARC's TXT) got no answer, or the deadline passed
    // before a check finished: the verdict is not the domain's but the DNS's (cli.md: exit 75).
    bool dnsUnanswered = false;
    qint64 elapsedMs = 0;

    [[nodiscard]] bool hasFailure() const;
    [[nodiscard]] const DomainCheckResult* find(const QString& id) const;
};

struct DomainCheckOptions
{
    QString target; // DOMAIN or ADDR (local@domain): the From address whose domain is checked
    QString accountAddress; // the account's own address (the envelope sender), when --account is given
    QStringList servers; // host names or addresses of the servers that send for the domain
    QStringList dkimSelectors; // empty: kWellKnownSelectors
    QStringList dnsblZones; // empty: kDefaultDnsblZones
    qint64 deadlineMs = 4500; // every check ends by then
    Clock* clock = nullptr; // the deadline's clock; the system's when null

    static const QStringList& wellKnownSelectors();
    static const QStringList& defaultDnsblZones();
};

// "Is this domain, or one's own server, ready?" (issue #15): every check of cli.md's "domain" section
// runs at once over the DnsResolver, each result is signalled as it finishes, and the report comes
// when all are done or the deadline passes (the unfinished ones are then reported as timed out).
// Checks: mx, spf (SpfAudit, and SpfEvaluator for each server address), dkim, dmarc, alignment (would
// mail From the address through these servers pass DMARC), ptr (forward-confirmed reverse DNS), dnsbl,
// mta-sts and tls-rpt (their TXT records), dane (TLSA at _25._tcp.MX, trusted only when DNSSEC-secure).
// Call start() once; no signal comes after the object is destroyed.
class DomainCheck : public QObject
{
    Q_OBJECT
public:
    DomainCheck(DnsResolver& resolver, DomainCheckOptions options, QObject* parent = nullptr);
    ~DomainCheck() override;

    [[nodiscard]] static const QStringList& checkIds();
    // The domain of DOMAIN or ADDR, lower case, no final dot; empty when it is not a domain name.
    [[nodiscard]] static QString domainOf(const QString& target);

    void start();
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const DomainCheckReport& report() const { return m_report; }

signals:
    void checkFinished(const Postino::DomainCheckResult& result);
    void finished(const Postino::DomainCheckReport& report);

private:
    struct Server
    {
        QString name; // as given
        QList<QHostAddress> addresses;
    };
    struct SpfState;
    struct Join;

    void resolveServers(std::function<void()> done);
    void checkMx();
    void checkSpf();
    void finishSpf();
    void checkDkim();
    void checkDmarc();
    void checkAlignment();
    void checkPtr();
    void checkDnsbl();
    void checkMtaSts();
    void checkTlsRpt();
    void checkDane(const QStringList& exchanges);
    void deliver(DomainCheckResult result);
    void deadlinePassed();
    void finish();
    [[nodiscard]] QList<QHostAddress> serverAddresses() const;

    DnsResolver& m_resolver;
    DomainCheckOptions m_options;
    std::unique_ptr<DnsSpfLookups> m_spfLookups;
    ClockTimer* m_deadline = nullptr;
    QElapsedTimer m_elapsed;
    DomainCheckReport m_report;
    QHash<QString, DomainCheckResult> m_results;
    QList<Server> m_servers;
    bool m_serversResolved = false;
    bool m_finished = false;
    bool m_started = false;
    std::shared_ptr<SpfState> m_spf;
    // What alignment needs from the others: set as they finish.
    bool m_dkimDone = false;
    bool m_dkimUsableKey = false;
    bool m_dmarcDone = false;
    bool m_dmarcStrictSpf = false;
};

} // namespace Postino
