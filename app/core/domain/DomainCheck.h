#pragma once

#include "discovery/DnsResolver.h"
#include "smtp/SmtpTypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Postino {

class Clock;
class ClockTimer;
class DnsSpfLookups;
class MtaStsFetcher;
class Submission;
class SubmissionFactory;
struct TransactionResult;
struct MtaStsFetchAnswer;

// One finished check of a domain's health (cli.md, "domain"): what it is, its verdict, one line for
// people, the detail, and the fix as the exact record to publish or the setting to change.
struct DomainCheckResult
{
    enum class Status { Pass, Warn, Fail, Info };

    // "mx", "spf", "dkim", "dmarc", "alignment", "ptr", "dnsbl", "mta-sts", "tls-rpt", "dane"; with the MX
    // test also "port25", "mx-tls" and "open-relay", one set per MX host (each summary names its host)
    QString id;
    Status status = Status::Info;
    QString summary; // translated, one line
    QString detail; // translated, may span lines
    QString fix; // the record to publish or the setting to change; empty when nothing needs doing

    [[nodiscard]] static QString statusName(Status status); // "pass", "warn", "fail", "info"
};

struct DomainCheckReport
{
    QString domain; // the checked domain (lower case, no final dot)
    // In the order of DomainCheck::checkIds(), then the MX test's: port25, mx-tls, open-relay for each MX host
    // in preference order.
    QList<DomainCheckResult> checks;
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
    Clock* clock = nullptr; // the deadline's clock, and the sessions'; the system's when null

    // The MTA-STS policy is fetched through this (not owned); null: only the TXT record is checked.
    MtaStsFetcher* mtaSts = nullptr;
    // Sessions for the MX test and the servers' EHLO names (not owned); null: neither connects.
    SubmissionFactory* submissions = nullptr;
    QHash<QString, QString> resolve; // --resolve: host (lower case) -> address, for the MX hosts and mta-sts.DOMAIN
    QList<QSslCertificate> extraCaCertificates; // --ca-file, for the MX hosts' certificates
    // Where each server of servers (the same text) is greeted for its EHLO name (ptr); a server without an
    // entry is not connected to. Its connectAddress is set to the address checked when empty.
    QHash<QString, ServerEndpoint> serverEndpoints;
    qint64 connectTimeoutMs = 2000; // each MX test and EHLO session, per step

    // The MX test (--mx-test): each MX host on port 25.
    bool mxTest = false;
    // When port 25 does not answer, these are tried on the submission port: the MX host itself, then this
    // well-known host; if either answers, outbound port 25 is blocked here.
    QString referenceHost = QStringLiteral("smtp.gmail.com");
    quint16 submissionPort = 587;
    int maxMxHosts = 5; // the first ones by preference are tested

    static const QStringList& wellKnownSelectors();
    static const QStringList& defaultDnsblZones();
};

// "Is this domain, or one's own server, ready?" (issue #15): every check of cli.md's "domain" section
// runs at once over the DnsResolver, each result is signalled as it finishes, and the report comes
// when all are done or the deadline passes (the unfinished ones are then reported as timed out).
// Checks: mx, spf (SpfAudit, and SpfEvaluator for each server address), dkim, dmarc, alignment (would
// mail From the address through these servers pass DMARC), ptr (forward-confirmed reverse DNS, and each
// server's EHLO name against it), dnsbl, mta-sts (the TXT record and the policy over HTTPS, every MX against
// it), tls-rpt, dane (TLSA at _25._tcp.MX, trusted only when DNSSEC-secure); with mxTest also port25, mx-tls
// and open-relay for each MX host. Connections go through options.submissions, the policy through
// options.mtaSts.
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
    using Status = DomainCheckResult::Status; // not Postino::Status (common/Error.h)
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
    void exchangesKnown(const QStringList& exchanges);
    void whenExchangesKnown(std::function<void(const QStringList&)> then);
    void fetchMtaStsPolicy(const QString& record);
    void judgeMtaStsPolicy(const QString& record, const MtaStsFetchAnswer& answer);
    void greetServers(std::function<void()> done);
    // The MX test (DomainCheckMx.cpp).
    struct MxHost;
    void startMxTests(const QStringList& exchanges);
    void testMx(int index, const QString& address);
    void onMxTlsFailed(int index, const SmtpError& error, bool connected);
    void checkPort25Blocked(int index, const SmtpError& error);
    void testRelay(int index, Submission* session);
    [[nodiscard]] DomainCheckResult relayVerdict(int index, const TransactionResult& result) const;
    void deliverMx(int index, int slot, DomainCheckResult result);
    [[nodiscard]] bool allDone() const;
    [[nodiscard]] int mxResultCount() const;
    [[nodiscard]] QList<DomainCheckResult> mxResults() const;
    void mxDeadlinePassed();
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
    // The MX hosts, once the MX look-up is in, and who waits for them.
    bool m_exchangesKnown = false;
    QStringList m_exchanges;
    QList<std::function<void(const QStringList&)>> m_exchangeWaiters;
    // The EHLO name each server gave (by index in m_servers; empty: not read) and why not.
    QHash<int, QString> m_ehloNames;
    QHash<int, QString> m_ehloProblems;
    // The MX test: a host per tested MX, its three results as they come.
    QList<std::shared_ptr<MxHost>> m_mxHosts;
    int m_mxDelivered = 0;
};

} // namespace Postino
