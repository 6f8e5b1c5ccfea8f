#include "FakeSubmission.h"

#include "common/Clock.h"

#include <QIODevice>

#if __has_include("smtp/Transcript.h")
#include "smtp/Transcript.h"
#define POSTINO_FAKE_TRANSCRIPT 1
#endif

namespace Postino::Test {

SmtpReply reply(int code, const char* enhanced, const char* text)
{
    SmtpReply r;
    r.code = code;
    r.enhanced = QByteArray(enhanced);
    r.lines = {QByteArray(text)};
    return r;
}

SmtpError smtpError(SmtpFailure failure, ErrorKind kind, const SmtpReply& r)
{
    SmtpError e;
    e.failure = failure;
    e.kind = kind;
    e.reply = r;
    e.message = QStringLiteral("fake failure %1").arg(static_cast<int>(failure));
    if (r.isValid())
        e.message += QStringLiteral(": %1 %2").arg(r.code).arg(QString::fromLatin1(r.lines.value(0)));
    return e;
}

namespace {

bool failureEndsSession(SmtpFailure f)
{
    return f == SmtpFailure::ServiceUnavailable || f == SmtpFailure::ConnectionLost || f == SmtpFailure::Timeout
        || f == SmtpFailure::OutcomeUnknown;
}

SmtpError errorForReply(const SmtpReply& r)
{
    if (r.code == 421)
        return smtpError(SmtpFailure::ServiceUnavailable, ErrorKind::Temporary, r);
    if (r.isTransient())
        return smtpError(SmtpFailure::TransientReply, ErrorKind::Temporary, r);
    return smtpError(SmtpFailure::PermanentReply, ErrorKind::Permanent, r);
}

} // namespace

FakeSubmission::FakeSubmission(FakeSubmissionFactory* factory, int serial, const SubmissionSettings& settings,
                               FakeScript script)
    : m_factory(factory)
    , m_serial(serial)
    , m_settings(settings)
    , m_script(std::move(script))
{
    m_greeting = reply(220, "", "fake.test ESMTP");
    m_holdsFinalDot = settings.holdFinalDot && factory && factory->holdFinalDots;
}

FakeSubmission::~FakeSubmission()
{
    release();
}

void FakeSubmission::release()
{
    if (m_counted && m_factory)
        --m_factory->m_open;
    m_counted = false;
}

void FakeSubmission::note(const SmtpReply& r)
{
#ifdef POSTINO_FAKE_TRANSCRIPT
    // What the server said, as a transcript would show it (the client side is not simulated).
    if (m_settings.transcript && r.isValid()) {
        QByteArray line = QByteArray::number(r.code);
        if (!r.enhanced.isEmpty())
            line += ' ' + r.enhanced;
        line += ' ' + r.lines.value(0);
        m_settings.transcript->addServer(line);
    }
#else
    Q_UNUSED(r)
#endif
}

void FakeSubmission::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

void FakeSubmission::fail(const SmtpError& error)
{
    setState(State::Closed);
    release();
    emit failed(error);
}

void FakeSubmission::open()
{
    setState(State::Connecting);
    if (m_factory) {
        ++m_factory->m_open;
        m_factory->m_maxOpen = qMax(m_factory->m_maxOpen, m_factory->m_open);
        m_counted = true;
    }
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_script.openError.isError()) {
                fail(m_script.openError);
                return;
            }
            note(m_greeting);
            if (m_settings.credentials.wanted() && m_settings.credentials.secret.isEmpty()) {
                setState(State::Authenticating);
                emit passwordRequested(m_settings.credentials.username);
                return;
            }
            setState(State::Ready);
            emit ready();
        },
        Qt::QueuedConnection);
}

void FakeSubmission::providePassword(const QString& secret)
{
    m_settings.credentials.secret = secret;
    QMetaObject::invokeMethod(
        this,
        [this] {
            setState(State::Ready);
            emit ready();
        },
        Qt::QueuedConnection);
}

void FakeSubmission::send(const Envelope& envelope, QIODevice* body, qint64 size)
{
    const QByteArray bytes = body->readAll();
    if (m_factory) {
        m_factory->m_sends << QStringLiteral("%1: %2 -> %3")
                                  .arg(m_serial)
                                  .arg(envelope.sender, envelope.recipients.join(QLatin1Char(',')));
        m_factory->m_sendTimes << (m_settings.clock ? m_settings.clock->now() : QDateTime::currentDateTimeUtc());
    }
    setState(State::MailFrom);
    QMetaObject::invokeMethod(
        this, [this, envelope, bytes, size] { transact(envelope, bytes, size); }, Qt::QueuedConnection);
}

void FakeSubmission::checkRecipients(const Envelope& envelope)
{
    const FakeTransaction t = m_script.transactions.isEmpty() ? FakeTransaction {} : m_script.transactions.takeFirst();
    TransactionResult result;
    for (const QString& rcpt : envelope.recipients) {
        RecipientResult rr;
        rr.address = rcpt;
        rr.reply = t.rcpt.value(rcpt, reply(250, "2.1.5", "Ok"));
        rr.state = rr.reply.isPositive() ? RecipientState::Accepted
            : rr.reply.isTransient()     ? RecipientState::TemporaryFailure
                                         : RecipientState::PermanentFailure;
        result.recipients << rr;
    }
    QMetaObject::invokeMethod(
        this, [this, result] { emit transactionFinished(result); }, Qt::QueuedConnection);
}

void FakeSubmission::transact(const Envelope& envelope, const QByteArray& body, qint64 size)
{
    const FakeTransaction t = m_script.transactions.isEmpty() ? FakeTransaction {} : m_script.transactions.takeFirst();
    TransactionResult result;
    setState(State::RcptTo);
    if (t.end == FakeTransaction::End::HangBeforeData)
        return;
    QStringList accepted;
    SmtpReply firstTemporary;
    for (const QString& rcpt : envelope.recipients) {
        RecipientResult rr;
        rr.address = rcpt;
        rr.reply = t.rcpt.value(rcpt, reply(250, "2.1.5", "Ok"));
        note(rr.reply);
        emit recipientReplied(rcpt, rr.reply);
        if (rr.reply.isPositive()) {
            rr.state = RecipientState::Accepted;
            accepted << rcpt;
        } else if (rr.reply.code == 421) {
            result.recipients << rr;
            result.error = errorForReply(rr.reply);
            emit transactionFinished(result);
            fail(result.error);
            return;
        } else if (rr.reply.isPermanent()) {
            // Nobody gets a partial send: RSET, and the transaction is abandoned.
            rr.state = RecipientState::PermanentFailure;
            result.recipients << rr;
            for (RecipientResult& other : result.recipients) {
                if (other.state == RecipientState::Accepted)
                    other.state = RecipientState::NotAttempted;
            }
            result.error = errorForReply(rr.reply);
            result.error.message = QStringLiteral("refused %1").arg(rcpt);
            setState(State::Ready);
            emit transactionFinished(result);
            return;
        } else {
            rr.state = RecipientState::TemporaryFailure;
            if (!firstTemporary.isValid())
                firstTemporary = rr.reply;
        }
        result.recipients << rr;
    }
    if (accepted.isEmpty()) {
        result.error = errorForReply(firstTemporary);
        setState(State::Ready);
        emit transactionFinished(result);
        return;
    }
    setState(State::Data);
    if (t.data.isValid() && t.data.code != 354) {
        result.error = errorForReply(t.data);
        emit transactionFinished(result);
        if (failureEndsSession(result.error.failure))
            fail(result.error);
        else
            setState(State::Ready);
        return;
    }
    setState(State::Uploading);
    if (t.end == FakeTransaction::End::HangDuringUpload)
        return;
    emit uploadProgress(size, size);
    if (m_holdsFinalDot) {
        // The final dot waits for releaseFinalDot().
        m_heldFinalDot = [this, t, envelope, body, accepted, firstTemporary, result] {
            finishAfterDot(t, envelope, body, accepted, firstTemporary, result);
        };
        emit finalDotHeld();
        return;
    }
    finishAfterDot(t, envelope, body, accepted, firstTemporary, result);
}

void FakeSubmission::releaseFinalDot()
{
    if (!m_heldFinalDot)
        return;
    auto afterDot = std::move(m_heldFinalDot);
    m_heldFinalDot = nullptr;
    QMetaObject::invokeMethod(this, afterDot, Qt::QueuedConnection);
}

void FakeSubmission::finishAfterDot(const FakeTransaction& t, const Envelope& envelope, const QByteArray& body,
                                    const QStringList& accepted, const SmtpReply& firstTemporary,
                                    TransactionResult result)
{
    setState(State::AwaitingFinalReply);
    auto record = [&](FakeDelivery::Outcome outcome) {
        if (m_factory)
            m_factory->m_deliveries.append({m_serial, envelope.sender, accepted, body, outcome});
    };
    switch (t.end) {
    case FakeTransaction::End::Accept:
        result.delivered = true;
        result.finalReply = reply(250, "2.0.0", "Ok: queued as FAKE");
        for (RecipientResult& rr : result.recipients) {
            if (rr.state == RecipientState::Accepted)
                rr.state = RecipientState::Delivered;
        }
        if (accepted.size() != envelope.recipients.size())
            result.error = errorForReply(firstTemporary);
        record(FakeDelivery::Outcome::Delivered);
        setState(State::Ready);
        emit transactionFinished(result);
        return;
    case FakeTransaction::End::Reply:
        result.finalReply = t.finalReply;
        if (t.finalReply.isPositive()) {
            result.delivered = true;
            for (RecipientResult& rr : result.recipients) {
                if (rr.state == RecipientState::Accepted)
                    rr.state = RecipientState::Delivered;
            }
            record(FakeDelivery::Outcome::Delivered);
            setState(State::Ready);
            emit transactionFinished(result);
            return;
        }
        result.error = errorForReply(t.finalReply);
        emit transactionFinished(result);
        if (failureEndsSession(result.error.failure))
            fail(result.error);
        else
            setState(State::Ready);
        return;
    case FakeTransaction::End::DropAfterDot:
        record(FakeDelivery::Outcome::OutcomeUnknown);
        result.outcomeUnknown = true;
        result.error = smtpError(SmtpFailure::OutcomeUnknown, ErrorKind::Temporary);
        emit transactionFinished(result);
        fail(result.error);
        return;
    case FakeTransaction::End::LostAfterDot:
        record(FakeDelivery::Outcome::OutcomeUnknown);
        fail(smtpError(SmtpFailure::ConnectionLost, ErrorKind::Temporary));
        return;
    case FakeTransaction::End::HangAfterDot:
        record(FakeDelivery::Outcome::OutcomeUnknown);
        return;
    case FakeTransaction::End::HangBeforeData:
    case FakeTransaction::End::HangDuringUpload:
        return;
    }
}

void FakeSubmission::close()
{
    setState(State::Quitting);
    QMetaObject::invokeMethod(
        this,
        [this] {
            setState(State::Closed);
            release();
            emit closed();
        },
        Qt::QueuedConnection);
}

void FakeSubmission::abort()
{
    m_state = State::Closed;
    release();
}

FakeSubmissionFactory::FakeSubmissionFactory(QObject* parent)
    : QObject(parent)
{ }

std::unique_ptr<Submission> FakeSubmissionFactory::create(const SubmissionSettings& settings)
{
    ++m_created;
    m_settings.append(settings);
    FakeScript script = m_scripts.isEmpty() ? defaultScript : m_scripts.takeFirst();
    return std::make_unique<FakeSubmission>(this, m_created, settings, std::move(script));
}

int FakeSubmissionFactory::receivedBy(const QString& rcpt) const
{
    int n = 0;
    for (const FakeDelivery& d : m_deliveries)
        n += static_cast<int>(d.recipients.count(rcpt));
    return n;
}

int FakeSubmissionFactory::transactionsIn(int session) const
{
    int n = 0;
    const QString prefix = QString::number(session) + QLatin1Char(':');
    for (const QString& s : m_sends) {
        if (s.startsWith(prefix))
            ++n;
    }
    return n;
}

} // namespace Postino::Test
