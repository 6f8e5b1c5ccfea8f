#include "FakeSubmission.h"

#include "outbox/AttemptOutcome.h"

#include <QTest>

using namespace Postino;
using Test::reply;
using Test::smtpError;
using State = OutboxItem::State;
using Action = RetryDecision::Action;

Q_DECLARE_METATYPE(ErrorKind)
Q_DECLARE_METATYPE(SmtpFailure)
Q_DECLARE_METATYPE(OutboxItem::State)
Q_DECLARE_METATYPE(RetryDecision::Action)

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

// The runner's policy in the tests: 60 s, doubling, at most an hour, give up after 48 hours, no jitter.
RetryPolicy policy()
{
    return RetryPolicy({60, 3600, 48}, [] { return 0.0; });
}

// An item being sent to a@example.org and b@example.org, claimed for its attempt-th attempt, its
// give-up window opened windowAge seconds ago.
OutboxItem sending(int attempts = 1, qint64 windowAge = 3600)
{
    OutboxItem item;
    item.id = QStringLiteral("20261122T100000000-00000001");
    item.account = QStringLiteral("work");
    item.sender = QStringLiteral("me@example.org");
    for (const char* address : {"a@example.org", "b@example.org"}) {
        OutboxRecipient r;
        r.address = QString::fromLatin1(address);
        item.recipients << r;
    }
    item.state = State::Sending;
    item.attempts = attempts;
    item.created = kNow.addSecs(-windowAge);
    item.windowStart = item.created;
    item.lastAttempt = kNow;
    item.finalDotPending = true;
    return item;
}

RecipientResult rcpt(const char* address, RecipientState state, const SmtpReply& r = reply(250, "2.1.5", "Ok"))
{
    RecipientResult out;
    out.address = QString::fromLatin1(address);
    out.state = state;
    out.reply = r;
    return out;
}

TransactionResult delivered(const QList<RecipientResult>& recipients, const SmtpError& error = {})
{
    TransactionResult r;
    r.delivered = true;
    r.recipients = recipients;
    r.finalReply = reply(250, "2.0.0", "Ok: queued");
    r.error = error;
    return r;
}

TransactionResult notDelivered(const QList<RecipientResult>& recipients, const SmtpError& error,
                               const SmtpReply& finalReply = {})
{
    TransactionResult r;
    r.recipients = recipients;
    r.error = error;
    r.finalReply = finalReply;
    r.outcomeUnknown = error.failure == SmtpFailure::OutcomeUnknown;
    return r;
}

// "sent,queued": each recipient's state, in order.
QString recipientStates(const OutboxItem& item)
{
    QStringList out;
    for (const OutboxRecipient& r : item.recipients)
        out << outboxRecipientStateName(r.state);
    return out.join(QLatin1Char(','));
}

QString lastEvent(const OutboxItem& item)
{
    return item.history.isEmpty() ? QString() : item.history.last().outcome;
}

// -1: no next attempt.
qint64 nextInSeconds(const OutboxItem& item)
{
    return item.nextAttempt.isValid() ? kNow.secsTo(item.nextAttempt) : -1;
}

} // namespace

class TestAttemptOutcome : public QObject
{
    Q_OBJECT
private slots:
    void transactionOutcome_data()
    {
        QTest::addColumn<TransactionResult>("result");
        QTest::addColumn<bool>("afterDot");
        QTest::addColumn<QString>("abortReason");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<qint64>("windowAge"); // seconds since the give-up window opened
        QTest::addColumn<qint64>("throttledFor"); // the account's wait before, seconds from now; 0: none
        QTest::addColumn<int>("throttleCount"); // before
        // What the item becomes:
        QTest::addColumn<State>("state");
        QTest::addColumn<QString>("recipients");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("lastError"); // a part of it; empty: none
        QTest::addColumn<QString>("lastReply");
        QTest::addColumn<QString>("event");
        QTest::addColumn<qint64>("nextIn"); // -1: none
        QTest::addColumn<bool>("possibleDuplicate");
        // What happens to the account:
        QTest::addColumn<bool>("throttled");
        QTest::addColumn<int>("throttleCountAfter");
        QTest::addColumn<qint64>("throttledForAfter");

        const auto T = ErrorKind::Temporary;
        const auto P = ErrorKind::Permanent;
        const auto accepted = RecipientState::Accepted;
        const SmtpReply r451 = reply(451, "4.3.0", "Try again later");
        const SmtpReply r550 = reply(550, "5.1.1", "No such user");
        const SmtpReply r554 = reply(554, "5.6.0", "Content rejected");
        const SmtpReply rRate = reply(451, "4.7.0", "Rate limit exceeded");
        const SmtpError lost = smtpError(SmtpFailure::ConnectionLost, T);
        const SmtpError timeout = smtpError(SmtpFailure::Timeout, T);
        const QString ok = QStringLiteral("250 2.0.0 Ok: queued");

        QTest::newRow("250 after the final dot: sent to everyone, the throttle count starts again")
            << delivered({rcpt("a@example.org", accepted), rcpt("b@example.org", accepted)}) << true << QString() << 1
            << qint64(3600) << qint64(0) << 2 << State::Sent << QStringLiteral("sent,sent") << ErrorKind::None
            << QString() << ok << QStringLiteral("sent: %1").arg(ok) << qint64(-1) << false << false << 0 << qint64(0);
        QTest::newRow("delivered without recipient results: every pending recipient has it")
            << delivered({}) << true << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Sent
            << QStringLiteral("sent,sent") << ErrorKind::None << QString() << ok << QStringLiteral("sent: %1").arg(ok)
            << qint64(-1) << false << false << 0 << qint64(0);
        QTest::newRow("delivered recipients keep their own reply")
            << delivered({rcpt("A@Example.org", RecipientState::Delivered),
                          rcpt("b@example.org", RecipientState::Delivered, {})})
            << true << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Sent << QStringLiteral("sent,sent")
            << ErrorKind::None << QString() << ok << QStringLiteral("sent: %1").arg(ok) << qint64(-1) << false << false
            << 0 << qint64(0);
        QTest::newRow("every recipient refused with 5xx: failed, nobody was sent it")
            << notDelivered({rcpt("a@example.org", RecipientState::PermanentFailure, r550),
                             rcpt("b@example.org", RecipientState::PermanentFailure, r550)},
                            smtpError(SmtpFailure::PermanentReply, P, r550))
            << false << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Failed
            << QStringLiteral("failed,failed") << P << QStringLiteral("Nobody was sent the message")
            << QStringLiteral("550 5.1.1 No such user") << QStringLiteral("550 5.1.1 No such user") << qint64(-1)
            << false << false << 0 << qint64(0);
        QTest::newRow("one recipient refused with 5xx and nothing delivered: failed")
            << notDelivered(
                   {rcpt("a@example.org", RecipientState::PermanentFailure, r550), rcpt("b@example.org", accepted)},
                   smtpError(SmtpFailure::PermanentReply, P, r550))
            << false << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Failed
            << QStringLiteral("failed,queued") << P << QStringLiteral("The server refused a@example.org (550")
            << QStringLiteral("550 5.1.1 No such user") << QStringLiteral("550 5.1.1 No such user") << qint64(-1)
            << false << false << 0 << qint64(0);
        QTest::newRow("delivered to one, the other refused for now: queued for the other")
            << delivered(
                   {rcpt("a@example.org", accepted), rcpt("b@example.org", RecipientState::TemporaryFailure, r451)},
                   smtpError(SmtpFailure::TransientReply, T, r451))
            << true << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Queued
            << QStringLiteral("sent,queued") << T << QStringLiteral("b@example.org refused for now")
            << QStringLiteral("451 4.3.0 Try again later") << QStringLiteral("451 4.3.0 Try again later") << qint64(60)
            << false << false << 0 << qint64(0);
        QTest::newRow("delivered to one, the other refused for good: failed, the first keeps it")
            << delivered(
                   {rcpt("a@example.org", accepted), rcpt("b@example.org", RecipientState::PermanentFailure, r550)})
            << true << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Failed
            << QStringLiteral("sent,failed") << P
            << QStringLiteral("Sent to some recipients; the server refused b@example.org (550 5.1.1 No such user).")
            << QStringLiteral("550 5.1.1 No such user") << QStringLiteral("550 5.1.1 No such user") << qint64(-1)
            << false << false << 0 << qint64(0);
        QTest::newRow("every recipient refused for now, no words: queued with the first one's reply")
            << notDelivered({rcpt("a@example.org", RecipientState::TemporaryFailure, r451),
                             rcpt("b@example.org", RecipientState::TemporaryFailure, r451)},
                            {})
            << false << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Queued
            << QStringLiteral("queued,queued") << T
            << QStringLiteral("The server refused a@example.org, b@example.org for now; the message will be retried.")
            << QStringLiteral("451 4.3.0 Try again later") << QStringLiteral("451 4.3.0 Try again later") << qint64(60)
            << false << false << 0 << qint64(0);
        QTest::newRow("451 to the final dot: queued with the first backoff step")
            << notDelivered({rcpt("a@example.org", accepted), rcpt("b@example.org", accepted)},
                            smtpError(SmtpFailure::TransientReply, T, r451), r451)
            << true << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Queued
            << QStringLiteral("queued,queued") << T << QStringLiteral("fake failure")
            << QStringLiteral("451 4.3.0 Try again later") << QStringLiteral("451 4.3.0 Try again later") << qint64(60)
            << false << false << 0 << qint64(0);
        QTest::newRow("451 on the third attempt: the backoff doubles twice")
            << notDelivered({rcpt("a@example.org", accepted), rcpt("b@example.org", accepted)},
                            smtpError(SmtpFailure::TransientReply, T, r451), r451)
            << true << QString() << 3 << qint64(3600) << qint64(0) << 0 << State::Queued
            << QStringLiteral("queued,queued") << T << QStringLiteral("fake failure")
            << QStringLiteral("451 4.3.0 Try again later") << QStringLiteral("451 4.3.0 Try again later") << qint64(240)
            << false << false << 0 << qint64(0);
        QTest::newRow("no reply and no words: the final reply is named")
            << notDelivered({}, {}, {}) << true << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Queued
            << QStringLiteral("queued,queued") << T << QStringLiteral("The server did not take the message: ")
            << QString() << QStringLiteral("The server did not take the message: ") << qint64(60) << false << false << 0
            << qint64(0);
        QTest::newRow("554 to the final dot: failed")
            << notDelivered({rcpt("a@example.org", accepted), rcpt("b@example.org", accepted)},
                            smtpError(SmtpFailure::PermanentReply, P, r554), r554)
            << true << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Failed
            << QStringLiteral("queued,queued") << P << QStringLiteral("fake failure")
            << QStringLiteral("554 5.6.0 Content rejected") << QStringLiteral("554 5.6.0 Content rejected")
            << qint64(-1) << false << false << 0 << qint64(0);
        QTest::newRow("552 message too large: failed")
            << notDelivered({rcpt("a@example.org", accepted), rcpt("b@example.org", accepted)},
                            smtpError(SmtpFailure::MessageTooLarge, P, reply(552, "5.3.4", "Message too big")))
            << false << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Failed
            << QStringLiteral("queued,queued") << P << QStringLiteral("fake failure")
            << QStringLiteral("552 5.3.4 Message too big") << QStringLiteral("552 5.3.4 Message too big") << qint64(-1)
            << false << false << 0 << qint64(0);
        QTest::newRow("421 in the transaction: queued, the account not throttled")
            << notDelivered({}, smtpError(SmtpFailure::ServiceUnavailable, T, reply(421, "4.3.0", "Shutting down")))
            << false << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Queued
            << QStringLiteral("queued,queued") << T << QStringLiteral("fake failure")
            << QStringLiteral("421 4.3.0 Shutting down") << QStringLiteral("421 4.3.0 Shutting down") << qint64(60)
            << false << false << 0 << qint64(0);
        QTest::newRow("451 4.7.0 rate limit: the whole account backs off")
            << notDelivered({}, smtpError(SmtpFailure::TransientReply, T, rRate), rRate) << true << QString() << 1
            << qint64(3600) << qint64(0) << 0 << State::Queued << QStringLiteral("queued,queued") << T
            << QStringLiteral("fake failure") << QStringLiteral("451 4.7.0 Rate limit exceeded")
            << QStringLiteral("451 4.7.0 Rate limit exceeded") << qint64(60) << false << true << 1 << qint64(60);
        QTest::newRow("rate limit again after a throttle ended: the account's wait doubles")
            << notDelivered({}, smtpError(SmtpFailure::TransientReply, T, rRate), rRate) << true << QString() << 1
            << qint64(3600) << qint64(0) << 1 << State::Queued << QStringLiteral("queued,queued") << T
            << QStringLiteral("fake failure") << QStringLiteral("451 4.7.0 Rate limit exceeded")
            << QStringLiteral("451 4.7.0 Rate limit exceeded") << qint64(120) << false << true << 2 << qint64(120);
        QTest::newRow("rate limit while the account waits: its wait stands, the item waits as long")
            << notDelivered({}, smtpError(SmtpFailure::TransientReply, T, rRate), rRate) << true << QString() << 1
            << qint64(3600) << qint64(300) << 1 << State::Queued << QStringLiteral("queued,queued") << T
            << QStringLiteral("fake failure") << QStringLiteral("451 4.7.0 Rate limit exceeded")
            << QStringLiteral("451 4.7.0 Rate limit exceeded") << qint64(300) << false << true << 1 << qint64(300);
        QTest::newRow("connection lost after the final dot: outcome unknown, a possible duplicate")
            << notDelivered({rcpt("a@example.org", accepted), rcpt("b@example.org", accepted)}, lost) << true
            << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Queued << QStringLiteral("queued,queued") << T
            << QStringLiteral("fake failure") << QString() << AttemptOutcome::outcomeUnknownText() << qint64(60) << true
            << false << 0 << qint64(0);
        QTest::newRow("timeout after the final dot: outcome unknown")
            << notDelivered({rcpt("a@example.org", accepted), rcpt("b@example.org", accepted)}, timeout) << true
            << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Queued << QStringLiteral("queued,queued") << T
            << QStringLiteral("fake failure") << QString() << AttemptOutcome::outcomeUnknownText() << qint64(60) << true
            << false << 0 << qint64(0);
        QTest::newRow("connection lost before the final dot: a plain retry")
            << notDelivered({rcpt("a@example.org", accepted), rcpt("b@example.org", accepted)}, lost) << false
            << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Queued << QStringLiteral("queued,queued") << T
            << QStringLiteral("fake failure") << QString() << lost.message << qint64(60) << false << false << 0
            << qint64(0);
        QTest::newRow("the transport says outcome unknown: a possible duplicate")
            << notDelivered({rcpt("a@example.org", accepted)}, smtpError(SmtpFailure::OutcomeUnknown, T)) << true
            << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Queued << QStringLiteral("queued,queued") << T
            << QStringLiteral("fake failure") << QString() << AttemptOutcome::outcomeUnknownText() << qint64(60) << true
            << false << 0 << qint64(0);
        QTest::newRow("aborted because the journal could not be synced: queued as an I/O error")
            << notDelivered({rcpt("a@example.org", accepted)}, smtpError(SmtpFailure::Cancelled, T)) << false
            << QStringLiteral("No space left on device") << 1 << qint64(3600) << qint64(0) << 0 << State::Queued
            << QStringLiteral("queued,queued") << ErrorKind::IoError << QStringLiteral("No space left on device")
            << QString() << QStringLiteral("No space left on device") << qint64(60) << false << false << 0 << qint64(0);
        QTest::newRow("a throttling reply to an aborted session does not throttle the account")
            << notDelivered({}, smtpError(SmtpFailure::TransientReply, T, rRate), rRate) << true
            << QStringLiteral("No space left on device") << 1 << qint64(3600) << qint64(0) << 0 << State::Queued
            << QStringLiteral("queued,queued") << ErrorKind::IoError << QStringLiteral("No space left on device")
            << QStringLiteral("451 4.7.0 Rate limit exceeded") << QStringLiteral("451 4.7.0 Rate limit exceeded")
            << qint64(60) << false << false << 0 << qint64(0);
        const SmtpReply rQuotaMs =
            reply(554, "5.2.0", "STOREDRV.Submission.Exception:SubmissionQuotaExceededException");
        const SmtpReply rQuotaGmail = reply(550, "5.4.5", "Daily user sending limit exceeded");
        const QString quotaMs =
            QStringLiteral("554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException");
        const QString quotaGmail = QStringLiteral("550 5.4.5 Daily user sending limit exceeded");
        QTest::newRow("554 SubmissionQuotaExceeded to the final dot: queued, the account waits an hour")
            << notDelivered({rcpt("a@example.org", accepted), rcpt("b@example.org", accepted)},
                            smtpError(SmtpFailure::PermanentReply, P, rQuotaMs), rQuotaMs)
            << true << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Queued
            << QStringLiteral("queued,queued") << T << QStringLiteral("used up its sending quota (%1)").arg(quotaMs)
            << quotaMs << quotaMs << qint64(3600) << false << true << 1 << qint64(3600);
        QTest::newRow("550 5.4.5 daily limit to RCPT: nobody failed, the account waits an hour")
            << notDelivered({rcpt("a@example.org", RecipientState::PermanentFailure, rQuotaGmail)},
                            smtpError(SmtpFailure::PermanentReply, P, rQuotaGmail))
            << false << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Queued
            << QStringLiteral("queued,queued") << T << QStringLiteral("sending quota") << quotaGmail << quotaGmail
            << qint64(3600) << false << true << 1 << qint64(3600);
        QTest::newRow("quota while the account waits longer: its wait stands")
            << notDelivered({}, smtpError(SmtpFailure::PermanentReply, P, rQuotaGmail), rQuotaGmail) << true
            << QString() << 1 << qint64(3600) << qint64(7200) << 1 << State::Queued << QStringLiteral("queued,queued")
            << T << QStringLiteral("sending quota") << quotaGmail << quotaGmail << qint64(7200) << false << true << 1
            << qint64(7200);
        QTest::newRow("delivered to one, the other refused for the quota: it waits with the account")
            << delivered({rcpt("a@example.org", accepted),
                          rcpt("b@example.org", RecipientState::PermanentFailure, rQuotaGmail)})
            << true << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Queued
            << QStringLiteral("sent,queued") << T << QStringLiteral("sending quota") << quotaGmail << quotaGmail
            << qint64(3600) << false << true << 1 << qint64(3600);
        QTest::newRow("421 4.7.0 try again later, closing connection: the usual throttle step")
            << notDelivered({},
                            smtpError(SmtpFailure::ServiceUnavailable, T,
                                      reply(421, "4.7.0", "Try again later, closing connection")))
            << false << QString() << 1 << qint64(3600) << qint64(0) << 0 << State::Queued
            << QStringLiteral("queued,queued") << T << QStringLiteral("fake failure")
            << QStringLiteral("421 4.7.0 Try again later, closing connection")
            << QStringLiteral("421 4.7.0 Try again later, closing connection") << qint64(60) << false << true << 1
            << qint64(60);
        QTest::newRow("451 after 48 hours of trying: given up")
            << notDelivered({}, smtpError(SmtpFailure::TransientReply, T, r451), r451) << true << QString() << 9
            << qint64(48 * 3600) << qint64(0) << 0 << State::Failed << QStringLiteral("queued,queued") << T
            << QStringLiteral("Gave up after 48 hours of trying. The last error was: fake failure")
            << QStringLiteral("451 4.3.0 Try again later") << QStringLiteral("gave up") << qint64(-1) << false << false
            << 0 << qint64(0);
        QTest::newRow("backoff past the give-up time: the last attempt is at the give-up time")
            << notDelivered({}, smtpError(SmtpFailure::TransientReply, T, r451), r451) << true << QString() << 1
            << qint64(48 * 3600 - 30) << qint64(0) << 0 << State::Queued << QStringLiteral("queued,queued") << T
            << QStringLiteral("fake failure") << QStringLiteral("451 4.3.0 Try again later")
            << QStringLiteral("451 4.3.0 Try again later") << qint64(30) << false << false << 0 << qint64(0);
    }
    void transactionOutcome()
    {
        QFETCH(TransactionResult, result);
        QFETCH(bool, afterDot);
        QFETCH(QString, abortReason);
        QFETCH(int, attempts);
        QFETCH(qint64, windowAge);
        QFETCH(qint64, throttledFor);
        QFETCH(int, throttleCount);

        AttemptContext context;
        context.now = kNow;
        context.throttle.until = throttledFor > 0 ? kNow.addSecs(throttledFor) : kNow.addSecs(-10);
        context.throttle.count = throttleCount;
        context.afterDot = afterDot;
        context.abortReason = abortReason;
        context.transcript = {QStringLiteral("C: MAIL FROM:<me@example.org>")};
        const OutboxItem before = sending(attempts, windowAge);
        const AttemptOutcome out = AttemptOutcome::nextState(before, result, policy(), context);

        QTEST(out.item.state, "state");
        QTEST(recipientStates(out.item), "recipients");
        QTEST(out.item.lastErrorKind, "kind");
        QFETCH(QString, lastError);
        if (lastError.isEmpty())
            QVERIFY2(out.item.lastError.isEmpty(), qPrintable(out.item.lastError));
        else
            QVERIFY2(out.item.lastError.contains(lastError), qPrintable(out.item.lastError));
        QTEST(out.item.lastReply, "lastReply");
        QTEST(lastEvent(out.item), "event");
        QTEST(nextInSeconds(out.item), "nextIn");
        QTEST(out.item.possibleDuplicate, "possibleDuplicate");
        QVERIFY(!out.item.finalDotPending);
        QCOMPARE(out.item.transcript, context.transcript);
        QCOMPARE(out.item.attempts, attempts); // counted when it was claimed
        QVERIFY(!out.credentialsRejected);
        QTEST(out.throttled, "throttled");
        QTEST(out.throttle.count, "throttleCountAfter");
        QFETCH(qint64, throttledForAfter);
        if (throttledForAfter > 0)
            QCOMPARE(out.throttle.until, kNow.addSecs(throttledForAfter));
        else
            QCOMPARE(out.throttle.until, context.throttle.until); // untouched
        QCOMPARE(out.sent(), out.item.state == State::Sent);
        QCOMPARE(out.failed(), out.item.state == State::Failed);
    }

    void recipientsWhoHaveItAreNotTouched()
    {
        OutboxItem before = sending();
        before.recipients[0].state = OutboxRecipient::State::Sent;
        before.recipients[0].reply = QStringLiteral("250 earlier");
        AttemptContext context;
        context.now = kNow;
        const AttemptOutcome out = AttemptOutcome::nextState(
            before,
            delivered({rcpt("a@example.org", RecipientState::PermanentFailure, reply(550, "5.1.1", "No")),
                       rcpt("b@example.org", RecipientState::Accepted)}),
            policy(), context);
        QCOMPARE(out.item.state, State::Sent);
        QCOMPARE(out.item.recipients[0].reply, QStringLiteral("250 earlier"));
        QCOMPARE(out.item.recipients[1].reply, QStringLiteral("250 2.1.5 Ok"));
    }

    void sessionFailure_data()
    {
        QTest::addColumn<SmtpError>("error");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<State>("state");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<qint64>("nextIn"); // -1: none
        QTest::addColumn<bool>("credentialsRejected");
        QTest::addColumn<bool>("throttled");
        QTest::addColumn<QString>("event");

        const auto T = ErrorKind::Temporary;
        const SmtpError refused = smtpError(SmtpFailure::ConnectionRefused, T);
        const SmtpError certificate = smtpError(SmtpFailure::Certificate, ErrorKind::Security);
        QTest::newRow("connection refused: queued with the first backoff step")
            << refused << 1 << State::Queued << T << qint64(60) << false << false << refused.message;
        QTest::newRow("connection refused again: the backoff doubles")
            << refused << 2 << State::Queued << T << qint64(120) << false << false << refused.message;
        QTest::newRow("535 password refused: failed, the account's credentials flagged")
            << smtpError(SmtpFailure::AuthFailed, ErrorKind::Auth, reply(535, "5.7.8", "Bad credentials")) << 1
            << State::Failed << ErrorKind::Auth << qint64(-1) << true << false
            << QStringLiteral("535 5.7.8 Bad credentials");
        QTest::newRow("454 temporary authentication failure: queued, the credentials not flagged")
            << smtpError(SmtpFailure::AuthFailed, ErrorKind::Auth, reply(454, "4.7.0", "Try later")) << 1
            << State::Queued << T << qint64(60) << false << true << QStringLiteral("454 4.7.0 Try later");
        QTest::newRow("certificate refused: failed as a security failure")
            << certificate << 1 << State::Failed << ErrorKind::Security << qint64(-1) << false << false
            << certificate.message;
        QTest::newRow("421 4.3.2 too many connections at the greeting: the account backs off")
            << smtpError(SmtpFailure::ServiceUnavailable, T, reply(421, "4.3.2", "Too many connections")) << 1
            << State::Queued << T << qint64(60) << false << true << QStringLiteral("421 4.3.2 Too many connections");
    }
    void sessionFailure()
    {
        QFETCH(SmtpError, error);
        QFETCH(int, attempts);
        AttemptFailure failure;
        failure.decision = RetryPolicy::classify(error);
        failure.message = error.message;
        failure.reply = outboxReplyText(error.reply);
        AccountThrottle throttle;
        const AttemptOutcome out = AttemptOutcome::afterFailure(sending(attempts), failure, policy(), throttle, kNow);
        QTEST(out.item.state, "state");
        QTEST(out.item.lastErrorKind, "kind");
        QCOMPARE(out.item.lastError, error.message);
        QTEST(nextInSeconds(out.item), "nextIn");
        QTEST(out.credentialsRejected, "credentialsRejected");
        QTEST(out.throttled, "throttled");
        QTEST(lastEvent(out.item), "event");
        QVERIFY(!out.item.possibleDuplicate);
        QVERIFY(!out.item.finalDotPending);
        QCOMPARE(out.throttle.count, out.throttled ? 1 : 0);
    }

    void lostAfterDot_data()
    {
        QTest::addColumn<SmtpFailure>("failure");
        QTest::addColumn<bool>("afterDot");
        QTest::addColumn<Action>("actionBefore");
        QTest::addColumn<bool>("unknown");
        QTest::addColumn<Action>("action");

        QTest::newRow("connection lost after the dot: outcome unknown")
            << SmtpFailure::ConnectionLost << true << Action::Retry << true << Action::Retry;
        QTest::newRow("timeout after the dot: outcome unknown")
            << SmtpFailure::Timeout << true << Action::Retry << true << Action::Retry;
        QTest::newRow("timeout after the dot retries whatever was decided")
            << SmtpFailure::Timeout << true << Action::Fail << true << Action::Retry;
        QTest::newRow("connection lost before the dot: as decided")
            << SmtpFailure::ConnectionLost << false << Action::Retry << false << Action::Retry;
        QTest::newRow("5xx after the dot: as decided")
            << SmtpFailure::PermanentReply << true << Action::Fail << false << Action::Fail;
        QTest::newRow("421 after the dot: as decided")
            << SmtpFailure::ServiceUnavailable << true << Action::Retry << false << Action::Retry;
    }
    void lostAfterDot()
    {
        QFETCH(SmtpFailure, failure);
        QFETCH(bool, afterDot);
        QFETCH(Action, actionBefore);
        RetryDecision before;
        before.action = actionBefore;
        before.kind = actionBefore == Action::Fail ? ErrorKind::Permanent : ErrorKind::Temporary;
        const RetryDecision after = AttemptOutcome::lostAfterDot(before, failure, afterDot);
        QTEST(after.outcomeUnknown, "unknown");
        QTEST(after.action, "action");
        if (after.outcomeUnknown)
            QCOMPARE(after.kind, ErrorKind::Temporary);
        else
            QCOMPARE(after, before);
    }

    void afterCrash_data()
    {
        QTest::addColumn<bool>("dotPending");
        QTest::addColumn<QString>("sendingBoot");
        QTest::addColumn<bool>("unknown");

        QTest::newRow("final dot pending: outcome unknown") << true << QStringLiteral("this-boot") << true;
        QTest::newRow("interrupted before the dot: sent again") << false << QStringLiteral("this-boot") << false;
        QTest::newRow("begun in another boot: outcome unknown whatever the mark says")
            << false << QStringLiteral("other-boot") << true;
        QTest::newRow("no boot recorded, no mark: sent again") << false << QString() << false;
    }
    void afterCrash()
    {
        QFETCH(bool, dotPending);
        QFETCH(QString, sendingBoot);
        QFETCH(bool, unknown);
        OutboxItem orphan = sending();
        orphan.finalDotPending = dotPending;
        orphan.sendingBoot = sendingBoot;
        const QString boot = QStringLiteral("this-boot");
        QCOMPARE(AttemptOutcome::crashedAfterDot(orphan, boot), unknown);
        const OutboxItem item = AttemptOutcome::afterCrash(orphan, boot, kNow);
        QCOMPARE(item.state, State::Queued);
        QCOMPARE(item.nextAttempt, kNow);
        QVERIFY(!item.finalDotPending);
        QCOMPARE(item.possibleDuplicate, unknown);
        QCOMPARE(item.lastErrorKind, unknown ? ErrorKind::Temporary : ErrorKind::None);
        QCOMPARE(lastEvent(item),
                 unknown ? AttemptOutcome::outcomeUnknownText()
                         : QStringLiteral("interrupted before the message was sent; it will be sent again"));
    }
};

QTEST_GUILESS_MAIN(TestAttemptOutcome)
#include "TestAttemptOutcome.moc"
