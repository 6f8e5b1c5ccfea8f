#pragma once

#include "common/Clock.h"
#include "smtp/Submission.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace Postino::Test {

// How one scripted server behaves towards a probe (open(), then ready() or failed()).
struct FakeServerScript
{
    qint64 delayMs = 5; // clock time until the verdict
    // A SYN nobody answers (a filtered port): the connect times out after the session's connect timeout.
    bool blackhole = false;
    bool silent = false; // connects, then never says a word (no greeting, no verdict)
    qint64 greetingMs = 0; // when the 220 greeting comes (before delayMs); 0: at once on connecting
    SmtpFailure failure = SmtpFailure::None; // None: ready(), unless the credentials are refused
    SmtpReply reply; // the reply behind failure
    QString message; // failure's message
    QStringList acceptedUsernames; // when a password is given: others get 535 5.7.8; empty: any
    QStringList capabilities = {QStringLiteral("PIPELINING"), QStringLiteral("SIZE 35882577"),
                                QStringLiteral("AUTH PLAIN LOGIN")};
    qint64 maxSize = 35882577;
    QString serverName; // the EHLO reply's name; empty: the endpoint's host
    QString tlsProtocol = QStringLiteral("TLSv1.3"); // when the session is not in clear
    // checkRecipients(): the MAIL reply (default 250) and each address's RCPT reply (default 250)
    SmtpReply mailReply;
    QHash<QString, SmtpReply> rcpt;
};

// A Submission that plays a FakeServerScript on the session's Clock: no sockets at all.
class FakeProbeSubmission final : public Submission
{
public:
    FakeProbeSubmission(const SubmissionSettings& settings, FakeServerScript script);
    ~FakeProbeSubmission() override;

    [[nodiscard]] State state() const override { return m_state; }
    [[nodiscard]] const ServerEndpoint& endpoint() const override { return m_settings.endpoint; }
    [[nodiscard]] const Capabilities& capabilities() const override { return m_capabilities; }
    [[nodiscard]] const TlsSessionInfo& tlsInfo() const override { return m_tls; }
    [[nodiscard]] AuthMechanism authMechanismUsed() const override { return m_auth; }
    [[nodiscard]] const SmtpReply& greeting() const override { return m_greeting; }

    void open() override;
    void send(const Postino::Envelope& envelope, QIODevice* body, qint64 size) override;
    void checkRecipients(const Postino::Envelope& envelope) override;
    void close() override;
    void abort() override;
    void providePassword(const QString& secret) override;

    // Sessions alive now, across all fakes (to prove the probe cleans up).
    static int liveCount();

private:
    void decide();
    void greet();

    SubmissionSettings m_settings;
    FakeServerScript m_script;
    State m_state = State::Idle;
    Capabilities m_capabilities;
    TlsSessionInfo m_tls;
    AuthMechanism m_auth = AuthMechanism::None;
    SmtpReply m_greeting;
    ClockTimer m_timer;
    ClockTimer m_greetingTimer;
};

// Hands out FakeProbeSubmissions by endpoint "host:port:security"; unknown endpoints are refused.
class FakeProbeSubmissionFactory final : public SubmissionFactory
{
public:
    void script(const QString& host, quint16 port, Security security, const FakeServerScript& script);
    [[nodiscard]] std::unique_ptr<Submission> create(const SubmissionSettings& settings) override;

    // Every session created, in order.
    [[nodiscard]] const QList<SubmissionSettings>& created() const { return m_created; }
    [[nodiscard]] QStringList usernamesTried(const QString& host, quint16 port) const;
    // Every checkRecipients() call: "host:port sender -> recipients".
    [[nodiscard]] static QStringList& recipientChecks();
    [[nodiscard]] static QString keyOf(const QString& host, quint16 port, Security security);

    FakeServerScript unknown; // what an unscripted endpoint does (refused after 1 ms)

private:
    QHash<QString, FakeServerScript> m_scripts;
    QList<SubmissionSettings> m_created;
};

} // namespace Postino::Test
