#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Postino::Test {

// A scripted SMTP server on 127.0.0.1 (port 0), in the style of KSmtp's and Trojita's test servers.
// Each connection consumes the next script; a script is a list of lines:
//
//   S: 250 text           send "250 text" CRLF
//   S:RAW bytes           send bytes as given, escapes \r \n \t \\ \xHH, no CRLF added
//   S:REPEAT n bytes      send the (escaped) bytes n times in one write (a 10 MB line, an endless reply)
//   C: pattern            expect one client line: exact, or a glob with * and ? (no CRLF in the pattern)
//   TLS [kind]            start server-side TLS now with TestCertificates' kind ("valid" by default)
//   DATA                  receive a message up to CRLF.CRLF and store it (as sent: dot-stuffed, CRLF)
//   BDAT                  expect "BDAT n" (RFC 3030) and receive its n bytes, a part of the message
//   BDAT LAST             expect "BDAT n LAST", receive its n bytes and store the message (the chunks
//                         since the last stored message or RSET, joined)
//   WAIT ms               pause (real time; keep it small)
//   SILENT                stop answering, keep the connection open
//   STALL                 stop answering and stop reading (the client's writes back up)
//   CLOSE                 drop the connection
//   # ...                 a comment
//
// The first mismatch (expected vs. got), an unexpected connection, client bytes after the end of a
// script and a connection closed mid-script are recorded in mismatch(). The server gives up after
// timeoutMsec (real time) and closes everything.
class FakeSmtpServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeSmtpServer(QObject* parent = nullptr);
    ~FakeSmtpServer() override;

    void addScript(const QStringList& script);
    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 port() const;
    void setTimeout(int msec) { m_timeoutMsec = msec; }

    // Every script ran to its end (or to SILENT/CLOSE), with no mismatch.
    [[nodiscard]] bool finished() const;
    [[nodiscard]] const QString& mismatch() const { return m_mismatch; }
    [[nodiscard]] int connectionCount() const;
    // What the client sent on a connection (decrypted after TLS), except the bytes that arrived while
    // a DATA line was receiving a message (those are in messages()); BDAT chunks' bytes are included.
    [[nodiscard]] QByteArray received(int connection = 0) const;
    // Each chunk as one read delivered it (message bytes included), to check what travelled together
    // (PIPELINING, the final dot with the next MAIL).
    [[nodiscard]] QList<QByteArray> reads(int connection = 0) const;
    // True when some single read contained every one of the needles.
    [[nodiscard]] bool sentTogether(const QList<QByteArray>& needles, int connection = 0) const;
    // Bytes the client sent in clear after the server agreed to STARTTLS (220), before TLS began.
    [[nodiscard]] QByteArray clearAfterStartTls(int connection = 0) const;
    [[nodiscard]] bool tlsEstablished(int connection = 0) const;
    // The messages received with DATA, as sent (dot-stuffed, without the final ".CRLF"), or with BDAT.
    [[nodiscard]] const QList<QByteArray>& messages() const { return m_messages; }
    [[nodiscard]] qint64 messageBytesReceived() const { return m_dataBytes; }
    // The size of every BDAT chunk received, in order (over all connections).
    [[nodiscard]] const QList<qint64>& chunkSizes() const { return m_chunkSizes; }

    // Undoes dot-stuffing: a line starting with '.' loses that dot.
    [[nodiscard]] static QByteArray unstuff(const QByteArray& data);
    [[nodiscard]] static QByteArray unescape(const QString& text);

signals:
    void scriptDone();

private:
    struct Connection;
    void onIncoming(qintptr descriptor);
    void run(Connection* c);
    void onReadyRead(Connection* c);
    void setMismatch(Connection* c, const QString& what);

    class Listener;
    std::unique_ptr<Listener> m_listener;
    QList<QStringList> m_scripts;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QList<QByteArray> m_messages;
    QList<qint64> m_chunkSizes;
    qint64 m_dataBytes = 0;
    QString m_mismatch;
    int m_timeoutMsec = 20000;
    bool m_started = false;
};

} // namespace Postino::Test
