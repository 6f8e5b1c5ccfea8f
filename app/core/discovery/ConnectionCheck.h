#pragma once

#include "smtp/Submission.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Postino {

// The parts of a connection, in the order a session goes through them.
enum class ConnectionStage { Lookup, Connect, Tls, Ehlo, Auth };
// The stage a failure is about, or nullopt when it says no more than "the stage that was running" (a
// timeout, a lost connection, a garbled reply).
[[nodiscard]] std::optional<ConnectionStage> connectionStageOf(SmtpFailure failure);

// What one check found.
struct ConnectionCheckResult
{
    Q_DECLARE_TR_FUNCTIONS(Postino::ConnectionCheckResult)
public:
    bool ok = false;
    SmtpError error; // why not, when !ok
    Capabilities capabilities; // the last EHLO's, also when signing in failed after it
    TlsSessionInfo tls;
    AuthMechanism authUsed = AuthMechanism::None;

    // The server's reply in plain words (ReplyExplainer), or empty.
    [[nodiscard]] QString explanation() const;
    // The error's message and, when it says more, its explanation: how the GUI states a failure.
    [[nodiscard]] QString explained() const;
};

// Ends a session that is ready (after ready() or a transaction) with QUIT; it deletes itself once closed
// (or failed). Nothing of receiver's stays connected to it.
void closePolitely(Submission* session, QObject* receiver);

// "Does this account work?": opens a connection with a SubmissionFactory, waits until it is ready
// (greeting, EHLO, TLS and AUTH as the settings say), closes it politely (QUIT) and reports what it found.
// The wizard, the connection doctor, the password dialog and the probe (so `account test`) all use it.
class ConnectionCheck : public QObject
{
    Q_OBJECT
public:
    // submissions is not owned and must outlive the check.
    explicit ConnectionCheck(SubmissionFactory* submissions, QObject* parent = nullptr);
    ~ConnectionCheck() override;

    [[nodiscard]] bool isRunning() const { return !m_session.isNull(); }
    // The session being checked, while running (its state, its TLS as it is negotiated); else null.
    [[nodiscard]] const Submission* session() const { return m_session.data(); }
    // What finished() reports (as an AuthFailed) when the server asks for a password the settings lack.
    void setPasswordWantedError(ErrorKind kind, const QString& message);

public slots:
    // Ignored while a check runs.
    void start(const Postino::SubmissionSettings& settings);
    // Drops the connection at once; finished() does not follow.
    void cancel();

signals:
    void stateChanged(Postino::Submission::State state);
    void finished(const Postino::ConnectionCheckResult& result);

private:
    void onReady();
    void onFailed(const SmtpError& error);

    SubmissionFactory* m_submissions;
    QPointer<Submission> m_session;
    SmtpError m_passwordWanted;
};

} // namespace Postino

Q_DECLARE_METATYPE(Postino::ConnectionCheckResult)
