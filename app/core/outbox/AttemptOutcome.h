#pragma once

#include "outbox/AccountState.h"
#include "outbox/OutboxItem.h"
#include "outbox/RetryPolicy.h"
#include "smtp/SmtpTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Postino {

// Why an attempt did not reach everyone, in the words the item keeps.
struct AttemptFailure
{
    RetryDecision decision;
    QString message; // last_error: what failed, what next
    QString reply; // last_reply: the server's words behind it, if any
};

// What the runner knows of an attempt besides the item and the submission's result.
struct AttemptContext
{
    QDateTime now;
    AccountThrottle throttle; // the account's, before the attempt ended
    bool afterDot = false; // the transaction reached AwaitingFinalReply
    QString abortReason; // why the runner aborted the session (the journal could not be synced); empty if not
    QStringList transcript; // the attempt's own lines
};

// What an attempt of an item comes to: the item's next state, and what the runner must do about the
// account, as data. Decided here without a socket, a disk or a signal; the runner commits and emits.
struct AttemptOutcome
{
    // The runner's words: their translations are filed under its context.
    Q_DECLARE_TR_FUNCTIONS(Postino::OutboxRunner)
public:
    OutboxItem item; // as it is to be committed; Sent: filed under Sent (OutboxStore::markSent())
    AccountThrottle throttle; // the account's throttle after the attempt
    bool throttled = false; // a throttling reply: the account backs off, its queue waits for the next pass
    bool credentialsRejected = false; // the password was refused: the account's queue waits, flagged

    [[nodiscard]] bool sent() const { return item.state == OutboxItem::State::Sent; }
    [[nodiscard]] bool failed() const { return item.state == OutboxItem::State::Failed; }

    // A transaction the submission reported as finished: the recipients' replies (sent, refused for
    // now, refused), then sent, failed, or queued again with its backoff.
    [[nodiscard]] static AttemptOutcome nextState(const OutboxItem& before, const TransactionResult& result,
                                                  const RetryPolicy& policy, const AttemptContext& context);
    // An attempt that went wrong as a whole: queued again with its backoff (the whole account's for a
    // throttling reply) until it gives up, or failed at once.
    [[nodiscard]] static AttemptOutcome afterFailure(const OutboxItem& before, const AttemptFailure& failure,
                                                     const RetryPolicy& policy, const AccountThrottle& throttle,
                                                     const QDateTime& now);
    // An item a runner left in `sending` when it died (found under the lock): queued again at once, as
    // outcome unknown (possible duplicate) if it crashed after the final dot may have gone.
    [[nodiscard]] static OutboxItem afterCrash(const OutboxItem& orphan, const QString& boot, const QDateTime& now);
    // Its finalDotPending mark was committed, or it began in another boot (boot: this one's id): the machine
    // went down, and a mark written without a sync may be lost.
    [[nodiscard]] static bool crashedAfterDot(const OutboxItem& orphan, const QString& boot);
    // The rule for a connection lost (or timed out) after the final dot: the server may have the message,
    // so the outcome is unknown and a resend may duplicate. A transport reports that as OutcomeUnknown;
    // a plain loss or timeout seen after the dot is taken the same way.
    [[nodiscard]] static RetryDecision lostAfterDot(RetryDecision decision, SmtpFailure failure, bool afterDot);
    // The item's history line for it.
    [[nodiscard]] static QString outcomeUnknownText();
};

} // namespace Postino
