#pragma once

#include "common/Error.h"
#include "outbox/AccountState.h"
#include "outbox/AttemptOutcome.h"
#include "outbox/OutboxItem.h"
#include "outbox/RetryPolicy.h"
#include "smtp/Submission.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QLockFile;

namespace Postino {

class SerialWorker;

class ClockTimer;
class CredentialsProvider;
class AccountStore;
class NetworkMonitor;
class OutboxStore;
class Settings;

// Sends what is in the outbox when it is due.
//
// - Items are grouped by account; consecutive items of one account share a session (open once, send()
//   several times), with up to max_connections sessions per account.
// - Pacing: an account with a rate (messages per minute) or a daily limit (messages per rolling 24 hours)
//   sends at the pace of its SendPacer: evenly spaced (30 a minute: one every 2 s), one item claimed at a
//   time. Each transaction start is noted in the pacer and appended to the account's PaceLog
//   (<outbox>/pace/) before MAIL FROM goes out, and the log is read when the account is first paced (and
//   again when another runner wrote it since), so a restarted runner keeps the pace instead of bursting.
//   A session that would wait longer than kLongPaceWaitMsec for its next start is closed (QUIT) and the
//   runner wakes for that start. Every mode honours the pace (Flush too: it ignores backoff, not limits);
//   UntilEmpty waits for paced items.
// - Every state change is committed to disk at once; `sending -> sent` right after the final 250.
// - Failures go through RetryPolicy: backoff (the whole account for throttling replies), failed at once
//   for 5xx / security / authentication (the account's credentials are flagged).
// - Recipients that have the message are never sent it again; 4xx-refused ones are retried later.
// - One runner per outbox across processes (QLockFile, held while a pass is sending and released when
//   idle): a runner that cannot take the lock sends nothing and tries again later (lockBusy()).
// - Crash recovery: an item found in `sending` under the lock is orphaned. If its finalDotPending mark
//   was committed (on Submission::State::Uploading, i.e. DATA accepted, before the first body byte and
//   so before the final dot) it is treated as outcome unknown (possible duplicate); otherwise it is
//   simply queued again. Live sessions trust the transport's OutcomeUnknown (and treat a lost
//   connection or timeout after AwaitingFinalReply the same way).
// - The item keeps the transcript of its last attempt: the session's preamble (greeting, EHLO, TLS,
//   AUTH redacted) and its own transaction, from the smtp module's Transcript when it is built in.
// - Offline (NetworkMonitor), it does nothing; when the network comes back it retries at once.
//
// What an attempt comes to is decided by AttemptOutcome (pure, tested without sockets), what is known
// about each account is AccountState's; the runner drives the sessions and applies the outcomes.
// Its sources: OutboxRunner.cpp (the sessions), OutboxRunnerPasses.cpp (modes, passes, the lock, idle),
// OutboxRunnerItems.cpp (outcomes applied; the items and accounts API), OutboxRunnerPace.cpp (the pace).
class OutboxRunner : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Continuous, // the GUI: send what is due, wake for what is not, forever (until stop())
        DueOnce, // send what is due now, then finished()
        UntilEmpty, // `queue run --until-empty`: until nothing it can send is queued, then finished()
        Flush, // `queue flush`: every queued item once, now, ignoring backoff, then finished()
    };
    Q_ENUM(Mode)

    using AccountLimits = Postino::AccountLimits;

    // None of these is owned; they must outlive the runner. The store's clock drives the runner.
    OutboxRunner(OutboxStore* store, SubmissionFactory* factory, CredentialsProvider* credentials,
                 QObject* parent = nullptr);
    ~OutboxRunner() override;

    // --- configuration (before running) ---
    void setNetworkMonitor(NetworkMonitor* monitor); // null: always online
    // Whether a named account's server is on this machine (its host is loopback: a local relay, a test
    // server), so that its messages go while the network is away; an ad-hoc item's host is looked at by the
    // runner itself (the desktop app's test server). Null: no named account is. The CLI and the GUI give
    // accountsOnThisMachine(their AccountStore).
    using LocalAccount = std::function<bool(const QString& account)>;
    void setLocalAccount(LocalAccount local) { m_localAccount = std::move(local); }
    // localhost, a name under .localhost (RFC 6761) or a loopback address: reachable without a network.
    [[nodiscard]] static bool isOnThisMachine(const QString& host);
    // Retry settings and per-account limits come from here (accounts/<name>/max_connections, ...).
    void setSettings(const Settings* settings);
    void setRetryPolicy(const RetryPolicy& policy);
    // Overrides settings for one account key (OutboxItem::accountKey()).
    void setAccountLimits(const QString& accountKey, AccountLimits limits);
    // The limits of an account, most binding first: setAccountLimits(); each limit the settings set
    // (accounts/<name>/max_connections, rate_per_minute, daily_limit; 0 set by the user means none);
    // setDefaultLimits() (what its provider allows: providerDefaultLimits()); none, two connections.
    [[nodiscard]] AccountLimits accountLimits(const QString& accountKey) const;
    // Asked once per account and pass (an account may change its server meanwhile).
    void setDefaultLimits(DefaultLimits defaults);
    // A session closes rather than wait longer than this for the pace.
    static constexpr qint64 kLongPaceWaitMsec = 60'000;
    // --retry-initial SECONDS: the first backoff step, and an item already waiting becomes due no later
    // than SECONDS after its last attempt.
    void setRetryInitialOverride(qint64 seconds);
    // How often a runner that could not take the lock tries again (default 5 s).
    void setLockRetryInterval(qint64 msec) { m_lockRetryMsec = msec; }
    // What the owner of a queued item (a campaign) says about it now: Send; Hold (it stays queued and is
    // neither sent, nor waited for by UntilEmpty, nor woken for: a paused campaign); Drop (the runner
    // removes it from the outbox: a cancelled campaign, a recipient put on the suppression list). Asked when
    // the item would be queued for a session and again when a session claims it, so a pause acts on the
    // next message. Without a gate every item is Send.
    enum class Gate { Send, Hold, Drop };
    Q_ENUM(Gate)
    using ItemGate = std::function<Gate(const OutboxItem& item)>;
    void setItemGate(ItemGate gate) { m_gate = std::move(gate); }
    // In Continuous mode, how often the outbox is read again for items queued by another process
    // (`send --queue` while the GUI runs). Default 60 s; 0 = never.
    void setRescanInterval(qint64 msec) { m_rescanMsec = msec; }

    // --- running ---
    void start(Mode mode = Mode::Continuous, qint64 maxTimeMsec = 0); // maxTime: --max-time, 0 = none
    // While running Continuous (the GUI), these are one extra pass and the runner keeps running;
    // otherwise they start a run of their own that ends with finished().
    void runDue();
    void flush();
    // `send`: tries this one item once, now (ignoring backoff), then finished(); other items wait.
    void sendNow(const QString& id);
    // Starts nothing new; transactions in flight finish, then finished() (for the CLI's modes).
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    // No session, no pending request, no pass scheduled.
    [[nodiscard]] bool isIdle() const;
    [[nodiscard]] bool holdsLock() const;
    [[nodiscard]] bool isOnline() const;
    // Online, or the item's server is on this machine.
    [[nodiscard]] bool canReach(const OutboxItem& item) const;

    // --- items (for the CLI and the UI) ---
    // Makes the item due now (a failed one is queued again with a fresh give-up window) and clears
    // the blocks on its account. Does not send by itself unless the runner is running. NoInput if unknown.
    [[nodiscard]] Status retryNow(const QString& id);
    // Deletes an item; refused while this runner is sending it. NoInput if unknown.
    [[nodiscard]] Status remove(const QString& id);
    // The same for the GUI: what waits for the disk runs on the runner's worker thread, and done is
    // called on this thread with the outcome (not at all if the runner is destroyed first). The runner
    // leaves the item alone until then. Refused at once (through done) while it is being sent.
    using Done = std::function<void(const Status&)>;
    void retryNowAsync(const QString& id, Done done);
    void removeAsync(const QString& id, Done done);
    // Keeps the runner from starting to send the item (Edit: while its text is fetched), until
    // release() or the end of a removeAsync() of it. Refused while it is being sent.
    [[nodiscard]] Status hold(const QString& id);
    void release(const QString& id);
    [[nodiscard]] bool isHeld(const QString& id) const { return m_held.contains(id); }
    // Work on the store's worker thread under way for this runner (a checkpoint of the journal, a retry,
    // a removal).
    [[nodiscard]] bool diskBusy() const { return m_diskJobs > 0; }
    // Waits for something that takes real time, not its clock's: work on its worker thread, or the
    // journal's sync before a final dot (tests wait for these instead of for an elapsed time).
    [[nodiscard]] bool waitsForTheDisk() const;
    // queued, sending and failed items, in id order.
    [[nodiscard]] QList<OutboxItem> list();

    // --- accounts ---
    // Accounts whose password was refused (535): their items fail with kind Auth until retried.
    [[nodiscard]] QStringList accountsNeedingCredentials() const;
    [[nodiscard]] bool credentialsNeedAttention(const QString& accountKey) const;
    void clearCredentialsAttention(const QString& accountKey);
    [[nodiscard]] QDateTime accountThrottledUntil(const QString& accountKey) const;
    // Why an account's items wait (no password given, ...), empty if they do not.
    [[nodiscard]] QString accountBlockedReason(const QString& accountKey) const;
    // When the account's pace lets its next message go: invalid when it is not paced, or may send now.
    // Works in a process that does not hold the outbox's lock (`campaign status` beside `queue run`): the
    // starts are read from the account's pace log then (and whenever this runner's copy is not current).
    [[nodiscard]] QDateTime nextSendAt(const QString& accountKey) const;
    // Why the account's next message waits for the pace (SendPacer::reason()), empty if it does not.
    [[nodiscard]] QString paceReason(const QString& accountKey) const;

signals:
    void itemChanged(const QString& id);
    // Bytes of the item's message handed to the server so far (of total).
    void uploadProgress(const QString& id, qint64 sent, qint64 total);
    void itemSent(const QString& id);
    void itemFailed(const QString& id);
    void credentialsRejected(const QString& accountKey);
    void lockBusy(const QString& lockFile); // another runner is sending this outbox; we wait
    // The outbox's folder cannot be written (a full or read-only disk): nothing is sent, since no attempt could
    // be recorded; message says so and what to do. Continuous tries again at the lock's pace, the others finish.
    void diskProblem(const QString& message);
    void finished();

private:
    struct Session;

    void schedulePass();
    void pass();
    bool acquireLock();
    [[nodiscard]] QString unwritableReason() const;
    void releaseLock();
    void recoverOrphans(QList<OutboxItem>& items); // commits and updates those it recovers
    // Puts the items due at t into their accounts' queues; the accounts that got any.
    QStringList queueDue(const QList<OutboxItem>& items, bool ignoreBackoff, const QDateTime& t);
    [[nodiscard]] QDateTime effectiveNext(const OutboxItem& item) const;
    // The gate's word on an item (Send without a gate); dropping it if it says Drop.
    [[nodiscard]] Gate gate(const OutboxItem& item);
    void drop(const QString& id);
    AccountState& account(const QString& key) { return m_accounts.get(key); }
    void startSessions(AccountState& acct);
    void openSession(AccountState& acct);
    void feed(Session* session);
    void claim(Session* session, AccountState& acct, int batch);
    void unclaim(Session* session);
    bool startTransaction(Session* session, OutboxItem item, quint64 claimedAt, bool paced);
    void releaseFinalDot(Session* session);
    void onSettings(const QString& key, Result<SubmissionSettings> result);
    void onReady(Session* session);
    void onClosed(Session* session);
    void closeSession(Session* session);
    [[nodiscard]] Session* findSession(quint64 serial) const;
    [[nodiscard]] int sessionCount(const QString& key, bool onlyWaiting) const;
    void onTransactionFinished(Session* session, const TransactionResult& result);
    void onFailed(Session* session, const SmtpError& error);
    void onPasswordRequested(Session* session, const QString& username);
    // A refused OAuth2 token: forgotten and asked for again once (true: the session is opened again).
    bool retryWithFreshToken(AccountState& acct, const SmtpError& error);
    void markDotPending(Session* session);
    // Makes the session wait until `next`, when the account's pace lets it start another transaction.
    void waitForPace(Session* session, AccountState& acct, const QDateTime& next);
    // When the paced account may start its next transaction (t when it is not paced), its pacer brought
    // up to date with its limits and its pace log.
    QDateTime paceNext(AccountState& acct, const AccountLimits& limits, const QDateTime& t);
    // Whether the account waits longer than kLongPaceWaitMsec for its pace (cached per pass in waits).
    bool waitsLongForPace(AccountState& acct, const QDateTime& t, QHash<QString, bool>& waits);
    // A transaction of the paced account starts now: in its pacer and its pace log.
    void notePaceStart(AccountState& acct, const QDateTime& t);
    // This runner's pacer of the account if it is current, else one read from the disk.
    [[nodiscard]] SendPacer currentPace(const QString& key, const AccountLimits& limits) const;
    // What an attempt changes in an item before it goes out (attempts, last attempt; a paced account's
    // give-up window moved on by the wait for its turn).
    void beginAttempt(OutboxItem& item, const QDateTime& t, bool paced) const;
    // Commits what an attempt came to and does what it says to the account; then the signals.
    void apply(AttemptOutcome outcome, AccountState& acct);
    void applyFailure(const OutboxItem& item, const AttemptFailure& failure, AccountState& acct);
    void blockAccount(AccountState& acct, const Error& error);
    void failQueue(AccountState& acct, const SmtpError& error, const QStringList& transcript);
    void commit(OutboxItem item);
    void endSession(Session* session);
    void checkIdle();
    void scheduleWake();
    void finish();
    [[nodiscard]] bool inFlight(const QString& id) const;
    [[nodiscard]] QDateTime now() const;
    // This boot of the machine; see OutboxItem::sendingBoot.
    [[nodiscard]] static QString bootId();
    // What retryNow() changes in an item; an error for one being sent.
    static Status requeue(OutboxItem& item, const QDateTime& t);
    void unblockAccount(const QString& accountKey);
    // then(), counted as disk work until the store's worker reports back (not idle before).
    [[nodiscard]] Done counted(Done then);
    void checkpointOnDisk();

    OutboxStore* m_store;
    SubmissionFactory* m_factory;
    CredentialsProvider* m_credentials;
    NetworkMonitor* m_network = nullptr;
    const Settings* m_settings = nullptr;
    RetryPolicy m_policy;
    qint64 m_dueCapSeconds = 0;
    qint64 m_lockRetryMsec = 5000;
    qint64 m_rescanMsec = 60'000;
    QSet<QString> m_only; // sendNow(): only these items
    ItemGate m_gate;
    LocalAccount m_localAccount;
    mutable QHash<QString, bool> m_localAccounts; // its answers in this pass
    QSet<QString> m_dropping; // removals asked by drop() and not yet done
    std::unique_ptr<QLockFile> m_lock;
    bool m_lockBusyReported = false;
    QString m_diskProblem; // why acquireLock() failed, when it was the disk and not another runner
    QString m_diskProblemReported;
    bool m_orphansUnchecked = false; // the lock was just taken: the next pass recovers orphans
    bool m_inPass = false;
    quint64 m_serial = 0;

    Mode m_mode = Mode::Continuous;
    bool m_running = false;
    bool m_stopping = false;
    bool m_passScheduled = false;
    bool m_ignoreBackoffOnce = false;
    bool m_finishedEmitted = false;
    QSet<QString> m_flushed; // items tried by this flush
    AccountStates m_accounts;
    std::vector<std::unique_ptr<Session>> m_sessions;
    int m_pendingRequests = 0;
    ClockTimer* m_wakeTimer;
    ClockTimer* m_lockTimer;
    ClockTimer* m_maxTimeTimer;
    int m_diskJobs = 0; // the store's async writes asked for by this runner and not yet reported
    QHash<QString, int> m_held; // hold()s of each item
    bool m_checkpointing = false; // the journal is being checkpointed on the worker, under our lock
    bool m_passAfterCheckpoint = false;
};

// The runner's LocalAccount for the accounts of this store (which must outlive the runner): an account whose host
// is localhost or a loopback address.
[[nodiscard]] OutboxRunner::LocalAccount accountsOnThisMachine(const AccountStore& accounts);

} // namespace Postino
