#pragma once

#include "MockClock.h"

#include "smtp/SmtpClient.h"
#include "smtp/Transcript.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace Postino::Test {

// Drives one SmtpClient against a server on 127.0.0.1 and records every signal. The settings
// start as a test would want them: host smtp.test reached at 127.0.0.1 (--resolve style, so TLS
// verifies smtp.test), the test CA added, EHLO name client.test, a MockClock, a Transcript.
class SmtpClientRun : public QObject
{
    Q_OBJECT
public:
    explicit SmtpClientRun(quint16 port, QObject* parent = nullptr);
    ~SmtpClientRun() override;

    SubmissionSettings settings;
    MockClock clock;
    Transcript transcript;
    std::unique_ptr<SmtpClient> client;

    QList<SmtpError> failures;
    QList<TransactionResult> results;
    QList<QPair<QString, SmtpReply>> recipientReplies;
    QList<QPair<qint64, qint64>> progress;
    QStringList passwordRequests;
    QList<Submission::State> states;
    int readyCount = 0;
    int closedCount = 0;
    QString passwordToGive; // answered to passwordRequested() when set

    void create();
    // Each waits (bounded, real time) for its outcome and returns whether it came.
    bool open(int msec = 10000);
    bool send(const Envelope& envelope, QIODevice* body, qint64 size, int msec = 20000);
    bool close(int msec = 10000);
    bool waitForState(Submission::State state, int msec = 10000);
    bool waitForFailure(int msec = 10000);
    // Runs the event loop until done() or msec pass (real time).
    static bool waitFor(const std::function<bool()>& done, int msec);
    [[nodiscard]] SmtpFailure failure() const
    {
        return failures.isEmpty() ? SmtpFailure::None : failures.first().failure;
    }
};

} // namespace Postino::Test
