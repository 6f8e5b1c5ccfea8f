#include "SmtpClient_p.h"

#include "common/Clock.h"
#include "common/Log.h"

#include <QSslSocket>

#include <utility>

// SmtpClient::Private, the transaction: send(), the replies to MAIL, RCPT, DATA and RSET, abandoning a
// transaction nobody may get, send-ahead of the next one (RFC 2920 across messages), and the results.

namespace Postino {

using namespace SmtpInternal;

namespace {

// The result of a transaction that never started: every recipient NotAttempted.
TransactionResult notAttempted(const Envelope& envelope, const SmtpError& error)
{
    TransactionResult result;
    for (const QString& address : envelope.recipients)
        result.recipients.append({address, RecipientState::NotAttempted, {}});
    result.error = error;
    return result;
}

} // namespace

bool SmtpClient::Private::canSendAhead() const
{
    if (!transaction || envelopeOnly || finished || next || !caps.pipelining || !socket)
        return false;
    switch (state) {
    case State::MailFrom:
    case State::RcptTo:
    case State::Data:
    case State::Uploading:
    case State::AwaitingFinalReply:
        return true;
    default:
        return false;
    }
}

void SmtpClient::Private::send(const Envelope& env, QIODevice* device, qint64 size)
{
    if (reporting) {
        // Called from a slot of transactionFinished(): the state moves on (to the next transaction
        // or Ready) once the signal returns, so take it up from the event loop.
        QPointer<QIODevice> source(device);
        QMetaObject::invokeMethod(
            q, [this, env, source, size] { send(env, source.data(), size); }, Qt::QueuedConnection);
        return;
    }
    if (canSendAhead()) {
        next.emplace(
            Next {}); // not emplace(): clang 14 cannot default-construct a nested struct with member initialisers there
        next->envelope = env;
        next->body = device;
        next->size = size;
        if (terminatorQueued && (state == State::Uploading || state == State::AwaitingFinalReply))
            writeNext();
        return;
    }
    if (state != State::Ready || transaction) {
        const TransactionResult refused = notAttempted(
            env,
            makeError(SmtpFailure::Cancelled, ErrorKind::Internal,
                      SmtpClient::tr("The connection to %1 is not ready to send a message.").arg(where())));
        QMetaObject::invokeMethod(
            q, [this, refused] { emit q->transactionFinished(refused); }, Qt::QueuedConnection);
        return;
    }
    beginTransaction(env, device, size);
    startEnvelope();
}

// MAIL and RCPT only, then RSET (see the notes at the top).
void SmtpClient::Private::checkRecipients(const Envelope& env)
{
    if (reporting) {
        QMetaObject::invokeMethod(
            q, [this, env] { checkRecipients(env); }, Qt::QueuedConnection);
        return;
    }
    if (state != State::Ready || transaction) {
        const TransactionResult refused = notAttempted(
            env,
            makeError(SmtpFailure::Cancelled, ErrorKind::Internal,
                      SmtpClient::tr("The connection to %1 is not ready to check recipients.").arg(where())));
        QMetaObject::invokeMethod(
            q, [this, refused] { emit q->transactionFinished(refused); }, Qt::QueuedConnection);
        return;
    }
    beginTransaction(env, nullptr, 0);
    envelopeOnly = true;
    startEnvelope();
}

void SmtpClient::Private::beginTransaction(const Envelope& env, QIODevice* device, qint64 size)
{
    transaction = true;
    envelopeOnly = false;
    envelope = env;
    body = device;
    bodySize = size;
    result = TransactionResult();
    mailAccepted = false;
    mailReply = SmtpReply();
    rcptPaths.clear();
    dataPipelined = false;
    abandonAtData = false;
    chunked = false;
    recipientsDone = false;
    chunkingFailed = false;
    chunksUnanswered = 0;
    chunkBuffer.clear();
    for (const QString& address : env.recipients)
        result.recipients.append({address, RecipientState::Pending, {}});
}

// The running transaction's first step: its checks, then RSET if the last one left the session
// needing it, then MAIL.
void SmtpClient::Private::startEnvelope()
{
    const SmtpError problem = checkEnvelope();
    if (problem.isError()) {
        finishTransactionLater(problem);
        return;
    }
    if (needRset) {
        sendRset(RsetBeforeTransaction);
        return;
    }
    startMail();
}

void SmtpClient::Private::sendRset(RsetPurpose purpose)
{
    setState(State::Resetting);
    arm(s.timeouts.command);
    send(SmtpCommand::plain("RSET"), {Expect::Rset, purpose});
}

// Puts the queued next transaction on the wire, right after this one's final dot. Its fields are
// swapped in for the checks and the commands, and out again: the replies to this transaction come first.
void SmtpClient::Private::writeNext()
{
    if (!next || next->written || next->problem.isError())
        return;
    // A BDAT LAST that went before the RCPT replies may be refused as a whole ("no valid recipients"), and
    // RFC 3030 does not say that this ends the transaction (Postfix 3.7 ends it; we do not count on it):
    // the next MAIL waits for this one's RCPT replies (afterRecipients()), then follows LAST at once.
    if (chunked && !recipientsDone)
        return;
    swapNext();
    rcptPaths.clear();
    const SmtpError problem = checkEnvelope();
    Flight flight;
    bool withData = false;
    if (!problem.isError())
        flight = envelopeFlight(&withData);
    swapNext();
    if (problem.isError()) {
        next->problem = problem;
        return;
    }
    next->written = true;
    next->dataSent = withData;
    send(flight);
}

// Exchanges the running transaction's envelope, body and paths with the queued next one's.
void SmtpClient::Private::swapNext()
{
    std::swap(envelope, next->envelope);
    std::swap(body, next->body);
    std::swap(bodySize, next->size);
    std::swap(mailPath, next->mailPath);
    std::swap(rcptPaths, next->rcptPaths);
}

// After a transaction: the queued next one becomes the running one. False if there is none.
bool SmtpClient::Private::promoteNext()
{
    if (!next || finished)
        return false;
    Next n = std::move(*next);
    next.reset();
    beginTransaction(n.envelope, n.body, n.size);
    if (n.problem.isError()) {
        finishTransactionLater(n.problem);
        return true;
    }
    if (n.written) {
        mailPath = n.mailPath;
        rcptPaths = n.rcptPaths;
        pipelined = true;
        dataPipelined = n.dataSent;
        setState(State::MailFrom);
        arm(s.timeouts.mail);
        if (dataPipelined && useChunking())
            startUpload(); // its chunks follow its MAIL and RCPT without waiting for their replies
        return true;
    }
    startEnvelope();
    return true;
}

// What happens to the queued next transaction when the session ends: nothing of it was delivered.
void SmtpClient::Private::finishNext(const SmtpError& error)
{
    if (!next)
        return;
    Next n = std::move(*next);
    next.reset();
    TransactionResult unsent = notAttempted(n.envelope, error);
    if (error.failure == SmtpFailure::OutcomeUnknown) {
        // That was about the message before it; this one never reached its final dot.
        unsent.error = makeError(SmtpFailure::ConnectionLost, ErrorKind::Temporary,
                                 SmtpClient::tr("The connection to %1 was lost while waiting for %2. Try again later.")
                                     .arg(where(), describeWait()));
    }
    emit q->transactionFinished(unsent);
}

// RFC 2920: with PIPELINING, MAIL and every RCPT go in one flight. DATA joins it only for a single
// recipient: with several, only after every RCPT reply is in do we decide between DATA and RSET,
// because a DATA answered 354 would commit us to delivering to the recipients that were accepted
// even when another one was refused with 5xx. With CHUNKING the same holds for the BDAT chunks, LAST
// included: for a single recipient they all follow at once (refused, there is nobody to deliver to).
void SmtpClient::Private::startMail()
{
    pipelined = caps.pipelining;
    setState(State::MailFrom);
    arm(s.timeouts.mail);
    send(envelopeFlight(&dataPipelined));
    if (dataPipelined && useChunking())
        startUpload();
}

void SmtpClient::Private::onMailReply(const SmtpReply& reply)
{
    mailReply = reply;
    mailAccepted = reply.code >= 200 && reply.code < 300;
    if (!mailAccepted && !reply.isTransient() && !reply.isPermanent()) {
        failUnexpected(reply, QStringLiteral("MAIL FROM"));
        return;
    }
    if (pipelined) {
        if (!chunked) { // else the chunks are on their way and the upload's state and timer go on
            setState(State::RcptTo);
            arm(s.timeouts.rcpt);
        }
        return;
    }
    if (!mailAccepted) {
        afterRecipients();
        return;
    }
    sendRcpt(0);
}

void SmtpClient::Private::sendRcpt(int index)
{
    setState(State::RcptTo);
    arm(s.timeouts.rcpt);
    send(rcptCommand(index), {Expect::Rcpt, index});
}

void SmtpClient::Private::onRcptReply(int index, const SmtpReply& reply)
{
    if (!reply.isPositive() && !reply.isTransient() && !reply.isPermanent()) {
        failUnexpected(reply, QStringLiteral("RCPT TO"));
        return;
    }
    if (reply.code >= 300 && reply.code < 400) {
        failUnexpected(reply, QStringLiteral("RCPT TO"));
        return;
    }
    RecipientResult& recipient = result.recipients[index];
    recipient.reply = reply;
    recipient.state = reply.isPositive() ? RecipientState::Accepted
        : reply.isTransient()            ? RecipientState::TemporaryFailure
                                         : RecipientState::PermanentFailure;
    emit q->recipientReplied(recipient.address, reply);
    if (finished)
        return;
    const bool last = index + 1 >= rcptPaths.size();
    if (pipelined) {
        if (last)
            afterRecipients();
        else if (!chunked)
            arm(s.timeouts.rcpt);
        return;
    }
    if (reply.isPermanent() || last)
        afterRecipients();
    else
        sendRcpt(index + 1);
}

void SmtpClient::Private::afterRecipients()
{
    for (RecipientResult& r : result.recipients) {
        if (r.state == RecipientState::Pending)
            r.state = RecipientState::NotAttempted;
    }
    if (!mailAccepted) {
        for (RecipientResult& r : result.recipients)
            r.state = RecipientState::NotAttempted;
        const bool temporary = mailReply.isTransient();
        abandon(makeError(temporary ? SmtpFailure::TransientReply : SmtpFailure::PermanentReply,
                          temporary ? ErrorKind::Temporary : ErrorKind::Permanent,
                          SmtpClient::tr("%1 refused the sender %2 (%3); nothing was sent.")
                              .arg(where(), envelope.sender, mailReply.toString()),
                          mailReply));
        return;
    }
    if (envelopeOnly) {
        // Each recipient keeps the state its RCPT reply gave; nothing more is sent but RSET.
        abandonError = SmtpError();
        sendRset(RsetAbandoning);
        return;
    }
    int accepted = 0;
    const RecipientResult* refused = nullptr;
    QStringList refusedNames;
    for (const RecipientResult& r : qAsConst(result.recipients)) {
        if (r.state == RecipientState::Accepted)
            ++accepted;
        if (r.state == RecipientState::PermanentFailure) {
            if (!refused)
                refused = &r;
            refusedNames.append(r.address);
        }
    }
    if (refused) {
        // Nobody gets a partial send: the accepted ones are abandoned too.
        for (RecipientResult& r : result.recipients) {
            if (r.state == RecipientState::Accepted || r.state == RecipientState::TemporaryFailure)
                r.state = RecipientState::NotAttempted;
        }
        abandon(makeError(
            SmtpFailure::PermanentReply, ErrorKind::Permanent,
            SmtpClient::tr("%1 refused the recipient %2 (%3); the message was sent to nobody, so "
                           "that no one gets a partial send. Correct or remove %4 and send again.")
                .arg(where(), refused->address, refused->reply.toString(), refusedNames.join(QLatin1String(", "))),
            refused->reply));
        return;
    }
    if (accepted == 0) {
        const SmtpReply first = result.recipients.value(0).reply;
        abandon(makeError(SmtpFailure::TransientReply, ErrorKind::Temporary,
                          SmtpClient::tr("%1 refused every recipient for now (%2); nothing was sent. Try again "
                                         "later.")
                              .arg(where(), first.toString()),
                          first));
        return;
    }
    if (useChunking()) {
        recipientsDone = true;
        if (chunked) {
            if (terminatorQueued)
                // LAST went with the envelope; the next message's MAIL and RCPT follow at once. Waiting for
                // LAST's reply to send them with the next LAST would save a write but costs 40 ms a message
                // with Postfix: it writes the RCPT replies and LAST's apart, and the second waits for our
                // delayed ACK when we have nothing to send (measured: 22 msg/s instead of about 400).
                writeNext();
            else
                pumpChunks(); // the LAST chunk may go now
        } else
            startUpload();
        return;
    }
    setState(State::Data);
    arm(s.timeouts.data);
    if (!dataPipelined)
        send(SmtpCommand::plain("DATA"), {Expect::Data});
}

void SmtpClient::Private::abandon(const SmtpError& error)
{
    if (chunked) {
        // Chunks (LAST too, perhaps) went with the envelope: their replies are read, then RSET (at once, or
        // before the next transaction if LAST went).
        stopChunks(error);
        return;
    }
    abandonError = error;
    if (dataPipelined) {
        // DATA is on its way: its reply (503/554, nothing to send to) comes before RSET's.
        dataPipelined = false;
        abandonAtData = true;
        setState(State::Data);
        arm(s.timeouts.data);
        return;
    }
    sendRset(RsetAbandoning);
}

void SmtpClient::Private::onRsetReply(int purpose, const SmtpReply& reply)
{
    if (reply.code != 250) {
        failUnexpected(reply, QStringLiteral("RSET"));
        return;
    }
    needRset = false;
    if (purpose == RsetBeforeTransaction) {
        startMail();
        return;
    }
    finishTransaction(abandonError);
    becomeReadyAfterTransaction();
}

void SmtpClient::Private::onDataReply(const SmtpReply& reply)
{
    if (abandonAtData) {
        abandonAtData = false;
        if (reply.code == 354) {
            // It wants the message although nobody may have it: report the refusal, then drop the
            // connection without sending a byte, which makes the server discard the transaction.
            finishTransaction(abandonError);
            failProtocol(SmtpClient::tr("the server answered DATA with 354 although no recipient was "
                                        "accepted."));
            return;
        }
        sendRset(RsetAbandoning);
        return;
    }
    if (reply.code == 354) {
        startUpload();
        return;
    }
    if (!reply.isTransient() && !reply.isPermanent()) {
        failUnexpected(reply, QStringLiteral("DATA"));
        return;
    }
    needRset = true;
    finishRefused(reply, SmtpClient::tr("DATA"));
}

// A 4xx/5xx to DATA, to a BDAT chunk or to the final dot: nothing was delivered.
void SmtpClient::Private::finishRefused(const SmtpReply& reply, const QString& step)
{
    finishTransaction(refusedError(reply, step));
    becomeReadyAfterTransaction();
}

// The recipients that were accepted did not get it either; the error in the same words for each step.
SmtpError SmtpClient::Private::refusedError(const SmtpReply& reply, const QString& step)
{
    const bool temporary = reply.isTransient();
    for (RecipientResult& r : result.recipients) {
        if (r.state == RecipientState::Accepted)
            r.state = temporary ? RecipientState::TemporaryFailure : RecipientState::PermanentFailure;
    }
    result.finalReply = reply;
    return makeError(
        temporary ? SmtpFailure::TransientReply : SmtpFailure::PermanentReply,
        temporary ? ErrorKind::Temporary : ErrorKind::Permanent,
        temporary ? SmtpClient::tr("%1 did not take the message at %2 (%3); nothing was delivered. It can be sent "
                                   "again later.")
                        .arg(where(), step, reply.toString())
                  : SmtpClient::tr("%1 refused the message at %2 (%3); nothing was delivered. Read the server's "
                                   "reason, change the message and send again.")
                        .arg(where(), step, reply.toString()),
        reply);
}

void SmtpClient::Private::finishTransactionLater(const SmtpError& error)
{
    for (RecipientResult& r : result.recipients)
        r.state = RecipientState::NotAttempted;
    result.error = error;
    transaction = false;
    envelopeOnly = false;
    body = nullptr;
    const TransactionResult done = result;
    QMetaObject::invokeMethod(
        q, [this, done] { emit q->transactionFinished(done); }, Qt::QueuedConnection);
}

void SmtpClient::Private::finishTransaction(const SmtpError& error)
{
    if (!transaction)
        return;
    transaction = false;
    envelopeOnly = false;
    QObject::disconnect(bodyReadyRead);
    body = nullptr;
    for (RecipientResult& r : result.recipients) {
        if (r.state == RecipientState::Pending)
            r.state = RecipientState::NotAttempted;
    }
    result.error = error;
    if (error.isError())
        qCInfo(lcSmtp).noquote() << "transaction failed:" << smtpFailureName(error.failure) << error.message;
    reporting = true;
    emit q->transactionFinished(result);
    reporting = false;
}

void SmtpClient::Private::becomeReadyAfterTransaction()
{
    if (finished)
        return;
    timer->stop();
    setState(State::Ready);
    promoteNext();
}
} // namespace Postino
