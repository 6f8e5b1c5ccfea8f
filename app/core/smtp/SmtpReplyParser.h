#pragma once

#include "smtp/SmtpTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QQueue>

namespace Postino {

// The one place that turns server bytes into SmtpReply objects (RFC 5321 section 4.2).
//
// feed() takes bytes as they arrive; complete replies are queued for takeReply(). The first protocol
// violation puts the parser into a permanent error state (hasError(), errorString()); it never
// throws, never crashes and never buffers past its limits.
//
// Decisions:
// - Line endings: CRLF, and a bare LF is accepted too (a trailing CR is then stripped). Lenient on
//   purpose: some appliances send bare LF, and accepting it opens no ambiguity in a reply stream.
//   A bare CR inside a line is kept as text.
// - Limits: a line longer than maxLineLength octets (CRLF included) is an error as soon as the limit is
//   passed, without buffering the rest; likewise more than maxLines lines in one reply or more than
//   maxReplySize octets in one reply. A reply that never ends is caught here or by the caller's timeout.
// - Syntax: three digits 2xx..5xx, then ' ' (last line), '-' (more follow) or the end of the line
//   (a bare "250", last line). Every line of a multi-line reply must carry the same code.
// - Enhanced status codes (RFC 3463) are split off into SmtpReply::enhanced only after
//   setEnhancedStatusCodes(true), i.e. when the server announced ENHANCEDSTATUSCODES, and only when
//   the text starts with "c.x.y " whose class c matches the reply's first digit. Otherwise the text is
//   left alone ("250 2.0.0 ok" from a server that did not announce them stays text).
class SmtpReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(Postino::SmtpReplyParser)
public:
    struct Limits
    {
        int maxLineLength = 4096; // octets, CRLF included
        int maxLines = 200;
        int maxReplySize = 64 * 1024;
    };

    SmtpReplyParser();
    explicit SmtpReplyParser(const Limits& limits);

    // Takes more bytes. Returns false once the stream is in error (now or before).
    bool feed(const QByteArray& bytes);

    [[nodiscard]] bool hasReply() const { return !m_replies.isEmpty(); }
    // The oldest complete reply; raw, if given, gets its lines as sent (without CRLF).
    SmtpReply takeReply(QList<QByteArray>* raw = nullptr);

    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] const QString& errorString() const { return m_error; }

    // Bytes received but not yet handed out as replies (a partial line, lines of an unfinished reply,
    // queued complete replies). Non-zero right after the STARTTLS 220 means injected plaintext.
    [[nodiscard]] qsizetype pendingBytes() const;

    void setEnhancedStatusCodes(bool on) { m_enhanced = on; }
    [[nodiscard]] bool enhancedStatusCodes() const { return m_enhanced; }
    [[nodiscard]] const Limits& limits() const { return m_limits; }

    // Forgets everything (after STARTTLS), keeping the limits; enhanced codes go off.
    void reset();

private:
    bool processLine(QByteArray line, qsizetype rawSize);
    bool setError(const QString& message);

    struct Parsed
    {
        SmtpReply reply;
        QList<QByteArray> raw;
        qsizetype bytes = 0;
    };

    Limits m_limits;
    bool m_enhanced = false;
    QByteArray m_partial; // an unfinished line, never longer than maxLineLength
    Parsed m_current; // lines of the reply being read
    QQueue<Parsed> m_replies;
    QString m_error;
};

} // namespace Postino
