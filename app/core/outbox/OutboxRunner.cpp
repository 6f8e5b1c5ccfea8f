#include "OutboxRunner.h"

#include "common/Clock.h"
#include "common/Log.h"
#include "common/SerialWorker.h"
#include "common/Settings.h"
#include "outbox/CredentialsProvider.h"
#include "outbox/NetworkMonitor.h"
#include "outbox/OutboxSession.h"
#include "outbox/OutboxStore.h"
#include "smtp/Transcript.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QPointer>

#include <deque>

namespace Postino {

namespace {

bool killsSession(SmtpFailure f)
{
    return f == SmtpFailure::ServiceUnavailable || f == SmtpFailure::ConnectionLost || f == SmtpFailure::Timeout
        || f == SmtpFailure::OutcomeUnknown;
}

// How many items a session records as `sending` at once: one sync of the journal covers them all
// before their final dots.
constexpr int kClaimBatch = 64;

} // namespace

QString OutboxRunner::bootId()
{
    static const QString id = [] {
        QFile f(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
    }();
    return id;
}

OutboxRunner::OutboxRunner(OutboxStore* store, SubmissionFactory* factory, CredentialsProvider* credentials,
                           QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_factory(factory)
    , m_credentials(credentials)
    , m_wakeTimer(new ClockTimer(store->clock(), this))
    , m_lockTimer(new ClockTimer(store->clock(), this))
    , m_maxTimeTimer(new ClockTimer(store->clock(), this))
{
    connect(m_wakeTimer, &ClockTimer::timeout, this, &OutboxRunner::schedulePass);
    connect(m_lockTimer, &ClockTimer::timeout, this, &OutboxRunner::schedulePass);
    connect(m_maxTimeTimer, &ClockTimer::timeout, this, &OutboxRunner::stop);
    connect(m_store, &OutboxStore::journalSyncedTo, this, [this] {
        std::vector<quint64> waiting;
        for (const auto& s : m_sessions) {
            if (s->finalDotHeld)
                waiting.push_back(s->serial);
        }
        for (quint64 serial : waiting) {
            if (Session* s = findSession(serial))
                releaseFinalDot(s);
        }
    });
    // No dot may go while the journal cannot reach the disk: the sessions waiting to send one are
    // aborted (nothing is delivered without its dot) and their items wait with the reason.
    connect(m_store, &OutboxStore::journalSyncFailed, this, [this](const QString& message) {
        std::vector<quint64> waiting;
        for (const auto& s : m_sessions) {
            if (s->finalDotHeld)
                waiting.push_back(s->serial);
        }
        for (quint64 serial : waiting) {
            if (Session* s = findSession(serial)) {
                s->abortReason = message;
                s->finalDotHeld = false;
                s->submission->abort();
            }
        }
    });
    connect(m_store, &OutboxStore::itemAdded, this, [this] {
        if (m_running && !m_stopping && (m_mode == Mode::Continuous || m_mode == Mode::UntilEmpty))
            schedulePass();
    });
}

OutboxRunner::~OutboxRunner()
{
    // What the store's worker is doing for this runner finishes first (it reports to nobody then); the
    // lock goes after.
    m_store->waitForWrites();
    // Like a crash, on purpose: items in flight stay `sending` on disk and the next runner recovers
    // them (outcome unknown only if the final dot was pending).
    for (auto& s : m_sessions) {
        disconnect(s->submission.get(), nullptr, this, nullptr);
        s->submission->abort();
    }
    m_sessions.clear();
}

QDateTime OutboxRunner::now() const
{
    return m_store->clock()->now();
}

OutboxRunner::Session* OutboxRunner::findSession(quint64 serial) const
{
    for (const auto& s : m_sessions) {
        if (s->serial == serial)
            return s.get();
    }
    return nullptr;
}

int OutboxRunner::sessionCount(const QString& key, bool onlyWaiting) const
{
    int n = 0;
    for (const auto& s : m_sessions) {
        if (s->accountKey == key && (!onlyWaiting || (!s->busy() && !s->closing && !s->expectFailure)))
            ++n;
    }
    return n;
}

bool OutboxRunner::inFlight(const QString& id) const
{
    for (const auto& s : m_sessions) {
        for (const auto& f : s->flights) {
            if (f.item.id == id)
                return true;
        }
        for (const auto& c : s->claimed) {
            if (c.item.id == id)
                return true;
        }
    }
    return false;
}

// --- sessions ---

void OutboxRunner::stop()
{
    if (!m_running)
        return;
    m_stopping = true;
    m_wakeTimer->stop();
    m_lockTimer->stop();
    m_accounts.forEach([](AccountState& acct) { acct.queue().clear(); });
    // Sessions between transactions close now; those in a transaction close after it.
    std::vector<quint64> waiting;
    for (const auto& s : m_sessions) {
        if (!s->busy() && !s->expectFailure)
            waiting.push_back(s->serial);
    }
    for (quint64 serial : waiting) {
        if (Session* s = findSession(serial))
            closeSession(s);
    }
    checkIdle();
}

// Over 60 lines on purpose: one connect for each of the submission's signals, each a few lines that find
// the session by its serial; split up, the wiring of a session would be read in pieces.
void OutboxRunner::openSession(AccountState& acct)
{
    SubmissionSettings settings = *acct.settings();
    settings.clock = m_store->clock();
    settings.holdFinalDot = true;
    if (m_settings && !m_settings->boolValue(Settings::Key::AccountChunking, acct.key()))
        settings.chunking = false; // a server that offers CHUNKING and botches it: DATA
    // Each session has a transcript of its own, so that each item keeps the lines of its own attempt even
    // when sessions run in parallel; a transcript the provider gave (--transcript, -v) follows it.
    auto* wire = new Transcript;
    std::unique_ptr<QObject> ownTranscript(wire);
    if (settings.transcript)
        settings.transcript->follow(wire);
    settings.transcript = wire;
    std::unique_ptr<Submission> submission = m_factory->create(settings);
    if (!submission) {
        blockAccount(acct, Error(ErrorKind::Internal, tr("No submission could be created for %1.").arg(acct.key())));
        return;
    }
    auto session = std::make_unique<Session>();
    session->serial = ++m_serial;
    session->accountKey = acct.key();
    session->submission = std::move(submission);
    session->holdsFinalDot = session->submission->holdsFinalDot();
    session->tokenGeneration = acct.tokenGeneration();
    const quint64 serial = session->serial;
    Submission* sub = session->submission.get();
    connect(sub, &Submission::ready, this, [this, serial] {
        if (Session* s = findSession(serial))
            onReady(s);
    });
    connect(sub, &Submission::transactionFinished, this, [this, serial](const TransactionResult& result) {
        if (Session* s = findSession(serial))
            onTransactionFinished(s, result);
    });
    connect(sub, &Submission::failed, this, [this, serial](const SmtpError& error) {
        if (Session* s = findSession(serial))
            onFailed(s, error);
    });
    connect(sub, &Submission::closed, this, [this, serial] {
        if (Session* s = findSession(serial))
            onClosed(s);
    });
    connect(sub, &Submission::passwordRequested, this, [this, serial](const QString& username) {
        if (Session* s = findSession(serial))
            onPasswordRequested(s, username);
    });
    connect(sub, &Submission::stateChanged, this, [this, serial](Submission::State state) {
        Session* s = findSession(serial);
        if (!s || s->flights.empty())
            return;
        // A submission that cannot hold the dot: the marker is committed when DATA is accepted, before
        // the first body byte and so before the final dot, whatever the transport does with its buffers.
        if (state == Submission::State::Uploading && !s->holdsFinalDot)
            markDotPending(s);
        if (state == Submission::State::AwaitingFinalReply) {
            s->flights.front().afterDot = true;
            markDotPending(s);
        }
    });
    connect(sub, &Submission::finalDotHeld, this, [this, serial] {
        if (Session* s = findSession(serial)) {
            s->finalDotHeld = true;
            releaseFinalDot(s);
        }
    });
    connect(sub, &Submission::uploadProgress, this, [this, serial](qint64 sent, qint64 total) {
        if (Session* s = findSession(serial); s && !s->flights.empty())
            emit uploadProgress(s->flights.front().item.id, sent, total);
    });
    connect(wire, &Transcript::lineAdded, this, [this, serial](const QString& line) {
        if (Session* s = findSession(serial))
            s->addLine(line);
    });
    session->ownTranscript = std::move(ownTranscript);
    m_sessions.push_back(std::move(session));
    qCDebug(lcOutbox) << "opening session" << serial << "for" << acct.key();
    sub->open();
}

void OutboxRunner::onReady(Session* session)
{
    session->ready = true;
    account(session->accountKey).setTokenRetried(false); // signed in: a later refusal may refresh again
    feed(session);
}

void OutboxRunner::closeSession(Session* session)
{
    if (session->closing)
        return;
    session->closing = true;
    session->submission->close();
}

void OutboxRunner::feed(Session* session)
{
    if (session->closing || session->expectFailure || !session->ready)
        return;
    if (session->busy() && (session->flights.size() >= 2 || !session->submission->canSendAhead()))
        return;
    AccountState& acct = account(session->accountKey);
    const QDateTime t = now();
    const bool throttled = m_mode != Mode::Flush && acct.isThrottledAt(t);
    if (m_stopping || throttled || acct.isBlocked()) {
        unclaim(session);
        if (!session->busy())
            closeSession(session);
        return;
    }
    const AccountLimits limits = accountLimits(acct.key());
    const bool paced = limits.isPaced();
    for (;;) {
        if (paced && session->claimed.empty() && !acct.queue().isEmpty()) {
            const QDateTime next = paceNext(acct, limits, t);
            if (next > t) {
                if (t.msecsTo(next) > kLongPaceWaitMsec) {
                    // No connection sits idle that long (servers drop it anyway): QUIT, and the items
                    // stay queued; the runner wakes for the next start (scheduleWake()).
                    qCDebug(lcOutbox) << "account" << acct.key() << "paced until" << next << "; closing";
                    acct.queue().clear();
                    if (!session->busy())
                        closeSession(session);
                    return;
                }
                if (!session->busy())
                    waitForPace(session, acct, next);
                return; // busy: asked again when the transaction ends
            }
        }
        claim(session, acct, paced ? 1 : kClaimBatch);
        if (session->claimed.empty())
            break;
        Session::Claim next = std::move(session->claimed.front());
        session->claimed.pop_front();
        // Claimed in a batch a while ago: a campaign paused or cancelled since then stops it here.
        if (m_gate) {
            const Gate word = m_gate(next.item);
            if (word != Gate::Send) {
                commit(next.before);
                emit itemChanged(next.before.id);
                if (word == Gate::Drop)
                    drop(next.before.id);
                continue;
            }
        }
        if (!startTransaction(session, std::move(next.item), next.at, paced))
            continue;
        if (paced || session->flights.size() >= 2 || !session->submission->canSendAhead())
            return;
    }
    if (!session->busy())
        closeSession(session);
}

// Records up to `batch` due items of the account as `sending` for this session, in one go: one sync of
// the journal covers them all. Topped up when half are handed over, so the sync is done long before
// their final dots.
void OutboxRunner::claim(Session* session, AccountState& acct, int batch)
{
    if (static_cast<int>(session->claimed.size()) > batch / 2 || acct.queue().isEmpty())
        return;
    const QDateTime t = now();
    const bool paced = accountLimits(acct.key()).isPaced();
    int added = 0;
    while (static_cast<int>(session->claimed.size()) < batch && !acct.queue().isEmpty()) {
        const QString id = acct.queue().takeFirst();
        if (m_held.contains(id))
            continue;
        // The message's SHA-256 is checked as it streams out, before its final dot (releaseFinalDot()); a
        // submission that cannot hold the dot gets a message checked here.
        Result<OutboxItem> loaded =
            m_store->load(id, session->holdsFinalDot ? OutboxStore::Check::Metadata : OutboxStore::Check::Full);
        if (!loaded || loaded.value().state != OutboxItem::State::Queued)
            continue;
        if (gate(loaded.value()) != Gate::Send)
            continue; // paused or cancelled since it was queued for us
        OutboxItem item = std::move(loaded).value();
        if (item.pendingRecipients().isEmpty()) {
            // Everyone has it already (a crash after the last 250): file it as sent.
            if (item.allRecipientsSent() && m_store->markSent(item))
                emit itemSent(item.id);
            continue;
        }
        Session::Claim c;
        c.before = item;
        item.state = OutboxItem::State::Sending;
        beginAttempt(item, t, paced);
        item.finalDotPending = false;
        item.sendingBoot = bootId();
        if (Status s = m_store->record(item); !s) {
            qCWarning(lcOutbox) << "cannot start" << item.id << ":" << s.error().message();
            continue;
        }
        c.item = item;
        c.at = m_store->journalWritten();
        session->claimed.push_back(std::move(c));
        ++added;
        emit itemChanged(id);
    }
    if (added > 0)
        m_store->requestJournalSync(); // done long before the first of them reaches its dot
    if (added > 0 && !session->holdsFinalDot) {
        // The submission cannot wait for the sync before its dot: wait here.
        if (Status s = m_store->syncJournal(); !s)
            qCWarning(lcOutbox) << "outbox journal:" << s.error().message();
    }
}

// Items claimed and never handed over go back as they were.
void OutboxRunner::unclaim(Session* session)
{
    while (!session->claimed.empty()) {
        OutboxItem before = std::move(session->claimed.back().before);
        session->claimed.pop_back();
        commit(before);
        emit itemChanged(before.id);
    }
}

bool OutboxRunner::startTransaction(Session* session, OutboxItem item, quint64 claimedAt, bool paced)
{
    auto body = std::make_unique<HashingFile>(m_store->messagePath(item.id));
    if (!body->open(QIODevice::ReadOnly)) {
        AttemptFailure unreadable;
        unreadable.decision.action = RetryDecision::Action::Fail;
        unreadable.decision.kind = ErrorKind::IoError;
        unreadable.message = tr("The stored message %1 could not be read (%2); it cannot be sent.")
                                 .arg(QDir::toNativeSeparators(body->fileName()), body->errorString());
        applyFailure(item, unreadable, account(session->accountKey));
        return false;
    }
    if (paced)
        notePaceStart(account(session->accountKey), now()); // before MAIL FROM goes out
    session->startedAny = true;
    if (session->flights.empty())
        session->lines.clear();
    const Envelope envelope = item.pendingEnvelope();
    const qint64 size = item.size;
    Session::Flight flight;
    flight.item = std::move(item);
    flight.body = std::move(body);
    flight.claimedAt = claimedAt;
    QIODevice* device = flight.body.get();
    const QString id = flight.item.id;
    session->flights.push_back(std::move(flight));
    qCDebug(lcOutbox) << "sending" << id << "to" << envelope.recipients;
    session->submission->send(envelope, device, size);
    return true;
}

// The submission waits to send the oldest flight's final dot: first its `sending` record must be on
// the disk (so that even a power cut leaves it recoverable as outcome unknown), then finalDotPending
// is written (a process that dies leaves it in the page cache), then the dot may go.
void OutboxRunner::releaseFinalDot(Session* session)
{
    if (!session->finalDotHeld || session->flights.empty())
        return;
    if (session->flights.front().claimedAt > m_store->journalSynced()) {
        m_store->requestJournalSync(); // journalSyncedTo() brings us back
        return;
    }
    session->finalDotHeld = false;
    Session::Flight& flight = session->flights.front();
    if (flight.body && flight.body->sha256Hex() != flight.item.messageSha256) {
        // Changed or damaged on the disk since it was queued: the dot never goes, so the server drops
        // what it has, and the item is set aside and reported like any damaged one.
        qCWarning(lcOutbox) << "message of" << flight.item.id << "does not match its SHA-256; not sent";
        flight.damaged = true;
        m_store->setAside(flight.item.id,
                          tr("message.eml does not match its checksum: it was changed or damaged; it was not sent"));
        session->submission->abort();
        return;
    }
    // The next message's envelope goes in the same write as this dot (send-ahead): hand it over now.
    // This is also where a session that holds its final dots is fed after a transaction (see onTransactionFinished()).
    feed(session);
    markDotPending(session);
    session->submission->releaseFinalDot();
}

void OutboxRunner::markDotPending(Session* session)
{
    if (session->flights.empty())
        return;
    Session::Flight& flight = session->flights.front();
    if (flight.dotMarked)
        return;
    flight.dotMarked = true;
    if (Status s = m_store->recordDotPending(flight.item); !s)
        qCWarning(lcOutbox) << "could not record" << flight.item.id << ":" << s.error().message();
}

void OutboxRunner::onTransactionFinished(Session* session, const TransactionResult& result)
{
    if (session->flights.empty())
        return;
    Session::Flight flight = std::move(session->flights.front());
    session->flights.pop_front();
    flight.body.reset();
    if (!flight.dotMarked) {
        // It ended with its final dot still held (a BDAT LAST held while its recipient was refused): that
        // hold was its own, not the next flight's.
        session->finalDotHeld = false;
    }
    if (flight.damaged) {
        emit itemChanged(flight.item.id);
        emit itemFailed(flight.item.id);
        session->expectFailure = true; // aborted: closed() follows
        return;
    }
    AccountState& acct = account(session->accountKey);
    AttemptContext context;
    context.now = now();
    context.throttle = acct.throttle();
    context.afterDot = flight.afterDot;
    context.abortReason = session->abortReason;
    context.transcript = session->transcriptOf(flight);
    apply(AttemptOutcome::nextState(flight.item, result, m_policy, context), acct);

    if (killsSession(result.error.failure) || result.outcomeUnknown) {
        session->expectFailure = true; // failed() follows and ends the session
        return;
    }
    if (session->finalDotHeld)
        releaseFinalDot(session); // the next flight's dot may be waiting already
    // A flight whose dot is still to be released is fed from releaseFinalDot(), just before that dot: no
    // trip through the event loop for every message.
    if (session->holdsFinalDot && !session->flights.empty() && !session->flights.front().dotMarked)
        return;
    const quint64 serial = session->serial;
    QMetaObject::invokeMethod(
        this,
        [this, serial] {
            if (Session* s = findSession(serial))
                feed(s);
        },
        Qt::QueuedConnection);
}

void OutboxRunner::onFailed(Session* session, const SmtpError& error)
{
    AccountState& acct = account(session->accountKey);
    qCDebug(lcOutbox) << "session" << session->serial << "failed:" << error.message;
    unclaim(session);
    if (session->busy()) {
        // Flights the submission did not report (a transport without transactionFinished on failure).
        AttemptFailure failure;
        failure.message = error.message;
        failure.reply = outboxReplyText(error.reply);
        while (!session->flights.empty()) {
            Session::Flight flight = std::move(session->flights.front());
            session->flights.pop_front();
            OutboxItem item = std::move(flight.item);
            failure.decision =
                AttemptOutcome::lostAfterDot(RetryPolicy::classify(error), error.failure, flight.afterDot);
            item.transcript = session->transcriptOf(flight);
            applyFailure(item, failure, acct);
        }
    } else if (!session->ready && error.kind == ErrorKind::Auth && session->tokenGeneration < acct.tokenGeneration()) {
        // A parallel session signed in with the token another one found refused; the refresh is under way
        // and the new sessions carry the queue. Nothing fails for this one.
        qCDebug(lcOutbox) << "session" << session->serial << "had the refused token; the refreshed one goes on";
    } else if (!session->ready && retryWithFreshToken(acct, error)) {
        endSession(session);
        startSessions(acct); // asks for the settings again: a refreshed token
        checkIdle();
        return;
    } else if (!session->ready) {
        const RetryDecision d = RetryPolicy::classify(error);
        int others = 0;
        for (const auto& other : m_sessions) {
            if (other.get() != session && other->accountKey == acct.key() && !other->closing && !other->expectFailure)
                ++others;
        }
        if (others > 0 && d.retries()) {
            // A parallel connection was refused (often "too many connections"): the sessions that
            // work carry on with the queue, and no more are opened for this batch.
            acct.capSessions(others);
            qCInfo(lcOutbox) << "account" << acct.key() << "limited to" << others << "sessions:" << error.message;
        } else {
            failQueue(acct, error, session->transcript());
        }
    }
    endSession(session);
    startSessions(acct);
    checkIdle();
}

bool OutboxRunner::retryWithFreshToken(AccountState& acct, const SmtpError& error)
{
    // RFC 7628 and the providers: an expired or revoked access token is refused at AUTH (535 after a 334 error
    // challenge). The token is refreshed once and the session opened again before anything fails.
    if (error.kind != ErrorKind::Auth || acct.tokenRetried() || !acct.settings() || acct.queue().isEmpty())
        return false;
    const AuthMechanism mechanism = acct.settings()->credentials.mechanism;
    if (mechanism != AuthMechanism::XOAuth2 && mechanism != AuthMechanism::OAuthBearer)
        return false;
    const Result<OutboxItem> first = m_store->load(acct.queue().first(), OutboxStore::Check::Metadata);
    if (!first || !m_credentials->tokenRefused(first.value()))
        return false;
    qCInfo(lcOutbox) << "account" << acct.key() << "OAuth2 token refused; refreshing it once";
    acct.setTokenRetried(true);
    acct.nextTokenGeneration(); // the sessions open now with the refused token fail without failing anything
    acct.clearSettings();
    return true;
}

void OutboxRunner::onClosed(Session* session)
{
    if (session->busy()) {
        SmtpError lost;
        lost.failure = SmtpFailure::ConnectionLost;
        lost.kind = ErrorKind::Temporary;
        lost.message = tr("The server closed the connection during the transaction.");
        onFailed(session, lost);
        return;
    }
    AccountState& acct = account(session->accountKey);
    endSession(session);
    startSessions(acct);
    checkIdle();
}

void OutboxRunner::onPasswordRequested(Session* session, const QString& username)
{
    AccountState& acct = account(session->accountKey);
    const QString host = session->submission->endpoint().host;
    endSession(session);
    blockAccount(acct,
                 Error(ErrorKind::Config,
                       tr("The server %1 asks for the password of %2 and none was given; the message stays queued. "
                          "Give the password (--password-env VAR or --password-stdin, or store it with the account) "
                          "and run the queue again.")
                           .arg(host, username)));
    checkIdle();
}

void OutboxRunner::endSession(Session* session)
{
    unclaim(session);
    const QString key = session->accountKey;
    Submission* sub = session->submission.release();
    disconnect(sub, nullptr, this, nullptr);
    const Submission::State st = sub->state();
    if (st != Submission::State::Closed && st != Submission::State::Idle)
        sub->abort();
    sub->deleteLater();
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        if (it->get() == session) {
            m_sessions.erase(it);
            break;
        }
    }
    if (sessionCount(key, false) == 0) {
        account(key).sessionsEnded();
    }
}

void OutboxRunner::commit(OutboxItem item)
{
    if (Status s = m_store->record(item); !s)
        qCWarning(lcOutbox) << "could not record" << item.id << ":" << s.error().message();
}

} // namespace Postino
