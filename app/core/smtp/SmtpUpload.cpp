#include "SmtpClient_p.h"

#include "common/Clock.h"
#include "common/Log.h"
#include "smtp/Transcript.h"

#include <QIODevice>
#include <QSslSocket>

// SmtpClient::Private, the upload: the body streamed with backpressure and dot-stuffed (DotStuffer), the
// final dot (held until releaseFinalDot() with SubmissionSettings::holdFinalDot), and the reply to it, which
// is also the reply to BDAT ... LAST (the chunks themselves are in SmtpChunking.cpp).

namespace Postino {

using namespace SmtpInternal;

void SmtpClient::Private::releaseFinalDot()
{
    if (finalDotReleased)
        return;
    finalDotReleased = true;
    if (finalDotHeld && state == State::Uploading && !terminatorQueued && !finished) {
        if (chunked)
            queueLastChunk();
        else
            queueTerminator();
    }
}

void SmtpClient::Private::startUpload()
{
    finalDotHeld = false;
    finalDotReleased = false;
    setState(State::Uploading);
    stuffer = DotStuffer(useChunking() ? DotStuffer::Mode::Bdat : DotStuffer::Mode::Data);
    terminatorQueued = false;
    inputRead = outputQueued = outputWritten = 0;
    progressMarks.clear();
    arm(s.timeouts.dataBlock);
    if (body && body->isSequential()) {
        bodyReadyRead = QObject::connect(body, &QIODevice::readyRead, q, [this] {
            if (state == State::Uploading)
                pumpBody();
        });
    }
    if (useChunking()) {
        startChunks();
        return;
    }
    pumpBody();
}

// Every refill of the socket comes here (its bytesWritten and encryptedBytesWritten, the source's readyRead).
void SmtpClient::Private::pumpBody()
{
    if (chunked) {
        pumpChunks();
        return;
    }
    if (finished || terminatorQueued)
        return;
    QByteArray buffer(static_cast<qsizetype>(kBodyRead), Qt::Uninitialized);
    // Backpressure: plaintext and ciphertext waiting in the socket together stay under kWriteAhead.
    while (!terminatorQueued && socket->bytesToWrite() + socket->encryptedBytesToWrite() < kWriteAhead) {
        if (!body) {
            failLocalIo(SmtpClient::tr("the message source went away"));
            return;
        }
        const qint64 n = body->read(buffer.data(), kBodyRead);
        if (n < 0) {
            failLocalIo(body->errorString());
            return;
        }
        if (n == 0) {
            if (body->isSequential() && !body->atEnd())
                return; // more comes with readyRead
            if (s.holdFinalDot && !finalDotReleased) {
                if (!finalDotHeld) {
                    finalDotHeld = true;
                    emit q->finalDotHeld(); // may call releaseFinalDot() at once
                }
                return;
            }
            queueTerminator();
            return;
        }
        inputRead += n;
        const QByteArray out = stuffer.feed(buffer.constData(), n);
        outputQueued += out.size();
        progressMarks.enqueue(qMakePair(outputQueued, inputRead));
        socket->write(out);
    }
}

void SmtpClient::Private::queueTerminator()
{
    const QByteArray tail = stuffer.terminator();
    terminatorQueued = true;
    outputQueued += tail.size();
    progressMarks.enqueue(qMakePair(outputQueued, inputRead));
    QObject::disconnect(bodyReadyRead);
    note(QStringLiteral("message: %1 bytes read, %2 bytes sent").arg(inputRead).arg(outputQueued));
    if (transcript)
        transcript->addClient(SmtpCommand::plain("."));
    expected.enqueue({Expect::DataEnd, 0, ++commandsSent});
    socket->write(tail);
    writeNext();
}

void SmtpClient::Private::onBytesWritten(qint64 n)
{
    if (state != State::Uploading || finished)
        return;
    outputWritten += n;
    arm(s.timeouts.dataBlock);
    qint64 reached = -1;
    while (!progressMarks.isEmpty() && progressMarks.head().first <= outputWritten)
        reached = progressMarks.dequeue().second;
    if (reached >= 0)
        emit q->uploadProgress(reached, bodySize);
    if (finished)
        return;
    if (terminatorQueued) {
        if (socket->bytesToWrite() == 0 && progressMarks.isEmpty()) {
            setState(State::AwaitingFinalReply);
            arm(s.timeouts.dataTerm);
        }
        return;
    }
    pumpBody();
}

void SmtpClient::Private::onFinalReply(const SmtpReply& reply)
{
    if (chunked && chunkingFailed) {
        // LAST went before the envelope or a chunk was refused: whatever it got, nothing was delivered; RSET
        // before the next transaction (unless its MAIL already followed LAST, which needs the recipients).
        if (!(next && next->written))
            needRset = true;
        finishTransaction(abandonError);
        becomeReadyAfterTransaction();
        return;
    }
    if (!reply.isPositive() && !reply.isTransient() && !reply.isPermanent()) {
        failUnexpected(reply, SmtpClient::tr("the end of the message"));
        return;
    }
    if (reply.code >= 300 && reply.code < 400) {
        result.outcomeUnknown = true;
        failUnexpected(reply, SmtpClient::tr("the end of the message"));
        return;
    }
    if (!reply.isPositive()) {
        // A refused BDAT LAST leaves the transaction failed (RFC 3030 section 2): RSET before the next one,
        // unless the next one's MAIL already went after LAST.
        if (chunked && !(next && next->written))
            needRset = true;
        finishRefused(reply, SmtpClient::tr("the end of the message"));
        return;
    }
    result.delivered = true;
    result.finalReply = reply;
    QStringList later;
    for (RecipientResult& r : result.recipients) {
        if (r.state == RecipientState::Accepted)
            r.state = RecipientState::Delivered;
        else if (r.state == RecipientState::TemporaryFailure)
            later.append(r.address);
    }
    SmtpError error;
    if (!later.isEmpty()) {
        error = makeError(SmtpFailure::TransientReply, ErrorKind::Temporary,
                          SmtpClient::tr("%1 took the message for some recipients but refused %2 for now; send "
                                         "again to those later.")
                              .arg(where(), later.join(QLatin1String(", "))));
    }
    finishTransaction(error);
    becomeReadyAfterTransaction();
}
} // namespace Postino
