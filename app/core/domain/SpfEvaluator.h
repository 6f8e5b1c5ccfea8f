#pragma once

#include "domain/SpfLookups.h"
#include "domain/SpfRecord.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Postino {

// What check_host() is asked (RFC 7208 §4.1).
struct SpfQuery
{
    QHostAddress ip; // the SMTP client's address (an IPv4-mapped IPv6 address counts as IPv4)
    QString domain; // the domain whose record is checked; empty: the sender's domain
    QString sender; // MAIL FROM ("local@domain"), or the HELO name for the HELO identity
    QString helo; // %{h}
    QString receiver; // %{r} in explanations; empty: "unknown"
    qint64 timestamp = 0; // %{t} in explanations
};

// The answer of check_host() (RFC 7208 §2.6), with what decided it.
struct SpfResult
{
    enum class Code { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };

    Code code = Code::None;
    QString domain; // the domain whose record holds `mechanism` (or where the error is)
    QString record; // that record's text
    QString mechanism; // the term that matched ("ip4:192.0.2.0/24"), or the one in error; empty for a default
    QStringList path; // the include:/redirect= terms from the checked domain's record to that record
    QString explanation; // translated: what happened, for the person reading the report
    QString receiverExplanation; // fail only: the domain's own exp= text, expanded (RFC 7208 §6.2)
    int dnsLookups = 0; // the terms that caused DNS look-ups (limit 10)
    int voidLookups = 0; // the look-ups that found nothing (limit 2)

    [[nodiscard]] static QString codeName(Code code); // "pass", "fail", ... as RFC 7208 spells them
};

// check_host() of RFC 7208 §4-§6 over SpfLookups, asynchronous. Several checks may run at once; the
// callbacks run on this object's thread, never inside checkHost(), and not after it is destroyed.
//
// Limits (§4.6.4): at most 10 terms that cause DNS look-ups (include, a, mx, ptr, exists, redirect),
// counted across every included and redirected record; at most 2 void look-ups; at most 10 MX hosts
// per mx (an 11th that would be needed is a permerror); the first 10 PTR names per ptr and %{p}.
// An include or redirect that leads back to a domain already on its path is a permerror (a loop).
// The %{p} macro and ptr do the PTR look-up and forward confirmation of RFC 7208 §5.5. There is no
// clock here: the time a check takes is bounded by the look-ups' own timeouts (SpfLookups) times the
// limits above; a caller with a deadline destroys the evaluator, and no callback comes after that.
class SpfEvaluator : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxDnsLookups = 10;
    static constexpr int kMaxVoidLookups = 2;
    static constexpr int kMaxNamesPerLookup = 10;

    explicit SpfEvaluator(SpfLookups& lookups, QObject* parent = nullptr);
    ~SpfEvaluator() override;

    void checkHost(const SpfQuery& query, std::function<void(const SpfResult&)> done);

private:
    struct Run;
    struct Frame;
    struct Outcome;
    struct Match;
    using OutcomeFn = std::function<void(const Outcome&)>;
    using MatchFn = std::function<void(const Match&)>;

    void checkDomain(const std::shared_ptr<Run>& run, const QString& domain, const QStringList& path,
                     const QStringList& chain, bool countVoid, OutcomeFn done);
    void evaluate(const std::shared_ptr<Run>& run, const std::shared_ptr<Frame>& frame, int index, OutcomeFn done);
    void finishRecord(const std::shared_ptr<Run>& run, const std::shared_ptr<Frame>& frame, OutcomeFn done);
    void matchTerm(const std::shared_ptr<Run>& run, const std::shared_ptr<Frame>& frame, const SpfTerm& term,
                   MatchFn done);
    void matchAddresses(const std::shared_ptr<Run>& run, const std::shared_ptr<Frame>& frame, const SpfTerm& term,
                        const QString& target, MatchFn done);
    void matchMx(const std::shared_ptr<Run>& run, const std::shared_ptr<Frame>& frame, const SpfTerm& term,
                 const QString& target, MatchFn done);
    void matchPtr(const std::shared_ptr<Run>& run, const std::shared_ptr<Frame>& frame, const SpfTerm& term,
                  const QString& target, MatchFn done);
    void matchInclude(const std::shared_ptr<Run>& run, const std::shared_ptr<Frame>& frame, const SpfTerm& term,
                      const QString& target, MatchFn done);
    void validatedNames(const std::shared_ptr<Run>& run,
                        std::function<void(const QStringList& names, bool voidLookup)> done);
    void expandTarget(const std::shared_ptr<Run>& run, const std::shared_ptr<Frame>& frame, const SpfMacroString& spec,
                      std::function<void(const QString&)> done);
    void explain(const std::shared_ptr<Run>& run, const Outcome& outcome, std::function<void(const QString&)> done);

    SpfLookups& m_lookups;
};

} // namespace Postino
