#include "ServerProbe.h"

#include "common/Log.h"
#include "discovery/AutoconfigClient.h"
#include "discovery/DnsResolver.h"
#include "discovery/MxBaseDomain.h"
#include "discovery/ProviderDatabase.h"

// ServerProbe's sources of candidates: the provider database, autoconfig, SRV, MX and guesses (the
// verification and the decision are in ServerProbe.cpp).

namespace Postino {

namespace {

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

} // namespace

void ServerProbe::sourceStarted(DiscoverySource source)
{
    ++m_pendingSources[discoverySourceRank(source)];
}

void ServerProbe::sourceDone(DiscoverySource source)
{
    int& pending = m_pendingSources[discoverySourceRank(source)];
    if (pending > 0)
        --pending;
    maybeDecide();
}

void ServerProbe::addManualCandidates()
{
    const QString email = m_settings.email;
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
}

void ServerProbe::startDiscovery()
{
    const QString email = m_settings.email;
    const QString domain = this->domain();

    if (!m_settings.host.isEmpty()) {
        addManualCandidates();
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
                // A refused certificate is worth a word (a missing file is not): it may be an attack, or a pin to fix.
                if (answer.certificateRefused && !m_result.notes.contains(answer.error))
                    m_result.notes.append(answer.error);
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

} // namespace Postino
