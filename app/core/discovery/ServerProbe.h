#pragma once

#include "discovery/ProbeResult.h"
#include "discovery/SrvOrdering.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>

#include <vector>

namespace Postino {

class AutoconfigFetcher;
class Clock;
class ClockTimer;
class ConnectionCheck;
struct ConnectionCheckResult;
class DnsResolver;
class ProviderDatabase;
class SubmissionFactory;
class Submission;

// What to probe, and how.
struct ProbeSettings
{
    QString email;
    QString username; // given by the user: only this one; empty: the address, then its local part
    QString password; // empty: verify without AUTH
    QString host; // --host: skip discovery and probe this host's ports
    quint16 port = 0; // --port: only this port
    std::optional<Security> security; // with host and port: only this security (a stored account's)
    QHash<QString, QString> resolve; // --resolve HOST:ADDR, host in lower case
    QList<QSslCertificate> extraCaCertificates; // --ca-file
    QByteArray pinnedSha256; // --trust-fingerprint
    qint64 timeoutMs = 10'000; // the whole verification of one candidate, and each discovery source
    int maxParallel = 16; // verifications at once
};

// What the probe works with; everything but submissions may be null (that source is then skipped).
struct ProbeServices
{
    SubmissionFactory* submissions = nullptr; // SubmissionFactory::smtp() in the application
    DnsResolver* dns = nullptr; // SRV and MX sources
    AutoconfigFetcher* autoconfig = nullptr; // autoconfig and well-known sources (and MX's second look)
    const ProviderDatabase* providers = nullptr; // null: ProviderDatabase::builtin()
    Clock* clock = nullptr; // null: the system clock
    SrvRandom random; // SRV weights; empty: QRandomGenerator
};

// Finds and verifies the outgoing server for an address (cli.md, probe). Every source starts at once and
// every candidate is verified in parallel, each within settings.timeoutMs; the first source, in the
// contract's order, whose candidate verifies decides, so a dead preferred port delays the answer by at
// most that timeout. Candidates and their results stream out as signals for a live UI.
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
    // Stops everything; finished() follows with what was known.
    void cancel();

signals:
    void candidateAdded(int index, const Postino::ProbeCandidate& candidate);
    void candidateUpdated(int index, const Postino::ProbeCandidate& candidate);
    void finished(const Postino::ProbeResult& result);

private:
    struct Run;

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
    void settle(int index, ProbeOutcome outcome, const QString& detail);
    void dropSession(int index);
    void maybeDecide();
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
};

} // namespace Postino
