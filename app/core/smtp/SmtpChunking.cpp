#include "SmtpClient_p.h"

#include "common/Clock.h"
#include "common/Log.h"
#include "smtp/Transcript.h"

#include <QIODevice>
#include <QSslSocket>

// SmtpClient::Private, CHUNKING (RFC 3030): the body in BDAT chunks instead of DATA. The source is read
// ahead by one chunk, so that the last one is known when it is sent and goes as "BDAT n LAST"; that LAST
// chunk is the final dot of the rest of the client (its hold, afterFinalDot(), Expect::DataEnd and
// onFinalReply()). The rules are in SmtpClient_p.h.

namespace Postino {

using namespace SmtpInternal;

void SmtpClient::Private::startChunks()
{
    chunked = true;
    bodyAtEnd = false;
    chunkBuffer.clear();
    chunksUnanswered = 0;
    chunkProgress = 0;
    pumpChunks();
}

void SmtpClient::Private::pumpChunks()
{
    QByteArray buffer;
    for (;;) {
        if (finished || terminatorQueued || chunkingFailed || state != State::Uploading)
            return;
        // Backpressure: plaintext and ciphertext waiting in the socket together stay under kWriteAhead
        // (plus the one chunk written last).
        if (socket->bytesToWrite() + socket->encryptedBytesToWrite() >= kWriteAhead)
            return;
        if (!caps.pipelining && chunksUnanswered > 0)
            return; // RFC 3030 section 4.2: without PIPELINING, each chunk waits for the reply to the last
        if (chunkBuffer.size() > kChunkSize) {
            sendChunk(kChunkSize, false); // more follows: this one is not the last
            continue;
        }
        if (bodyAtEnd) {
            tryLastChunk();
            return;
        }
        if (!body) {
            failLocalIo(SmtpClient::tr("the message source went away"));
            return;
        }
        if (buffer.isEmpty())
            buffer.resize(static_cast<qsizetype>(kBodyRead));
        const qint64 n = body->read(buffer.data(), kBodyRead);
        if (n < 0) {
            failLocalIo(body->errorString());
            return;
        }
        if (n == 0) {
            if (body->isSequential() && !body->atEnd())
                return; // more comes with readyRead
            bodyAtEnd = true;
            QObject::disconnect(bodyReadyRead);
            chunkBuffer += stuffer.terminator(); // an open last line is closed, as DATA does
            continue;
        }
        inputRead += n;
        chunkBuffer += stuffer.feed(buffer.constData(), n);
    }
}

// "BDAT <length>[ LAST]" and the first length bytes of chunkBuffer, in one write. The transcript shows
// the command only.
void SmtpClient::Private::sendChunk(qsizetype length, bool last)
{
    const SmtpCommand command =
        SmtpCommand::plain("BDAT " + QByteArray::number(static_cast<qint64>(length)) + (last ? " LAST" : ""));
    if (transcript)
        transcript->addClient(command);
    qCDebug(lcSmtp).noquote() << "C:" << command.transcriptText();
    expected.enqueue({last ? Expect::DataEnd : Expect::Bdat, 0, ++commandsSent});
    if (!last)
        ++chunksUnanswered;
    QByteArray out = command.wire();
    out.append(chunkBuffer.constData(), length);
    chunkBuffer.remove(0, length);
    outputQueued += out.size();
    // How much of the source this chunk completes: about what was read less what waits (CRLFs added on the
    // way make it an underestimate), never less than the chunk before.
    chunkProgress = last ? inputRead : qMax(chunkProgress, inputRead - chunkBuffer.size());
    progressMarks.enqueue(qMakePair(outputQueued, chunkProgress));
    socket->write(out);
}

// The LAST chunk commits the server. With several recipients it goes once every RCPT reply is in (as DATA
// would), with a single one it may follow MAIL and RCPT at once (refused, nobody gets it); without
// PIPELINING after the reply to the chunk before; and when the final-dot hold lets it.
void SmtpClient::Private::tryLastChunk()
{
    if (!bodyAtEnd || terminatorQueued || finished || chunkingFailed)
        return;
    if ((!recipientsDone && !dataPipelined) || (!caps.pipelining && chunksUnanswered > 0))
        return; // asked again when the replies are in (afterRecipients(), onChunkReply())
    if (s.holdFinalDot && !finalDotReleased) {
        if (!finalDotHeld) {
            finalDotHeld = true;
            emit q->finalDotHeld(); // may call releaseFinalDot() at once
        }
        return;
    }
    queueLastChunk();
}

void SmtpClient::Private::queueLastChunk()
{
    if (terminatorQueued || finished || chunkingFailed || !bodyAtEnd)
        return;
    terminatorQueued = true;
    const qint64 read = inputRead;
    sendChunk(chunkBuffer.size(), true);
    note(QStringLiteral("message: %1 bytes read, %2 bytes sent").arg(read).arg(outputQueued));
    writeNext();
}

// The reply to a chunk before the last.
void SmtpClient::Private::onChunkReply(const SmtpReply& reply)
{
    --chunksUnanswered;
    if (reply.code >= 200 && reply.code < 300) {
        if (chunkingFailed) {
            afterStoppedChunks();
            return;
        }
        arm(s.timeouts.dataBlock);
        pumpChunks(); // the next chunk (without PIPELINING) or the LAST one may have waited for it
        return;
    }
    if (!reply.isTransient() && !reply.isPermanent()) {
        failUnexpected(reply, QStringLiteral("BDAT"));
        return;
    }
    if (chunkingFailed) {
        afterStoppedChunks(); // the server discards the chunks that followed the refused one
        return;
    }
    stopChunks(refusedError(reply, QStringLiteral("BDAT")));
}

// No chunk goes any more (RFC 3030 section 2); the transaction ends with error once the replies to those
// already sent are in: with RSET if LAST never went, else at LAST's reply (onFinalReply()).
void SmtpClient::Private::stopChunks(const SmtpError& error)
{
    if (!chunkingFailed) {
        chunkingFailed = true;
        abandonError = error;
    }
    QObject::disconnect(bodyReadyRead);
    chunkBuffer.clear();
    afterStoppedChunks();
}

void SmtpClient::Private::afterStoppedChunks()
{
    if (chunksUnanswered > 0 || finished || terminatorQueued)
        return;
    sendRset(RsetAbandoning); // LAST never went: the server holds a transaction it must forget
}

} // namespace Postino
