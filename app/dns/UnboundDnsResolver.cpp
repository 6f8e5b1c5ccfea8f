#include "UnboundDnsResolver.h"

#include "common/Clock.h"
#include "common/Log.h"
#include "discovery/DnsWire.h"

#include <QFileInfo>
#include <QSocketNotifier>

#include <unbound.h>

#include <vector>

namespace Postino {

namespace {

constexpr int DnskeyType = 48;
constexpr int ClassIn = 1;

// unbound's built-in local zones that would answer instead of the name server asked (RFC 6761 and 6303
// names; the private reverse zones go with unblock-lan-zones). Made transparent: asked like any other.
const char* const forwardedLocalZones[] = {
    "localhost. transparent",
    "127.in-addr.arpa. transparent",
    "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.ip6.arpa. transparent",
    "home.arpa. transparent",
    "test. transparent",
    "invalid. transparent",
};

QString withoutDot(QString name)
{
    if (name.endsWith(QLatin1Char('.')) && name.size() > 1)
        name.chop(1);
    return name;
}

} // namespace

QStringList UnboundDnsOptions::defaultTrustAnchorFiles()
{
    return {QStringLiteral("/usr/share/dns/root.key"), QStringLiteral("/var/lib/unbound/root.key")};
}

struct UnboundDnsResolver::Query
{
    UnboundDnsResolver* owner = nullptr;
    quint64 id = 0;
    QByteArray name; // as sent
    QString displayName; // as asked, for messages
    quint16 type = 0;
    QPointer<QObject> context;
    RawDone done;
    ClockTimer* timer = nullptr;
    int asyncId = 0;
    bool inUnbound = false; // libunbound holds it: its callback is still to come
    bool answered = false; // done has been called for (a timeout); only libunbound's last word is awaited
    bool isCheck = false; // the root DNSKEY check, not a caller's look-up
};

UnboundDnsResolver::UnboundDnsResolver(UnboundDnsOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(Clock::orSystem(m_options.clock))
{
    for (const QString& file : std::as_const(m_options.trustAnchorFiles)) {
        if (QFileInfo(file).isReadable()) {
            m_anchorFile = file;
            break;
        }
    }
}

UnboundDnsResolver::~UnboundDnsResolver()
{
    delete m_notifier;
    if (m_ctx)
        ub_ctx_delete(m_ctx); // cancels what is still under way; no callback runs
    m_queries.clear();
}

DnsOutcome UnboundDnsResolver::outcomeOf(int rcode, bool haveData, bool nxDomain)
{
    if (rcode == 3 || nxDomain)
        return DnsOutcome::NxDomain;
    if (rcode != 0)
        return DnsOutcome::ServerFailure;
    return haveData ? DnsOutcome::Records : DnsOutcome::NoData;
}

DnssecStatus UnboundDnsResolver::statusOf(DnssecMode mode, bool secure, bool bogus)
{
    switch (mode) {
    case DnssecMode::Validating:
        if (secure)
            return DnssecStatus::Secure;
        return bogus ? DnssecStatus::Bogus : DnssecStatus::Insecure;
    case DnssecMode::UpstreamWithoutDnssec:
        return DnssecStatus::Insecure;
    case DnssecMode::Unknown:
    case DnssecMode::NoTrustAnchor:
        break;
    }
    return DnssecStatus::Indeterminate;
}

QString UnboundDnsResolver::where() const
{
    return m_options.server.isNull() ? tr("the system's name servers") : m_options.server.toString();
}

ub_ctx* UnboundDnsResolver::makeContext(bool withAnchor, QString* error) const
{
    ub_ctx* ctx = ub_ctx_create();
    if (!ctx) {
        *error = tr("The DNS resolver could not start (libunbound made no context).");
        return nullptr;
    }
    auto fail = [ctx, error](const QString& what, int code) {
        *error = tr("The DNS resolver could not start: %1 (%2).").arg(what, QString::fromUtf8(ub_strerror(code)));
        ub_ctx_delete(ctx);
        return nullptr;
    };
    // The name servers asked are often on loopback (127.0.0.53, a test's dnsmasq); unbound skips them
    // unless told. Its own local zones would answer for names the name server asked may serve.
    int code = ub_ctx_set_option(ctx, "do-not-query-localhost:", "no");
    if (code == 0)
        code = ub_ctx_set_option(ctx, "unblock-lan-zones:", "yes");
    for (const char* zone : forwardedLocalZones) {
        if (code == 0)
            code = ub_ctx_set_option(ctx, "local-zone:", zone);
    }
    if (code != 0)
        return fail(tr("an option was refused"), code);
    if (!m_options.server.isNull()) {
        const QByteArray forwarder =
            m_options.server.address.toString().toLatin1() + '@' + QByteArray::number(m_options.server.port);
        if ((code = ub_ctx_set_fwd(ctx, forwarder.constData())) != 0)
            return fail(tr("the name server %1 was refused").arg(m_options.server.toString()), code);
    } else {
        const QByteArray file = QFile::encodeName(m_options.resolvConf);
        if ((code = ub_ctx_resolvconf(ctx, file.isEmpty() ? nullptr : file.constData())) != 0) {
            // No name server there: libunbound resolves from the root servers itself.
            qCDebug(lcDiscovery) << "DNS: no name servers from" << (file.isEmpty() ? "/etc/resolv.conf" : file)
                                 << ub_strerror(code);
        }
    }
    if (withAnchor && (code = ub_ctx_add_ta_file(ctx, QFile::encodeName(m_anchorFile).constData())) != 0)
        return fail(tr("the trust anchor %1 could not be read").arg(m_anchorFile), code);
    if ((code = ub_ctx_async(ctx, 1)) != 0)
        return fail(tr("no background thread"), code);
    return ctx;
}

void UnboundDnsResolver::watch(ub_ctx* ctx)
{
    m_notifier = new QSocketNotifier(static_cast<qintptr>(ub_fd(ctx)), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnboundDnsResolver::onReadable);
}

void UnboundDnsResolver::startEngine()
{
    m_started = true;
    QString error;
    if (m_anchorFile.isEmpty()) {
        m_mode = DnssecMode::NoTrustAnchor;
        qCDebug(lcDiscovery) << "DNS: no trust anchor file; answers are not validated";
        m_ctx = makeContext(false, &error);
    } else {
        m_ctx = makeContext(true, &error);
    }
    if (!m_ctx) {
        m_startError = error;
        qCWarning(lcDiscovery) << "DNS:" << error;
        return;
    }
    watch(m_ctx);
    if (m_anchorFile.isEmpty())
        return;

    // Do the name servers hand out the root's signed keys? Until that is known, look-ups wait.
    m_checking = true;
    auto check = std::make_unique<Query>();
    check->owner = this;
    check->id = m_nextId++;
    check->name = QByteArrayLiteral(".");
    check->displayName = QStringLiteral(".");
    check->type = DnskeyType;
    check->context = this;
    check->isCheck = true;
    check->done = [this](const RawAnswer& answer) { finishCheck(answer.dnssec == DnssecStatus::Secure); };
    check->timer = new ClockTimer(m_clock, this);
    const quint64 id = check->id;
    connect(check->timer, &ClockTimer::timeout, this, [this, id] { onTimeout(id); });
    check->timer->start(m_options.timeoutMs);
    Query* raw = check.get();
    m_checkId = id;
    m_queries.emplace(id, std::move(check));
    submit(raw);
}

void UnboundDnsResolver::finishCheck(bool secure)
{
    m_checking = false;
    if (secure) {
        m_mode = DnssecMode::Validating;
    } else {
        // Validation against these name servers could only ever say "bogus": ask without the anchor.
        m_mode = DnssecMode::UpstreamWithoutDnssec;
        qCDebug(lcDiscovery) << "DNS:" << where() << "does not carry DNSSEC; answers are insecure";
        delete m_notifier;
        m_notifier = nullptr;
        ub_ctx_delete(m_ctx);
        m_ctx = nullptr;
        for (auto it = m_queries.begin(); it != m_queries.end();) {
            if (it->second->inUnbound) // only the check can be: its context is gone, and its callback too
                it = m_queries.erase(it);
            else
                ++it;
        }
        QString error;
        m_ctx = makeContext(false, &error);
        if (m_ctx)
            watch(m_ctx);
        else
            m_startError = error;
    }
    std::vector<Query*> waiting;
    for (const auto& entry : m_queries) {
        if (!entry.second->inUnbound && !entry.second->answered)
            waiting.push_back(entry.second.get());
    }
    for (Query* query : waiting) {
        if (m_startError.isEmpty()) {
            submit(query);
        } else {
            RawAnswer failed;
            failed.error = m_startError;
            finish(query, failed);
        }
    }
}

void UnboundDnsResolver::resolve(const QString& name, quint16 type, QObject* context, RawDone done)
{
    auto query = std::make_unique<Query>();
    query->owner = this;
    query->id = m_nextId++;
    query->displayName = name;
    query->type = type;
    query->context = context;
    query->done = std::move(done);
    const quint64 id = query->id;
    Query* raw = query.get();
    m_queries.emplace(id, std::move(query));

    const std::optional<QByteArray> ascii = DnsWire::queryName(name);
    if (!ascii) {
        RawAnswer failed;
        failed.error = tr("\"%1\" is not a domain name that can be looked up.").arg(name);
        finish(raw, failed);
        return;
    }
    raw->name = *ascii;
    raw->timer = new ClockTimer(m_clock, this);
    connect(raw->timer, &ClockTimer::timeout, this, [this, id] { onTimeout(id); });
    raw->timer->start(m_options.timeoutMs);

    if (!m_started)
        startEngine();
    if (!m_startError.isEmpty()) {
        RawAnswer failed;
        failed.error = m_startError;
        finish(raw, failed);
    } else if (!m_checking) {
        submit(raw);
    } // else it goes out when the check is done
}

void UnboundDnsResolver::submit(Query* query)
{
    const int code = ub_resolve_async(m_ctx, query->name.constData(), query->type, ClassIn, query,
                                      &UnboundDnsResolver::onResult, &query->asyncId);
    if (code == 0) {
        query->inUnbound = true;
        return;
    }
    RawAnswer failed;
    failed.error = tr("The DNS look-up of %1 (%2) could not start: %3.")
                       .arg(query->displayName, DnsWire::typeName(query->type), QString::fromUtf8(ub_strerror(code)));
    finish(query, failed);
}

void UnboundDnsResolver::onReadable()
{
    if (!m_ctx)
        return;
    if (const int code = ub_process(m_ctx); code != 0)
        qCWarning(lcDiscovery) << "DNS: ub_process failed:" << ub_strerror(code);
}

void UnboundDnsResolver::onResult(void* data, int err, ub_result* result)
{
    auto* query = static_cast<Query*>(data);
    UnboundDnsResolver* self = query->owner;
    query->inUnbound = false;
    if (query->answered) {
        if (result)
            ub_resolve_free(result);
        self->forget(query->id);
        return;
    }
    RawAnswer answer = self->answerFrom(*query, err, result);
    if (result)
        ub_resolve_free(result);
    self->finish(query, std::move(answer));
}

UnboundDnsResolver::RawAnswer UnboundDnsResolver::answerFrom(const Query& query, int err, ub_result* result) const
{
    RawAnswer answer;
    const QString type = DnsWire::typeName(query.type);
    if (err != 0 || !result) {
        answer.error = tr("The DNS look-up of %1 (%2) failed: %3.")
                           .arg(query.displayName, type, QString::fromUtf8(ub_strerror(err)));
        return answer;
    }
    answer.outcome = outcomeOf(result->rcode, result->havedata != 0, result->nxdomain != 0);
    const DnssecMode mode = query.isCheck ? DnssecMode::Validating : m_mode;
    answer.dnssec = statusOf(mode, result->secure != 0, result->bogus != 0);
    if (result->canonname) {
        const QString canonical = withoutDot(QString::fromUtf8(result->canonname)).toLower();
        if (canonical.compare(withoutDot(QString::fromLatin1(query.name)), Qt::CaseInsensitive) != 0)
            answer.canonicalName = canonical;
    }
    if (answer.dnssec == DnssecStatus::Bogus) {
        // As a validating resolver's SERVFAIL: nothing of it is used.
        answer.outcome = DnsOutcome::ServerFailure;
        const QString why = result->why_bogus ? QString::fromUtf8(result->why_bogus) : QString();
        answer.error = tr("The DNSSEC signatures of %1 (%2) do not verify, so the answer may be forged: %3. Ask "
                          "the domain's DNS operator to fix its DNSSEC.")
                           .arg(query.displayName, type, why);
        return answer;
    }
    switch (answer.outcome) {
    case DnsOutcome::Records:
        for (int i = 0; result->data && result->data[i]; ++i)
            answer.rdata.append(QByteArray(result->data[i], result->len[i]));
        break;
    case DnsOutcome::NoData:
    case DnsOutcome::NxDomain:
        break;
    case DnsOutcome::ServerFailure:
    case DnsOutcome::TimedOut:
        answer.dnssec = DnssecStatus::Indeterminate;
        if (result->rcode == 2) {
            answer.error = tr("The DNS look-up of %1 (%2) failed: %3 could not answer (SERVFAIL).")
                               .arg(query.displayName, type, where());
        } else if (result->rcode == 5) {
            answer.error = tr("The DNS look-up of %1 (%2) failed: %3 refused to answer (REFUSED).")
                               .arg(query.displayName, type, where());
        } else {
            answer.error = tr("The DNS look-up of %1 (%2) failed: %3 answered with error code %4.")
                               .arg(query.displayName, type, where())
                               .arg(result->rcode);
        }
        break;
    }
    return answer;
}

void UnboundDnsResolver::onTimeout(quint64 id)
{
    const auto it = m_queries.find(id);
    if (it == m_queries.end() || it->second->answered)
        return;
    Query* query = it->second.get();
    RawAnswer answer;
    answer.outcome = DnsOutcome::TimedOut;
    const int seconds = static_cast<int>((m_options.timeoutMs + 999) / 1000);
    answer.error = tr("The DNS look-up of %1 (%2) got no answer from %3 within %n second(s). Check the name "
                      "server and the network.",
                      nullptr, seconds)
                       .arg(query->displayName, DnsWire::typeName(query->type), where());
    finish(query, answer);
}

void UnboundDnsResolver::finish(Query* query, RawAnswer answer)
{
    if (query->timer) {
        query->timer->stop();
        query->timer->deleteLater();
        query->timer = nullptr;
    }
    if (!answer.error.isEmpty() && !query->isCheck)
        qCDebug(lcDiscovery) << "DNS" << query->displayName << DnsWire::typeName(query->type) << answer.error;
    if (QPointer<QObject> context = query->context) {
        QMetaObject::invokeMethod(
            context.data(),
            [context, done = std::move(query->done), answer = std::move(answer)] {
                if (context)
                    done(answer);
            },
            Qt::QueuedConnection);
    }
    if (query->inUnbound && m_ctx && ub_cancel(m_ctx, query->asyncId) == 0)
        query->inUnbound = false;
    if (query->inUnbound)
        query->answered = true; // libunbound's answer is on its way: onResult() forgets the query then
    else
        forget(query->id);
}

void UnboundDnsResolver::forget(quint64 id)
{
    m_queries.erase(id);
}

template<typename T>
void UnboundDnsResolver::lookup(const QString& name, quint16 type, QObject* context,
                                std::function<void(const DnsAnswer<T>&)> done,
                                std::optional<T> (*parse)(const QByteArray&))
{
    resolve(name, type, context, [done = std::move(done), parse, name, type](const RawAnswer& raw) {
        DnsAnswer<T> answer;
        answer.outcome = raw.outcome;
        answer.dnssec = raw.dnssec;
        answer.canonicalName = raw.canonicalName;
        answer.error = raw.error;
        for (const QByteArray& rdata : raw.rdata) {
            if (std::optional<T> record = parse(rdata))
                answer.records.append(std::move(*record));
        }
        if (answer.outcome == DnsOutcome::Records && answer.records.isEmpty()) {
            answer.outcome = DnsOutcome::ServerFailure;
            answer.dnssec = DnssecStatus::Indeterminate;
            answer.error = tr("The DNS answer for %1 (%2) could not be read: its records are malformed.")
                               .arg(name, DnsWire::typeName(type));
        }
        done(answer);
    });
}

void UnboundDnsResolver::lookupMx(const QString& name, QObject* context,
                                  std::function<void(const DnsAnswer<MxRecord>&)> done)
{
    lookup<MxRecord>(name, DnsWire::Mx, context, std::move(done), &DnsWire::parseMx);
}

void UnboundDnsResolver::lookupSrv(const QString& name, QObject* context,
                                   std::function<void(const DnsAnswer<SrvRecord>&)> done)
{
    lookup<SrvRecord>(name, DnsWire::Srv, context, std::move(done), &DnsWire::parseSrv);
}

void UnboundDnsResolver::lookupTxt(const QString& name, QObject* context,
                                   std::function<void(const DnsAnswer<TxtRecord>&)> done)
{
    lookup<TxtRecord>(name, DnsWire::Txt, context, std::move(done), &DnsWire::parseTxt);
}

void UnboundDnsResolver::lookupA(const QString& name, QObject* context,
                                 std::function<void(const DnsAnswer<QHostAddress>&)> done)
{
    lookup<QHostAddress>(name, DnsWire::A, context, std::move(done), &DnsWire::parseA);
}

void UnboundDnsResolver::lookupAaaa(const QString& name, QObject* context,
                                    std::function<void(const DnsAnswer<QHostAddress>&)> done)
{
    lookup<QHostAddress>(name, DnsWire::Aaaa, context, std::move(done), &DnsWire::parseAaaa);
}

void UnboundDnsResolver::lookupPtr(const QHostAddress& address, QObject* context,
                                   std::function<void(const DnsAnswer<QString>&)> done)
{
    const QString name = DnsWire::reverseName(address);
    lookup<QString>(name.isEmpty() ? address.toString() : name, DnsWire::Ptr, context, std::move(done),
                    &DnsWire::parseName);
}

void UnboundDnsResolver::lookupTlsa(const QString& name, QObject* context,
                                    std::function<void(const DnsAnswer<TlsaRecord>&)> done)
{
    lookup<TlsaRecord>(name, DnsWire::Tlsa, context, std::move(done), &DnsWire::parseTlsa);
}

void UnboundDnsResolver::lookupCname(const QString& name, QObject* context,
                                     std::function<void(const DnsAnswer<QString>&)> done)
{
    lookup<QString>(name, DnsWire::Cname, context, std::move(done), &DnsWire::parseName);
}

} // namespace Postino
