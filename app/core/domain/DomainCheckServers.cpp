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

namespace {

QString reverseIpv4(const QHostAddress& address)
{
    const quint32 v = address.toIPv4Address();
    return QStringLiteral("%1.%2.%3.%4").arg(v & 0xff).arg((v >> 8) & 0xff).arg((v >> 16) & 0xff).arg(v >> 24);
}

// What a blocklist's answer means (Spamhaus's return codes; other zones list with 127.0.0.2 and more).
// refused: the zone refused the query (Spamhaus's 127.255.255.x), which is not a listing.
QString dnsblMeaning(const QString& zone, const QHostAddress& code, bool* refused)
{
    *refused = false;
    const quint32 v = code.toIPv4Address();
    if ((v >> 24) != 127) {
        *refused = true;
        return DomainCheck::tr("an answer outside 127.0.0.0/8 (%1), which is not a listing: the zone is "
                               "misconfigured or hijacked")
            .arg(code.toString());
    }
    if ((v & 0xffffff00) == 0x7fffff00) {
        *refused = true;
        return DomainCheck::tr("the query was refused (%1): the blocklist does not answer queries through public "
                               "or busy name servers; use your own resolver")
            .arg(code.toString());
    }
    const bool spamhaus = zone.endsWith(QLatin1String("spamhaus.org"));
    const quint32 last = v & 0xff;
    if (spamhaus || zone.contains(QLatin1String("zen"))) {
        if (last == 2 || last == 3)
            return DomainCheck::tr("%1: SBL, a known source of spam").arg(code.toString());
        if (last == 9)
            return DomainCheck::tr("%1: DROP, a hijacked or spammer-run network").arg(code.toString());
        if (last >= 4 && last <= 7)
            return DomainCheck::tr("%1: XBL, an infected or exploited machine").arg(code.toString());
        if (last == 10 || last == 11)
            return DomainCheck::tr("%1: PBL, a residential or dynamic range that should not send mail directly")
                .arg(code.toString());
    }
    if (last == 10 || last == 11)
        return DomainCheck::tr("%1: PBL, a residential or dynamic range that should not send mail directly")
            .arg(code.toString());
    if (last >= 4 && last <= 7)
        return DomainCheck::tr("%1: XBL, an infected or exploited machine").arg(code.toString());
    return DomainCheck::tr("%1: listed as a source of spam").arg(code.toString());
}

} // namespace

// ---- ptr --------------------------------------------------------------------------------------------

void DomainCheck::checkPtr()
{
    const QString id = QStringLiteral("ptr");
    const QList<QHostAddress> addresses = serverAddresses();
    if (addresses.isEmpty()) {
        deliver(result(id, Status::Info, tr("No server given: use --account or --server to check its reverse DNS")));
        return;
    }
    struct Entry
    {
        QHostAddress address;
        QStringList names;
        QStringList confirmed;
        bool failed = false;
    };
    auto entries = std::make_shared<QList<Entry>>();
    for (const QHostAddress& a : addresses)
        entries->append(Entry {a, {}, {}, false});
    auto join = Join::make([this, id, entries] {
        Status status = Status::Pass;
        QString summary;
        QStringList lines;
        QStringList fixes;
        for (const Entry& e : *entries) {
            if (e.failed) {
                lines.append(tr("%1: the reverse look-up gave no answer").arg(e.address.toString()));
                if (status == Status::Pass) {
                    status = Status::Warn;
                    summary = lines.last();
                }
            } else if (e.names.isEmpty()) {
                lines.append(tr("%1 has no reverse name (PTR)").arg(e.address.toString()));
                fixes.append(tr("Ask the provider of %1 to set its reverse name (PTR) to your server's name, e.g. "
                                "mail.%2")
                                 .arg(e.address.toString(), m_report.domain));
                if (status != Status::Fail)
                    summary = lines.last();
                status = Status::Fail;
            } else if (e.confirmed.isEmpty()) {
                lines.append(tr("%1 has the reverse name %2, which does not resolve back to it")
                                 .arg(e.address.toString(), e.names.join(QStringLiteral(", "))));
                fixes.append(tr("%1 A %2 (or set the PTR of %2 to a name that has this address)")
                                 .arg(e.names.first(), e.address.toString()));
                if (status != Status::Fail)
                    summary = lines.last();
                status = Status::Fail;
            } else {
                lines.append(tr("%1 ↔ %2").arg(e.address.toString(), e.confirmed.first()));
            }
        }
        if (status == Status::Pass)
            summary = tr("Forward-confirmed reverse DNS: %1").arg(lines.join(QStringLiteral(", ")));
        // The name each server gives itself in EHLO, against the reverse name of the address it was reached at.
        for (int s = 0; s < m_servers.size(); ++s) {
            if (m_ehloProblems.contains(s)) {
                lines.append(m_ehloProblems.value(s));
                continue;
            }
            if (!m_ehloNames.contains(s) || m_servers.at(s).addresses.isEmpty())
                continue;
            const QString ehlo = m_ehloNames.value(s);
            const QHostAddress address = m_servers.at(s).addresses.first();
            const Entry* entry = nullptr;
            for (const Entry& e : *entries) {
                if (e.address == address)
                    entry = &e;
            }
            if (!entry || entry->names.isEmpty())
                continue; // no reverse name: already a failure above
            if (ehlo.isEmpty()) {
                lines.append(tr("%1 gave no name in its greeting or EHLO reply").arg(m_servers.at(s).name));
                continue;
            }
            if (entry->names.contains(ehlo)) {
                lines.append(tr("%1 calls itself %2 in EHLO, as its reverse name says").arg(address.toString(), ehlo));
                continue;
            }
            const QString ptrName = entry->confirmed.isEmpty() ? entry->names.first() : entry->confirmed.first();
            lines.append(
                tr("%1 calls itself %2 in EHLO, but its reverse name is %3").arg(address.toString(), ehlo, ptrName));
            fixes.append(tr("Make the server at %1 say EHLO %2 (Postfix: myhostname = %2), or set the PTR of %1 to %3 "
                            "(and %3 A %1)")
                             .arg(address.toString(), ptrName, ehlo));
            if (status == Status::Pass) {
                status = Status::Warn;
                summary =
                    tr("The EHLO name %1 of %2 is not its reverse name %3").arg(ehlo, address.toString(), ptrName);
            }
        }
        deliver(result(id, status, summary, lines.join(QLatin1Char('\n')), fixes.join(QLatin1Char('\n'))));
    });
    for (int i = 0; i < entries->size(); ++i) {
        join->add();
        m_resolver.lookupPtr(entries->at(i).address, this, [this, entries, i, join](const DnsAnswer<QString>& a) {
            if (!a.answered())
                (*entries)[i].failed = true;
            const QStringList names = [&a] {
                QStringList n;
                for (const QString& r : a.records)
                    n.append(withoutDot(r));
                return n;
            }();
            (*entries)[i].names = names.mid(0, 10);
            const bool v6 = entries->at(i).address.protocol() == QAbstractSocket::IPv6Protocol;
            for (const QString& name : (*entries)[i].names) {
                join->add();
                auto confirm = [entries, i, join, name](const DnsAnswer<QHostAddress>& forward) {
                    if (forward.records.contains(entries->at(i).address))
                        (*entries)[i].confirmed.append(name);
                    join->release();
                };
                if (v6)
                    m_resolver.lookupAaaa(name, this, confirm);
                else
                    m_resolver.lookupA(name, this, confirm);
            }
            join->release();
        });
    }
    join->release();
}

// ---- dnsbl ------------------------------------------------------------------------------------------

void DomainCheck::checkDnsbl()
{
    const QString id = QStringLiteral("dnsbl");
    QList<QHostAddress> v4;
    for (const QHostAddress& a : serverAddresses()) {
        bool ok = false;
        a.toIPv4Address(&ok);
        if (ok)
            v4.append(a);
    }
    if (v4.isEmpty()) {
        deliver(result(id, Status::Info,
                       tr("No server IPv4 address given: use --account or --server to check the blocklists")));
        return;
    }
    struct Hit
    {
        QString line;
        bool listed = false;
        bool unanswered = false;
    };
    auto hits = std::make_shared<QList<Hit>>();
    auto join = Join::make([this, id, hits, v4, zones = m_options.dnsblZones] {
        QStringList listed;
        QStringList lines;
        bool unanswered = false;
        for (const Hit& h : *hits) {
            lines.append(h.line);
            if (h.listed)
                listed.append(h.line);
            unanswered = unanswered || h.unanswered;
        }
        QStringList names;
        for (const QHostAddress& a : v4)
            names.append(a.toString());
        if (!listed.isEmpty()) {
            deliver(result(id, Status::Fail, listed.first(), lines.join(QLatin1Char('\n')),
                           tr("Find and stop the cause (an infected machine, an open relay, a leaked password), then "
                              "ask each blocklist to delist the address; a PBL listing means sending through your "
                              "provider's submission server instead")));
        } else if (unanswered) {
            deliver(result(id, Status::Warn, tr("Some blocklists did not answer: the result is incomplete"),
                           lines.join(QLatin1Char('\n'))));
        } else {
            deliver(result(
                id, Status::Pass,
                tr("%1 not listed on %2").arg(names.join(QStringLiteral(", ")), zones.join(QStringLiteral(", "))),
                lines.join(QLatin1Char('\n'))));
        }
    });
    for (const QHostAddress& address : v4) {
        for (const QString& zone : m_options.dnsblZones) {
            join->add();
            const QString name = reverseIpv4(address) + QLatin1Char('.') + withoutDot(zone);
            m_resolver.lookupA(name, this, [hits, join, address, zone](const DnsAnswer<QHostAddress>& a) {
                Hit hit;
                if (!a.answered()) {
                    hit.unanswered = true;
                    hit.line = tr("%1 on %2: the blocklist gave no answer (%3); this is not a listing")
                                   .arg(address.toString(), zone, a.error);
                } else if (a.records.isEmpty()) {
                    hit.line = tr("%1 is not on %2").arg(address.toString(), zone);
                } else {
                    QStringList meanings;
                    bool anyListed = false;
                    for (const QHostAddress& code : a.records) {
                        bool refused = false;
                        meanings.append(dnsblMeaning(zone, code, &refused));
                        anyListed = anyListed || !refused;
                        hit.unanswered = hit.unanswered || refused;
                    }
                    hit.listed = anyListed;
                    hit.line = anyListed
                        ? tr("%1 is listed on %2: %3")
                              .arg(address.toString(), zone, meanings.join(QStringLiteral("; ")))
                        : tr("%1 on %2: %3").arg(address.toString(), zone, meanings.join(QStringLiteral("; ")));
                }
                hits->append(hit);
                join->release();
            });
        }
    }
    join->release();
}

} // namespace Postino
