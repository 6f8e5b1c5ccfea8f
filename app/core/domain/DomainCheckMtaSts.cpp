#include "domain/DomainCheck.h"
#include "domain/DomainCheck_p.h"

#include "domain/MtaStsFetcher.h"
#include "domain/MtaStsPolicy.h"

// DomainCheck's mta-sts check (RFC 8461): the _mta-sts TXT record, then the policy fetched over HTTPS from
// mta-sts.DOMAIN (its address looked up like every other name, so --dns-server holds), read strictly, and
// every MX host compared with its mx patterns.

namespace Postino {

using namespace DomainCheckDetail;

namespace {

const QString kId = QStringLiteral("mta-sts");

// The policy to publish for these MX hosts.
QString policyText(const QStringList& exchanges, const QString& domain)
{
    QStringList lines = {QStringLiteral("version: STSv1"), QStringLiteral("mode: enforce")};
    if (exchanges.isEmpty())
        lines.append(QStringLiteral("mx: mx.%1").arg(domain));
    for (const QString& mx : exchanges)
        lines.append(QStringLiteral("mx: %1").arg(mx));
    lines.append(QStringLiteral("max_age: 604800"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void DomainCheck::checkMtaSts()
{
    const QString domain = m_report.domain;
    m_resolver.lookupTxt(QStringLiteral("_mta-sts.") + domain, this, [this, domain](const DnsAnswer<TxtRecord>& a) {
        QStringList records;
        for (const TxtRecord& r : a.records) {
            if (r.text().startsWith(QLatin1String("v=STSv1")))
                records.append(r.text());
        }
        const QString fix = tr("_mta-sts.%1 TXT \"v=STSv1; id=20240101\" and the policy at "
                               "https://mta-sts.%1/.well-known/mta-sts.txt")
                                .arg(domain);
        if (!a.answered()) {
            deliver(result(kId, Status::Warn, tr("The DNS gave no answer for _mta-sts.%1").arg(domain), a.error));
        } else if (records.isEmpty()) {
            deliver(result(kId, Status::Info, tr("No MTA-STS: senders may deliver to %1 without TLS").arg(domain),
                           tr("MTA-STS (RFC 8461) tells sending servers to insist on a valid certificate."), fix));
        } else if (records.size() > 1) {
            deliver(result(kId, Status::Fail, tr("More than one MTA-STS record: senders ignore them"),
                           records.join(QLatin1Char('\n')), fix));
        } else if (MtaStsPolicy::recordId(records.first()).isEmpty()) {
            deliver(result(kId, Status::Fail, tr("The MTA-STS record has no valid id="),
                           tr("%1\nThe id is 1 to 32 letters and digits, changed whenever the policy changes.")
                               .arg(records.first()),
                           fix));
        } else if (!m_options.mtaSts) {
            deliver(
                result(kId, Status::Warn, tr("MTA-STS record published; its policy was not fetched"), records.first()));
        } else {
            fetchMtaStsPolicy(records.first());
        }
    });
}

// The policy host's address through the resolver (unless --resolve names it), then the fetch.
void DomainCheck::fetchMtaStsPolicy(const QString& record)
{
    const QString domain = m_report.domain;
    const QString host = QStringLiteral("mta-sts.") + domain;
    auto fetch = [this, record, domain](const QString& address) {
        m_options.mtaSts->fetch(domain, address, this, [this, record](const MtaStsFetchAnswer& answer) {
            whenExchangesKnown([this, record, answer](const QStringList&) { judgeMtaStsPolicy(record, answer); });
        });
    };
    if (m_options.resolve.contains(host)) {
        fetch(m_options.resolve.value(host));
        return;
    }
    auto addresses = std::make_shared<QList<QHostAddress>>();
    auto unanswered = std::make_shared<bool>(false);
    auto join = Join::make([this, host, record, domain, addresses, unanswered, fetch] {
        if (!addresses->isEmpty()) {
            fetch(addresses->first().toString());
            return;
        }
        const QString id = MtaStsPolicy::recordId(record);
        if (*unanswered) {
            deliver(result(kId, Status::Warn,
                           tr("The DNS gave no answer for %1: the MTA-STS policy was not fetched").arg(host), record));
            return;
        }
        deliver(result(kId, Status::Fail,
                       tr("%1 publishes an MTA-STS record (id=%2), but %3 has no address").arg(domain, id, host),
                       tr("Senders fetch the policy from https://%1/.well-known/mta-sts.txt; without it the record "
                          "is ignored, and a sender that cached an earlier policy may refuse to deliver.")
                           .arg(host),
                       tr("%1 A ADDRESS (a web server with a certificate for %1)").arg(host)));
    });
    auto add = [addresses, unanswered, join](const DnsAnswer<QHostAddress>& a) {
        addresses->append(a.records);
        if (!a.answered())
            *unanswered = true;
        join->release();
    };
    join->add();
    m_resolver.lookupA(host, this, add);
    join->add();
    m_resolver.lookupAaaa(host, this, add);
    join->release();
}

void DomainCheck::judgeMtaStsPolicy(const QString& record, const MtaStsFetchAnswer& answer)
{
    const QString domain = m_report.domain;
    const QString id = MtaStsPolicy::recordId(record);
    const QString url = answer.url.toString();
    const QString publish = policyText(m_exchanges, domain);
    const QString serve = tr("Serve this as text/plain at %1 (HTTPS, a certificate valid for mta-sts.%2, no "
                             "redirect):\n%3")
                              .arg(url, domain, publish);
    if (!answer.error.isEmpty()) {
        if (answer.certificateError) {
            deliver(result(kId, Status::Fail, tr("The MTA-STS policy host's certificate is not valid"), answer.error,
                           tr("Install a certificate for mta-sts.%1 from a public CA (e.g. Let's Encrypt) on the web "
                              "server at %2")
                               .arg(domain, url)));
        } else {
            deliver(result(kId, Status::Fail, tr("The MTA-STS policy could not be fetched (id=%1)").arg(id),
                           answer.error, serve));
        }
        return;
    }
    if (answer.httpStatus >= 300 && answer.httpStatus < 400) {
        deliver(result(kId, Status::Fail,
                       tr("%1 answered HTTP %2, a redirect: senders do not follow it (RFC 8461 §3.3)")
                           .arg(url)
                           .arg(answer.httpStatus),
                       tr("The policy must be at exactly this address."), serve));
        return;
    }
    if (answer.httpStatus != 200) {
        deliver(result(kId, Status::Fail, tr("%1 answered HTTP %2, not the policy").arg(url).arg(answer.httpStatus),
                       tr("The record id=%1 promises a policy there.").arg(id), serve));
        return;
    }
    const QByteArray type = answer.contentType.split(';').first().trimmed().toLower();
    if (type != "text/plain") {
        deliver(result(kId, Status::Fail,
                       tr("The MTA-STS policy is served as \"%1\", not text/plain: senders ignore it")
                           .arg(QString::fromLatin1(answer.contentType)),
                       url, tr("Make the web server send Content-Type: text/plain for %1").arg(url)));
        return;
    }
    const MtaStsPolicy policy = MtaStsPolicy::parse(answer.body);
    if (!policy.isValid()) {
        deliver(result(kId, Status::Fail,
                       tr("The MTA-STS policy at %1 is not valid: %2").arg(url, policy.errors().first()),
                       policy.errors().join(QLatin1Char('\n')), serve));
        return;
    }
    QStringList lines;
    lines.append(record);
    lines.append(tr("Policy: mode %1, max_age %2 seconds, mx %3")
                     .arg(MtaStsPolicy::modeName(policy.mode()))
                     .arg(policy.maxAge())
                     .arg(policy.mxPatterns().join(QStringLiteral(", "))));
    if (policy.mode() == MtaStsPolicy::Mode::None) {
        deliver(result(kId, Status::Info, tr("MTA-STS is switched off (mode: none, id=%1)").arg(id),
                       lines.join(QLatin1Char('\n')), serve));
        return;
    }
    QStringList unmatched;
    for (const QString& mx : qAsConst(m_exchanges)) {
        if (!policy.allows(mx))
            unmatched.append(mx);
    }
    if (!unmatched.isEmpty()) {
        deliver(result(kId, Status::Fail,
                       tr("The MTA-STS policy does not name the MX host %1: senders that honour it cannot "
                          "deliver there")
                           .arg(unmatched.join(QStringLiteral(", "))),
                       lines.join(QLatin1Char('\n')), serve));
        return;
    }
    if (policy.mode() == MtaStsPolicy::Mode::Testing) {
        deliver(result(kId, Status::Warn,
                       tr("MTA-STS in testing mode (id=%1): senders report TLS failures but still deliver").arg(id),
                       lines.join(QLatin1Char('\n')),
                       tr("Once the TLS-RPT reports show no failures, change \"mode: testing\" to \"mode: enforce\" "
                          "in the policy and give the TXT record a new id")));
        return;
    }
    if (policy.maxAge() < MtaStsPolicy::kShortestSensibleAge) {
        deliver(result(kId, Status::Warn,
                       tr("MTA-STS enforced, but max_age is only %1 seconds (id=%2)").arg(policy.maxAge()).arg(id),
                       lines.join(QLatin1Char('\n')),
                       tr("max_age: 604800 (a week) or more, so that senders keep the policy between visits")));
        return;
    }
    deliver(result(kId, Status::Pass, tr("MTA-STS enforced (id=%1): every MX host is in the policy").arg(id),
                   lines.join(QLatin1Char('\n'))));
}

} // namespace Postino
