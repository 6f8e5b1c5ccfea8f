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

// The SPF term that lets address send: ip4:A or ip6:A.
QString addressTerm(const QHostAddress& address)
{
    return (address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("ip6:") : QStringLiteral("ip4:"))
        + address.toString();
}

bool isAllTerm(const QString& term)
{
    static const QRegularExpression all(QStringLiteral("^[-~?+]?all$"), QRegularExpression::CaseInsensitiveOption);
    return all.match(term).hasMatch();
}

// record with each of terms added before its "all" (or redirect=), or before the end.
QString withTerms(const QString& record, const QStringList& terms)
{
    QStringList parts = record.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int at = int(parts.size());
    for (int i = 1; i < parts.size(); ++i) {
        if (isAllTerm(parts.at(i)) || parts.at(i).startsWith(QLatin1String("redirect="), Qt::CaseInsensitive)) {
            at = i;
            break;
        }
    }
    for (const QString& term : terms) {
        if (!parts.contains(term, Qt::CaseInsensitive))
            parts.insert(at++, term);
    }
    return parts.join(QLatin1Char(' '));
}

// record with its "+all", "all" or "?all" made "~all".
QString withSoftFailAll(const QString& record)
{
    QStringList parts = record.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& part : parts) {
        if (isAllTerm(part) && !part.startsWith(QLatin1Char('-')) && !part.startsWith(QLatin1Char('~')))
            part = QStringLiteral("~all");
    }
    return parts.join(QLatin1Char(' '));
}

// The domains whose mail only their own servers may send: a From there through any other server fails
// DMARC whatever the other server does.
bool isMailboxProvider(const QString& domain)
{
    static const QStringList providers = {
        QStringLiteral("gmail.com"),     QStringLiteral("googlemail.com"), QStringLiteral("yahoo.com"),
        QStringLiteral("yahoo.it"),      QStringLiteral("outlook.com"),    QStringLiteral("hotmail.com"),
        QStringLiteral("hotmail.it"),    QStringLiteral("live.com"),       QStringLiteral("live.it"),
        QStringLiteral("icloud.com"),    QStringLiteral("me.com"),         QStringLiteral("aol.com"),
        QStringLiteral("libero.it"),     QStringLiteral("virgilio.it"),    QStringLiteral("tiscali.it"),
        QStringLiteral("alice.it"),      QStringLiteral("tim.it"),         QStringLiteral("gmx.com"),
        QStringLiteral("gmx.de"),        QStringLiteral("web.de"),         QStringLiteral("proton.me"),
        QStringLiteral("protonmail.com")};
    return providers.contains(organizationalDomain(domain));
}

} // namespace

// ---- spf --------------------------------------------------------------------------------------------

void DomainCheck::checkSpf()
{
    auto* audit = new SpfAudit(*m_spfLookups, this);
    audit->audit(m_report.domain, [this, audit](const SpfAuditReport& report) {
        audit->deleteLater();
        m_spf->audit = report;
        m_spf->auditDone = true;
        finishSpf();
        checkAlignment();
    });
}

void DomainCheck::finishSpf()
{
    const std::shared_ptr<SpfState> spf = m_spf;
    if (!spf->auditDone || !m_serversResolved)
        return;
    const QString id = QStringLiteral("spf");
    const QString domain = m_report.domain;
    const SpfAuditReport& audit = spf->audit;
    const QList<QHostAddress> addresses = serverAddresses();
    QStringList addressTerms;
    for (const QHostAddress& a : addresses)
        addressTerms.append(addressTerm(a));

    if (!spf->serversStarted && audit.selection == RecordSelection::Outcome::One && !addresses.isEmpty()) {
        spf->serversStarted = true;
        auto join = Join::make([this, spf] {
            spf->evaluationsDone = true;
            finishSpf();
            checkAlignment();
        });
        for (const QHostAddress& address : addresses) {
            auto* evaluator = new SpfEvaluator(*m_spfLookups, this);
            SpfQuery query;
            query.ip = address;
            query.domain = domain;
            query.sender = QStringLiteral("postmaster@") + domain;
            query.helo = domain;
            join->add();
            evaluator->checkHost(query, [spf, join, evaluator, address](const SpfResult& r) {
                evaluator->deleteLater();
                spf->evaluations.append({address, r});
                join->release();
            });
        }
        join->release();
        return;
    }
    if (spf->serversStarted && !spf->evaluationsDone)
        return;
    spf->evaluationsDone = true;

    const QString suggested = addressTerms.isEmpty()
        ? QStringLiteral("v=spf1 mx ~all")
        : QStringLiteral("v=spf1 ") + addressTerms.join(QLatin1Char(' ')) + QStringLiteral(" mx ~all");
    if (audit.selection == RecordSelection::Outcome::None) {
        if (!audit.findingsOf(SpfAuditFinding::Kind::LookupFailed).isEmpty()) {
            m_report.dnsUnanswered = true;
            deliver(result(id, Status::Fail, tr("The DNS gave no answer for the TXT records of %1").arg(domain),
                           audit.findingsOf(SpfAuditFinding::Kind::LookupFailed).first().message));
            return;
        }
        deliver(result(id, Status::Fail, tr("%1 has no SPF record").arg(domain),
                       tr("Without SPF, receivers cannot tell your servers from anyone else's; Gmail, Yahoo and "
                          "Outlook.com reject or file as spam mail from domains without SPF or DKIM."),
                       suggested));
        return;
    }
    if (audit.selection == RecordSelection::Outcome::Many) {
        deliver(result(id, Status::Fail, tr("%1 has more than one SPF record: SPF fails for every message").arg(domain),
                       tr("RFC 7208 allows exactly one TXT record starting with v=spf1; with two, receivers "
                          "return a permanent error."),
                       tr("Merge them into one record, e.g. %1").arg(suggested)));
        return;
    }

    QStringList details;
    details.append(tr("Record: %1").arg(audit.record));
    details.append(audit.lookupSummary());
    Status status = Status::Pass;
    QString summary;
    QString fix;
    const auto rank = [](Status x) {
        return x == Status::Fail ? 3 : x == Status::Warn ? 2 : x == Status::Info ? 1 : 0;
    };
    const auto worse = [&status, &summary, &rank](Status s, const QString& text) {
        if (rank(s) > rank(status)) {
            status = s;
            summary = text;
        }
    };
    for (const SpfAuditFinding& f : audit.findings) {
        details.append(f.message);
        switch (f.kind) {
        case SpfAuditFinding::Kind::AllPass:
            worse(Status::Fail, tr("The SPF record lets any server on the internet send as %1 (+all)").arg(domain));
            fix = withSoftFailAll(audit.record);
            break;
        case SpfAuditFinding::Kind::AllNeutral:
            worse(Status::Fail, tr("The SPF record ends in ?all: servers not listed are neutral, as without SPF"));
            fix = withSoftFailAll(audit.record);
            break;
        case SpfAuditFinding::Kind::TooManyLookups:
            worse(Status::Fail, tr("The SPF record needs more than 10 DNS look-ups: SPF fails (permerror)"));
            if (fix.isEmpty() && audit.heaviestPath().isEmpty())
                fix = tr("Replace a, mx and include terms by the ip4:/ip6: ranges they stand for, or remove unused "
                         "ones");
            else if (fix.isEmpty())
                fix = tr("Replace includes by the ip4:/ip6: ranges they list, or remove unused ones (most look-ups "
                         "come from %1)")
                          .arg(audit.heaviestPath().join(QStringLiteral(" → ")));
            break;
        case SpfAuditFinding::Kind::TooManyVoidLookups:
            worse(Status::Fail, tr("The SPF record has more than 2 look-ups that find nothing: SPF fails (permerror)"));
            if (fix.isEmpty())
                fix = tr("Remove the terms whose names do not exist: %1").arg([&audit] {
                    QStringList terms;
                    for (const SpfAuditFinding& v : audit.findingsOf(SpfAuditFinding::Kind::VoidLookup))
                        terms.append(v.term);
                    return terms.join(QLatin1Char(' '));
                }());
            break;
        case SpfAuditFinding::Kind::LookupFailed:
            worse(Status::Warn, f.message);
            break;
        case SpfAuditFinding::Kind::AllSoftFail:
        case SpfAuditFinding::Kind::AllFail:
            break;
        default:
            if (f.severity == SpfAuditFinding::Severity::Fail)
                worse(Status::Fail, f.message);
            else if (f.severity == SpfAuditFinding::Severity::Warn)
                worse(Status::Warn, f.message);
            break;
        }
    }
    QStringList refused;
    QStringList refusedTerms;
    for (const auto& [address, r] : spf->evaluations) {
        details.append(tr("%1: %2").arg(address.toString(), SpfResult::codeName(r.code)));
        if (r.code != SpfResult::Code::Pass) {
            refused.append(address.toString());
            refusedTerms.append(addressTerm(address));
        }
    }
    if (!refused.isEmpty()) {
        worse(Status::Fail,
              tr("The SPF record of %1 does not allow %2").arg(domain, refused.join(QStringLiteral(", "))));
        if (fix.isEmpty() || fix == withSoftFailAll(audit.record))
            fix = withTerms(fix.isEmpty() ? audit.record : fix, refusedTerms);
        else
            fix += QLatin1Char('\n') + withTerms(audit.record, refusedTerms);
    }
    if (status == Status::Pass) {
        summary = addresses.isEmpty() ? tr("SPF record valid (%1)").arg(audit.lookupSummary())
                                      : tr("SPF record valid and allows %1").arg([&addresses] {
                                            QStringList a;
                                            for (const QHostAddress& x : addresses)
                                                a.append(x.toString());
                                            return a.join(QStringLiteral(", "));
                                        }());
    }
    deliver(result(id, status, summary, details.join(QLatin1Char('\n')), fix));
}

// ---- alignment --------------------------------------------------------------------------------------

void DomainCheck::checkAlignment()
{
    if (!m_serversResolved || !m_dkimDone || !m_dmarcDone || !m_spf->auditDone)
        return;
    if (m_spf->serversStarted && !m_spf->evaluationsDone)
        return;
    const QString id = QStringLiteral("alignment");
    const QString fromDomain = m_report.domain;
    const QString from = m_options.target.contains(QLatin1Char('@')) ? m_options.target.trimmed() : QString();
    const QList<QHostAddress> addresses = serverAddresses();
    const QString account = m_options.accountAddress.trimmed();
    const QString mailFromDomain = account.isEmpty() ? fromDomain : domainOf(account);
    QStringList details;
    QStringList problems;

    if (!from.isEmpty() && !account.isEmpty() && from.compare(account, Qt::CaseInsensitive) != 0
        && !domainsAlign(mailFromDomain, fromDomain, AlignmentMode::Relaxed)) {
        problems.append(tr("%1 is not the account's address (%2): the envelope sender's domain %3 cannot align "
                           "with %4 for SPF")
                            .arg(from, account, mailFromDomain, fromDomain));
    }
    if (addresses.isEmpty()) {
        deliver(result(id, Status::Info, tr("No server given: use --account or --server to check mail sent through it"),
                       tr("Alignment depends on the server the mail goes through.")));
        return;
    }
    bool spfPasses = m_spf->evaluationsDone && !m_spf->evaluations.isEmpty();
    for (const auto& [address, r] : m_spf->evaluations)
        spfPasses = spfPasses && r.code == SpfResult::Code::Pass;
    const bool spfAligns = spfPasses
        && domainsAlign(mailFromDomain, fromDomain, m_dmarcStrictSpf ? AlignmentMode::Strict : AlignmentMode::Relaxed);
    details.append(
        spfAligns
            ? tr("SPF: the servers pass and the envelope domain %1 aligns with %2").arg(mailFromDomain, fromDomain)
            : tr("SPF: does not align (the servers do not pass for %1, or the envelope domain "
                 "%2 differs)")
                  .arg(fromDomain, mailFromDomain));
    if (isMailboxProvider(fromDomain) && !spfPasses) {
        deliver(result(id, Status::Fail,
                       tr("Mail From @%1 through another provider's server fails DMARC").arg(fromDomain),
                       tr("%1 signs only what its own servers send and lists only them in SPF; receivers reject or "
                          "file as spam anything else claiming to be from it.")
                               .arg(fromDomain)
                           + QLatin1Char('\n') + details.join(QLatin1Char('\n')),
                       tr("Send @%1 mail through %1's own submission server, or use an address on your own domain")
                           .arg(fromDomain)));
        return;
    }
    if (!problems.isEmpty()) {
        deliver(result(id, Status::Fail, problems.first(), details.join(QLatin1Char('\n')),
                       tr("Send From the account's own address, or through an account of %1").arg(fromDomain)));
        return;
    }
    if (spfAligns) {
        deliver(result(id, Status::Pass,
                       tr("Mail From %1 through these servers aligns with SPF").arg(from.isEmpty() ? fromDomain : from),
                       details.join(QLatin1Char('\n'))));
        return;
    }
    if (m_dkimUsableKey) {
        deliver(result(id, Status::Warn,
                       tr("Only DKIM can align: SPF does not allow these servers for %1").arg(fromDomain),
                       details.join(QLatin1Char('\n')),
                       tr("Make sure the server signs with d=%1, or add it to the SPF record").arg(fromDomain)));
        return;
    }
    QStringList terms;
    for (const QHostAddress& a : addresses)
        terms.append(addressTerm(a));
    const QString record = m_spf->audit.record.isEmpty() ? QStringLiteral("v=spf1 mx ~all") : m_spf->audit.record;
    deliver(result(id, Status::Fail,
                   tr("Mail From %1 through these servers fails DMARC: neither SPF nor DKIM aligns")
                       .arg(from.isEmpty() ? fromDomain : from),
                   details.join(QLatin1Char('\n')), withTerms(record, terms)));
}

} // namespace Postino
