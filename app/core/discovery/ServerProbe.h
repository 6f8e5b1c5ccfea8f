#pragma once

#include "discovery/ProbeResult.h"
#include "discovery/SrvOrdering.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>

#include <memory>
#include <vector>

namespace Postino {

class AutoconfigFetcher;
class Clock;
class ClockTimer;
class ConnectionCheck;
struct ConnectionCheckResult;
class DnsResolver;
class ProviderDatabase;
class Settings;
class SubmissionFactory;
class Submission;

// What to probe, and how.
struct ProbeSettings
{
    QString email;
    QString username; // given by the user: only this one; empty: the address, then its local part
    QString password; // empty: verify without AUTH
    AuthMechanism mechanism = AuthMechanism::Auto; // an OAuth2 account's XOAUTH2/OAUTHBEARER (password: its token)
    QString host; // --host: skip discovery and probe this host's ports
    quint16 port = 0; // --port: only this port
    std::optional<Security> security; // with host and port: only this security (a stored account's)
    QHash<QString, QString> resolve; // --resolve HOST:ADDR, host in lower case
    QList<QSslCertificate> extraCaCertificates; // --ca-file
    QByteArray pinnedSha256; // --trust-fingerprint
    qint64 timeoutMs = 10'000; // the whole verification of one candidate, and each discovery source
    // A SYN unanswered this long is a blackhole on any real network (capped by timeoutMs); the greeting and
    // every later step still have timeoutMs.
    qint64 connectTimeoutMs = 3'000;
    // The grace rule: once a less preferred candidate has verified, a more preferred one that has not sent
    // its greeting yet is waited for until graceMs after that verification, but not past graceLimitMs after
    // the probe began (0: no such limit) and never less than until the verification itself. One that has
    // greeted is slow, not silent: it keeps its whole timeoutMs. timeoutMs bounds everything.
    qint64 graceMs = 2'000;
    qint64 graceLimitMs = 3'000;
    // After finished(), keep verifying the candidates the grace cut short, up to their whole timeoutMs, and
    // emit lateVerified() for one that then works (the wizard offers it). The CLI does not wait for them.
    bool watchLate = false;
    int maxParallel = 16; // verifications at once

    // The probe's timings from the settings file (probe/grace_ms, probe/grace_limit_ms,
    // probe/connect_timeout_ms).
    void applyTimings(const Settings& settings);
};

// What the probe works with; everything but submissions may be null (that source is then skipped).
struct ProbeServices
{
    SubmissionFactory* submissions = nullptr; // SubmissionFactory::smtp() in the application
    DnsResolver* dns = nullptr; // SRV and MX sources
    AutoconfigFetcher* autoconfig = nullptr; // autoconfig and well-known sources (and MX's second look)
    const ProviderDatabase* providers = nullptr; // null: ProviderDatabase::installed() (built-in + user files)
    Clock* clock = nullptr; // null: the system clock
    SrvRandom random; // SRV weights; empty: QRandomGenerator
};

// Finds and verifies the outgoing server for an address (cli.md, probe). Every source starts at once and
// every candidate is verified in parallel, each within settings.timeoutMs (its connect within
// connectTimeoutMs); the first source, in the contract's order, whose candidate verifies decides, and
// inside a source its own order. A more preferred candidate that is still silent (no greeting) when a
// later one has verified is given the grace of ProbeSettings::graceMs, then reported as a timeout, so a
// silent preferred server delays a verified answer by about two seconds, not by the whole timeout; a
// preferred server that greets inside the grace is waited for and wins. The probe ends as soon as the most
// preferred candidate still in the running has verified; the rest are reported as skipped, with why.
// Candidates and their results stream out as signals for a live UI.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    ServerProbe(ProbeSettings settings, ProbeServices services, QObject* parent = nullptr);
    ~ServerProbe() override;

    [[nodiscard]] const ProbeSettings& settings() const { return m_settings; }
    [[nodiscard]] bool isRunning() const { return m_started && !m_finished; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    // The result so far; complete once finished() was emitted. Candidates are in the order they were
    // added (indices as in the signals), not sorted; finished() gives them sorted.
    [[nodiscard]] ProbeResult result() const;

public slots:
    // Begins from the event loop: every signal, finished() included, comes after start() returned.
    void start();
    // Stops everything; finished() follows with what was known (once). After finished(), stops watching
    // late candidates.
    void cancel();

public:
    // Whether candidates cut short by the grace are still being verified (watchLate).
    [[nodiscard]] bool isWatchingLate() const { return !m_late.empty(); }

signals:
    void candidateAdded(int index, const Postino::ProbeCandidate& candidate);
    void candidateUpdated(int index, const Postino::ProbeCandidate& candidate);
    void finished(const Postino::ProbeResult& result);
    // watchLate: a candidate the grace had cut short verified after finished(); it ranks before the chosen
    // server. candidate.result is Ok and its detail, TLS and capabilities are filled in.
    void lateVerified(const Postino::ProbeCandidate& candidate);

private:
    struct Run;
    struct LateWatch;

    void begin();
    void startDiscovery();
    // --host: that host's ports (only the given port and security, when given).
    void addManualCandidates();
    void addCandidates(const QList<ServerCandidate>& candidates, DiscoverySource source);
    void addCandidate(ServerCandidate candidate, DiscoverySource source);
    void sourceStarted(DiscoverySource source);
    void sourceDone(DiscoverySource source);
    void discoverSrv(const QString& domain);
    void discoverMx(const QString& domain);
    void pump();
    void verify(int index);
    void openSession(int index);
    void onReady(int index, const ConnectionCheckResult& result);
    void onFailed(int index, const ConnectionCheckResult& result);
    void onTimeout(int index);
    // decide: go on (start queued candidates, decide when possible); false while the caller decides.
    void settle(int index, ProbeOutcome outcome, const QString& detail, bool decide = true);
    void dropSession(int index);
    void maybeDecide();
    // The grace rule, with a candidate verified at winner and the pending ones before it: false while the
    // grace runs or a greeted one is still being verified.
    [[nodiscard]] bool graceAllows(int winner, const QList<int>& pendingBefore);
    [[nodiscard]] bool hasGreeted(int index) const;
    void cutByGrace(int index, int winner);
    void keepWatching(int index);
    void onLateFinished(LateWatch* watch, const ConnectionCheckResult& result);
    void dropLate(LateWatch* watch);
    void stopWatching();
    // A verified session's findings into its candidate, with the detail ("TLSv1.3; EHLO accepted").
    void describeVerified(ProbeCandidate& candidate, const ConnectionCheckResult& result,
                          const QString& username) const;
    bool addPlainFallbacks();
    void finish(int winner);
    // The notes for the chosen server: its provider kind's, no encryption, a server outside the domain.
    [[nodiscard]] QStringList notesFor(const ProbeCandidate& server) const;
    [[nodiscard]] QList<int> precedence() const;
    [[nodiscard]] qint64 sinceStart() const;
    // The address's domain, in lower case.
    [[nodiscard]] QString domain() const;

    ProbeSettings m_settings;
    ProbeServices m_services;
    Clock* m_clock;
    ProbeResult m_result;
    std::vector<std::unique_ptr<Run>> m_runs; // parallel to m_result.candidates
    QHash<QString, int> m_byKey;
    int m_pendingSources[7] = {};
    int m_nextOrder[7] = {};
    int m_running = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_plainTried = false;
    bool m_sourcesExpired = false;
    QDateTime m_startTime;
    ClockTimer* m_sourceDeadline = nullptr;
    ClockTimer* m_graceTimer = nullptr; // armed at the first verification
    bool m_graceOver = false;
    qint64 m_firstVerifiedMs = -1; // since the start
    std::vector<std::unique_ptr<LateWatch>> m_late;
};

} // namespace Postino
