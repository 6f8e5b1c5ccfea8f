#pragma once

#include "common/Error.h"
#include "smtp/SmtpTypes.h"

#include <QDateTime>

#include <functional>

namespace Postino {

class Settings;

// What to do after an attempt went wrong.
struct RetryDecision
{
    enum class Action {
        Retry, // temporary: back off and try again (until give-up)
        Fail, // permanent, authentication or security: failed now, never retried by itself
    };
    Action action = Action::Retry;
    ErrorKind kind = ErrorKind::Temporary; // the item's last_error kind
    bool throttleAccount = false; // a rate limit or "too many connections": back off the whole account
    bool credentialsRejected = false; // 535 & co.: the account's credentials need attention
    bool outcomeUnknown = false; // lost after the final dot: the resend may duplicate
    // The account's sending quota is used up (isQuotaExceeded): with throttleAccount, for at least an hour.
    bool quotaExceeded = false;

    [[nodiscard]] bool retries() const { return action == Action::Retry; }
    friend bool operator==(const RetryDecision& a, const RetryDecision& b)
    {
        return a.action == b.action && a.kind == b.kind && a.throttleAccount == b.throttleAccount
            && a.credentialsRejected == b.credentialsRejected && a.outcomeUnknown == b.outcomeUnknown
            && a.quotaExceeded == b.quotaExceeded;
    }
};

// The outbox's retry rules, pure logic: classification of failures and the backoff schedule.
//
// Temporary (connection refused or lost, timeout, 4xx, 421, 454, outcome unknown): retry with
// exponential backoff and jitter, initialSeconds * 2^(n-1) for the n-th failure, capped at maxSeconds;
// after giveUpHours since the item's give-up window opened it fails. Throttling replies (4.7.x, 4.2.1,
// 4.3.2, 432, "too many connections", rate limits) back off the whole account. A used-up sending quota
// (isQuotaExceeded), in a 4xx or a 5xx, is no failure of the message: the whole account backs off for
// at least kQuotaWaitSeconds and the message stays queued. 5xx: failed with the server's words.
// AuthFailed: failed (Auth), the account's credentials flagged. Certificate / no STARTTLS / STARTTLS
// refused with 5xx / insecure AUTH: failed (Security).
//
// The give-up window opens when the item is created (or retried by hand: OutboxItem::windowStart). For
// an account the runner paces (messages per minute or per day), the time an item was due but waited for
// its turn is not counted (windowAfterWait()): 10,000 messages at 500 a day wait up to 20 days, and
// each still gets its full window of tries from its own first attempt.
class RetryPolicy
{
public:
    struct Config
    {
        qint64 initialSeconds = 60;
        qint64 maxSeconds = 3600;
        qint64 giveUpHours = 48;
        [[nodiscard]] static Config fromSettings(const Settings& settings);
    };
    // Returns a number in [0, 1); default: QRandomGenerator::global().
    using RandomSource = std::function<double()>;

    RetryPolicy();
    explicit RetryPolicy(Config config, RandomSource random = {});

    [[nodiscard]] const Config& config() const { return m_config; }
    void setInitialSeconds(qint64 seconds) { m_config.initialSeconds = qMax<qint64>(1, seconds); }

    // How a session or transaction failure is handled.
    [[nodiscard]] static RetryDecision classify(const SmtpError& error);
    // For a finished transaction; the caller handles per-recipient 4xx (retried) and 5xx (failed) itself.
    [[nodiscard]] static RetryDecision classify(const TransactionResult& result);
    // A rate limit / too many connections: backs off the whole account.
    [[nodiscard]] static bool isThrottling(const SmtpReply& reply);
    // The account's sending quota is used up: a 4xx or 5xx with 5.4.5 (Gmail's "550 5.4.5 Daily user
    // sending limit exceeded"), or saying SubmissionQuotaExceeded (Microsoft 365's "554 5.2.0
    // STOREDRV.Submission.Exception:SubmissionQuotaExceededException"), "quota", "sending limit", or "too
    // many messages" in a 5xx or with the day's allowance ("today", "per day"). Not a 4xx "too many messages,
    // try again later" (a rate limit: isThrottling's backoff), nor a recipient's full mailbox (552, x.2.2, "over
    // quota", "mailbox"), nor a limit of one connection ("too many messages in this connection").
    [[nodiscard]] static bool isQuotaExceeded(const SmtpReply& reply);
    // Any reply of the transaction (MAIL, RCPT, DATA, the final one) says so.
    [[nodiscard]] static bool isQuotaExceeded(const TransactionResult& result);
    // The shortest wait of an account after a quota reply.
    static constexpr qint64 kQuotaWaitSeconds = 3600;

    // The wait after the attempt-th consecutive failure (attempt >= 1), jitter included, in seconds:
    // always within [min(initial, max), max].
    [[nodiscard]] qint64 backoffSeconds(int attempt) const;
    // The account's wait after its count-th throttle for a used-up quota: the backoff, at least an hour.
    [[nodiscard]] qint64 quotaBackoffSeconds(int count) const { return qMax(kQuotaWaitSeconds, backoffSeconds(count)); }
    // When an item created (or last manually retried) at windowStart fails for good.
    [[nodiscard]] QDateTime giveUpAt(const QDateTime& windowStart) const;
    [[nodiscard]] bool shouldGiveUp(const QDateTime& windowStart, const QDateTime& now) const;
    // A paced account's item, due at `due` and attempted at `attemptAt`: its window moved on by the time
    // it waited for its turn (none when it was attempted before it was due, e.g. by a flush).
    [[nodiscard]] static QDateTime windowAfterWait(const QDateTime& windowStart, const QDateTime& due,
                                                   const QDateTime& attemptAt);

private:
    Config m_config;
    RandomSource m_random;
};

} // namespace Postino
