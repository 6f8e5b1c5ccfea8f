// OutboxRunner, what happens to items and accounts: an attempt's outcome applied (AttemptOutcome decides
// it), accounts blocked, the API for the CLI and the UI (retry, remove, hold, the accounts' state), and
// the work it asks of the store's worker (the GUI's checkpoint).
#include "OutboxRunner.h"

#include "common/Log.h"
#include "outbox/OutboxStore.h"

#include <QLockFile>

namespace Postino {

// --- attempts ---

void OutboxRunner::apply(AttemptOutcome outcome, AccountState& acct)
{
    OutboxItem& item = outcome.item;
    if (outcome.credentialsRejected) {
        acct.queue().clear();
        if (acct.rejectCredentials())
            emit credentialsRejected(acct.key());
    }
    if (outcome.throttled) {
        if (outcome.throttle.count > acct.throttle().count)
            qCInfo(lcOutbox) << "account" << acct.key() << "throttled until" << outcome.throttle.until;
        acct.queue().clear();
    }
    acct.setThrottle(outcome.throttle);
    if (outcome.sent()) {
        // The first thing after the final 250: commit `sent` (markSent writes it before moving the item).
        if (Status s = m_store->markSent(item); !s)
            qCWarning(lcOutbox) << "sent" << item.id << "but:" << s.error().message();
        emit itemChanged(item.id);
        emit itemSent(item.id);
        return;
    }
    commit(item);
    emit itemChanged(item.id);
    if (outcome.failed())
        emit itemFailed(item.id);
}

void OutboxRunner::applyFailure(const OutboxItem& item, const AttemptFailure& failure, AccountState& acct)
{
    apply(AttemptOutcome::afterFailure(item, failure, m_policy, acct.throttle(), now()), acct);
}

void OutboxRunner::failQueue(AccountState& acct, const SmtpError& error, const QStringList& transcript)
{
    AttemptFailure failure;
    failure.decision = RetryPolicy::classify(error);
    failure.message = error.message;
    if (failure.message.isEmpty())
        failure.message = tr("The connection to the server failed.");
    failure.reply = outboxReplyText(error.reply);
    const QStringList ids = std::exchange(acct.queue(), {});
    const QDateTime t = now();
    const bool paced = accountLimits(acct.key()).isPaced();
    for (const QString& id : ids) {
        Result<OutboxItem> r = m_store->load(id, OutboxStore::Check::Metadata);
        if (!r || r.value().state != OutboxItem::State::Queued)
            continue;
        OutboxItem item = r.value();
        beginAttempt(item, t, paced);
        item.transcript = transcript;
        applyFailure(item, failure, acct);
    }
}

void OutboxRunner::blockAccount(AccountState& acct, const Error& error)
{
    qCInfo(lcOutbox) << "account" << acct.key() << "waits:" << error.message();
    acct.block(error.message());
    const QStringList ids = std::exchange(acct.queue(), {});
    for (const QString& id : ids) {
        Result<OutboxItem> r = m_store->load(id, OutboxStore::Check::Metadata);
        if (!r || r.value().state != OutboxItem::State::Queued)
            continue;
        OutboxItem item = r.value();
        item.lastError = error.message();
        item.lastErrorKind = error.kind();
        item.lastReply.clear();
        commit(item);
        emit itemChanged(id);
    }
}

// --- items ---

Status OutboxRunner::requeue(OutboxItem& item, const QDateTime& t)
{
    if (item.state == OutboxItem::State::Sending) {
        return Error(ErrorKind::Temporary,
                     tr("The message %1 is being sent right now; wait for the attempt to end.").arg(item.id));
    }
    if (item.state == OutboxItem::State::Failed) {
        item.windowStart = t; // a fresh give-up window
        for (OutboxRecipient& rcpt : item.recipients) {
            if (rcpt.state == OutboxRecipient::State::Failed)
                rcpt.state = OutboxRecipient::State::Pending;
        }
    }
    item.state = OutboxItem::State::Queued;
    item.nextAttempt = t;
    item.notBefore = {}; // asked for now: a Send Later time no longer holds it
    item.addEvent(t, tr("retry requested"));
    return {};
}

void OutboxRunner::unblockAccount(const QString& accountKey)
{
    account(accountKey).unblock();
}

Status OutboxRunner::retryNow(const QString& id)
{
    // The metadata is enough: the message's SHA-256 is checked as it is sent, before its final dot.
    Result<OutboxItem> r = m_store->load(id, OutboxStore::Check::Metadata);
    if (!r)
        return r.error();
    OutboxItem item = r.value();
    if (Status s = requeue(item, now()); !s)
        return s;
    // With the journal open, a line in it (synced in the background); else item.json, synced.
    if (Status s = m_store->record(item); !s)
        return s;
    unblockAccount(item.accountKey());
    emit itemChanged(id);
    if (m_running && !m_stopping)
        schedulePass();
    return {};
}

void OutboxRunner::retryNowAsync(const QString& id, Done done)
{
    if (m_store->journalOpen()) {
        // A line in the journal: nothing on this thread waits for the disk.
        const Status s = retryNow(id);
        QMetaObject::invokeMethod(
            this, [done, s] { done(s); }, Qt::QueuedConnection);
        return;
    }
    if (Status held = hold(id); !held) {
        QMetaObject::invokeMethod(
            this, [done, held] { done(held); }, Qt::QueuedConnection);
        return;
    }
    const QDateTime t = now();
    Done finished = counted([this, id, done](const Status& s) {
        release(id);
        done(s);
    });
    m_store->updateAsync(
        id, [t](OutboxItem& item) { return requeue(item, t); }, this,
        [this, id, finished](const Result<OutboxItem>& r) {
            if (r) {
                unblockAccount(r.value().accountKey());
                emit itemChanged(id);
            }
            finished(r ? Status() : Status(r.error()));
        });
}

Status OutboxRunner::remove(const QString& id)
{
    if (inFlight(id)) {
        return Error(ErrorKind::Temporary,
                     tr("The message %1 is being sent right now; remove it when the attempt has ended.").arg(id));
    }
    m_accounts.forEach([&id](AccountState& acct) { acct.queue().removeAll(id); });
    Status s = m_store->remove(id);
    if (s)
        emit itemChanged(id);
    return s;
}

void OutboxRunner::removeAsync(const QString& id, Done done)
{
    if (Status held = hold(id); !held) {
        QMetaObject::invokeMethod(
            this,
            [done, id] {
                done(
                    Error(ErrorKind::Temporary,
                          tr("The message %1 is being sent right now; remove it when the attempt has ended.").arg(id)));
            },
            Qt::QueuedConnection);
        return;
    }
    m_store->removeAsync(id, this, counted([this, id, done](const Status& s) {
                             if (s)
                                 emit itemChanged(id);
                             release(id);
                             done(s);
                         }));
}

Status OutboxRunner::hold(const QString& id)
{
    if (inFlight(id)) {
        return Error(ErrorKind::Temporary,
                     tr("The message %1 is being sent right now; wait for the attempt to end.").arg(id));
    }
    ++m_held[id];
    m_accounts.forEach([&id](AccountState& acct) { acct.queue().removeAll(id); });
    return {};
}

void OutboxRunner::release(const QString& id)
{
    const auto it = m_held.find(id);
    if (it == m_held.end())
        return;
    if (--*it > 0)
        return;
    m_held.erase(it);
    if (m_running && !m_stopping)
        schedulePass();
}

QList<OutboxItem> OutboxRunner::list()
{
    // The metadata and each message's size (a message's SHA-256 is checked as it is sent, before the final
    // dot): hashing every message of a large outbox for a listing would cost seconds.
    return m_store->items(OutboxStore::Check::Metadata);
}

// --- accounts ---

QStringList OutboxRunner::accountsNeedingCredentials() const
{
    return m_accounts.withCredentialsRejected();
}

bool OutboxRunner::credentialsNeedAttention(const QString& accountKey) const
{
    const AccountState* acct = m_accounts.find(accountKey);
    return acct && acct->credentialsRejected();
}

void OutboxRunner::clearCredentialsAttention(const QString& accountKey)
{
    account(accountKey).clearCredentialsRejected();
    if (m_running && !m_stopping)
        schedulePass();
}

QDateTime OutboxRunner::accountThrottledUntil(const QString& accountKey) const
{
    const AccountState* acct = m_accounts.find(accountKey);
    return acct ? acct->throttle().until : QDateTime();
}

QString OutboxRunner::accountBlockedReason(const QString& accountKey) const
{
    const AccountState* acct = m_accounts.find(accountKey);
    return acct ? acct->blockedReason() : QString();
}

// --- the store's worker, for this runner ---

// The GUI's journal goes into the item files and the Sent folder when the runner is idle, on the worker
// thread (its syncfs() may take a while), still under the lock: no other runner opens the journal
// meanwhile, and this one starts no pass until it is done.
void OutboxRunner::checkpointOnDisk()
{
    m_checkpointing = true;
    m_store->checkpointAsync(this, counted([this](const Status& s) {
                                 m_checkpointing = false;
                                 if (!s) // the journal stays as it is: the next runner replays it
                                     qCWarning(lcOutbox).noquote()
                                         << "outbox journal checkpoint:" << s.error().message();
                                 if (holdsLock() && m_sessions.empty() && !m_inPass)
                                     m_lock->unlock();
                                 if (std::exchange(m_passAfterCheckpoint, false) && m_running && !m_stopping)
                                     schedulePass();
                             }));
}

OutboxRunner::Done OutboxRunner::counted(Done then)
{
    ++m_diskJobs;
    return [this, then = std::move(then)](const Status& s) {
        --m_diskJobs;
        then(s);
        if (m_diskJobs == 0)
            checkIdle(); // it waited for this
    };
}

} // namespace Postino
