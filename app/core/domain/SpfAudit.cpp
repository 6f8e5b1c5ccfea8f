#include "SpfAudit.h"

#include "domain/SpfEvaluator.h"

namespace Postino {

struct SpfAudit::Walk
{
    SpfAuditReport report;
    QList<SpfRecord> records; // parallel to report.nodes
    QList<QStringList> paths;
    QList<QStringList> chains;
    std::function<void(const SpfAuditReport&)> done;
    bool stopped = false;
};

namespace {

QString normalizedName(QString name)
{
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name.toLower();
}

SpfAuditFinding finding(SpfAuditFinding::Kind kind, SpfAuditFinding::Severity severity, const QString& domain,
                        const QString& term, const QStringList& path, const QString& message)
{
    SpfAuditFinding f;
    f.kind = kind;
    f.severity = severity;
    f.domain = domain;
    f.term = term;
    f.path = path;
    f.message = message;
    return f;
}

} // namespace

bool SpfAuditReport::hasFailure() const
{
    for (const SpfAuditFinding& f : findings) {
        if (f.severity == SpfAuditFinding::Severity::Fail)
            return true;
    }
    return false;
}

QList<SpfAuditFinding> SpfAuditReport::findingsOf(SpfAuditFinding::Kind kind) const
{
    QList<SpfAuditFinding> out;
    for (const SpfAuditFinding& f : findings) {
        if (f.kind == kind)
            out.append(f);
    }
    return out;
}

QString SpfAuditReport::lookupSummary() const
{
    if (dnsLookups <= SpfEvaluator::kMaxDnsLookups)
        return SpfAudit::tr("%1 of %2 DNS look-ups").arg(dnsLookups).arg(SpfEvaluator::kMaxDnsLookups);
    return SpfAudit::tr("%1 of %2 DNS look-ups, over the limit at %3")
        .arg(dnsLookups)
        .arg(SpfEvaluator::kMaxDnsLookups)
        .arg(limitPath.join(QStringLiteral(" → ")));
}

QStringList SpfAuditReport::heaviestPath() const
{
    QStringList path;
    if (nodes.isEmpty() || !nodes.constFirst().via.isEmpty())
        return path;
    int current = 0;
    for (;;) {
        int heaviest = -1;
        for (int i = current + 1; i < nodes.size(); ++i) {
            if (nodes.at(i).parent == current && nodes.at(i).totalLookups > 0
                && (heaviest < 0 || nodes.at(i).totalLookups > nodes.at(heaviest).totalLookups))
                heaviest = i;
        }
        if (heaviest < 0)
            return path;
        path.append(nodes.at(heaviest).via);
        current = heaviest;
    }
}

SpfAudit::SpfAudit(SpfLookups& lookups, QObject* parent)
    : QObject(parent)
    , m_lookups(lookups)
{ }

SpfAudit::~SpfAudit() = default;

void SpfAudit::audit(const QString& domain, std::function<void(const SpfAuditReport&)> done)
{
    auto walk = std::make_shared<Walk>();
    walk->report.domain = normalizedName(domain);
    walk->done = std::move(done);
    visit(walk, walk->report.domain, nullptr, {}, {walk->report.domain}, -1, [this, walk]() { finish(walk); });
}

void SpfAudit::visit(const std::shared_ptr<Walk>& walk, const QString& domain, const SpfTerm* via,
                     const QStringList& path, const QStringList& chain, int parent, std::function<void()> next)
{
    if (walk->report.nodes.size() >= kMaxRecords) {
        if (!walk->stopped) {
            walk->stopped = true;
            walk->report.findings.append(
                finding(SpfAuditFinding::Kind::WalkStopped, SpfAuditFinding::Severity::Warn, domain, QString(), path,
                        tr("The SPF records include more than %1 records; the audit stopped following them.")
                            .arg(kMaxRecords)));
        }
        next();
        return;
    }
    const std::optional<SpfTerm> viaTerm = via ? std::optional<SpfTerm>(*via) : std::nullopt;
    m_lookups.txt(domain, this, [this, walk, domain, viaTerm, path, chain, parent, next](const auto& answer) {
        SpfAuditReport& report = walk->report;
        const QString parentDomain = parent >= 0 ? report.nodes.at(parent).domain : QString();
        if (answer.status == SpfAnswer<QStringList>::Status::TemporaryError) {
            report.findings.append(finding(SpfAuditFinding::Kind::LookupFailed, SpfAuditFinding::Severity::Warn, domain,
                                           viaTerm ? viaTerm->text : QString(), path,
                                           tr("The %1 look-up of %2 failed (%3): this part of the record could not "
                                              "be checked.")
                                               .arg(QStringLiteral("TXT"), domain, answer.error)));
            next();
            return;
        }
        if (answer.status == SpfAnswer<QStringList>::Status::Void && viaTerm)
            countVoid(walk, parent, *viaTerm, domain);
        const RecordSelection selection = SpfRecord::select(answer.records);
        if (!viaTerm)
            report.selection = selection.outcome;
        if (selection.outcome == RecordSelection::Outcome::None) {
            if (viaTerm) {
                report.findings.append(
                    finding(SpfAuditFinding::Kind::IncludeWithoutRecord, SpfAuditFinding::Severity::Fail, parentDomain,
                            viaTerm->text, path.mid(0, path.size() - 1),
                            tr("“%1” in the SPF record of %2 points to %3, which has no SPF record: receivers give up "
                               "with a permanent error.")
                                .arg(viaTerm->text, parentDomain, domain)));
            } else {
                report.findings.append(
                    finding(SpfAuditFinding::Kind::NoRecord, SpfAuditFinding::Severity::Fail, domain, QString(), path,
                            tr("%1 has no SPF record (no TXT record starting with “v=spf1”).").arg(domain)));
            }
            next();
            return;
        }
        if (selection.outcome == RecordSelection::Outcome::Many) {
            report.findings.append(finding(SpfAuditFinding::Kind::MultipleRecords, SpfAuditFinding::Severity::Fail,
                                           domain, QString(), path,
                                           tr("%1 publishes %2 SPF records; there must be exactly one, so receivers "
                                              "give up with a permanent error. Merge them into one record.")
                                               .arg(domain)
                                               .arg(selection.count)));
            next();
            return;
        }
        const SpfRecord record = SpfRecord::parse(selection.record);
        SpfAuditNode node;
        node.domain = domain;
        node.via = viaTerm ? viaTerm->text : QString();
        node.record = selection.record;
        node.parent = parent;
        node.depth = parent >= 0 ? report.nodes.at(parent).depth + 1 : 0;
        const int index = report.nodes.size();
        report.nodes.append(node);
        walk->records.append(record);
        walk->paths.append(path);
        walk->chains.append(chain);
        if (!viaTerm)
            report.record = selection.record;
        if (!record.isValid()) {
            for (const SpfSyntaxError& error : record.errors()) {
                report.findings.append(
                    finding(SpfAuditFinding::Kind::SyntaxError, SpfAuditFinding::Severity::Fail, domain, error.term,
                            path, tr("The SPF record of %1 has a syntax error: %2").arg(domain, error.describe())));
            }
            next();
            return;
        }
        const std::optional<SpfTerm> all = record.allMechanism();
        if (viaTerm && viaTerm->kind == SpfTerm::Kind::Mechanism && viaTerm->qualifier == SpfTerm::Qualifier::Pass
            && all && all->qualifier == SpfTerm::Qualifier::Pass) {
            report.findings.append(finding(SpfAuditFinding::Kind::AllPass, SpfAuditFinding::Severity::Fail, domain,
                                           all->text, path,
                                           tr("%1, included through %2, ends in “%3”: every server on the internet "
                                              "passes this include, and so SPF for the whole domain.")
                                               .arg(domain, path.join(QStringLiteral(" → ")), all->text)));
        }
        if (all) {
            const QList<SpfTerm> mechanisms = record.mechanisms();
            if (mechanisms.constLast().position > all->position) {
                report.findings.append(finding(SpfAuditFinding::Kind::TermsAfterAll, SpfAuditFinding::Severity::Info,
                                               domain, all->text, path,
                                               tr("The SPF record of %1 has mechanisms after “%2”; they are never "
                                                  "evaluated.")
                                                   .arg(domain, all->text)));
            }
        }
        walkTerms(walk, index, 0, next);
    });
}

void SpfAudit::countLookup(const std::shared_ptr<Walk>& walk, int node, const SpfTerm& term)
{
    SpfAuditReport& report = walk->report;
    ++report.dnsLookups;
    ++report.nodes[node].ownLookups;
    for (int n = node; n >= 0; n = report.nodes.at(n).parent)
        ++report.nodes[n].totalLookups;
    if (report.dnsLookups == SpfEvaluator::kMaxDnsLookups + 1) {
        report.limitPath = walk->paths.at(node);
        report.limitPath.append(term.text);
    }
}

void SpfAudit::countVoid(const std::shared_ptr<Walk>& walk, int node, const SpfTerm& term, const QString& what)
{
    SpfAuditReport& report = walk->report;
    ++report.voidLookups;
    const QString domain = report.nodes.at(node).domain;
    report.findings.append(finding(SpfAuditFinding::Kind::VoidLookup, SpfAuditFinding::Severity::Warn, domain,
                                   term.text, walk->paths.at(node),
                                   tr("“%1” in the SPF record of %2 looks up %3, which does not exist or has no "
                                      "records: a void look-up (receivers allow at most %4).")
                                       .arg(term.text, domain, what)
                                       .arg(SpfEvaluator::kMaxVoidLookups)));
    if (report.voidLookups == SpfEvaluator::kMaxVoidLookups + 1) {
        report.findings.append(finding(SpfAuditFinding::Kind::TooManyVoidLookups, SpfAuditFinding::Severity::Fail,
                                       domain, term.text, walk->paths.at(node),
                                       tr("More than %1 look-ups in the SPF records of %2 find nothing: receivers "
                                          "give up with a permanent error. Remove the terms that point to names "
                                          "without records.")
                                           .arg(SpfEvaluator::kMaxVoidLookups)
                                           .arg(report.domain)));
    }
}

void SpfAudit::walkTerms(const std::shared_ptr<Walk>& walk, int node, int index, std::function<void()> next)
{
    const SpfRecord& record = walk->records.at(node);
    const QList<SpfTerm>& terms = record.terms();
    while (index < terms.size() && terms.at(index).kind != SpfTerm::Kind::Mechanism)
        ++index;
    if (index >= terms.size()) {
        walkRedirect(walk, node, next);
        return;
    }
    const SpfTerm term = terms.at(index);
    const QString domain = walk->report.nodes.at(node).domain;
    const QStringList path = walk->paths.at(node);
    auto cont = [this, walk, node, index, next]() { walkTerms(walk, node, index + 1, next); };
    auto failed = [walk, domain, term, path](const QString& type, const QString& name, const QString& error) {
        walk->report.findings.append(finding(SpfAuditFinding::Kind::LookupFailed, SpfAuditFinding::Severity::Warn,
                                             domain, term.text, path,
                                             tr("The %1 look-up of %2 failed (%3): this part of the record could not "
                                                "be checked.")
                                                 .arg(type, name, error)));
    };

    switch (term.mechanism) {
    case SpfTerm::Mechanism::All:
        // An evaluation stops here: nothing after "all" is looked up.
        walkRedirect(walk, node, next);
        return;
    case SpfTerm::Mechanism::Ip4:
    case SpfTerm::Mechanism::Ip6:
        cont();
        return;
    case SpfTerm::Mechanism::Ptr:
        countLookup(walk, node, term);
        walk->report.findings.append(finding(
            SpfAuditFinding::Kind::PtrMechanism, SpfAuditFinding::Severity::Warn, domain, term.text, path,
            tr("“%1” in the SPF record of %2 uses ptr, which RFC 7208 deprecates: it is slow and unreliable, and some "
               "receivers ignore it. List the servers with ip4:, ip6: or a: instead.")
                .arg(term.text, domain)));
        cont();
        return;
    default:
        break;
    }

    countLookup(walk, node, term);
    if (term.domainSpec.hasMacros()) {
        walk->report.findings.append(finding(SpfAuditFinding::Kind::MacroTarget, SpfAuditFinding::Severity::Info,
                                             domain, term.text, path,
                                             tr("“%1” in the SPF record of %2 uses macros: its target depends on each "
                                                "message, so the audit cannot follow it.")
                                                 .arg(term.text, domain)));
        cont();
        return;
    }
    const QString target = term.domainSpec.isEmpty() ? domain : normalizedName(term.domainSpec.text());

    switch (term.mechanism) {
    case SpfTerm::Mechanism::A:
        m_lookups.addresses(target, false, this, [this, walk, node, term, target, cont, failed](const auto& a4) {
            m_lookups.addresses(target, true, this, [this, walk, node, term, target, cont, failed, a4](const auto& a6) {
                if (a4.status == SpfAnswer<QHostAddress>::Status::TemporaryError)
                    failed(QStringLiteral("A"), target, a4.error);
                else if (a6.status == SpfAnswer<QHostAddress>::Status::TemporaryError)
                    failed(QStringLiteral("AAAA"), target, a6.error);
                else if (a4.status == SpfAnswer<QHostAddress>::Status::Void
                         && a6.status == SpfAnswer<QHostAddress>::Status::Void)
                    countVoid(walk, node, term, target);
                cont();
            });
        });
        return;
    case SpfTerm::Mechanism::Exists:
        m_lookups.addresses(target, false, this, [this, walk, node, term, target, cont, failed](const auto& a4) {
            if (a4.status == SpfAnswer<QHostAddress>::Status::TemporaryError)
                failed(QStringLiteral("A"), target, a4.error);
            else if (a4.status == SpfAnswer<QHostAddress>::Status::Void)
                countVoid(walk, node, term, target);
            cont();
        });
        return;
    case SpfTerm::Mechanism::Mx:
        m_lookups.mx(target, this, [this, walk, node, term, target, domain, path, cont, failed](const auto& answer) {
            if (answer.status == SpfAnswer<QString>::Status::TemporaryError) {
                failed(QStringLiteral("MX"), target, answer.error);
            } else if (answer.status == SpfAnswer<QString>::Status::Void) {
                countVoid(walk, node, term, target);
            } else {
                int hosts = 0;
                for (const QString& exchange : answer.records) {
                    if (!normalizedName(exchange).isEmpty())
                        ++hosts;
                }
                if (hosts > SpfEvaluator::kMaxNamesPerLookup) {
                    walk->report.findings.append(finding(
                        SpfAuditFinding::Kind::TooManyMxHosts, SpfAuditFinding::Severity::Fail, domain, term.text, path,
                        tr("%1 has %2 MX hosts; “%3” in the SPF record of %4 may look up only %5, so an evaluation "
                           "that needs more gives a permanent error.")
                            .arg(target)
                            .arg(hosts)
                            .arg(term.text, domain)
                            .arg(SpfEvaluator::kMaxNamesPerLookup)));
                }
            }
            cont();
        });
        return;
    case SpfTerm::Mechanism::Include: {
        if (walk->chains.at(node).contains(target)) {
            walk->report.findings.append(finding(SpfAuditFinding::Kind::Loop, SpfAuditFinding::Severity::Fail, domain,
                                                 term.text, path,
                                                 tr("“%1” in the SPF record of %2 leads back to %3: a loop, a "
                                                    "permanent error.")
                                                     .arg(term.text, domain, target)));
            cont();
            return;
        }
        QStringList childPath = path;
        childPath.append(term.text);
        QStringList chain = walk->chains.at(node);
        chain.append(target);
        visit(walk, target, &term, childPath, chain, node, cont);
        return;
    }
    default:
        cont();
        return;
    }
}

void SpfAudit::walkRedirect(const std::shared_ptr<Walk>& walk, int node, std::function<void()> next)
{
    const SpfRecord& record = walk->records.at(node);
    const std::optional<SpfTerm> redirect = record.redirect();
    if (!redirect) {
        next();
        return;
    }
    const QString domain = walk->report.nodes.at(node).domain;
    const QStringList path = walk->paths.at(node);
    if (record.allMechanism()) {
        walk->report.findings.append(finding(SpfAuditFinding::Kind::RedirectIgnored, SpfAuditFinding::Severity::Warn,
                                             domain, redirect->text, path,
                                             tr("“%1” in the SPF record of %2 is never used: a record with “all” "
                                                "ignores redirect=.")
                                                 .arg(redirect->text, domain)));
        next();
        return;
    }
    countLookup(walk, node, *redirect);
    if (redirect->value.hasMacros()) {
        walk->report.findings.append(finding(SpfAuditFinding::Kind::MacroTarget, SpfAuditFinding::Severity::Info,
                                             domain, redirect->text, path,
                                             tr("“%1” in the SPF record of %2 uses macros: its target depends on each "
                                                "message, so the audit cannot follow it.")
                                                 .arg(redirect->text, domain)));
        next();
        return;
    }
    const QString target = normalizedName(redirect->value.text());
    if (walk->chains.at(node).contains(target)) {
        walk->report.findings.append(finding(SpfAuditFinding::Kind::Loop, SpfAuditFinding::Severity::Fail, domain,
                                             redirect->text, path,
                                             tr("“%1” in the SPF record of %2 leads back to %3: a loop, a permanent "
                                                "error.")
                                                 .arg(redirect->text, domain, target)));
        next();
        return;
    }
    QStringList childPath = path;
    childPath.append(redirect->text);
    QStringList chain = walk->chains.at(node);
    chain.append(target);
    const SpfTerm term = *redirect;
    visit(walk, target, &term, childPath, chain, node, next);
}

void SpfAudit::finish(const std::shared_ptr<Walk>& walk)
{
    SpfAuditReport& report = walk->report;
    if (report.dnsLookups > SpfEvaluator::kMaxDnsLookups) {
        report.findings.append(finding(SpfAuditFinding::Kind::TooManyLookups, SpfAuditFinding::Severity::Fail,
                                       report.domain, report.limitPath.value(report.limitPath.size() - 1),
                                       report.limitPath.mid(0, report.limitPath.size() - 1),
                                       tr("The SPF record of %1 needs %2 DNS look-ups, more than the %3 allowed: "
                                          "receivers give up with a permanent error, so SPF fails for all your mail. "
                                          "The limit is crossed at %4.")
                                           .arg(report.domain)
                                           .arg(report.dnsLookups)
                                           .arg(SpfEvaluator::kMaxDnsLookups)
                                           .arg(report.limitPath.join(QStringLiteral(" → ")))));
    }
    // What decides for servers not listed: the "all" of the audited record, or of its redirect= chain.
    int current = report.nodes.isEmpty() || !report.nodes.constFirst().via.isEmpty() ? -1 : 0;
    while (current >= 0) {
        const SpfRecord& record = walk->records.at(current);
        if (!record.isValid())
            break;
        const QString domain = report.nodes.at(current).domain;
        const QStringList path = walk->paths.at(current);
        if (const std::optional<SpfTerm> all = record.allMechanism()) {
            using K = SpfAuditFinding::Kind;
            using S = SpfAuditFinding::Severity;
            switch (all->qualifier) {
            case SpfTerm::Qualifier::Pass:
                report.findings.append(finding(K::AllPass, S::Fail, domain, all->text, path,
                                               tr("“%1” lets every server on the internet send as %2: SPF protects "
                                                  "nothing. End the record with “~all” or “-all”.")
                                                   .arg(all->text, report.domain)));
                break;
            case SpfTerm::Qualifier::Neutral:
                report.findings.append(finding(K::AllNeutral, S::Fail, domain, all->text, path,
                                               tr("“%1” says nothing about servers not listed (neutral), so forged "
                                                  "mail from %2 is not recognised. End the record with “~all” or "
                                                  "“-all”.")
                                                   .arg(all->text, report.domain)));
                break;
            case SpfTerm::Qualifier::SoftFail:
                report.findings.append(finding(K::AllSoftFail, S::Info, domain, all->text, path,
                                               tr("“%1”: mail from servers not listed soft-fails; receivers usually "
                                                  "accept it but mark it, and DMARC counts it as an SPF failure.")
                                                   .arg(all->text)));
                break;
            case SpfTerm::Qualifier::Fail:
                report.findings.append(finding(K::AllFail, S::Info, domain, all->text, path,
                                               tr("“%1”: mail from servers not listed fails SPF, and receivers may "
                                                  "reject it; with DMARC, a message signed with DKIM still passes, "
                                                  "for example when it is forwarded.")
                                                   .arg(all->text)));
                break;
            }
            break;
        }
        const std::optional<SpfTerm> redirect = record.redirect();
        if (!redirect) {
            report.findings.append(finding(SpfAuditFinding::Kind::NoAll, SpfAuditFinding::Severity::Warn, domain,
                                           QString(), path,
                                           tr("The SPF record of %1 has neither “all” nor “redirect=”: servers not "
                                              "listed get neutral, as if there were no SPF. End it with “~all” or "
                                              "“-all”.")
                                               .arg(domain)));
            break;
        }
        int next = -1;
        for (int i = current + 1; i < report.nodes.size(); ++i) {
            if (report.nodes.at(i).parent == current && report.nodes.at(i).via == redirect->text) {
                next = i;
                break;
            }
        }
        current = next;
    }
    walk->done(report);
}

} // namespace Postino
