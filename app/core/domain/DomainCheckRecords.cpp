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

// ---- dkim -------------------------------------------------------------------------------------------

void DomainCheck::checkDkim()
{
    const QString id = QStringLiteral("dkim");
    const QString domain = m_report.domain;
    struct Found
    {
        QString selector;
        DkimKeyRecord key;
    };
    auto found = std::make_shared<QList<Found>>();
    auto domainKeyExists = std::make_shared<int>(-1);
    auto unanswered = std::make_shared<QStringList>();
    auto join = Join::make([this, id, domain, found, domainKeyExists, unanswered] {
        m_dkimDone = true;
        if (found->isEmpty() && !unanswered->isEmpty()) {
            deliver(result(id, Status::Warn,
                           tr("The DNS gave no answer for the DKIM keys of %1: none could be checked").arg(domain),
                           unanswered->join(QLatin1Char('\n'))));
            checkAlignment();
            return;
        }
        if (found->isEmpty()) {
            const QString tried = m_options.dkimSelectors.join(QStringLiteral(", "));
            QString detail = tr("Selectors tried: %1.").arg(tried);
            if (*domainKeyExists == 1)
                detail += QLatin1Char(' ')
                    + tr("_domainkey.%1 exists, so keys are published under selectors not tried here "
                         "(give them with --dkim-selector).")
                          .arg(domain);
            deliver(result(id, Status::Warn, tr("No DKIM key found for %1").arg(domain), detail,
                           tr("Turn on DKIM signing at your mail provider and publish the key it gives at "
                              "SELECTOR._domainkey.%1")
                               .arg(domain)));
            checkAlignment();
            return;
        }
        Status status = Status::Pass;
        QStringList lines;
        QString summary;
        QString fix;
        for (const Found& f : *found) {
            lines.append(tr("%1: %2").arg(DkimKeyRecord::recordName(f.selector, domain), f.key.verdictText()));
            switch (f.key.verdict()) {
            case DkimKeyRecord::Verdict::Good:
                m_dkimUsableKey = true;
                break;
            case DkimKeyRecord::Verdict::Weak:
                m_dkimUsableKey = true;
                if (status == Status::Pass) {
                    status = Status::Warn;
                    summary =
                        tr("The DKIM key %1 is %2 bits; 2048 is recommended").arg(f.selector).arg(f.key.keyBits());
                    fix = tr("Make a new 2048-bit key at your provider and publish it at %1")
                              .arg(DkimKeyRecord::recordName(f.selector, domain));
                }
                break;
            case DkimKeyRecord::Verdict::TooWeak:
            case DkimKeyRecord::Verdict::Revoked:
            case DkimKeyRecord::Verdict::Invalid:
                if (status != Status::Fail) {
                    status = Status::Fail;
                    summary = tr("The DKIM key %1 cannot be used: %2").arg(f.selector, f.key.verdictText());
                    fix = tr("Make a new 2048-bit key at your provider and publish it at %1")
                              .arg(DkimKeyRecord::recordName(f.selector, domain));
                }
                break;
            }
        }
        if (status == Status::Pass) {
            QStringList selectors;
            for (const Found& f : *found)
                selectors.append(f.selector);
            summary = tr("DKIM keys found: %1").arg(selectors.join(QStringLiteral(", ")));
        }
        deliver(result(id, status, summary, lines.join(QLatin1Char('\n')), fix));
        checkAlignment();
    });
    for (const QString& selector : m_options.dkimSelectors) {
        join->add();
        m_resolver.lookupTxt(DkimKeyRecord::recordName(selector, domain), this,
                             [found, join, selector, unanswered, domain](const DnsAnswer<TxtRecord>& answer) {
                                 if (!answer.answered())
                                     unanswered->append(
                                         tr("%1: %2").arg(DkimKeyRecord::recordName(selector, domain), answer.error));
                                 for (const TxtRecord& r : answer.records) {
                                     const QString text = r.text();
                                     if (text.contains(QLatin1String("p="))) {
                                         found->append(Found {selector, DkimKeyRecord::parse(text)});
                                         break;
                                     }
                                 }
                                 join->release();
                             });
    }
    join->add();
    m_resolver.lookupTxt(QStringLiteral("_domainkey.") + domain, this,
                         [domainKeyExists, join](const DnsAnswer<TxtRecord>& answer) {
                             *domainKeyExists = answer.outcome == DnsOutcome::NxDomain ? 0 : answer.answered() ? 1 : -1;
                             join->release();
                         });
    join->release();
}

// ---- dmarc ------------------------------------------------------------------------------------------

void DomainCheck::checkDmarc()
{
    const QString id = QStringLiteral("dmarc");
    const QString domain = m_report.domain;
    m_resolver.lookupTxt(DmarcRecord::recordName(domain), this, [this, id, domain](const DnsAnswer<TxtRecord>& answer) {
        const auto done = [this](DomainCheckResult r) {
            m_dmarcDone = true;
            deliver(std::move(r));
            checkAlignment();
        };
        const QString suggested = QStringLiteral("_dmarc.%1 TXT \"v=DMARC1; p=none; rua=mailto:dmarc@%1\"").arg(domain);
        if (!answer.answered()) {
            m_report.dnsUnanswered = true;
            done(result(id, Status::Fail, tr("The DNS gave no answer for %1").arg(DmarcRecord::recordName(domain)),
                        answer.error));
            return;
        }
        const RecordSelection selection = DmarcRecord::select(txtStrings(answer.records));
        if (selection.outcome == RecordSelection::Outcome::None) {
            done(result(id, Status::Fail, tr("%1 has no DMARC record").arg(domain),
                        tr("Gmail, Yahoo and Outlook.com require DMARC from bulk senders, and without it nobody "
                           "can tell receivers what to do with forged mail. Start with p=none and reports."),
                        suggested));
            return;
        }
        if (selection.outcome == RecordSelection::Outcome::Many) {
            done(result(id, Status::Fail,
                        tr("%1 has more than one DMARC record: receivers ignore all of them").arg(domain), QString(),
                        tr("Keep one: %1").arg(suggested)));
            return;
        }
        const DmarcRecord record = DmarcRecord::parse(selection.record);
        m_dmarcStrictSpf = record.spfAlignment() == AlignmentMode::Strict;
        if (!record.isValid()) {
            done(result(id, Status::Fail, tr("The DMARC record of %1 is not valid").arg(domain),
                        record.errors().join(QLatin1Char('\n')), suggested));
            return;
        }
        QStringList details;
        details.append(tr("Record: %1").arg(record.text()));
        const auto modeName = [](AlignmentMode m) { return m == AlignmentMode::Strict ? tr("strict") : tr("relaxed"); };
        details.append(tr("Policy %1, subdomains %2; SPF alignment %3, DKIM alignment %4")
                           .arg(DmarcRecord::policyName(record.policy()),
                                DmarcRecord::policyName(record.subdomainPolicy()), modeName(record.spfAlignment()),
                                modeName(record.dkimAlignment())));
        Status status = Status::Pass;
        QString summary = tr("DMARC policy %1").arg(DmarcRecord::policyName(record.policy()));
        QString fix;
        if (record.policy() == DmarcRecord::Policy::None) {
            status = Status::Warn;
            summary = tr("DMARC p=none: forged mail from %1 is still delivered").arg(domain);
            details.append(tr("The path to enforcement: read the aggregate reports until every legitimate source "
                              "passes, then p=quarantine (pct=25, then 100), then p=reject."));
            QString next = record.text();
            next.replace(
                QRegularExpression(QStringLiteral("p\\s*=\\s*none"), QRegularExpression::CaseInsensitiveOption),
                QStringLiteral("p=quarantine"));
            fix = QStringLiteral("_dmarc.%1 TXT \"%2\"").arg(domain, next);
        } else if (record.subdomainPolicy() == DmarcRecord::Policy::None) {
            status = Status::Warn;
            summary = tr("DMARC sp=none: forged mail from subdomains of %1 is still delivered").arg(domain);
        }
        if (record.aggregateReports().isEmpty())
            details.append(tr("No rua= address: you receive no reports of who sends as %1.").arg(domain));
        QList<DmarcRecord::ReportUri> external = record.externalDestinations(domain);
        if (external.isEmpty()) {
            done(result(id, status, summary, details.join(QLatin1Char('\n')), fix));
            return;
        }
        auto missing = std::make_shared<QStringList>();
        auto join = Join::make([done, id, status, summary, details, fix, missing, domain]() mutable {
            if (!missing->isEmpty()) {
                QStringList names;
                QStringList records;
                for (const QString& dest : *missing) {
                    names.append(dest);
                    records.append(
                        QStringLiteral("%1 TXT \"v=DMARC1\"").arg(DmarcRecord::externalReportName(domain, dest)));
                }
                details.append(tr("Report destinations outside %1 must agree to receive its reports (RFC 7489 §7.1); "
                                  "until they do, receivers send them nothing.")
                                   .arg(domain));
                done(result(id, Status::Fail,
                            tr("The DMARC report address at %1 has not authorised reports for %2")
                                .arg(names.join(QStringLiteral(", ")), domain),
                            details.join(QLatin1Char('\n')), records.join(QLatin1Char('\n'))));
                return;
            }
            done(result(id, status, summary, details.join(QLatin1Char('\n')), fix));
        });
        QStringList asked;
        for (const DmarcRecord::ReportUri& uri : external) {
            if (asked.contains(uri.domain))
                continue;
            asked.append(uri.domain);
            const QString dest = uri.domain;
            join->add();
            m_resolver.lookupTxt(DmarcRecord::externalReportName(domain, dest), this,
                                 [missing, join, dest](const DnsAnswer<TxtRecord>& a) {
                                     if (!DmarcRecord::isExternalAuthorization(txtStrings(a.records)))
                                         missing->append(dest);
                                     join->release();
                                 });
        }
        join->release();
    });
}

// ---- tls-rpt (mta-sts is in DomainCheckMtaSts.cpp) -----------------------------------------------

void DomainCheck::checkTlsRpt()
{
    const QString id = QStringLiteral("tls-rpt");
    const QString domain = m_report.domain;
    m_resolver.lookupTxt(
        QStringLiteral("_smtp._tls.") + domain, this, [this, id, domain](const DnsAnswer<TxtRecord>& a) {
            QStringList records;
            for (const TxtRecord& r : a.records) {
                if (r.text().startsWith(QLatin1String("v=TLSRPTv1")))
                    records.append(r.text());
            }
            const QString fix =
                QStringLiteral("_smtp._tls.%1 TXT \"v=TLSRPTv1; rua=mailto:tls-reports@%1\"").arg(domain);
            if (!a.answered()) {
                deliver(result(id, Status::Warn, tr("The DNS gave no answer for _smtp._tls.%1").arg(domain), a.error));
            } else if (records.isEmpty()) {
                deliver(result(id, Status::Info, tr("No TLS-RPT: you receive no reports of failed TLS deliveries"),
                               tr("TLS-RPT (RFC 8460) asks senders to report TLS failures to you."), fix));
            } else if (records.size() > 1 || !records.first().contains(QLatin1String("rua="))) {
                deliver(result(id, Status::Fail, tr("The TLS-RPT record is not valid (one record with rua= is needed)"),
                               records.join(QLatin1Char('\n')), fix));
            } else {
                deliver(result(id, Status::Pass, tr("TLS-RPT record published"), records.first()));
            }
        });
}

} // namespace Postino
