#include "OutboxRunner.h"

#include "common/Clock.h"
#include "common/Log.h"
#include "common/Settings.h"
#include "common/Sha256.h"
#include "outbox/CredentialsProvider.h"
#include "outbox/NetworkMonitor.h"
#include "outbox/OutboxStore.h"
#include "smtp/Transcript.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QPointer>
#include <QThreadPool>

#include <cerrno>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace Postino {

namespace {

// The stored message as the submission reads it, hashed on the way: its SHA-256 is known when the
// last byte has been read, before the final dot.
class HashingFile final : public QIODevice
{
public:
    explicit HashingFile(const QString& path)
        : m_path(path)
    { }
    ~HashingFile() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool open(OpenMode mode) override
    {
        // Plain system calls: one open, one fstat, and reads of exactly the file's size (QFile would
        // stat it twice more and read past the end twice), on the path of every message.
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
        struct stat st
        {
        };
        if (m_fd < 0 || ::fstat(m_fd, &st) != 0) {
            setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        m_size = st.st_size; // a stored message does not change while it is sent (the SHA-256 says)
        return QIODevice::open(mode);
    }
    [[nodiscard]] qint64 size() const override { return m_size; }
    [[nodiscard]] QString fileName() const { return m_path; }
    // Every byte was read and this is their SHA-256 (lower-case hex); empty before.
    [[nodiscard]] QByteArray sha256Hex()
    {
        if (m_read != m_size)
            return {};
        if (m_digest.isEmpty())
            m_digest = m_hash.result().toHex();
        return m_digest;
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_read >= m_size)
            return 0; // the end, known without asking
        for (;;) {
            const ssize_t n = ::read(m_fd, data, static_cast<size_t>(qMin(maxSize, m_size - m_read)));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
                return -1;
            }
            if (n == 0) {
                // Shorter than it was when opened: cut off on the disk. The SHA-256 will not match.
                m_size = m_read;
                return 0;
            }
            m_hash.addData(QByteArrayView(data, n));
            m_read += n;
            return n;
        }
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QString m_path;
    int m_fd = -1;
    Sha256 m_hash;
    QByteArray m_digest;
    qint64 m_size = 0;
    qint64 m_read = 0;
};

} // namespace

struct OutboxRunner::Account
{
    QString key;
    QStringList queue; // due ids waiting for a session in this pass
    std::optional<SubmissionSettings> settings; // asked once per batch of sessions
    bool settingsPending = false;
    QString blockedReason; // no password given, ...: the account's items wait until retried
    bool credentialsRejected = false;
    QDateTime throttledUntil;
    int throttleCount = 0;
    QList<QDateTime> starts; // transaction starts in the last minute, for the rate limit
    ClockTimer* rateTimer = nullptr;
    int cap = 0; // fewer sessions than max_connections, after a parallel one was refused; 0 = none
};

struct OutboxRunner::Session
{
    // A message handed to the submission.
    struct Flight
    {
        OutboxItem item;
        std::unique_ptr<HashingFile> body;
        bool afterDot = false; // its transaction reached AwaitingFinalReply
        bool damaged = false; // its message did not match its SHA-256: set aside, the session aborted
        bool dotMarked = false; // finalDotPending is recorded
        quint64 claimedAt = 0; // the journal position of its `sending` record
        QStringList lines; // its own part of the session's transcript
        bool dotSeen = false; // its final dot is in lines
    };
    // An item recorded as `sending` for this session and not handed over yet.
    struct Claim
    {
        OutboxItem item;
        OutboxItem before; // as it was: restored if the session ends first
        quint64 at = 0;
    };

    quint64 serial = 0;
    QString accountKey;
    std::unique_ptr<Submission> submission;
    bool holdsFinalDot = false; // the submission holds each final dot until the runner releases it
    std::deque<Flight> flights; // oldest first: the one the server answers next
    std::deque<Claim> claimed;
    bool ready = false;
    bool closing = false;
    bool expectFailure = false; // the transaction ended with an error after which failed() follows
    bool waitingRate = false;
    bool finalDotHeld = false; // the submission waits for releaseFinalDot() (for flights.front())
    QString abortReason; // why the runner aborted it (the journal could not be synced), for its items
    bool startedAny = false;
    QStringList preamble; // transcript lines before the first transaction: connect, EHLO, TLS, AUTH
    QStringList lines; // transcript lines outside any flight, since the last one began
    std::unique_ptr<QObject> ownTranscript;

    [[nodiscard]] bool busy() const { return !flights.empty(); }
    // Each line goes to the flight it belongs to. Pipelined, the next message's commands follow this
    // one's final dot before its reply: a client line after the oldest flight's dot is the next one's;
    // replies are the oldest flight's until its transaction ends (its final reply is the last of them).
    void addLine(const QString& line)
    {
        QStringList* to = startedAny ? &lines : &preamble;
        if (startedAny && !flights.empty()) {
            Flight& oldest = flights.front();
            if (oldest.dotSeen && flights.size() >= 2 && line.startsWith(QLatin1String("C: ")))
                to = &flights[1].lines;
            else
                to = &oldest.lines;
            if (line == QLatin1String("C: ."))
                oldest.dotSeen = true;
        }
        constexpr int kMaxLines = 2000; // bounded, whatever the server says
        if (to->size() < kMaxLines)
            to->append(line);
    }
    [[nodiscard]] QStringList transcript() const { return preamble + lines; }
    [[nodiscard]] QStringList transcriptOf(const Flight& flight) const { return preamble + flight.lines + lines; }
};

namespace {

bool killsSession(SmtpFailure f)
{
    return f == SmtpFailure::ServiceUnavailable || f == SmtpFailure::ConnectionLost || f == SmtpFailure::Timeout
        || f == SmtpFailure::OutcomeUnknown;
}

// How many items a session records as `sending` at once: one sync of the journal covers them all
// before their final dots.
constexpr int kClaimBatch = 64;

// This boot of the machine; see OutboxItem::sendingBoot.
QString bootId()
{
    static const QString id = [] {
        QFile f(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
    }();
    return id;
}

QString outcomeUnknownText()
{
    return OutboxRunner::tr("outcome unknown: connection lost after the final dot; the message may arrive twice");
}

} // namespace

OutboxRunner::OutboxRunner(OutboxStore* store, SubmissionFactory* factory, CredentialsProvider* credentials,
                           QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_factory(factory)
    , m_credentials(credentials)
    , m_wakeTimer(new ClockTimer(store->clock(), this))
    , m_lockTimer(new ClockTimer(store->clock(), this))
    , m_maxTimeTimer(new ClockTimer(store->clock(), this))
    , m_disk(std::make_unique<QThreadPool>())
{
    m_disk->setMaxThreadCount(1); // one job at a time, in the order given
    connect(m_wakeTimer, &ClockTimer::timeout, this, &OutboxRunner::schedulePass);
    connect(m_lockTimer, &ClockTimer::timeout, this, &OutboxRunner::schedulePass);
    connect(m_maxTimeTimer, &ClockTimer::timeout, this, &OutboxRunner::stop);
    connect(m_store, &OutboxStore::journalSyncedTo, this, [this] {
        std::vector<quint64> waiting;
        for (const auto& s : m_sessions) {
            if (s->finalDotHeld)
                waiting.push_back(s->serial);
        }
        for (quint64 serial : waiting) {
            if (Session* s = findSession(serial))
                releaseFinalDot(s);
        }
    });
    // No dot may go while the journal cannot reach the disk: the sessions waiting to send one are
    // aborted (nothing is delivered without its dot) and their items wait with the reason.
    connect(m_store, &OutboxStore::journalSyncFailed, this, [this](const QString& message) {
        std::vector<quint64> waiting;
        for (const auto& s : m_sessions) {
            if (s->finalDotHeld)
                waiting.push_back(s->serial);
        }
        for (quint64 serial : waiting) {
            if (Session* s = findSession(serial)) {
                s->abortReason = message;
                s->finalDotHeld = false;
                s->submission->abort();
            }
        }
    });
    connect(m_store, &OutboxStore::itemAdded, this, [this] {
        if (m_running && !m_stopping && (m_mode == Mode::Continuous || m_mode == Mode::UntilEmpty))
            schedulePass();
    });
}

OutboxRunner::~OutboxRunner()
{
    // What the worker thread is doing finishes first (it reports to nobody then); the lock goes after.
    m_disk->waitForDone();
    // Like a crash, on purpose: items in flight stay `sending` on disk and the next runner recovers
    // them (outcome unknown only if the final dot was pending).
    for (auto& s : m_sessions) {
        disconnect(s->submission.get(), nullptr, this, nullptr);
        s->submission->abort();
    }
    m_sessions.clear();
}

QDateTime OutboxRunner::now() const
{
    return m_store->clock()->now();
}

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
    m_limits.insert(accountKey, limits);
}

OutboxRunner::AccountLimits OutboxRunner::accountLimits(const QString& accountKey) const
{
    if (const auto it = m_limits.constFind(accountKey); it != m_limits.cend())
        return *it;
    AccountLimits limits;
    if (m_settings) {
        limits.maxConnections = m_settings->intValue(Settings::Key::AccountMaxConnections, accountKey);
        limits.ratePerMinute = m_settings->intValue(Settings::Key::AccountRatePerMinute, accountKey);
    }
    limits.maxConnections = qMax(1, limits.maxConnections);
    limits.ratePerMinute = qMax(0, limits.ratePerMinute);
    return limits;
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

bool OutboxRunner::isIdle() const
{
    return m_sessions.empty() && m_pendingRequests == 0 && !m_passScheduled && !m_inPass && m_diskJobs == 0;
}

bool OutboxRunner::holdsLock() const
{
    return m_lock && m_lock->isLocked();
}

OutboxRunner::Account& OutboxRunner::account(const QString& key)
{
    auto it = m_accounts.find(key);
    if (it == m_accounts.end()) {
        auto acct = std::make_shared<Account>();
        acct->key = key;
        it = m_accounts.insert(key, acct);
    }
    return **it;
}

OutboxRunner::Session* OutboxRunner::findSession(quint64 serial) const
{
    for (const auto& s : m_sessions) {
        if (s->serial == serial)
            return s.get();
    }
    return nullptr;
}

int OutboxRunner::sessionCount(const QString& key, bool onlyWaiting) const
{
    int n = 0;
    for (const auto& s : m_sessions) {
        if (s->accountKey == key && (!onlyWaiting || (!s->busy() && !s->closing && !s->expectFailure)))
            ++n;
    }
    return n;
}

bool OutboxRunner::inFlight(const QString& id) const
{
    for (const auto& s : m_sessions) {
        for (const auto& f : s->flights) {
            if (f.item.id == id)
                return true;
        }
        for (const auto& c : s->claimed) {
            if (c.item.id == id)
                return true;
        }
    }
    return false;
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
        for (auto& acct : m_accounts)
            acct->throttledUntil = {};
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

void OutboxRunner::stop()
{
    if (!m_running)
        return;
    m_stopping = true;
    m_wakeTimer->stop();
    m_lockTimer->stop();
    for (auto& acct : m_accounts)
        acct->queue.clear();
    // Sessions between transactions close now; those in a transaction close after it.
    std::vector<quint64> waiting;
    for (const auto& s : m_sessions) {
        if (!s->busy() && !s->expectFailure)
            waiting.push_back(s->serial);
    }
    for (quint64 serial : waiting) {
        if (Session* s = findSession(serial))
            closeSession(s);
    }
    checkIdle();
}

void OutboxRunner::schedulePass()
{
    if (m_passScheduled)
        return;
    m_passScheduled = true;
    QMetaObject::invokeMethod(this, &OutboxRunner::pass, Qt::QueuedConnection);
}

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
    if (!m_lock->tryLock(0))
        return false;
    // The GUI (Continuous) keeps its journal across passes: no syncfs() on its thread for each one.
    if (Status s = m_store->openJournal(m_mode != Mode::Continuous); !s) {
        qCCritical(lcOutbox).noquote() << "cannot send:" << s.error().message();
        m_lock->unlock();
        return false;
    }
    m_lockBusyReported = false;
    m_orphansUnchecked = true; // by the pass, from the items it reads anyway
    return true;
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

// The GUI's journal goes into the item files and the Sent folder when the runner is idle, on the worker
// thread (its syncfs() may take a while), still under the lock: no other runner opens the journal
// meanwhile, and this one starts no pass until it is done.
void OutboxRunner::checkpointOnDisk()
{
    m_checkpointing = true;
    onDisk([](OutboxStore& store) { return store.checkpointJournal(); },
           [this](const Status& s) {
               m_checkpointing = false;
               if (!s) // the journal stays as it is: the next runner replays it
                   qCWarning(lcOutbox).noquote() << "outbox journal checkpoint:" << s.error().message();
               if (holdsLock() && m_sessions.empty() && !m_inPass)
                   m_lock->unlock();
               if (std::exchange(m_passAfterCheckpoint, false) && m_running && !m_stopping)
                   schedulePass();
           });
}

void OutboxRunner::onDisk(std::function<Status(OutboxStore& store)> job, std::function<void(const Status&)> then)
{
    ++m_diskJobs;
    const QString base = m_store->baseDir();
    const OutboxStore::WriteHook hook = m_store->writeHook();
    m_disk->start([this, base, hook, job = std::move(job), then = std::move(then)] {
        Status s;
        {
            OutboxStore store(base); // its own; it reads what this thread's store wrote from the disk
            store.setWriteHook(hook);
            s = job(store);
        }
        // Dropped if the runner is gone by then (its destructor waits for this job first).
        QMetaObject::invokeMethod(
            this,
            [this, s, then] {
                --m_diskJobs;
                then(s);
                if (m_diskJobs == 0)
                    checkIdle(); // it waited for this
            },
            Qt::QueuedConnection);
    });
}

void OutboxRunner::recoverOrphans(QList<OutboxItem>& items)
{
    // Under the lock, an item in `sending` that is not ours was left by a runner that died.
    const QDateTime t = now();
    for (OutboxItem& item : items) {
        if (item.state != OutboxItem::State::Sending || inFlight(item.id))
            continue;
        // Another boot: the machine went down, and a finalDotPending written without a sync may be lost.
        if (!item.sendingBoot.isEmpty() && item.sendingBoot != bootId())
            item.finalDotPending = true;
        if (item.finalDotPending) {
            item.possibleDuplicate = true;
            item.addEvent(t, outcomeUnknownText());
            item.lastError = tr("Postino stopped while waiting for the server's answer to the message; it may have "
                                "arrived. It will be sent again, and may arrive twice.");
            item.lastErrorKind = ErrorKind::Temporary;
        } else {
            item.addEvent(t, tr("interrupted before the message was sent; it will be sent again"));
        }
        qCInfo(lcOutbox) << "recovered" << item.id << (item.finalDotPending ? "(outcome unknown)" : "");
        item.finalDotPending = false;
        item.state = OutboxItem::State::Queued;
        item.nextAttempt = t;
        commit(item);
        emit itemChanged(item.id);
    }
}

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
    if (!isOnline()) {
        qCDebug(lcOutbox) << "offline: waiting for the network";
        m_wakeTimer->stop();
        checkIdle();
        return;
    }
    if (!acquireLock()) {
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
    QStringList touched;
    QList<OutboxItem> items = m_store->items(OutboxStore::Check::Metadata);
    if (std::exchange(m_orphansUnchecked, false))
        recoverOrphans(items);
    QSet<QString> queued; // already waiting in an account's queue
    for (const auto& acct : std::as_const(m_accounts)) {
        for (const QString& id : std::as_const(acct->queue))
            queued.insert(id);
    }
    for (const OutboxItem& item : std::as_const(items)) {
        if (item.state != OutboxItem::State::Queued || inFlight(item.id) || m_held.contains(item.id))
            continue;
        if (!m_only.isEmpty() && !m_only.contains(item.id))
            continue;
        Account& acct = account(item.accountKey());
        if (queued.contains(item.id) || !acct.blockedReason.isEmpty() || acct.credentialsRejected)
            continue;
        if (m_mode == Mode::Flush) {
            if (m_flushed.contains(item.id))
                continue;
            m_flushed.insert(item.id);
        } else {
            if (acct.throttledUntil.isValid() && acct.throttledUntil > t)
                continue;
            if (!ignoreBackoff && effectiveNext(item) > t)
                continue;
        }
        acct.queue.append(item.id);
        queued.insert(item.id);
        if (!touched.contains(acct.key))
            touched.append(acct.key);
    }
    for (const QString& key : touched)
        startSessions(account(key));
    m_inPass = false;
    checkIdle();
}

void OutboxRunner::startSessions(Account& acct)
{
    if (acct.queue.isEmpty())
        return;
    if (m_stopping) {
        acct.queue.clear();
        return;
    }
    if (!acct.settings) {
        if (acct.settingsPending)
            return;
        Result<OutboxItem> first = m_store->load(acct.queue.first(), OutboxStore::Check::Metadata);
        if (!first) {
            acct.queue.removeFirst();
            startSessions(acct);
            return;
        }
        acct.settingsPending = true;
        ++m_pendingRequests;
        QPointer<OutboxRunner> self(this);
        const QString key = acct.key;
        m_credentials->settingsFor(first.value(), [self, key](Result<SubmissionSettings> result) {
            if (self)
                self->onSettings(key, std::move(result));
        });
        return;
    }
    const AccountLimits limits = accountLimits(acct.key);
    int limit = acct.cap > 0 ? qMin(acct.cap, limits.maxConnections) : limits.maxConnections;
    if (limits.ratePerMinute > 0)
        limit = qMin(limit, limits.ratePerMinute); // more sessions would only sit waiting for the rate
    int sessions = sessionCount(acct.key, false);
    int waiting = sessionCount(acct.key, true);
    while (sessions < limit && waiting < acct.queue.size()) {
        openSession(acct);
        ++sessions;
        ++waiting;
    }
}

void OutboxRunner::onSettings(const QString& key, Result<SubmissionSettings> result)
{
    --m_pendingRequests;
    Account& acct = account(key);
    acct.settingsPending = false;
    if (!result) {
        blockAccount(acct, result.error());
    } else {
        acct.settings = std::move(result).value();
        startSessions(acct);
    }
    checkIdle();
}

void OutboxRunner::blockAccount(Account& acct, const Error& error)
{
    qCInfo(lcOutbox) << "account" << acct.key << "waits:" << error.message();
    acct.blockedReason = error.message();
    const QStringList ids = acct.queue;
    acct.queue.clear();
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

void OutboxRunner::openSession(Account& acct)
{
    SubmissionSettings settings = *acct.settings;
    settings.clock = m_store->clock();
    settings.holdFinalDot = true;
    // Each session has a transcript of its own, so that each item keeps the lines of its own attempt even
    // when sessions run in parallel; a transcript the provider gave (--transcript, -v) follows it.
    auto* wire = new Transcript;
    std::unique_ptr<QObject> ownTranscript(wire);
    if (settings.transcript)
        settings.transcript->follow(wire);
    settings.transcript = wire;
    std::unique_ptr<Submission> submission = m_factory->create(settings);
    if (!submission) {
        blockAccount(acct, Error(ErrorKind::Internal, tr("No submission could be created for %1.").arg(acct.key)));
        return;
    }
    auto session = std::make_unique<Session>();
    session->serial = ++m_serial;
    session->accountKey = acct.key;
    session->submission = std::move(submission);
    session->holdsFinalDot = session->submission->holdsFinalDot();
    const quint64 serial = session->serial;
    Submission* sub = session->submission.get();
    connect(sub, &Submission::ready, this, [this, serial] {
        if (Session* s = findSession(serial))
            onReady(s);
    });
    connect(sub, &Submission::transactionFinished, this, [this, serial](const TransactionResult& result) {
        if (Session* s = findSession(serial))
            onTransactionFinished(s, result);
    });
    connect(sub, &Submission::failed, this, [this, serial](const SmtpError& error) {
        if (Session* s = findSession(serial))
            onFailed(s, error);
    });
    connect(sub, &Submission::closed, this, [this, serial] {
        if (Session* s = findSession(serial))
            onClosed(s);
    });
    connect(sub, &Submission::passwordRequested, this, [this, serial](const QString& username) {
        if (Session* s = findSession(serial))
            onPasswordRequested(s, username);
    });
    connect(sub, &Submission::stateChanged, this, [this, serial](Submission::State state) {
        Session* s = findSession(serial);
        if (!s || s->flights.empty())
            return;
        // A submission that cannot hold the dot: the marker is committed when DATA is accepted, before
        // the first body byte and so before the final dot, whatever the transport does with its buffers.
        if (state == Submission::State::Uploading && !s->holdsFinalDot)
            markDotPending(s);
        if (state == Submission::State::AwaitingFinalReply) {
            s->flights.front().afterDot = true;
            markDotPending(s);
        }
    });
    connect(sub, &Submission::finalDotHeld, this, [this, serial] {
        if (Session* s = findSession(serial)) {
            s->finalDotHeld = true;
            releaseFinalDot(s);
        }
    });
    connect(sub, &Submission::uploadProgress, this, [this, serial](qint64 sent, qint64 total) {
        if (Session* s = findSession(serial); s && !s->flights.empty())
            emit uploadProgress(s->flights.front().item.id, sent, total);
    });
    connect(wire, &Transcript::lineAdded, this, [this, serial](const QString& line) {
        if (Session* s = findSession(serial))
            s->addLine(line);
    });
    session->ownTranscript = std::move(ownTranscript);
    m_sessions.push_back(std::move(session));
    qCDebug(lcOutbox) << "opening session" << serial << "for" << acct.key;
    sub->open();
}

void OutboxRunner::onReady(Session* session)
{
    session->ready = true;
    feed(session);
}

void OutboxRunner::closeSession(Session* session)
{
    if (session->closing)
        return;
    session->closing = true;
    session->submission->close();
}

void OutboxRunner::feed(Session* session)
{
    if (session->closing || session->expectFailure || !session->ready)
        return;
    if (session->busy() && (session->flights.size() >= 2 || !session->submission->canSendAhead()))
        return;
    Account& acct = account(session->accountKey);
    const QDateTime t = now();
    const bool throttled = m_mode != Mode::Flush && acct.throttledUntil.isValid() && acct.throttledUntil > t;
    if (m_stopping || throttled || acct.credentialsRejected || !acct.blockedReason.isEmpty()) {
        unclaim(session);
        if (!session->busy())
            closeSession(session);
        return;
    }
    const AccountLimits limits = accountLimits(acct.key);
    for (;;) {
        if (session->claimed.empty() && limits.ratePerMinute > 0) {
            while (!acct.starts.isEmpty() && acct.starts.first().msecsTo(t) >= 60'000)
                acct.starts.removeFirst();
            if (acct.starts.size() >= limits.ratePerMinute) {
                if (session->busy())
                    return; // asked again when the transaction ends
                session->waitingRate = true;
                if (!acct.rateTimer) {
                    acct.rateTimer = new ClockTimer(m_store->clock(), this);
                    const QString key = acct.key;
                    connect(acct.rateTimer, &ClockTimer::timeout, this, [this, key] {
                        std::vector<quint64> waiting;
                        for (const auto& s : m_sessions) {
                            if (s->accountKey == key && s->waitingRate)
                                waiting.push_back(s->serial);
                        }
                        for (quint64 serial : waiting) {
                            if (Session* s = findSession(serial)) {
                                s->waitingRate = false;
                                feed(s);
                            }
                        }
                    });
                }
                if (!acct.rateTimer->isActive())
                    acct.rateTimer->start(qMax<qint64>(0, t.msecsTo(acct.starts.first().addSecs(60))));
                return;
            }
        }
        claim(session, acct, limits.ratePerMinute > 0 ? 1 : kClaimBatch);
        if (session->claimed.empty())
            break;
        Session::Claim next = std::move(session->claimed.front());
        session->claimed.pop_front();
        if (limits.ratePerMinute > 0)
            acct.starts.append(t);
        if (!startTransaction(session, std::move(next.item), next.at))
            continue;
        if (session->flights.size() >= 2 || !session->submission->canSendAhead())
            return;
    }
    if (!session->busy())
        closeSession(session);
}

// Records up to `batch` due items of the account as `sending` for this session, in one go: one sync of
// the journal covers them all. Topped up when half are handed over, so the sync is done long before
// their final dots.
void OutboxRunner::claim(Session* session, Account& acct, int batch)
{
    if (static_cast<int>(session->claimed.size()) > batch / 2 || acct.queue.isEmpty())
        return;
    const QDateTime t = now();
    int added = 0;
    while (static_cast<int>(session->claimed.size()) < batch && !acct.queue.isEmpty()) {
        const QString id = acct.queue.takeFirst();
        if (m_held.contains(id))
            continue;
        // The message's SHA-256 is checked as it streams out, before its final dot (releaseFinalDot()); a
        // submission that cannot hold the dot gets a message checked here.
        Result<OutboxItem> loaded =
            m_store->load(id, session->holdsFinalDot ? OutboxStore::Check::Metadata : OutboxStore::Check::Full);
        if (!loaded || loaded.value().state != OutboxItem::State::Queued)
            continue;
        OutboxItem item = std::move(loaded).value();
        if (item.pendingRecipients().isEmpty()) {
            // Everyone has it already (a crash after the last 250): file it as sent.
            if (item.allRecipientsSent() && m_store->markSent(item))
                emit itemSent(item.id);
            continue;
        }
        Session::Claim c;
        c.before = item;
        item.state = OutboxItem::State::Sending;
        item.attempts += 1;
        item.lastAttempt = t;
        item.finalDotPending = false;
        item.sendingBoot = bootId();
        if (Status s = m_store->record(item); !s) {
            qCWarning(lcOutbox) << "cannot start" << item.id << ":" << s.error().message();
            continue;
        }
        c.item = item;
        c.at = m_store->journalWritten();
        session->claimed.push_back(std::move(c));
        ++added;
        emit itemChanged(id);
    }
    if (added > 0)
        m_store->requestJournalSync(); // done long before the first of them reaches its dot
    if (added > 0 && !session->holdsFinalDot) {
        // The submission cannot wait for the sync before its dot: wait here.
        if (Status s = m_store->syncJournal(); !s)
            qCWarning(lcOutbox) << "outbox journal:" << s.error().message();
    }
}

// Items claimed and never handed over go back as they were.
void OutboxRunner::unclaim(Session* session)
{
    while (!session->claimed.empty()) {
        OutboxItem before = std::move(session->claimed.back().before);
        session->claimed.pop_back();
        commit(before);
        emit itemChanged(before.id);
    }
}

bool OutboxRunner::startTransaction(Session* session, OutboxItem item, quint64 claimedAt)
{
    auto body = std::make_unique<HashingFile>(m_store->messagePath(item.id));
    if (!body->open(QIODevice::ReadOnly)) {
        RetryDecision fail;
        fail.action = RetryDecision::Action::Fail;
        fail.kind = ErrorKind::IoError;
        applyFailure(item, fail,
                     tr("The stored message %1 could not be read (%2); it cannot be sent.")
                         .arg(QDir::toNativeSeparators(body->fileName()), body->errorString()),
                     {}, account(session->accountKey));
        return false;
    }
    session->startedAny = true;
    if (session->flights.empty())
        session->lines.clear();
    const Envelope envelope = item.pendingEnvelope();
    const qint64 size = item.size;
    Session::Flight flight;
    flight.item = std::move(item);
    flight.body = std::move(body);
    flight.claimedAt = claimedAt;
    QIODevice* device = flight.body.get();
    const QString id = flight.item.id;
    session->flights.push_back(std::move(flight));
    qCDebug(lcOutbox) << "sending" << id << "to" << envelope.recipients;
    session->submission->send(envelope, device, size);
    return true;
}

// The submission waits to send the oldest flight's final dot: first its `sending` record must be on
// the disk (so that even a power cut leaves it recoverable as outcome unknown), then finalDotPending
// is written (a process that dies leaves it in the page cache), then the dot may go.
void OutboxRunner::releaseFinalDot(Session* session)
{
    if (!session->finalDotHeld || session->flights.empty())
        return;
    if (session->flights.front().claimedAt > m_store->journalSynced()) {
        m_store->requestJournalSync(); // journalSyncedTo() brings us back
        return;
    }
    session->finalDotHeld = false;
    Session::Flight& flight = session->flights.front();
    if (flight.body && flight.body->sha256Hex() != flight.item.messageSha256) {
        // Changed or damaged on the disk since it was queued: the dot never goes, so the server drops
        // what it has, and the item is set aside and reported like any damaged one.
        qCWarning(lcOutbox) << "message of" << flight.item.id << "does not match its SHA-256; not sent";
        flight.damaged = true;
        m_store->setAside(flight.item.id,
                          tr("message.eml does not match its checksum: it was changed or damaged; it was not sent"));
        session->submission->abort();
        return;
    }
    // The next message's envelope goes in the same write as this dot (send-ahead): hand it over now.
    // This is also where a session that holds its final dots is fed after a transaction (see onTransactionFinished()).
    feed(session);
    markDotPending(session);
    session->submission->releaseFinalDot();
}

void OutboxRunner::markDotPending(Session* session)
{
    if (session->flights.empty())
        return;
    Session::Flight& flight = session->flights.front();
    if (flight.dotMarked)
        return;
    flight.dotMarked = true;
    if (Status s = m_store->recordDotPending(flight.item); !s)
        qCWarning(lcOutbox) << "could not record" << flight.item.id << ":" << s.error().message();
}

void OutboxRunner::onTransactionFinished(Session* session, const TransactionResult& result)
{
    if (session->flights.empty())
        return;
    Session::Flight flight = std::move(session->flights.front());
    session->flights.pop_front();
    OutboxItem item = std::move(flight.item);
    const bool afterDot = flight.afterDot;
    flight.body.reset();
    const QStringList transcript = session->transcriptOf(flight);
    if (flight.damaged) {
        emit itemChanged(item.id);
        emit itemFailed(item.id);
        session->expectFailure = true; // aborted: closed() follows
        return;
    }
    Account& acct = account(session->accountKey);
    const QDateTime t = now();
    const QString finalText = outboxReplyText(result.finalReply);

    auto find = [&item](const QString& address) -> OutboxRecipient* {
        for (OutboxRecipient& r : item.recipients) {
            if (r.address.compare(address, Qt::CaseInsensitive) == 0)
                return &r;
        }
        return nullptr;
    };
    QStringList refused;
    QStringList refusedReplies;
    QStringList deferred;
    for (const RecipientResult& r : result.recipients) {
        OutboxRecipient* rcpt = find(r.address);
        if (!rcpt || rcpt->state != OutboxRecipient::State::Pending)
            continue;
        const QString text = outboxReplyText(r.reply);
        switch (r.state) {
        case RecipientState::Delivered:
            rcpt->state = OutboxRecipient::State::Sent;
            rcpt->reply = text.isEmpty() ? finalText : text;
            break;
        case RecipientState::Accepted:
            if (result.delivered) {
                rcpt->state = OutboxRecipient::State::Sent;
                rcpt->reply = text.isEmpty() ? finalText : text;
            }
            break;
        case RecipientState::TemporaryFailure:
            rcpt->reply = text;
            deferred << r.address;
            break;
        case RecipientState::PermanentFailure:
            rcpt->reply = text;
            rcpt->state = OutboxRecipient::State::Failed;
            refused << r.address;
            refusedReplies << text;
            break;
        case RecipientState::Pending:
        case RecipientState::NotAttempted:
            break;
        }
    }
    if (result.delivered && result.recipients.isEmpty()) {
        for (OutboxRecipient& r : item.recipients) {
            if (r.state == OutboxRecipient::State::Pending) {
                r.state = OutboxRecipient::State::Sent;
                r.reply = finalText;
            }
        }
    }
    item.transcript = transcript;

    if (item.allRecipientsSent()) {
        item.lastError.clear();
        item.lastReply = finalText;
        item.lastErrorKind = ErrorKind::None;
        item.nextAttempt = {};
        item.addEvent(t, tr("sent: %1").arg(finalText));
        // The first thing after the final 250: commit `sent` (markSent writes it before moving the item).
        if (Status s = m_store->markSent(item); !s)
            qCWarning(lcOutbox) << "sent" << item.id << "but:" << s.error().message();
        acct.throttleCount = 0;
        emit itemChanged(item.id);
        emit itemSent(item.id);
    } else if (!refused.isEmpty() && !result.delivered) {
        RetryDecision fail;
        fail.action = RetryDecision::Action::Fail;
        fail.kind = ErrorKind::Permanent;
        applyFailure(item, fail,
                     tr("The server refused %1 (%2). Nobody was sent the message. Correct the address, then retry "
                        "or remove the message.")
                         .arg(refused.join(QStringLiteral(", ")), refusedReplies.join(QStringLiteral("; "))),
                     refusedReplies.value(0), acct);
    } else if (result.delivered) {
        const bool anyPending = !item.pendingRecipients().isEmpty();
        RetryDecision d;
        d.action = anyPending ? RetryDecision::Action::Retry : RetryDecision::Action::Fail;
        d.kind = anyPending ? ErrorKind::Temporary : ErrorKind::Permanent;
        const QString message = anyPending
            ? tr("Sent to some recipients; %1 refused for now and will be retried.")
                  .arg(item.pendingRecipients().join(QStringLiteral(", ")))
            : tr("Sent to some recipients; the server refused %1 (%2).")
                  .arg(refused.join(QStringLiteral(", ")), refusedReplies.join(QStringLiteral("; ")));
        QString reply;
        for (const OutboxRecipient& r : item.recipients) {
            if (r.state != OutboxRecipient::State::Sent && !r.reply.isEmpty()) {
                reply = r.reply;
                break;
            }
        }
        applyFailure(item, d, message, reply, acct);
    } else {
        RetryDecision d = RetryPolicy::classify(result);
        const SmtpFailure f = result.error.failure;
        if (afterDot && (f == SmtpFailure::ConnectionLost || f == SmtpFailure::Timeout)) {
            d.outcomeUnknown = true;
            d.action = RetryDecision::Action::Retry;
            d.kind = ErrorKind::Temporary;
        }
        QString message = result.error.message;
        if (!session->abortReason.isEmpty()) {
            message = session->abortReason;
            d.action = RetryDecision::Action::Retry;
            d.kind = ErrorKind::IoError;
            d.throttleAccount = false;
        }
        if (message.isEmpty()) {
            message = deferred.isEmpty()
                ? tr("The server did not take the message: %1").arg(outboxReplyText(result.finalReply))
                : tr("The server refused %1 for now; the message will be retried.")
                      .arg(deferred.join(QStringLiteral(", ")));
        }
        QString reply = outboxReplyText(result.error.reply);
        if (reply.isEmpty())
            reply = finalText;
        if (reply.isEmpty() && !deferred.isEmpty())
            reply = find(deferred.first())->reply;
        applyFailure(item, d, message, reply, acct);
    }

    if (killsSession(result.error.failure) || result.outcomeUnknown) {
        session->expectFailure = true; // failed() follows and ends the session
        return;
    }
    if (session->finalDotHeld)
        releaseFinalDot(session); // the next flight's dot may be waiting already
    // A flight whose dot is still to be released is fed from releaseFinalDot(), just before that dot: no
    // trip through the event loop for every message.
    if (session->holdsFinalDot && !session->flights.empty() && !session->flights.front().dotMarked)
        return;
    const quint64 serial = session->serial;
    QMetaObject::invokeMethod(
        this,
        [this, serial] {
            if (Session* s = findSession(serial))
                feed(s);
        },
        Qt::QueuedConnection);
}

void OutboxRunner::applyFailure(OutboxItem& item, const RetryDecision& decision, const QString& message,
                                const QString& reply, Account& acct)
{
    const QDateTime t = now();
    item.finalDotPending = false;
    item.lastError = message;
    item.lastReply = reply;
    item.lastErrorKind = decision.kind;
    if (decision.outcomeUnknown) {
        item.possibleDuplicate = true;
        item.addEvent(t, outcomeUnknownText());
    } else {
        item.addEvent(t, reply.isEmpty() ? message : reply);
    }
    if (decision.credentialsRejected) {
        acct.queue.clear();
        if (!acct.credentialsRejected) {
            acct.credentialsRejected = true;
            emit credentialsRejected(acct.key);
        }
    }
    if (decision.retries()) {
        if (m_policy.shouldGiveUp(item.windowStart, t)) {
            item.state = OutboxItem::State::Failed;
            item.nextAttempt = {};
            item.lastError = tr("Gave up after %1 hours of trying. The last error was: %2")
                                 .arg(m_policy.config().giveUpHours)
                                 .arg(message);
            item.addEvent(t, tr("gave up"));
        } else {
            qint64 delay = m_policy.backoffSeconds(qMax(1, item.attempts));
            if (decision.throttleAccount) {
                if (!acct.throttledUntil.isValid() || acct.throttledUntil <= t) {
                    acct.throttleCount += 1;
                    acct.throttledUntil = t.addSecs(m_policy.backoffSeconds(acct.throttleCount));
                    qCInfo(lcOutbox) << "account" << acct.key << "throttled until" << acct.throttledUntil;
                }
                acct.queue.clear();
                delay = qMax(delay, t.secsTo(acct.throttledUntil));
            }
            QDateTime next = t.addSecs(delay);
            const QDateTime giveUp = m_policy.giveUpAt(item.windowStart);
            if (next > giveUp)
                next = giveUp;
            item.nextAttempt = next;
            item.state = OutboxItem::State::Queued;
        }
    } else {
        item.state = OutboxItem::State::Failed;
        item.nextAttempt = {};
    }
    commit(item);
    emit itemChanged(item.id);
    if (item.state == OutboxItem::State::Failed)
        emit itemFailed(item.id);
}

void OutboxRunner::failQueue(Account& acct, const SmtpError& error, const QStringList& transcript)
{
    const RetryDecision decision = RetryPolicy::classify(error);
    const QStringList ids = acct.queue;
    acct.queue.clear();
    const QDateTime t = now();
    QString message = error.message;
    if (message.isEmpty())
        message = tr("The connection to the server failed.");
    for (const QString& id : ids) {
        Result<OutboxItem> r = m_store->load(id, OutboxStore::Check::Metadata);
        if (!r || r.value().state != OutboxItem::State::Queued)
            continue;
        OutboxItem item = r.value();
        item.attempts += 1;
        item.lastAttempt = t;
        item.transcript = transcript;
        applyFailure(item, decision, message, outboxReplyText(error.reply), acct);
    }
}

void OutboxRunner::onFailed(Session* session, const SmtpError& error)
{
    Account& acct = account(session->accountKey);
    qCDebug(lcOutbox) << "session" << session->serial << "failed:" << error.message;
    unclaim(session);
    if (session->busy()) {
        // Flights the submission did not report (a transport without transactionFinished on failure).
        while (!session->flights.empty()) {
            Session::Flight flight = std::move(session->flights.front());
            session->flights.pop_front();
            OutboxItem item = std::move(flight.item);
            RetryDecision d = RetryPolicy::classify(error);
            // The transport reports a loss after the dot as OutcomeUnknown; a plain loss or timeout seen
            // after the dot is taken the same way.
            if (flight.afterDot
                && (error.failure == SmtpFailure::ConnectionLost || error.failure == SmtpFailure::Timeout)) {
                d.outcomeUnknown = true;
                d.action = RetryDecision::Action::Retry;
                d.kind = ErrorKind::Temporary;
            }
            item.transcript = session->transcriptOf(flight);
            applyFailure(item, d, error.message, outboxReplyText(error.reply), acct);
        }
    } else if (!session->ready) {
        const RetryDecision d = RetryPolicy::classify(error);
        int others = 0;
        for (const auto& other : m_sessions) {
            if (other.get() != session && other->accountKey == acct.key && !other->closing && !other->expectFailure)
                ++others;
        }
        if (others > 0 && d.retries()) {
            // A parallel connection was refused (often "too many connections"): the sessions that
            // work carry on with the queue, and no more are opened for this batch.
            acct.cap = others;
            qCInfo(lcOutbox) << "account" << acct.key << "limited to" << others << "sessions:" << error.message;
        } else {
            failQueue(acct, error, session->transcript());
        }
    }
    endSession(session);
    startSessions(acct);
    checkIdle();
}

void OutboxRunner::onClosed(Session* session)
{
    if (session->busy()) {
        SmtpError lost;
        lost.failure = SmtpFailure::ConnectionLost;
        lost.kind = ErrorKind::Temporary;
        lost.message = tr("The server closed the connection during the transaction.");
        onFailed(session, lost);
        return;
    }
    Account& acct = account(session->accountKey);
    endSession(session);
    startSessions(acct);
    checkIdle();
}

void OutboxRunner::onPasswordRequested(Session* session, const QString& username)
{
    Account& acct = account(session->accountKey);
    const QString host = session->submission->endpoint().host;
    endSession(session);
    blockAccount(acct,
                 Error(ErrorKind::Config,
                       tr("The server %1 asks for the password of %2 and none was given; the message stays queued. "
                          "Give the password (--password-env VAR or --password-stdin, or store it with the account) "
                          "and run the queue again.")
                           .arg(host, username)));
    checkIdle();
}

void OutboxRunner::endSession(Session* session)
{
    unclaim(session);
    const QString key = session->accountKey;
    Submission* sub = session->submission.release();
    disconnect(sub, nullptr, this, nullptr);
    const Submission::State st = sub->state();
    if (st != Submission::State::Closed && st != Submission::State::Idle)
        sub->abort();
    sub->deleteLater();
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        if (it->get() == session) {
            m_sessions.erase(it);
            break;
        }
    }
    if (sessionCount(key, false) == 0) {
        Account& acct = account(key);
        acct.settings.reset(); // asked again next time: an account may change meanwhile
        acct.cap = 0;
    }
}

void OutboxRunner::commit(OutboxItem item)
{
    if (Status s = m_store->record(item); !s)
        qCWarning(lcOutbox) << "could not record" << item.id << ":" << s.error().message();
}

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
            const Account& acct = account(item.accountKey());
            if (acct.blockedReason.isEmpty() && !acct.credentialsRejected) {
                left = true;
                break;
            }
        }
        if (!left) {
            finish();
            return;
        }
        scheduleWake();
        emit idle();
        return;
    }
    case Mode::Continuous:
        scheduleWake();
        emit idle();
        return;
    }
}

void OutboxRunner::scheduleWake()
{
    QDateTime next;
    for (const OutboxItem& item : m_store->items(OutboxStore::Check::Metadata)) {
        if (item.state != OutboxItem::State::Queued)
            continue;
        const Account& acct = account(item.accountKey());
        if (!acct.blockedReason.isEmpty() || acct.credentialsRejected)
            continue;
        QDateTime when = effectiveNext(item);
        if (acct.throttledUntil.isValid() && acct.throttledUntil > when)
            when = acct.throttledUntil;
        if (!next.isValid() || when < next)
            next = when;
    }
    m_nextWake = next;
    if (!isOnline()) {
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
    m_nextWake = {};
    releaseLock();
    if (m_finishedEmitted)
        return;
    m_finishedEmitted = true;
    emit idle();
    emit finished();
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
    item.addEvent(t, tr("retry requested"));
    return {};
}

void OutboxRunner::unblockAccount(const QString& accountKey)
{
    Account& acct = account(accountKey);
    acct.blockedReason.clear();
    acct.credentialsRejected = false;
    acct.throttledUntil = {};
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

Status OutboxRunner::remove(const QString& id)
{
    if (inFlight(id)) {
        return Error(ErrorKind::Temporary,
                     tr("The message %1 is being sent right now; remove it when the attempt has ended.").arg(id));
    }
    for (auto& acct : m_accounts)
        acct->queue.removeAll(id);
    Status s = m_store->remove(id);
    if (s)
        emit itemChanged(id);
    return s;
}

Status OutboxRunner::hold(const QString& id)
{
    if (inFlight(id)) {
        return Error(ErrorKind::Temporary,
                     tr("The message %1 is being sent right now; wait for the attempt to end.").arg(id));
    }
    ++m_held[id];
    for (auto& acct : m_accounts)
        acct->queue.removeAll(id);
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
    auto accountKey = std::make_shared<QString>();
    onDisk(
        [id, t, accountKey](OutboxStore& store) -> Status {
            Result<OutboxItem> r = store.load(id);
            if (!r)
                return r.error();
            OutboxItem item = r.value();
            if (Status s = requeue(item, t); !s)
                return s;
            *accountKey = item.accountKey();
            return store.update(item);
        },
        [this, id, accountKey, done](const Status& s) {
            if (s) {
                m_store->noteUpdated(id);
                unblockAccount(*accountKey);
                emit itemChanged(id);
            } else if (s.error().kind() == ErrorKind::DataError) {
                m_store->noteRemoved(id); // found damaged and moved aside
            }
            release(id);
            done(s);
        });
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
    onDisk([id](OutboxStore& store) { return store.remove(id); },
           [this, id, done](const Status& s) {
               if (s) {
                   m_store->noteRemoved(id);
                   emit itemChanged(id);
               }
               release(id);
               done(s);
           });
}

QList<OutboxItem> OutboxRunner::list()
{
    return m_store->items();
}

QStringList OutboxRunner::accountsNeedingCredentials() const
{
    QStringList out;
    for (const auto& acct : m_accounts) {
        if (acct->credentialsRejected)
            out << acct->key;
    }
    out.sort();
    return out;
}

bool OutboxRunner::credentialsNeedAttention(const QString& accountKey) const
{
    const auto it = m_accounts.constFind(accountKey);
    return it != m_accounts.cend() && (*it)->credentialsRejected;
}

void OutboxRunner::clearCredentialsAttention(const QString& accountKey)
{
    account(accountKey).credentialsRejected = false;
    if (m_running && !m_stopping)
        schedulePass();
}

QDateTime OutboxRunner::accountThrottledUntil(const QString& accountKey) const
{
    const auto it = m_accounts.constFind(accountKey);
    if (it == m_accounts.cend())
        return {};
    return (*it)->throttledUntil;
}

QString OutboxRunner::accountBlockedReason(const QString& accountKey) const
{
    const auto it = m_accounts.constFind(accountKey);
    return it == m_accounts.cend() ? QString() : (*it)->blockedReason;
}

} // namespace Postino
