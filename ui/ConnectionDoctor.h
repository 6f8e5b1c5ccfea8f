#pragma once

#include "accounts/Account.h"
#include "discovery/ConnectionCheck.h"
#include "smtp/Submission.h"

#include <QDialog>

class QHostInfo;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Postino {

class SecretStore;
class Transcript;

// Checks one account's connection step by step: the server's name, the TCP connection, TLS, the
// greeting and EHLO, and signing in. Each step gets a green or red mark and a reason in words; the
// dialogue with the server (passwords redacted) is shown and can be copied for the provider's support.
class ConnectionDoctor : public QDialog
{
    Q_OBJECT
public:
    enum Step { LookupStep, ConnectStep, TlsStep, EhloStep, AuthStep, StepCount };
    Q_ENUM(Step)
    enum class Mark { NotTried, Running, Ok, Failed, NotNeeded };
    Q_ENUM(Mark)

    // Nothing is owned; secrets and submissions must outlive the dialog.
    ConnectionDoctor(Account account, SecretStore* secrets, SubmissionFactory* submissions, QWidget* parent = nullptr);
    ~ConnectionDoctor() override;

    [[nodiscard]] Mark mark(Step step) const;
    [[nodiscard]] QString reason(Step step) const;
    [[nodiscard]] QString transcriptText() const;
    [[nodiscard]] bool isRunning() const { return m_running; }

    // How many of the account's messages wait in the outbox: once everything works, the doctor offers to
    // send them now (sendWaitingRequested()).
    void setWaitingCount(int count);

public slots:
    void start();

signals:
    void finished(bool ok);
    // "Send Waiting Messages Now", after a check that worked.
    void sendWaitingRequested(const QString& accountName);
    // The server answered EHLO: its largest message size (SIZE; 0: no limit announced), for the account to keep.
    void maxMessageSizeLearned(const QString& accountName, qint64 bytes);

private:
    void connectCheck();
    void onLookedUp(const QHostInfo& info);
    void connectToServer(const QString& password);
    void onStateChanged(Submission::State state);
    void onReady(const ConnectionCheckResult& result);
    void onFailed(const ConnectionCheckResult& result);
    void setMark(Step step, Mark mark, const QString& reason);
    void fitSteps();
    void finish(bool ok);
    void learnCapabilities(const Capabilities& capabilities);

    Account m_account;
    SecretStore* m_secrets;
    ConnectionCheck* m_check;
    Transcript* m_transcript = nullptr;
    bool m_running = false;
    int m_waiting = 0;
    bool m_tlsDone = false;
    int m_lookupId = -1;
    Mark m_marks[StepCount] = {};
    QTreeWidget* m_steps;
    QPushButton* m_sendWaiting = nullptr;
    QLabel* m_summary;
    QPlainTextEdit* m_transcriptView;
    QPushButton* m_again;
    QPushButton* m_copy;
};

} // namespace Postino
