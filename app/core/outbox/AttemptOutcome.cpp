#include "AttemptOutcome.h"

#include "outbox/SendPacer.h"

namespace Postino {

namespace {

OutboxRecipient* findRecipient(OutboxItem& item, const QString& address)
{
    for (OutboxRecipient& r : item.recipients) {
        if (r.address.compare(address, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

// The recipients the server refused in a transaction, for good or for now.
struct Refusals
{
    QStringList refused;
    QStringList refusedReplies;
    QStringList deferred;
};

// Each pending recipient's reply goes into the item: sent, refused for now (still pending) or refused. A
// refusal because the account's quota is used up is for now, even with a 5xx.
Refusals takeRecipientReplies(OutboxItem& item, const TransactionResult& result, const QString& finalText)
{
    Refusals out;
    for (const RecipientResult& r : result.recipients) {
        OutboxRecipient* rcpt = findRecipient(item, r.address);
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
            out.deferred << r.address;
            break;
        case RecipientState::PermanentFailure:
            rcpt->reply = text;
            if (RetryPolicy::isQuotaExceeded(r.reply)) {
                out.deferred << r.address;
                break;
            }
            rcpt->state = OutboxRecipient::State::Failed;
            out.refused << r.address;
            out.refusedReplies << text;
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
    return out;
}

// Delivered to some recipients: the others are retried (refused for now) or failed (refused).
AttemptFailure partialDelivery(const OutboxItem& item, const Refusals& refusals)
{
    const bool anyPending = !item.pendingRecipients().isEmpty();
    AttemptFailure f;
    f.decision.action = anyPending ? RetryDecision::Action::Retry : RetryDecision::Action::Fail;
    f.decision.kind = anyPending ? ErrorKind::Temporary : ErrorKind::Permanent;
    f.message = anyPending
        ? AttemptOutcome::tr("Sent to some recipients; %1 refused for now and will be retried.")
              .arg(item.pendingRecipients().join(QStringLiteral(", ")))
        : AttemptOutcome::tr("Sent to some recipients; the server refused %1 (%2).")
              .arg(refusals.refused.join(QStringLiteral(", ")), refusals.refusedReplies.join(QStringLiteral("; ")));
    for (const OutboxRecipient& r : item.recipients) {
        if (r.state != OutboxRecipient::State::Sent && !r.reply.isEmpty()) {
            f.reply = r.reply;
            break;
        }
    }
    return f;
}

// Delivered to nobody, and not because every recipient was refused for good.
AttemptFailure notDelivered(OutboxItem& item, const TransactionResult& result, const AttemptContext& context,
                            const QStringList& deferred, const QString& finalText)
{
    AttemptFailure f;
    f.decision = AttemptOutcome::lostAfterDot(RetryPolicy::classify(result), result.error.failure, context.afterDot);
    f.message = result.error.message;
    if (!context.abortReason.isEmpty()) {
        f.message = context.abortReason;
        f.decision.action = RetryDecision::Action::Retry;
        f.decision.kind = ErrorKind::IoError;
        f.decision.throttleAccount = false;
    }
    if (f.message.isEmpty()) {
        f.message = deferred.isEmpty()
            ? AttemptOutcome::tr("The server did not take the message: %1").arg(outboxReplyText(result.finalReply))
            : AttemptOutcome::tr("The server refused %1 for now; the message will be retried.")
                  .arg(deferred.join(QStringLiteral(", ")));
    }
    f.reply = outboxReplyText(result.error.reply);
    if (f.reply.isEmpty())
        f.reply = finalText;
    if (f.reply.isEmpty() && !deferred.isEmpty())
        f.reply = findRecipient(item, deferred.first())->reply;
    return f;
}

} // namespace

AttemptOutcome AttemptOutcome::nextState(const OutboxItem& before, const TransactionResult& result,
                                         const RetryPolicy& policy, const AttemptContext& context)
{
    OutboxItem item = before;
    const QString finalText = outboxReplyText(result.finalReply);
    const Refusals refusals = takeRecipientReplies(item, result, finalText);
    item.transcript = context.transcript;
    if (item.allRecipientsSent()) {
        AttemptOutcome out;
        item.state = OutboxItem::State::Sent;
        item.finalDotPending = false;
        item.lastError.clear();
        item.lastReply = finalText;
        item.lastErrorKind = ErrorKind::None;
        item.nextAttempt = {};
        item.addEvent(context.now, tr("sent: %1").arg(finalText));
        out.item = std::move(item);
        out.throttle = context.throttle;
        out.throttle.count = 0; // it goes through again
        return out;
    }
    const bool quota = RetryPolicy::isQuotaExceeded(result);
    AttemptFailure failure;
    if (!refusals.refused.isEmpty() && !result.delivered && !quota) {
        failure.decision.action = RetryDecision::Action::Fail;
        failure.decision.kind = ErrorKind::Permanent;
        failure.message =
            tr("The server refused %1 (%2). Nobody was sent the message. Correct the address, then "
               "retry or remove the message.")
                .arg(refusals.refused.join(QStringLiteral(", ")), refusals.refusedReplies.join(QStringLiteral("; ")));
        failure.reply = refusals.refusedReplies.value(0);
    } else if (result.delivered) {
        failure = partialDelivery(item, refusals);
    } else {
        failure = notDelivered(item, result, context, refusals.deferred, finalText);
    }
    if (quota && failure.decision.retries() && context.abortReason.isEmpty()) {
        // Whatever else was refused: the rest waits for the account's quota, not for its own backoff.
        failure.decision.throttleAccount = true;
        failure.decision.quotaExceeded = true;
    }
    return afterFailure(item, failure, policy, context.throttle, context.now);
}

AttemptOutcome AttemptOutcome::afterFailure(const OutboxItem& before, const AttemptFailure& failure,
                                            const RetryPolicy& policy, const AccountThrottle& throttle,
                                            const QDateTime& now)
{
    const RetryDecision& decision = failure.decision;
    AttemptOutcome out;
    out.throttle = throttle;
    out.credentialsRejected = decision.credentialsRejected;
    OutboxItem& item = out.item;
    item = before;
    item.finalDotPending = false;
    item.lastError = failure.message;
    item.lastReply = failure.reply;
    item.lastErrorKind = decision.kind;
    if (decision.outcomeUnknown) {
        item.possibleDuplicate = true;
        item.addEvent(now, outcomeUnknownText());
    } else {
        item.addEvent(now, failure.reply.isEmpty() ? failure.message : failure.reply);
    }
    if (!decision.retries()) {
        item.state = OutboxItem::State::Failed;
        item.nextAttempt = {};
        return out;
    }
    if (policy.shouldGiveUp(item.windowStart, now)) {
        item.state = OutboxItem::State::Failed;
        item.nextAttempt = {};
        item.lastError = tr("Gave up after %1 hours of trying. The last error was: %2")
                             .arg(policy.config().giveUpHours)
                             .arg(failure.message);
        item.addEvent(now, tr("gave up"));
        return out;
    }
    qint64 delay = policy.backoffSeconds(qMax(1, item.attempts));
    if (decision.throttleAccount) {
        if (!out.throttle.activeAt(now)) {
            out.throttle.count += 1;
            out.throttle.until = now.addSecs(policy.backoffSeconds(out.throttle.count));
        }
        if (decision.quotaExceeded) {
            const QDateTime least = now.addSecs(policy.quotaBackoffSeconds(out.throttle.count));
            if (out.throttle.until < least)
                out.throttle.until = least;
        }
        out.throttled = true;
        delay = qMax(delay, now.secsTo(out.throttle.until));
    }
    QDateTime next = now.addSecs(delay);
    const QDateTime giveUp = policy.giveUpAt(item.windowStart);
    if (next > giveUp)
        next = giveUp;
    item.nextAttempt = next;
    item.state = OutboxItem::State::Queued;
    if (decision.quotaExceeded) {
        item.lastError = tr("The server refused the message because the account has used up its sending quota "
                            "(%1). It stays queued; the account's messages are tried again from %2.")
                             .arg(failure.reply.isEmpty() ? failure.message : failure.reply,
                                  SendPacer::timeText(out.throttle.until, now, false));
    }
    return out;
}

bool AttemptOutcome::crashedAfterDot(const OutboxItem& orphan, const QString& boot)
{
    return orphan.finalDotPending || (!orphan.sendingBoot.isEmpty() && orphan.sendingBoot != boot);
}

OutboxItem AttemptOutcome::afterCrash(const OutboxItem& orphan, const QString& boot, const QDateTime& now)
{
    OutboxItem item = orphan;
    if (crashedAfterDot(orphan, boot)) {
        item.possibleDuplicate = true;
        item.addEvent(now, outcomeUnknownText());
        item.lastError = tr("Postino stopped while waiting for the server's answer to the message; it may have "
                            "arrived. It will be sent again, and may arrive twice.");
        item.lastErrorKind = ErrorKind::Temporary;
    } else {
        item.addEvent(now, tr("interrupted before the message was sent; it will be sent again"));
    }
    item.finalDotPending = false;
    item.state = OutboxItem::State::Queued;
    item.nextAttempt = now;
    return item;
}

RetryDecision AttemptOutcome::lostAfterDot(RetryDecision decision, SmtpFailure failure, bool afterDot)
{
    if (afterDot && (failure == SmtpFailure::ConnectionLost || failure == SmtpFailure::Timeout)) {
        decision.outcomeUnknown = true;
        decision.action = RetryDecision::Action::Retry;
        decision.kind = ErrorKind::Temporary;
    }
    return decision;
}

QString AttemptOutcome::outcomeUnknownText()
{
    return tr("outcome unknown: connection lost after the final dot; the message may arrive twice");
}

} // namespace Postino
