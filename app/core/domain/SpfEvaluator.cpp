#include "SpfEvaluator.h"

#include "common/Log.h"

#include <QMetaObject>

#include <optional>

namespace Postino {

struct SpfEvaluator::Run
{
    SpfQuery query;
    SpfMacroContext macros;
    int lookups = 0;
    int voids = 0;
    std::optional<QStringList> validated; // %{p}: forward-confirmed PTR names, looked up once
};

struct SpfEvaluator::Frame
{
    QString domain;
    SpfRecord record;
    QStringList path;
    QStringList chain; // the domains from the checked one to this one, lower case
};

struct SpfEvaluator::Outcome
{
    SpfResult::Code code = SpfResult::Code::None;
    QString domain;
    QString record;
    QString term;
    QStringList path;
    QString message;
    std::optional<SpfTerm> exp; // the exp= of the record whose mechanism gave a fail
    QString expDomain;
};

struct SpfEvaluator::Match
{
    enum class Kind { No, Yes, Error };
    Kind kind = Kind::No;
    Outcome detail; // Yes: where the innermost matching term is; Error: the error
};

namespace {

// RFC 7208 §4.3: a multi-label name whose labels are 1-63 octets, 253 in all.
bool isValidDomain(const QString& domain)
{
    QString name = domain;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString& label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
    }
    return true;
}

QString normalizedName(QString name)
{
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name.toLower();
}

// RFC 7208 §7.3: a domain over 253 characters loses labels on the left until it fits.
QString truncateDomain(QString name)
{
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    while (name.size() > 253) {
        const int dot = name.indexOf(QLatin1Char('.'));
        if (dot < 0)
            return name.right(253);
        name = name.mid(dot + 1);
    }
    return name;
}

SpfResult::Code codeFor(SpfTerm::Qualifier qualifier)
{
    switch (qualifier) {
    case SpfTerm::Qualifier::Pass:
        return SpfResult::Code::Pass;
    case SpfTerm::Qualifier::Fail:
        return SpfResult::Code::Fail;
    case SpfTerm::Qualifier::SoftFail:
        return SpfResult::Code::SoftFail;
    case SpfTerm::Qualifier::Neutral:
        return SpfResult::Code::Neutral;
    }
    return SpfResult::Code::Neutral;
}

QHostAddress plainAddress(const QHostAddress& address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool ok = false;
        const quint32 v4 = address.toIPv4Address(&ok);
        if (ok)
            return QHostAddress(v4);
    }
    QHostAddress copy = address;
    copy.setScopeId(QString());
    return copy;
}

} // namespace

QString SpfResult::codeName(Code code)
{
    switch (code) {
    case Code::None:
        return QStringLiteral("none");
    case Code::Neutral:
        return QStringLiteral("neutral");
    case Code::Pass:
        return QStringLiteral("pass");
    case Code::Fail:
        return QStringLiteral("fail");
    case Code::SoftFail:
        return QStringLiteral("softfail");
    case Code::TempError:
        return QStringLiteral("temperror");
    case Code::PermError:
        return QStringLiteral("permerror");
    }
    return {};
}

SpfEvaluator::SpfEvaluator(SpfLookups& lookups, QObject* parent)
    : QObject(parent)
    , m_lookups(lookups)
{ }

SpfEvaluator::~SpfEvaluator() = default;

void SpfEvaluator::checkHost(const SpfQuery& query, std::function<void(const SpfResult&)> done)
{
    auto run = std::make_shared<Run>();
    run->query = query;
    run->query.ip = plainAddress(query.ip);
    QString sender = query.sender.trimmed();
    const int at = sender.lastIndexOf(QLatin1Char('@'));
    QString local = at >= 0 ? sender.left(at) : QString();
    QString senderDomain = normalizedName(at >= 0 ? sender.mid(at + 1) : sender);
    if (local.isEmpty())
        local = QStringLiteral("postmaster");
    run->macros.sender = local + QLatin1Char('@') + senderDomain;
    run->macros.localPart = local;
    run->macros.senderDomain = senderDomain;
    run->macros.ip = run->query.ip;
    run->macros.helo = query.helo;
    run->macros.receiver = query.receiver;
    run->macros.timestamp = query.timestamp;
    const QString domain = query.domain.isEmpty() ? senderDomain : normalizedName(query.domain);

    auto deliver = [this, run, done = std::move(done)](const Outcome& outcome) {
        explain(run, outcome, [this, run, outcome, done](const QString& receiverExplanation) {
            SpfResult result;
            result.code = outcome.code;
            result.domain = outcome.domain;
            result.record = outcome.record;
            result.mechanism = outcome.term;
            result.path = outcome.path;
            result.explanation = outcome.message;
            result.receiverExplanation = receiverExplanation;
            result.dnsLookups = run->lookups;
            result.voidLookups = run->voids;
            qCDebug(lcDomain) << "SPF" << run->query.ip.toString() << run->query.domain << "->"
                              << SpfResult::codeName(result.code) << result.mechanism << result.path;
            // Never inside checkHost(), even when no look-up was needed.
            QMetaObject::invokeMethod(
                this, [done, result]() { done(result); }, Qt::QueuedConnection);
        });
    };
    checkDomain(run, domain, {}, {}, false, deliver);
}

void SpfEvaluator::checkDomain(const std::shared_ptr<Run>& run, const QString& domain, const QStringList& path,
                               const QStringList& chain, bool countVoid, OutcomeFn done)
{
    const QString name = normalizedName(domain);
    if (!isValidDomain(name)) {
        Outcome o;
        o.code = SpfResult::Code::None;
        o.domain = name;
        o.path = path;
        o.message = tr("“%1” is not a valid domain name, so it has no SPF record.").arg(domain);
        done(o);
        return;
    }
    m_lookups.txt(name, this, [this, run, name, path, chain, countVoid, done](const SpfAnswer<QStringList>& answer) {
        Outcome o;
        o.domain = name;
        o.path = path;
        if (answer.status == SpfAnswer<QStringList>::Status::TemporaryError) {
            o.code = SpfResult::Code::TempError;
            o.message = tr("The TXT look-up of %1 failed: %2").arg(name, answer.error);
            done(o);
            return;
        }
        if (answer.status == SpfAnswer<QStringList>::Status::Void && countVoid)
            ++run->voids;
        const RecordSelection selection = SpfRecord::select(answer.records);
        if (selection.outcome == RecordSelection::Outcome::None) {
            o.code = SpfResult::Code::None;
            o.message = tr("%1 has no SPF record (no TXT record starting with “v=spf1”).").arg(name);
            done(o);
            return;
        }
        if (selection.outcome == RecordSelection::Outcome::Many) {
            o.code = SpfResult::Code::PermError;
            o.message = tr("%1 publishes %2 SPF records; there must be exactly one, so receivers give up with a "
                           "permanent error.")
                            .arg(name)
                            .arg(selection.count);
            done(o);
            return;
        }
        auto frame = std::make_shared<Frame>();
        frame->domain = name;
        frame->record = SpfRecord::parse(selection.record);
        frame->path = path;
        frame->chain = chain;
        frame->chain.append(name);
        if (!frame->record.isValid()) {
            const SpfSyntaxError& error = frame->record.errors().constFirst();
            o.code = SpfResult::Code::PermError;
            o.record = selection.record;
            o.term = error.term;
            o.message = tr("The SPF record of %1 has a syntax error: %2").arg(name, error.describe());
            done(o);
            return;
        }
        evaluate(run, frame, 0, done);
    });
}

void SpfEvaluator::evaluate(const std::shared_ptr<Run>& run, const std::shared_ptr<Frame>& frame, int index,
                            OutcomeFn done)
{
    const QList<SpfTerm>& terms = frame->record.terms();
    while (index < terms.size() && terms.at(index).kind != SpfTerm::Kind::Mechanism)
        ++index;
    if (index >= terms.size()) {
        finishRecord(run, frame, std::move(done));
        return;
    }
    const SpfTerm term = terms.at(index);
    matchTerm(run, frame, term, [this, run, frame, index, term, done](const Match& match) {
        if (match.kind == Match::Kind::No) {
            evaluate(run, frame, index + 1, done);
            return;
        }
        if (match.kind == Match::Kind::Error) {
            done(match.detail);
            return;
        }
        Outcome o = match.detail;
        o.code = codeFor(term.qualifier);
        if (o.code == SpfResult::Code::Fail) {
            o.exp = frame->record.explanation();
            o.expDomain = frame->domain;
        }
        const QString ip = run->query.ip.toString();
        if (o.path.size() > frame->path.size()) {
            o.message = tr("%1 matched “%2” in the SPF record of %3, reached through %4; “%5” gives %6.")
                            .arg(ip, o.term, o.domain, o.path.mid(frame->path.size()).join(QStringLiteral(" → ")),
                                 term.text, SpfResult::codeName(o.code));
        } else {
            o.message = tr("%1 matched “%2” in the SPF record of %3: %4.")
                            .arg(ip, o.term, o.domain, SpfResult::codeName(o.code));
        }
        done(o);
    });
}

void SpfEvaluator::finishRecord(const std::shared_ptr<Run>& run, const std::shared_ptr<Frame>& frame, OutcomeFn done)
{
    const std::optional<SpfTerm> redirect = frame->record.redirect();
    // RFC 7208 §6.1: a redirect is ignored when the record has an "all" anywhere; none is reached then.
    if (!redirect || frame->record.allMechanism()) {
        Outcome o;
        o.code = SpfResult::Code::Neutral;
        o.domain = frame->domain;
        o.record = frame->record.text();
        o.path = frame->path;
        o.message = tr("No mechanism in the SPF record of %1 matched %2, and it has neither “all” nor “redirect=”: "
                       "the result is neutral.")
                        .arg(frame->domain, run->query.ip.toString());
        done(o);
        return;
    }
    const SpfTerm term = *redirect;
    if (++run->lookups > kMaxDnsLookups) {
        Outcome o;
        o.code = SpfResult::Code::PermError;
        o.domain = frame->domain;
        o.record = frame->record.text();
        o.term = term.text;
        o.path = frame->path;
        o.message = tr("More than %1 DNS look-ups are needed (include, a, mx, ptr, exists, redirect): receivers give "
                       "up with a permanent error at “%2” in the SPF record of %3.")
                        .arg(kMaxDnsLookups)
                        .arg(term.text, frame->domain);
        done(o);
        return;
    }
    expandTarget(run, frame, term.value, [this, run, frame, term, done](const QString& target) {
        if (frame->chain.contains(target)) {
            Outcome o;
            o.code = SpfResult::Code::PermError;
            o.domain = frame->domain;
            o.record = frame->record.text();
            o.term = term.text;
            o.path = frame->path;
            o.message = tr("“%1” in the SPF record of %2 leads back to %3: a loop, a permanent error.")
                            .arg(term.text, frame->domain, target);
            done(o);
            return;
        }
        QStringList path = frame->path;
        path.append(term.text);
        checkDomain(run, target, path, frame->chain, true, [frame, term, target, done](const Outcome& inner) {
            if (inner.code == SpfResult::Code::None) {
                Outcome o = inner;
                o.code = SpfResult::Code::PermError;
                o.term = term.text;
                o.message = tr("“%1” in the SPF record of %2 points to %3, which has no SPF record: a permanent "
                               "error.")
                                .arg(term.text, frame->domain, target);
                done(o);
                return;
            }
            done(inner);
        });
    });
}

void SpfEvaluator::matchTerm(const std::shared_ptr<Run>& run, const std::shared_ptr<Frame>& frame, const SpfTerm& term,
                             MatchFn done)
{
    Match yes;
    yes.kind = Match::Kind::Yes;
    yes.detail.domain = frame->domain;
    yes.detail.record = frame->record.text();
    yes.detail.term = term.text;
    yes.detail.path = frame->path;
    const QHostAddress& ip = run->query.ip;
    const bool v6 = ip.protocol() == QAbstractSocket::IPv6Protocol;

    switch (term.mechanism) {
    case SpfTerm::Mechanism::All:
        done(yes);
        return;
    case SpfTerm::Mechanism::Ip4:
        if (!v6 && ip.isInSubnet(term.network, term.ip4Prefix < 0 ? 32 : term.ip4Prefix))
            done(yes);
        else
            done(Match());
        return;
    case SpfTerm::Mechanism::Ip6:
        if (v6 && ip.isInSubnet(term.network, term.ip6Prefix < 0 ? 128 : term.ip6Prefix))
            done(yes);
        else
            done(Match());
        return;
    default:
        break;
    }

    if (++run->lookups > kMaxDnsLookups) {
        Match error;
        error.kind = Match::Kind::Error;
        error.detail = yes.detail;
        error.detail.code = SpfResult::Code::PermError;
        error.detail.message =
            tr("More than %1 DNS look-ups are needed (include, a, mx, ptr, exists, redirect): receivers give up "
               "with a permanent error at “%2” in the SPF record of %3.")
                .arg(kMaxDnsLookups)
                .arg(term.text, frame->domain);
        done(error);
        return;
    }
    expandTarget(run, frame, term.domainSpec, [this, run, frame, term, done](const QString& target) {
        if (!isValidDomain(target)) {
            Match error;
            error.kind = Match::Kind::Error;
            error.detail.domain = frame->domain;
            error.detail.record = frame->record.text();
            error.detail.term = term.text;
            error.detail.path = frame->path;
            error.detail.code = SpfResult::Code::PermError;
            error.detail.message = tr("“%1” in the SPF record of %2 names “%3”, which is not a valid domain name: a "
                                      "permanent error.")
                                       .arg(term.text, frame->domain, target);
            done(error);
            return;
        }
        switch (term.mechanism) {
        case SpfTerm::Mechanism::Include:
            matchInclude(run, frame, term, target, done);
            return;
        case SpfTerm::Mechanism::Mx:
            matchMx(run, frame, term, target, done);
            return;
        case SpfTerm::Mechanism::Ptr:
            matchPtr(run, frame, term, target, done);
            return;
        default:
            matchAddresses(run, frame, term, target, done);
            return;
        }
    });
}

namespace {

// The words for a void look-up over the limit, shared by every term that can make one.
QString tooManyVoids(const SpfTerm& term, const QString& domain)
{
    return SpfEvaluator::tr("More than %1 DNS look-ups found nothing (the last at “%2” in the SPF record of %3): "
                            "receivers give up with a permanent error.")
        .arg(SpfEvaluator::kMaxVoidLookups)
        .arg(term.text, domain);
}

} // namespace

void SpfEvaluator::matchAddresses(const std::shared_ptr<Run>& run, const std::shared_ptr<Frame>& frame,
                                  const SpfTerm& term, const QString& target, MatchFn done)
{
    // a: the family of the client's address; exists: always A (RFC 7208 §5.7).
    const bool exists = term.mechanism == SpfTerm::Mechanism::Exists;
    const bool v6 = !exists && run->query.ip.protocol() == QAbstractSocket::IPv6Protocol;
    m_lookups.addresses(target, v6, this, [run, frame, term, target, v6, exists, done](const auto& answer) {
        Match m;
        m.detail.domain = frame->domain;
        m.detail.record = frame->record.text();
        m.detail.term = term.text;
        m.detail.path = frame->path;
        if (answer.status == SpfAnswer<QHostAddress>::Status::TemporaryError) {
            m.kind = Match::Kind::Error;
            m.detail.code = SpfResult::Code::TempError;
            m.detail.message =
                tr("The %1 look-up of %2 for “%3” failed: %4")
                    .arg(v6 ? QStringLiteral("AAAA") : QStringLiteral("A"), target, term.text, answer.error);
            done(m);
            return;
        }
        if (answer.status == SpfAnswer<QHostAddress>::Status::Void) {
            if (++run->voids > kMaxVoidLookups) {
                m.kind = Match::Kind::Error;
                m.detail.code = SpfResult::Code::PermError;
                m.detail.message = tooManyVoids(term, frame->domain);
            }
            done(m);
            return;
        }
        if (exists) {
            m.kind = Match::Kind::Yes;
            done(m);
            return;
        }
        const int prefix =
            v6 ? (term.ip6Prefix < 0 ? 128 : term.ip6Prefix) : (term.ip4Prefix < 0 ? 32 : term.ip4Prefix);
        for (const QHostAddress& address : answer.records) {
            if (run->query.ip.isInSubnet(address, prefix)) {
                m.kind = Match::Kind::Yes;
                break;
            }
        }
        done(m);
    });
}

void SpfEvaluator::matchMx(const std::shared_ptr<Run>& run, const std::shared_ptr<Frame>& frame, const SpfTerm& term,
                           const QString& target, MatchFn done)
{
    m_lookups.mx(target, this, [this, run, frame, term, target, done](const SpfAnswer<QString>& answer) {
        Match m;
        m.detail.domain = frame->domain;
        m.detail.record = frame->record.text();
        m.detail.term = term.text;
        m.detail.path = frame->path;
        if (answer.status == SpfAnswer<QString>::Status::TemporaryError) {
            m.kind = Match::Kind::Error;
            m.detail.code = SpfResult::Code::TempError;
            m.detail.message = tr("The MX look-up of %1 for “%2” failed: %3").arg(target, term.text, answer.error);
            done(m);
            return;
        }
        QStringList hosts;
        for (const QString& exchange : answer.records) {
            const QString host = normalizedName(exchange);
            if (!host.isEmpty()) // a null MX (RFC 7505) has no addresses
                hosts.append(host);
        }
        if (answer.status == SpfAnswer<QString>::Status::Void) {
            if (++run->voids > kMaxVoidLookups) {
                m.kind = Match::Kind::Error;
                m.detail.code = SpfResult::Code::PermError;
                m.detail.message = tooManyVoids(term, frame->domain);
            }
            done(m);
            return;
        }
        const bool tooMany = hosts.size() > kMaxNamesPerLookup;
        hosts = hosts.mid(0, kMaxNamesPerLookup);
        if (hosts.isEmpty()) {
            done(m);
            return;
        }
        const bool v6 = run->query.ip.protocol() == QAbstractSocket::IPv6Protocol;
        struct Collect
        {
            QList<std::optional<SpfAnswer<QHostAddress>>> answers;
            int pending = 0;
        };
        auto collect = std::make_shared<Collect>();
        collect->answers.resize(hosts.size());
        collect->pending = hosts.size();
        for (int i = 0; i < hosts.size(); ++i) {
            m_lookups.addresses(
                hosts.at(i), v6, this,
                [run, frame, term, target, hosts, tooMany, v6, collect, i, m, done](const SpfAnswer<QHostAddress>& a) {
                    collect->answers[i] = a;
                    if (--collect->pending > 0)
                        return;
                    Match result = m;
                    const int prefix =
                        v6 ? (term.ip6Prefix < 0 ? 128 : term.ip6Prefix) : (term.ip4Prefix < 0 ? 32 : term.ip4Prefix);
                    for (int j = 0; j < hosts.size(); ++j) {
                        const SpfAnswer<QHostAddress>& host = *collect->answers.at(j);
                        if (host.status == SpfAnswer<QHostAddress>::Status::TemporaryError) {
                            result.kind = Match::Kind::Error;
                            result.detail.code = SpfResult::Code::TempError;
                            result.detail.message = tr("The address look-up of %1, an MX host of %2, failed: %3")
                                                        .arg(hosts.at(j), target, host.error);
                            done(result);
                            return;
                        }
                        for (const QHostAddress& address : host.records) {
                            if (run->query.ip.isInSubnet(address, prefix)) {
                                result.kind = Match::Kind::Yes;
                                done(result);
                                return;
                            }
                        }
                    }
                    if (tooMany) {
                        result.kind = Match::Kind::Error;
                        result.detail.code = SpfResult::Code::PermError;
                        result.detail.message =
                            tr("%1 has more than %2 MX hosts: receivers look up only %2 for “%3” in the SPF record "
                               "of %4, a permanent error.")
                                .arg(target)
                                .arg(kMaxNamesPerLookup)
                                .arg(term.text, frame->domain);
                    }
                    done(result);
                });
        }
    });
}

void SpfEvaluator::validatedNames(const std::shared_ptr<Run>& run,
                                  std::function<void(const QStringList& names, bool voidLookup)> done)
{
    m_lookups.ptr(run->query.ip, this, [this, run, done](const SpfAnswer<QString>& answer) {
        if (answer.status != SpfAnswer<QString>::Status::Found) {
            // RFC 7208 §5.5: a PTR look-up that fails or finds nothing just does not match.
            done({}, answer.status == SpfAnswer<QString>::Status::Void);
            return;
        }
        QStringList names;
        for (const QString& name : answer.records) {
            const QString n = normalizedName(name);
            if (!n.isEmpty() && !names.contains(n))
                names.append(n);
        }
        names = names.mid(0, kMaxNamesPerLookup); // the rest are ignored (§4.6.4)
        if (names.isEmpty()) {
            done({}, false);
            return;
        }
        const bool v6 = run->query.ip.protocol() == QAbstractSocket::IPv6Protocol;
        struct Collect
        {
            QList<bool> confirmed;
            int pending = 0;
        };
        auto collect = std::make_shared<Collect>();
        collect->confirmed.fill(false, names.size());
        collect->pending = names.size();
        for (int i = 0; i < names.size(); ++i) {
            m_lookups.addresses(names.at(i), v6, this,
                                [run, names, collect, i, done](const SpfAnswer<QHostAddress>& a) {
                                    for (const QHostAddress& address : a.records) {
                                        if (address == run->query.ip)
                                            collect->confirmed[i] = true;
                                    }
                                    if (--collect->pending > 0)
                                        return;
                                    QStringList validated;
                                    for (int j = 0; j < names.size(); ++j) {
                                        if (collect->confirmed.at(j))
                                            validated.append(names.at(j));
                                    }
                                    done(validated, false);
                                });
        }
    });
}

void SpfEvaluator::matchPtr(const std::shared_ptr<Run>& run, const std::shared_ptr<Frame>& frame, const SpfTerm& term,
                            const QString& target, MatchFn done)
{
    validatedNames(run, [run, frame, term, target, done](const QStringList& names, bool voidLookup) {
        Match m;
        m.detail.domain = frame->domain;
        m.detail.record = frame->record.text();
        m.detail.term = term.text;
        m.detail.path = frame->path;
        if (voidLookup && ++run->voids > kMaxVoidLookups) {
            m.kind = Match::Kind::Error;
            m.detail.code = SpfResult::Code::PermError;
            m.detail.message = tooManyVoids(term, frame->domain);
            done(m);
            return;
        }
        for (const QString& name : names) {
            if (name == target || name.endsWith(QLatin1Char('.') + target)) {
                m.kind = Match::Kind::Yes;
                break;
            }
        }
        done(m);
    });
}

void SpfEvaluator::matchInclude(const std::shared_ptr<Run>& run, const std::shared_ptr<Frame>& frame,
                                const SpfTerm& term, const QString& target, MatchFn done)
{
    Match m;
    m.detail.domain = frame->domain;
    m.detail.record = frame->record.text();
    m.detail.term = term.text;
    m.detail.path = frame->path;
    if (frame->chain.contains(target)) {
        m.kind = Match::Kind::Error;
        m.detail.code = SpfResult::Code::PermError;
        m.detail.message = tr("“%1” in the SPF record of %2 leads back to %3: a loop, a permanent error.")
                               .arg(term.text, frame->domain, target);
        done(m);
        return;
    }
    QStringList path = frame->path;
    path.append(term.text);
    checkDomain(run, target, path, frame->chain, true, [frame, term, target, m, done](const Outcome& inner) {
        Match result = m;
        switch (inner.code) {
        case SpfResult::Code::Pass:
            // RFC 7208 §5.2: the included record's pass is a match; where it matched is what the report names.
            result.kind = Match::Kind::Yes;
            result.detail = inner;
            result.detail.exp.reset();
            break;
        case SpfResult::Code::Fail:
        case SpfResult::Code::SoftFail:
        case SpfResult::Code::Neutral:
            break;
        case SpfResult::Code::TempError:
        case SpfResult::Code::PermError:
            result.kind = Match::Kind::Error;
            result.detail = inner;
            result.detail.exp.reset();
            break;
        case SpfResult::Code::None:
            result.kind = Match::Kind::Error;
            result.detail.code = SpfResult::Code::PermError;
            result.detail.message =
                tr("“%1” in the SPF record of %2 points to %3, which has no SPF record: a permanent error.")
                    .arg(term.text, frame->domain, target);
            break;
        }
        done(result);
    });
}

void SpfEvaluator::expandTarget(const std::shared_ptr<Run>& run, const std::shared_ptr<Frame>& frame,
                                const SpfMacroString& spec, std::function<void(const QString&)> done)
{
    auto expand = [run, frame, spec, done]() {
        SpfMacroContext context = run->macros;
        context.domain = frame->domain;
        context.validatedName = QStringLiteral("unknown");
        if (run->validated) {
            // RFC 7208 §7.3: the domain itself, else a subdomain of it, else any validated name.
            QString chosen;
            for (const QString& name : *run->validated) {
                if (name == frame->domain) {
                    chosen = name;
                    break;
                }
                if (chosen.isEmpty() && name.endsWith(QLatin1Char('.') + frame->domain))
                    chosen = name;
            }
            if (chosen.isEmpty() && !run->validated->isEmpty())
                chosen = run->validated->constFirst();
            if (!chosen.isEmpty())
                context.validatedName = chosen;
        }
        // No domain-spec (a, mx, ptr): the current domain.
        done(spec.isEmpty() ? frame->domain : normalizedName(truncateDomain(spec.expand(context))));
    };
    if (spec.usesLetter(QLatin1Char('p')) && !run->validated) {
        validatedNames(run, [run, expand](const QStringList& names, bool) {
            run->validated = names;
            expand();
        });
        return;
    }
    expand();
}

void SpfEvaluator::explain(const std::shared_ptr<Run>& run, const Outcome& outcome,
                           std::function<void(const QString&)> done)
{
    if (outcome.code != SpfResult::Code::Fail || !outcome.exp) {
        done(QString());
        return;
    }
    auto frame = std::make_shared<Frame>();
    frame->domain = outcome.expDomain;
    const SpfTerm exp = *outcome.exp;
    expandTarget(run, frame, exp.value, [this, run, frame, done](const QString& target) {
        if (!isValidDomain(target)) {
            done(QString());
            return;
        }
        m_lookups.txt(target, this, [run, frame, done](const SpfAnswer<QStringList>& answer) {
            // RFC 7208 §6.2: anything but exactly one TXT record, or a text that is not a valid
            // explain-string, means no explanation.
            if (answer.status != SpfAnswer<QStringList>::Status::Found || answer.records.size() != 1) {
                done(QString());
                return;
            }
            std::optional<SpfMacroError> error;
            const SpfMacroString text = SpfMacroString::parse(answer.records.constFirst().join(QString()),
                                                              SpfMacroString::Use::Explanation, &error);
            if (error) {
                done(QString());
                return;
            }
            SpfMacroContext context = run->macros;
            context.domain = frame->domain;
            context.validatedName =
                run->validated && !run->validated->isEmpty() ? run->validated->constFirst() : QStringLiteral("unknown");
            done(text.expand(context));
        });
    });
}

} // namespace Postino
