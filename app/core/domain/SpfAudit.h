#pragma once

#include "domain/SpfLookups.h"
#include "domain/SpfRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Postino {

// One thing the audit noticed in a domain's SPF records.
struct SpfAuditFinding
{
    enum class Kind {
        NoRecord, // the domain has no SPF record
        MultipleRecords, // more than one: a permerror
        SyntaxError, // a record does not parse: a permerror
        LookupFailed, // a look-up gave no answer (temporary); the audit could not see everything
        TooManyLookups, // over 10 DNS look-ups: a permerror
        TooManyVoidLookups, // over 2 look-ups finding nothing: a permerror
        VoidLookup, // a term whose look-up finds nothing
        AllPass, // "+all" (or "all"): anyone passes; also an included record's, through a "+include"
        AllNeutral, // "?all": unlisted servers are neutral, as without SPF
        AllSoftFail, // "~all", explained
        AllFail, // "-all", explained
        NoAll, // neither "all" nor "redirect=": unlisted servers are neutral
        PtrMechanism, // "ptr": deprecated (RFC 7208 §5.5)
        IncludeWithoutRecord, // include:/redirect= to a domain without an SPF record: a permerror
        Loop, // include:/redirect= back to a domain on its own path: a permerror
        TooManyMxHosts, // mx with more than 10 hosts: a permerror when an 11th is needed
        MacroTarget, // a target with macros, which depends on the sender and cannot be followed here
        RedirectIgnored, // redirect= beside an "all": never used
        TermsAfterAll, // mechanisms after "all": never evaluated
        WalkStopped, // too many records to follow: the audit stopped descending
    };
    enum class Severity { Fail, Warn, Info };

    Kind kind = Kind::NoRecord;
    Severity severity = Severity::Info;
    QString domain; // the record the finding is about
    QString term; // the term, when one is meant
    QStringList path; // include:/redirect= terms from the audited domain's record to that record
    QString message; // translated, for a person
};

// One record the walk visited, in walk order; parent is an index into SpfAuditReport::nodes.
struct SpfAuditNode
{
    QString domain;
    QString via; // the include:/redirect= term that led here; empty for the audited domain
    QString record;
    int parent = -1;
    int depth = 0;
    int ownLookups = 0; // the look-up terms in this record
    int totalLookups = 0; // with every record below it
};

struct SpfAuditReport
{
    QString domain;
    QString record; // the audited domain's SPF record; empty without exactly one
    RecordSelection::Outcome selection = RecordSelection::Outcome::None;
    int dnsLookups = 0; // as an evaluation that matched nothing would count them
    int voidLookups = 0;
    QStringList limitPath; // where the 11th look-up happens: include:/redirect= terms, then the term
    QList<SpfAuditNode> nodes;
    QList<SpfAuditFinding> findings;

    [[nodiscard]] bool hasFailure() const;
    [[nodiscard]] QList<SpfAuditFinding> findingsOf(SpfAuditFinding::Kind kind) const;
    // "13 of 10 DNS look-ups, over the limit at include:a.example → include:b.example → mx", translated.
    [[nodiscard]] QString lookupSummary() const;
    // Where most look-ups come from: from the audited record, each time the include:/redirect= whose
    // records make the most look-ups (the first of equals), e.g. {"include:a.example", "include:b.example"}.
    [[nodiscard]] QStringList heaviestPath() const;
};

// Walks a domain's whole SPF record tree without a client address (RFC 7208 §4.6.4's limits as an
// evaluation that matches nothing would meet them): every include and redirect followed in evaluation
// order, each a/mx/exists target looked up for void look-ups (a: A and AAAA, void when both are empty),
// terms with macros not followed. Look-ups run one at a time, in the order an evaluation would make
// them; at most kMaxRecords records are read. The callback runs on this object's thread, never inside
// audit(), and not after it is destroyed.
class SpfAudit : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRecords = 40;

    explicit SpfAudit(SpfLookups& lookups, QObject* parent = nullptr);
    ~SpfAudit() override;

    void audit(const QString& domain, std::function<void(const SpfAuditReport&)> done);

private:
    struct Walk;
    void visit(const std::shared_ptr<Walk>& walk, const QString& domain, const SpfTerm* via, const QStringList& path,
               const QStringList& chain, int parent, std::function<void()> next);
    void walkTerms(const std::shared_ptr<Walk>& walk, int node, int index, std::function<void()> next);
    void walkRedirect(const std::shared_ptr<Walk>& walk, int node, std::function<void()> next);
    void countLookup(const std::shared_ptr<Walk>& walk, int node, const SpfTerm& term);
    void countVoid(const std::shared_ptr<Walk>& walk, int node, const SpfTerm& term, const QString& what);
    void finish(const std::shared_ptr<Walk>& walk);

    SpfLookups& m_lookups;
};

} // namespace Postino
