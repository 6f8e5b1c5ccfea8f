#pragma once

#include "outbox/PaceLog.h"
#include "outbox/SendPacer.h"
#include "smtp/Submission.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace Postino {

class ClockTimer;
class Settings;

// How many sessions the outbox runner opens for an account, and how fast it sends through them.
struct AccountLimits
{
    int maxConnections = 2;
    int ratePerMinute = 0; // 0: no limit; evenly spaced (30: one every 2 s)
    int dailyLimit = 0; // messages in any 24 hours; 0: no limit

    [[nodiscard]] PaceLimits pace() const { return {ratePerMinute, dailyLimit}; }
    [[nodiscard]] bool isPaced() const { return pace().any(); }
    friend bool operator==(const AccountLimits& a, const AccountLimits& b)
    {
        return a.maxConnections == b.maxConnections && a.ratePerMinute == b.ratePerMinute
            && a.dailyLimit == b.dailyLimit;
    }
    friend bool operator!=(const AccountLimits& a, const AccountLimits& b) { return !(a == b); }
};

// An account's limits when neither the runner's owner (setAccountLimits) nor the settings say them: what
// its provider is known to allow (outbox/ProviderLimits.h), by account key.
using DefaultLimits = std::function<AccountLimits(const QString& accountKey)>;

// The backoff of a whole account after throttling replies: its items wait until `until`. count is the
// number of throttles since the last message sent (the backoff step of the next one).
struct AccountThrottle
{
    QDateTime until;
    int count = 0;

    [[nodiscard]] bool activeAt(const QDateTime& t) const { return until.isValid() && until > t; }
    friend bool operator==(const AccountThrottle& a, const AccountThrottle& b)
    {
        return a.until == b.until && a.count == b.count;
    }
    friend bool operator!=(const AccountThrottle& a, const AccountThrottle& b) { return !(a == b); }
};

// What the outbox runner knows about one account while it runs (OutboxItem::accountKey()): whether its
// items wait (blocked, credentials refused, throttled), its pace, its connection cap, and its due items
// waiting for a session in this pass.
class AccountState
{
public:
    explicit AccountState(QString key)
        : m_key(std::move(key))
    { }

    [[nodiscard]] const QString& key() const { return m_key; }

    // --- why its items wait ---
    // Blocked (no password given, ...) or its credentials refused: its items wait until retried. The
    // one test of whether an account may send at all.
    [[nodiscard]] bool isBlocked() const { return !m_blockedReason.isEmpty() || m_credentialsRejected; }
    [[nodiscard]] const QString& blockedReason() const { return m_blockedReason; }
    void block(const QString& reason);
    [[nodiscard]] bool credentialsRejected() const { return m_credentialsRejected; }
    // Flags the credentials as refused; true if they were not already (the news is reported once).
    bool rejectCredentials();
    void clearCredentialsRejected() { m_credentialsRejected = false; }
    // retryNow(): neither blocked, nor flagged, nor throttled.
    void unblock();

    [[nodiscard]] const AccountThrottle& throttle() const { return m_throttle; }
    void setThrottle(const AccountThrottle& throttle) { m_throttle = throttle; }
    [[nodiscard]] bool isThrottledAt(const QDateTime& t) const { return m_throttle.activeAt(t); }
    void endThrottle() { m_throttle.until = {}; } // flush(): the wait ends, the step is kept
    void resetThrottleCount() { m_throttle.count = 0; } // a message went through

    // --- sessions ---
    // How many sessions may be open at once: max_connections, fewer after a parallel one was refused,
    // and under a rate no more than its messages per second (at least one).
    [[nodiscard]] int sessionLimit(const AccountLimits& limits) const;
    void capSessions(int sessions) { m_cap = sessions; }
    // The last session ended: settings are asked again next time (an account may change meanwhile),
    // and a cap is tried again.
    void sessionsEnded();
    [[nodiscard]] const std::optional<SubmissionSettings>& settings() const { return m_settings; }
    void setSettings(SubmissionSettings settings) { m_settings = std::move(settings); }
    void clearSettings() { m_settings.reset(); }
    // A refused OAuth2 token was refreshed once for this account: a second refusal fails as any AUTH does.
    [[nodiscard]] bool tokenRetried() const { return m_tokenRetried; }
    void setTokenRetried(bool retried) { m_tokenRetried = retried; }
    // Counts the refreshes after a refused token: a session opened before the last one signed in with the
    // refused token (OutboxRunner::Session::tokenGeneration).
    [[nodiscard]] quint64 tokenGeneration() const { return m_tokenGeneration; }
    void nextTokenGeneration() { ++m_tokenGeneration; }
    [[nodiscard]] bool settingsPending() const { return m_settingsPending; }
    void setSettingsPending(bool pending) { m_settingsPending = pending; }
    // Due ids waiting for a session in this pass, oldest first.
    [[nodiscard]] QStringList& queue() { return m_queue; }
    [[nodiscard]] const QStringList& queue() const { return m_queue; }

    // --- the pace (messages per minute, evenly spaced; messages per 24 hours) ---
    // The account's transaction starts and limits. Its starts come from its pace log, read when the
    // account is first paced and again whenever another runner wrote the log since (paceLog()).
    [[nodiscard]] SendPacer& pacer() { return m_pacer; }
    [[nodiscard]] const SendPacer& pacer() const { return m_pacer; }
    // Null until the account is first paced.
    [[nodiscard]] PaceLog* paceLog() const { return m_paceLog.get(); }
    void setPaceLog(std::unique_ptr<PaceLog> log) { m_paceLog = std::move(log); }
    // Wakes the sessions that wait for the pace; owned by the runner, made when first needed.
    [[nodiscard]] ClockTimer* paceTimer() const { return m_paceTimer; }
    void setPaceTimer(ClockTimer* timer) { m_paceTimer = timer; }

private:
    QString m_key;
    QStringList m_queue;
    std::optional<SubmissionSettings> m_settings; // asked once per batch of sessions
    bool m_settingsPending = false;
    bool m_tokenRetried = false;
    quint64 m_tokenGeneration = 0;
    QString m_blockedReason;
    bool m_credentialsRejected = false;
    AccountThrottle m_throttle;
    SendPacer m_pacer;
    std::unique_ptr<PaceLog> m_paceLog;
    ClockTimer* m_paceTimer = nullptr;
    int m_cap = 0; // fewer sessions than max_connections, after a parallel one was refused; 0 = none
};

// The accounts of one runner, made when first asked for, with their limits.
class AccountStates
{
public:
    // An account's limits: those set for it (setLimits) if any; else each limit the settings set
    // (accounts/<name>/max_connections, rate_per_minute, daily_limit; 0 is a choice too: no limit), the
    // others from the defaults (the provider's), else none (two connections).
    void setSettings(const Settings* settings) { m_settings = settings; }
    void setLimits(const QString& key, AccountLimits limits) { m_limits.insert(key, limits); }
    void setDefaults(DefaultLimits defaults);
    [[nodiscard]] AccountLimits limits(const QString& key) const;
    // The defaults are asked once per account until this (each pass: an account may have changed).
    void forgetDefaults() { m_defaultsSeen.clear(); }

    [[nodiscard]] AccountState& get(const QString& key);
    // Null if the runner has not seen the account.
    [[nodiscard]] const AccountState* find(const QString& key) const;
    // Accounts whose credentials were refused, sorted.
    [[nodiscard]] QStringList withCredentialsRejected() const;
    template<typename F>
    void forEach(F&& f)
    {
        for (const auto& acct : std::as_const(m_accounts))
            f(*acct);
    }

private:
    const Settings* m_settings = nullptr;
    QHash<QString, AccountLimits> m_limits;
    DefaultLimits m_defaults;
    mutable QHash<QString, AccountLimits> m_defaultsSeen;
    // Shared, so that a reference held across a call that adds an account stays valid.
    QHash<QString, std::shared_ptr<AccountState>> m_accounts;
};

} // namespace Postino
