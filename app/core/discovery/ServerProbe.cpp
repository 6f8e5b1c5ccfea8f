#include "ServerProbe.h"

#include "common/Clock.h"
#include "common/Log.h"
#include "discovery/AutoconfigClient.h"
#include "discovery/DnsResolver.h"
#include "discovery/MxBaseDomain.h"
#include "discovery/ProviderDatabase.h"
#include "discovery/ReplyExplainer.h"
#include "smtp/Submission.h"

#include <QPointer>

#include <algorithm>

namespace Postino {

namespace {

QString domainOf(const QString& email)
{
    const int at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1).toLower();
}

QString localPartOf(const QString& email)
{
    const int at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? email : email.left(at);
}

int rankOf(DiscoverySource source)
{
    return discoverySourceRank(source);
}

ServerCandidate makeCandidate(const QString& host, quint16 port, Security security, DiscoverySource source,
                              const QString& email)
{
    ServerCandidate candidate;
    candidate.host = host.toLower();
    candidate.port = port;
    candidate.security = security;
    candidate.source = source;
    candidate.username = email;
    return candidate;
}

SmtpTimeouts uniformTimeouts(qint64 msec)
{
    SmtpTimeouts t;
    t.connect = t.greeting = t.command = t.mail = t.rcpt = t.data = t.dataBlock = t.dataTerm = msec;
    return t;
}

} // namespace

// The verification of one candidate.
struct ServerProbe::Run
{
    QPointer<Submission> session;
    ClockTimer* watchdog = nullptr;
    QDateTime started;
    bool queued = false; // waiting for a free slot
    bool running = false;
    bool triedLocalPart = false;
    QString username; // the one being tried
};

ServerProbe::ServerProbe(ProbeSettings settings, ProbeServices services, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_services(std::move(services))
    , m_clock(Clock::orSystem(m_services.clock))
{
    m_result.email = m_settings.email;
    if (!m_services.providers)
        m_services.providers = &ProviderDatabase::builtin();
}

ServerProbe::~ServerProbe()
{
    for (const auto& run : m_runs) {
        if (run->session) {
            run->session->disconnect(this);
            run->session->abort();
            delete run->session.data();
        }
    }
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
    if (!m_started || m_finished)
        return;
    finish(-1);
}

void ServerProbe::sourceStarted(DiscoverySource source)
{
    ++m_pendingSources[rankOf(source)];
}

void ServerProbe::sourceDone(DiscoverySource source)
{
    int& pending = m_pendingSources[rankOf(source)];
    if (pending > 0)
        --pending;
    maybeDecide();
}

void ServerProbe::startDiscovery()
{
    const QString email = m_settings.email;
    const QString domain = domainOf(email);

    if (!m_settings.host.isEmpty()) {
        const QString host = m_settings.host;
        const quint16 port = m_settings.port;
        QList<ServerCandidate> list;
        const auto add = [&](quint16 p, Security s) {
            list.append(makeCandidate(host, p, s, DiscoverySource::Manual, email));
        };
        if (port != 0 && m_settings.security) {
            add(port, *m_settings.security);
        } else if (port == 0) {
            add(465, Security::Tls);
            add(587, Security::StartTls);
            add(25, Security::StartTls);
        } else if (port == 465) {
            add(port, Security::Tls);
        } else if (port == 587 || port == 25) {
            add(port, Security::StartTls);
        } else {
            add(port, Security::Tls);
            add(port, Security::StartTls);
        }
        addCandidates(list, DiscoverySource::Manual);
        return;
    }

    if (domain.isEmpty()) {
        m_result.notes.append(tr("%1 is not an e-mail address: there is no domain to look up.").arg(email));
        return;
    }

    // 1. The built-in database.
    if (const ProviderEntry* entry = m_services.providers->findByDomain(domain))
        addCandidates(IspdbParser::candidates(*entry, email, DiscoverySource::Builtin), DiscoverySource::Builtin);

    // 2. and 3. Autoconfig and the well-known location.
    if (AutoconfigFetcher* fetcher = m_services.autoconfig) {
        for (const auto& [location, source] : {std::pair {AutoconfigLocation::Autoconfig, DiscoverySource::Autoconfig},
                                               std::pair {AutoconfigLocation::WellKnown, DiscoverySource::WellKnown}}) {
            sourceStarted(source);
            const DiscoverySource s = source;
            fetcher->fetch(location, email, {}, this, [this, s](const AutoconfigAnswer& answer) {
                if (m_sourcesExpired || m_finished)
                    return;
                if (!answer.error.isEmpty())
                    qCDebug(lcDiscovery) << discoverySourceName(s) << answer.error;
                addCandidates(answer.candidates, s);
                sourceDone(s);
            });
        }
    }

    // 4. and 5. SRV and MX.
    if (m_services.dns) {
        discoverSrv(domain);
        discoverMx(domain);
    }

    // 6. Guesses: implicit TLS, then STARTTLS (587 before 25); plain only later, when nothing else answers.
    const QStringList hosts = {QStringLiteral("smtp.") + domain, QStringLiteral("mail.") + domain, domain};
    QList<ServerCandidate> guesses;
    for (const QString& host : hosts)
        guesses.append(makeCandidate(host, 465, Security::Tls, DiscoverySource::Guess, email));
    for (const QString& host : hosts)
        guesses.append(makeCandidate(host, 587, Security::StartTls, DiscoverySource::Guess, email));
    for (const QString& host : hosts)
        guesses.append(makeCandidate(host, 25, Security::StartTls, DiscoverySource::Guess, email));
    addCandidates(guesses, DiscoverySource::Guess);
}

void ServerProbe::discoverSrv(const QString& domain)
{
    sourceStarted(DiscoverySource::Srv);
    struct Pair
    {
        std::optional<QList<SrvRecord>> submissions;
        std::optional<QList<SrvRecord>> submission;
    };
    auto answers = std::make_shared<Pair>();
    const QString email = m_settings.email;
    auto complete = [this, answers, email] {
        if (!answers->submissions || !answers->submission || m_sourcesExpired || m_finished)
            return;
        QList<ServerCandidate> list;
        for (const SrvRecord& r : orderSrvRecords(*answers->submissions, m_services.random))
            list.append(makeCandidate(r.target, r.port, Security::Tls, DiscoverySource::Srv, email));
        for (const SrvRecord& r : orderSrvRecords(*answers->submission, m_services.random))
            list.append(makeCandidate(r.target, r.port, Security::StartTls, DiscoverySource::Srv, email));
        addCandidates(list, DiscoverySource::Srv);
        sourceDone(DiscoverySource::Srv);
    };
    m_services.dns->lookupSrv(QStringLiteral("_submissions._tcp.") + domain, this,
                              [answers, complete](const DnsAnswer<SrvRecord>& answer) {
                                  answers->submissions = answer.records;
                                  complete();
                              });
    m_services.dns->lookupSrv(QStringLiteral("_submission._tcp.") + domain, this,
                              [answers, complete](const DnsAnswer<SrvRecord>& answer) {
                                  answers->submission = answer.records;
                                  complete();
                              });
}

void ServerProbe::discoverMx(const QString& domain)
{
    sourceStarted(DiscoverySource::Mx);
    const QString email = m_settings.email;
    m_services.dns->lookupMx(domain, this, [this, domain, email](const DnsAnswer<MxRecord>& answer) {
        if (m_sourcesExpired || m_finished)
            return;
        QList<MxRecord> records = answer.records;
        std::stable_sort(records.begin(), records.end(),
                         [](const MxRecord& a, const MxRecord& b) { return a.preference < b.preference; });
        // The database knows the MX's base domain, or the MX host belongs to a hosting provider.
        QStringList bases;
        for (const MxRecord& record : records) {
            const QString base = mxBaseDomain(record.exchange);
            const ProviderEntry* entry = base == domain ? nullptr : m_services.providers->findByDomain(base);
            if (!entry)
                entry = m_services.providers->findByMxHost(record.exchange);
            if (entry) {
                addCandidates(IspdbParser::candidates(*entry, email, DiscoverySource::Mx), DiscoverySource::Mx);
                sourceDone(DiscoverySource::Mx);
                return;
            }
            if (!base.isEmpty() && base != domain && !bases.contains(base))
                bases.append(base);
        }
        // Else the most preferred base domain's autoconfig, then its well-known location.
        if (bases.isEmpty() || !m_services.autoconfig) {
            sourceDone(DiscoverySource::Mx);
            return;
        }
        const QString base = bases.first();
        auto remaining = std::make_shared<int>(2);
        auto collected = std::make_shared<QList<QList<ServerCandidate>>>(QList<QList<ServerCandidate>> {{}, {}});
        int slot = 0;
        for (const AutoconfigLocation location : {AutoconfigLocation::Autoconfig, AutoconfigLocation::WellKnown}) {
            m_services.autoconfig->fetch(location, email, base, this,
                                         [this, remaining, collected, slot](const AutoconfigAnswer& a) {
                                             (*collected)[slot] = a.candidates;
                                             if (--*remaining > 0 || m_sourcesExpired || m_finished)
                                                 return;
                                             addCandidates(collected->at(0) + collected->at(1), DiscoverySource::Mx);
                                             sourceDone(DiscoverySource::Mx);
                                         });
            ++slot;
        }
    });
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
    const int order = m_nextOrder[rankOf(source)]++;
    if (const auto it = m_byKey.constFind(key); it != m_byKey.constEnd()) {
        // Found again: it is reported with the earliest source.
        ProbeCandidate& existing = m_result.candidates[*it];
        if (rankOf(source) < rankOf(existing.server.source)) {
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
    }
    settings.timeouts = uniformTimeouts(m_settings.timeoutMs);
    settings.clock = m_services.clock;

    std::unique_ptr<Submission> session = m_services.submissions->create(settings);
    Submission* raw = session.release();
    raw->setParent(this);
    run.session = raw;
    connect(raw, &Submission::ready, this, [this, index] { onReady(index); });
    connect(raw, &Submission::failed, this, [this, index](const SmtpError& error) { onFailed(index, error); });
    connect(raw, &Submission::passwordRequested, this, [this, index] {
        SmtpError error;
        error.failure = SmtpFailure::AuthFailed;
        error.message = tr("The server asked for a password and none was given.");
        onFailed(index, error);
    });
    raw->open();
}

void ServerProbe::dropSession(int index, bool polite)
{
    Run& run = *m_runs[static_cast<size_t>(index)];
    if (run.watchdog) {
        run.watchdog->stop();
        run.watchdog->deleteLater();
        run.watchdog = nullptr;
    }
    Submission* session = run.session.data();
    run.session.clear();
    if (!session)
        return;
    session->disconnect(this);
    if (polite && session->state() == Submission::State::Ready) {
        connect(session, &Submission::closed, session, &QObject::deleteLater);
        connect(session, &Submission::failed, session, &QObject::deleteLater);
        session->close();
    } else {
        session->abort();
        session->deleteLater();
    }
}

void ServerProbe::onReady(int index)
{
    Run& run = *m_runs[static_cast<size_t>(index)];
    ProbeCandidate& candidate = m_result.candidates[index];
    Submission* session = run.session.data();
    if (!session)
        return;
    candidate.capabilities = session->capabilities().raw;
    candidate.maxSize = session->capabilities().maxSize;
    candidate.tls = session->tlsInfo();
    candidate.authUsed = m_settings.password.isEmpty() ? AuthMechanism::None : session->authMechanismUsed();
    candidate.usernameUsed = m_settings.password.isEmpty() ? QString() : run.username;

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
    dropSession(index, true);
    settle(index, ProbeOutcome::Ok, detail);
}

void ServerProbe::onFailed(int index, const SmtpError& error)
{
    Run& run = *m_runs[static_cast<size_t>(index)];
    ProbeCandidate& candidate = m_result.candidates[index];
    const QString email = m_settings.email;

    // RFC 6186: the full address first, then the local part, only when the first was refused.
    if (error.failure == SmtpFailure::AuthFailed && m_settings.username.isEmpty() && !run.triedLocalPart
        && run.username == email && localPartOf(email) != email && !m_settings.password.isEmpty()) {
        run.triedLocalPart = true;
        run.username = localPartOf(email);
        dropSession(index, false);
        run.watchdog = new ClockTimer(m_clock, this);
        connect(run.watchdog, &ClockTimer::timeout, this, [this, index] { onTimeout(index); });
        run.watchdog->start(m_settings.timeoutMs);
        qCDebug(lcDiscovery) << candidate.server.key() << "refused the address; trying the local part";
        openSession(index);
        return;
    }

    const ProbeOutcome outcome = probeOutcomeFor(error.failure);
    if (outcome == ProbeOutcome::AuthFailed || outcome == ProbeOutcome::AuthUnsupported) {
        if (Submission* session = run.session.data()) {
            candidate.capabilities = session->capabilities().raw;
            candidate.maxSize = session->capabilities().maxSize;
            candidate.tls = session->tlsInfo();
            candidate.authUsed = session->authMechanismUsed();
        }
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
    candidate.explanation = ReplyExplainer::explain(error);
    dropSession(index, false);
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
    if (run.session && run.session->state() == Submission::State::Greeting
        && candidate.server.security != Security::Tls) {
        detail = tr("%1:%2 accepted the connection but sent no greeting within %3 seconds; a server that expects "
                    "TLS from the first byte (as on port 465) does this: try security tls")
                     .arg(candidate.server.host, QString::number(candidate.server.port),
                          QString::number(static_cast<double>(m_settings.timeoutMs) / 1000.0, 'g', 3));
    }
    dropSession(index, false);
    settle(index, ProbeOutcome::Timeout, detail);
}

void ServerProbe::settle(int index, ProbeOutcome outcome, const QString& detail)
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
    qCDebug(lcDiscovery) << candidate.server.key() << probeOutcomeName(outcome) << detail;
    emit candidateUpdated(index, candidate);
    if (m_finished)
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
        const int rx = rankOf(x.server.source);
        const int ry = rankOf(y.server.source);
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
    int next = 0;
    for (int rank = 0; rank <= rankOf(DiscoverySource::Manual); ++rank) {
        if (m_pendingSources[rank] > 0)
            return; // an earlier candidate may still come
        for (; next < order.size() && rankOf(m_result.candidates.at(order.at(next)).server.source) == rank; ++next) {
            const ProbeCandidate& candidate = m_result.candidates.at(order.at(next));
            if (candidate.result == ProbeOutcome::Pending)
                return;
            if (candidate.result == ProbeOutcome::Ok) {
                finish(order.at(next));
                return;
            }
        }
    }
    if (addPlainFallbacks())
        return;
    finish(-1);
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

void ServerProbe::finish(int winner)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_sourceDeadline)
        m_sourceDeadline->stop();

    const ProbeCandidate* chosen = winner >= 0 ? &m_result.candidates.at(winner) : nullptr;
    for (int i = 0; i < static_cast<int>(m_runs.size()); ++i) {
        if (m_result.candidates.at(i).result != ProbeOutcome::Pending)
            continue;
        dropSession(i, false);
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
    int firstAuthFailed = -1;
    for (int i = 0; i < order.size(); ++i) {
        const ProbeCandidate& candidate = m_result.candidates.at(order.at(i));
        if (order.at(i) == winner)
            serverIndex = i;
        if (firstAuthFailed < 0 && candidate.result == ProbeOutcome::AuthFailed)
            firstAuthFailed = i;
        sorted.candidates.append(candidate);
    }
    if (serverIndex >= 0) {
        sorted.found = true;
        sorted.verified = true;
        sorted.serverIndex = serverIndex;
    } else if (firstAuthFailed >= 0) {
        sorted.found = true;
        sorted.verified = false;
        sorted.serverIndex = firstAuthFailed;
    }
    if (const ProbeCandidate* server = sorted.server()) {
        const QString note = ReplyExplainer::noteFor(server->server.kind);
        if (!note.isEmpty())
            sorted.notes.append(note);
        const QString where = server->server.host + QLatin1Char(':') + QString::number(server->server.port);
        if (server->server.security == Security::None) {
            sorted.notes.append(tr("Warning: %1 offers no encryption at all; everything, the password included, "
                                   "would cross the network readable by anyone on the way.")
                                    .arg(where));
        }
        const QString domain = domainOf(m_settings.email);
        const DiscoverySource source = server->server.source;
        if ((source == DiscoverySource::Srv || source == DiscoverySource::Mx) && !domain.isEmpty()
            && server->server.host != domain && !server->server.host.endsWith(QLatin1Char('.') + domain)) {
            sorted.notes.append(tr("%1 is outside your domain %2 (found through %3); confirm it is your "
                                   "provider's server before you trust it with your password.")
                                    .arg(where, domain, discoverySourceName(source)));
        }
    }
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
