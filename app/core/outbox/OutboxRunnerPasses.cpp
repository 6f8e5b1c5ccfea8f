// OutboxRunner, its passes over the outbox: configuration, the modes, what is due and for which
// account, the lock across processes, crash recovery, idleness and wake-ups. (The sessions are in
// OutboxRunner.cpp, the items and accounts API in OutboxRunnerItems.cpp.)
#include "OutboxRunner.h"

#include "accounts/AccountStore.h"
#include "common/Clock.h"
#include "common/Log.h"
#include "common/Settings.h"
#include "outbox/CredentialsProvider.h"
#include "outbox/NetworkMonitor.h"
#include "outbox/OutboxSession.h"
#include "outbox/OutboxStore.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLockFile>
#include <QPointer>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace Postino {

// --- configuration ---

void OutboxRunner::setNetworkMonitor(NetworkMonitor* monitor)
{
    if (m_network)
        disconnect(m_network, nullptr, this, nullptr);
    m_network = monitor;
    if (!m_network)
        return;
    connect(m_network, &NetworkMonitor::onlineChanged, this, [this](bool online) {
        qCDebug(lcOutbox) << "network" << (online ? "back" : "gone");
        if (!online)
            return;
        // The network came back: what waited for it is tried now, without waiting for its backoff.
        m_ignoreBackoffOnce = true;
        if (m_running && !m_stopping)
            schedulePass();
    });
}

void OutboxRunner::setSettings(const Settings* settings)
{
    m_settings = settings;
    m_accounts.setSettings(settings);
    if (m_settings) {
        const qint64 override = m_dueCapSeconds;
        m_policy = RetryPolicy(RetryPolicy::Config::fromSettings(*m_settings));
        if (override > 0)
            m_policy.setInitialSeconds(override);
    }
}

void OutboxRunner::setRetryPolicy(const RetryPolicy& policy)
{
    m_policy = policy;
    if (m_dueCapSeconds > 0)
        m_policy.setInitialSeconds(m_dueCapSeconds);
}

void OutboxRunner::setAccountLimits(const QString& accountKey, AccountLimits limits)
{
    m_accounts.setLimits(accountKey, limits);
}

OutboxRunner::AccountLimits OutboxRunner::accountLimits(const QString& accountKey) const
{
    return m_accounts.limits(accountKey);
}

void OutboxRunner::setDefaultLimits(DefaultLimits defaults)
{
    m_accounts.setDefaults(std::move(defaults));
}

void OutboxRunner::setRetryInitialOverride(qint64 seconds)
{
    m_dueCapSeconds = qMax<qint64>(0, seconds);
    if (m_dueCapSeconds > 0)
        m_policy.setInitialSeconds(m_dueCapSeconds);
}

bool OutboxRunner::isOnline() const
{
    return !m_network || m_network->isOnline();
}

bool OutboxRunner::isOnThisMachine(const QString& host)
{
    QString name = host.trimmed().toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost")))
        return true;
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

bool OutboxRunner::canReach(const OutboxItem& item) const
{
    if (isOnline())
        return true;
    if (item.account.isEmpty())
        return isOnThisMachine(item.server.host);
    if (!m_localAccount)
        return false;
    // Asked once per account and pass (or wake), not once per item: an outbox may hold thousands.
    auto known = m_localAccounts.constFind(item.account);
    if (known == m_localAccounts.constEnd())
        known = m_localAccounts.insert(item.account, m_localAccount(item.account));
    return *known;
}

OutboxRunner::LocalAccount accountsOnThisMachine(const AccountStore& accounts)
{
    return [&accounts](const QString& name) {
        const Result<Account> account = accounts.get(name);
        return account.ok() && OutboxRunner::isOnThisMachine(account.value().host);
    };
}

bool OutboxRunner::isIdle() const
{
    return m_sessions.empty() && m_pendingRequests == 0 && !m_passScheduled && !m_inPass && m_diskJobs == 0;
}

bool OutboxRunner::waitsForTheDisk() const
{
    if (diskBusy())
        return true;
    return std::any_of(m_sessions.begin(), m_sessions.end(), [this](const auto& session) {
        return session->finalDotHeld && !session->flights.empty()
            && session->flights.front().claimedAt > m_store->journalSynced();
    });
}

bool OutboxRunner::holdsLock() const
{
    return m_lock && m_lock->isLocked();
}

// --- running ---

void OutboxRunner::start(Mode mode, qint64 maxTimeMsec)
{
    m_mode = mode;
    // The GUI's journal is checkpointed on the worker thread when the runner is idle, never on its own.
    m_store->setAutoCheckpoint(mode != Mode::Continuous);
    m_running = true;
    m_stopping = false;
    m_finishedEmitted = false;
    m_flushed.clear();
    m_only.clear();
    if (maxTimeMsec > 0)
        m_maxTimeTimer->start(maxTimeMsec);
    else
        m_maxTimeTimer->stop();
    schedulePass();
}

void OutboxRunner::runDue()
{
    if (m_running && !m_stopping && m_mode == Mode::Continuous) {
        schedulePass();
        return;
    }
    start(Mode::DueOnce);
}

void OutboxRunner::flush()
{
    if (m_running && !m_stopping && m_mode == Mode::Continuous) {
        m_accounts.forEach([](AccountState& acct) { acct.endThrottle(); });
        m_ignoreBackoffOnce = true;
        schedulePass();
        return;
    }
    start(Mode::Flush);
}

void OutboxRunner::sendNow(const QString& id)
{
    if (m_running && !m_stopping && m_mode == Mode::Continuous) {
        (void)retryNow(id); // due now; the pass it schedules sends it
        return;
    }
    start(Mode::Flush);
    m_only.insert(id);
}

void OutboxRunner::schedulePass()
{
    if (m_passScheduled)
        return;
    m_passScheduled = true;
    QMetaObject::invokeMethod(this, &OutboxRunner::pass, Qt::QueuedConnection);
}

// --- passes ---

void OutboxRunner::pass()
{
    m_passScheduled = false;
    if (!m_running || m_stopping) {
        checkIdle();
        return;
    }
    if (m_checkpointing) {
        m_passAfterCheckpoint = true;
        return;
    }
    if (!acquireLock()) {
        if (!m_diskProblem.isEmpty()) {
            if (m_diskProblem != m_diskProblemReported) {
                m_diskProblemReported = m_diskProblem;
                qCCritical(lcOutbox).noquote() << "cannot send:" << m_diskProblem;
                emit diskProblem(m_diskProblem);
            }
            if (m_mode == Mode::Continuous)
                m_lockTimer->start(m_lockRetryMsec);
            else
                finish();
            return;
        }
        if (!m_lockBusyReported) {
            m_lockBusyReported = true;
            qCInfo(lcOutbox) << "another runner holds" << m_store->lockFilePath();
            emit lockBusy(m_store->lockFilePath());
        }
        m_lockTimer->start(m_lockRetryMsec);
        return;
    }
    m_lockTimer->stop();
    m_inPass = true;
    const bool ignoreBackoff = m_mode == Mode::Flush || m_ignoreBackoffOnce;
    m_ignoreBackoffOnce = false;
    const QDateTime t = now();
    m_accounts.forgetDefaults();
    m_localAccounts.clear();
    QList<OutboxItem> items = m_store->items(OutboxStore::Check::Metadata);
    if (std::exchange(m_orphansUnchecked, false))
        recoverOrphans(items);
    const QStringList touched = queueDue(items, ignoreBackoff, t);
    for (const QString& key : touched)
        startSessions(account(key));
    m_inPass = false;
    checkIdle();
}

QStringList OutboxRunner::queueDue(const QList<OutboxItem>& items, bool ignoreBackoff, const QDateTime& t)
{
    QStringList touched;
    QHash<QString, bool> paceWaits; // accounts whose pace holds their items for a while
    QSet<QString> queued; // already waiting in an account's queue
    m_accounts.forEach([&queued](const AccountState& acct) {
        for (const QString& id : acct.queue())
            queued.insert(id);
    });
    for (const OutboxItem& item : std::as_const(items)) {
        if (item.state != OutboxItem::State::Queued || inFlight(item.id) || m_held.contains(item.id))
            continue;
        if (!m_only.isEmpty() && !m_only.contains(item.id))
            continue;
        AccountState& acct = account(item.accountKey());
        if (queued.contains(item.id) || acct.isBlocked())
            continue;
        if (gate(item) != Gate::Send)
            continue;
        if (!canReach(item))
            continue; // offline: it waits for the network, and is tried as soon as it returns
        if (item.notBefore.isValid() && item.notBefore > t)
            continue; // Send Later: not before its time, whatever the mode
        if (m_mode == Mode::Flush) {
            if (m_flushed.contains(item.id))
                continue;
        } else {
            if (acct.isThrottledAt(t))
                continue;
            if (!ignoreBackoff && effectiveNext(item) > t)
                continue;
        }
        // The pace holds even a flush: it stays queued, for the wake at the account's next start.
        if (waitsLongForPace(acct, t, paceWaits))
            continue;
        if (m_mode == Mode::Flush)
            m_flushed.insert(item.id);
        acct.queue().append(item.id);
        queued.insert(item.id);
        if (!touched.contains(acct.key()))
            touched.append(acct.key());
    }
    return touched;
}

OutboxRunner::Gate OutboxRunner::gate(const OutboxItem& item)
{
    if (!m_gate)
        return Gate::Send;
    const Gate g = m_gate(item);
    if (g == Gate::Drop)
        drop(item.id);
    return g;
}

void OutboxRunner::drop(const QString& id)
{
    if (inFlight(id) || m_held.contains(id) || m_dropping.contains(id))
        return;
    m_dropping.insert(id);
    m_accounts.forEach([&id](AccountState& acct) { acct.queue().removeAll(id); });
    m_store->removeAsync(id, this, counted([this, id](const Status& s) {
                             m_dropping.remove(id);
                             if (s)
                                 emit itemChanged(id);
                             else if (s.error().kind() != ErrorKind::NoInput)
                                 qCWarning(lcOutbox) << "cannot remove" << id << ":" << s.error().message();
                         }));
}

QDateTime OutboxRunner::effectiveNext(const OutboxItem& item) const
{
    QDateTime next = item.nextAttempt.isValid() ? item.nextAttempt : item.created;
    if (m_dueCapSeconds > 0 && item.lastAttempt.isValid()) {
        const QDateTime cap = item.lastAttempt.addSecs(m_dueCapSeconds);
        if (!next.isValid() || cap < next)
            next = cap;
    }
    return next;
}

void OutboxRunner::recoverOrphans(QList<OutboxItem>& items)
{
    // Under the lock, an item in `sending` that is not ours was left by a runner that died.
    const QDateTime t = now();
    for (OutboxItem& item : items) {
        if (item.state != OutboxItem::State::Sending || inFlight(item.id))
            continue;
        const bool unknown = AttemptOutcome::crashedAfterDot(item, bootId());
        qCInfo(lcOutbox) << "recovered" << item.id << (unknown ? "(outcome unknown)" : "");
        item = AttemptOutcome::afterCrash(item, bootId(), t);
        commit(item);
        emit itemChanged(item.id);
    }
}

void OutboxRunner::startSessions(AccountState& acct)
{
    if (acct.queue().isEmpty())
        return;
    if (m_stopping) {
        acct.queue().clear();
        return;
    }
    if (!acct.settings()) {
        if (acct.settingsPending())
            return;
        Result<OutboxItem> first = m_store->load(acct.queue().first(), OutboxStore::Check::Metadata);
        if (!first) {
            acct.queue().removeFirst();
            startSessions(acct);
            return;
        }
        acct.setSettingsPending(true);
        ++m_pendingRequests;
        QPointer<OutboxRunner> self(this);
        const QString key = acct.key();
        m_credentials->settingsFor(first.value(), [self, key](Result<SubmissionSettings> result) {
            if (self)
                self->onSettings(key, std::move(result));
        });
        return;
    }
    const int limit = acct.sessionLimit(accountLimits(acct.key()));
    int sessions = sessionCount(acct.key(), false);
    int waiting = sessionCount(acct.key(), true);
    while (sessions < limit && waiting < acct.queue().size()) {
        openSession(acct);
        ++sessions;
        ++waiting;
    }
}

void OutboxRunner::onSettings(const QString& key, Result<SubmissionSettings> result)
{
    --m_pendingRequests;
    AccountState& acct = account(key);
    acct.setSettingsPending(false);
    if (!result) {
        blockAccount(acct, result.error());
    } else {
        acct.setSettings(std::move(result).value());
        startSessions(acct);
    }
    checkIdle();
}

// --- the lock ---

bool OutboxRunner::acquireLock()
{
    if (holdsLock())
        return true;
    if (!m_lock) {
        QDir().mkpath(m_store->outboxDir());
        m_lock = std::make_unique<QLockFile>(m_store->lockFilePath());
        // Never stale by age: a GUI may hold it for hours. A dead holder is still detected by its PID.
        m_lock->setStaleLockTime(0);
    }
    m_diskProblem.clear();
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() != QLockFile::LockFailedError)
            m_diskProblem = unwritableReason();
        return false;
    }
    // The GUI (Continuous) keeps its journal across passes: no syncfs() on its thread for each one.
    if (Status s = m_store->openJournal(m_mode != Mode::Continuous); !s) {
        m_diskProblem = tr("Nothing was sent: %1").arg(s.error().message());
        m_lock->unlock();
        return false;
    }
    m_lockBusyReported = false;
    m_diskProblemReported.clear();
    m_orphansUnchecked = true; // by the pass, from the items it reads anyway
    return true;
}

// Why the lock file could not be written, in words that say what to do: a small file written and removed again
// beside it gives the system's own reason (a full disk can still make an empty file).
QString OutboxRunner::unwritableReason() const
{
    const QString probePath = m_store->lockFilePath() + QStringLiteral(".probe");
    const QByteArray native = QFile::encodeName(probePath);
    int err = 0;
    const int fd = ::open(native.constData(), O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        err = errno;
    } else {
        const char bytes[512] = {};
        if (::write(fd, bytes, sizeof bytes) < 0 || ::fsync(fd) != 0)
            err = errno;
        ::close(fd);
        ::unlink(native.constData());
    }
    const QString reason = err != 0 ? QString::fromLocal8Bit(std::strerror(err)) : m_lock->fileName();
    return tr("Nothing was sent: the outbox %1 cannot be written (%2). Free some disk space or make the folder "
              "writable; every message stays queued and is sent once the outbox can record it.")
        .arg(QDir::toNativeSeparators(m_store->outboxDir()), reason);
}

void OutboxRunner::releaseLock()
{
    if (!holdsLock() || m_checkpointing)
        return;
    if (Status s = m_store->closeJournal(m_mode != Mode::Continuous); !s)
        qCWarning(lcOutbox).noquote() << "outbox journal:" << s.error().message();
    if (m_mode == Mode::Continuous && m_store->journalLines() > 0) {
        checkpointOnDisk(); // unlocks when it is done
        return;
    }
    m_lock->unlock();
}

// --- idle ---

void OutboxRunner::checkIdle()
{
    if (!isIdle() || m_lockTimer->isActive())
        return;
    releaseLock();
    if (m_checkpointing)
        return; // idle once the journal is checkpointed
    if (!m_running)
        return;
    if (m_stopping) {
        finish();
        return;
    }
    switch (m_mode) {
    case Mode::DueOnce:
    case Mode::Flush:
        finish();
        return;
    case Mode::UntilEmpty: {
        bool left = false;
        for (const OutboxItem& item : m_store->items(OutboxStore::Check::Metadata)) {
            if (item.state != OutboxItem::State::Queued)
                continue;
            if (!account(item.accountKey()).isBlocked() && gate(item) == Gate::Send) {
                left = true;
                break;
            }
        }
        if (!left) {
            finish();
            return;
        }
        scheduleWake();
        return;
    }
    case Mode::Continuous:
        scheduleWake();
        return;
    }
}

void OutboxRunner::scheduleWake()
{
    m_localAccounts.clear();
    QDateTime next;
    const QDateTime t = now();
    QHash<QString, QDateTime> paceAt; // each account's next start by its pace
    for (const OutboxItem& item : m_store->items(OutboxStore::Check::Metadata)) {
        if (item.state != OutboxItem::State::Queued)
            continue;
        AccountState& acct = account(item.accountKey());
        if (acct.isBlocked() || gate(item) != Gate::Send || !canReach(item))
            continue;
        QDateTime when = effectiveNext(item);
        if (acct.throttle().activeAt(when))
            when = acct.throttle().until;
        auto pace = paceAt.find(acct.key());
        if (pace == paceAt.end())
            pace = paceAt.insert(acct.key(), paceNext(acct, accountLimits(acct.key()), t));
        if (*pace > when)
            when = *pace;
        if (!next.isValid() || when < next)
            next = when;
    }
    if (!isOnline() && !next.isValid()) {
        m_wakeTimer->stop();
        return;
    }
    qint64 wait = next.isValid() ? qMax<qint64>(0, now().msecsTo(next)) : -1;
    if (m_mode == Mode::Continuous && m_rescanMsec > 0 && (wait < 0 || wait > m_rescanMsec))
        wait = m_rescanMsec; // look again for items queued by another process
    if (wait < 0) {
        m_wakeTimer->stop();
        return;
    }
    m_wakeTimer->start(wait);
}

void OutboxRunner::finish()
{
    m_running = false;
    m_stopping = false;
    m_wakeTimer->stop();
    m_lockTimer->stop();
    m_maxTimeTimer->stop();
    releaseLock();
    if (m_finishedEmitted)
        return;
    m_finishedEmitted = true;
    emit finished();
}

} // namespace Postino
