#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

class QTcpSocket;

namespace Postino {

class Clock;
class ClockTimer;
class SandboxMailbox;

// What the sandbox accepts; every buffer and count is bounded.
struct SandboxLimits
{
    qint64 maxMessageSize = 25 * 1024 * 1024; // announced as SIZE; larger messages get 552
    int maxRecipients = 100; // RCPT beyond this gets 452
    int maxLineLength = 4096; // command or data line, without CRLF; longer gets 500 5.5.6
    qint64 idleTimeoutMs = 5 * 60 * 1000; // no input for this long closes the connection with 421
    int maxSessions = 50; // connections at once; more get 421 and are closed
    int maxErrors = 20; // bad commands in one session before it is closed with 421
};

// One client connection of the sandbox SMTP server: one explicit state machine over lines. Input is
// buffered and processed one line at a time, so pipelined commands are answered in order.
class SandboxSession : public QObject
{
    Q_OBJECT
public:
    // Storing: a message is being written (off this thread); commands that follow it wait.
    enum class State { Command, Data, Storing, AuthPlain, AuthLoginUser, AuthLoginPassword, Closed };
    Q_ENUM(State)

    SandboxSession(QTcpSocket* socket, SandboxMailbox* mailbox, const SandboxLimits& limits, Clock* clock,
                   QObject* parent = nullptr);
    ~SandboxSession() override;

    void start(); // sends the greeting
    void abort();
    [[nodiscard]] State state() const { return m_state; }

signals:
    void finished(); // the connection is gone; the server deletes the session

private:
    void onReadyRead();
    void drain(); // the lines buffered, then what the socket has, until it is empty or we must wait
    void processBuffered();
    void onStored(const Result<QString>& stored);
    void processLine(const QByteArray& line);
    void handleCommand(const QByteArray& line);
    void handleDataLine(const QByteArray& line);
    void handleAuthResponse(const QByteArray& line);
    void handleHello(const QByteArray& verb, const QByteArray& argument);
    void handleMail(const QByteArray& argument);
    [[nodiscard]] QByteArray mailParameterRefusal(const QList<QByteArray>& params, bool* smtpUtf8) const;
    void handleRcpt(const QByteArray& argument);
    void handleAuth(const QByteArray& argument);
    void finishData();
    void reply(const QByteArray& text);
    void error(const QByteArray& text); // a reply that counts towards maxErrors
    void resetTransaction();
    void closeWith(const QByteArray& text);

    QTcpSocket* m_socket;
    SandboxMailbox* m_mailbox;
    SandboxLimits m_limits;
    Clock* m_clock;
    ClockTimer* m_idle;
    State m_state = State::Command;
    QByteArray m_buffer;
    bool m_discardingLine = false; // an overlong line is skipped up to its end
    bool m_greeted = false;
    bool m_esmtp = false;
    bool m_authenticated = false;
    int m_errors = 0;

    // The current mail transaction.
    bool m_hasSender = false;
    QString m_sender;
    QStringList m_recipients;
    bool m_smtpUtf8 = false;
    QByteArray m_data;
    qint64 m_dataSize = 0;
    bool m_dataTooBig = false;
    bool m_dataLineTooLong = false;
};

} // namespace Postino
