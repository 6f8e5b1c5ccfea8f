#pragma once

#include "smtp/Submission.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace Postino::Test {

// A reply as a server would send it: reply(451, "4.3.0", "Try again later").
[[nodiscard]] SmtpReply reply(int code, const char* enhanced, const char* text);
// An SmtpError as the real client would report it (message made up from the failure and reply).
[[nodiscard]] SmtpError smtpError(SmtpFailure failure, ErrorKind kind, const SmtpReply& reply = {});

// How the fake server answers one MAIL..DATA transaction.
struct FakeTransaction
{
    enum class End {
        Accept, // 250 after the final dot
        Reply, // finalReply after the final dot (451, 554, 421 ...)
        DropAfterDot, // connection lost after the dot: transactionFinished(outcomeUnknown) then failed()
        LostAfterDot, // connection lost after the dot, reported by failed() alone (ConnectionLost)
        HangAfterDot, // the dot was sent and nothing ever comes back (a crash test kills the runner)
        HangBeforeData, // nothing comes back after MAIL/RCPT (a crash test kills the runner)
        HangDuringUpload, // DATA accepted, then nothing (a crash test kills the runner mid-upload)
    };
    QHash<QString, SmtpReply> rcpt; // address -> RCPT reply; default 250 2.1.5 Ok
    SmtpReply data; // reply to DATA; default 354
    End end = End::Accept;
    SmtpReply finalReply; // for End::Reply
};

// One session: how it opens, then its transactions in order (then: accept everything).
struct FakeScript
{
    SmtpError openError; // set: open() fails with it (421 greeting, 535, refused, certificate...)
    QList<FakeTransaction> transactions;
};

// What the fake server received.
struct FakeDelivery
{
    enum class Outcome { Delivered, OutcomeUnknown };
    int session = 0;
    QString sender;
    QStringList recipients; // those accepted and given the message
    QByteArray body;
    Outcome outcome = Outcome::Delivered;
};

class FakeSubmissionFactory;

class FakeSubmission final : public Submission
{
    Q_OBJECT
public:
    FakeSubmission(FakeSubmissionFactory* factory, int serial, const SubmissionSettings& settings, FakeScript script);
    ~FakeSubmission() override;

    [[nodiscard]] State state() const override { return m_state; }
    [[nodiscard]] const ServerEndpoint& endpoint() const override { return m_settings.endpoint; }
    [[nodiscard]] const Capabilities& capabilities() const override { return m_caps; }
    [[nodiscard]] const TlsSessionInfo& tlsInfo() const override { return m_tls; }
    [[nodiscard]] AuthMechanism authMechanismUsed() const override { return AuthMechanism::Plain; }
    [[nodiscard]] const SmtpReply& greeting() const override { return m_greeting; }
    [[nodiscard]] int serial() const { return m_serial; }
    [[nodiscard]] bool holdsFinalDot() const override { return m_holdsFinalDot; }

public slots:
    void open() override;
    void send(const Postino::Envelope& envelope, QIODevice* body, qint64 size) override;
    // Each recipient as the next scripted transaction's rcpt table says (default 250); never delivers.
    void checkRecipients(const Postino::Envelope& envelope) override;
    void close() override;
    void abort() override;
    void providePassword(const QString& secret) override;
    void releaseFinalDot() override;

private:
    void setState(State s);
    void note(const SmtpReply& reply);
    void transact(const Envelope& envelope, const QByteArray& body, qint64 size);
    void finishAfterDot(const FakeTransaction& t, const Envelope& envelope, const QByteArray& body,
                        const QStringList& accepted, const SmtpReply& firstTemporary, TransactionResult result);
    void fail(const SmtpError& error);
    void release();

    QPointer<FakeSubmissionFactory> m_factory;
    int m_serial;
    SubmissionSettings m_settings;
    FakeScript m_script;
    State m_state = State::Idle;
    Capabilities m_caps;
    TlsSessionInfo m_tls;
    SmtpReply m_greeting;
    bool m_counted = false;
    bool m_holdsFinalDot = false; // holds each final dot (the factory's holdFinalDots and the settings' holdFinalDot)
    std::function<void()> m_heldFinalDot; // what the held final dot does once released
};

// Hands out FakeSubmissions following scripts (one per session, in order; then defaultScript) and
// records what was sent to whom.
class FakeSubmissionFactory final : public QObject, public SubmissionFactory
{
    Q_OBJECT
public:
    explicit FakeSubmissionFactory(QObject* parent = nullptr);

    std::unique_ptr<Submission> create(const SubmissionSettings& settings) override;

    void addScript(const FakeScript& script) { m_scripts.append(script); }
    FakeScript defaultScript;
    // Sessions honour SubmissionSettings::holdFinalDot, as the real client does.
    bool holdFinalDots = false;

    [[nodiscard]] int sessionsCreated() const { return m_created; }
    [[nodiscard]] int openNow() const { return m_open; }
    [[nodiscard]] int maxOpen() const { return m_maxOpen; }
    [[nodiscard]] const QList<FakeDelivery>& deliveries() const { return m_deliveries; }
    [[nodiscard]] const QList<SubmissionSettings>& settingsSeen() const { return m_settings; }
    // Every envelope given to send(), in order: "session#: sender -> r1,r2".
    [[nodiscard]] const QStringList& sends() const { return m_sends; }
    // When each of sends() was given, on the session's clock (the MockClock in the runner's tests).
    [[nodiscard]] const QList<QDateTime>& sendTimes() const { return m_sendTimes; }
    // How many times rcpt was given the message (delivered or possibly delivered).
    [[nodiscard]] int receivedBy(const QString& rcpt) const;
    [[nodiscard]] int transactionsIn(int session) const;

private:
    friend class FakeSubmission;
    QList<FakeScript> m_scripts;
    QList<FakeDelivery> m_deliveries;
    QList<SubmissionSettings> m_settings;
    QStringList m_sends;
    QList<QDateTime> m_sendTimes;
    int m_created = 0;
    int m_open = 0;
    int m_maxOpen = 0;
};

} // namespace Postino::Test
