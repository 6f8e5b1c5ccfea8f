#include "ServerProbe.h"

#include "common/Clock.h"
#include "common/Log.h"
#include "common/Settings.h"
#include "discovery/ConnectionCheck.h"
#include "discovery/ProviderDatabase.h"
#include "discovery/ReplyExplainer.h"
#include "smtp/Submission.h"

#include <algorithm>

namespace Postino {

namespace {

QString localPartOf(const QString& email)
{
    const int at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? email : email.left(at);
}

// "2", "2.5": seconds for people.
QString secondsText(qint64 ms)
{
    return QString::number(static_cast<double>(ms) / 1000.0, 'g', 3);
}

} // namespace

void ProbeSettings::applyTimings(const Settings& settings)
{
    graceMs = qMax(0, settings.intValue(Settings::Key::ProbeGraceMs));
    graceLimitMs = qMax(0, settings.intValue(Settings::Key::ProbeGraceLimitMs));
    if (const int connect = settings.intValue(Settings::Key::ProbeConnectTimeoutMs); connect > 0)
        connectTimeoutMs = connect;
}

// The verification of one candidate.
struct ServerProbe::Run
{
    ConnectionCheck* check = nullptr; // the probe's child, made at the first verification
    ClockTimer* watchdog = nullptr;
    QDateTime started;
    bool queued = false; // waiting for a free slot
    bool running = false;
    bool triedLocalPart = false;
    bool greeted = false; // a session of this candidate has had the server's greeting
    QString username; // the one being tried
};

// A candidate the grace cut short, still being verified after finished() (ProbeSettings::watchLate).
struct ServerProbe::LateWatch
{
    ProbeCandidate candidate;
    ConnectionCheck* check = nullptr; // the probe's child
    ClockTimer* watchdog = nullptr; // its whole timeout, from when it started
    QDateTime started;
    QString username;
};

ServerProbe::ServerProbe(ProbeSettings settings, ProbeServices services, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_services(std::move(services))
    , m_clock(Clock::orSystem(m_services.clock))
{
    m_result.email = m_settings.email;
    if (!m_services.providers)
        m_services.providers = &ProviderDatabase::installed();
}

ServerProbe::~ServerProbe()
{
    for (const auto& run : m_runs) {
        if (run->check) {
            run->check->disconnect(this);
            delete run->check; // drops its connection
        }
    }
    for (const auto& watch : m_late) {
        watch->check->disconnect(this);
        delete watch->check;
    }
}

QString ServerProbe::domain() const
{
    const int at = m_settings.email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : m_settings.email.mid(at + 1).toLower();
}

ProbeResult ServerProbe::result() const
{
    return m_result;
}

qint64 ServerProbe::sinceStart() const
{
    return m_startTime.isValid() ? m_startTime.msecsTo(m_clock->now()) : 0;
}

void ServerProbe::start()
{
    if (m_started)
        return;
    m_started = true;
    m_startTime = m_clock->now();
    // The work begins from the event loop, so that finished() never comes before start() returns.
    QMetaObject::invokeMethod(this, &ServerProbe::begin, Qt::QueuedConnection);
}

void ServerProbe::begin()
{
    if (m_finished)
        return;
    qCInfo(lcDiscovery) << "probing" << m_settings.email;
    if (!m_services.submissions) {
        qCWarning(lcDiscovery) << "ServerProbe started without a SubmissionFactory";
        finish(-1);
        return;
    }

    m_sourceDeadline = new ClockTimer(m_clock, this);
    connect(m_sourceDeadline, &ClockTimer::timeout, this, [this] {
        // Sources that have not answered by now are given up; what they send later is ignored.
        m_sourcesExpired = true;
        for (int& pending : m_pendingSources)
            pending = 0;
        maybeDecide();
    });
    m_sourceDeadline->start(m_settings.timeoutMs);

    startDiscovery();
    maybeDecide();
}

void ServerProbe::cancel()
{
    if (m_finished)
        stopWatching();
    if (!m_started || m_finished)
        return;
    finish(-1);
}

void ServerProbe::addCandidates(const QList<ServerCandidate>& candidates, DiscoverySource source)
{
    for (const ServerCandidate& candidate : candidates)
        addCandidate(candidate, source);
    pump();
}

void ServerProbe::addCandidate(ServerCandidate candidate, DiscoverySource source)
{
    if (m_finished)
        return;
    candidate.source = source;
    if (candidate.host.endsWith(QLatin1Char('.')))
        candidate.host.chop(1);
    if (candidate.host.isEmpty() || candidate.port == 0)
        return;
    if (m_settings.port != 0 && m_settings.host.isEmpty() && candidate.port != m_settings.port)
        return;
    if (candidate.username.isEmpty())
        candidate.username = m_settings.email;

    const QString key = candidate.key();
    const int order = m_nextOrder[discoverySourceRank(source)]++;
    if (const auto it = m_byKey.constFind(key); it != m_byKey.constEnd()) {
        // Found again: it is reported with the earliest source.
        ProbeCandidate& existing = m_result.candidates[*it];
        if (discoverySourceRank(source) < discoverySourceRank(existing.server.source)) {
            existing.server.source = source;
            existing.order = order;
            if (existing.server.providerId.isEmpty()) {
                existing.server.providerId = candidate.providerId;
                existing.server.kind = candidate.kind;
            }
            emit candidateUpdated(*it, existing);
        }
        return;
    }

    ProbeCandidate entry;
    entry.server = candidate;
    entry.order = order;
    const int index = static_cast<int>(m_result.candidates.size());
    m_result.candidates.append(entry);
    m_runs.push_back(std::make_unique<Run>());
    m_runs.back()->queued = true;
    m_byKey.insert(key, index);
    qCDebug(lcDiscovery) << "candidate" << key << "from" << discoverySourceName(source);
    emit candidateAdded(index, entry);
}

void ServerProbe::pump()
{
    for (int i = 0; i < static_cast<int>(m_runs.size()) && m_running < m_settings.maxParallel && !m_finished; ++i) {
        if (m_runs[static_cast<size_t>(i)]->queued)
            verify(i);
    }
}

void ServerProbe::verify(int index)
{
    Run& run = *m_runs[static_cast<size_t>(index)];
    run.queued = false;
    run.running = true;
    ++m_running;
    run.started = m_clock->now();
    const ProbeCandidate& candidate = m_result.candidates.at(index);
    run.username = m_settings.username.isEmpty() ? candidate.server.username : m_settings.username;

    run.watchdog = new ClockTimer(m_clock, this);
    connect(run.watchdog, &ClockTimer::timeout, this, [this, index] { onTimeout(index); });
    run.watchdog->start(m_settings.timeoutMs);
    openSession(index);
}

void ServerProbe::openSession(int index)
{
    Run& run = *m_runs[static_cast<size_t>(index)];
    const ProbeCandidate& candidate = m_result.candidates.at(index);

    SubmissionSettings settings;
    settings.endpoint.host = candidate.server.host;
    settings.endpoint.port = candidate.server.port;
    settings.endpoint.security = candidate.server.security;
    settings.endpoint.connectAddress = m_settings.resolve.value(candidate.server.host);
    settings.endpoint.extraCaCertificates = m_settings.extraCaCertificates;
    settings.endpoint.pinnedSha256 = m_settings.pinnedSha256;
    if (!m_settings.password.isEmpty()) {
        settings.credentials.username = run.username;
        settings.credentials.secret = m_settings.password;
        settings.credentials.mechanism = m_settings.mechanism;
    }
    settings.timeouts = SmtpTimeouts::uniform(m_settings.timeoutMs);
    if (m_settings.connectTimeoutMs > 0)
        settings.timeouts.connect = qMin(m_settings.connectTimeoutMs, m_settings.timeoutMs);
    settings.clock = m_services.clock;

    if (!run.check) {
        run.check = new ConnectionCheck(m_services.submissions, this);
        run.check->setPasswordWantedError(ErrorKind::None, tr("The server asked for a password and none was given."));
        connect(run.check, &ConnectionCheck::finished, this, [this, index](const ConnectionCheckResult& result) {
            if (result.ok)
                onReady(index, result);
            else
                onFailed(index, result);
        });
    }
    run.check->start(settings);
}

void ServerProbe::dropSession(int index)
{
    Run& run = *m_runs[static_cast<size_t>(index)];
    if (run.watchdog) {
        run.watchdog->stop();
        run.watchdog->deleteLater();
        run.watchdog = nullptr;
    }
    if (run.check)
        run.check->cancel(); // a finished check has closed its session itself (politely, when it was ready)
}

void ServerProbe::describeVerified(ProbeCandidate& candidate, const ConnectionCheckResult& result,
                                   const QString& username) const
{
    candidate.capabilities = result.capabilities.raw;
    candidate.maxSize = result.capabilities.maxSize;
    candidate.tls = result.tls;
    candidate.authUsed = m_settings.password.isEmpty() ? AuthMechanism::None : result.authUsed;
    candidate.usernameUsed = m_settings.password.isEmpty() ? QString() : username;
    if (m_settings.password.isEmpty()) {
        // A provider that signs in with OAuth2 (its <oAuth2> and "OAuth2" for this server), on a server that
        // offers the provider's mechanism: that is how this account will sign in (cli.md: auth XOAUTH2).
        const ProviderEntry* provider = candidate.server.providerId.isEmpty()
            ? nullptr
            : m_services.providers->findById(candidate.server.providerId);
        if (provider && provider->oauth2.isValid()
            && candidate.server.authentication.contains(QStringLiteral("OAuth2"), Qt::CaseInsensitive)
            && result.capabilities.authMechanisms.contains(authMechanismName(provider->oauth2.mechanism)))
            candidate.authUsed = provider->oauth2.mechanism;
    }

    QString detail;
    if (candidate.tls.encrypted && !candidate.usernameUsed.isEmpty())
        detail = tr("%1; signed in with %2 as %3")
                     .arg(candidate.tls.protocol, authMechanismName(candidate.authUsed), candidate.usernameUsed);
    else if (candidate.tls.encrypted)
        detail = tr("%1; EHLO accepted").arg(candidate.tls.protocol);
    else if (!candidate.usernameUsed.isEmpty())
        detail = tr("no encryption; signed in with %1 as %2")
                     .arg(authMechanismName(candidate.authUsed), candidate.usernameUsed);
    else
        detail = tr("no encryption; EHLO accepted");
    if (candidate.tls.pinned)
        detail += tr(" (certificate accepted by its pinned fingerprint)");
    candidate.result = ProbeOutcome::Ok;
    candidate.detail = detail;
}

void ServerProbe::onReady(int index, const ConnectionCheckResult& result)
{
    const Run& run = *m_runs[static_cast<size_t>(index)];
    ProbeCandidate& candidate = m_result.candidates[index];
    describeVerified(candidate, result, run.username);
    const QString detail = candidate.detail;
    dropSession(index);
    settle(index, ProbeOutcome::Ok, detail);
}

void ServerProbe::onFailed(int index, const ConnectionCheckResult& result)
{
    const SmtpError& error = result.error;
    Run& run = *m_runs[static_cast<size_t>(index)];
    ProbeCandidate& candidate = m_result.candidates[index];
    const QString email = m_settings.email;

    // RFC 6186: the full address first, then the local part, only when the first was refused.
    if (error.failure == SmtpFailure::AuthFailed && m_settings.username.isEmpty() && !run.triedLocalPart
        && run.username == email && localPartOf(email) != email && !m_settings.password.isEmpty()) {
        run.triedLocalPart = true;
        run.greeted = true; // the server refused the password, so it spoke
        run.username = localPartOf(email);
        dropSession(index);
        run.watchdog = new ClockTimer(m_clock, this);
        connect(run.watchdog, &ClockTimer::timeout, this, [this, index] { onTimeout(index); });
        run.watchdog->start(m_settings.timeoutMs);
        qCDebug(lcDiscovery) << candidate.server.key() << "refused the address; trying the local part";
        openSession(index);
        return;
    }

    const ProbeOutcome outcome = probeOutcomeFor(error.failure);
    candidate.failure = error.failure;
    if (outcome == ProbeOutcome::AuthFailed || outcome == ProbeOutcome::AuthUnsupported) {
        candidate.capabilities = result.capabilities.raw;
        candidate.maxSize = result.capabilities.maxSize;
        candidate.tls = result.tls;
        candidate.authUsed = result.authUsed;
        // Report the first username refused (the address), as the user knows it.
        candidate.usernameUsed = run.triedLocalPart ? email : run.username;
    }
    if (error.failure == SmtpFailure::Certificate) {
        candidate.tls.peer = error.certificate;
        candidate.certificateProblems = error.certificateProblems;
    }
    const QString reply = ReplyExplainer::replyText(error.reply);
    QString detail = reply.isEmpty() ? error.message : tr("server said: %1").arg(reply);
    if (detail.isEmpty())
        detail = probeOutcomeName(outcome);
    candidate.explanation = result.explanation();
    dropSession(index);
    settle(index, outcome, detail);
}

void ServerProbe::onTimeout(int index)
{
    const ProbeCandidate& candidate = m_result.candidates.at(index);
    const Run& run = *m_runs[static_cast<size_t>(index)];
    QString detail = tr("no answer from %1:%2 within %3 seconds")
                         .arg(candidate.server.host, QString::number(candidate.server.port),
                              QString::number(static_cast<double>(m_settings.timeoutMs) / 1000.0, 'g', 3));
    // Connected, then silence before any greeting: what a server expecting TLS from the first byte does.
    const Submission* session = run.check ? run.check->session() : nullptr;
    if (session && session->state() == Submission::State::Greeting && candidate.server.security != Security::Tls) {
        detail = tr("%1:%2 accepted the connection but sent no greeting within %3 seconds; a server that expects "
                    "TLS from the first byte (as on port 465) does this: try security tls")
                     .arg(candidate.server.host, QString::number(candidate.server.port),
                          QString::number(static_cast<double>(m_settings.timeoutMs) / 1000.0, 'g', 3));
    }
    m_result.candidates[index].failure = SmtpFailure::Timeout;
    dropSession(index);
    settle(index, ProbeOutcome::Timeout, detail);
}

void ServerProbe::settle(int index, ProbeOutcome outcome, const QString& detail, bool decide)
{
    Run& run = *m_runs[static_cast<size_t>(index)];
    ProbeCandidate& candidate = m_result.candidates[index];
    if (run.running) {
        run.running = false;
        --m_running;
        candidate.elapsedMs = run.started.msecsTo(m_clock->now());
    }
    run.queued = false;
    candidate.result = outcome;
    candidate.detail = detail;
    if (outcome == ProbeOutcome::Ok && m_firstVerifiedMs < 0)
        m_firstVerifiedMs = sinceStart();
    qCDebug(lcDiscovery) << candidate.server.key() << probeOutcomeName(outcome) << detail;
    emit candidateUpdated(index, candidate);
    if (m_finished || !decide)
        return;
    pump();
    maybeDecide();
}

QList<int> ServerProbe::precedence() const
{
    QList<int> order;
    for (int i = 0; i < m_result.candidates.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const ProbeCandidate& x = m_result.candidates.at(a);
        const ProbeCandidate& y = m_result.candidates.at(b);
        const int rx = discoverySourceRank(x.server.source);
        const int ry = discoverySourceRank(y.server.source);
        if (rx != ry)
            return rx < ry;
        // Plain fallbacks come after everything else of their source.
        const bool px = x.server.security == Security::None;
        const bool py = y.server.security == Security::None;
        if (px != py)
            return py;
        return x.order < y.order;
    });
    return order;
}

void ServerProbe::maybeDecide()
{
    if (!m_started || m_finished)
        return;
    const QList<int> order = precedence();
    // The most preferred verified candidate, and what may still come before it: pending candidates, and
    // sources that have not answered (a source may add a candidate before the verified one).
    int winner = -1;
    bool sourcePending = false;
    QList<int> pendingBefore;
    int next = 0;
    for (int rank = 0; rank <= discoverySourceRank(DiscoverySource::Manual) && winner < 0; ++rank) {
        if (m_pendingSources[rank] > 0)
            sourcePending = true;
        for (; next < order.size() && discoverySourceRank(m_result.candidates.at(order.at(next)).server.source) == rank;
             ++next) {
            const ProbeCandidate& candidate = m_result.candidates.at(order.at(next));
            if (candidate.result == ProbeOutcome::Pending)
                pendingBefore.append(order.at(next));
            else if (candidate.result == ProbeOutcome::Ok) {
                winner = order.at(next);
                break;
            }
        }
    }
    if (winner < 0) {
        if (sourcePending || !pendingBefore.isEmpty())
            return; // no grace without a verified server: each candidate has its whole timeout
        if (addPlainFallbacks())
            return;
        finish(-1);
        return;
    }
    // A source that has not answered may still name a better server: it has its own deadline.
    if (sourcePending)
        return;
    if (!pendingBefore.isEmpty() && !graceAllows(winner, pendingBefore))
        return;
    finish(winner);
}

bool ServerProbe::hasGreeted(int index) const
{
    const Run& run = *m_runs[static_cast<size_t>(index)];
    if (run.greeted)
        return true;
    const Submission* session = run.check ? run.check->session() : nullptr;
    return session && session->greeting().code != 0;
}

bool ServerProbe::graceAllows(int winner, const QList<int>& pendingBefore)
{
    if (!m_graceTimer) {
        // The first verification started the grace: graceMs from then, not past graceLimitMs after the start,
        // and not before the verification itself.
        qint64 end = m_firstVerifiedMs + m_settings.graceMs;
        if (m_settings.graceLimitMs > 0)
            end = qMax(m_firstVerifiedMs, qMin(end, m_settings.graceLimitMs));
        const qint64 wait = qMax<qint64>(0, end - sinceStart());
        m_graceTimer = new ClockTimer(m_clock, this);
        connect(m_graceTimer, &ClockTimer::timeout, this, [this] {
            m_graceOver = true;
            maybeDecide();
        });
        if (wait == 0)
            m_graceOver = true;
        else
            m_graceTimer->start(wait);
    }
    if (!m_graceOver)
        return false;
    // The grace is over: the silent ones give way; a server that greeted is slow, not silent, and is waited
    // for up to its timeout.
    bool slowOnes = false;
    for (const int index : pendingBefore) {
        if (hasGreeted(index))
            slowOnes = true;
        else
            cutByGrace(index, winner);
    }
    if (!slowOnes)
        pump();
    return !slowOnes;
}

void ServerProbe::cutByGrace(int index, int winner)
{
    Run& run = *m_runs[static_cast<size_t>(index)];
    const ProbeCandidate& chosen = m_result.candidates.at(winner);
    const QString where = chosen.server.host + QLatin1Char(':') + QString::number(chosen.server.port);
    if (!run.running) {
        settle(index, ProbeOutcome::Skipped,
               tr("not tried: %1 had verified and the wait for preferred servers was over").arg(where), false);
        return;
    }
    const QString detail = tr("no greeting within %1 s; a slower server may still answer (%2 had verified)")
                               .arg(secondsText(run.started.msecsTo(m_clock->now())), where);
    if (m_settings.watchLate && run.check)
        keepWatching(index);
    else
        dropSession(index);
    m_result.candidates[index].failure = SmtpFailure::Timeout;
    settle(index, ProbeOutcome::Timeout, detail, false);
}

void ServerProbe::keepWatching(int index)
{
    Run& run = *m_runs[static_cast<size_t>(index)];
    auto watch = std::make_unique<LateWatch>();
    LateWatch* w = watch.get();
    w->candidate = m_result.candidates.at(index);
    w->check = run.check;
    w->watchdog = run.watchdog;
    w->started = run.started;
    w->username = run.username;
    run.check = nullptr;
    run.watchdog = nullptr;
    w->check->disconnect(this);
    w->watchdog->disconnect(this);
    connect(w->check, &ConnectionCheck::finished, this,
            [this, w](const ConnectionCheckResult& result) { onLateFinished(w, result); });
    connect(w->watchdog, &ClockTimer::timeout, this, [this, w] { dropLate(w); });
    m_late.push_back(std::move(watch));
}

void ServerProbe::onLateFinished(LateWatch* watch, const ConnectionCheckResult& result)
{
    if (result.ok) {
        ProbeCandidate candidate = watch->candidate;
        describeVerified(candidate, result, watch->username);
        candidate.failure = SmtpFailure::None;
        candidate.elapsedMs = watch->started.msecsTo(m_clock->now());
        candidate.explanation.clear();
        qCInfo(lcDiscovery) << candidate.server.key() << "verified late, in" << candidate.elapsedMs << "ms";
        dropLate(watch);
        emit lateVerified(candidate);
        return;
    }
    qCDebug(lcDiscovery) << watch->candidate.server.key() << "failed late:" << result.error.message;
    dropLate(watch);
}

void ServerProbe::dropLate(LateWatch* watch)
{
    const auto it = std::find_if(m_late.begin(), m_late.end(), [watch](const auto& w) { return w.get() == watch; });
    if (it == m_late.end())
        return;
    watch->check->disconnect(this);
    watch->check->cancel();
    watch->check->deleteLater();
    watch->watchdog->stop();
    watch->watchdog->deleteLater();
    m_late.erase(it);
}

void ServerProbe::stopWatching()
{
    while (!m_late.empty())
        dropLate(m_late.back().get());
}

bool ServerProbe::addPlainFallbacks()
{
    if (m_plainTried)
        return false;
    m_plainTried = true;
    // Plain only where a server answered but offered no STARTTLS, and only guessed or manual ones.
    QList<ServerCandidate> plain;
    for (const ProbeCandidate& candidate : std::as_const(m_result.candidates)) {
        const DiscoverySource source = candidate.server.source;
        if (candidate.result != ProbeOutcome::NoStartTls
            || (source != DiscoverySource::Guess && source != DiscoverySource::Manual))
            continue;
        ServerCandidate c = candidate.server;
        c.security = Security::None;
        plain.append(c);
    }
    if (plain.isEmpty())
        return false;
    for (const ServerCandidate& c : std::as_const(plain))
        addCandidate(c, c.source);
    pump();
    return true;
}

QStringList ServerProbe::notesFor(const ProbeCandidate& server) const
{
    QStringList notes;
    const QString note = ReplyExplainer::noteFor(server.server.kind);
    if (!note.isEmpty())
        notes.append(note);
    const QString where = server.server.host + QLatin1Char(':') + QString::number(server.server.port);
    if (server.server.security == Security::None) {
        notes.append(tr("Warning: %1 offers no encryption at all; everything, the password included, "
                        "would cross the network readable by anyone on the way.")
                         .arg(where));
    }
    const QString domain = this->domain();
    const DiscoverySource source = server.server.source;
    if ((source == DiscoverySource::Srv || source == DiscoverySource::Mx) && !domain.isEmpty()
        && server.server.host != domain && !server.server.host.endsWith(QLatin1Char('.') + domain)) {
        notes.append(tr("%1 is outside your domain %2 (found through %3); confirm it is your "
                        "provider's server before you trust it with your password.")
                         .arg(where, domain, discoverySourceName(source)));
    }
    return notes;
}

void ServerProbe::finish(int winner)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_sourceDeadline)
        m_sourceDeadline->stop();
    if (m_graceTimer)
        m_graceTimer->stop();
    if (winner < 0)
        stopWatching(); // cancelled, or nothing verified: nothing to offer later

    const ProbeCandidate* chosen = winner >= 0 ? &m_result.candidates.at(winner) : nullptr;
    for (int i = 0; i < static_cast<int>(m_runs.size()); ++i) {
        if (m_result.candidates.at(i).result != ProbeOutcome::Pending)
            continue;
        dropSession(i);
        const QString detail = chosen
            ? tr("not needed: %1:%2 answered first").arg(chosen->server.host, QString::number(chosen->server.port))
            : tr("cancelled");
        settle(i, ProbeOutcome::Skipped, detail);
    }

    // Sorted by precedence for the report; the server index follows.
    const QList<int> order = precedence();
    ProbeResult sorted = m_result;
    sorted.candidates.clear();
    int serverIndex = -1;
    for (int i = 0; i < order.size(); ++i) {
        if (order.at(i) == winner)
            serverIndex = i;
        sorted.candidates.append(m_result.candidates.at(order.at(i)));
    }
    // Nothing verified: a server that refused the password (the most telling failure) is still found.
    const int telling = sorted.mostTellingIndex();
    if (serverIndex >= 0) {
        sorted.found = true;
        sorted.verified = true;
        sorted.serverIndex = serverIndex;
    } else if (telling >= 0 && sorted.candidates.at(telling).result == ProbeOutcome::AuthFailed) {
        sorted.found = true;
        sorted.verified = false;
        sorted.serverIndex = telling;
    }
    if (const ProbeCandidate* server = sorted.server())
        sorted.notes += notesFor(*server);
    sorted.elapsedMs = sinceStart();
    m_result = sorted;
    // Indices in m_runs no longer match the sorted list; nothing runs any more.
    m_runs.clear();
    m_byKey.clear();
    qCInfo(lcDiscovery) << "probe of" << m_settings.email << "finished: found" << m_result.found << "verified"
                        << m_result.verified;
    emit finished(m_result);
}

} // namespace Postino
