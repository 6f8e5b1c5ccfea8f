#pragma once

// OutboxRunner::Session: one connection of the runner to an account's server, the messages in flight
// on it and those it has claimed. Private to the runner's sources.

#include "outbox/HashingFile.h"
#include "outbox/OutboxItem.h"
#include "outbox/OutboxRunner.h"
#include "smtp/Submission.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>

namespace Postino {

struct OutboxRunner::Session
{
    // A message handed to the submission.
    struct Flight
    {
        OutboxItem item;
        std::unique_ptr<HashingFile> body;
        bool afterDot = false; // its transaction reached AwaitingFinalReply
        bool damaged = false; // its message did not match its SHA-256: set aside, the session aborted
        bool dotMarked = false; // finalDotPending is recorded
        quint64 claimedAt = 0; // the journal position of its `sending` record
        QStringList lines; // its own part of the session's transcript
        bool dotSeen = false; // its final dot is in lines
    };
    // An item recorded as `sending` for this session and not handed over yet.
    struct Claim
    {
        OutboxItem item;
        OutboxItem before; // as it was: restored if the session ends first
        quint64 at = 0;
    };

    quint64 serial = 0;
    QString accountKey;
    std::unique_ptr<Submission> submission;
    bool holdsFinalDot = false; // the submission holds each final dot until the runner releases it
    quint64 tokenGeneration = 0; // the account's AccountState::tokenGeneration() when it opened
    std::deque<Flight> flights; // oldest first: the one the server answers next
    std::deque<Claim> claimed;
    bool ready = false;
    bool closing = false;
    bool expectFailure = false; // the transaction ended with an error after which failed() follows
    bool waitingPace = false; // waits for the account's pace timer
    bool finalDotHeld = false; // the submission waits for releaseFinalDot() (for flights.front())
    QString abortReason; // why the runner aborted it (the journal could not be synced), for its items
    bool startedAny = false;
    QStringList preamble; // transcript lines before the first transaction: connect, EHLO, TLS, AUTH
    QStringList lines; // transcript lines outside any flight, since the last one began
    std::unique_ptr<QObject> ownTranscript;

    [[nodiscard]] bool busy() const { return !flights.empty(); }
    // Each line goes to the flight it belongs to. Pipelined, the next message's commands follow this
    // one's final dot (or BDAT ... LAST) before its reply: a client line after the oldest flight's dot is the next
    // one's; replies are the oldest flight's until its transaction ends (its final reply is the last of them).
    void addLine(const QString& line)
    {
        QStringList* to = startedAny ? &lines : &preamble;
        if (startedAny && !flights.empty()) {
            Flight& oldest = flights.front();
            if (oldest.dotSeen && flights.size() >= 2 && line.startsWith(QLatin1String("C: ")))
                to = &flights[1].lines;
            else
                to = &oldest.lines;
            if (line == QLatin1String("C: .")
                || (line.startsWith(QLatin1String("C: BDAT ")) && line.endsWith(QLatin1String(" LAST"))))
                oldest.dotSeen = true;
        }
        constexpr int kMaxLines = 2000; // bounded, whatever the server says
        if (to->size() < kMaxLines)
            to->append(line);
    }
    [[nodiscard]] QStringList transcript() const { return preamble + lines; }
    [[nodiscard]] QStringList transcriptOf(const Flight& flight) const { return preamble + flight.lines + lines; }
};

} // namespace Postino
