// OutboxRunner, the pace of its accounts: each paced account's SendPacer kept up to date with its limits
// and its PaceLog, the sessions that wait for it, each start noted before MAIL FROM goes out, the give-up
// window of a paced item, and the pace as the CLI and the GUI ask for it. (The sessions are in
// OutboxRunner.cpp, the passes in OutboxRunnerPasses.cpp, the items and accounts API in
// OutboxRunnerItems.cpp.)
#include "OutboxRunner.h"

#include "common/Clock.h"
#include "common/Log.h"
#include "outbox/OutboxSession.h"
#include "outbox/OutboxStore.h"

#include <vector>

namespace Postino {

void OutboxRunner::waitForPace(Session* session, AccountState& acct, const QDateTime& next)
{
    session->waitingPace = true;
    if (!acct.paceTimer()) {
        acct.setPaceTimer(new ClockTimer(m_store->clock(), this));
        const QString key = acct.key();
        connect(acct.paceTimer(), &ClockTimer::timeout, this, [this, key] {
            std::vector<quint64> waiting;
            for (const auto& s : m_sessions) {
                if (s->accountKey == key && s->waitingPace)
                    waiting.push_back(s->serial);
            }
            for (quint64 serial : waiting) {
                if (Session* s = findSession(serial)) {
                    s->waitingPace = false;
                    feed(s);
                }
            }
        });
    }
    if (!acct.paceTimer()->isActive())
        acct.paceTimer()->start(qMax<qint64>(0, now().msecsTo(next)));
}

QDateTime OutboxRunner::paceNext(AccountState& acct, const AccountLimits& limits, const QDateTime& t)
{
    const PaceLimits pace = limits.pace();
    if (!pace.any())
        return t;
    SendPacer& pacer = acct.pacer();
    bool read = false;
    if (!acct.paceLog()) {
        acct.setPaceLog(std::make_unique<PaceLog>(m_store->paceDir(), acct.key()));
        read = true;
    } else {
        // Another runner sent for the account since (the GUI after `queue run`), or the limits changed
        // (a tighter limit forgets starts a looser one needs).
        read = !acct.paceLog()->unchangedSinceRead() || pacer.limits() != pace;
    }
    pacer.setLimits(pace);
    if (read) {
        acct.paceLog()->close(); // another runner may have replaced the file: append to the new one
        pacer.setStarts(acct.paceLog()->read(t.addMSecs(-SendPacer::kWindowMsec)), t);
    }
    return pacer.nextStartAt(t);
}

bool OutboxRunner::waitsLongForPace(AccountState& acct, const QDateTime& t, QHash<QString, bool>& waits)
{
    const auto it = waits.constFind(acct.key());
    if (it != waits.cend())
        return *it;
    const AccountLimits limits = accountLimits(acct.key());
    const bool waitsLong = limits.isPaced() && t.msecsTo(paceNext(acct, limits, t)) > kLongPaceWaitMsec;
    waits.insert(acct.key(), waitsLong);
    return waitsLong;
}

void OutboxRunner::notePaceStart(AccountState& acct, const QDateTime& t)
{
    acct.pacer().note(t);
    PaceLog* log = acct.paceLog();
    if (!log)
        return; // paced by now: paceNext() made it
    if (Status s = log->append(t); !s) {
        // The pace holds in this runner; only a restart may go faster than it should.
        qCWarning(lcOutbox).noquote() << s.error().message();
        return;
    }
    if (log->isMostlyStale(acct.pacer().keptStarts())) {
        if (Status s = log->compact(acct.pacer().starts()); !s)
            qCWarning(lcOutbox).noquote() << s.error().message();
    }
}

void OutboxRunner::beginAttempt(OutboxItem& item, const QDateTime& t, bool paced) const
{
    if (paced)
        item.windowStart = RetryPolicy::windowAfterWait(item.windowStart, effectiveNext(item), t);
    item.attempts += 1;
    item.lastAttempt = t;
}

// --- the pace, for the CLI and the GUI ---

SendPacer OutboxRunner::currentPace(const QString& key, const AccountLimits& limits) const
{
    const AccountState* acct = m_accounts.find(key);
    if (acct && acct->paceLog() && acct->pacer().limits() == limits.pace() && acct->paceLog()->unchangedSinceRead())
        return acct->pacer();
    return PaceLog::load(m_store->paceDir(), key, limits.pace(), now());
}

QDateTime OutboxRunner::nextSendAt(const QString& accountKey) const
{
    const AccountLimits limits = accountLimits(accountKey);
    if (!limits.isPaced())
        return {};
    const QDateTime t = now();
    const QDateTime next = currentPace(accountKey, limits).nextStartAt(t);
    return next > t ? next : QDateTime();
}

QString OutboxRunner::paceReason(const QString& accountKey) const
{
    const AccountLimits limits = accountLimits(accountKey);
    if (!limits.isPaced())
        return {};
    return currentPace(accountKey, limits).reason(now());
}

} // namespace Postino
