#pragma once

#include "discovery/DnsResolver.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <map>
#include <memory>

struct ub_ctx;
struct ub_result;
class QSocketNotifier;

namespace Postino {

class Clock;
class ClockTimer;

struct UnboundDnsOptions
{
    // Where every look-up goes; null: the name servers of resolvConf.
    NameServer server;
    // The resolver configuration file read when no server is given; empty: /etc/resolv.conf.
    QString resolvConf;
    // Each look-up's limit: after it, the look-up ends as TimedOut and is cancelled in libunbound.
    qint64 timeoutMs = 10000;
    // DNSSEC trust anchors: the first of these files that exists is used; none (or an empty list): no
    // validation, every answer Indeterminate.
    QStringList trustAnchorFiles = defaultTrustAnchorFiles();
    Clock* clock = nullptr; // the timeouts' clock; the system's when null

    // Debian's root key from dns-root-data (/usr/share/dns/root.key), then unbound-anchor's
    // (/var/lib/unbound/root.key).
    [[nodiscard]] static QStringList defaultTrustAnchorFiles();
};

// How a resolver validates, once its first look-up has found out.
enum class DnssecMode {
    Unknown, // no look-up yet, or the check of the root's keys is still under way
    Validating, // a trust anchor, and the name servers hand out the root's signed keys
    UpstreamWithoutDnssec, // a trust anchor, but the name servers do not carry DNSSEC: answers Insecure
    NoTrustAnchor, // no trust anchor file: answers Indeterminate
};

// The real resolver: libunbound, a validating stub resolver that asks the given name server
// (ADDR@PORT) or the system's (resolv.conf), and checks DNSSEC from the root's trust anchor.
//
// Look-ups are asynchronous (ub_resolve_async, its file descriptor watched by a QSocketNotifier,
// ub_process when it is readable); results are handed to context through its event queue, so no
// callback runs inside a call or inside libunbound. Each look-up ends after timeoutMs at the latest;
// the destructor cancels whatever is still running (no callback after it).
//
// Before the first look-up goes out, the resolver asks for the root's DNSKEY. A name server that does not
// hand out the signed keys (dnsmasq without DNSSEC, many home routers) could not make any answer secure,
// and libunbound would call every answer bogus: then the resolver asks without a trust anchor, and calls
// its answers Insecure. unbound's built-in local zones (localhost, test., the private reverse zones) are
// left to the name server asked, so that a forwarder's answers for them are the answers.
class UnboundDnsResolver final : public QObject, public DnsResolver
{
    Q_OBJECT
public:
    explicit UnboundDnsResolver(UnboundDnsOptions options = {}, QObject* parent = nullptr);
    ~UnboundDnsResolver() override;

    void lookupMx(const QString& name, QObject* context, std::function<void(const DnsAnswer<MxRecord>&)> done) override;
    void lookupSrv(const QString& name, QObject* context,
                   std::function<void(const DnsAnswer<SrvRecord>&)> done) override;
    void lookupTxt(const QString& name, QObject* context,
                   std::function<void(const DnsAnswer<TxtRecord>&)> done) override;
    void lookupA(const QString& name, QObject* context,
                 std::function<void(const DnsAnswer<QHostAddress>&)> done) override;
    void lookupAaaa(const QString& name, QObject* context,
                    std::function<void(const DnsAnswer<QHostAddress>&)> done) override;
    void lookupPtr(const QHostAddress& address, QObject* context,
                   std::function<void(const DnsAnswer<QString>&)> done) override;
    void lookupTlsa(const QString& name, QObject* context,
                    std::function<void(const DnsAnswer<TlsaRecord>&)> done) override;
    void lookupCname(const QString& name, QObject* context,
                     std::function<void(const DnsAnswer<QString>&)> done) override;

    [[nodiscard]] DnssecMode dnssecMode() const { return m_mode; }
    // The trust anchor file in use; empty when none was found.
    [[nodiscard]] QString trustAnchorFile() const { return m_anchorFile; }
    // Look-ups under way (queued, in libunbound, or timed out and awaiting libunbound's last word).
    [[nodiscard]] int pendingCount() const { return static_cast<int>(m_queries.size()); }

    // What libunbound's result says, before any record is read: pure, so it is tested on its own.
    [[nodiscard]] static DnsOutcome outcomeOf(int rcode, bool haveData, bool nxDomain);
    [[nodiscard]] static DnssecStatus statusOf(DnssecMode mode, bool secure, bool bogus);

    // One answer before its records are read (RDATA in wire format).
    struct RawAnswer
    {
        DnsOutcome outcome = DnsOutcome::ServerFailure;
        DnssecStatus dnssec = DnssecStatus::Indeterminate;
        QList<QByteArray> rdata;
        QString canonicalName;
        QString error;
    };

private:
    struct Query;
    using RawDone = std::function<void(const RawAnswer&)>;

    template<typename T>
    void lookup(const QString& name, quint16 type, QObject* context, std::function<void(const DnsAnswer<T>&)> done,
                std::optional<T> (*parse)(const QByteArray&));
    void resolve(const QString& name, quint16 type, QObject* context, RawDone done);

    void startEngine();
    [[nodiscard]] ub_ctx* makeContext(bool withAnchor, QString* error) const;
    void watch(ub_ctx* ctx);
    void submit(Query* query);
    void onReadable();
    void onTimeout(quint64 id);
    void finish(Query* query, RawAnswer answer);
    void finishCheck(bool secure);
    void forget(quint64 id);
    [[nodiscard]] RawAnswer answerFrom(const Query& query, int err, ub_result* result) const;
    [[nodiscard]] QString where() const;

    static void onResult(void* data, int err, ub_result* result);

    UnboundDnsOptions m_options;
    Clock* m_clock;
    QString m_anchorFile;
    DnssecMode m_mode = DnssecMode::Unknown;
    ub_ctx* m_ctx = nullptr;
    QSocketNotifier* m_notifier = nullptr;
    QString m_startError; // why no context could be made; every look-up fails with it
    bool m_started = false;
    bool m_checking = false;
    bool m_checkDone = false; // set inside ub_process; acted on after it returns
    bool m_checkSecure = false;
    quint64 m_checkId = 0;
    quint64 m_nextId = 1;
    std::map<quint64, std::unique_ptr<Query>> m_queries;
};

} // namespace Postino
