#include "domain/DomainCheck.h"
#include "domain/DomainCheck_p.h"

#include "discovery/ConnectionCheck.h"
#include "smtp/Submission.h"

#include <QPointer>

#include <array>
#include <optional>

// DomainCheck's connections: the MX test (--mx-test; cli.md's port25, mx-tls and open-relay for each MX host)
// and the servers' EHLO names that the ptr check compares with their reverse names. Every session comes from
// the SubmissionFactory, on the check's clock, each step bounded by connectTimeoutMs; the open-relay test is
// Submission::checkRecipients(), which never sends DATA.

namespace Postino {

using namespace DomainCheckDetail;

namespace {

enum Slot { Port25 = 0, MxTls = 1, OpenRelay = 2 };

const QString& slotId(int slot)
{
    static const std::array<QString, 3> ids = {QStringLiteral("port25"), QStringLiteral("mx-tls"),
                                               QStringLiteral("open-relay")};
    return ids.at(std::size_t(slot));
}

// Addresses in domains reserved for examples (RFC 2606), never the checked one's: nothing can reach them.
QString foreignAddress(const QString& domain, int which)
{
    const QStringList domains = {QStringLiteral("example.net"), QStringLiteral("example.org"),
                                 QStringLiteral("example.com")};
    QStringList usable;
    for (const QString& d : domains) {
        if (d != domain && !domain.endsWith(QLatin1Char('.') + d))
            usable.append(d);
    }
    return QStringLiteral("postino-relay-test@") + usable.at(which % usable.size());
}

// The TCP connection is made (a session that ends goes to Closed from any state, Connecting too).
bool pastConnect(Submission::State state)
{
    return state != Submission::State::Idle && state != Submission::State::Connecting
        && state != Submission::State::Closed;
}

bool isConnectFailure(const SmtpError& error, bool connected)
{
    return (error.failure == SmtpFailure::Timeout && !connected) || error.failure == SmtpFailure::HostNotFound;
}

} // namespace

struct DomainCheck::MxHost
{
    QString name;
    QString address;
    std::array<bool, 3> delivered = {false, false, false};
    std::array<DomainCheckResult, 3> results;
    bool connected = false;
};

int DomainCheck::mxResultCount() const
{
    return int(m_mxHosts.size()) * 3;
}

QList<DomainCheckResult> DomainCheck::mxResults() const
{
    QList<DomainCheckResult> out;
    for (const auto& host : m_mxHosts) {
        for (int slot = 0; slot < 3; ++slot) {
            if (host->delivered.at(std::size_t(slot)))
                out.append(host->results.at(std::size_t(slot)));
        }
    }
    return out;
}

void DomainCheck::mxDeadlinePassed()
{
    if (!m_options.mxTest)
        return;
    if (!m_exchangesKnown) {
        auto host = std::make_shared<MxHost>();
        m_mxHosts.append(host);
        for (int slot = 0; slot < 3; ++slot)
            deliverMx(0, slot,
                      result(slotId(slot), Status::Fail, tr("Not tested: the MX hosts were not known in time")));
        return;
    }
    for (int i = 0; i < m_mxHosts.size(); ++i) {
        for (int slot = 0; slot < 3; ++slot) {
            deliverMx(i, slot,
                      result(slotId(slot), Status::Fail,
                             tr("%1: no answer within %2 ms").arg(m_mxHosts.at(i)->name).arg(m_options.deadlineMs),
                             tr("The server answered too slowly for this check; try again, or with a longer "
                                "--timeout.")));
        }
    }
}

void DomainCheck::deliverMx(int index, int slot, DomainCheckResult r)
{
    if (m_finished || index >= m_mxHosts.size())
        return;
    MxHost& host = *m_mxHosts[index];
    if (host.delivered.at(std::size_t(slot)))
        return;
    host.delivered[std::size_t(slot)] = true;
    host.results[std::size_t(slot)] = r;
    ++m_mxDelivered;
    emit checkFinished(r);
    if (allDone())
        finish();
}

void DomainCheck::startMxTests(const QStringList& exchanges)
{
    const QStringList tested = exchanges.mid(0, qMax(1, m_options.maxMxHosts));
    if (tested.isEmpty() || !m_options.submissions) {
        m_mxHosts.append(std::make_shared<MxHost>());
        const QString why = tested.isEmpty() ? tr("No MX host to test on port 25")
                                             : tr("The MX hosts were not tested: no connections in this run");
        for (int slot = 0; slot < 3; ++slot)
            deliverMx(0, slot, result(slotId(slot), Status::Info, why));
        return;
    }
    for (const QString& name : tested) {
        auto host = std::make_shared<MxHost>();
        host->name = name;
        m_mxHosts.append(host);
    }
    for (int i = 0; i < m_mxHosts.size(); ++i) {
        const QString name = m_mxHosts.at(i)->name;
        if (m_options.resolve.contains(name)) {
            testMx(i, m_options.resolve.value(name));
            continue;
        }
        auto addresses = std::make_shared<QList<QHostAddress>>();
        auto join = Join::make([this, i, name, addresses] {
            if (addresses->isEmpty()) {
                deliverMx(i, Port25,
                          result(slotId(Port25), Status::Fail, tr("%1 has no address: it cannot be reached").arg(name),
                                 {}, tr("%1. A ADDRESS (the mail server's IPv4 address)").arg(name)));
                deliverMx(i, MxTls, result(slotId(MxTls), Status::Info, tr("%1: not tested").arg(name)));
                deliverMx(i, OpenRelay, result(slotId(OpenRelay), Status::Info, tr("%1: not tested").arg(name)));
                return;
            }
            testMx(i, addresses->first().toString());
        });
        // IPv4 first: it is what most senders reach.
        auto v4 = std::make_shared<QList<QHostAddress>>();
        auto v6 = std::make_shared<QList<QHostAddress>>();
        auto both = Join::make([addresses, v4, v6, join] {
            addresses->append(*v4);
            addresses->append(*v6);
            join->release();
        });
        both->add();
        m_resolver.lookupA(name, this, [v4, both](const DnsAnswer<QHostAddress>& a) {
            v4->append(a.records);
            both->release();
        });
        both->add();
        m_resolver.lookupAaaa(name, this, [v6, both](const DnsAnswer<QHostAddress>& a) {
            v6->append(a.records);
            both->release();
        });
        both->release();
    }
}

// Port 25 with STARTTLS and the certificate checked for the MX name; when ready, the relay test on the
// same session.
void DomainCheck::testMx(int index, const QString& address)
{
    auto host = m_mxHosts.at(index);
    host->address = address;
    SubmissionSettings settings;
    settings.endpoint.host = host->name;
    settings.endpoint.port = 25;
    settings.endpoint.security = Security::StartTls;
    settings.endpoint.connectAddress = address;
    settings.endpoint.extraCaCertificates = m_options.extraCaCertificates;
    settings.timeouts = SmtpTimeouts::uniform(m_options.connectTimeoutMs);
    settings.clock = m_options.clock;
    Submission* session = m_options.submissions->create(settings).release();
    session->setParent(this);
    connect(session, &Submission::stateChanged, this, [host](Submission::State state) {
        if (pastConnect(state))
            host->connected = true;
    });
    connect(session, &Submission::ready, this, [this, index, host, session] {
        disconnect(session, &Submission::failed, this, nullptr); // the relay test has its own
        const QString name = host->name;
        const SmtpReply& greeting = session->greeting();
        deliverMx(index, Port25,
                  result(slotId(Port25), Status::Pass, tr("%1 answers on port 25").arg(name),
                         greeting.isValid() ? greeting.toString() : QString()));
        const TlsSessionInfo& tls = session->tlsInfo();
        const bool old = tls.protocol == QLatin1String("TLSv1.0") || tls.protocol == QLatin1String("TLSv1.1")
            || tls.protocol.startsWith(QLatin1String("SSL"));
        const QString detail = tr("%1, %2; certificate %3, issued by %4, valid until %5")
                                   .arg(tls.protocol, tls.cipher, tls.peer.subject, tls.peer.issuer,
                                        tls.peer.notAfter.toString(Qt::ISODate));
        if (old) {
            deliverMx(index, MxTls,
                      result(slotId(MxTls), Status::Warn,
                             tr("%1 offers STARTTLS, but only %2, which receivers and senders are dropping")
                                 .arg(name, tls.protocol),
                             detail,
                             tr("Allow TLS 1.2 and 1.3 on %1 (Postfix: smtpd_tls_protocols = >=TLSv1.2)").arg(name)));
        } else {
            deliverMx(index, MxTls,
                      result(slotId(MxTls), Status::Pass,
                             tr("%1 offers STARTTLS (%2) with a certificate valid for it").arg(name, tls.protocol),
                             detail));
        }
        testRelay(index, session);
    });
    connect(session, &Submission::failed, this, [this, index, host, session](const SmtpError& error) {
        session->deleteLater();
        onMxTlsFailed(index, error, host->connected || session->greeting().isValid());
    });
    session->open();
}

void DomainCheck::onMxTlsFailed(int index, const SmtpError& error, bool connected)
{
    const auto host = m_mxHosts.at(index);
    const QString name = host->name;
    const QString notTested = tr("%1: not tested, port 25 did not answer").arg(name);
    if (error.failure == SmtpFailure::ConnectionRefused) {
        deliverMx(index, Port25,
                  result(slotId(Port25), Status::Fail,
                         tr("%1 refused the connection on port 25: no mail server listens there").arg(name),
                         error.message, tr("Start the mail server on %1, or open port 25 in its firewall").arg(name)));
        deliverMx(index, MxTls, result(slotId(MxTls), Status::Info, notTested));
        deliverMx(index, OpenRelay, result(slotId(OpenRelay), Status::Info, notTested));
        return;
    }
    if (isConnectFailure(error, connected)) {
        checkPort25Blocked(index, error);
        return;
    }
    bool tlsProblem = true;
    switch (error.failure) {
    case SmtpFailure::NoStartTls:
        deliverMx(index, MxTls,
                  result(slotId(MxTls), Status::Fail,
                         tr("%1 offers no STARTTLS: mail to it travels in clear").arg(name), error.message,
                         tr("Enable STARTTLS on %1 with a certificate for that name (Postfix: smtpd_tls_security_level "
                            "= may, smtpd_tls_chain_files = KEY, CERTIFICATE)")
                             .arg(name)));
        break;
    case SmtpFailure::Certificate: {
        QStringList lines = error.certificateProblems;
        if (!error.certificate.subject.isEmpty())
            lines.append(tr("Certificate: %1, issued by %2, names: %3")
                             .arg(error.certificate.subject, error.certificate.issuer,
                                  error.certificate.subjectAltNames.join(QStringLiteral(", "))));
        deliverMx(index, MxTls,
                  result(slotId(MxTls), Status::Fail,
                         tr("The certificate of %1 is not valid for it: senders that check (MTA-STS, DANE) will "
                            "not deliver")
                             .arg(name),
                         lines.isEmpty() ? error.message : lines.join(QLatin1Char('\n')),
                         tr("Install a certificate for %1 from a public CA (e.g. Let's Encrypt), with %1 among its "
                            "names")
                             .arg(name)));
        break;
    }
    case SmtpFailure::TlsHandshake:
    case SmtpFailure::StartTlsRefused:
        deliverMx(
            index, MxTls,
            result(
                slotId(MxTls), Status::Fail, tr("STARTTLS with %1 failed").arg(name), error.message,
                tr("Check the TLS settings of the mail server on %1 (its certificate, key and protocols)").arg(name)));
        break;
    default:
        tlsProblem = false;
        break;
    }
    if (!tlsProblem) {
        const bool slow = error.failure == SmtpFailure::Timeout;
        deliverMx(index, Port25,
                  result(slotId(Port25), slow ? Status::Warn : Status::Fail,
                         slow ? tr("%1 accepted the connection on port 25 but did not answer in time").arg(name)
                              : tr("%1 answered on port 25, but the session failed").arg(name),
                         error.message));
        deliverMx(index, MxTls, result(slotId(MxTls), Status::Info, tr("%1: not tested").arg(name)));
        deliverMx(index, OpenRelay, result(slotId(OpenRelay), Status::Info, tr("%1: not tested").arg(name)));
        return;
    }
    deliverMx(index, Port25, result(slotId(Port25), Status::Pass, tr("%1 answers on port 25").arg(name), {}));
    // The relay test in clear, then: what a spammer would try.
    SubmissionSettings settings;
    settings.endpoint.host = name;
    settings.endpoint.port = 25;
    settings.endpoint.security = Security::None;
    settings.endpoint.connectAddress = host->address;
    settings.timeouts = SmtpTimeouts::uniform(m_options.connectTimeoutMs);
    settings.clock = m_options.clock;
    Submission* session = m_options.submissions->create(settings).release();
    session->setParent(this);
    connect(session, &Submission::ready, this, [this, index, session] {
        disconnect(session, &Submission::failed, this, nullptr); // the relay test has its own
        testRelay(index, session);
    });
    connect(session, &Submission::failed, this, [this, index, name, session](const SmtpError& e) {
        session->deleteLater();
        deliverMx(
            index, OpenRelay,
            result(slotId(OpenRelay), Status::Info, tr("%1: the relay test could not be run").arg(name), e.message));
    });
    session->open();
}

// Port 25 gave no answer: does the submission port of the MX host, or of a well-known host, answer? Then it
// is this network that blocks port 25, not the server that is down.
void DomainCheck::checkPort25Blocked(int index, const SmtpError& error)
{
    const auto host = m_mxHosts.at(index);
    const QString name = host->name;
    const quint16 port = m_options.submissionPort;
    struct Probe
    {
        QString host;
        QString address;
        bool answered = false;
    };
    auto probes = std::make_shared<QList<Probe>>();
    probes->append(Probe {name, host->address, false});
    auto decide = Join::make([this, index, name, port, probes, error] {
        QStringList answered;
        QStringList asked;
        for (const Probe& p : *probes) {
            const QString where = QStringLiteral("%1:%2").arg(p.host).arg(port);
            asked.append(where);
            if (p.answered)
                answered.append(where);
        }
        const QString notTested = tr("%1: not tested, port 25 did not answer").arg(name);
        if (!answered.isEmpty()) {
            deliverMx(index, Port25,
                      result(slotId(Port25), Status::Fail,
                             tr("%1 did not answer on port 25 while %2 did: your network blocks outbound port 25")
                                 .arg(name, answered.first()),
                             tr("Home ISPs and cloud providers (AWS, Google Cloud, Azure, Hetzner and others) block "
                                "outbound port 25 against spam. From here the MX cannot be tested, and a mail server "
                                "here cannot deliver directly.\n%1")
                                 .arg(error.message),
                             tr("Run this test from a network that allows port 25, or ask your provider to unblock "
                                "it; a server here must send through a relay (a smarthost on port 587)")));
        } else {
            deliverMx(
                index, Port25,
                result(slotId(Port25), Status::Fail,
                       tr("%1 did not answer on port 25 (nor did %2)").arg(name, asked.join(QStringLiteral(", "))),
                       tr("Either the mail server is down or a firewall drops port 25, or this machine cannot "
                          "reach the internet.\n%1")
                           .arg(error.message),
                       tr("Check that the mail server on %1 runs and that its firewall lets port 25 in").arg(name)));
        }
        deliverMx(index, MxTls, result(slotId(MxTls), Status::Info, notTested));
        deliverMx(index, OpenRelay, result(slotId(OpenRelay), Status::Info, notTested));
    });
    auto probe = [this, probes, port, decide](int p) {
        SubmissionSettings settings;
        settings.endpoint.host = probes->at(p).host;
        settings.endpoint.port = port;
        settings.endpoint.security = Security::None;
        settings.endpoint.connectAddress = probes->at(p).address;
        settings.timeouts = SmtpTimeouts::uniform(qMin<qint64>(m_options.connectTimeoutMs, 1500));
        settings.clock = m_options.clock;
        Submission* session = m_options.submissions->create(settings).release();
        session->setParent(this);
        auto done = std::make_shared<bool>(false);
        auto answer = [probes, p, decide, done, session](bool answered) {
            if (*done)
                return;
            *done = true;
            (*probes)[p].answered = answered;
            session->disconnect();
            session->abort();
            session->deleteLater();
            decide->release();
        };
        // A connection made is an answer: the network lets that port through. A refusal is not (a firewall on
        // the way may send it).
        connect(session, &Submission::stateChanged, this, [answer](Submission::State state) {
            if (pastConnect(state))
                answer(true);
        });
        connect(session, &Submission::ready, this, [answer] { answer(true); });
        connect(session, &Submission::failed, this, [answer, session](const SmtpError& e) {
            answer(!isConnectFailure(e, session->greeting().isValid()) && e.failure != SmtpFailure::ConnectionRefused);
        });
        session->open();
    };
    decide->add();
    probe(0);
    const QString reference = m_options.referenceHost.toLower();
    if (reference.isEmpty() || reference == name) {
        decide->release();
        return;
    }
    if (m_options.resolve.contains(reference)) {
        probes->append(Probe {reference, m_options.resolve.value(reference), false});
        decide->add();
        probe(int(probes->size()) - 1);
        decide->release();
        return;
    }
    decide->add();
    m_resolver.lookupA(reference, this, [probes, reference, probe, decide](const DnsAnswer<QHostAddress>& a) {
        if (!a.records.isEmpty()) {
            probes->append(Probe {reference, a.records.first().toString(), false});
            decide->add();
            probe(int(probes->size()) - 1);
        } else {
            probes->append(Probe {reference, QString(), false});
        }
        decide->release();
    });
    decide->release();
}

void DomainCheck::testRelay(int index, Submission* session)
{
    Envelope envelope;
    envelope.sender = foreignAddress(m_report.domain, 0);
    envelope.recipients = {foreignAddress(m_report.domain, 1)};
    connect(session, &Submission::transactionFinished, this, [this, index, session](const TransactionResult& r) {
        const DomainCheckResult verdict = relayVerdict(index, r);
        disconnect(session, nullptr, this, nullptr);
        // QUIT once the session is Ready again (inside this signal the client is still finishing the RSET); the
        // verdict counts once QUIT is answered or the connection is gone, so that the run never ends without it.
        QMetaObject::invokeMethod(
            this,
            [this, index, verdict, guard = QPointer<Submission>(session)] {
                if (!guard) {
                    deliverMx(index, OpenRelay, verdict);
                    return;
                }
                connect(guard, &Submission::closed, this,
                        [this, index, verdict] { deliverMx(index, OpenRelay, verdict); });
                connect(guard, &Submission::failed, this,
                        [this, index, verdict] { deliverMx(index, OpenRelay, verdict); });
                closePolitely(guard.data(), nullptr);
            },
            Qt::QueuedConnection);
    });
    connect(session, &Submission::failed, this, [this, index, session](const SmtpError& e) {
        session->deleteLater();
        deliverMx(index, OpenRelay,
                  result(slotId(OpenRelay), Status::Info,
                         tr("%1: the relay test could not be finished").arg(m_mxHosts.at(index)->name), e.message));
    });
    session->checkRecipients(envelope);
}

DomainCheckResult DomainCheck::relayVerdict(int index, const TransactionResult& r) const
{
    const QString name = m_mxHosts.at(index)->name;
    const QString sender = foreignAddress(m_report.domain, 0);
    const QString recipient = foreignAddress(m_report.domain, 1);
    const RecipientResult rcpt = r.recipients.value(0);
    const QString note =
        tr("MAIL FROM:<%1>, RCPT TO:<%2>, then RSET; nothing was sent (no DATA).").arg(sender, recipient);
    switch (rcpt.state) {
    case RecipientState::Accepted:
        return result(slotId(OpenRelay), Status::Fail,
                      tr("%1 is an open relay: it accepted mail from %2 to %3").arg(name, sender, recipient),
                      note + QLatin1Char('\n')
                          + tr("Spammers find open relays within hours; blocklists then list the server and its "
                               "mail is refused everywhere."),
                      tr("Relay only for authenticated users and your own domains (Postfix: "
                         "smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, "
                         "reject_unauth_destination)"));
    case RecipientState::PermanentFailure:
        return result(slotId(OpenRelay), Status::Pass, tr("%1 refuses to relay (%2)").arg(name, rcpt.reply.toString()),
                      note);
    case RecipientState::TemporaryFailure:
        return result(
            slotId(OpenRelay), Status::Warn,
            tr("%1 deferred the foreign recipient (%2): not proven closed").arg(name, rcpt.reply.toString()),
            note + QLatin1Char('\n')
                + tr("A temporary refusal (greylisting, a busy server) says nothing about relaying; try again later."));
    case RecipientState::NotAttempted:
    case RecipientState::Pending:
    case RecipientState::Delivered:
        break;
    }
    if (r.error.reply.isValid() && r.error.reply.code >= 400) {
        return result(
            slotId(OpenRelay), Status::Pass,
            tr("%1 refused the foreign sender (%2): it does not relay for it").arg(name, r.error.reply.toString()),
            note);
    }
    return result(slotId(OpenRelay), Status::Info, tr("%1: the relay test gave no verdict").arg(name), r.error.message);
}

// ---- the servers' EHLO names ---------------------------------------------------------------------------

void DomainCheck::greetServers(std::function<void()> done)
{
    auto join = Join::make(std::move(done));
    for (int i = 0; i < m_servers.size(); ++i) {
        const Server& server = m_servers.at(i);
        if (!m_options.submissions || !m_options.serverEndpoints.contains(server.name) || server.addresses.isEmpty())
            continue;
        SubmissionSettings settings;
        settings.endpoint = m_options.serverEndpoints.value(server.name);
        if (settings.endpoint.connectAddress.isEmpty())
            settings.endpoint.connectAddress = server.addresses.first().toString();
        settings.timeouts = SmtpTimeouts::uniform(m_options.connectTimeoutMs);
        settings.clock = m_options.clock;
        Submission* session = m_options.submissions->create(settings).release();
        session->setParent(this);
        const QString where = QStringLiteral("%1:%2").arg(settings.endpoint.host).arg(settings.endpoint.port);
        auto nameOf = [session] {
            if (!session->capabilities().serverName.isEmpty())
                return session->capabilities().serverName;
            const SmtpReply& greeting = session->greeting();
            if (greeting.code == 220 && !greeting.lines.isEmpty())
                return QString::fromUtf8(greeting.lines.first())
                    .section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
            return QString();
        };
        join->add();
        auto answered = std::make_shared<bool>(false);
        connect(session, &Submission::ready, this, [this, i, session, nameOf, join, answered] {
            if (*answered)
                return;
            *answered = true;
            m_ehloNames.insert(i, withoutDot(nameOf()));
            // Done once QUIT is answered (or the connection is gone), so that nobody leaves without it.
            disconnect(session, nullptr, this, nullptr);
            connect(session, &Submission::closed, this, [join] { join->release(); });
            connect(session, &Submission::failed, this, [join] { join->release(); });
            closePolitely(session, nullptr);
        });
        connect(
            session, &Submission::failed, this, [this, i, session, nameOf, join, answered, where](const SmtpError& e) {
                if (*answered)
                    return;
                *answered = true;
                const QString name = nameOf();
                if (!name.isEmpty())
                    m_ehloNames.insert(i, withoutDot(name));
                else
                    m_ehloProblems.insert(i, tr("%1 could not be greeted for its EHLO name: %2").arg(where, e.message));
                session->deleteLater();
                join->release();
            });
        session->open();
    }
    join->release();
}

} // namespace Postino
