#include "SenderAlignmentCheck.h"

#include "common/Clock.h"
#include "domain/DomainCheck.h"

#include <QDateTime>
#include <QTimer>

#include <utility>

namespace Postino {

SenderAlignmentCheck::SenderAlignmentCheck(DnsResolver* resolver, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_clock(clock)
{ }

SenderAlignmentCheck::~SenderAlignmentCheck() = default; // the checks are children: they go first, silently

qint64 SenderAlignmentCheck::nowMs() const
{
    return Clock::orSystem(m_clock)->now().toMSecsSinceEpoch();
}

void SenderAlignmentCheck::check(const QString& from, const QString& accountAddress, const QString& server,
                                 QObject* context, Done done)
{
    const QString fromDomain = DomainCheck::domainOf(from);
    const QString host = server.trimmed().toLower();
    if (!m_resolver || fromDomain.isEmpty() || host.isEmpty() || !context)
        return;
    // What the verdict depends on: the From domain, the server, and the envelope sender's domain when it
    // is not the From itself (then it must align with the From's).
    const QString account = accountAddress.trimmed();
    const bool other = !account.isEmpty() && from.trimmed().compare(account, Qt::CaseInsensitive) != 0;
    const QString key =
        fromDomain + QLatin1Char('|') + host + QLatin1Char('|') + (other ? DomainCheck::domainOf(account) : QString());

    Entry& entry = m_cache[key];
    if (!entry.running && entry.checkedAtMs > 0 && nowMs() - entry.checkedAtMs <= m_maxAgeMs) {
        QTimer::singleShot(0, context, [done = std::move(done), verdict = entry.verdict] { done(verdict); });
        return;
    }
    entry.waiting.append({context, std::move(done)});
    if (entry.running)
        return;
    entry.running = true;
    DomainCheckOptions options;
    options.target = from.trimmed();
    options.accountAddress = account;
    options.servers = {host};
    options.deadlineMs = m_deadlineMs;
    options.clock = m_clock;
    auto* run = new DomainCheck(*m_resolver, options, this);
    ++m_checksRun;
    connect(run, &DomainCheck::finished, this, [this, run, key, fromDomain, host](const DomainCheckReport& report) {
        run->deleteLater();
        finished(key, fromDomain, host, report);
    });
    run->start();
}

void SenderAlignmentCheck::finished(const QString& key, const QString& fromDomain, const QString& server,
                                    const DomainCheckReport& report)
{
    Entry& entry = m_cache[key];
    entry.running = false;
    entry.checkedAtMs = nowMs();
    entry.verdict = Verdict();
    if (const DomainCheckResult* alignment = report.find(QStringLiteral("alignment"))) {
        entry.verdict.fails = alignment->status == DomainCheckResult::Status::Fail && !report.dnsUnanswered;
        entry.verdict.summary = alignment->summary;
        entry.verdict.fix = alignment->fix;
    }
    const QList<Waiter> waiting = std::exchange(entry.waiting, {});
    const Verdict verdict = entry.verdict; // entry may move: a listener may ask again
    emit checked(fromDomain, server, verdict.fails);
    for (const Waiter& w : waiting) {
        if (w.context)
            QTimer::singleShot(0, w.context, [done = w.done, verdict] { done(verdict); });
    }
}

} // namespace Postino
