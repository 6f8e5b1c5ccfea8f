#include "RetryPolicy.h"

#include "common/Settings.h"

#include <QRandomGenerator>

#include <cmath>
#include <optional>

namespace Postino {

RetryPolicy::Config RetryPolicy::Config::fromSettings(const Settings& settings)
{
    Config c;
    c.initialSeconds = qMax(1, settings.intValue(Settings::Key::RetryInitialSeconds));
    c.maxSeconds = qMax<qint64>(c.initialSeconds, settings.intValue(Settings::Key::RetryMaxSeconds));
    c.giveUpHours = qMax(0, settings.intValue(Settings::Key::RetryGiveUpHours));
    return c;
}

RetryPolicy::RetryPolicy()
    : RetryPolicy(Config())
{ }

RetryPolicy::RetryPolicy(Config config, RandomSource random)
    : m_config(config)
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

bool RetryPolicy::isThrottling(const SmtpReply& reply)
{
    if (!reply.isTransient())
        return false;
    const QByteArray& e = reply.enhanced;
    if (e.startsWith("4.7.") || e == "4.2.1" || e == "4.3.2" || e == "4.4.5")
        return true;
    if (reply.code == 432)
        return true;
    QByteArray text;
    for (const QByteArray& line : reply.lines)
        text += line.toLower() + ' ';
    static const char* const phrases[] = {
        "too many connections", "too many concurrent", "rate limit",   "ratelimit", "too many messages", "throttl",
        "too many sessions",    "sending rate",        "rate exceeded"};
    for (const char* phrase : phrases) {
        if (text.contains(phrase))
            return true;
    }
    return false;
}

bool RetryPolicy::isQuotaExceeded(const SmtpReply& reply)
{
    if (!reply.isTransient() && !reply.isPermanent())
        return false;
    QByteArray text;
    for (const QByteArray& line : reply.lines)
        text += line.toLower() + ' ';
    // The sender's own limit, whatever else the text says.
    if (reply.enhanced == "5.4.5" || text.contains("submissionquota") || text.contains("sending limit")
        || text.contains("sending quota"))
        return true;
    // A recipient's mailbox is full: that recipient's problem, not the account's.
    if (reply.code == 552 || reply.enhanced.endsWith(".2.2") || text.contains("over quota") || text.contains("mailbox"))
        return false;
    if (text.contains("quota"))
        return true;
    // "Too many messages in this connection" is a limit of one session, not of the account; a transient "too
    // many messages, try again later" is a rate limit (the usual throttling backoff), unless it speaks of the
    // day's allowance.
    if (!text.contains("too many messages") || text.contains("connection") || text.contains("session"))
        return false;
    return reply.isPermanent() || text.contains("day") || text.contains("24 h");
}

bool RetryPolicy::isQuotaExceeded(const TransactionResult& result)
{
    if (isQuotaExceeded(result.error.reply) || isQuotaExceeded(result.finalReply))
        return true;
    for (const RecipientResult& r : result.recipients) {
        const bool refused = r.state == RecipientState::TemporaryFailure || r.state == RecipientState::PermanentFailure;
        if (refused && isQuotaExceeded(r.reply))
            return true;
    }
    return false;
}

namespace {

RetryDecision quotaExceeded()
{
    RetryDecision d;
    d.action = RetryDecision::Action::Retry;
    d.kind = ErrorKind::Temporary;
    d.throttleAccount = true;
    d.quotaExceeded = true;
    return d;
}

// A failure that is the server's reply to a command (not a connection, TLS or login problem).
bool isReplyFailure(SmtpFailure failure)
{
    return failure == SmtpFailure::PermanentReply || failure == SmtpFailure::TransientReply
        || failure == SmtpFailure::ServiceUnavailable;
}

RetryDecision retryLater(const SmtpError& error, bool outcomeUnknown = false)
{
    RetryDecision d;
    d.action = RetryDecision::Action::Retry;
    d.kind = ErrorKind::Temporary;
    d.throttleAccount = RetryPolicy::isThrottling(error.reply);
    d.outcomeUnknown = outcomeUnknown;
    return d;
}

RetryDecision failWith(ErrorKind kind, bool credentialsRejected = false)
{
    RetryDecision d;
    d.action = RetryDecision::Action::Fail;
    d.kind = kind;
    d.credentialsRejected = credentialsRejected;
    return d;
}

// The decision for each failure the client names; nothing for one this table does not know yet.
std::optional<RetryDecision> classifyFailure(const SmtpError& error)
{
    switch (error.failure) {
    case SmtpFailure::None:
    case SmtpFailure::Cancelled:
        return retryLater(error);
    case SmtpFailure::OutcomeUnknown:
        return retryLater(error, true);
    case SmtpFailure::HostNotFound:
    case SmtpFailure::ConnectionRefused:
    case SmtpFailure::Timeout:
    case SmtpFailure::ConnectionLost:
    case SmtpFailure::ProtocolError:
    case SmtpFailure::ServiceUnavailable:
    case SmtpFailure::TransientReply:
        return retryLater(error);
    case SmtpFailure::StartTlsRefused:
        // 454 "TLS not available due to temporary reason": try later; a 5xx is a server to fix.
        if (error.reply.isTransient())
            return retryLater(error);
        return failWith(ErrorKind::Security);
    case SmtpFailure::TlsHandshake:
    case SmtpFailure::Certificate:
    case SmtpFailure::NoStartTls:
    case SmtpFailure::AuthInsecure:
        return failWith(ErrorKind::Security);
    case SmtpFailure::AuthFailed:
        // 454 4.7.0 "temporary authentication failure" is not a wrong password.
        if (error.reply.isTransient())
            return retryLater(error);
        return failWith(ErrorKind::Auth, true);
    case SmtpFailure::AuthUnsupported:
        return failWith(ErrorKind::Auth);
    case SmtpFailure::PermanentReply:
    case SmtpFailure::MessageTooLarge:
        return failWith(ErrorKind::Permanent);
    case SmtpFailure::NeedsSmtpUtf8:
    case SmtpFailure::EightBitUnsupported:
    case SmtpFailure::InvalidAddress:
        return failWith(ErrorKind::DataError);
    case SmtpFailure::LocalIo:
        return failWith(ErrorKind::IoError);
    default:
        return std::nullopt;
    }
}

} // namespace

RetryDecision RetryPolicy::classify(const SmtpError& error)
{
    if (isReplyFailure(error.failure) && isQuotaExceeded(error.reply))
        return quotaExceeded();
    if (const std::optional<RetryDecision> decision = classifyFailure(error))
        return *decision;
    // A failure the table does not know yet: its kind and reply decide.
    switch (error.kind) {
    case ErrorKind::None:
    case ErrorKind::Temporary:
        if (error.reply.isPermanent())
            return failWith(ErrorKind::Permanent);
        return retryLater(error);
    case ErrorKind::Auth:
        return failWith(ErrorKind::Auth);
    default:
        return failWith(error.kind);
    }
}

RetryDecision RetryPolicy::classify(const TransactionResult& result)
{
    if (result.outcomeUnknown) {
        RetryDecision d;
        d.outcomeUnknown = true;
        return d;
    }
    if (isQuotaExceeded(result))
        return quotaExceeded();
    for (const RecipientResult& r : result.recipients) {
        if (r.state == RecipientState::PermanentFailure && !result.delivered) {
            RetryDecision d;
            d.action = RetryDecision::Action::Fail;
            d.kind = ErrorKind::Permanent;
            return d;
        }
    }
    if (result.error.isError())
        return classify(result.error);
    if (result.finalReply.isPermanent()) {
        RetryDecision d;
        d.action = RetryDecision::Action::Fail;
        d.kind = ErrorKind::Permanent;
        return d;
    }
    RetryDecision d;
    d.throttleAccount = isThrottling(result.finalReply);
    return d;
}

qint64 RetryPolicy::backoffSeconds(int attempt) const
{
    const qint64 initial = qMax<qint64>(1, m_config.initialSeconds);
    const qint64 max = qMax(initial, m_config.maxSeconds);
    const int n = qBound(1, attempt, 40);
    // initial * 2^(n-1), without overflowing.
    double base = static_cast<double>(initial) * std::pow(2.0, n - 1);
    base = qMin(base, static_cast<double>(max));
    // Jitter spreads retries of many messages: up to a quarter more; at the cap, down to 85% of it.
    // (Only at the cap: a first step of a second or two has less than a second of jitter, and stays that short.)
    double lo = base;
    double hi = qMin(base * 1.25, static_cast<double>(max));
    if (base >= static_cast<double>(max))
        lo = qMax(static_cast<double>(initial), 0.85 * static_cast<double>(max));
    const double r = qBound(0.0, m_random(), 1.0);
    const auto seconds = static_cast<qint64>(std::llround(lo + (hi - lo) * r));
    return qBound(initial, seconds, max);
}

QDateTime RetryPolicy::giveUpAt(const QDateTime& windowStart) const
{
    return windowStart.addSecs(m_config.giveUpHours * 3600);
}

QDateTime RetryPolicy::windowAfterWait(const QDateTime& windowStart, const QDateTime& due, const QDateTime& attemptAt)
{
    if (!windowStart.isValid() || !due.isValid() || !attemptAt.isValid() || attemptAt <= due)
        return windowStart;
    return windowStart.addMSecs(due.msecsTo(attemptAt));
}

bool RetryPolicy::shouldGiveUp(const QDateTime& windowStart, const QDateTime& now) const
{
    return now >= giveUpAt(windowStart);
}

} // namespace Postino
