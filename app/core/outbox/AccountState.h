#pragma once

#include "smtp/Submission.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

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
    int ratePerMinute = 0; // 0: no limit
};

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
// items wait (blocked, credentials refused, throttled), its rate limit, its connection cap, and its due
// items waiting for a session in this pass.
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
    // and no more than the rate lets send at once.
    [[nodiscard]] int sessionLimit(const AccountLimits& limits) const;
    void capSessions(int sessions) { m_cap = sessions; }
    // The last session ended: settings are asked again next time (an account may change meanwhile),
    // and a cap is tried again.
    void sessionsEnded();
    [[nodiscard]] const std::optional<SubmissionSettings>& settings() const { return m_settings; }
    void setSettings(SubmissionSettings settings) { m_settings = std::move(settings); }
    [[nodiscard]] bool settingsPending() const { return m_settingsPending; }
    void setSettingsPending(bool pending) { m_settingsPending = pending; }
    // Due ids waiting for a session in this pass, oldest first.
    [[nodiscard]] QStringList& queue() { return m_queue; }
    [[nodiscard]] const QStringList& queue() const { return m_queue; }

    // --- the rate limit (messages per minute) ---
    // The transactions started in the last minute are as many as the rate allows (older starts are
    // forgotten on the way).
    [[nodiscard]] bool rateReached(const QDateTime& t, int ratePerMinute);
    // When the oldest start of the last minute leaves it.
    [[nodiscard]] QDateTime rateFreesAt() const;
    void noteStart(const QDateTime& t) { m_starts.append(t); }
    // Wakes the sessions that wait for the rate; owned by the runner, made when first needed.
    [[nodiscard]] ClockTimer* rateTimer() const { return m_rateTimer; }
    void setRateTimer(ClockTimer* timer) { m_rateTimer = timer; }

private:
    QString m_key;
    QStringList m_queue;
    std::optional<SubmissionSettings> m_settings; // asked once per batch of sessions
    bool m_settingsPending = false;
    QString m_blockedReason;
    bool m_credentialsRejected = false;
    AccountThrottle m_throttle;
    QList<QDateTime> m_starts; // transaction starts in the last minute, for the rate limit
    ClockTimer* m_rateTimer = nullptr;
    int m_cap = 0; // fewer sessions than max_connections, after a parallel one was refused; 0 = none
};

// The accounts of one runner, made when first asked for, with their limits.
class AccountStates
{
public:
    // Limits come from here (accounts/<name>/max_connections, ...) unless set for the account.
    void setSettings(const Settings* settings) { m_settings = settings; }
    void setLimits(const QString& key, AccountLimits limits) { m_limits.insert(key, limits); }
    [[nodiscard]] AccountLimits limits(const QString& key) const;

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
    // Shared, so that a reference held across a call that adds an account stays valid.
    QHash<QString, std::shared_ptr<AccountState>> m_accounts;
};

} // namespace Postino
